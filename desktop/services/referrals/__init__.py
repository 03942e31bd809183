"""Referrals: the consent gate, data minimisation per recipient type, the workflow, and the
referral packet and case summary documents."""
