<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="106" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="102" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="107" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="109" />
      <source>Password again</source>
      <translation>Repita la contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="81" />
      <source>The first administrator</source>
      <translation>El primer administrador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="126" />
      <source>The two passwords differ.</source>
      <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="82" />
      <source>This account manages users, backups and the vault. It does not see case content.</source>
      <translation>Esta cuenta administra los usuarios, las copias de seguridad y la bóveda. No ve el contenido de los casos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="111" />
      <source>Use a long passphrase: at least 12 characters; any characters, spaces included. Common passwords are refused.</source>
      <translation>Use una frase de contraseña larga: al menos 12 caracteres; se admite cualquier carácter, incluidos los espacios. Se rechazan las contraseñas comunes.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="104" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
  </context>
  <context>
    <name>AgencyDialog</name>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="142" />
      <source>Active: offered when creating users and referrals</source>
      <translation>Activa: se ofrece al crear usuarios y derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="174" />
      <source>An organisation already has this code.</source>
      <translation>Ya existe una organización con este código.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="145" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="104" />
      <source>Edit organisation</source>
      <translation>Editar organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="141" />
      <source>Member of the ATIPs Council</source>
      <translation>Miembro del Consejo ATIPs</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="146" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="105" />
      <source>New organisation</source>
      <translation>Nueva organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="135" />
      <source>Short code, e.g. CON-BR</source>
      <translation>Código corto, p. ej., CON-BR</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="109" />
      <source>The code cannot change once saved; an organisation no longer working with the council is made inactive, not deleted.</source>
      <translation>El código no puede cambiarse una vez guardado; una organización que ya no trabaja con el consejo se marca como inactiva, no se elimina.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="111" />
      <source>The code identifies this organisation in records and cannot change.</source>
      <translation>El código identifica a esta organización en los registros y no puede cambiarse.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="147" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="214" />
      <source>A copy of {name} was saved to {path}.</source>
      <translation>Se guardó una copia de {name} en {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="58" />
      <source>Add file…</source>
      <translation>Agregar archivo…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="83" />
      <source>Added</source>
      <translation>Agregado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="148" />
      <source>Allowed files ({kinds})</source>
      <translation>Archivos permitidos ({kinds})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="147" />
      <source>Attach a file</source>
      <translation>Adjuntar un archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="193" />
      <source>Attaching a file…</source>
      <translation>Adjuntando un archivo…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="177" />
      <source>Encrypting and storing {name}…</source>
      <translation>Cifrando y almacenando {name}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="78" />
      <source>Files are stored encrypted inside the vault: PDF, PNG, JPEG, Word (.docx) or UTF-8 text, up to {mb} MB each. Saving a copy writes the file where you choose; keep it on an encrypted drive and delete it when done.</source>
      <translation>Los archivos se almacenan cifrados dentro de la bóveda: PDF, PNG, JPEG, Word (.docx) o texto UTF-8, de hasta {mb} MB cada uno. Al guardar una copia, el archivo se escribe donde usted elija; consérvelo en una unidad cifrada y elimínelo cuando termine.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="88" />
      <source>No files attached. Add consent forms, medical reports or photographs of documents here rather than on the desktop.</source>
      <translation>No hay archivos adjuntos. Agregue aquí los formularios de consentimiento, los informes médicos o las fotografías de documentos, en lugar de guardarlos en el escritorio.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="222" />
      <source>Reading a file from the vault…</source>
      <translation>Leyendo un archivo de la bóveda…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="242" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="240" />
      <source>Remove file</source>
      <translation>Quitar archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="240" />
      <source>Remove {name} from the case? The file is deleted from the vault; the audit trail keeps a record that it was removed.</source>
      <translation>¿Quitar {name} del caso? El archivo se elimina de la bóveda; el registro de auditoría conserva constancia de que fue quitado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="68" />
      <source>Remove…</source>
      <translation>Quitar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="152" />
      <source>Save a copy</source>
      <translation>Guardar una copia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="66" />
      <source>Save a copy…</source>
      <translation>Guardar una copia…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="211" />
      <source>The copy could not be written: {reason}</source>
      <translation>No se pudo escribir la copia: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="164" />
      <source>The file could not be read: {reason}</source>
      <translation>No se pudo leer el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="82" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="65" />
      <source>Who may see the new file: users of this level and above.</source>
      <translation>Quién puede ver el nuevo archivo: los usuarios de este nivel y superiores.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="71" />
      <source>at level</source>
      <translation>con nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="182" />
      <source>{name} is attached.</source>
      <translation>{name} quedó adjuntado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="236" />
      <source>{name} was removed.</source>
      <translation>Se quitó {name}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="46" />
      <source>{n} KB</source>
      <translation>{n} KB</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="47" />
      <source>{n} MB</source>
      <translation>{n} MB</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/attachments_tab.py" line="44" />
      <source>{n} bytes</source>
      <translation>{n} bytes</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="165" />
      <source>(system)</source>
      <translation>(sistema)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="333" />
      <source>&lt;b&gt;Chain head:&lt;/b&gt; entry #{id} of {when}. Verify the chain to check every entry up to it and see its seal.</source>
      <translation>&lt;b&gt;Cabeza de la cadena:&lt;/b&gt; entrada n.º {id} del {when}. Verifique la cadena para comprobar todas las entradas hasta ella y ver su sello.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="363" />
      <source>&lt;b&gt;Chain head:&lt;/b&gt; entry #{id}, seal {mac}</source>
      <translation>&lt;b&gt;Cabeza de la cadena:&lt;/b&gt; entrada n.º {id}, sello {mac}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="60" />
      <source>Account changed</source>
      <translation>Cuenta modificada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="59" />
      <source>Account created</source>
      <translation>Cuenta creada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="61" />
      <source>Account disabled</source>
      <translation>Cuenta desactivada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="62" />
      <source>Account reset</source>
      <translation>Cuenta restablecida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="106" />
      <location filename="../../desktop/views/admin/audit.py" line="246" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="234" />
      <source>All actions</source>
      <translation>Todas las acciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="232" />
      <source>All users</source>
      <translation>Todos los usuarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="241" />
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="183" />
      <location filename="../../desktop/views/admin/audit.py" line="189" />
      <source>Audit trail</source>
      <translation>Registro de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="66" />
      <source>Backup made</source>
      <translation>Copia de seguridad realizada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="67" />
      <source>Backup restored</source>
      <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="70" />
      <source>Case opened</source>
      <translation>Caso abierto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="368" />
      <source>Chain broken: {problem}. {n} earlier entries verified (last good #{id}). Keep this workstation as it is and compare with the newest backup.</source>
      <translation>Cadena rota: {problem}. Se verificaron {n} entradas anteriores (última correcta: n.º {id}). Deje esta estación de trabajo tal como está y compare con la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="360" />
      <source>Chain verified: {n} entries, head #{id} {mac}…</source>
      <translation>Cadena verificada: {n} entradas, cabeza n.º {id} {mac}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="75" />
      <source>Data exported</source>
      <translation>Datos exportados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="68" />
      <source>Database key rotated</source>
      <translation>Clave de la base de datos rotada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="58" />
      <source>Database schema updated</source>
      <translation>Esquema de la base de datos actualizado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="106" />
      <source>Detail</source>
      <translation>Detalle</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="69" />
      <source>Escrow recovery</source>
      <translation>Recuperación con clave de custodia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="190" />
      <source>Every login, account change, backup and key rotation, newest first. Entries cannot be edited: each is sealed to the one before it, so verification names any entry that was changed, removed or reordered.</source>
      <translation>Cada inicio de sesión, cambio de cuenta, copia de seguridad y rotación de clave, del más reciente al más antiguo. Las entradas no pueden editarse: cada una está sellada a la anterior, por lo que la verificación señala cualquier entrada que haya sido modificada, eliminada o reordenada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="51" />
      <source>Failed login</source>
      <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="247" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="57" />
      <source>Key derivation upgraded</source>
      <translation>Derivación de claves mejorada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="53" />
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="50" />
      <source>Logged in</source>
      <translation>Inició sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="52" />
      <source>Logged out</source>
      <translation>Cerró sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="210" />
      <source>No audit entry matches these filters. Widen the dates, or choose all users and all actions, then press Apply.</source>
      <translation>Ninguna entrada de auditoría coincide con estos filtros. Amplíe las fechas o elija todos los usuarios y todas las acciones, y luego presione Aplicar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="209" />
      <source>No matching entries</source>
      <translation>No hay entradas coincidentes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="56" />
      <source>Password changed</source>
      <translation>Contraseña cambiada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="55" />
      <source>Password re-entered</source>
      <translation>Contraseña ingresada de nuevo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="77" />
      <source>Previewed</source>
      <translation>Previsualizado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="76" />
      <source>Printed</source>
      <translation>Impreso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="274" />
      <source>Recompute the seal of every entry, oldest first, and name the first one that fails.</source>
      <translation>Recalcular el sello de cada entrada, de la más antigua a la más reciente, e indicar la primera que falle.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="106" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="72" />
      <source>Record changed</source>
      <translation>Registro modificado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="71" />
      <source>Record created</source>
      <translation>Registro creado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="73" />
      <source>Record deleted</source>
      <translation>Registro eliminado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="63" />
      <source>Role changed</source>
      <translation>Rol modificado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="64" />
      <source>Setting changed</source>
      <translation>Configuración modificada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="74" />
      <source>Status changed</source>
      <translation>Estado modificado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="331" />
      <source>The audit trail is empty.</source>
      <translation>El registro de auditoría está vacío.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="291" />
      <source>The start date is after the end date.</source>
      <translation>La fecha de inicio es posterior a la fecha de fin.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="106" />
      <source>Time</source>
      <translation>Fecha y hora</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="247" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="54" />
      <source>Unlocked</source>
      <translation>Desbloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="106" />
      <location filename="../../desktop/views/admin/audit.py" line="245" />
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="49" />
      <source>Vault created</source>
      <translation>Bóveda creada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="65" />
      <source>Verification run</source>
      <translation>Verificación ejecutada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="273" />
      <source>Verify chain</source>
      <translation>Verificar la cadena</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="352" />
      <source>Verifying every entry of the audit trail…</source>
      <translation>Verificando cada entrada del registro de auditoría…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="354" />
      <source>Verifying the audit chain…</source>
      <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="347" />
      <source>{n} entries.</source>
      <translation>{n} entradas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="344" />
      <source>{n} newest entries shown; scroll down for more.</source>
      <translation>Se muestran las {n} entradas más recientes; desplácese hacia abajo para ver más.</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="238" />
      <source>A backup copies every record of the vault into one encrypted file.</source>
      <translation>Una copia de seguridad copia todos los registros de la bóveda en un único archivo cifrado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Audit head</source>
      <translation>Cabeza de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="89" />
      <source>Backup folder:</source>
      <translation>Carpeta de copias de seguridad:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="249" />
      <source>Backup made and verified: {file}. Audit chain head #{id} {mac}…</source>
      <translation>Copia de seguridad realizada y verificada: {file}. Cabeza de la cadena de auditoría n.º {id} {mac}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="77" />
      <location filename="../../desktop/views/admin/backups.py" line="84" />
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="94" />
      <source>Change it under Settings.</source>
      <translation>Puede cambiarla en Configuración.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="286" />
      <source>Checking and restoring the backup… Do not close CaseDesk.</source>
      <translation>Comprobando y restaurando la copia de seguridad… No cierre CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Created</source>
      <translation>Creada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="85" />
      <source>Each backup is encrypted, sealed to the escrow key and to every account that may manage backups, and checked completely before it is listed. Keep copies away from the office, on an encrypted drive.</source>
      <translation>Cada copia de seguridad está cifrada, sellada con la clave de custodia y con cada cuenta autorizada para administrar copias de seguridad, y se comprueba por completo antes de aparecer en la lista. Guarde copias fuera de la oficina, en una unidad cifrada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="281" />
      <source>Enter your password to replace the vault with the backup of {when}:</source>
      <translation>Ingrese su contraseña para reemplazar la bóveda con la copia de seguridad del {when}:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="224" />
      <source>Everything now in the vault will be replaced by the content of this backup. Cases, changes and accounts recorded after {when} will be lost; the audit trail records the restore.

The vault is locked afterwards and everyone must log in again.

If today's work may still be needed, make a backup of it first.</source>
      <translation>Todo lo que hay ahora en la bóveda se reemplazará con el contenido de esta copia de seguridad. Se perderán los casos, cambios y cuentas registrados después del {when}; el registro de auditoría deja constancia de la restauración.

Luego la bóveda se bloquea y todas las personas deben iniciar sesión de nuevo.

Si el trabajo de hoy todavía puede necesitarse, haga primero una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="167" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="105" />
      <source>Make backup now</source>
      <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="135" />
      <source>Make one now, and again after each day of work. To restore a backup kept in another folder, choose that folder under Settings first.</source>
      <translation>Haga una ahora, y otra después de cada jornada de trabajo. Para restaurar una copia de seguridad guardada en otra carpeta, elija primero esa carpeta en Configuración.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="244" />
      <source>Making a backup…</source>
      <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="242" />
      <source>Making and verifying the backup… This can take a minute.</source>
      <translation>Haciendo y verificando la copia de seguridad… Esto puede tardar un minuto.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="134" />
      <source>No backup in this folder yet</source>
      <translation>Todavía no hay copias de seguridad en esta carpeta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="109" />
      <source>Open the selected backup with your password and check every page and the audit chain.</source>
      <translation>Abrir la copia de seguridad seleccionada con su contraseña y comprobar cada página y la cadena de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="263" />
      <source>Opening and checking {file}…</source>
      <translation>Abriendo y comprobando {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="230" />
      <source>Replace the vault</source>
      <translation>Reemplazar la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="116" />
      <source>Replace the vault with the selected backup.</source>
      <translation>Reemplazar la bóveda con la copia de seguridad seleccionada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="281" />
      <source>Restore backup</source>
      <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="221" />
      <source>Restore the backup of {when}?</source>
      <translation>¿Restaurar la copia de seguridad del {when}?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="221" />
      <source>Restore this backup?</source>
      <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="112" />
      <source>Restore…</source>
      <translation>Restaurar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="289" />
      <source>Restoring a backup…</source>
      <translation>Restaurando una copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="269" />
      <source>The backup of {when} is intact: {users} accounts, {cases} cases, audit chain head #{id}.</source>
      <translation>La copia de seguridad del {when} está intacta: {users} cuentas, {cases} casos, cabeza de la cadena de auditoría n.º {id}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="294" />
      <source>The backup of {when} was restored. The vault is locked; log in again.</source>
      <translation>Se restauró la copia de seguridad del {when}. La bóveda está bloqueada; inicie sesión de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>Users</source>
      <translation>Usuarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="258" />
      <source>Verify backup</source>
      <translation>Verificar copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="266" />
      <source>Verifying a backup…</source>
      <translation>Verificando una copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="108" />
      <source>Verify…</source>
      <translation>Verificar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="258" />
      <source>Your password opens the backup of {when} for checking:</source>
      <translation>Su contraseña abre la copia de seguridad del {when} para comprobarla:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="305" />
      <source>{error} The vault is locked; log in again.</source>
      <translation>{error} La bóveda está bloqueada; inicie sesión de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="123" />
      <source>A supervisor other than you approves the closure. Until then the case stays open and can still change.</source>
      <translation>Un supervisor distinto de usted aprueba el cierre. Hasta entonces, el caso sigue abierto y todavía puede cambiar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="93" />
      <source>Assign</source>
      <translation>Asignar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="90" />
      <source>Assign the case</source>
      <translation>Asignar el caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="96" />
      <source>Assigned to</source>
      <translation>Asignado a</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="111" />
      <source>Change status</source>
      <translation>Cambiar estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="108" />
      <source>Change the status</source>
      <translation>Cambiar el estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="127" />
      <source>Close as</source>
      <translation>Cerrar como</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="109" />
      <source>Closing goes through a request that another supervisor approves; use “Request closure…” for that.</source>
      <translation>El cierre pasa por una solicitud que aprueba otro supervisor; para ello, use “Solicitar cierre…”.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="145" />
      <source>Decided by</source>
      <translation>Decidido por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="144" />
      <source>Decided on</source>
      <translation>Fecha de la decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="143" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="174" />
      <source>Exploitation and control</source>
      <translation>Explotación y control</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="189" />
      <source>Flags</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="189" />
      <source>Flags show in red on the case's header for everyone who opens it.</source>
      <translation>Las alertas se muestran en rojo en el encabezado del caso para todas las personas que lo abren.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="169" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="135" />
      <source>Record an identification decision</source>
      <translation>Registrar una decisión de identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="137" />
      <source>Record decision</source>
      <translation>Registrar decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="135" />
      <source>Record who decided, when, and what they decided. Earlier decisions stay in the case's history.</source>
      <translation>Registre quién decidió, cuándo y qué decidió. Las decisiones anteriores se conservan en el historial del caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="111" />
      <source>Reopen</source>
      <translation>Reabrir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="107" />
      <source>Reopen the case</source>
      <translation>Reabrir el caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="108" />
      <source>Reopening a closed case is recorded in its history.</source>
      <translation>La reapertura de un caso cerrado queda registrada en su historial.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="123" />
      <location filename="../../desktop/views/cases/case_actions.py" line="125" />
      <source>Request closure</source>
      <translation>Solicitar cierre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="176" />
      <location filename="../../desktop/views/cases/case_actions.py" line="190" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="115" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="90" />
      <source>The people assigned see the case in their lists and may work on it. Enter their usernames, separated by commas; this replaces the current assignment.</source>
      <translation>Las personas asignadas ven el caso en sus listas y pueden trabajar en él. Ingrese sus nombres de usuario separados por comas; esto reemplaza la asignación actual.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="174" />
      <source>Tick everything the person experienced; a person can suffer several forms of exploitation at once, and the annual statistics count each.</source>
      <translation>Marque todo lo que la persona vivió; una persona puede sufrir varias formas de explotación a la vez, y las estadísticas anuales cuentan cada una.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="95" />
      <source>e.g. ana.xiu, luis.coc</source>
      <translation>p. ej., ana.xiu, luis.coc</translation>
    </message>
  </context>
  <context>
    <name>CaseDesk</name>
    <message>
      <location filename="../../desktop/app.py" line="142" />
      <source>CaseDesk</source>
      <translation>CaseDesk</translation>
    </message>
  </context>
  <context>
    <name>CaseLabels</name>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="219" />
      <source>1 · Standard</source>
      <translation>1 · Estándar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="219" />
      <source>2 · Sensitive</source>
      <translation>2 · Sensible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="219" />
      <source>3 · Restricted</source>
      <translation>3 · Restringido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="93" />
      <source>A guardian</source>
      <translation>Un(a) tutor(a)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="32" />
      <source>ATIPs operation</source>
      <translation>Operativo ATIPs</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="84" />
      <source>Abuser</source>
      <translation>Abusador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="124" />
      <source>Accepted</source>
      <translation>Aceptada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="88" />
      <source>Accommodation / shelter</source>
      <translation>Alojamiento / albergue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="123" />
      <source>Acknowledged</source>
      <translation>Recibida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="104" />
      <source>Acquitted</source>
      <translation>Absolución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="25" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="126" />
      <source>Additional services</source>
      <translation>Servicios adicionales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="120" />
      <source>Age disputed</source>
      <translation>Edad en disputa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="52" />
      <source>Agriculture</source>
      <translation>Agricultura</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="132" />
      <source>Already received elsewhere</source>
      <translation>Ya lo recibe en otro lugar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="166" />
      <source>Also known as</source>
      <translation>También conocido(a) como</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="52" />
      <source>Aquafarming</source>
      <translation>Acuicultura</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="169" />
      <source>Assigned</source>
      <translation>Asignado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="174" />
      <source>At large</source>
      <translation>Prófugo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="75" />
      <source>At work</source>
      <translation>En el trabajo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="157" />
      <source>Attachments</source>
      <translation>Archivos adjuntos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="53" />
      <source>Begging</source>
      <translation>Mendicidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="42" />
      <source>Belize</source>
      <translation>Belice</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="39" />
      <source>Belizean Kriol</source>
      <translation>Kriol beliceño</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="83" />
      <source>Broker</source>
      <translation>Intermediario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="114" />
      <source>Business</source>
      <translation>Empresa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="108" />
      <source>CSEC: child pornography</source>
      <translation>ESCNNA: pornografía infantil</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="107" />
      <source>CSEC: child prostitution</source>
      <translation>ESCNNA: prostitución infantil</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="109" />
      <source>CSEC: other offence</source>
      <translation>ESCNNA: otro delito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="182" />
      <source>Carried out by</source>
      <translation>Realizada por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="150" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="42" />
      <source>Cayo</source>
      <translation>Cayo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="111" />
      <source>Central government</source>
      <translation>Gobierno central</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="127" />
      <source>Change of location</source>
      <translation>Cambio de ubicación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="47" />
      <source>Child labour</source>
      <translation>Trabajo infantil</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="165" />
      <source>Citizenships</source>
      <translation>Nacionalidades</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="26" />
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="26" />
      <source>Closed (referred on)</source>
      <translation>Cerrado (derivado)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="124" />
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="27" />
      <source>Confirmed victim</source>
      <translation>Víctima confirmada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="176" />
      <source>Consent covers</source>
      <translation>El consentimiento abarca</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="155" />
      <source>Consent records</source>
      <translation>Registros de consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="135" />
      <source>Consent removed</source>
      <translation>Consentimiento eliminado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="135" />
      <source>Consent withdrawn</source>
      <translation>Consentimiento retirado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="95" />
      <source>Consents</source>
      <translation>Consentimientos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="53" />
      <source>Construction</source>
      <translation>Construcción</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="116" />
      <source>Consulate</source>
      <translation>Consulado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="151" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="137" />
      <source>Contact details</source>
      <translation>Datos de contacto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="103" />
      <source>Convicted</source>
      <translation>Condena</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="42" />
      <source>Corozal</source>
      <translation>Corozal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="171" />
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="118" />
      <source>Country of origin</source>
      <translation>País de origen</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="180" />
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="30" />
      <source>Court or prosecution</source>
      <translation>Tribunal o fiscalía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="178" />
      <source>Data that may be released</source>
      <translation>Datos que pueden compartirse</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="164" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="61" />
      <source>Debt bondage</source>
      <translation>Servidumbre por deudas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="180" />
      <source>Decided</source>
      <translation>Fecha de la decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="124" />
      <source>Declined</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="133" />
      <source>Declined by the person</source>
      <translation>Rechazado por la persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="181" />
      <source>Destination country</source>
      <translation>País de destino</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="138" />
      <source>Disclosures</source>
      <translation>Revelaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="104" />
      <source>Dismissed or withdrawn</source>
      <translation>Desestimado o retirado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="167" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="54" />
      <source>Domestic work</source>
      <translation>Trabajo doméstico</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="123" />
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="89" />
      <source>Education</source>
      <translation>Educación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="75" />
      <source>Educational institution</source>
      <translation>Institución educativa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="128" />
      <source>Emergency</source>
      <translation>Emergencia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="172" />
      <source>Ended</source>
      <translation>Fecha de fin</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="39" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="165" />
      <source>Estimated age</source>
      <translation>Edad estimada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="69" />
      <source>Excessive working hours</source>
      <translation>Jornadas de trabajo excesivas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="81" />
      <location filename="../../desktop/views/cases/labels.py" line="151" />
      <source>Exploitation</source>
      <translation>Explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="85" />
      <source>Exploiter</source>
      <translation>Explotador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="65" />
      <source>False promises</source>
      <translation>Falsas promesas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="78" />
      <source>Family</source>
      <translation>Familia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="163" />
      <source>Family names</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="91" />
      <source>Family tracing</source>
      <translation>Búsqueda de familiares</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="38" />
      <source>Female</source>
      <translation>Femenino</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="90" />
      <source>Financial</source>
      <translation>Apoyo económico</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="161" />
      <source>Flags</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="25" />
      <location filename="../../desktop/views/cases/labels.py" line="183" />
      <source>Follow-up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="50" />
      <source>Forced adoption</source>
      <translation>Adopción forzada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="49" />
      <source>Forced begging</source>
      <translation>Mendicidad forzada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="51" />
      <source>Forced criminality</source>
      <translation>Delincuencia forzada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="46" />
      <source>Forced labour</source>
      <translation>Trabajo forzoso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="47" />
      <source>Forced marriage</source>
      <translation>Matrimonio forzado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="48" />
      <source>Forced military service</source>
      <translation>Servicio militar forzoso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="36" />
      <source>Foreign government</source>
      <translation>Gobierno extranjero</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="79" />
      <source>Friend</source>
      <translation>Amigo(a)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="78" />
      <source>Friends</source>
      <translation>Amistades</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="41" />
      <source>Garifuna</source>
      <translation>Garífuna</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="175" />
      <source>Given by</source>
      <translation>Otorgado por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="163" />
      <source>Given names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="176" />
      <source>Given on</source>
      <translation>Fecha de otorgamiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="117" />
      <source>Government of Belize</source>
      <translation>Gobierno de Belice</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="83" />
      <source>Harbourer</source>
      <translation>Quien da acogida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="152" />
      <source>Health</source>
      <translation>Salud</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="110" />
      <source>Health service</source>
      <translation>Servicio de salud</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="129" />
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="157" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="54" />
      <source>Hospitality</source>
      <translation>Hotelería</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="36" />
      <source>Hotline</source>
      <translation>Línea directa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="94" />
      <source>Human Services</source>
      <translation>Servicios Humanos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="117" />
      <source>IOM</source>
      <translation>IOM</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="150" />
      <location filename="../../desktop/views/cases/labels.py" line="168" />
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="167" />
      <source>Identified through</source>
      <translation>Identificado(a) a través de</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="136" />
      <source>Identity</source>
      <translation>Identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="137" />
      <location filename="../../desktop/views/cases/labels.py" line="152" />
      <source>Identity documents</source>
      <translation>Documentos de identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="55" />
      <source>Illicit activities</source>
      <translation>Actividades ilícitas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="33" />
      <source>Immigration screening</source>
      <translation>Evaluación migratoria</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="113" />
      <source>Immigration service</source>
      <translation>Servicio de migración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="92" />
      <source>Immigration status</source>
      <translation>Situación migratoria</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="89" />
      <source>Independent living</source>
      <translation>Vida independiente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="96" />
      <source>Informed of data use</source>
      <translation>Informado(a) del uso de los datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="97" />
      <source>Informed of research use</source>
      <translation>Informado(a) del uso para investigación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="99" />
      <source>Informed of retention</source>
      <translation>Informado(a) del tiempo de conservación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="95" />
      <source>Informed of the purpose</source>
      <translation>Informado(a) de la finalidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="101" />
      <source>Informed of the right to refuse</source>
      <translation>Informado(a) del derecho a negarse</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="100" />
      <source>Informed of the right to withdraw</source>
      <translation>Informado(a) del derecho a retirar el consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="98" />
      <source>Informed of who has access</source>
      <translation>Informado(a) de quién tiene acceso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="115" />
      <source>International organisation</source>
      <translation>Organización internacional</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="91" />
      <source>Interpretation</source>
      <translation>Interpretación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="138" />
      <source>Interview reference</source>
      <translation>Referencia de la entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="79" />
      <source>Intimate partner</source>
      <translation>Pareja sentimental</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="102" />
      <source>Investigation</source>
      <translation>Investigación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="84" />
      <source>Kidnapper</source>
      <translation>Secuestrador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="34" />
      <source>Labour inspection</source>
      <translation>Inspección laboral</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="159" />
      <source>Labour sectors</source>
      <translation>Sectores laborales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="166" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="110" />
      <source>Law enforcement</source>
      <translation>Fuerzas del orden</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="87" />
      <source>Legal</source>
      <translation>Asistencia jurídica</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="140" />
      <location filename="../../desktop/views/cases/labels.py" line="155" />
      <source>Legal proceedings</source>
      <translation>Procesos judiciales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="113" />
      <source>Legal service</source>
      <translation>Servicio jurídico</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="90" />
      <source>Livelihood</source>
      <translation>Medios de vida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="112" />
      <source>Local government</source>
      <translation>Gobierno local</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="129" />
      <source>Low</source>
      <translation>Baja</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="38" />
      <source>Male</source>
      <translation>Masculino</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="55" />
      <source>Manufacturing</source>
      <translation>Manufactura</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="177" />
      <source>May be shared with</source>
      <translation>Puede compartirse con</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="160" />
      <source>Means of control</source>
      <translation>Medios de control</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="121" />
      <source>Media interest</source>
      <translation>Interés de los medios de comunicación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="87" />
      <source>Medical</source>
      <translation>Atención médica</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="129" />
      <source>Medium</source>
      <translation>Media</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="56" />
      <source>Mining or drilling</source>
      <translation>Minería o perforación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="119" />
      <source>Minor</source>
      <translation>Menor de edad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="40" />
      <source>Mopan</source>
      <translation>Mopán</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="29" />
      <source>NGO</source>
      <translation>ONG</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="35" />
      <source>NGO referral</source>
      <translation>Derivación de una ONG</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="172" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="173" />
      <source>Nationality</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="136" />
      <source>Nationality and languages</source>
      <translation>Nacionalidad e idiomas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="139" />
      <source>Needs and services</source>
      <translation>Necesidades y servicios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="78" />
      <source>Newspaper</source>
      <translation>Periódico</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="129" />
      <source>None</source>
      <translation>Ninguna</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="128" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="28" />
      <source>Not a victim</source>
      <translation>No es víctima</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="134" />
      <source>Not applicable</source>
      <translation>No aplica</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="57" />
      <source>Not specified</source>
      <translation>No especificado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="130" />
      <source>Not urgent</source>
      <translation>No urgente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="156" />
      <location filename="../../desktop/views/cases/labels.py" line="212" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="179" />
      <source>Offence</source>
      <translation>Delito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="77" />
      <source>Online advertisement</source>
      <translation>Anuncio en línea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="76" />
      <source>Online social network</source>
      <translation>Red social en línea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="179" />
      <source>Opened</source>
      <translation>Fecha de apertura</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="43" />
      <source>Orange Walk</source>
      <translation>Orange Walk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="49" />
      <source>Organ removal</source>
      <translation>Extracción de órganos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="31" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="31" />
      <source>Other government body</source>
      <translation>Otro organismo del gobierno</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="41" />
      <source>Other language</source>
      <translation>Otro idioma</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="109" />
      <source>Other related offence</source>
      <translation>Otro delito conexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="56" />
      <source>Peddling</source>
      <translation>Venta ambulante</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="105" />
      <source>Pending</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="153" />
      <source>Perpetrators</source>
      <translation>Perpetradores</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="150" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="64" />
      <source>Physical abuse</source>
      <translation>Abuso físico</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="171" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="74" />
      <source>Place of business</source>
      <translation>Lugar de trabajo o negocio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="41" />
      <source>Plautdietsch</source>
      <translation>Plautdietsch</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="29" />
      <source>Police</source>
      <translation>Policía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="58" />
      <source>Pornography</source>
      <translation>Pornografía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="27" />
      <source>Possible victim</source>
      <translation>Posible víctima</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="34" />
      <source>Prison screening</source>
      <translation>Evaluación en centro penitenciario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="60" />
      <source>Private sexual services</source>
      <translation>Servicios sexuales privados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="103" />
      <source>Prosecution initiated</source>
      <translation>Acción penal iniciada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="58" />
      <source>Prostitution</source>
      <translation>Prostitución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="175" />
      <source>Provider</source>
      <translation>Proveedor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="66" />
      <source>Psychoactive substances</source>
      <translation>Sustancias psicoactivas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="63" />
      <source>Psychological abuse</source>
      <translation>Abuso psicológico</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="87" />
      <source>Psychosocial</source>
      <translation>Apoyo psicosocial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="40" />
      <source>Q'eqchi'</source>
      <translation>Q'eqchi'</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="183" />
      <source>Receiving organisation</source>
      <translation>Organización receptora</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="83" />
      <source>Recruiter</source>
      <translation>Captador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="80" />
      <location filename="../../desktop/views/cases/labels.py" line="160" />
      <source>Recruitment</source>
      <translation>Captación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="174" />
      <source>Relationship to the person</source>
      <translation>Relación con la persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="59" />
      <source>Remote interactive services</source>
      <translation>Servicios interactivos a distancia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="182" />
      <source>Repatriated on</source>
      <translation>Fecha de repatriación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="92" />
      <location filename="../../desktop/views/cases/labels.py" line="156" />
      <source>Repatriation</source>
      <translation>Repatriación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="62" />
      <source>Restricts access to money</source>
      <translation>Restringe el acceso al dinero</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="68" />
      <source>Restricts medical care</source>
      <translation>Restringe la atención médica</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="67" />
      <source>Restricts movement</source>
      <translation>Restringe la libertad de movimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="139" />
      <source>Risk assessment</source>
      <translation>Evaluación de riesgos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="173" />
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="119" />
      <source>Safety risk</source>
      <translation>Riesgo para la seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="114" />
      <source>School or college</source>
      <translation>Escuela o colegio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="25" />
      <source>Screening</source>
      <translation>Evaluación inicial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="35" />
      <source>Self-referral</source>
      <translation>Por iniciativa propia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="123" />
      <source>Sent</source>
      <translation>Enviada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="180" />
      <source>Sentence</source>
      <translation>Sentencia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="175" />
      <source>Service</source>
      <translation>Servicio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="131" />
      <source>Service provided</source>
      <translation>Servicio prestado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="134" />
      <source>Service unavailable</source>
      <translation>Servicio no disponible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="154" />
      <source>Services delivered</source>
      <translation>Servicios prestados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="48" />
      <source>Servitude</source>
      <translation>Servidumbre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="164" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="64" />
      <source>Sexual abuse</source>
      <translation>Abuso sexual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="46" />
      <location filename="../../desktop/views/cases/labels.py" line="159" />
      <source>Sexual exploitation</source>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="210" />
      <source>Shelter</source>
      <translation>Albergue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="140" />
      <source>Shelter placement</source>
      <translation>Estancia en albergue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="154" />
      <source>Shelter placements</source>
      <translation>Estancias en albergue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="84" />
      <source>Smuggler</source>
      <translation>Traficante de migrantes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="39" />
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="171" />
      <location filename="../../desktop/views/cases/labels.py" line="179" />
      <location filename="../../desktop/views/cases/labels.py" line="214" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="43" />
      <source>Stann Creek</source>
      <translation>Stann Creek</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="172" />
      <source>Started</source>
      <translation>Fecha de inicio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="168" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="50" />
      <source>Surrogacy</source>
      <translation>Gestación subrogada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="141" />
      <source>Suspected perpetrators</source>
      <translation>Presuntos perpetradores</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="61" />
      <source>Takes earnings</source>
      <translation>Se queda con sus ingresos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="157" />
      <source>Tasks</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="77" />
      <source>Television</source>
      <translation>Televisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="93" />
      <source>The person</source>
      <translation>La persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="71" />
      <source>Threat of law enforcement</source>
      <translation>Amenaza de denuncia a las autoridades</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="63" />
      <source>Threats</source>
      <translation>Amenazas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="44" />
      <source>Toledo</source>
      <translation>Toledo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="120" />
      <source>Trafficker at large</source>
      <translation>Tratante prófugo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="153" />
      <source>Trafficking events</source>
      <translation>Hechos de trata</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="106" />
      <source>Trafficking in Persons Act 2013</source>
      <translation>Ley de Trata de Personas de 2013</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="80" />
      <source>Transit</source>
      <translation>Tránsito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="57" />
      <source>Transportation</source>
      <translation>Transporte</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="82" />
      <source>Transporter</source>
      <translation>Transportista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="82" />
      <source>Travelling partner</source>
      <translation>Compañero(a) de viaje</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="38" />
      <source>Unknown</source>
      <translation>Desconocido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="128" />
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="70" />
      <source>Uses children</source>
      <translation>Utiliza a los hijos o hijas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="125" />
      <source>Withdrawn</source>
      <translation>Retirada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="177" />
      <source>Withdrawn on</source>
      <translation>Fecha de retiro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="73" />
      <source>Withholds documents</source>
      <translation>Retiene documentos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="72" />
      <source>Withholds necessities</source>
      <translation>Priva de necesidades básicas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/labels.py" line="40" />
      <source>Yucatec Maya</source>
      <translation>Maya yucateco</translation>
    </message>
  </context>
  <context>
    <name>CaseScreens</name>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="236" />
      <source>Enter the date as YYYY-MM-DD, for example 2024-03-31.</source>
      <translation>Ingrese la fecha en formato AAAA-MM-DD, por ejemplo 2024-03-31.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="205" />
      <source>Restricted — your level does not include this section</source>
      <translation>Restringido: su nivel no incluye esta sección</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="221" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="209" />
      <source>{section} is kept at a higher user level than yours. Ask a supervisor if your work on this case needs it; your administrator can change your level.</source>
      <translation>{section} se mantiene en un nivel de usuario superior al suyo. Consulte a un supervisor si su trabajo en este caso lo requiere; su administrador puede cambiar su nivel.</translation>
    </message>
  </context>
  <context>
    <name>CaseSections</name>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="112" />
      <source>* required</source>
      <translation>* obligatorio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="91" />
      <source>Add: {section}</source>
      <translation>Agregar: {section}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="211" />
      <source>Add…</source>
      <translation>Agregar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="90" />
      <source>Edit: {section}</source>
      <translation>Editar: {section}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="212" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="78" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="61" />
      <source>No consent recorded yet. Referrals cannot be sent without it.</source>
      <translation>Aún no se ha registrado ningún consentimiento. Sin él no se pueden enviar derivaciones.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="62" />
      <source>No legal proceeding recorded.</source>
      <translation>No se ha registrado ningún proceso judicial.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="57" />
      <source>No perpetrator recorded.</source>
      <translation>No se ha registrado ningún perpetrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="63" />
      <source>No repatriation recorded.</source>
      <translation>No se ha registrado ninguna repatriación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="58" />
      <source>No service recorded yet. Record each service delivered or arranged, with its provider.</source>
      <translation>Aún no se ha registrado ningún servicio. Registre cada servicio prestado o gestionado, con su proveedor.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="60" />
      <source>No shelter placement recorded.</source>
      <translation>No se ha registrado ninguna estancia en albergue.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="55" />
      <source>No trafficking event recorded yet. Add the recruitment, transit and exploitation stages as they become known.</source>
      <translation>Aún no se ha registrado ningún hecho de trata. Agregue las etapas de captación, tránsito y explotación a medida que se conozcan.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="321" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="319" />
      <source>Remove record</source>
      <translation>Quitar registro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="319" />
      <source>Remove this record from {section}? The case history keeps a note that it was removed.</source>
      <translation>¿Quitar este registro de {section}? El historial del caso conserva una nota de que fue quitado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="213" />
      <source>Remove…</source>
      <translation>Quitar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="78" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="135" />
      <source>Add note</source>
      <translation>Agregar nota</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="210" />
      <source>Add task</source>
      <translation>Agregar tarea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="302" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="206" />
      <source>Assign to (optional)</source>
      <translation>Asignar a (opcional)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="302" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="94" />
      <source>Decided by</source>
      <translation>Decidido por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="94" />
      <source>Decided on</source>
      <translation>Fecha de la decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="231" />
      <source>Done</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="191" />
      <location filename="../../desktop/views/cases/record_tabs.py" line="215" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="90" />
      <source>Each decision is kept with its date and who made it. A confirmation by the police, the prosecution or another government body sets the date of identification used in the annual statistics.</source>
      <translation>Cada decisión se conserva con su fecha y con quién la tomó. Una confirmación de la policía, la fiscalía u otro organismo del gobierno fija la fecha de identificación que se usa en las estadísticas anuales.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="65" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="298" />
      <source>Every change to this case, newest first, with who made it. Values of sections above your level show as •••.</source>
      <translation>Cada cambio en este caso, del más reciente al más antiguo, con quién lo hizo. Los valores de las secciones por encima de su nivel se muestran como •••.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="56" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="118" />
      <location filename="../../desktop/views/cases/record_tabs.py" line="140" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="187" />
      <source>Mark done</source>
      <translation>Marcar como hecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="202" />
      <source>New task, e.g. “Book the medical check-up”</source>
      <translation>Nueva tarea, p. ej., “Programar el chequeo médico”</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="120" />
      <source>No notes yet. Notes record what happened and what was agreed; each carries a level so sensitive notes reach only the people cleared for them.</source>
      <translation>Aún no hay notas. Las notas registran lo que ocurrió y lo que se acordó; cada una tiene un nivel para que las notas sensibles lleguen solo a las personas autorizadas para verlas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="194" />
      <source>No tasks. Add follow-ups with a due date so they appear on Home when they are due.</source>
      <translation>No hay tareas. Agregue seguimientos con fecha de vencimiento para que aparezcan en Inicio cuando venzan.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="118" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="101" />
      <source>Now: {status}</source>
      <translation>Ahora: {status}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="231" />
      <source>Open</source>
      <translation>Abierta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="231" />
      <source>Overdue</source>
      <translation>Vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="289" />
      <source>Record #{n}: {field}</source>
      <translation>Registro n.º {n}: {field}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="86" />
      <source>Record a decision…</source>
      <translation>Registrar una decisión…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="284" />
      <source>Record added</source>
      <translation>Registro agregado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="286" />
      <source>Record removed</source>
      <translation>Registro quitado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>Section</source>
      <translation>Sección</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="191" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="94" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="191" />
      <source>Task</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="185" />
      <source>Tasks and follow-ups</source>
      <translation>Tareas y seguimientos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="207" />
      <source>The username of the person who should do it; empty means you.</source>
      <translation>El nombre de usuario de la persona que debe realizarla; si se deja vacío, es usted.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="301" />
      <source>When</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="134" />
      <source>Who may read the note: users of this level and above.</source>
      <translation>Quién puede leer la nota: los usuarios de este nivel y superiores.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="127" />
      <source>Write a note…</source>
      <translation>Escriba una nota…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="118" />
      <source>Written</source>
      <translation>Fecha</translation>
    </message>
  </context>
  <context>
    <name>CaseWorkspace</name>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="293" />
      <location filename="../../desktop/views/cases/workspace.py" line="295" />
      <source>Approve closure</source>
      <translation>Aprobar cierre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="169" />
      <source>Approve closure…</source>
      <translation>Aprobar cierre…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="166" />
      <source>Assign…</source>
      <translation>Asignar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="208" />
      <source>Attachments</source>
      <translation>Adjuntos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="167" />
      <location filename="../../desktop/views/cases/workspace.py" line="271" />
      <source>Change status…</source>
      <translation>Cambiar estado…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="293" />
      <source>Close case {reference}? It can no longer change until a supervisor reopens it.</source>
      <translation>¿Cerrar el caso {reference}? Ya no podrá cambiar hasta que un supervisor lo reabra.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="113" />
      <source>Closure requested — waiting for a supervisor's approval.</source>
      <translation>Cierre solicitado: a la espera de la aprobación de un supervisor.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="205" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="107" />
      <source>District: {district}    ·    Agency: {agency}    ·    Assigned: {assigned}    ·    Updated: {updated}</source>
      <translation>Distrito: {district}    ·    Institución: {agency}    ·    Asignado a: {assigned}    ·    Actualizado: {updated}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="204" />
      <source>Exploitation</source>
      <translation>Explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="165" />
      <source>Flags…</source>
      <translation>Alertas…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="209" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="203" />
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="206" />
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="205" />
      <source>Justice</source>
      <translation>Justicia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="96" />
      <source>Name restricted</source>
      <translation>Nombre restringido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="207" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="227" />
      <location filename="../../desktop/views/cases/workspace.py" line="230" />
      <source>Opening the case…</source>
      <translation>Abriendo el caso…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="203" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="205" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="270" />
      <source>Reopen…</source>
      <translation>Reabrir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="206" />
      <source>Repatriation</source>
      <translation>Repatriación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="168" />
      <source>Request closure…</source>
      <translation>Solicitar cierre…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="249" />
      <source>Restricted at your level</source>
      <translation>Restringido para su nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="346" />
      <source>Save them before leaving, or discard them?</source>
      <translation>¿Desea guardarlos antes de salir o descartarlos?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="204" />
      <source>Services and shelter</source>
      <translation>Servicios y albergue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="208" />
      <source>Tasks</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="343" />
      <source>The person's details have changes that are not saved yet.</source>
      <translation>Los datos de la persona tienen cambios que aún no se han guardado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="343" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="111" />
      <source>nobody yet</source>
      <translation>nadie todavía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="158" />
      <source>← Back to cases</source>
      <translation>← Volver a los casos</translation>
    </message>
  </context>
  <context>
    <name>CasesModel</name>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="53" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Updated</source>
      <translation>Actualizado</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="107" />
      <source>Any agency</source>
      <translation>Cualquier institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="105" />
      <source>Any district</source>
      <translation>Cualquier distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="104" />
      <source>Any identification</source>
      <translation>Cualquier identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="102" />
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="87" />
      <source>Assigned to me</source>
      <translation>Asignados a mí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="61" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="117" />
      <source>Clear filters</source>
      <translation>Borrar filtros</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="92" />
      <source>New case…</source>
      <translation>Nuevo caso…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="225" />
      <source>No case matches this search. Check the spelling, try part of a name or the reference, or clear the filters.</source>
      <translation>Ningún caso coincide con esta búsqueda. Revise la ortografía, pruebe con parte de un nombre o con la referencia, o borre los filtros.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="147" />
      <source>No cases to show</source>
      <translation>No hay casos para mostrar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="109" />
      <source>Opened in any year</source>
      <translation>Abiertos en cualquier año</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="111" />
      <source>Opened in {year}</source>
      <translation>Abiertos en {year}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="88" />
      <source>Overdue tasks</source>
      <translation>Tareas vencidas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="80" />
      <source>Search by name, alias, reference or note text…</source>
      <translation>Buscar por nombre, alias, referencia o texto de notas…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="61" />
      <source>The cases you may see, most recently updated first. Search finds names, aliases, references and notes, with or without accents.</source>
      <translation>Los casos que usted puede ver, los actualizados más recientemente primero. La búsqueda encuentra nombres, alias, referencias y notas, con o sin tildes.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="232" />
      <source>The first {n} matches, best first. Type more to narrow the search.</source>
      <translation>Las primeras {n} coincidencias, las mejores primero. Escriba más para acotar la búsqueda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="227" />
      <source>There are no cases in your scope yet. Cases you open, or that are assigned or referred to you, appear here.</source>
      <translation>Todavía no hay casos en su ámbito. Aquí aparecen los casos que usted abre o que le son asignados o derivados.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="239" />
      <source>{n} case(s). Double-click a case or press Enter to open it.</source>
      <translation>{n} caso(s). Haga doble clic en un caso o presione Intro para abrirlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="234" />
      <source>{n} matching case(s), best first.</source>
      <translation>{n} caso(s) coincidente(s), los mejores primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="236" />
      <source>{shown} of {total} cases shown; scroll down for more. Double-click a case or press Enter to open it.</source>
      <translation>Se muestran {shown} de {total} casos; desplácese hacia abajo para ver más. Haga doble clic en un caso o presione Intro para abrirlo.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../desktop/views/reauth.py" line="83" />
      <location filename="../../desktop/views/reauth.py" line="108" />
      <source>Change password</source>
      <translation>Cambiar contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="137" />
      <source>Changing your password…</source>
      <translation>Cambiando su contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="82" />
      <source>Choose your password</source>
      <translation>Elija su contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="99" />
      <source>Current password</source>
      <translation>Contraseña actual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="100" />
      <source>New password</source>
      <translation>Nueva contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="102" />
      <source>New password again</source>
      <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="125" />
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="121" />
      <source>The two new passwords differ.</source>
      <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="87" />
      <source>You logged in with a temporary password. Choose your own password now; it also binds your account to this workstation.</source>
      <translation>Inició sesión con una contraseña temporal. Elija ahora su propia contraseña; también vincula su cuenta a esta estación de trabajo.</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="232" />
      <source>Creating the vault</source>
      <translation>Creando la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="254" />
      <source>Deriving keys and creating the encrypted database…</source>
      <translation>Derivando las claves y creando la base de datos cifrada…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="274" />
      <source>Go back to change your choices, or try again.</source>
      <translation>Regrese para cambiar sus opciones o vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="240" />
      <source>Open the recovery sheet to print it</source>
      <translation>Abrir la hoja de recuperación para imprimirla</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="265" />
      <source>Print the recovery sheet, then move the key file and the sheet offline. No recovery secret should stay on this computer.</source>
      <translation>Imprima la hoja de recuperación y luego guarde el archivo de clave y la hoja fuera de línea. No debe quedar ningún secreto de recuperación en esta computadora.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="262" />
      <source>Recovery key fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
      <translation>Huella digital de la clave de recuperación: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="261" />
      <source>The vault is ready</source>
      <translation>La bóveda está lista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="244" />
      <source>Try again</source>
      <translation>Intentar de nuevo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="263" />
      <source>Written: {path}</source>
      <translation>Escrito: {path}</translation>
    </message>
  </context>
  <context>
    <name>EscrowPage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="197" />
      <source>CaseDesk escrow key (*.json)</source>
      <translation>Clave de custodia de CaseDesk (*.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="158" />
      <source>CaseDesk writes the private key file and a printable recovery sheet (PDF). Move both to a safe place, away from this computer, and keep the passphrase with a different person.</source>
      <translation>CaseDesk escribe el archivo de clave privada y una hoja de recuperación imprimible (PDF). Traslade ambos a un lugar seguro, lejos de esta computadora, y deje la frase de contraseña en manos de otra persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="221" />
      <source>Choose a folder for the recovery key.</source>
      <translation>Elija una carpeta para la clave de recuperación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="211" />
      <source>Choose the recovery public key file.</source>
      <translation>Elija el archivo de clave pública de recuperación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="188" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="138" />
      <source>Create a new recovery key</source>
      <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="176" />
      <source>Create vault</source>
      <translation>Crear bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="194" />
      <source>Folder for the recovery key</source>
      <translation>Carpeta para la clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="135" />
      <source>If every password is forgotten or this computer is lost, the recovery (escrow) key opens the vault. Keep it offline.</source>
      <translation>Si se olvidan todas las contraseñas o se pierde esta computadora, la clave de recuperación (de custodia) abre la bóveda. Manténgala fuera de línea.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="156" />
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="157" />
      <source>Passphrase again</source>
      <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="168" />
      <source>Public key file</source>
      <translation>Archivo de clave pública</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="134" />
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="196" />
      <source>Recovery public key</source>
      <translation>Clave pública de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="151" />
      <source>Save in folder</source>
      <translation>Guardar en la carpeta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="215" />
      <source>The passphrase needs at least 12 characters.</source>
      <translation>La frase de contraseña necesita al menos 12 caracteres.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="218" />
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="140" />
      <source>Use the ministry's existing recovery public key</source>
      <translation>Usar la clave pública de recuperación existente del ministerio</translation>
    </message>
  </context>
  <context>
    <name>FormRenderer</name>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="102" />
      <source>&amp;Next</source>
      <translation>&amp;Siguiente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="101" />
      <source>&amp;Previous</source>
      <translation>&amp;Anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/repeats.py" line="47" />
      <source>Add an entry to “{name}”</source>
      <translation>Agregar una entrada a “{name}”</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/fields.py" line="316" />
      <source>Confirmed</source>
      <translation>Confirmado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="296" />
      <source>Correct the marked answers before going on.</source>
      <translation>Corrija las respuestas marcadas antes de continuar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/repeats.py" line="49" />
      <source>Entry {n}</source>
      <translation>Entrada {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="87" />
      <source>Form language</source>
      <translation>Idioma del formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="321" />
      <source>Page {n} of {total}</source>
      <translation>Página {n} de {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/repeats.py" line="84" />
      <source>Remove this entry</source>
      <translation>Quitar esta entrada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/fields.py" line="164" />
      <source>Specify</source>
      <translation>Especifique</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="250" />
      <source>This answer is not accepted.</source>
      <translation>Esta respuesta no es válida.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="247" />
      <source>This answer is required.</source>
      <translation>Esta respuesta es obligatoria.</translation>
    </message>
  </context>
  <context>
    <name>FormsTab</name>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="89" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="177" />
      <source>Checking the form…</source>
      <translation>Revisando el formulario…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="89" />
      <source>Form</source>
      <translation>Formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="61" />
      <location filename="../../desktop/views/admin/forms.py" line="67" />
      <source>Forms</source>
      <translation>Formularios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="76" />
      <source>Import XLSForm…</source>
      <translation>Importar XLSForm…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="149" />
      <source>Import an XLSForm</source>
      <translation>Importar un XLSForm</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="100" />
      <source>Import this version</source>
      <translation>Importar esta versión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="89" />
      <source>Imported</source>
      <translation>Importado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="222" />
      <source>Imported {form} version {version}.</source>
      <translation>Se importó {form}, versión {version}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="68" />
      <source>Interview, screening and consent forms are XLSForm spreadsheets (the format of ODK and KoboToolbox). Import a new version, preview it, then make it active; interviews already made keep the version they were made with.</source>
      <translation>Los formularios de entrevista, de evaluación inicial y de consentimiento son hojas de cálculo XLSForm (el formato de ODK y KoboToolbox). Importe una nueva versión, revísela en vista previa y luego actívela; las entrevistas ya realizadas conservan la versión con la que se hicieron.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="80" />
      <source>Make active</source>
      <translation>Activar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="99" />
      <source>Make it active at once</source>
      <translation>Activarlo de inmediato</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="198" />
      <source>Pages: {pages}</source>
      <translation>Páginas: {pages}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="78" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="45" />
      <source>Preview: {title}</source>
      <translation>Vista previa: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="121" />
      <source>Reading forms…</source>
      <translation>Leyendo los formularios…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="89" />
      <source>Shipped</source>
      <translation>Incluido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="161" />
      <source>The file could not be read: {reason}</source>
      <translation>No se pudo leer el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="202" />
      <source>This version is already in the library; change the version in its settings sheet.</source>
      <translation>Esta versión ya está en la biblioteca; cambie la versión en su hoja settings.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="89" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="89" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="149" />
      <source>XLSForm (*.xlsx)</source>
      <translation>XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="133" />
      <location filename="../../desktop/views/admin/forms.py" line="134" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="183" />
      <source>{file} cannot be imported; nothing was stored. Problems:</source>
      <translation>No se puede importar {file}; no se guardó nada. Problemas:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="192" />
      <source>{file}: “{title}”, form {form}, version {version}</source>
      <translation>{file}: “{title}”, formulario {form}, versión {version}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="195" />
      <source>{n} questions on {pages} pages; languages: {languages}</source>
      <translation>{n} preguntas en {pages} páginas; idiomas: {languages}</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../desktop/views/home.py" line="178" />
      <source>Accounts: {active} active, {waiting} still on a temporary password.</source>
      <translation>Cuentas: {active} activas, {waiting} todavía con contraseña temporal.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="59" />
      <source>Case closures and interview records submitted for your approval will wait here.</source>
      <translation>Aquí esperarán los cierres de casos y los registros de entrevistas enviados para su aprobación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="184" />
      <source>Device binding is OFF for this vault.</source>
      <translation>La vinculación al equipo está DESACTIVADA para esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="183" />
      <source>Device binding is on.</source>
      <translation>La vinculación al equipo está activada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="67" />
      <source>Forensic interviews in draft or returned to you will appear here.</source>
      <translation>Aquí aparecerán las entrevistas forenses en borrador o que le hayan sido devueltas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="172" />
      <source>Last backup: {when}</source>
      <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="52" />
      <source>My cases</source>
      <translation>Mis casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="67" />
      <source>My interviews</source>
      <translation>Mis entrevistas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="173" />
      <source>No backup has been made yet. Make one from Administration → Backups.</source>
      <translation>Todavía no se ha hecho ninguna copia de seguridad. Haga una desde Administración → Copias de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="52" />
      <source>No cases yet. The cases you may see will be listed here, most recently updated first.</source>
      <translation>Todavía no hay casos. Aquí se mostrarán los casos que usted puede ver, los actualizados más recientemente primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="55" />
      <source>No open tasks. Your tasks and follow-ups, overdue ones first, will appear here.</source>
      <translation>No hay tareas abiertas. Aquí aparecerán sus tareas y seguimientos, primero los vencidos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="63" />
      <source>No pending referrals. Referrals awaiting an answer (overdue ones first), drafts and those whose consent was withdrawn will appear here.</source>
      <translation>No hay derivaciones pendientes. Aquí aparecerán las derivaciones en espera de respuesta (primero las vencidas), los borradores y aquellas cuyo consentimiento fue retirado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="63" />
      <source>Pending referrals</source>
      <translation>Derivaciones pendientes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="147" />
      <source>Recent activity</source>
      <translation>Actividad reciente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="70" />
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="55" />
      <source>Tasks due</source>
      <translation>Tareas por vencer</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="70" />
      <source>The council's annual figures and the prevention register will be reached from here; they never show a name.</source>
      <translation>Desde aquí se accederá a las cifras anuales del consejo y al registro de prevención; nunca muestran un nombre.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="137" />
      <source>Vault and accounts</source>
      <translation>Bóveda y cuentas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="59" />
      <source>Waiting for my approval</source>
      <translation>En espera de mi aprobación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="30" />
      <source>Welcome, {name}</source>
      <translation>Bienvenido(a), {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="113" />
      <source>no due date</source>
      <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="124" />
      <source>overdue</source>
      <translation>vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="31" />
      <source>{role} · {agency}</source>
      <translation>{role} · {agency}</translation>
    </message>
    <message>
      <source>Referrals awaiting an answer, overdue ones first, will appear here.</source>
      <translation type="vanished">Aquí aparecerán las derivaciones en espera de respuesta, primero las vencidas.</translation>
    </message>
  </context>
  <context>
    <name>InterviewEditor</name>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="137" />
      <source>&amp;Approve</source>
      <translation>&amp;Aprobar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="138" />
      <source>&amp;Lock</source>
      <translation>&amp;Bloquear</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="144" />
      <source>&amp;Print record…</source>
      <translation>&amp;Imprimir registro…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="136" />
      <source>&amp;Return with comment…</source>
      <translation>&amp;Devolver con comentario…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="134" />
      <source>&amp;Save draft</source>
      <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="141" />
      <source>Add a&amp;ddendum…</source>
      <translation>Agregar u&amp;na adenda…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="249" />
      <source>Add an addendum</source>
      <translation>Agregar una adenda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="184" />
      <source>Addendum {at} {user}: {text}</source>
      <translation>Adenda {at} {user}: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="161" />
      <source>DOES NOT MATCH — report this</source>
      <translation>NO COINCIDE — notifíquelo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="287" />
      <source>Preparing the interview record…</source>
      <translation>Preparando el registro de la entrevista…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="239" />
      <source>Return for changes</source>
      <translation>Devolver para cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="163" />
      <source>SHA-256 {hash} ({verdict})</source>
      <translation>SHA-256 {hash} ({verdict})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="256" />
      <source>Save the interview record</source>
      <translation>Guardar el registro de la entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="135" />
      <source>Su&amp;bmit for review</source>
      <translation>&amp;Enviar para revisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="250" />
      <source>The addendum is added below the locked record.</source>
      <translation>La adenda se agrega debajo del registro bloqueado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="277" />
      <source>The file could not be written: {reason}</source>
      <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="262" />
      <source>The interview record is restricted (level 3).</source>
      <translation>El registro de la entrevista es restringido (nivel 3).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="240" />
      <source>What should the interviewer change?</source>
      <translation>¿Qué debe cambiar el entrevistador?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="102" />
      <source>Workflow and addenda</source>
      <translation>Flujo de trabajo y adendas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="161" />
      <source>intact</source>
      <translation>íntegro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="233" />
      <source>{n} answer(s) need attention before submitting.</source>
      <translation>{n} respuesta(s) requieren atención antes del envío.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="114" />
      <source>← Interviews</source>
      <translation>← Entrevistas</translation>
    </message>
  </context>
  <context>
    <name>InterviewsTab</name>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="60" />
      <source>Disclosure</source>
      <translation>Revelación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="60" />
      <source>Form</source>
      <translation>Formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="60" />
      <source>Interviewer</source>
      <translation>Entrevistador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="46" />
      <source>New consent record</source>
      <translation>Nuevo registro de consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="44" />
      <source>New forensic interview</source>
      <translation>Nueva entrevista forense</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="45" />
      <source>New screening</source>
      <translation>Nueva evaluación inicial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="65" />
      <source>No interviews yet. Interviews and screenings of this case appear here.</source>
      <translation>Aún no hay entrevistas. Aquí aparecen las entrevistas y evaluaciones iniciales de este caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="53" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="87" />
      <source>Reading interviews…</source>
      <translation>Leyendo las entrevistas…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="60" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="60" />
      <source>Updated</source>
      <translation>Actualizado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="60" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../desktop/views/lock.py" line="92" />
      <source>CaseDesk is locked</source>
      <translation>CaseDesk está bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="108" />
      <source>Log out</source>
      <translation>Cerrar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="110" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="151" />
      <source>Unlocking…</source>
      <translation>Desbloqueando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="102" />
      <source>Your password</source>
      <translation>Su contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="124" />
      <source>{reason} Only {name} ({username}) can unlock it.</source>
      <translation>{reason} Solo {name} ({username}) puede desbloquearlo.</translation>
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <location filename="../../desktop/views/login.py" line="54" />
      <source>Anti-trafficking case management</source>
      <translation>Gestión de casos de trata de personas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="52" />
      <source>CaseDesk</source>
      <translation>CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="36" />
      <source>CaseDesk — Log in</source>
      <translation>CaseDesk — Iniciar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="99" />
      <source>Demo vault — synthetic data, deleted when CaseDesk closes</source>
      <translation>Bóveda de demostración: datos ficticios, se eliminan al cerrar CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="119" />
      <source>Enter your username and password.</source>
      <translation>Ingrese su nombre de usuario y contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="78" />
      <source>Log in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="67" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="110" />
      <source>Password for every demo account: {password}</source>
      <translation>Contraseña de todas las cuentas de demostración: {password}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="144" />
      <source>Too many failed logins. Try again in {n} s.</source>
      <translation>Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo en {n} s.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="124" />
      <source>Unlocking the vault…</source>
      <translation>Desbloqueando la bóveda…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="66" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="152" />
      <source>You can try again now.</source>
      <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="165" />
      <source>You must choose your own password to continue.</source>
      <translation>Debe elegir su propia contraseña para continuar.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="39" />
      <source> — demo</source>
      <translation> — demostración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="48" />
      <source>&amp;About CaseDesk</source>
      <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="17" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="39" />
      <source>&amp;Go</source>
      <translation>&amp;Ir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="47" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="18" />
      <source>&amp;Lock</source>
      <translation>&amp;Bloquear</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="33" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="173" />
      <source>&lt;h3&gt;CaseDesk {version}&lt;/h3&gt;&lt;p&gt;Encrypted case management for anti-trafficking councils.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&amp;nbsp;&lt;/td&gt;&lt;td&gt;{cipher}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vault&amp;nbsp;&lt;/td&gt;&lt;td&gt;{path}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Device binding&amp;nbsp;&lt;/td&gt;&lt;td&gt;{binding}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Escrow key&amp;nbsp;&lt;/td&gt;&lt;td&gt;{fingerprint}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Key derivation&amp;nbsp;&lt;/td&gt;&lt;td&gt;{kdf}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
      <translation>&lt;h3&gt;CaseDesk {version}&lt;/h3&gt;&lt;p&gt;Gestión cifrada de casos para consejos contra la trata de personas.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&amp;nbsp;&lt;/td&gt;&lt;td&gt;{cipher}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bóveda&amp;nbsp;&lt;/td&gt;&lt;td&gt;{path}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vinculación al equipo&amp;nbsp;&lt;/td&gt;&lt;td&gt;{binding}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Clave de custodia&amp;nbsp;&lt;/td&gt;&lt;td&gt;{fingerprint}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Derivación de claves&amp;nbsp;&lt;/td&gt;&lt;td&gt;{kdf}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="173" />
      <source>About CaseDesk</source>
      <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="50" />
      <source>Administration</source>
      <translation>Administración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="150" />
      <source>Backup restored</source>
      <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="39" />
      <source>CaseDesk</source>
      <translation>CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="42" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="23" />
      <source>Change &amp;password…</source>
      <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="41" />
      <source>Home</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="137" />
      <source>Locked after a period without use.</source>
      <translation>Bloqueado tras un período sin uso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="20" />
      <source>Locked by you.</source>
      <translation>Bloqueada por usted.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="27" />
      <source>Log &amp;out</source>
      <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="172" />
      <source>OFF — an administrator created this vault without device binding</source>
      <translation>DESACTIVADA: un administrador creó esta bóveda sin vinculación al equipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="48" />
      <source>Prevention</source>
      <translation>Prevención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="43" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="155" />
      <source>Session ended</source>
      <translation>Sesión finalizada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="46" />
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="150" />
      <source>The vault now holds the restored backup and is locked. Log in again.</source>
      <translation>La bóveda contiene ahora la copia de seguridad restaurada y está bloqueada. Inicie sesión de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="155" />
      <source>You have been logged in for 12 hours. Log in again to continue.</source>
      <translation>Ha tenido la sesión iniciada durante 12 horas. Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="170" />
      <source>on — key slots need this workstation's keyring</source>
      <translation>activada: las ranuras de clave necesitan el keyring de esta estación de trabajo</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="124" />
      <source>Also known as</source>
      <translation>También conocido(a) como</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="123" />
      <source>Citizenship</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="257" />
      <source>Create anyway</source>
      <translation>Crear de todos modos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="74" />
      <location filename="../../desktop/views/cases/new_case.py" line="215" />
      <source>Create case</source>
      <translation>Crear caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="260" />
      <location filename="../../desktop/views/cases/new_case.py" line="263" />
      <source>Creating the case…</source>
      <translation>Creando el caso…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="122" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="125" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="120" />
      <source>Family names</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="128" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="119" />
      <source>Given names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="127" />
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="126" />
      <source>Identified through</source>
      <translation>Identificado(a) a través de</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="57" />
      <source>New case</source>
      <translation>Nuevo caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="203" />
      <source>No similar case in your scope.</source>
      <translation>No hay ningún caso similar en su ámbito.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="98" />
      <source>Not estimated</source>
      <translation>Sin estimar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="104" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="198" />
      <source>One case in your scope looks similar:</source>
      <translation>Un caso de su ámbito parece similar:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="156" />
      <source>Open the selected case</source>
      <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="103" />
      <source>Other names, separated by commas</source>
      <translation>Otros nombres, separados por comas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="145" />
      <source>Possible duplicates</source>
      <translation>Posibles duplicados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="254" />
      <source>Possible duplicates are listed on the right. Open one of them, or press “Create anyway” if this is a different person.</source>
      <translation>Los posibles duplicados aparecen a la derecha. Abra uno de ellos o presione “Crear de todos modos” si se trata de otra persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="92" />
      <source>Required</source>
      <translation>Obligatorio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="121" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="61" />
      <source>Start with the names: cases that may be the same person appear on the right as you type. Open one of them instead of creating a second record for the same person.</source>
      <translation>Empiece por los nombres: a medida que escribe, a la derecha aparecen los casos que podrían corresponder a la misma persona. Abra uno de ellos en lugar de crear un segundo registro para la misma persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="146" />
      <location filename="../../desktop/views/cases/new_case.py" line="170" />
      <source>Type a name to look for cases of the same person.</source>
      <translation>Escriba un nombre para buscar casos de la misma persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="111" />
      <source>or estimated age</source>
      <translation>o edad estimada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="199" />
      <source>{n} cases in your scope look similar:</source>
      <translation>{n} casos de su ámbito parecen similares:</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsTab</name>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="61" />
      <source>Active</source>
      <translation>Activa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="209" />
      <source>Add…</source>
      <translation>Agregar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Council member</source>
      <translation>Miembro del consejo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="49" />
      <source>Court or prosecution</source>
      <translation>Tribunal o fiscalía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="211" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="47" />
      <source>Government (non-police)</source>
      <translation>Gobierno (no policial)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="85" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="50" />
      <source>Non-governmental organisation</source>
      <translation>Organización no gubernamental</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="200" />
      <source>Organisations</source>
      <translation>Organizaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="205" />
      <source>Organisations directory</source>
      <translation>Directorio de organizaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="51" />
      <source>Other (international, consulate)</source>
      <translation>Otra (internacional, consulado)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="48" />
      <source>Police</source>
      <translation>Policía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="205" />
      <source>The council's member agencies and its partners. Every user belongs to one; referrals are addressed to them. Inactive organisations stay in old records.</source>
      <translation>Las instituciones miembros del consejo y sus socios. Cada usuario pertenece a una; las derivaciones se dirigen a ellas. Las organizaciones inactivas se conservan en los registros antiguos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="60" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="85" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="287" />
      <source>{n} organisations, {c} of them council members. Double-click a row to edit it.</source>
      <translation>{n} organizaciones, {c} de ellas miembros del consejo. Haga doble clic en una fila para editarla.</translation>
    </message>
  </context>
  <context>
    <name>PersonTab</name>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="140" />
      <source>Also known as</source>
      <translation>También conocido(a) como</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="169" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="136" />
      <source>Citizenships</source>
      <translation>Nacionalidades</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="164" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="154" />
      <source>Contact and identity documents</source>
      <translation>Contacto y documentos de identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="134" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="183" />
      <source>Discard changes</source>
      <translation>Descartar cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="172" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="165" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="135" />
      <source>Estimated age</source>
      <translation>Edad estimada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="131" />
      <source>Family names</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="133" />
      <source>Gender identity</source>
      <translation>Identidad de género</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="130" />
      <source>Given names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="144" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="148" />
      <source>Needs an interpreter</source>
      <translation>Necesita intérprete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="123" />
      <source>Not estimated</source>
      <translation>Sin estimar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="171" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="139" />
      <source>Other names and nicknames, separated by “;”</source>
      <translation>Otros nombres y apodos, separados por “;”</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="162" />
      <source>Passport, ID or birth certificate: number and who holds it</source>
      <translation>Pasaporte, cédula de identidad o acta de nacimiento: número y quién lo tiene en su poder</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="113" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="185" />
      <source>Save changes</source>
      <translation>Guardar cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="320" />
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="132" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="149" />
      <source>Speaks</source>
      <translation>Habla</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="161" />
      <source>Telephone, safe address, who may be contacted</source>
      <translation>Teléfono, dirección segura, quién puede ser contactado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="218" />
      <source>The case is closed, so its fields cannot change; a supervisor can reopen it.</source>
      <translation>El caso está cerrado, por lo que sus campos no pueden cambiar; un supervisor puede reabrirlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="127" />
      <source>Two-letter codes, e.g. GT, HN</source>
      <translation>Códigos de dos letras, p. ej., GT, HN</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="274" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="219" />
      <source>You can read this case; your role does not change it.</source>
      <translation>Puede leer este caso; su rol no le permite modificarlo.</translation>
    </message>
  </context>
  <context>
    <name>PreventionPage</name>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="136" />
      <source>Add campaign…</source>
      <translation>Agregar campaña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="135" />
      <source>Add training…</source>
      <translation>Agregar capacitación…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="144" />
      <source>Audience</source>
      <translation>Público destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="149" />
      <source>Campaigns</source>
      <translation>Campañas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="147" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="144" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="144" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="148" />
      <source>Estimated reach</source>
      <translation>Alcance estimado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="147" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="145" />
      <source>Men</source>
      <translation>Hombres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="146" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="123" />
      <location filename="../../desktop/views/statistics/prevention_page.py" line="173" />
      <location filename="../../desktop/views/statistics/prevention_page.py" line="205" />
      <source>Prevention</source>
      <translation>Prevención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="136" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="147" />
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="145" />
      <location filename="../../desktop/views/statistics/prevention_page.py" line="148" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="149" />
      <source>Trainings</source>
      <translation>Capacitaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="123" />
      <source>Trainings for front-line staff and awareness campaigns, for the annual report.</source>
      <translation>Capacitaciones para el personal de primera línea y campañas de sensibilización, para el informe anual.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="145" />
      <source>Women</source>
      <translation>Mujeres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="130" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
  </context>
  <context>
    <name>ReauthDialog</name>
    <message>
      <location filename="../../desktop/views/reauth.py" line="65" />
      <source>Checking your password…</source>
      <translation>Comprobando su contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="52" />
      <source>Checking…</source>
      <translation>Comprobando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="44" />
      <source>Confirm</source>
      <translation>Confirmar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="29" />
      <source>Confirm it is you</source>
      <translation>Confirme su identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="38" />
      <source>Your password</source>
      <translation>Su contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/reauth.py" line="32" />
      <source>{reason}

Enter your password to continue.</source>
      <translation>{reason}

Ingrese su contraseña para continuar.</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="71" />
      <source>Audience</source>
      <translation>Público destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="81" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="65" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="84" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="83" />
      <source>Estimated reach</source>
      <translation>Alcance estimado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="82" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="73" />
      <source>Men</source>
      <translation>Hombres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="58" />
      <source>New campaign</source>
      <translation>Nueva campaña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="58" />
      <source>New training</source>
      <translation>Nueva capacitación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="62" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="86" />
      <source>Organiser</source>
      <translation>Organizador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="74" />
      <source>Sex not recorded</source>
      <translation>Sexo no registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="85" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="72" />
      <source>Women</source>
      <translation>Mujeres</translation>
    </message>
  </context>
  <context>
    <name>ReferralComposer</name>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="171" />
      <source> — WITHDRAWN {day}</source>
      <translation> — RETIRADO {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="37" />
      <source> — above your level</source>
      <translation> — por encima de su nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="107" />
      <source>A note for the recipient, printed in the cover letter</source>
      <translation>Una nota para el destinatario, que se imprime en la carta de remisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="280" />
      <source>Choose at least one service to request; the preview follows.</source>
      <translation>Elija al menos un servicio que solicitar; a continuación aparece la vista previa.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="157" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="257" />
      <source>Consent covers this recipient and these sections.</source>
      <translation>El consentimiento abarca a este destinatario y estas secciones.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="252" />
      <source>Consent gate overridden by {who}: {reason}</source>
      <translation>Control de consentimiento omitido por {who}: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="117" />
      <source>Consent relied on</source>
      <translation>Consentimiento en que se basa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="375" />
      <source>Copy {n} saved.</source>
      <translation>Copia {n} guardada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="353" />
      <source>Copy {n} sent to the printer ({pages} pages).</source>
      <translation>Copia {n} enviada a la impresora ({pages} páginas).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="120" />
      <source>Cover note</source>
      <translation>Nota de remisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="115" />
      <source>Health urgency</source>
      <translation>Urgencia médica</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="104" />
      <source>I confirm that restricted (level 3) content is released</source>
      <translation>Confirmo que se comparte contenido restringido (nivel 3)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="116" />
      <source>Interview reference</source>
      <translation>Referencia de la entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="36" />
      <source>Level {n}</source>
      <translation>Nivel {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="146" />
      <source>Override consent…</source>
      <translation>Omitir el control de consentimiento…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="341" />
      <source>Override recorded.</source>
      <translation>Omisión registrada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="334" />
      <source>Override the consent gate</source>
      <translation>Omitir el control de consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="357" />
      <location filename="../../desktop/views/cases/referral_composer.py" line="381" />
      <source>Preparing the copy…</source>
      <translation>Preparando la copia…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="307" />
      <source>Preparing the preview…</source>
      <translation>Preparando la vista previa…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="300" />
      <source>Preview of the packet — {n} pages. Previews are recorded in the audit trail.</source>
      <translation>Vista previa del paquete — {n} páginas. Las vistas previas quedan anotadas en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="347" />
      <source>Printing releases victim data.</source>
      <translation>Al imprimir se comparten datos de la víctima.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="151" />
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="114" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="149" />
      <source>Protect saved PDF with a password</source>
      <translation>Proteger con contraseña el PDF guardado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="113" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="113" />
      <source>Reason details</source>
      <translation>Detalles del motivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="112" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="213" />
      <source>Recipient type: {kind} · default release: {sections}</source>
      <translation>Tipo de destinatario: {kind} · se comparte por defecto: {sections}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="340" />
      <source>Recording the override…</source>
      <translation>Registrando la omisión…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="55" />
      <source>Referral — case {reference}</source>
      <translation>Derivación — caso {reference}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="93" />
      <source>Required when the reason is Other</source>
      <translation>Obligatorio cuando el motivo es Otro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="115" />
      <source>Safety risk</source>
      <translation>Riesgo para la seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="153" />
      <source>Save as PDF…</source>
      <translation>Guardar como PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="363" />
      <source>Saving releases victim data.</source>
      <translation>Al guardar se comparten datos de la víctima.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="118" />
      <source>Sections released
(level if above 1)</source>
      <translation>Secciones compartidas
(nivel si es superior a 1)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="143" />
      <source>Send referral</source>
      <translation>Enviar derivación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="327" />
      <source>Sending…</source>
      <translation>Enviando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="327" />
      <source>Sent. Print or save the packet to deliver it.</source>
      <translation>Enviada. Imprima o guarde el paquete para entregarlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="114" />
      <source>Services requested</source>
      <translation>Servicios solicitados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="372" />
      <source>The file could not be written ({error}).</source>
      <translation>No se pudo escribir el archivo ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="67" />
      <source>The preview appears here once a recipient and a service are chosen.</source>
      <translation>La vista previa aparece aquí una vez elegidos un destinatario y un servicio.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="100" />
      <source>Trafficker at large</source>
      <translation>Tratante prófugo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="334" />
      <source>Why must this referral go without covering consent? The reason is printed on the packet and kept in the audit trail.</source>
      <translation>¿Por qué debe enviarse esta derivación sin un consentimiento que la ampare? El motivo se imprime en el paquete y se conserva en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="19" />
      <source>{n} days</source>
      <translation>{n} días</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="19" />
      <source>{n} h</source>
      <translation>{n} h</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="173" />
      <source>{who}, {day}: {types}{withdrawn}</source>
      <translation>{who}, {day}: {types}{withdrawn}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="168" />
      <source>— no consent chosen —</source>
      <translation>— ningún consentimiento elegido —</translation>
    </message>
  </context>
  <context>
    <name>ReferralOutput</name>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="124" />
      <source>Copy (cleared from the clipboard after 30 s)</source>
      <translation>Copiar (se borra del portapapeles después de 30 s)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="128" />
      <source>I have noted it</source>
      <translation>Ya lo anoté</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="100" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="111" />
      <source>Password of the protected PDF</source>
      <translation>Contraseña del PDF protegido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="67" />
      <source>Print referral packet</source>
      <translation>Imprimir el paquete de derivación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="99" />
      <source>Save packet as PDF</source>
      <translation>Guardar el paquete como PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="114" />
      <source>The file {name} is protected with AES-256. Give the recipient this password by another channel (telephone, in person) — never with the file. It is shown only now.</source>
      <translation>El archivo {name} está protegido con AES-256. Entregue esta contraseña al destinatario por otro medio (por teléfono, en persona), nunca junto con el archivo. Solo se muestra ahora.</translation>
    </message>
  </context>
  <context>
    <name>ReferralsPage</name>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="35" />
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="51" />
      <source>Attention</source>
      <translation>Atención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="49" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="51" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="49" />
      <source>From</source>
      <translation>Remitente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="55" />
      <source>No referrals. Referrals are composed from a case's Referrals tab and are tracked here until they are completed.</source>
      <translation>No hay derivaciones. Las derivaciones se redactan desde la pestaña Derivaciones de un caso y se les da seguimiento aquí hasta que se completan.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="67" />
      <source>Overdue</source>
      <translation>Vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="51" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="49" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="41" />
      <source>Record answer…</source>
      <translation>Registrar respuesta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="27" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="29" />
      <source>Referrals sent from the cases you work on. Overdue ones — no answer by the due time of their priority — and those whose consent was withdrawn come first.</source>
      <translation>Derivaciones enviadas desde los casos en los que usted trabaja. Primero aparecen las vencidas (sin respuesta dentro del plazo de su prioridad) y aquellas cuyo consentimiento fue retirado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="27" />
      <source>Referrals sent to {agency}. Overdue ones come first; record your answer on each.</source>
      <translation>Derivaciones enviadas a {agency}. Primero aparecen las vencidas; registre su respuesta en cada una.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="85" />
      <source>Referrals: {n} · overdue: {overdue}</source>
      <translation>Derivaciones: {n} · vencidas: {overdue}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="33" />
      <location filename="../../desktop/views/referrals_page.py" line="50" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="40" />
      <source> · overdue</source>
      <translation> · vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="100" />
      <source>A referral releases only the sections chosen, with the person's consent. Drafts are previewed as the recipient will see them; printed and saved copies are numbered and recorded in the audit trail.</source>
      <translation>Una derivación comparte solo las secciones elegidas, con el consentimiento de la persona. Los borradores se muestran en vista previa tal como los verá el destinatario; las copias impresas y guardadas se numeran y quedan anotadas en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="94" />
      <source>Case summary PDF…</source>
      <translation>Resumen del caso en PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="203" />
      <source>Case summary saved.</source>
      <translation>Resumen del caso guardado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="105" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="104" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="87" />
      <source>New referral…</source>
      <translation>Nueva derivación…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="58" />
      <source>New status</source>
      <translation>Nuevo estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="109" />
      <source>No referrals yet. A new referral starts with the minimum the recipient needs; you choose what else to release.</source>
      <translation>Aún no hay derivaciones. Una nueva derivación comienza con lo mínimo que necesita el destinatario; usted elige qué más compartir.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="137" />
      <source>None</source>
      <translation>Ninguno</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="60" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="90" />
      <source>Open…</source>
      <translation>Abrir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="59" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="136" />
      <source>Override</source>
      <translation>Omisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="207" />
      <source>Preparing the case summary…</source>
      <translation>Preparando el resumen del caso…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="104" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="104" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="92" />
      <source>Record answer…</source>
      <translation>Registrar respuesta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="136" />
      <source>Recorded</source>
      <translation>Registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="49" />
      <source>Referral to {name}</source>
      <translation>Derivación a {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="85" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="105" />
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="104" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="192" />
      <source>The case summary holds victim data.</source>
      <translation>El resumen del caso contiene datos de la víctima.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="200" />
      <source>The file could not be written ({error}).</source>
      <translation>No se pudo escribir el archivo ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="56" />
      <source>— none —</source>
      <translation>— ninguno —</translation>
    </message>
  </context>
  <context>
    <name>RolesTab</name>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="54" />
      <source>All cases</source>
      <translation>Todos los casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="52" />
      <source>All cases of my agency</source>
      <translation>Todos los casos de mi institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="31" />
      <source>Answer referrals to the agency</source>
      <translation>Responder a las derivaciones dirigidas a la institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="26" />
      <source>Approve case closure</source>
      <translation>Aprobar el cierre de casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="28" />
      <source>Approve interview records</source>
      <translation>Aprobar registros de entrevistas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="25" />
      <source>Assign cases</source>
      <translation>Asignar casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="51" />
      <source>Cases of my groups</source>
      <translation>Casos de mis grupos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="53" />
      <source>Cases referred to my agency</source>
      <translation>Casos derivados a mi institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="44" />
      <source>Change vault settings</source>
      <translation>Cambiar la configuración de la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="27" />
      <source>Conduct forensic interviews</source>
      <translation>Realizar entrevistas forenses</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="24" />
      <source>Edit cases</source>
      <translation>Editar casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="35" />
      <source>Export anonymised statistics</source>
      <translation>Exportar estadísticas anonimizadas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="33" />
      <source>Export identifiable data</source>
      <translation>Exportar datos identificables</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="40" />
      <source>Import and activate forms</source>
      <translation>Importar y activar formularios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="36" />
      <source>Keep the prevention register</source>
      <translation>Llevar el registro de prevención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="42" />
      <source>Make and restore backups</source>
      <translation>Hacer y restaurar copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="38" />
      <source>Manage roles</source>
      <translation>Administrar roles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="39" />
      <source>Manage the organisations directory</source>
      <translation>Administrar el directorio de organizaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="37" />
      <source>Manage user accounts</source>
      <translation>Administrar cuentas de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="55" />
      <source>No case records</source>
      <translation>Ningún registro de casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="22" />
      <source>Open new cases</source>
      <translation>Abrir casos nuevos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="32" />
      <source>Override missing consent (with reason)</source>
      <translation>Omitir la falta de consentimiento (con justificación)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="50" />
      <source>Own and assigned cases</source>
      <translation>Casos propios y asignados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="29" />
      <source>Prepare referrals</source>
      <translation>Preparar derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="30" />
      <source>Print referral packets</source>
      <translation>Imprimir paquetes de derivación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="23" />
      <source>Read cases in scope</source>
      <translation>Leer los casos de su ámbito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="41" />
      <source>Read the audit trail</source>
      <translation>Leer el registro de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="97" />
      <source>Records reached</source>
      <translation>Registros accesibles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="64" />
      <location filename="../../desktop/views/admin/roles.py" line="69" />
      <source>Roles and permissions</source>
      <translation>Roles y permisos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="43" />
      <source>Rotate the database key</source>
      <translation>Rotar la clave de la base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="34" />
      <source>View statistics</source>
      <translation>Ver estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="70" />
      <source>What each role may do, and which case records it reaches. Sections of a case are further limited by each user's level (1 standard, 2 sensitive, 3 restricted).</source>
      <translation>Lo que puede hacer cada rol y a qué registros de casos tiene acceso. Las secciones de un caso se limitan además según el nivel de cada usuario (1 estándar, 2 sensible, 3 restringido).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="105" />
      <source>allowed</source>
      <translation>permitido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="105" />
      <source>not allowed</source>
      <translation>no permitido</translation>
    </message>
  </context>
  <context>
    <name>SecurityTab</name>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="66" />
      <source>Database encryption</source>
      <translation>Cifrado de la base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="63" />
      <source>Device binding</source>
      <translation>Vinculación al equipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="64" />
      <source>Escrow key fingerprint</source>
      <translation>Huella digital de la clave de custodia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="48" />
      <source>How this vault is protected on this workstation. Nothing here shows a password or a key.</source>
      <translation>Cómo está protegida esta bóveda en esta estación de trabajo. Aquí no se muestra ninguna contraseña ni clave.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="67" />
      <source>Key slots</source>
      <translation>Ranuras de clave</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="115" />
      <source>Off: the password alone opens an account's key slot, so anyone holding a copy of the vault files can try to guess passwords elsewhere.</source>
      <translation>Desactivada: la contraseña por sí sola abre la ranura de clave de una cuenta, por lo que cualquier persona que tenga una copia de los archivos de la bóveda puede intentar adivinar contraseñas en otro lugar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="112" />
      <source>On: an account's key slot opens only with its password together with this workstation's keyring secret, so copied files are useless elsewhere.</source>
      <translation>Activada: la ranura de clave de una cuenta solo se abre con su contraseña junto con el secreto del keyring de esta estación de trabajo, por lo que los archivos copiados no sirven en otro lugar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="65" />
      <source>Password key derivation</source>
      <translation>Derivación de claves a partir de la contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="135" />
      <source>Re-encrypting the database… Do not close CaseDesk.</source>
      <translation>Volviendo a cifrar la base de datos… No cierre CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="90" />
      <source>Rotate database key…</source>
      <translation>Rotar la clave de la base de datos…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="75" />
      <source>Rotate the database key</source>
      <translation>Rotar la clave de la base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="78" />
      <source>Rotating re-encrypts the whole database under a new key and re-seals every account's key slot and the escrow key to it. Nobody needs a new password, and earlier backups still open as before.

Do it after a staff member leaves (once their account is disabled), after a recovery with the escrow key, and whenever you suspect someone copied the vault files while they knew a password. CaseDesk cannot be used while it runs; it takes about as long as making a backup.</source>
      <translation>La rotación vuelve a cifrar toda la base de datos con una clave nueva y vuelve a sellar con ella la ranura de clave de cada cuenta y la clave de custodia. Nadie necesita una contraseña nueva, y las copias de seguridad anteriores se siguen abriendo como antes.

Hágalo cuando un miembro del personal se vaya (una vez desactivada su cuenta), después de una recuperación con la clave de custodia y siempre que sospeche que alguien copió los archivos de la bóveda mientras conocía una contraseña. CaseDesk no puede usarse mientras se ejecuta; tarda aproximadamente lo mismo que hacer una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="130" />
      <source>Rotating the database key re-encrypts every record of the vault.</source>
      <translation>Rotar la clave de la base de datos vuelve a cifrar todos los registros de la bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="138" />
      <source>Rotating the database key…</source>
      <translation>Rotando la clave de la base de datos…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="120" />
      <source>SQLCipher {version} (AES-256, every page authenticated)</source>
      <translation>SQLCipher {version} (AES-256, cada página autenticada)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="42" />
      <location filename="../../desktop/views/admin/security.py" line="47" />
      <source>Security</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="143" />
      <source>The database key was rotated; every key slot and the escrow key now hold the new key.</source>
      <translation>Se rotó la clave de la base de datos; todas las ranuras de clave y la clave de custodia contienen ahora la nueva clave.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="55" />
      <source>This vault</source>
      <translation>Esta bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="62" />
      <source>Vault folder</source>
      <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="117" />
      <source>none — this vault has no escrow key, so a lost password cannot be recovered</source>
      <translation>ninguna: esta bóveda no tiene clave de custodia, por lo que una contraseña perdida no se puede recuperar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="123" />
      <source>{n} (one for each account that can log in)</source>
      <translation>{n} (una por cada cuenta que puede iniciar sesión)</translation>
    </message>
  </context>
  <context>
    <name>ServiceMessages</name>
    <message>
      <location filename="../../desktop/forms/expr_eval.py" line="88" />
      <source>'..' is only supported as position(..)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="267" />
      <source>A .txt file must be UTF-8 text.</source>
      <translation>Un archivo .txt debe ser texto UTF-8.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="403" />
      <source>A protected document needs a password.</source>
      <translation>Un documento protegido requiere una contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="254" />
      <source>A referral goes to another organisation than yours.</source>
      <translation>Una derivación se dirige a una organización distinta de la suya.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="95" />
      <source>A training needs at least one participant.</source>
      <translation>Una capacitación requiere al menos un participante.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="67" />
      <source>A username has 3 to 64 characters: letters a–z, digits, dot, dash or underscore, starting with a letter or digit.</source>
      <translation>Un nombre de usuario tiene de 3 a 64 caracteres: letras a–z, dígitos, punto, guion o guion bajo, y comienza con una letra o un dígito.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="60" />
      <source>A vault already exists in this data directory; it was left untouched.</source>
      <translation>Ya existe una bóveda en esta carpeta de datos; no se modificó.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="194" />
      <source>Addenda are for approved or locked interviews; change the draft instead.</source>
      <translation>Las adendas son para entrevistas aprobadas o bloqueadas; en su lugar, modifique el borrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="302" />
      <source>Age groups must start at 0 and rise.</source>
      <translation>Los grupos de edad deben comenzar en 0 y ser ascendentes.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/content.py" line="45" />
      <source>An answer must be text or a number.</source>
      <translation>Una respuesta debe ser un texto o un número.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/content.py" line="64" />
      <source>An entry holds answers this form does not ask.</source>
      <translation>Una entrada contiene respuestas a preguntas que este formulario no hace.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/escrow.py" line="110" />
      <source>An escrow key with that name already exists; nothing was overwritten.</source>
      <translation>Ya existe una clave de custodia con ese nombre; no se sobrescribió nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="306" />
      <source>Another supervisor must approve a closure you requested.</source>
      <translation>Otro supervisor debe aprobar el cierre que usted solicitó.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="209" />
      <source>Another supervisor must review an interview you conducted or submitted.</source>
      <translation>Otro supervisor debe revisar una entrevista que usted realizó o envió.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="49" />
      <location filename="../../desktop/services/statistics/report.py" line="80" />
      <source>Choose CSV or XLSX.</source>
      <translation>Elija CSV o XLSX.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/report.py" line="57" />
      <source>Choose English or Spanish.</source>
      <translation>Elija inglés o español.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="268" />
      <source>Choose a consent record of this case.</source>
      <translation>Elija un registro de consentimiento de este caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="298" />
      <source>Choose a district of Belize.</source>
      <translation>Elija un distrito de Belice.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="232" />
      <source>Choose a password different from the current one.</source>
      <translation>Elija una contraseña distinta de la actual.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="158" />
      <source>Choose a training or a campaign.</source>
      <translation>Elija una capacitación o una campaña.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="61" />
      <source>Choose a value from the list.</source>
      <translation>Elija un valor de la lista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="252" />
      <location filename="../../desktop/services/referrals/service.py" line="230" />
      <source>Choose an active organisation from the directory.</source>
      <translation>Elija una organización activa del directorio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="125" />
      <location filename="../../desktop/services/statistics/service.py" line="296" />
      <source>Choose an organisation from the directory.</source>
      <translation>Elija una organización del directorio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="93" />
      <source>Choose an organisation type from the list.</source>
      <translation>Elija un tipo de organización de la lista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="282" />
      <source>Choose at least one service to request.</source>
      <translation>Elija al menos un servicio que solicitar.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/setup.py" line="72" />
      <source>Choose how the vault can be recovered.</source>
      <translation>Elija cómo se podrá recuperar la bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="69" />
      <source>Choose values from the list.</source>
      <translation>Elija valores de la lista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="197" />
      <source>Choose yes or no.</source>
      <translation>Elija sí o no.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="54" />
      <source>Control characters are not allowed.</source>
      <translation>No se permiten caracteres de control.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="122" />
      <location filename="../../desktop/services/cases/validation.py" line="84" />
      <source>Enter a date.</source>
      <translation>Ingrese una fecha.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="345" />
      <source>Enter a due date between 2000 and 2100.</source>
      <translation>Ingrese una fecha de vencimiento entre 2000 y 2100.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="133" />
      <source>Enter a two-letter country code.</source>
      <translation>Ingrese un código de país de dos letras.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="95" />
      <source>Enter an age from 0 to 120.</source>
      <translation>Ingrese una edad de 0 a 120.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="30" />
      <source>Enter text.</source>
      <translation>Ingrese un texto.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="74" />
      <source>Enter the date.</source>
      <translation>Ingrese la fecha.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="78" />
      <source>Enter the person's full name.</source>
      <translation>Ingrese el nombre completo de la persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/errors.py" line="30" />
      <source>Enter your password again to continue with this action.</source>
      <translation>Ingrese de nuevo su contraseña para continuar con esta acción.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="106" />
      <source>Interview records need the restricted level (3).</source>
      <translation>Los registros de entrevista requieren el nivel restringido (3).</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/crypto.py" line="53" />
      <location filename="../../desktop/vault/crypto.py" line="55" />
      <source>KDF parameters out of range</source>
      <translation>Parámetros de derivación de claves (KDF) fuera de rango</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="91" />
      <source>No account has that username.</source>
      <translation>No existe ninguna cuenta con ese nombre de usuario.</translation>
    </message>
    <message>
      <location filename="../../desktop/synthetic/synth.py" line="126" />
      <source>No active case worker or supervisor of HS, POL, IMM or NGO can own the cases; create one first.</source>
      <translation>No hay ningún gestor de casos ni supervisor activo de HS, POL, IMM o NGO que pueda hacerse cargo de los casos; cree uno primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="112" />
      <source>No organisation has that code.</source>
      <translation>No existe ninguna organización con ese código.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="165" />
      <source>No such section.</source>
      <translation>No existe esa sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="56" />
      <source>No vault was found in the data directory. Create one with 'casedesk init'.</source>
      <translation>No se encontró ninguna bóveda en la carpeta de datos. Cree una con 'casedesk init'.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/library.py" line="117" />
      <location filename="../../desktop/services/interviews/service.py" line="134" />
      <source>No version of this form is active.</source>
      <translation>No hay ninguna versión activa de este formulario.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="304" />
      <source>Nobody has asked to close this case.</source>
      <translation>Nadie ha solicitado cerrar este caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="153" />
      <source>Only a draft or a returned interview can be changed.</source>
      <translation>Solo se puede modificar una entrevista en borrador o devuelta.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="320" />
      <source>Only a draft referral can be changed.</source>
      <translation>Solo se puede modificar una derivación en borrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="360" />
      <source>Only a draft referral can be sent.</source>
      <translation>Solo se puede enviar una derivación en borrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="246" />
      <source>Only an approved interview can be locked.</source>
      <translation>Solo se puede bloquear una entrevista aprobada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="155" />
      <source>Only the interviewer who started this interview can change it.</source>
      <translation>Solo el entrevistador que inició esta entrevista puede modificarla.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/maintenance/service.py" line="296" />
      <source>Recovery sets the password of an administrator only.</source>
      <translation>La recuperación solo establece la contraseña de un administrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="263" />
      <source>Releasing restricted (level 3) content needs the explicit confirmation tick.</source>
      <translation>Para compartir contenido restringido (nivel 3) se requiere marcar explícitamente la casilla de confirmación.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="280" />
      <source>Request closure; a supervisor approves it.</source>
      <translation>Solicite el cierre; un supervisor lo aprueba.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="86" />
      <source>SQLCipher 4 or later is required to open the vault.</source>
      <translation>Se requiere SQLCipher 4 o posterior para abrir la bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="92" />
      <source>Send the referral before printing or saving its packet.</source>
      <translation>Envíe la derivación antes de imprimir o guardar su paquete.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="149" />
      <source>Someone else changed this case meanwhile; reopen it to see their changes.</source>
      <translation>Otra persona modificó este caso mientras tanto; vuelva a abrirlo para ver sus cambios.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="263" />
      <source>That username is already taken.</source>
      <translation>Ese nombre de usuario ya está en uso.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/content.py" line="73" />
      <source>The answers are too large to store.</source>
      <translation>Las respuestas son demasiado grandes para almacenarlas.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="245" />
      <source>The backup belongs to another vault; nothing was changed.</source>
      <translation>La copia de seguridad pertenece a otra bóveda; no se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="252" />
      <source>The backup comes from a newer CaseDesk; update CaseDesk first.</source>
      <translation>La copia de seguridad proviene de una versión más reciente de CaseDesk; actualice CaseDesk primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="210" />
      <source>The backup could not be read.</source>
      <translation>No se pudo leer la copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="213" />
      <source>The backup database does not match its manifest (SHA-256).</source>
      <translation>La base de datos de la copia de seguridad no coincide con su manifiesto (SHA-256).</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="217" />
      <source>The backup database does not open with its key.</source>
      <translation>La base de datos de la copia de seguridad no se abre con su clave.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="220" />
      <source>The backup database failed its integrity check.</source>
      <translation>La base de datos de la copia de seguridad no superó la comprobación de integridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="206" />
      <source>The backup database has the wrong size.</source>
      <translation>La base de datos de la copia de seguridad tiene un tamaño incorrecto.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="81" />
      <source>The backup failed verification and was not used. The live vault is untouched.</source>
      <translation>La copia de seguridad no superó la verificación y no se utilizó. La bóveda en uso no se modificó.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="170" />
      <source>The backup manifest is incomplete.</source>
      <translation>El manifiesto de la copia de seguridad está incompleto.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="161" />
      <source>The backup manifest is too large.</source>
      <translation>El manifiesto de la copia de seguridad es demasiado grande.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="200" />
      <source>The backup manifest was altered or belongs to another key.</source>
      <translation>El manifiesto de la copia de seguridad fue alterado o pertenece a otra clave.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="224" />
      <source>The backup's audit trail does not match its manifest.</source>
      <translation>El registro de auditoría de la copia de seguridad no coincide con su manifiesto.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="250" />
      <source>The backup's key file snapshot is damaged.</source>
      <translation>La instantánea del archivo de clave incluida en la copia de seguridad está dañada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="103" />
      <source>The campaign cannot end before it starts.</source>
      <translation>La campaña no puede terminar antes de comenzar.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="54" />
      <location filename="../../desktop/services/referrals/service.py" line="302" />
      <source>The case is closed; a supervisor can reopen it.</source>
      <translation>El caso está cerrado; un supervisor puede reabrirlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/slots.py" line="97" />
      <source>The current password is wrong.</source>
      <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="83" />
      <source>The database key does not open this vault.</source>
      <translation>La clave de la base de datos no abre esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="147" />
      <source>The end comes before the start.</source>
      <translation>El final es anterior al inicio.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/escrow.py" line="64" />
      <source>The escrow file could not be read.</source>
      <translation>No se pudo leer el archivo de la clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/escrow.py" line="61" />
      <source>The escrow file is too large to be an escrow key.</source>
      <translation>El archivo es demasiado grande para ser una clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="85" />
      <source>The escrow key could not be used: wrong file or wrong passphrase.</source>
      <translation>No se pudo usar la clave de custodia: archivo incorrecto o frase de contraseña incorrecta.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/escrow.py" line="80" />
      <location filename="../../desktop/vault/escrow.py" line="100" />
      <location filename="../../desktop/vault/escrow.py" line="78" />
      <location filename="../../desktop/vault/escrow.py" line="96" />
      <source>The escrow key file is damaged.</source>
      <translation>El archivo de la clave de custodia está dañado.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="257" />
      <source>The file is empty.</source>
      <translation>El archivo está vacío.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="158" />
      <source>The file is not a CaseDesk backup (unexpected contents).</source>
      <translation>El archivo no es una copia de seguridad de CaseDesk (contenido inesperado).</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/escrow.py" line="66" />
      <location filename="../../desktop/vault/escrow.py" line="74" />
      <source>The file is not a CaseDesk escrow key.</source>
      <translation>El archivo no es una clave de custodia de CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/escrow.py" line="88" />
      <source>The file is not a CaseDesk escrow private key.</source>
      <translation>El archivo no es una clave privada de custodia de CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="164" />
      <source>The file is not a readable CaseDesk backup.</source>
      <translation>El archivo no es una copia de seguridad de CaseDesk legible.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="262" />
      <source>The file's content does not match its type.</source>
      <translation>El contenido del archivo no coincide con su tipo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="334" />
      <source>The interview record could not be printed.</source>
      <translation>No se pudo imprimir el registro de la entrevista.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="280" />
      <source>The key file belongs to another vault.</source>
      <translation>El archivo de clave pertenece a otra bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="49" />
      <source>The key file is damaged or was edited. Nothing was changed; restore the key file from a backup or use 'casedesk recover' with the escrow key.</source>
      <translation>El archivo de clave está dañado o fue editado. No se modificó nada; restaure el archivo de clave desde una copia de seguridad o use 'casedesk recover' con la clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="295" />
      <source>The last administrator cannot be disabled.</source>
      <translation>No se puede desactivar al último administrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="101" />
      <source>The level is 1, 2 or 3.</source>
      <translation>El nivel debe ser 1, 2 o 3.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="83" />
      <source>The name contains control characters.</source>
      <translation>El nombre contiene caracteres de control.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/errors.py" line="22" />
      <source>The operation could not be completed.</source>
      <translation>No se pudo completar la operación.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="221" />
      <source>The password is wrong.</source>
      <translation>La contraseña es incorrecta.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/passwords.py" line="83" />
      <source>The password must not contain the username.</source>
      <translation>La contraseña no debe contener el nombre de usuario.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/passwords.py" line="85" />
      <source>The password repeats too few different characters.</source>
      <translation>La contraseña tiene muy pocos caracteres distintos.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="294" />
      <source>The period ends before it starts.</source>
      <translation>El período termina antes de comenzar.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/rotation.py" line="61" />
      <source>The re-encrypted copy did not verify; the vault is unchanged.</source>
      <translation>La copia vuelta a cifrar no superó la verificación; la bóveda no se modificó.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/errors.py" line="42" />
      <source>The record was not found or is not visible to you.</source>
      <translation>No se encontró el registro o usted no tiene acceso a él.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="96" />
      <source>The spreadsheet is larger than 20 MB.</source>
      <translation>La hoja de cálculo supera los 20 MB.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="300" />
      <source>The suppression threshold must be from 2 to 100.</source>
      <translation>El umbral de supresión debe estar entre 2 y 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="147" />
      <source>The system keyring is not available, so the vault cannot be bound to this workstation. Unlock or install a keyring (Secret Service, Credential Manager, Keychain), or create the vault with --no-device-binding (an audited choice).</source>
      <translation>El keyring del sistema no está disponible, por lo que la bóveda no puede vincularse a esta estación de trabajo. Desbloquee o instale un keyring (Secret Service, Administrador de credenciales, Llavero) o cree la bóveda con --no-device-binding (una decisión que queda en el registro de auditoría).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="38" />
      <source>The text contains control characters.</source>
      <translation>El texto contiene caracteres de control.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="372" />
      <source>The user level is 1 (standard), 2 (sensitive) or 3 (restricted).</source>
      <translation>El nivel de usuario debe ser 1 (estándar), 2 (sensible) o 3 (restringido).</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="13" />
      <source>The vault could not complete the operation.</source>
      <translation>La bóveda no pudo completar la operación.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="268" />
      <source>The vault database cannot be read with its key: a page needed to open it is damaged, or the file was replaced. Nothing was changed; restore the latest backup.</source>
      <translation>No se puede leer la base de datos de la bóveda con su clave: una página necesaria para abrirla está dañada o el archivo fue reemplazado. No se modificó nada; restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="70" />
      <source>The vault database failed its integrity check. Nothing was deleted or repaired; restore the latest backup with 'casedesk restore'.</source>
      <translation>La base de datos de la bóveda no superó la comprobación de integridad. No se eliminó ni se reparó nada; restaure la copia de seguridad más reciente con 'casedesk restore'.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="64" />
      <source>The vault is already open in another CaseDesk window or process. Close it first.</source>
      <translation>La bóveda ya está abierta en otra ventana o proceso de CaseDesk. Cierre primero esa ventana o proceso.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="77" />
      <source>The vault is locked. Log in again.</source>
      <translation>La bóveda está bloqueada. Inicie sesión de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="188" />
      <location filename="../../desktop/vault/backup.py" line="192" />
      <source>This account cannot open the backup; use the escrow key.</source>
      <translation>Esta cuenta no puede abrir la copia de seguridad; use la clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="41" />
      <source>This account is bound to this workstation, but its device secret could not be read from the system keyring (missing, locked or unavailable). Unlock the keyring and try again, or ask an administrator to run 'casedesk recover' with the escrow key.</source>
      <translation>Esta cuenta está vinculada a esta estación de trabajo, pero no se pudo leer su secreto de equipo en el keyring del sistema (no existe, está bloqueado o no está disponible). Desbloquee el keyring y vuelva a intentarlo, o pida a un administrador que ejecute 'casedesk recover' con la clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="28" />
      <source>This account is disabled after too many failed logins, or by an administrator. Ask an administrator to reset it.</source>
      <translation>Esta cuenta se desactivó por demasiados intentos fallidos de inicio de sesión o por decisión de un administrador. Pida a un administrador que la restablezca.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/policy.py" line="65" />
      <source>This account is disabled.</source>
      <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="177" />
      <source>This backup is not sealed to an escrow key.</source>
      <translation>Esta copia de seguridad no está sellada con una clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="182" />
      <source>This escrow key does not open the backup.</source>
      <translation>Esta clave de custodia no abre la copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="258" />
      <source>This escrow key does not open this vault.</source>
      <translation>Esta clave de custodia no abre esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="153" />
      <source>This field cannot be changed here.</source>
      <translation>Este campo no se puede modificar aquí.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="141" />
      <source>This field does not belong to the section.</source>
      <translation>Este campo no pertenece a la sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="50" />
      <location filename="../../desktop/services/cases/validation.py" line="33" />
      <source>This field is required.</source>
      <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="268" />
      <source>This figure has no case list behind it.</source>
      <translation>Esta cifra no tiene una lista de casos asociada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="100" />
      <source>This file is not an Excel workbook (.xlsx).</source>
      <translation>Este archivo no es un libro de Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/content.py" line="71" />
      <source>This form has no such question.</source>
      <translation>Este formulario no tiene esa pregunta.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="88" />
      <source>This packet releases sections above your level.</source>
      <translation>Este paquete comparte secciones por encima de su nivel.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/passwords.py" line="81" />
      <source>This password is on the list of common passwords.</source>
      <translation>Esta contraseña figura en la lista de contraseñas comunes.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="341" />
      <source>This referral is closed.</source>
      <translation>Esta derivación está cerrada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="354" />
      <source>Unknown agency code.</source>
      <translation>Código de institución desconocido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="206" />
      <source>Unknown list.</source>
      <translation>Lista desconocida.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="248" />
      <location filename="../../desktop/services/cases/service.py" line="343" />
      <source>Unknown or disabled account.</source>
      <translation>Cuenta desconocida o desactivada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="360" />
      <source>Unknown role.</source>
      <translation>Rol desconocido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="366" />
      <source>Unknown user group.</source>
      <translation>Grupo de usuarios desconocido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="383" />
      <source>Use Send: it checks consent first.</source>
      <translation>Use Enviar: primero verifica el consentimiento.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="90" />
      <source>Use letters, digits, dash or underscore.</source>
      <translation>Use letras, dígitos, guion o guion bajo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="76" />
      <source>Use two-letter country codes (ISO 3166), at most five.</source>
      <translation>Use códigos de país de dos letras (ISO 3166), cinco como máximo.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/escrow.py" line="98" />
      <source>Wrong escrow passphrase, or the escrow file was edited.</source>
      <translation>Frase de contraseña de custodia incorrecta, o el archivo de la clave de custodia fue modificado.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="190" />
      <source>Wrong password. After 10 failed logins the account is disabled; ask an administrator to reset it.</source>
      <translation>Contraseña incorrecta. Después de 10 intentos fallidos de inicio de sesión, la cuenta se desactiva; pida a un administrador que la restablezca.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="24" />
      <source>Wrong username or password.</source>
      <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="234" />
      <source>XPath '..' is only supported as position(..)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="150" />
      <source>XPath paths (/data/...) are not supported; use ${field}</source>
      <translation>No se admiten rutas XPath (/data/...); use ${field}</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="329" />
      <source>You cannot change your own role.</source>
      <translation>No puede cambiar su propio rol.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="293" />
      <source>You cannot disable your own account.</source>
      <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="103" />
      <source>You cannot write above your own level.</source>
      <translation>No puede registrar información con un nivel superior al suyo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="211" />
      <location filename="../../desktop/services/cases/service.py" line="156" />
      <source>Your level does not allow changing this section.</source>
      <translation>Su nivel no le permite modificar esta sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="244" />
      <source>Your level does not include attachments.</source>
      <translation>Su nivel no incluye los archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="217" />
      <source>Your level does not include consent records.</source>
      <translation>Su nivel no incluye los registros de consentimiento.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="167" />
      <source>Your level does not include this section.</source>
      <translation>Su nivel no incluye esta sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/errors.py" line="26" />
      <source>Your role does not allow this action.</source>
      <translation>Su rol no le permite realizar esta acción.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="265" />
      <source>Your role sees statistics only, not the cases behind them.</source>
      <translation>Su rol solo permite ver estadísticas, no los casos que las componen.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="48" />
      <location filename="../../desktop/vault/engine.py" line="185" />
      <source>database key must be 32 bytes</source>
      <translation>la clave de la base de datos debe tener 32 bytes</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="51" />
      <source>database key must be hexadecimal</source>
      <translation>la clave de la base de datos debe estar en hexadecimal</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="101" />
      <source>digest() takes MD5, SHA-1, SHA-256, SHA-384 or SHA-512</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/models/migrations/versions/0002_cases.py" line="206" />
      <source>downgrades are not supported; restore a backup instead</source>
      <translation>no se admite volver a una versión anterior; restaure una copia de seguridad en su lugar</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="300" />
      <source>expression is empty</source>
      <translation>la expresión está vacía</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="284" />
      <source>indexed-repeat() over nested repeats is not supported (repeats cannot nest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="273" />
      <source>jr:choice-name() needs the field as its second argument, written '${field}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/exchange/kanon.py" line="51" />
      <source>k must be at least 2</source>
      <translation>k debe ser al menos 2</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="64" />
      <source>k must be from 2 to 100.</source>
      <translation>k debe estar entre 2 y 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/migrate.py" line="26" />
      <source>no migrations are packaged</source>
      <translation>no hay migraciones incluidas en el paquete</translation>
    </message>
    <message>
      <location filename="../../desktop/exchange/tabular.py" line="89" />
      <source>not a date</source>
      <translation>no es una fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="275" />
      <source>position() takes no argument or '..' (the repeat entry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="192" />
      <source>position(..) is only meaningful inside a repeat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/maintenance/selftest.py" line="114" />
      <source>the PDF did not read back</source>
      <translation>el PDF no se pudo volver a leer</translation>
    </message>
    <message>
      <location filename="../../desktop/models/migrations/versions/0001_accounts_audit.py" line="109" />
      <source>the first schema version cannot be downgraded</source>
      <translation>la primera versión del esquema no puede revertirse a una anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/services/maintenance/selftest.py" line="105" />
      <source>the new case was not found by an accent-free search</source>
      <translation>la búsqueda sin tildes no encontró el caso nuevo</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="94" />
      <source>uuid() takes a length from 1 to 1000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="132" />
      <source>weighted-checklist() takes pairs of value and weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>concat() result is too long</source>
      <translation type="vanished">el resultado de concat() es demasiado largo</translation>
    </message>
  </context>
  <context>
    <name>SettingsTab</name>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="93" />
      <source> minutes</source>
      <translation> minutos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="100" />
      <source>Backup folder</source>
      <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="97" />
      <source>CaseDesk hides everything and asks for the password after this long without use ({low} to {high} minutes).</source>
      <translation>CaseDesk oculta todo y pide la contraseña después de este tiempo sin uso (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="152" />
      <source>Choose the backup folder</source>
      <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="132" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="146" />
      <source>Default: {path}</source>
      <translation>Predeterminada: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="161" />
      <source>Enter a full folder path (or choose one), or leave it empty for the default.</source>
      <translation>Ingrese la ruta completa de una carpeta (o elija una), o déjelo vacío para usar la predeterminada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="106" />
      <source>For a workstation at high risk (shared, or likely to be seized): the database's memory is kept out of the swap file and wiped when freed. It costs time: searching, listing and opening cases take about twice as long, the annual statistics up to three times. Off by default; the encryption key itself is always wiped. Takes effect the next time the vault is unlocked (switching it off, the next time CaseDesk starts).</source>
      <translation>Para una estación de trabajo de alto riesgo (compartida, o que podría ser incautada): la memoria de la base de datos se mantiene fuera del archivo de intercambio y se borra al liberarse. Cuesta tiempo: buscar, listar y abrir casos tarda aproximadamente el doble, y las estadísticas anuales hasta el triple. Desactivada por defecto; la clave de cifrado siempre se borra. Se aplica la próxima vez que se desbloquee la bóveda (al desactivarla, la próxima vez que se inicie CaseDesk).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="96" />
      <source>Lock after idle</source>
      <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="104" />
      <source>Lock and wipe the database's working memory</source>
      <translation>Bloquear y borrar la memoria de trabajo de la base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="105" />
      <source>Memory security</source>
      <translation>Seguridad de la memoria</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="202" />
      <source>Nothing to save: the settings are unchanged.</source>
      <translation>No hay nada que guardar: la configuración no ha cambiado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="115" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="75" />
      <location filename="../../desktop/views/admin/settings.py" line="81" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="201" />
      <source>Settings saved.</source>
      <translation>Configuración guardada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="82" />
      <source>These settings apply to everyone using this vault. They are stored inside the vault, encrypted, and every change is recorded in the audit trail.</source>
      <translation>Esta configuración se aplica a todas las personas que usan esta bóveda. Se almacena dentro de la bóveda, cifrada, y cada cambio queda registrado en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="84" />
      <source>Vault settings</source>
      <translation>Configuración de la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="101" />
      <source>Where new backups are written and looked for. Leave it empty to use the vault's own backups folder; an encrypted external drive is a good choice.</source>
      <translation>Dónde se escriben y se buscan las nuevas copias de seguridad. Déjelo vacío para usar la carpeta de copias de seguridad propia de la bóveda; una unidad externa cifrada es una buena opción.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="294" />
      <source>CaseDesk — first-run setup</source>
      <translation>CaseDesk — configuración inicial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="311" />
      <source>Creating the vault…</source>
      <translation>Creando la bóveda…</translation>
    </message>
  </context>
  <context>
    <name>StatisticsLabels</name>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="27" />
      <source>Acquittals</source>
      <translation>Absoluciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="49" />
      <source>Assisted victims by means of assistance</source>
      <translation>Víctimas asistidas por tipo de asistencia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="48" />
      <source>Assisted victims by year of identification and sex</source>
      <translation>Víctimas asistidas por año de identificación y sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="53" />
      <source>Awareness campaigns by channel, with estimated reach</source>
      <translation>Campañas de sensibilización por canal, con alcance estimado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="36" />
      <source>Billboards</source>
      <translation>Vallas publicitarias</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="29" />
      <source>Campaigns</source>
      <translation>Campañas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="36" />
      <source>Community events</source>
      <translation>Eventos comunitarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="27" />
      <source>Convictions</source>
      <translation>Condenas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="31" />
      <source>Customs</source>
      <translation>Aduanas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="28" />
      <source>Dismissed/withdrawn</source>
      <translation>Desestimados/retirados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="30" />
      <source>Estimated reach</source>
      <translation>Alcance estimado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="33" />
      <source>Health workers</source>
      <translation>Personal de salud</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="20" />
      <source>Identified (government)</source>
      <translation>Identificadas (gobierno)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="20" />
      <source>Identified by an NGO only</source>
      <translation>Identificadas solo por una ONG</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="24" />
      <source>Identified earlier</source>
      <translation>Identificadas anteriormente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="23" />
      <source>Identified this year</source>
      <translation>Identificadas este año</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="45" />
      <source>Identified victims by age group at identification and sex</source>
      <translation>Víctimas identificadas por grupo de edad al momento de la identificación y sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="46" />
      <source>Identified victims by citizenship and sex</source>
      <translation>Víctimas identificadas por nacionalidad y sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="47" />
      <source>Identified victims by form of exploitation and sex</source>
      <translation>Víctimas identificadas por forma de explotación y sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="31" />
      <source>Immigration</source>
      <translation>Migración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="26" />
      <source>Investigations</source>
      <translation>Investigaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="32" />
      <source>Judiciary</source>
      <translation>Poder Judicial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="22" />
      <source>Labour exploitation</source>
      <translation>Explotación laboral</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="50" />
      <source>Legal proceedings by offence</source>
      <translation>Procesos judiciales por delito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="33" />
      <source>Liquor licensing board</source>
      <translation>Junta de licencias de licores</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="25" />
      <source>Not confirmed by government</source>
      <translation>No confirmadas por el gobierno</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="19" />
      <location filename="../../desktop/views/statistics/labels.py" line="23" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="29" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="21" />
      <source>Potential victims</source>
      <translation>Víctimas potenciales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="35" />
      <source>Print</source>
      <translation>Medios impresos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="34" />
      <source>Private employers</source>
      <translation>Empleadores privados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="26" />
      <source>Prosecutions</source>
      <translation>Acciones penales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="31" />
      <source>Prosecutors</source>
      <translation>Fiscales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="34" />
      <source>Radio</source>
      <translation>Radio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="51" />
      <source>Repatriations by destination and by who carried them out</source>
      <translation>Repatriaciones por destino y por quién las realizó</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="37" />
      <source>Schools</source>
      <translation>Escuelas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="28" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="21" />
      <source>Sexual exploitation</source>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="35" />
      <source>Social media</source>
      <translation>Redes sociales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="30" />
      <source>Social workers</source>
      <translation>Trabajadores sociales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="32" />
      <source>Teachers</source>
      <translation>Docentes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="35" />
      <source>Television</source>
      <translation>Televisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="19" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="32" />
      <source>Tourism personnel</source>
      <translation>Personal de turismo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="52" />
      <source>Training sessions by audience, with participants by sex</source>
      <translation>Sesiones de capacitación por público destinatario, con participantes por sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="44" />
      <source>Victims by identification status and sex</source>
      <translation>Víctimas por situación de identificación y sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/labels.py" line="22" />
      <source>of whom sexual and labour</source>
      <translation>de ellas, explotación sexual y laboral</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="157" />
      <source> Double-click a figure to list the cases behind it.</source>
      <translation> Haga doble clic en una cifra para ver la lista de los casos que la componen.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="96" />
      <source>All districts</source>
      <translation>Todos los distritos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="100" />
      <source>All organisations</source>
      <translation>Todas las organizaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="306" />
      <source>Annual report</source>
      <translation>Informe anual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="317" />
      <source>CTDC export</source>
      <translation>Exportación CTDC</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="119" />
      <source>CTDC export…</source>
      <translation>Exportación CTDC…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="269" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="275" />
      <source>Cases behind this figure</source>
      <translation>Casos que componen esta cifra</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="210" />
      <source>Convictions</source>
      <translation>Condenas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="144" />
      <source>Counting the statistics</source>
      <translation>Calculando las estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="136" />
      <source>Counting…</source>
      <translation>Calculando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="105" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="211" />
      <source>Figure</source>
      <translation>Cifra</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="270" />
      <source>Finding the cases</source>
      <translation>Buscando los casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="103" />
      <source>Hide counts below 5</source>
      <translation>Ocultar cifras menores que 5</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="208" />
      <source>Identified by NGOs only</source>
      <translation>Identificadas solo por ONG</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="149" />
      <source>Key figures</source>
      <translation>Cifras clave</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="106" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="209" />
      <source>Potential victims</source>
      <translation>Víctimas potenciales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="209" />
      <source>Prosecutions</source>
      <translation>Acciones penales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="210" />
      <source>Repatriations</source>
      <translation>Repatriaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="117" />
      <source>Report PDF…</source>
      <translation>Informe en PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="292" />
      <source>Save the CTDC export</source>
      <translation>Guardar la exportación CTDC</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="284" />
      <source>Save the annual report</source>
      <translation>Guardar el informe anual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="288" />
      <source>Save the tables</source>
      <translation>Guardar las tablas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="298" />
      <source>Saved {name}.</source>
      <translation>Se guardó {name}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="72" />
      <location filename="../../desktop/views/statistics/page.py" line="143" />
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="312" />
      <source>Tables</source>
      <translation>Tablas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="118" />
      <source>Tables XLSX…</source>
      <translation>Tablas en XLSX…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="72" />
      <source>The annual report's figures. Identified victims are those confirmed by a government institution in the year; potential and NGO-identified victims are shown apart.</source>
      <translation>Las cifras del informe anual. Las víctimas identificadas son las confirmadas por una institución del gobierno en el año; las víctimas potenciales y las identificadas por ONG se muestran por separado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="210" />
      <source>Training participants</source>
      <translation>Participantes en capacitaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="209" />
      <source>Victims assisted</source>
      <translation>Víctimas asistidas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="208" />
      <source>Victims identified</source>
      <translation>Víctimas identificadas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="105" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="274" />
      <source>{n} more are outside your access.</source>
      <translation>Otros {n} quedan fuera de su acceso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="159" />
      <source>{year}, compared with {previous}.</source>
      <translation>{year}, en comparación con {previous}.</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="44" />
      <source>DEMO vault</source>
      <translation>Bóveda de DEMOSTRACIÓN</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="48" />
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="36" />
      <source>Restricted</source>
      <translation>Restringido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="36" />
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="36" />
      <source>Standard</source>
      <translation>Estándar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="49" />
      <source>Vault locked</source>
      <translation>Bóveda bloqueada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="41" />
      <source>Vault unlocked</source>
      <translation>Bóveda desbloqueada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="42" />
      <source>bound to this workstation</source>
      <translation>vinculada a esta estación de trabajo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="42" />
      <source>not device-bound</source>
      <translation>sin vinculación al equipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="37" />
      <source>{name} ({username}) · {agency} · {role} · level {n} ({level})</source>
      <translation>{name} ({username}) · {agency} · {role} · nivel {n} ({level})</translation>
    </message>
  </context>
  <context>
    <name>TemporaryPasswordDialog</name>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="220" />
      <source>Copied. The clipboard is cleared after 30 seconds.</source>
      <translation>Copiado. El portapapeles se borra después de 30 segundos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="205" />
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="191" />
      <source>Temporary password</source>
      <translation>Contraseña temporal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="207" />
      <source>The clipboard is cleared again after 30 seconds.</source>
      <translation>El portapapeles se vuelve a borrar después de 30 segundos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="211" />
      <source>The person must choose their own password at the first login; that also binds the account to their workstation.</source>
      <translation>La persona debe elegir su propia contraseña en el primer inicio de sesión; eso también vincula la cuenta a su estación de trabajo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="195" />
      <source>The temporary password for &lt;b&gt;{user}&lt;/b&gt;. It is shown only this once: give it to the person directly, never by e-mail or chat.</source>
      <translation>La contraseña temporal de &lt;b&gt;{user}&lt;/b&gt;. Se muestra solo esta vez: entréguela directamente a la persona, nunca por correo electrónico ni por chat.</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="101" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="63" />
      <source>Change what this person may do. The username cannot change.</source>
      <translation>Cambie lo que esta persona puede hacer. El nombre de usuario no puede cambiarse.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="151" />
      <source>Changing user accounts needs your password.</source>
      <translation>Modificar cuentas de usuario requiere su contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="72" />
      <source>Create account</source>
      <translation>Crear cuenta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="59" />
      <source>Edit user</source>
      <translation>Editar usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="99" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="103" />
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="102" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="59" />
      <source>New user</source>
      <translation>Nuevo usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="100" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="72" />
      <source>Save changes</source>
      <translation>Guardar cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="166" />
      <source>Saving the account…</source>
      <translation>Guardando la cuenta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="165" />
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="64" />
      <source>The account starts with a temporary password, shown once after saving.</source>
      <translation>La cuenta comienza con una contraseña temporal, que se muestra una sola vez después de guardar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="98" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="133" />
      <source>You cannot change your own role.</source>
      <translation>No puede cambiar su propio rol.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="82" />
      <source>e.g. maria.garcia</source>
      <translation>p. ej., maria.garcia</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="47" />
      <source>1 · Standard</source>
      <translation>1 · Estándar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="47" />
      <source>2 · Sensitive</source>
      <translation>2 · Sensible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="47" />
      <source>3 · Restricted</source>
      <translation>3 · Restringido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="43" />
      <source>Active</source>
      <translation>Activa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="185" />
      <source>Changing user accounts needs your password.</source>
      <translation>Modificar cuentas de usuario requiere su contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="235" />
      <location filename="../../desktop/views/admin/users.py" line="239" />
      <source>Disable account</source>
      <translation>Desactivar cuenta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="235" />
      <source>Disable {name} ({user})? They can no longer log in and their key slot is removed.

They knew a password that opened the database key. If they have left or their password may be known to others, rotate the database key afterwards (Security tab).</source>
      <translation>¿Desactivar a {name} ({user})? Ya no podrá iniciar sesión y se eliminará su ranura de clave.

Esta persona conocía una contraseña que abría la clave de la base de datos. Si se ha ido o su contraseña puede ser conocida por otras personas, rote después la clave de la base de datos (pestaña Seguridad).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="42" />
      <source>Disabled</source>
      <translation>Desactivada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="114" />
      <source>Disable…</source>
      <translation>Desactivar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="106" />
      <source>Each person has their own account. New accounts start with a temporary password that must be changed at the first login.</source>
      <translation>Cada persona tiene su propia cuenta. Las cuentas nuevas comienzan con una contraseña temporal que debe cambiarse en el primer inicio de sesión.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="112" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="59" />
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="229" />
      <source>Issue a new temporary password for {name} ({user})? Their current password stops working now, and a disabled account is enabled again.</source>
      <translation>¿Emitir una nueva contraseña temporal para {name} ({user})? Su contraseña actual deja de funcionar ahora, y una cuenta desactivada se vuelve a activar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="232" />
      <source>Issue new password</source>
      <translation>Emitir nueva contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="59" />
      <source>Last login</source>
      <translation>Último inicio de sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="43" />
      <source>Must change password</source>
      <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="49" />
      <source>Never</source>
      <translation>Nunca</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="110" />
      <source>New user…</source>
      <translation>Nuevo usuario…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="155" />
      <source>Re-enable with new password…</source>
      <translation>Reactivar con nueva contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="229" />
      <source>Reset password</source>
      <translation>Restablecer contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="113" />
      <location filename="../../desktop/views/admin/users.py" line="156" />
      <source>Reset password…</source>
      <translation>Restablecer contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="59" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="262" />
      <source>Updating the account…</source>
      <translation>Actualizando la cuenta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="106" />
      <location filename="../../desktop/views/admin/users.py" line="258" />
      <source>User accounts</source>
      <translation>Cuentas de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="58" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="101" />
      <source>Users</source>
      <translation>Usuarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="158" />
      <source>You cannot disable your own account.</source>
      <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="172" />
      <source>{n} accounts, {d} disabled. Double-click a row to edit it.</source>
      <translation>{n} cuentas, {d} desactivadas. Haga doble clic en una fila para editarla.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="58" />
      <source>&lt;b&gt;Binding to this workstation.&lt;/b&gt; CaseDesk also keeps a secret in this computer's own secure store (Windows Credential Manager, the macOS Keychain or the Linux keyring). Then a password alone does not open the vault: a copied vault file is useless on another computer. If this computer is lost or broken, the recovery key you create in step 3 brings the data back.</source>
      <translation>&lt;b&gt;Vinculación a esta estación de trabajo.&lt;/b&gt; CaseDesk también guarda un secreto en el almacén seguro propio de esta computadora (Administrador de credenciales de Windows, el Llavero de macOS o el keyring de Linux). Así, una contraseña por sí sola no abre la bóveda: un archivo de bóveda copiado no sirve en otra computadora. Si esta computadora se pierde o se daña, la clave de recuperación que usted crea en el paso 3 permite recuperar los datos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="64" />
      <source>Bind the vault to this workstation (recommended)</source>
      <translation>Vincular la bóveda a esta estación de trabajo (recomendado)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="55" />
      <source>Every case is kept in an encrypted vault on this computer, in {path}. Nobody can read it without the password of a CaseDesk account.</source>
      <translation>Cada caso se guarda en una bóveda cifrada en esta computadora, en {path}. Nadie puede leerla sin la contraseña de una cuenta de CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="53" />
      <source>Three short steps create this workstation's encrypted vault.</source>
      <translation>Tres pasos breves crean la bóveda cifrada de esta estación de trabajo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="52" />
      <source>Welcome to CaseDesk</source>
      <translation>Bienvenido(a) a CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="70" />
      <source>Without binding, anyone who copies the vault folder can try to guess passwords on another computer. Choose this only where this computer has no secure store; the choice is recorded in the audit trail.</source>
      <translation>Sin vinculación, cualquier persona que copie la carpeta de la bóveda puede intentar adivinar contraseñas en otra computadora. Elija esta opción solo si esta computadora no tiene un almacén seguro; la elección queda registrada en el registro de auditoría.</translation>
    </message>
  </context>
</TS>
