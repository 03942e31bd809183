"""Exchange screens: the Administration tab for identities and peers, Send to…, importing a
bundle with its preview and merge, and Synchronise for field work."""
