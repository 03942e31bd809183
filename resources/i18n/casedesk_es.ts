<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="106" />
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="102" />
      <source>Full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="107" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="109" />
      <source>Password again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="81" />
      <source>The first administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="126" />
      <source>The two passwords differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="82" />
      <source>This account manages users, backups and the vault. It does not see case content.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="111" />
      <source>Use a long passphrase: at least 12 characters; any characters, spaces included. Common passwords are refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="104" />
      <source>Username</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgencyDialog</name>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="142" />
      <source>Active: offered when creating users and referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="174" />
      <source>An organisation already has this code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="145" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="104" />
      <source>Edit organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="141" />
      <source>Member of the ATIPs Council</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="146" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="105" />
      <source>New organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="135" />
      <source>Short code, e.g. CON-BR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="109" />
      <source>The code cannot change once saved; an organisation no longer working with the council is made inactive, not deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="111" />
      <source>The code identifies this organisation in records and cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="147" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="214" />
      <source>A copy of {name} was saved to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="58" />
      <source>Add file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="83" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="148" />
      <source>Allowed files ({kinds})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="147" />
      <source>Attach a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="193" />
      <source>Attaching a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="177" />
      <source>Encrypting and storing {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="78" />
      <source>Files are stored encrypted inside the vault: PDF, PNG, JPEG, Word (.docx) or UTF-8 text, up to {mb} MB each. Saving a copy writes the file where you choose; keep it on an encrypted drive and delete it when done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="88" />
      <source>No files attached. Add consent forms, medical reports or photographs of documents here rather than on the desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="222" />
      <source>Reading a file from the vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="242" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="240" />
      <source>Remove file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="240" />
      <source>Remove {name} from the case? The file is deleted from the vault; the audit trail keeps a record that it was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="68" />
      <source>Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="152" />
      <source>Save a copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="66" />
      <source>Save a copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="211" />
      <source>The copy could not be written: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="164" />
      <source>The file could not be read: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="65" />
      <source>Who may see the new file: users of this level and above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="71" />
      <source>at level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="182" />
      <source>{name} is attached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="236" />
      <source>{name} was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="46" />
      <source>{n} KB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="47" />
      <source>{n} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="44" />
      <source>{n} bytes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="164" />
      <source>(system)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="332" />
      <source>&lt;b&gt;Chain head:&lt;/b&gt; entry #{id} of {when}. Verify the chain to check every entry up to it and see its seal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="362" />
      <source>&lt;b&gt;Chain head:&lt;/b&gt; entry #{id}, seal {mac}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="60" />
      <source>Account changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="59" />
      <source>Account created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="61" />
      <source>Account disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="62" />
      <source>Account reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="105" />
      <location filename="../../desktop/views/admin/audit.py" line="245" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="233" />
      <source>All actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="231" />
      <source>All users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="240" />
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="182" />
      <location filename="../../desktop/views/admin/audit.py" line="188" />
      <source>Audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="66" />
      <source>Backup made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="67" />
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="70" />
      <source>Case opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="367" />
      <source>Chain broken: {problem}. {n} earlier entries verified (last good #{id}). Keep this workstation as it is and compare with the newest backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="359" />
      <source>Chain verified: {n} entries, head #{id} {mac}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="75" />
      <source>Data exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="68" />
      <source>Database key rotated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="58" />
      <source>Database schema updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="105" />
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="69" />
      <source>Escrow recovery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="189" />
      <source>Every login, account change, backup and key rotation, newest first. Entries cannot be edited: each is sealed to the one before it, so verification names any entry that was changed, removed or reordered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="51" />
      <source>Failed login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="246" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="57" />
      <source>Key derivation upgraded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="53" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="50" />
      <source>Logged in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="52" />
      <source>Logged out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="209" />
      <source>No audit entry matches these filters. Widen the dates, or choose all users and all actions, then press Apply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="208" />
      <source>No matching entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="56" />
      <source>Password changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="55" />
      <source>Password re-entered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="76" />
      <source>Printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="273" />
      <source>Recompute the seal of every entry, oldest first, and name the first one that fails.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="105" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="72" />
      <source>Record changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="71" />
      <source>Record created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="73" />
      <source>Record deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="63" />
      <source>Role changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="64" />
      <source>Setting changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="74" />
      <source>Status changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="330" />
      <source>The audit trail is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="290" />
      <source>The start date is after the end date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="105" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="246" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="54" />
      <source>Unlocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="105" />
      <location filename="../../desktop/views/admin/audit.py" line="244" />
      <source>User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="49" />
      <source>Vault created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="65" />
      <source>Verification run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="272" />
      <source>Verify chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="351" />
      <source>Verifying every entry of the audit trail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="353" />
      <source>Verifying the audit chain…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="346" />
      <source>{n} entries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="343" />
      <source>{n} newest entries shown; scroll down for more.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="238" />
      <source>A backup copies every record of the vault into one encrypted file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Audit head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="89" />
      <source>Backup folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="249" />
      <source>Backup made and verified: {file}. Audit chain head #{id} {mac}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="77" />
      <location filename="../../desktop/views/admin/backups.py" line="84" />
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="94" />
      <source>Change it under Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="286" />
      <source>Checking and restoring the backup… Do not close CaseDesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="85" />
      <source>Each backup is encrypted, sealed to the escrow key and to every account that may manage backups, and checked completely before it is listed. Keep copies away from the office, on an encrypted drive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="281" />
      <source>Enter your password to replace the vault with the backup of {when}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="224" />
      <source>Everything now in the vault will be replaced by the content of this backup. Cases, changes and accounts recorded after {when} will be lost; the audit trail records the restore.

The vault is locked afterwards and everyone must log in again.

If today's work may still be needed, make a backup of it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="167" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="105" />
      <source>Make backup now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="135" />
      <source>Make one now, and again after each day of work. To restore a backup kept in another folder, choose that folder under Settings first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="244" />
      <source>Making a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="242" />
      <source>Making and verifying the backup… This can take a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="134" />
      <source>No backup in this folder yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="109" />
      <source>Open the selected backup with your password and check every page and the audit chain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="263" />
      <source>Opening and checking {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="230" />
      <source>Replace the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="116" />
      <source>Replace the vault with the selected backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="281" />
      <source>Restore backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="221" />
      <source>Restore the backup of {when}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="221" />
      <source>Restore this backup?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="112" />
      <source>Restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="289" />
      <source>Restoring a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="269" />
      <source>The backup of {when} is intact: {users} accounts, {cases} cases, audit chain head #{id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="294" />
      <source>The backup of {when} was restored. The vault is locked; log in again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="258" />
      <source>Verify backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="266" />
      <source>Verifying a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="108" />
      <source>Verify…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="258" />
      <source>Your password opens the backup of {when} for checking:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="305" />
      <source>{error} The vault is locked; log in again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="123" />
      <source>A supervisor other than you approves the closure. Until then the case stays open and can still change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="93" />
      <source>Assign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="90" />
      <source>Assign the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="96" />
      <source>Assigned to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="111" />
      <source>Change status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="108" />
      <source>Change the status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="127" />
      <source>Close as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="109" />
      <source>Closing goes through a request that another supervisor approves; use “Request closure…” for that.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="145" />
      <source>Decided by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="144" />
      <source>Decided on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="143" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="174" />
      <source>Exploitation and control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="189" />
      <source>Flags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="189" />
      <source>Flags show in red on the case's header for everyone who opens it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="169" />
      <source>Forms of exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="135" />
      <source>Record an identification decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="137" />
      <source>Record decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="135" />
      <source>Record who decided, when, and what they decided. Earlier decisions stay in the case's history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="111" />
      <source>Reopen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="107" />
      <source>Reopen the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="108" />
      <source>Reopening a closed case is recorded in its history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="123" />
      <location filename="../../desktop/views/cases/case_actions.py" line="125" />
      <source>Request closure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="176" />
      <location filename="../../desktop/views/cases/case_actions.py" line="190" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="115" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="90" />
      <source>The people assigned see the case in their lists and may work on it. Enter their usernames, separated by commas; this replaces the current assignment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="174" />
      <source>Tick everything the person experienced; a person can suffer several forms of exploitation at once, and the annual statistics count each.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="95" />
      <source>e.g. ana.xiu, luis.coc</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseDesk</name>
    <message>
      <location filename="../../desktop/app.py" line="144" />
      <source>CaseDesk</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseLabels</name>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="198" />
      <source>1 · Standard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="198" />
      <source>2 · Sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="198" />
      <source>3 · Restricted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="93" />
      <source>A guardian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="32" />
      <source>ATIPs operation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="84" />
      <source>Abuser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="88" />
      <source>Accommodation / shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="104" />
      <source>Acquitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="25" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="120" />
      <source>Age disputed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="52" />
      <source>Agriculture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="146" />
      <source>Also known as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="52" />
      <source>Aquafarming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="149" />
      <source>Assigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="154" />
      <source>At large</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="75" />
      <source>At work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="137" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="53" />
      <source>Begging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="42" />
      <source>Belize</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="39" />
      <source>Belizean Kriol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="83" />
      <source>Broker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="114" />
      <source>Business</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="108" />
      <source>CSEC: child pornography</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="107" />
      <source>CSEC: child prostitution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="109" />
      <source>CSEC: other offence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="161" />
      <source>Carried out by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="130" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="42" />
      <source>Cayo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="111" />
      <source>Central government</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="47" />
      <source>Child labour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="145" />
      <source>Citizenships</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="26" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="26" />
      <source>Closed (referred on)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="27" />
      <source>Confirmed victim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="156" />
      <source>Consent covers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="135" />
      <source>Consent records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="95" />
      <source>Consents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="53" />
      <source>Construction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="116" />
      <source>Consulate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="131" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="103" />
      <source>Convicted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="42" />
      <source>Corozal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="151" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="118" />
      <source>Country of origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="159" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="30" />
      <source>Court or prosecution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="144" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="61" />
      <source>Debt bondage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="159" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="160" />
      <source>Destination country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="104" />
      <source>Dismissed or withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="147" />
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="54" />
      <source>Domestic work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="89" />
      <source>Education</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="75" />
      <source>Educational institution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="152" />
      <source>Ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="39" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="145" />
      <source>Estimated age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="69" />
      <source>Excessive working hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="81" />
      <location filename="../../desktop/views/cases/labels.py" line="131" />
      <source>Exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="85" />
      <source>Exploiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="65" />
      <source>False promises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="78" />
      <source>Family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="143" />
      <source>Family names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="91" />
      <source>Family tracing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="38" />
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="90" />
      <source>Financial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="141" />
      <source>Flags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="25" />
      <location filename="../../desktop/views/cases/labels.py" line="162" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="50" />
      <source>Forced adoption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="49" />
      <source>Forced begging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="51" />
      <source>Forced criminality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="46" />
      <source>Forced labour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="47" />
      <source>Forced marriage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="48" />
      <source>Forced military service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="36" />
      <source>Foreign government</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="79" />
      <source>Friend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="78" />
      <source>Friends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="41" />
      <source>Garifuna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="155" />
      <source>Given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="143" />
      <source>Given names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="156" />
      <source>Given on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="117" />
      <source>Government of Belize</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="83" />
      <source>Harbourer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="132" />
      <source>Health</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="110" />
      <source>Health service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="137" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="54" />
      <source>Hospitality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="36" />
      <source>Hotline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="94" />
      <source>Human Services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="117" />
      <source>IOM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="130" />
      <location filename="../../desktop/views/cases/labels.py" line="148" />
      <source>Identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="147" />
      <source>Identified through</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="132" />
      <source>Identity documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="55" />
      <source>Illicit activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="33" />
      <source>Immigration screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="113" />
      <source>Immigration service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="92" />
      <source>Immigration status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="89" />
      <source>Independent living</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="96" />
      <source>Informed of data use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="97" />
      <source>Informed of research use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="99" />
      <source>Informed of retention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="95" />
      <source>Informed of the purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="101" />
      <source>Informed of the right to refuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="100" />
      <source>Informed of the right to withdraw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="98" />
      <source>Informed of who has access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="115" />
      <source>International organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="91" />
      <source>Interpretation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="79" />
      <source>Intimate partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="102" />
      <source>Investigation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="84" />
      <source>Kidnapper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="34" />
      <source>Labour inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="139" />
      <source>Labour sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="146" />
      <source>Languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="110" />
      <source>Law enforcement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="87" />
      <source>Legal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="135" />
      <source>Legal proceedings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="113" />
      <source>Legal service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="90" />
      <source>Livelihood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="112" />
      <source>Local government</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="38" />
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="55" />
      <source>Manufacturing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="157" />
      <source>May be shared with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="140" />
      <source>Means of control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="121" />
      <source>Media interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="87" />
      <source>Medical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="56" />
      <source>Mining or drilling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="119" />
      <source>Minor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="40" />
      <source>Mopan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="29" />
      <source>NGO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="35" />
      <source>NGO referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="152" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="153" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="78" />
      <source>Newspaper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="28" />
      <source>Not a victim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="57" />
      <source>Not specified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="136" />
      <location filename="../../desktop/views/cases/labels.py" line="191" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="158" />
      <source>Offence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="77" />
      <source>Online advertisement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="76" />
      <source>Online social network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="158" />
      <source>Opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="43" />
      <source>Orange Walk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="49" />
      <source>Organ removal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="31" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="31" />
      <source>Other government body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="41" />
      <source>Other language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="109" />
      <source>Other related offence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="56" />
      <source>Peddling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="105" />
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="133" />
      <source>Perpetrators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="130" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="64" />
      <source>Physical abuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="151" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="74" />
      <source>Place of business</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="41" />
      <source>Plautdietsch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="29" />
      <source>Police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="58" />
      <source>Pornography</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="27" />
      <source>Possible victim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="34" />
      <source>Prison screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="60" />
      <source>Private sexual services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="103" />
      <source>Prosecution initiated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="58" />
      <source>Prostitution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="155" />
      <source>Provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="66" />
      <source>Psychoactive substances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="63" />
      <source>Psychological abuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="87" />
      <source>Psychosocial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="40" />
      <source>Q'eqchi'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="162" />
      <source>Receiving organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="83" />
      <source>Recruiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="80" />
      <location filename="../../desktop/views/cases/labels.py" line="140" />
      <source>Recruitment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="154" />
      <source>Relationship to the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="59" />
      <source>Remote interactive services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="161" />
      <source>Repatriated on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="92" />
      <location filename="../../desktop/views/cases/labels.py" line="136" />
      <source>Repatriation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="62" />
      <source>Restricts access to money</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="68" />
      <source>Restricts medical care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="67" />
      <source>Restricts movement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="153" />
      <source>Roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="119" />
      <source>Safety risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="114" />
      <source>School or college</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="25" />
      <source>Screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="35" />
      <source>Self-referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="159" />
      <source>Sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="155" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="134" />
      <source>Services delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="48" />
      <source>Servitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="144" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="64" />
      <source>Sexual abuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="46" />
      <location filename="../../desktop/views/cases/labels.py" line="139" />
      <source>Sexual exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="189" />
      <source>Shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="134" />
      <source>Shelter placements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="84" />
      <source>Smuggler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="39" />
      <source>Spanish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="151" />
      <location filename="../../desktop/views/cases/labels.py" line="158" />
      <location filename="../../desktop/views/cases/labels.py" line="193" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="43" />
      <source>Stann Creek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="152" />
      <source>Started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="148" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="50" />
      <source>Surrogacy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="61" />
      <source>Takes earnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="137" />
      <source>Tasks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="77" />
      <source>Television</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="93" />
      <source>The person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="71" />
      <source>Threat of law enforcement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="63" />
      <source>Threats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="44" />
      <source>Toledo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="120" />
      <source>Trafficker at large</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="133" />
      <source>Trafficking events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="106" />
      <source>Trafficking in Persons Act 2013</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="80" />
      <source>Transit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="57" />
      <source>Transportation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="82" />
      <source>Transporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="82" />
      <source>Travelling partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="38" />
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="70" />
      <source>Uses children</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="157" />
      <source>Withdrawn on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="73" />
      <source>Withholds documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="72" />
      <source>Withholds necessities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="40" />
      <source>Yucatec Maya</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseScreens</name>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="236" />
      <source>Enter the date as YYYY-MM-DD, for example 2024-03-31.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="205" />
      <source>Restricted — your level does not include this section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="221" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="209" />
      <source>{section} is kept at a higher user level than yours. Ask a supervisor if your work on this case needs it; your administrator can change your level.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseSections</name>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="112" />
      <source>* required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="91" />
      <source>Add: {section}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="211" />
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="90" />
      <source>Edit: {section}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="212" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="78" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="61" />
      <source>No consent recorded yet. Referrals cannot be sent without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="62" />
      <source>No legal proceeding recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="57" />
      <source>No perpetrator recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="63" />
      <source>No repatriation recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="58" />
      <source>No service recorded yet. Record each service delivered or arranged, with its provider.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="60" />
      <source>No shelter placement recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="55" />
      <source>No trafficking event recorded yet. Add the recruitment, transit and exploitation stages as they become known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="321" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="319" />
      <source>Remove record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="319" />
      <source>Remove this record from {section}? The case history keeps a note that it was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="213" />
      <source>Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="78" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="135" />
      <source>Add note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="210" />
      <source>Add task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="302" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="206" />
      <source>Assign to (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="302" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="94" />
      <source>Decided by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="94" />
      <source>Decided on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="231" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="191" />
      <location filename="../../desktop/views/cases/record_tabs.py" line="215" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="90" />
      <source>Each decision is kept with its date and who made it. A confirmation by the police, the prosecution or another government body sets the date of identification used in the annual statistics.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="65" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="298" />
      <source>Every change to this case, newest first, with who made it. Values of sections above your level show as •••.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="56" />
      <source>Forms of exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="118" />
      <location filename="../../desktop/views/cases/record_tabs.py" line="140" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="187" />
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="202" />
      <source>New task, e.g. “Book the medical check-up”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="120" />
      <source>No notes yet. Notes record what happened and what was agreed; each carries a level so sensitive notes reach only the people cleared for them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="194" />
      <source>No tasks. Add follow-ups with a due date so they appear on Home when they are due.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="118" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="101" />
      <source>Now: {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="231" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="231" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="289" />
      <source>Record #{n}: {field}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="86" />
      <source>Record a decision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="284" />
      <source>Record added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="286" />
      <source>Record removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>Section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="191" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="94" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="191" />
      <source>Task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="185" />
      <source>Tasks and follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="207" />
      <source>The username of the person who should do it; empty means you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="134" />
      <source>Who may read the note: users of this level and above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="127" />
      <source>Write a note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="118" />
      <source>Written</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseWorkspace</name>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="288" />
      <location filename="../../desktop/views/cases/workspace.py" line="290" />
      <source>Approve closure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="167" />
      <source>Approve closure…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="164" />
      <source>Assign…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="203" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="165" />
      <location filename="../../desktop/views/cases/workspace.py" line="266" />
      <source>Change status…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="288" />
      <source>Close case {reference}? It can no longer change until a supervisor reopens it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="111" />
      <source>Closure requested — waiting for a supervisor's approval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="201" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="105" />
      <source>District: {district}    ·    Agency: {agency}    ·    Assigned: {assigned}    ·    Updated: {updated}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="200" />
      <source>Exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="163" />
      <source>Flags…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="204" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="199" />
      <source>Identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="201" />
      <source>Justice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="94" />
      <source>Name restricted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="202" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="222" />
      <location filename="../../desktop/views/cases/workspace.py" line="225" />
      <source>Opening the case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="199" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="265" />
      <source>Reopen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="202" />
      <source>Repatriation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="166" />
      <source>Request closure…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="244" />
      <source>Restricted at your level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="341" />
      <source>Save them before leaving, or discard them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="200" />
      <source>Services and shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="203" />
      <source>Tasks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="338" />
      <source>The person's details have changes that are not saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="338" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="109" />
      <source>nobody yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="156" />
      <source>← Back to cases</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CasesModel</name>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="101" />
      <source>Any agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="99" />
      <source>Any district</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="98" />
      <source>Any identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="96" />
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="106" />
      <source>Assigned to me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="60" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="115" />
      <source>Clear filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="86" />
      <source>New case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="214" />
      <source>No case matches this search. Check the spelling, try part of a name or the reference, or clear the filters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="148" />
      <source>No cases to show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="103" />
      <source>Opened in any year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="105" />
      <source>Opened in {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="107" />
      <source>Overdue tasks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="79" />
      <source>Search by name, alias, reference or note text…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="60" />
      <source>The cases you may see, most recently updated first. Search finds names, aliases, references and notes, with or without accents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="221" />
      <source>The first {n} matches, best first. Type more to narrow the search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="216" />
      <source>There are no cases in your scope yet. Cases you open, or that are assigned or referred to you, appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="228" />
      <source>{n} case(s). Double-click a case or press Enter to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="223" />
      <source>{n} matching case(s), best first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="225" />
      <source>{shown} of {total} cases shown; scroll down for more. Double-click a case or press Enter to open it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../desktop/views/reauth.py" line="83" />
      <location filename="../../desktop/views/reauth.py" line="108" />
      <source>Change password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="137" />
      <source>Changing your password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="82" />
      <source>Choose your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="99" />
      <source>Current password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="100" />
      <source>New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="102" />
      <source>New password again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="125" />
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="121" />
      <source>The two new passwords differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="87" />
      <source>You logged in with a temporary password. Choose your own password now; it also binds your account to this workstation.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="232" />
      <source>Creating the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="254" />
      <source>Deriving keys and creating the encrypted database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="274" />
      <source>Go back to change your choices, or try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="240" />
      <source>Open the recovery sheet to print it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="265" />
      <source>Print the recovery sheet, then move the key file and the sheet offline. No recovery secret should stay on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="262" />
      <source>Recovery key fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="261" />
      <source>The vault is ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="244" />
      <source>Try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="263" />
      <source>Written: {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EscrowPage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="197" />
      <source>CaseDesk escrow key (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="158" />
      <source>CaseDesk writes the private key file and a printable recovery sheet (PDF). Move both to a safe place, away from this computer, and keep the passphrase with a different person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="221" />
      <source>Choose a folder for the recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="211" />
      <source>Choose the recovery public key file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="188" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="138" />
      <source>Create a new recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="176" />
      <source>Create vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="194" />
      <source>Folder for the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="135" />
      <source>If every password is forgotten or this computer is lost, the recovery (escrow) key opens the vault. Keep it offline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="156" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="157" />
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="168" />
      <source>Public key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="134" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="196" />
      <source>Recovery public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="151" />
      <source>Save in folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="215" />
      <source>The passphrase needs at least 12 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="218" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="140" />
      <source>Use the ministry's existing recovery public key</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../desktop/views/home.py" line="165" />
      <source>Accounts: {active} active, {waiting} still on a temporary password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="58" />
      <source>Case closures and interview records submitted for your approval will wait here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="171" />
      <source>Device binding is OFF for this vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="170" />
      <source>Device binding is on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="65" />
      <source>Forensic interviews in draft or returned to you will appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="159" />
      <source>Last backup: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="51" />
      <source>My cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="65" />
      <source>My interviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="160" />
      <source>No backup has been made yet. Make one from Administration → Backups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="51" />
      <source>No cases yet. The cases you may see will be listed here, most recently updated first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="54" />
      <source>No open tasks. Your tasks and follow-ups, overdue ones first, will appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="62" />
      <source>Pending referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="134" />
      <source>Recent activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="62" />
      <source>Referrals awaiting an answer, overdue ones first, will appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="68" />
      <source>Statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="54" />
      <source>Tasks due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="68" />
      <source>The council's annual figures and the prevention register will be reached from here; they never show a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="124" />
      <source>Vault and accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="58" />
      <source>Waiting for my approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="29" />
      <source>Welcome, {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="111" />
      <source>no due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="30" />
      <source>{role} · {agency}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../desktop/views/lock.py" line="92" />
      <source>CaseDesk is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="108" />
      <source>Log out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="110" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="151" />
      <source>Unlocking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="102" />
      <source>Your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="124" />
      <source>{reason} Only {name} ({username}) can unlock it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <location filename="../../desktop/views/login.py" line="54" />
      <source>Anti-trafficking case management</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="52" />
      <source>CaseDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="36" />
      <source>CaseDesk — Log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="99" />
      <source>Demo vault — synthetic data, deleted when CaseDesk closes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="119" />
      <source>Enter your username and password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="78" />
      <source>Log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="67" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="110" />
      <source>Password for every demo account: {password}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="144" />
      <source>Too many failed logins. Try again in {n} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="124" />
      <source>Unlocking the vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="66" />
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="152" />
      <source>You can try again now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="165" />
      <source>You must choose your own password to continue.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="39" />
      <source> — demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="173" />
      <source>&lt;h3&gt;CaseDesk {version}&lt;/h3&gt;&lt;p&gt;Encrypted case management for anti-trafficking councils.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&amp;nbsp;&lt;/td&gt;&lt;td&gt;{cipher}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vault&amp;nbsp;&lt;/td&gt;&lt;td&gt;{path}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Device binding&amp;nbsp;&lt;/td&gt;&lt;td&gt;{binding}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Escrow key&amp;nbsp;&lt;/td&gt;&lt;td&gt;{fingerprint}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Key derivation&amp;nbsp;&lt;/td&gt;&lt;td&gt;{kdf}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="173" />
      <source>About CaseDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="41" />
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="150" />
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="39" />
      <source>CaseDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="40" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="39" />
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="137" />
      <source>Locked after a period without use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="172" />
      <source>OFF — an administrator created this vault without device binding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="155" />
      <source>Session ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="150" />
      <source>The vault now holds the restored backup and is locked. Log in again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="155" />
      <source>You have been logged in for 12 hours. Log in again to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="170" />
      <source>on — key slots need this workstation's keyring</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="123" />
      <source>Also known as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="122" />
      <source>Citizenship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="256" />
      <source>Create anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="73" />
      <location filename="../../desktop/views/cases/new_case.py" line="214" />
      <source>Create case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="259" />
      <location filename="../../desktop/views/cases/new_case.py" line="262" />
      <source>Creating the case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="121" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="124" />
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="119" />
      <source>Family names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="127" />
      <source>Forms of exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="118" />
      <source>Given names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="126" />
      <source>Identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="125" />
      <source>Identified through</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="56" />
      <source>New case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="202" />
      <source>No similar case in your scope.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="97" />
      <source>Not estimated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="103" />
      <source>Not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="197" />
      <source>One case in your scope looks similar:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="155" />
      <source>Open the selected case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="102" />
      <source>Other names, separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="144" />
      <source>Possible duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="253" />
      <source>Possible duplicates are listed on the right. Open one of them, or press “Create anyway” if this is a different person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="91" />
      <source>Required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="120" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="60" />
      <source>Start with the names: cases that may be the same person appear on the right as you type. Open one of them instead of creating a second record for the same person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="145" />
      <location filename="../../desktop/views/cases/new_case.py" line="169" />
      <source>Type a name to look for cases of the same person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="110" />
      <source>or estimated age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="198" />
      <source>{n} cases in your scope look similar:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrganisationsTab</name>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="61" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="209" />
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Council member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="49" />
      <source>Court or prosecution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="211" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="47" />
      <source>Government (non-police)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="85" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="50" />
      <source>Non-governmental organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="200" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="205" />
      <source>Organisations directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="51" />
      <source>Other (international, consulate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="48" />
      <source>Police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="205" />
      <source>The council's member agencies and its partners. Every user belongs to one; referrals are addressed to them. Inactive organisations stay in old records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="85" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="287" />
      <source>{n} organisations, {c} of them council members. Double-click a row to edit it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonTab</name>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="140" />
      <source>Also known as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="169" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="136" />
      <source>Citizenships</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="164" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="154" />
      <source>Contact and identity documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="134" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="183" />
      <source>Discard changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="172" />
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="165" />
      <source>Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="135" />
      <source>Estimated age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="131" />
      <source>Family names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="133" />
      <source>Gender identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="130" />
      <source>Given names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="144" />
      <source>Languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="148" />
      <source>Needs an interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="123" />
      <source>Not estimated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="171" />
      <source>Not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="139" />
      <source>Other names and nicknames, separated by “;”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="162" />
      <source>Passport, ID or birth certificate: number and who holds it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="113" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="185" />
      <source>Save changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="320" />
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="132" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="149" />
      <source>Speaks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="161" />
      <source>Telephone, safe address, who may be contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="218" />
      <source>The case is closed, so its fields cannot change; a supervisor can reopen it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="127" />
      <source>Two-letter codes, e.g. GT, HN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="274" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="219" />
      <source>You can read this case; your role does not change it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReauthDialog</name>
    <message>
      <location filename="../../desktop/views/reauth.py" line="65" />
      <source>Checking your password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="52" />
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="44" />
      <source>Confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="29" />
      <source>Confirm it is you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="38" />
      <source>Your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="32" />
      <source>{reason}

Enter your password to continue.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RolesTab</name>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="54" />
      <source>All cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="52" />
      <source>All cases of my agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="31" />
      <source>Answer referrals to the agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="26" />
      <source>Approve case closure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="28" />
      <source>Approve interview records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="25" />
      <source>Assign cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="51" />
      <source>Cases of my groups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="53" />
      <source>Cases referred to my agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="44" />
      <source>Change vault settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="27" />
      <source>Conduct forensic interviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="24" />
      <source>Edit cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="35" />
      <source>Export anonymised statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="33" />
      <source>Export identifiable data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="40" />
      <source>Import and activate forms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="36" />
      <source>Keep the prevention register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="42" />
      <source>Make and restore backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="38" />
      <source>Manage roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="39" />
      <source>Manage the organisations directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="37" />
      <source>Manage user accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="55" />
      <source>No case records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="22" />
      <source>Open new cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="32" />
      <source>Override missing consent (with reason)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="50" />
      <source>Own and assigned cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="29" />
      <source>Prepare referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="30" />
      <source>Print referral packets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="23" />
      <source>Read cases in scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="41" />
      <source>Read the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="97" />
      <source>Records reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="64" />
      <location filename="../../desktop/views/admin/roles.py" line="69" />
      <source>Roles and permissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="43" />
      <source>Rotate the database key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="34" />
      <source>View statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="70" />
      <source>What each role may do, and which case records it reaches. Sections of a case are further limited by each user's level (1 standard, 2 sensitive, 3 restricted).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="105" />
      <source>allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="105" />
      <source>not allowed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SecurityTab</name>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="66" />
      <source>Database encryption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="63" />
      <source>Device binding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="64" />
      <source>Escrow key fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="48" />
      <source>How this vault is protected on this workstation. Nothing here shows a password or a key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="67" />
      <source>Key slots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="115" />
      <source>Off: the password alone opens an account's key slot, so anyone holding a copy of the vault files can try to guess passwords elsewhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="112" />
      <source>On: an account's key slot opens only with its password together with this workstation's keyring secret, so copied files are useless elsewhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="65" />
      <source>Password key derivation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="135" />
      <source>Re-encrypting the database… Do not close CaseDesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="90" />
      <source>Rotate database key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="75" />
      <source>Rotate the database key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="78" />
      <source>Rotating re-encrypts the whole database under a new key and re-seals every account's key slot and the escrow key to it. Nobody needs a new password, and earlier backups still open as before.

Do it after a staff member leaves (once their account is disabled), after a recovery with the escrow key, and whenever you suspect someone copied the vault files while they knew a password. CaseDesk cannot be used while it runs; it takes about as long as making a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="130" />
      <source>Rotating the database key re-encrypts every record of the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="138" />
      <source>Rotating the database key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="120" />
      <source>SQLCipher {version} (AES-256, every page authenticated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="42" />
      <location filename="../../desktop/views/admin/security.py" line="47" />
      <source>Security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="143" />
      <source>The database key was rotated; every key slot and the escrow key now hold the new key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="55" />
      <source>This vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="62" />
      <source>Vault folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="117" />
      <source>none — this vault has no escrow key, so a lost password cannot be recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="123" />
      <source>{n} (one for each account that can log in)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsTab</name>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="90" />
      <source> minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="97" />
      <source>Backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="94" />
      <source>CaseDesk hides everything and asks for the password after this long without use ({low} to {high} minutes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="138" />
      <source>Choose the backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="120" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="132" />
      <source>Default: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="147" />
      <source>Enter a full folder path (or choose one), or leave it empty for the default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="93" />
      <source>Lock after idle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="187" />
      <source>Nothing to save: the settings are unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="103" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="72" />
      <location filename="../../desktop/views/admin/settings.py" line="78" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="186" />
      <source>Settings saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="79" />
      <source>These settings apply to everyone using this vault. They are stored inside the vault, encrypted, and every change is recorded in the audit trail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="81" />
      <source>Vault settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="98" />
      <source>Where new backups are written and looked for. Leave it empty to use the vault's own backups folder; an encrypted external drive is a good choice.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="294" />
      <source>CaseDesk — first-run setup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="311" />
      <source>Creating the vault…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="46" />
      <source>DEMO vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="50" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="51" />
      <source>Vault locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="43" />
      <source>Vault unlocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="44" />
      <source>bound to this workstation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="44" />
      <source>not device-bound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="39" />
      <source>{name} ({username}) · {agency} · {role} · level {n} ({level})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemporaryPasswordDialog</name>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="286" />
      <source>Copied. The clipboard is cleared after 30 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="271" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="257" />
      <source>Temporary password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="273" />
      <source>The clipboard is cleared again after 30 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="277" />
      <source>The person must choose their own password at the first login; that also binds the account to their workstation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="261" />
      <source>The temporary password for &lt;b&gt;{user}&lt;/b&gt;. It is shown only this once: give it to the person directly, never by e-mail or chat.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="167" />
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="129" />
      <source>Change what this person may do. The username cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="217" />
      <source>Changing user accounts needs your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="138" />
      <source>Create account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="125" />
      <source>Edit user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="165" />
      <source>Full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="169" />
      <source>Groups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="168" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="125" />
      <source>New user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="166" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="138" />
      <source>Save changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="232" />
      <source>Saving the account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="231" />
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="130" />
      <source>The account starts with a temporary password, shown once after saving.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="164" />
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="199" />
      <source>You cannot change your own role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="148" />
      <source>e.g. maria.garcia</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>1 · Standard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>2 · Sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>3 · Restricted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="64" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="79" />
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="379" />
      <source>Changing user accounts needs your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="429" />
      <location filename="../../desktop/views/admin/users.py" line="433" />
      <source>Disable account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="429" />
      <source>Disable {name} ({user})? They can no longer log in and their key slot is removed.

They knew a password that opened the database key. If they have left or their password may be known to others, rotate the database key afterwards (Security tab).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="63" />
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="308" />
      <source>Disable…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="300" />
      <source>Each person has their own account. New accounts start with a temporary password that must be changed at the first login.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="306" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="80" />
      <source>Groups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="423" />
      <source>Issue a new temporary password for {name} ({user})? Their current password stops working now, and a disabled account is enabled again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="426" />
      <source>Issue new password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="80" />
      <source>Last login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="79" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="64" />
      <source>Must change password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="79" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="70" />
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="304" />
      <source>New user…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="349" />
      <source>Re-enable with new password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="423" />
      <source>Reset password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="307" />
      <location filename="../../desktop/views/admin/users.py" line="350" />
      <source>Reset password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="79" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="80" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="456" />
      <source>Updating the account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="300" />
      <location filename="../../desktop/views/admin/users.py" line="452" />
      <source>User accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="79" />
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="295" />
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="352" />
      <source>You cannot disable your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="366" />
      <source>{n} accounts, {d} disabled. Double-click a row to edit it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="58" />
      <source>&lt;b&gt;Binding to this workstation.&lt;/b&gt; CaseDesk also keeps a secret in this computer's own secure store (Windows Credential Manager, the macOS Keychain or the Linux keyring). Then a password alone does not open the vault: a copied vault file is useless on another computer. If this computer is lost or broken, the recovery key you create in step 3 brings the data back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="64" />
      <source>Bind the vault to this workstation (recommended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="55" />
      <source>Every case is kept in an encrypted vault on this computer, in {path}. Nobody can read it without the password of a CaseDesk account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="53" />
      <source>Three short steps create this workstation's encrypted vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="52" />
      <source>Welcome to CaseDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="70" />
      <source>Without binding, anyone who copies the vault folder can try to guess passwords on another computer. Choose this only where this computer has no secure store; the choice is recorded in the audit trail.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
