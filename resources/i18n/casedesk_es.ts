<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="108" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="104" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="109" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="111" />
      <source>Password again</source>
      <translation>Repita la contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="83" />
      <source>The first administrator</source>
      <translation>El primer administrador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="128" />
      <source>The two passwords differ.</source>
      <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="84" />
      <source>This account manages users, backups and the vault. It does not see case content.</source>
      <translation>Esta cuenta administra los usuarios, las copias de seguridad y la bóveda. No ve el contenido de los casos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="113" />
      <source>Use a long passphrase: at least 12 characters; any characters, spaces included. Common passwords are refused.</source>
      <translation>Use una frase de contraseña larga: al menos 12 caracteres; se admite cualquier carácter, incluidos los espacios. Se rechazan las contraseñas comunes.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="106" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
  </context>
  <context>
    <name>AgencyDialog</name>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="129" />
      <source>Active: offered when creating users and referrals</source>
      <translation>Activa: se ofrece al crear usuarios y derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="161" />
      <source>An organisation already has this code.</source>
      <translation>Ya existe una organización con este código.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="132" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="97" />
      <source>Edit organisation</source>
      <translation>Editar organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="128" />
      <source>Member of the ATIPs Council</source>
      <translation>Miembro del Consejo ATIPs</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="133" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="98" />
      <source>New organisation</source>
      <translation>Nueva organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="122" />
      <source>Short code, e.g. CON-BR</source>
      <translation>Código corto, p. ej., CON-BR</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="102" />
      <source>The code cannot change once saved; an organisation no longer working with the council is made inactive, not deleted.</source>
      <translation>El código no puede cambiarse una vez guardado; una organización que ya no trabaja con el consejo se marca como inactiva, no se elimina.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="104" />
      <source>The code identifies this organisation in records and cannot change.</source>
      <translation>El código identifica a esta organización en los registros y no puede cambiarse.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="134" />
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
      <location filename="../../desktop/views/admin/audit.py" line="138" />
      <source>(system)</source>
      <translation>(sistema)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="309" />
      <source>&lt;b&gt;Chain head:&lt;/b&gt; entry #{id} of {when}. Verify the chain to check every entry up to it and see its seal.</source>
      <translation>&lt;b&gt;Cabeza de la cadena:&lt;/b&gt; entrada n.º {id} del {when}. Verifique la cadena para comprobar todas las entradas hasta ella y ver su sello.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="339" />
      <source>&lt;b&gt;Chain head:&lt;/b&gt; entry #{id}, seal {mac}</source>
      <translation>&lt;b&gt;Cabeza de la cadena:&lt;/b&gt; entrada n.º {id}, sello {mac}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="79" />
      <location filename="../../desktop/views/admin/audit.py" line="222" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="209" />
      <source>All actions</source>
      <translation>Todas las acciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="207" />
      <source>All users</source>
      <translation>Todos los usuarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="217" />
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="164" />
      <source>Audit trail</source>
      <translation>Registro de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="158" />
      <source>Audit trail</source>
      <comment>tab</comment>
      <translation>Auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="344" />
      <source>Chain broken: {problem}. {n} earlier entries verified (last good #{id}). Keep this workstation as it is and compare with the newest backup.</source>
      <translation>Cadena rota: {problem}. Se verificaron {n} entradas anteriores (última correcta: n.º {id}). Deje esta estación de trabajo tal como está y compare con la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="336" />
      <source>Chain verified: {n} entries, head #{id} {mac}…</source>
      <translation>Cadena verificada: {n} entradas, cabeza n.º {id} {mac}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="79" />
      <source>Detail</source>
      <translation>Detalle</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="165" />
      <source>Every login, account change, backup and key rotation, newest first. Entries cannot be edited: each is sealed to the one before it, so verification names any entry that was changed, removed or reordered.</source>
      <translation>Cada inicio de sesión, cambio de cuenta, copia de seguridad y rotación de clave, del más reciente al más antiguo. Las entradas no pueden editarse: cada una está sellada a la anterior, por lo que la verificación señala cualquier entrada que haya sido modificada, eliminada o reordenada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="223" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="185" />
      <source>No audit entry matches these filters. Widen the dates, or choose all users and all actions, then press Apply.</source>
      <translation>Ninguna entrada de auditoría coincide con estos filtros. Amplíe las fechas o elija todos los usuarios y todas las acciones, y luego presione Aplicar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="184" />
      <source>No matching entries</source>
      <translation>No hay entradas coincidentes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="250" />
      <source>Recompute the seal of every entry, oldest first, and name the first one that fails.</source>
      <translation>Recalcular el sello de cada entrada, de la más antigua a la más reciente, e indicar la primera que falle.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="79" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="307" />
      <source>The audit trail is empty.</source>
      <translation>El registro de auditoría está vacío.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="267" />
      <source>The start date is after the end date.</source>
      <translation>La fecha de inicio es posterior a la fecha de fin.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="79" />
      <source>Time</source>
      <translation>Fecha y hora</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="223" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="79" />
      <location filename="../../desktop/views/admin/audit.py" line="221" />
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="249" />
      <source>Verify chain</source>
      <translation>Verificar la cadena</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="328" />
      <source>Verifying every entry of the audit trail…</source>
      <translation>Verificando cada entrada del registro de auditoría…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="330" />
      <source>Verifying the audit chain…</source>
      <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="60" />
      <source>active</source>
      <translation>activa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="93" />
      <source>after a period without use</source>
      <translation>tras un período sin uso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="89" />
      <source>assigned to {n} people</source>
      <translation>asignado a {n} personas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="92" />
      <source>by the user</source>
      <translation>por el usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="40" />
      <source>case #{n}</source>
      <translation>caso n.º {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="83" />
      <source>codes: {list}</source>
      <translation>códigos: {list}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="82" />
      <source>consent gate overridden</source>
      <translation>control de consentimiento omitido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="77" />
      <source>copy {n}</source>
      <translation>copia {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="80" />
      <source>flagged: {flag}</source>
      <translation>marcada: {flag}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="58" />
      <source>identification: {v}</source>
      <translation>identificación: {v}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="60" />
      <source>inactive</source>
      <translation>inactiva</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="55" />
      <source>level: {v}</source>
      <translation>nivel: {v}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="75" />
      <source>not password-protected</source>
      <translation>sin contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="91" />
      <source>opened</source>
      <translation>abierto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="54" />
      <source>organisation: {v}</source>
      <translation>organización: {v}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="74" />
      <source>password-protected</source>
      <translation>protegido con contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="76" />
      <source>preview</source>
      <translation>vista previa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="53" />
      <source>role: {v}</source>
      <translation>rol: {v}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="72" />
      <source>sections: {sections}</source>
      <translation>secciones: {sections}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="56" />
      <source>status: {v}</source>
      <translation>estado: {v}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="70" />
      <source>to: {kind}</source>
      <translation>para: {kind}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="46" />
      <source>{before} → {after}</source>
      <translation>{before} → {after}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="69" />
      <source>{case}, form version {version}</source>
      <translation>{case}, formulario versión {version}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="323" />
      <source>{n} entries.</source>
      <translation>{n} entradas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit.py" line="320" />
      <source>{n} newest entries shown; scroll down for more.</source>
      <translation>Se muestran las {n} entradas más recientes; desplácese hacia abajo para ver más.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="87" />
      <source>{section}: record added</source>
      <translation>{section}: registro agregado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="84" />
      <source>{section}: record changed</source>
      <translation>{section}: registro modificado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/audit_detail.py" line="87" />
      <source>{section}: record removed</source>
      <translation>{section}: registro eliminado</translation>
    </message>
    <message>
      <source>Account changed</source>
      <translation type="vanished">Cuenta modificada</translation>
    </message>
    <message>
      <source>Account created</source>
      <translation type="vanished">Cuenta creada</translation>
    </message>
    <message>
      <source>Account disabled</source>
      <translation type="vanished">Cuenta desactivada</translation>
    </message>
    <message>
      <source>Account reset</source>
      <translation type="vanished">Cuenta restablecida</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation type="vanished">Copia de seguridad realizada</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation type="vanished">Copia de seguridad restaurada</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation type="vanished">Caso abierto</translation>
    </message>
    <message>
      <source>Data exported</source>
      <translation type="vanished">Datos exportados</translation>
    </message>
    <message>
      <source>Database key rotated</source>
      <translation type="vanished">Clave de la base de datos rotada</translation>
    </message>
    <message>
      <source>Database schema updated</source>
      <translation type="vanished">Esquema de la base de datos actualizado</translation>
    </message>
    <message>
      <source>Escrow recovery</source>
      <translation type="vanished">Recuperación con clave de custodia</translation>
    </message>
    <message>
      <source>Failed login</source>
      <translation type="vanished">Inicio de sesión fallido</translation>
    </message>
    <message>
      <source>Key derivation upgraded</source>
      <translation type="vanished">Derivación de claves mejorada</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation type="vanished">Bloqueado</translation>
    </message>
    <message>
      <source>Logged in</source>
      <translation type="vanished">Inició sesión</translation>
    </message>
    <message>
      <source>Logged out</source>
      <translation type="vanished">Cerró sesión</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation type="vanished">Contraseña cambiada</translation>
    </message>
    <message>
      <source>Password re-entered</source>
      <translation type="vanished">Contraseña ingresada de nuevo</translation>
    </message>
    <message>
      <source>Previewed</source>
      <translation type="vanished">Previsualizado</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation type="vanished">Impreso</translation>
    </message>
    <message>
      <source>Record changed</source>
      <translation type="vanished">Registro modificado</translation>
    </message>
    <message>
      <source>Record created</source>
      <translation type="vanished">Registro creado</translation>
    </message>
    <message>
      <source>Record deleted</source>
      <translation type="vanished">Registro eliminado</translation>
    </message>
    <message>
      <source>Role changed</source>
      <translation type="vanished">Rol modificado</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <translation type="vanished">Configuración modificada</translation>
    </message>
    <message>
      <source>Status changed</source>
      <translation type="vanished">Estado modificado</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation type="vanished">Desbloqueado</translation>
    </message>
    <message>
      <source>Vault created</source>
      <translation type="vanished">Bóveda creada</translation>
    </message>
    <message>
      <source>Verification run</source>
      <translation type="vanished">Verificación ejecutada</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="237" />
      <source>A backup copies every record of the vault into one encrypted file.</source>
      <translation>Una copia de seguridad copia todos los registros de la bóveda en un único archivo cifrado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="165" />
      <source>Audit head</source>
      <translation>Cabeza de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="90" />
      <source>Backup folder:</source>
      <translation>Carpeta de copias de seguridad:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="248" />
      <source>Backup made and verified: {file}. Audit chain head #{id} {mac}…</source>
      <translation>Copia de seguridad realizada y verificada: {file}. Cabeza de la cadena de auditoría n.º {id} {mac}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="85" />
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="78" />
      <source>Backups</source>
      <comment>tab</comment>
      <translation>Respaldos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="95" />
      <source>Change it under Settings.</source>
      <translation>Puede cambiarla en Configuración.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="285" />
      <source>Checking and restoring the backup… Do not close CaseDesk.</source>
      <translation>Comprobando y restaurando la copia de seguridad… No cierre CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="165" />
      <source>Created</source>
      <translation>Creada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="86" />
      <source>Each backup is encrypted, sealed to the escrow key and to every account that may manage backups, and checked completely before it is listed. Keep copies away from the office, on an encrypted drive.</source>
      <translation>Cada copia de seguridad está cifrada, sellada con la clave de custodia y con cada cuenta autorizada para administrar copias de seguridad, y se comprueba por completo antes de aparecer en la lista. Guarde copias fuera de la oficina, en una unidad cifrada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="280" />
      <source>Enter your password to replace the vault with the backup of {when}:</source>
      <translation>Ingrese su contraseña para reemplazar la bóveda con la copia de seguridad del {when}:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="223" />
      <source>Everything now in the vault will be replaced by the content of this backup. Cases, changes and accounts recorded after {when} will be lost; the audit trail records the restore.

The vault is locked afterwards and everyone must log in again.

If today's work may still be needed, make a backup of it first.</source>
      <translation>Todo lo que hay ahora en la bóveda se reemplazará con el contenido de esta copia de seguridad. Se perderán los casos, cambios y cuentas registrados después del {when}; el registro de auditoría deja constancia de la restauración.

Luego la bóveda se bloquea y todas las personas deben iniciar sesión de nuevo.

Si el trabajo de hoy todavía puede necesitarse, haga primero una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="166" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="106" />
      <source>Make backup now</source>
      <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="134" />
      <source>Make one now, and again after each day of work. To restore a backup kept in another folder, choose that folder under Settings first.</source>
      <translation>Haga una ahora, y otra después de cada jornada de trabajo. Para restaurar una copia de seguridad guardada en otra carpeta, elija primero esa carpeta en Configuración.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="243" />
      <source>Making a backup…</source>
      <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="241" />
      <source>Making and verifying the backup… This can take a minute.</source>
      <translation>Haciendo y verificando la copia de seguridad… Esto puede tardar un minuto.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="133" />
      <source>No backup in this folder yet</source>
      <translation>Todavía no hay copias de seguridad en esta carpeta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="110" />
      <source>Open the selected backup with your password and check every page and the audit chain.</source>
      <translation>Abrir la copia de seguridad seleccionada con su contraseña y comprobar cada página y la cadena de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="262" />
      <source>Opening and checking {file}…</source>
      <translation>Abriendo y comprobando {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="229" />
      <source>Replace the vault</source>
      <translation>Reemplazar la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="115" />
      <source>Replace the vault with the selected backup.</source>
      <translation>Reemplazar la bóveda con la copia de seguridad seleccionada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="280" />
      <source>Restore backup</source>
      <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="220" />
      <source>Restore the backup of {when}?</source>
      <translation>¿Restaurar la copia de seguridad del {when}?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="220" />
      <source>Restore this backup?</source>
      <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="113" />
      <source>Restore…</source>
      <translation>Restaurar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="288" />
      <source>Restoring a backup…</source>
      <translation>Restaurando una copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="165" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="268" />
      <source>The backup of {when} is intact: {users} accounts, {cases} cases, audit chain head #{id}.</source>
      <translation>La copia de seguridad del {when} está intacta: {users} cuentas, {cases} casos, cabeza de la cadena de auditoría n.º {id}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="293" />
      <source>The backup of {when} was restored. The vault is locked; log in again.</source>
      <translation>Se restauró la copia de seguridad del {when}. La bóveda está bloqueada; inicie sesión de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="165" />
      <source>Users</source>
      <translation>Usuarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="257" />
      <source>Verify backup</source>
      <translation>Verificar copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="265" />
      <source>Verifying a backup…</source>
      <translation>Verificando una copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="109" />
      <source>Verify…</source>
      <translation>Verificar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="257" />
      <source>Your password opens the backup of {when} for checking:</source>
      <translation>Su contraseña abre la copia de seguridad del {when} para comprobarla:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/backups.py" line="304" />
      <source>{error} The vault is locked; log in again.</source>
      <translation>{error} La bóveda está bloqueada; inicie sesión de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>BundleActions</name>
    <message>
      <location filename="../../desktop/views/bundles/actions.py" line="65" />
      <source>&amp;Import a bundle…</source>
      <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/actions.py" line="64" />
      <source>&amp;Send cases to…</source>
      <translation>&amp;Enviar casos a…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/actions.py" line="66" />
      <source>S&amp;ynchronise…</source>
      <translation>Si&amp;ncronizar…</translation>
    </message>
  </context>
  <context>
    <name>Bundles</name>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="59" />
      <source>A note</source>
      <translation>Una nota</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="62" />
      <source>A record: {section}</source>
      <translation>Un registro: {section}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="59" />
      <source>A task</source>
      <translation>Una tarea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="34" />
      <source>Added</source>
      <translation>Se agrega</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="59" />
      <source>An attachment</source>
      <translation>Un archivo adjunto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="61" />
      <source>An identification decision</source>
      <translation>Una decisión de identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="60" />
      <source>An interview</source>
      <translation>Una entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="60" />
      <source>An interview addendum</source>
      <translation>Una adenda de entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="136" />
      <source>Bundle written.</source>
      <translation>Paquete escrito.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="30" />
      <source>Changed on both sides</source>
      <translation>Cambiado en ambos lados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="29" />
      <source>Changes arrive</source>
      <translation>Llegan cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="136" />
      <source>Checking bundles…</source>
      <translation>Comprobando los paquetes…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="137" />
      <source>Compared.</source>
      <translation>Comparado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="137" />
      <source>Comparing with this vault…</source>
      <translation>Comparando con esta bóveda…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="43" />
      <source>Decided by</source>
      <translation>Decidida por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="43" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="42" />
      <source>Done</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="139" />
      <source>Done.</source>
      <translation>Listo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="42" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="44" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="45" />
      <source>Form</source>
      <translation>Formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="56" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="138" />
      <source>Importing…</source>
      <translation>Importando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="44" />
      <source>Interview</source>
      <translation>Entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="35" />
      <source>Kept (changed here)</source>
      <translation>Se conserva (cambiado aquí)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="36" />
      <source>Kept (locked here)</source>
      <translation>Se conserva (bloqueada aquí)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="41" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="29" />
      <source>New here</source>
      <translation>Nuevo aquí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="88" />
      <location filename="../../desktop/views/bundles/common.py" line="106" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="25" />
      <source>Our field tablet</source>
      <translation>Nuestra tableta de campo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="24" />
      <source>Our office</source>
      <translation>Nuestra oficina</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="24" />
      <source>Partner organisation</source>
      <translation>Organización asociada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="139" />
      <source>Preparing what goes back…</source>
      <translation>Preparando lo que se devuelve…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="135" />
      <source>Reading the cases…</source>
      <translation>Leyendo los casos…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="135" />
      <source>Sealing the bundle…</source>
      <translation>Sellando el paquete…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="34" />
      <source>Taken (changed there)</source>
      <translation>Se toma (cambiado allá)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="42" />
      <source>Task</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="41" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="44" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="30" />
      <source>Unchanged</source>
      <translation>Sin cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="45" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="138" />
      <source>Writing the cases…</source>
      <translation>Guardando los casos…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="41" />
      <location filename="../../desktop/views/bundles/common.py" line="45" />
      <source>Written</source>
      <translation>Escrita</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="88" />
      <location filename="../../desktop/views/bundles/common.py" line="106" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="35" />
      <source>Your choice</source>
      <translation>Usted elige</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/common.py" line="93" />
      <source>{state}, {answers} answers</source>
      <translation>{state}, {answers} respuestas</translation>
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="115" />
      <source>A supervisor other than you approves the closure. Until then the case stays open and can still change.</source>
      <translation>Un supervisor distinto de usted aprueba el cierre. Hasta entonces, el caso sigue abierto y todavía puede cambiar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="85" />
      <source>Assign</source>
      <translation>Asignar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="82" />
      <source>Assign the case</source>
      <translation>Asignar el caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="88" />
      <source>Assigned to</source>
      <translation>Asignado a</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="103" />
      <source>Change status</source>
      <translation>Cambiar estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="100" />
      <source>Change the status</source>
      <translation>Cambiar el estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="119" />
      <source>Close as</source>
      <translation>Cerrar como</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="101" />
      <source>Closing goes through a request that another supervisor approves; use “Request closure…” for that.</source>
      <translation>El cierre pasa por una solicitud que aprueba otro supervisor; para ello, use “Solicitar cierre…”.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="137" />
      <source>Decided by</source>
      <translation>Decidido por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="136" />
      <source>Decided on</source>
      <translation>Fecha de la decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="135" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="166" />
      <source>Exploitation and control</source>
      <translation>Explotación y control</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="181" />
      <source>Flags</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="181" />
      <source>Flags show in red on the case's header for everyone who opens it.</source>
      <translation>Las alertas se muestran en rojo en el encabezado del caso para todas las personas que lo abren.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="161" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="127" />
      <source>Record an identification decision</source>
      <translation>Registrar una decisión de identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="129" />
      <source>Record decision</source>
      <translation>Registrar decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="127" />
      <source>Record who decided, when, and what they decided. Earlier decisions stay in the case's history.</source>
      <translation>Registre quién decidió, cuándo y qué decidió. Las decisiones anteriores se conservan en el historial del caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="103" />
      <source>Reopen</source>
      <translation>Reabrir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="99" />
      <source>Reopen the case</source>
      <translation>Reabrir el caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="100" />
      <source>Reopening a closed case is recorded in its history.</source>
      <translation>La reapertura de un caso cerrado queda registrada en su historial.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="115" />
      <location filename="../../desktop/views/cases/case_actions.py" line="117" />
      <source>Request closure</source>
      <translation>Solicitar cierre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="168" />
      <location filename="../../desktop/views/cases/case_actions.py" line="182" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="107" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="82" />
      <source>The people assigned see the case in their lists and may work on it. Enter their usernames, separated by commas; this replaces the current assignment.</source>
      <translation>Las personas asignadas ven el caso en sus listas y pueden trabajar en él. Ingrese sus nombres de usuario separados por comas; esto reemplaza la asignación actual.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="166" />
      <source>Tick everything the person experienced; a person can suffer several forms of exploitation at once, and the annual statistics count each.</source>
      <translation>Marque todo lo que la persona vivió; una persona puede sufrir varias formas de explotación a la vez, y las estadísticas anuales cuentan cada una.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_actions.py" line="87" />
      <source>e.g. ana.xiu, luis.coc</source>
      <translation>p. ej., ana.xiu, luis.coc</translation>
    </message>
  </context>
  <context>
    <name>CaseDesk</name>
    <message>
      <location filename="../../desktop/app.py" line="89" />
      <location filename="../../desktop/app.py" line="266" />
      <source>CaseDesk</source>
      <translation>CaseDesk</translation>
    </message>
  </context>
  <context>
    <name>CaseDocuments</name>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="86" />
      <source> (since {day})</source>
      <translation> (desde el {day})</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="77" />
      <source> — child</source>
      <translation> — menor de edad</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="75" />
      <source> — child (age disputed)</source>
      <translation> — menor de edad (edad en disputa)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="88" />
      <location filename="../../desktop/services/cases/content.py" line="116" />
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="219" />
      <source>At large</source>
      <translation>Prófugo</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="206" />
      <source>Carried out by</source>
      <translation>Realizada por</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="180" />
      <source>Case flags</source>
      <translation>Alertas del caso</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="205" />
      <source>Case notes</source>
      <translation>Notas del caso</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="87" />
      <source>Case reference</source>
      <translation>Referencia del caso</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="90" />
      <source>Case status</source>
      <translation>Estado del caso</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="124" />
      <source>Citizenship</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="198" />
      <source>Consent records</source>
      <translation>Registros de consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="96" />
      <source>Consent to refer</source>
      <translation>Consentimiento para la derivación</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="136" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="156" />
      <location filename="../../desktop/services/cases/content.py" line="206" />
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="196" />
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="199" />
      <source>Data</source>
      <translation>Datos</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="105" />
      <source>Data authorised for release</source>
      <translation>Datos autorizados para compartir</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="206" />
      <location filename="../../desktop/services/referrals/documents.py" line="205" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="196" />
      <source>Decided</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="194" />
      <source>Decided by</source>
      <translation>Decidido por</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="194" />
      <source>Decided on</source>
      <translation>Fecha de la decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="91" />
      <location filename="../../desktop/services/cases/content.py" line="187" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="131" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="156" />
      <source>Event</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="151" />
      <source>Exploitation</source>
      <translation>Explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="207" />
      <source>Follow-up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="156" />
      <location filename="../../desktop/services/cases/content.py" line="167" />
      <location filename="../../desktop/services/cases/content.py" line="187" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="113" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="115" />
      <source>Gender identity</source>
      <translation>Identidad de género</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="101" />
      <location filename="../../desktop/services/referrals/documents.py" line="199" />
      <source>Given by</source>
      <translation>Otorgado por</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="102" />
      <location filename="../../desktop/services/referrals/documents.py" line="199" />
      <source>Given on</source>
      <translation>Fecha de otorgamiento</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="177" />
      <source>Health urgency</source>
      <translation>Urgencia de salud</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="193" />
      <source>Identification history</source>
      <translation>Historial de identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="89" />
      <source>Identification status</source>
      <translation>Estado de identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="126" />
      <source>Interpreter needed</source>
      <translation>Necesita intérprete</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="142" />
      <source>Interview reference</source>
      <translation>Referencia de la entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="152" />
      <source>Labour sector</source>
      <translation>Sector laboral</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="125" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="205" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="154" />
      <source>Means of control</source>
      <translation>Medios de control</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="87" />
      <location filename="../../desktop/services/cases/content.py" line="218" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="218" />
      <source>Nationality</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="98" />
      <source>No consent record covers this referral; see the supervisor's override on the cover letter.</source>
      <translation>Ningún registro de consentimiento cubre esta derivación; vea la autorización excepcional del supervisor en la carta de presentación.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="205" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="196" />
      <source>Offence</source>
      <translation>Delito</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="196" />
      <source>Opened</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="113" />
      <source>Other names</source>
      <translation>Otros nombres</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="103" />
      <source>Person was informed of</source>
      <translation>Se informó a la persona de</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="156" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="167" />
      <source>Provider</source>
      <translation>Proveedor</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="206" />
      <source>Receiving organisation</source>
      <translation>Organización receptora</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="199" />
      <source>Recipients</source>
      <translation>Destinatarios</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="104" />
      <source>Recipients covered</source>
      <translation>Destinatarios cubiertos</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="155" />
      <source>Recruitment</source>
      <translation>Captación</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="218" />
      <source>Relationship</source>
      <translation>Relación</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="218" />
      <source>Roles</source>
      <translation>Funciones</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="176" />
      <source>Safety risk</source>
      <translation>Riesgo para la seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="167" />
      <source>Service received</source>
      <translation>Servicio recibido</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="165" />
      <source>Services requested</source>
      <translation>Servicios solicitados</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="88" />
      <location filename="../../desktop/services/cases/content.py" line="114" />
      <location filename="../../desktop/services/cases/content.py" line="218" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="153" />
      <source>Sexual exploitation</source>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="187" />
      <source>Shelter</source>
      <translation>Albergue</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="196" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="194" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="143" />
      <source>The interview record stays with the council; request it quoting this reference.</source>
      <translation>El registro de la entrevista queda en poder del consejo; solicítelo citando esta referencia.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="156" />
      <location filename="../../desktop/services/cases/content.py" line="167" />
      <location filename="../../desktop/services/cases/content.py" line="187" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="178" />
      <source>Trafficker at large</source>
      <translation>Tratante prófugo</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="117" />
      <source>Unaccompanied</source>
      <translation>No acompañado(a)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="73" />
      <source>Unknown</source>
      <translation>Desconocida</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="73" />
      <source>Unknown — age disputed, treated as a child</source>
      <translation>Desconocida — edad en disputa, se trata como menor de edad</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="106" />
      <location filename="../../desktop/services/referrals/documents.py" line="199" />
      <source>Withdrawn</source>
      <translation>Retirado</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="71" />
      <source>about {years}</source>
      <translation>unos {years}</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="69" />
      <source>about {years} (estimated {day})</source>
      <translation>unos {years} (estimada el {day})</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="39" />
      <source>{section} (restricted)</source>
      <translation>{section} (restringido)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/content.py" line="66" />
      <source>{years} (born {day})</source>
      <translation>{years} (nacido(a) el {day})</translation>
    </message>
  </context>
  <context>
    <name>CaseLabels</name>
    <message>
      <source>1 · Standard</source>
      <translation type="vanished">1 · Estándar</translation>
    </message>
    <message>
      <source>2 · Sensitive</source>
      <translation type="vanished">2 · Sensible</translation>
    </message>
    <message>
      <source>3 · Restricted</source>
      <translation type="vanished">3 · Restringido</translation>
    </message>
    <message>
      <source>A guardian</source>
      <translation type="vanished">Un(a) tutor(a)</translation>
    </message>
    <message>
      <source>ATIPs operation</source>
      <translation type="vanished">Operativo ATIPs</translation>
    </message>
    <message>
      <source>Abuser</source>
      <translation type="vanished">Abusador</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation type="vanished">Aceptada</translation>
    </message>
    <message>
      <source>Accommodation / shelter</source>
      <translation type="vanished">Alojamiento / albergue</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation type="vanished">Recibida</translation>
    </message>
    <message>
      <source>Acquitted</source>
      <translation type="vanished">Absolución</translation>
    </message>
    <message>
      <source>Active</source>
      <translation type="vanished">Activo</translation>
    </message>
    <message>
      <source>Additional services</source>
      <translation type="vanished">Servicios adicionales</translation>
    </message>
    <message>
      <source>Age disputed</source>
      <translation type="vanished">Edad en disputa</translation>
    </message>
    <message>
      <source>Agriculture</source>
      <translation type="vanished">Agricultura</translation>
    </message>
    <message>
      <source>Already received elsewhere</source>
      <translation type="vanished">Ya lo recibe en otro lugar</translation>
    </message>
    <message>
      <source>Also known as</source>
      <translation type="vanished">También conocido(a) como</translation>
    </message>
    <message>
      <source>Aquafarming</source>
      <translation type="vanished">Acuicultura</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation type="vanished">Asignado</translation>
    </message>
    <message>
      <source>At large</source>
      <translation type="vanished">Prófugo</translation>
    </message>
    <message>
      <source>At work</source>
      <translation type="vanished">En el trabajo</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation type="vanished">Archivos adjuntos</translation>
    </message>
    <message>
      <source>Begging</source>
      <translation type="vanished">Mendicidad</translation>
    </message>
    <message>
      <source>Belize</source>
      <translation type="vanished">Belice</translation>
    </message>
    <message>
      <source>Belizean Kriol</source>
      <translation type="vanished">Kriol beliceño</translation>
    </message>
    <message>
      <source>Broker</source>
      <translation type="vanished">Intermediario</translation>
    </message>
    <message>
      <source>Business</source>
      <translation type="vanished">Empresa</translation>
    </message>
    <message>
      <source>CSEC: child pornography</source>
      <translation type="vanished">ESCNNA: pornografía infantil</translation>
    </message>
    <message>
      <source>CSEC: child prostitution</source>
      <translation type="vanished">ESCNNA: prostitución infantil</translation>
    </message>
    <message>
      <source>CSEC: other offence</source>
      <translation type="vanished">ESCNNA: otro delito</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation type="vanished">Realizada por</translation>
    </message>
    <message>
      <source>Case</source>
      <translation type="vanished">Caso</translation>
    </message>
    <message>
      <source>Cayo</source>
      <translation type="vanished">Cayo</translation>
    </message>
    <message>
      <source>Central government</source>
      <translation type="vanished">Gobierno central</translation>
    </message>
    <message>
      <source>Change of location</source>
      <translation type="vanished">Cambio de ubicación</translation>
    </message>
    <message>
      <source>Child labour</source>
      <translation type="vanished">Trabajo infantil</translation>
    </message>
    <message>
      <source>Citizenships</source>
      <translation type="vanished">Nacionalidades</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation type="vanished">Cerrado</translation>
    </message>
    <message>
      <source>Closed (referred on)</source>
      <translation type="vanished">Cerrado (derivado)</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation type="vanished">Completada</translation>
    </message>
    <message>
      <source>Confirmed victim</source>
      <translation type="vanished">Víctima confirmada</translation>
    </message>
    <message>
      <source>Consent covers</source>
      <translation type="vanished">El consentimiento abarca</translation>
    </message>
    <message>
      <source>Consent records</source>
      <translation type="vanished">Registros de consentimiento</translation>
    </message>
    <message>
      <source>Consent removed</source>
      <translation type="vanished">Consentimiento eliminado</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation type="vanished">Consentimiento retirado</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation type="vanished">Consentimientos</translation>
    </message>
    <message>
      <source>Construction</source>
      <translation type="vanished">Construcción</translation>
    </message>
    <message>
      <source>Consulate</source>
      <translation type="vanished">Consulado</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation type="vanished">Contacto</translation>
    </message>
    <message>
      <source>Contact details</source>
      <translation type="vanished">Datos de contacto</translation>
    </message>
    <message>
      <source>Convicted</source>
      <translation type="vanished">Condena</translation>
    </message>
    <message>
      <source>Corozal</source>
      <translation type="vanished">Corozal</translation>
    </message>
    <message>
      <source>Country</source>
      <translation type="vanished">País</translation>
    </message>
    <message>
      <source>Country of origin</source>
      <translation type="vanished">País de origen</translation>
    </message>
    <message>
      <source>Court</source>
      <translation type="vanished">Tribunal</translation>
    </message>
    <message>
      <source>Court or prosecution</source>
      <translation type="vanished">Tribunal o fiscalía</translation>
    </message>
    <message>
      <source>Data that may be released</source>
      <translation type="vanished">Datos que pueden compartirse</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="vanished">Fecha de nacimiento</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <translation type="vanished">Servidumbre por deudas</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation type="vanished">Fecha de la decisión</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation type="vanished">Rechazada</translation>
    </message>
    <message>
      <source>Declined by the person</source>
      <translation type="vanished">Rechazado por la persona</translation>
    </message>
    <message>
      <source>Destination country</source>
      <translation type="vanished">País de destino</translation>
    </message>
    <message>
      <source>Disclosures</source>
      <translation type="vanished">Revelaciones</translation>
    </message>
    <message>
      <source>Dismissed or withdrawn</source>
      <translation type="vanished">Desestimado o retirado</translation>
    </message>
    <message>
      <source>District</source>
      <translation type="vanished">Distrito</translation>
    </message>
    <message>
      <source>Domestic work</source>
      <translation type="vanished">Trabajo doméstico</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation type="vanished">Borrador</translation>
    </message>
    <message>
      <source>Education</source>
      <translation type="vanished">Educación</translation>
    </message>
    <message>
      <source>Educational institution</source>
      <translation type="vanished">Institución educativa</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation type="vanished">Emergencia</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation type="vanished">Fecha de fin</translation>
    </message>
    <message>
      <source>English</source>
      <translation type="vanished">Inglés</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation type="vanished">Edad estimada</translation>
    </message>
    <message>
      <source>Excessive working hours</source>
      <translation type="vanished">Jornadas de trabajo excesivas</translation>
    </message>
    <message>
      <source>Exploitation</source>
      <translation type="vanished">Explotación</translation>
    </message>
    <message>
      <source>Exploiter</source>
      <translation type="vanished">Explotador</translation>
    </message>
    <message>
      <source>False promises</source>
      <translation type="vanished">Falsas promesas</translation>
    </message>
    <message>
      <source>Family</source>
      <translation type="vanished">Familia</translation>
    </message>
    <message>
      <source>Family names</source>
      <translation type="vanished">Apellidos</translation>
    </message>
    <message>
      <source>Family tracing</source>
      <translation type="vanished">Búsqueda de familiares</translation>
    </message>
    <message>
      <source>Female</source>
      <translation type="vanished">Femenino</translation>
    </message>
    <message>
      <source>Financial</source>
      <translation type="vanished">Apoyo económico</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation type="vanished">Alertas</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation type="vanished">Seguimiento</translation>
    </message>
    <message>
      <source>Forced adoption</source>
      <translation type="vanished">Adopción forzada</translation>
    </message>
    <message>
      <source>Forced begging</source>
      <translation type="vanished">Mendicidad forzada</translation>
    </message>
    <message>
      <source>Forced criminality</source>
      <translation type="vanished">Delincuencia forzada</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <translation type="vanished">Trabajo forzoso</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation type="vanished">Matrimonio forzado</translation>
    </message>
    <message>
      <source>Forced military service</source>
      <translation type="vanished">Servicio militar forzoso</translation>
    </message>
    <message>
      <source>Foreign government</source>
      <translation type="vanished">Gobierno extranjero</translation>
    </message>
    <message>
      <source>Friend</source>
      <translation type="vanished">Amigo(a)</translation>
    </message>
    <message>
      <source>Friends</source>
      <translation type="vanished">Amistades</translation>
    </message>
    <message>
      <source>Garifuna</source>
      <translation type="vanished">Garífuna</translation>
    </message>
    <message>
      <source>Given by</source>
      <translation type="vanished">Otorgado por</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation type="vanished">Nombres</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation type="vanished">Fecha de otorgamiento</translation>
    </message>
    <message>
      <source>Government of Belize</source>
      <translation type="vanished">Gobierno de Belice</translation>
    </message>
    <message>
      <source>Harbourer</source>
      <translation type="vanished">Quien da acogida</translation>
    </message>
    <message>
      <source>Health</source>
      <translation type="vanished">Salud</translation>
    </message>
    <message>
      <source>Health service</source>
      <translation type="vanished">Servicio de salud</translation>
    </message>
    <message>
      <source>High</source>
      <translation type="vanished">Alta</translation>
    </message>
    <message>
      <source>History</source>
      <translation type="vanished">Historial</translation>
    </message>
    <message>
      <source>Hospitality</source>
      <translation type="vanished">Hotelería</translation>
    </message>
    <message>
      <source>Hotline</source>
      <translation type="vanished">Línea directa</translation>
    </message>
    <message>
      <source>Human Services</source>
      <translation type="vanished">Servicios Humanos</translation>
    </message>
    <message>
      <source>IOM</source>
      <translation type="vanished">IOM</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation type="vanished">Identificación</translation>
    </message>
    <message>
      <source>Identified through</source>
      <translation type="vanished">Identificado(a) a través de</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation type="vanished">Identidad</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation type="vanished">Documentos de identidad</translation>
    </message>
    <message>
      <source>Illicit activities</source>
      <translation type="vanished">Actividades ilícitas</translation>
    </message>
    <message>
      <source>Immigration screening</source>
      <translation type="vanished">Evaluación migratoria</translation>
    </message>
    <message>
      <source>Immigration service</source>
      <translation type="vanished">Servicio de migración</translation>
    </message>
    <message>
      <source>Immigration status</source>
      <translation type="vanished">Situación migratoria</translation>
    </message>
    <message>
      <source>Independent living</source>
      <translation type="vanished">Vida independiente</translation>
    </message>
    <message>
      <source>Informed of data use</source>
      <translation type="vanished">Informado(a) del uso de los datos</translation>
    </message>
    <message>
      <source>Informed of research use</source>
      <translation type="vanished">Informado(a) del uso para investigación</translation>
    </message>
    <message>
      <source>Informed of retention</source>
      <translation type="vanished">Informado(a) del tiempo de conservación</translation>
    </message>
    <message>
      <source>Informed of the purpose</source>
      <translation type="vanished">Informado(a) de la finalidad</translation>
    </message>
    <message>
      <source>Informed of the right to refuse</source>
      <translation type="vanished">Informado(a) del derecho a negarse</translation>
    </message>
    <message>
      <source>Informed of the right to withdraw</source>
      <translation type="vanished">Informado(a) del derecho a retirar el consentimiento</translation>
    </message>
    <message>
      <source>Informed of who has access</source>
      <translation type="vanished">Informado(a) de quién tiene acceso</translation>
    </message>
    <message>
      <source>International organisation</source>
      <translation type="vanished">Organización internacional</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation type="vanished">Interpretación</translation>
    </message>
    <message>
      <source>Interview reference</source>
      <translation type="vanished">Referencia de la entrevista</translation>
    </message>
    <message>
      <source>Intimate partner</source>
      <translation type="vanished">Pareja sentimental</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation type="vanished">Investigación</translation>
    </message>
    <message>
      <source>Kidnapper</source>
      <translation type="vanished">Secuestrador</translation>
    </message>
    <message>
      <source>Labour inspection</source>
      <translation type="vanished">Inspección laboral</translation>
    </message>
    <message>
      <source>Labour sectors</source>
      <translation type="vanished">Sectores laborales</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation type="vanished">Idiomas</translation>
    </message>
    <message>
      <source>Law enforcement</source>
      <translation type="vanished">Fuerzas del orden</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation type="vanished">Asistencia jurídica</translation>
    </message>
    <message>
      <source>Legal proceedings</source>
      <translation type="vanished">Procesos judiciales</translation>
    </message>
    <message>
      <source>Legal service</source>
      <translation type="vanished">Servicio jurídico</translation>
    </message>
    <message>
      <source>Livelihood</source>
      <translation type="vanished">Medios de vida</translation>
    </message>
    <message>
      <source>Local government</source>
      <translation type="vanished">Gobierno local</translation>
    </message>
    <message>
      <source>Low</source>
      <translation type="vanished">Baja</translation>
    </message>
    <message>
      <source>Male</source>
      <translation type="vanished">Masculino</translation>
    </message>
    <message>
      <source>Manufacturing</source>
      <translation type="vanished">Manufactura</translation>
    </message>
    <message>
      <source>May be shared with</source>
      <translation type="vanished">Puede compartirse con</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation type="vanished">Medios de control</translation>
    </message>
    <message>
      <source>Media interest</source>
      <translation type="vanished">Interés de los medios de comunicación</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation type="vanished">Atención médica</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation type="vanished">Media</translation>
    </message>
    <message>
      <source>Mining or drilling</source>
      <translation type="vanished">Minería o perforación</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation type="vanished">Menor de edad</translation>
    </message>
    <message>
      <source>Mopan</source>
      <translation type="vanished">Mopán</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation type="vanished">ONG</translation>
    </message>
    <message>
      <source>NGO referral</source>
      <translation type="vanished">Derivación de una ONG</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="vanished">Nombre</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation type="vanished">Nacionalidad</translation>
    </message>
    <message>
      <source>Nationality and languages</source>
      <translation type="vanished">Nacionalidad e idiomas</translation>
    </message>
    <message>
      <source>Needs and services</source>
      <translation type="vanished">Necesidades y servicios</translation>
    </message>
    <message>
      <source>Newspaper</source>
      <translation type="vanished">Periódico</translation>
    </message>
    <message>
      <source>None</source>
      <translation type="vanished">Ninguna</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation type="vanished">Normal</translation>
    </message>
    <message>
      <source>Not a victim</source>
      <translation type="vanished">No es víctima</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation type="vanished">No aplica</translation>
    </message>
    <message>
      <source>Not specified</source>
      <translation type="vanished">No especificado</translation>
    </message>
    <message>
      <source>Not urgent</source>
      <translation type="vanished">No urgente</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation type="vanished">Notas</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation type="vanished">Delito</translation>
    </message>
    <message>
      <source>Online advertisement</source>
      <translation type="vanished">Anuncio en línea</translation>
    </message>
    <message>
      <source>Online social network</source>
      <translation type="vanished">Red social en línea</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation type="vanished">Fecha de apertura</translation>
    </message>
    <message>
      <source>Orange Walk</source>
      <translation type="vanished">Orange Walk</translation>
    </message>
    <message>
      <source>Organ removal</source>
      <translation type="vanished">Extracción de órganos</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="vanished">Otro</translation>
    </message>
    <message>
      <source>Other government body</source>
      <translation type="vanished">Otro organismo del gobierno</translation>
    </message>
    <message>
      <source>Other language</source>
      <translation type="vanished">Otro idioma</translation>
    </message>
    <message>
      <source>Other related offence</source>
      <translation type="vanished">Otro delito conexo</translation>
    </message>
    <message>
      <source>Peddling</source>
      <translation type="vanished">Venta ambulante</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation type="vanished">Pendiente</translation>
    </message>
    <message>
      <source>Perpetrators</source>
      <translation type="vanished">Perpetradores</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="vanished">Persona</translation>
    </message>
    <message>
      <source>Physical abuse</source>
      <translation type="vanished">Abuso físico</translation>
    </message>
    <message>
      <source>Place</source>
      <translation type="vanished">Lugar</translation>
    </message>
    <message>
      <source>Place of business</source>
      <translation type="vanished">Lugar de trabajo o negocio</translation>
    </message>
    <message>
      <source>Plautdietsch</source>
      <translation type="vanished">Plautdietsch</translation>
    </message>
    <message>
      <source>Police</source>
      <translation type="vanished">Policía</translation>
    </message>
    <message>
      <source>Pornography</source>
      <translation type="vanished">Pornografía</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation type="vanished">Posible víctima</translation>
    </message>
    <message>
      <source>Prison screening</source>
      <translation type="vanished">Evaluación en centro penitenciario</translation>
    </message>
    <message>
      <source>Private sexual services</source>
      <translation type="vanished">Servicios sexuales privados</translation>
    </message>
    <message>
      <source>Prosecution initiated</source>
      <translation type="vanished">Acción penal iniciada</translation>
    </message>
    <message>
      <source>Prostitution</source>
      <translation type="vanished">Prostitución</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation type="vanished">Proveedor</translation>
    </message>
    <message>
      <source>Psychoactive substances</source>
      <translation type="vanished">Sustancias psicoactivas</translation>
    </message>
    <message>
      <source>Psychological abuse</source>
      <translation type="vanished">Abuso psicológico</translation>
    </message>
    <message>
      <source>Psychosocial</source>
      <translation type="vanished">Apoyo psicosocial</translation>
    </message>
    <message>
      <source>Q'eqchi'</source>
      <translation type="vanished">Q'eqchi'</translation>
    </message>
    <message>
      <source>Receiving organisation</source>
      <translation type="vanished">Organización receptora</translation>
    </message>
    <message>
      <source>Recruiter</source>
      <translation type="vanished">Captador</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation type="vanished">Captación</translation>
    </message>
    <message>
      <source>Relationship to the person</source>
      <translation type="vanished">Relación con la persona</translation>
    </message>
    <message>
      <source>Remote interactive services</source>
      <translation type="vanished">Servicios interactivos a distancia</translation>
    </message>
    <message>
      <source>Repatriated on</source>
      <translation type="vanished">Fecha de repatriación</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <translation type="vanished">Repatriación</translation>
    </message>
    <message>
      <source>Restricts access to money</source>
      <translation type="vanished">Restringe el acceso al dinero</translation>
    </message>
    <message>
      <source>Restricts medical care</source>
      <translation type="vanished">Restringe la atención médica</translation>
    </message>
    <message>
      <source>Restricts movement</source>
      <translation type="vanished">Restringe la libertad de movimiento</translation>
    </message>
    <message>
      <source>Risk assessment</source>
      <translation type="vanished">Evaluación de riesgos</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation type="vanished">Roles</translation>
    </message>
    <message>
      <source>Safety risk</source>
      <translation type="vanished">Riesgo para la seguridad</translation>
    </message>
    <message>
      <source>School or college</source>
      <translation type="vanished">Escuela o colegio</translation>
    </message>
    <message>
      <source>Screening</source>
      <translation type="vanished">Evaluación inicial</translation>
    </message>
    <message>
      <source>Self-referral</source>
      <translation type="vanished">Por iniciativa propia</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation type="vanished">Enviada</translation>
    </message>
    <message>
      <source>Sentence</source>
      <translation type="vanished">Sentencia</translation>
    </message>
    <message>
      <source>Service</source>
      <translation type="vanished">Servicio</translation>
    </message>
    <message>
      <source>Service provided</source>
      <translation type="vanished">Servicio prestado</translation>
    </message>
    <message>
      <source>Service unavailable</source>
      <translation type="vanished">Servicio no disponible</translation>
    </message>
    <message>
      <source>Services delivered</source>
      <translation type="vanished">Servicios prestados</translation>
    </message>
    <message>
      <source>Servitude</source>
      <translation type="vanished">Servidumbre</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="vanished">Sexo</translation>
    </message>
    <message>
      <source>Sexual abuse</source>
      <translation type="vanished">Abuso sexual</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation type="vanished">Explotación sexual</translation>
    </message>
    <message>
      <source>Shelter</source>
      <translation type="vanished">Albergue</translation>
    </message>
    <message>
      <source>Shelter placement</source>
      <translation type="vanished">Estancia en albergue</translation>
    </message>
    <message>
      <source>Shelter placements</source>
      <translation type="vanished">Estancias en albergue</translation>
    </message>
    <message>
      <source>Smuggler</source>
      <translation type="vanished">Traficante de migrantes</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation type="vanished">Español</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation type="vanished">Etapa</translation>
    </message>
    <message>
      <source>Stann Creek</source>
      <translation type="vanished">Stann Creek</translation>
    </message>
    <message>
      <source>Started</source>
      <translation type="vanished">Fecha de inicio</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="vanished">Estado</translation>
    </message>
    <message>
      <source>Surrogacy</source>
      <translation type="vanished">Gestación subrogada</translation>
    </message>
    <message>
      <source>Suspected perpetrators</source>
      <translation type="vanished">Presuntos perpetradores</translation>
    </message>
    <message>
      <source>Takes earnings</source>
      <translation type="vanished">Se queda con sus ingresos</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation type="vanished">Tareas</translation>
    </message>
    <message>
      <source>Television</source>
      <translation type="vanished">Televisión</translation>
    </message>
    <message>
      <source>The person</source>
      <translation type="vanished">La persona</translation>
    </message>
    <message>
      <source>Threat of law enforcement</source>
      <translation type="vanished">Amenaza de denuncia a las autoridades</translation>
    </message>
    <message>
      <source>Threats</source>
      <translation type="vanished">Amenazas</translation>
    </message>
    <message>
      <source>Toledo</source>
      <translation type="vanished">Toledo</translation>
    </message>
    <message>
      <source>Trafficker at large</source>
      <translation type="vanished">Tratante prófugo</translation>
    </message>
    <message>
      <source>Trafficking events</source>
      <translation type="vanished">Hechos de trata</translation>
    </message>
    <message>
      <source>Trafficking in Persons Act 2013</source>
      <translation type="vanished">Ley de Trata de Personas de 2013</translation>
    </message>
    <message>
      <source>Transit</source>
      <translation type="vanished">Tránsito</translation>
    </message>
    <message>
      <source>Transportation</source>
      <translation type="vanished">Transporte</translation>
    </message>
    <message>
      <source>Transporter</source>
      <translation type="vanished">Transportista</translation>
    </message>
    <message>
      <source>Travelling partner</source>
      <translation type="vanished">Compañero(a) de viaje</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation type="vanished">Desconocido</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation type="vanished">Urgente</translation>
    </message>
    <message>
      <source>Uses children</source>
      <translation type="vanished">Utiliza a los hijos o hijas</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation type="vanished">Retirada</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <translation type="vanished">Fecha de retiro</translation>
    </message>
    <message>
      <source>Withholds documents</source>
      <translation type="vanished">Retiene documentos</translation>
    </message>
    <message>
      <source>Withholds necessities</source>
      <translation type="vanished">Priva de necesidades básicas</translation>
    </message>
    <message>
      <source>Yucatec Maya</source>
      <translation type="vanished">Maya yucateco</translation>
    </message>
  </context>
  <context>
    <name>CaseScreens</name>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="246" />
      <source>Enter the date as YYYY-MM-DD, for example 2024-03-31.</source>
      <translation>Ingrese la fecha en formato AAAA-MM-DD, por ejemplo 2024-03-31.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="215" />
      <source>Restricted — your level does not include this section</source>
      <translation>Restringido: su nivel no incluye esta sección</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="231" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/common.py" line="219" />
      <source>{section} is kept at a higher user level than yours. Ask a supervisor if your work on this case needs it; your administrator can change your level.</source>
      <translation>{section} se mantiene en un nivel de usuario superior al suyo. Consulte a un supervisor si su trabajo en este caso lo requiere; su administrador puede cambiar su nivel.</translation>
    </message>
  </context>
  <context>
    <name>CaseSections</name>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="111" />
      <source>* required</source>
      <translation>* obligatorio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="90" />
      <source>Add: {section}</source>
      <translation>Agregar: {section}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="206" />
      <source>Add…</source>
      <translation>Agregar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="89" />
      <source>Edit: {section}</source>
      <translation>Editar: {section}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="207" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="60" />
      <source>No consent recorded yet. Referrals cannot be sent without it.</source>
      <translation>Aún no se ha registrado ningún consentimiento. Sin él no se pueden enviar derivaciones.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="61" />
      <source>No legal proceeding recorded.</source>
      <translation>No se ha registrado ningún proceso judicial.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="56" />
      <source>No perpetrator recorded.</source>
      <translation>No se ha registrado ningún perpetrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="62" />
      <source>No repatriation recorded.</source>
      <translation>No se ha registrado ninguna repatriación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="57" />
      <source>No service recorded yet. Record each service delivered or arranged, with its provider.</source>
      <translation>Aún no se ha registrado ningún servicio. Registre cada servicio prestado o gestionado, con su proveedor.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="59" />
      <source>No shelter placement recorded.</source>
      <translation>No se ha registrado ninguna estancia en albergue.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="54" />
      <source>No trafficking event recorded yet. Add the recruitment, transit and exploitation stages as they become known.</source>
      <translation>Aún no se ha registrado ningún hecho de trata. Agregue las etapas de captación, tránsito y explotación a medida que se conozcan.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="316" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="314" />
      <source>Remove record</source>
      <translation>Quitar registro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="314" />
      <source>Remove this record from {section}? The case history keeps a note that it was removed.</source>
      <translation>¿Quitar este registro de {section}? El historial del caso conserva una nota de que fue quitado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/section_editor.py" line="208" />
      <source>Remove…</source>
      <translation>Quitar…</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="vanished">No</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="vanished">Sí</translation>
    </message>
  </context>
  <context>
    <name>CaseSummary</name>
    <message>
      <location filename="../../desktop/reports/case_summary.py" line="56" />
      <source>1. Case</source>
      <translation>1. Caso</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/case_summary.py" line="63" />
      <source>Above the level of the person who printed this summary: {sections}. The case file is not complete without them.</source>
      <translation>Por encima del nivel de la persona que imprimió este resumen: {sections}. El expediente no está completo sin ellas.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/case_summary.py" line="49" />
      <source>CONFIDENTIAL — case file</source>
      <translation>CONFIDENCIAL — expediente del caso</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/case_summary.py" line="48" />
      <location filename="../../desktop/reports/case_summary.py" line="65" />
      <source>Case summary</source>
      <translation>Resumen del caso</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/case_summary.py" line="54" />
      <source>Case {reference} — {name}</source>
      <translation>Caso {reference} — {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/case_summary.py" line="62" />
      <source>Sections not included</source>
      <translation>Secciones no incluidas</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="142" />
      <source>Add note</source>
      <translation>Agregar nota</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="217" />
      <source>Add task</source>
      <translation>Agregar tarea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="339" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="213" />
      <source>Assign to (optional)</source>
      <translation>Asignar a (opcional)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="339" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="338" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="100" />
      <source>Decided by</source>
      <translation>Decidido por</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="100" />
      <source>Decided on</source>
      <translation>Fecha de la decisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="238" />
      <source>Done</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="198" />
      <location filename="../../desktop/views/cases/record_tabs.py" line="222" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="96" />
      <source>Each decision is kept with its date and who made it. A confirmation by the police, the prosecution or another government body sets the date of identification used in the annual statistics.</source>
      <translation>Cada decisión se conserva con su fecha y con quién la tomó. Una confirmación de la policía, la fiscalía u otro organismo del gobierno fija la fecha de identificación que se usa en las estadísticas anuales.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="71" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="335" />
      <source>Every change to this case, newest first, with who made it. Values of sections above your level show as •••.</source>
      <translation>Cada cambio en este caso, del más reciente al más antiguo, con quién lo hizo. Los valores de las secciones por encima de su nivel se muestran como •••.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="338" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="62" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="125" />
      <location filename="../../desktop/views/cases/record_tabs.py" line="147" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="194" />
      <source>Mark done</source>
      <translation>Marcar como hecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="209" />
      <source>New task, e.g. “Book the medical check-up”</source>
      <translation>Nueva tarea, p. ej., “Programar el chequeo médico”</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="342" />
      <source>No field of this case has changed since it was recorded. Each change to the person, the case and its sections will be listed here with who made it and when.</source>
      <translation>Ningún dato de este caso ha cambiado desde que se registró. Cada cambio en la persona, el caso y sus secciones aparecerá aquí con quién lo hizo y cuándo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="127" />
      <source>No notes yet. Notes record what happened and what was agreed; each carries a level so sensitive notes reach only the people cleared for them.</source>
      <translation>Aún no hay notas. Las notas registran lo que ocurrió y lo que se acordó; cada una tiene un nivel para que las notas sensibles lleguen solo a las personas autorizadas para verlas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="201" />
      <source>No tasks. Add follow-ups with a due date so they appear on Home when they are due.</source>
      <translation>No hay tareas. Agregue seguimientos con fecha de vencimiento para que aparezcan en Inicio cuando venzan.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="125" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="107" />
      <source>Now: {status}</source>
      <translation>Ahora: {status}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="238" />
      <source>Open</source>
      <translation>Abierta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="238" />
      <source>Overdue</source>
      <translation>Vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="326" />
      <source>Record #{n}: {field}</source>
      <translation>Registro n.º {n}: {field}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="92" />
      <source>Record a decision…</source>
      <translation>Registrar una decisión…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="321" />
      <source>Record added</source>
      <translation>Registro agregado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="323" />
      <source>Record removed</source>
      <translation>Registro quitado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="338" />
      <source>Section</source>
      <translation>Sección</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="198" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="100" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="198" />
      <source>Task</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="192" />
      <source>Tasks and follow-ups</source>
      <translation>Tareas y seguimientos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="214" />
      <source>The username of the person who should do it; empty means you.</source>
      <translation>El nombre de usuario de la persona que debe realizarla; si se deja vacío, es usted.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="338" />
      <source>When</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="141" />
      <source>Who may read the note: users of this level and above.</source>
      <translation>Quién puede leer la nota: los usuarios de este nivel y superiores.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="134" />
      <source>Write a note…</source>
      <translation>Escriba una nota…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/record_tabs.py" line="125" />
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
      <location filename="../../desktop/views/cases/workspace.py" line="163" />
      <source>Approve closure…</source>
      <translation>Aprobar cierre…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="319" />
      <source>Approving the closure…</source>
      <translation>Aprobando el cierre…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="160" />
      <source>Assign…</source>
      <translation>Asignar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="202" />
      <source>Attachments</source>
      <translation>Adjuntos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="161" />
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
      <location filename="../../desktop/views/cases/workspace.py" line="104" />
      <source>Closure requested — waiting for a supervisor's approval.</source>
      <translation>Cierre solicitado: a la espera de la aprobación de un supervisor.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="199" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="98" />
      <source>District: {district}    ·    Agency: {agency}    ·    Assigned: {assigned}    ·    Updated: {updated}</source>
      <translation>Distrito: {district}    ·    Institución: {agency}    ·    Asignado a: {assigned}    ·    Actualizado: {updated}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="198" />
      <source>Exploitation</source>
      <translation>Explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="159" />
      <source>Flags…</source>
      <translation>Alertas…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="203" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="197" />
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="200" />
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="199" />
      <source>Justice</source>
      <translation>Justicia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="90" />
      <source>Name restricted</source>
      <translation>Nombre restringido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="201" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="224" />
      <location filename="../../desktop/views/cases/workspace.py" line="227" />
      <source>Opening the case…</source>
      <translation>Abriendo el caso…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="197" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="199" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="270" />
      <source>Reopen…</source>
      <translation>Reabrir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="200" />
      <source>Repatriation</source>
      <translation>Repatriación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="162" />
      <source>Request closure…</source>
      <translation>Solicitar cierre…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="246" />
      <source>Restricted at your level</source>
      <translation>Restringido para su nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="346" />
      <source>Save them before leaving, or discard them?</source>
      <translation>¿Desea guardarlos antes de salir o descartarlos?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="198" />
      <source>Services and shelter</source>
      <translation>Asistencia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="202" />
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
      <location filename="../../desktop/views/cases/workspace.py" line="102" />
      <source>nobody yet</source>
      <translation>nadie todavía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/workspace.py" line="152" />
      <source>← Back to cases</source>
      <translation>← Volver a los casos</translation>
    </message>
  </context>
  <context>
    <name>CasesModel</name>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="55" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="55" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="54" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/case_model.py" line="55" />
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
      <location filename="../../desktop/views/cases/list_page.py" line="226" />
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
      <location filename="../../desktop/views/cases/list_page.py" line="233" />
      <source>The first {n} matches, best first. Type more to narrow the search.</source>
      <translation>Las primeras {n} coincidencias, las mejores primero. Escriba más para acotar la búsqueda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="228" />
      <source>There are no cases in your scope yet. Cases you open, or that are assigned or referred to you, appear here.</source>
      <translation>Todavía no hay casos en su ámbito. Aquí aparecen los casos que usted abre o que le son asignados o derivados.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="240" />
      <source>{n} case(s). Double-click a case or press Enter to open it.</source>
      <translation>{n} caso(s). Haga doble clic en un caso o presione Intro para abrirlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="235" />
      <source>{n} matching case(s), best first.</source>
      <translation>{n} caso(s) coincidente(s), los mejores primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/list_page.py" line="237" />
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
    <name>ConnectionDialog</name>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="120" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="72" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="38" />
      <source>Connect to…</source>
      <translation>Conectar a…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="81" />
      <source>Council CA certificate</source>
      <translation>Certificado de la CA del Consejo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="80" />
      <source>Database</source>
      <translation>Base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="42" />
      <source>No vault was set up on this workstation. Choose its own vault to set one up now, or the council's office server.</source>
      <translation>No se configuró ninguna bóveda en esta estación de trabajo. Elija su propia bóveda para configurarla ahora, o el servidor de la oficina del consejo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="79" />
      <source>Port</source>
      <translation>Puerto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="93" />
      <source>Quit CaseDesk</source>
      <translation>Salir de CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="82" />
      <source>Role prefix</source>
      <translation>Prefijo de roles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="78" />
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="119" />
      <source>The council's CA certificate</source>
      <translation>El certificado de la CA del Consejo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="58" />
      <source>The council's office server</source>
      <translation>El servidor de la oficina del Consejo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="56" />
      <source>This workstation's own vault (encrypted on this computer)</source>
      <translation>La bóveda propia de esta estación de trabajo (cifrada en este equipo)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="90" />
      <source>Use it</source>
      <translation>Usarla</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="50" />
      <source>Where CaseDesk keeps the cases on this workstation. An office server is set up by its administrator (casedesk server init), who gives you these details and the council's certificate file.</source>
      <translation>Dónde guarda CaseDesk los casos en esta estación de trabajo. El servidor de la oficina lo prepara su administrador (casedesk server init), que le da estos datos y el archivo de certificado del Consejo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/connection_dialog.py" line="66" />
      <source>as the server's certificate names it</source>
      <translation>como lo nombra el certificado del servidor</translation>
    </message>
  </context>
  <context>
    <name>Document</name>
    <message>
      <location filename="../../desktop/reports/document.py" line="177" />
      <source>ATIPs Council · Belize</source>
      <translation>Consejo ATIPs · Belice</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="174" />
      <source>Anti-Trafficking in Persons (ATIPs) Council · Belize</source>
      <translation>Consejo contra la Trata de Personas (ATIPs) · Belice</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="336" />
      <source>Document {id}</source>
      <translation>Documento {id}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="340" />
      <source>Generated by {who} at {when}</source>
      <translation>Generado por {who} el {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="200" />
      <source>Issued</source>
      <translation>Emitido</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="175" />
      <source>Ministry of Human Development, Families and Indigenous Peoples' Affairs</source>
      <translation>Ministerio de Desarrollo Humano, Familias y Asuntos de los Pueblos Indígenas</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="284" />
      <source>None recorded.</source>
      <translation>Nada registrado.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="288" />
      <source>Nothing recorded.</source>
      <translation>Nada registrado.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="347" />
      <source>Page {n} of {total}</source>
      <translation>Página {n} de {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/document.py" line="197" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="234" />
      <source>Creating the vault</source>
      <translation>Creando la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="256" />
      <source>Deriving keys and creating the encrypted database…</source>
      <translation>Derivando las claves y creando la base de datos cifrada…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="276" />
      <source>Go back to change your choices, or try again.</source>
      <translation>Regrese para cambiar sus opciones o vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="242" />
      <source>Open the recovery sheet to print it</source>
      <translation>Abrir la hoja de recuperación para imprimirla</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="267" />
      <source>Print the recovery sheet, then move the key file and the sheet offline. No recovery secret should stay on this computer.</source>
      <translation>Imprima la hoja de recuperación y luego guarde el archivo de clave y la hoja fuera de línea. No debe quedar ningún secreto de recuperación en esta computadora.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="264" />
      <source>Recovery key fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
      <translation>Huella digital de la clave de recuperación: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="263" />
      <source>The vault is ready</source>
      <translation>La bóveda está lista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="246" />
      <source>Try again</source>
      <translation>Intentar de nuevo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="265" />
      <source>Written: {path}</source>
      <translation>Escrito: {path}</translation>
    </message>
  </context>
  <context>
    <name>EscrowPage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="199" />
      <source>CaseDesk escrow key (*.json)</source>
      <translation>Clave de custodia de CaseDesk (*.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="160" />
      <source>CaseDesk writes the private key file and a printable recovery sheet (PDF). Move both to a safe place, away from this computer, and keep the passphrase with a different person.</source>
      <translation>CaseDesk escribe el archivo de clave privada y una hoja de recuperación imprimible (PDF). Traslade ambos a un lugar seguro, lejos de esta computadora, y deje la frase de contraseña en manos de otra persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="223" />
      <source>Choose a folder for the recovery key.</source>
      <translation>Elija una carpeta para la clave de recuperación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="213" />
      <source>Choose the recovery public key file.</source>
      <translation>Elija el archivo de clave pública de recuperación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="190" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="140" />
      <source>Create a new recovery key</source>
      <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="178" />
      <source>Create vault</source>
      <translation>Crear bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="196" />
      <source>Folder for the recovery key</source>
      <translation>Carpeta para la clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="137" />
      <source>If every password is forgotten or this computer is lost, the recovery (escrow) key opens the vault. Keep it offline.</source>
      <translation>Si se olvidan todas las contraseñas o se pierde esta computadora, la clave de recuperación (de custodia) abre la bóveda. Manténgala fuera de línea.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="158" />
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="159" />
      <source>Passphrase again</source>
      <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="170" />
      <source>Public key file</source>
      <translation>Archivo de clave pública</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="136" />
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="198" />
      <source>Recovery public key</source>
      <translation>Clave pública de recuperación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="153" />
      <source>Save in folder</source>
      <translation>Guardar en la carpeta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="217" />
      <source>The passphrase needs at least 12 characters.</source>
      <translation>La frase de contraseña necesita al menos 12 caracteres.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="220" />
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="142" />
      <source>Use the ministry's existing recovery public key</source>
      <translation>Usar la clave pública de recuperación existente del ministerio</translation>
    </message>
  </context>
  <context>
    <name>ExchangeTab</name>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="163" />
      <source>(not a field tablet)</source>
      <translation>(no es una tableta de campo)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="73" />
      <source>A name peers will see, e.g. Human Services, Belmopan office</source>
      <translation>Un nombre que verán las otras bóvedas, p. ej. Servicios Humanos, oficina de Belmopán</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="128" />
      <location filename="../../desktop/views/admin/exchange.py" line="206" />
      <source>CaseDesk identities (*.cdidentity)</source>
      <translation>Identidades de CaseDesk (*.cdidentity)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="75" />
      <source>Create the identity</source>
      <translation>Crear la identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="46" />
      <source>Exchange</source>
      <translation>Intercambio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="52" />
      <source>Exchange with other vaults</source>
      <translation>Intercambio con otras bóvedas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="52" />
      <source>Field tablets and partner organisations exchange cases as sealed bundles on a file or a USB stick. Only vaults trusted here can open what this vault seals, and only their bundles are imported.</source>
      <translation>Las tabletas de campo y las organizaciones asociadas intercambian casos en paquetes sellados, en un archivo o una memoria USB. Solo las bóvedas de confianza registradas aquí pueden abrir lo que esta bóveda sella, y solo se importan sus paquetes.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="89" />
      <source>Field work under:</source>
      <translation>Trabajo de campo bajo:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="113" />
      <source>Fingerprint</source>
      <translation>Huella digital</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="112" />
      <source>Is</source>
      <translation>Es</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="114" />
      <source>Last exchange</source>
      <translation>Último intercambio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="112" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="112" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="127" />
      <source>Open an identity file</source>
      <translation>Abrir un archivo de identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="112" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="213" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="132" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="82" />
      <source>Save identity file…</source>
      <translation>Guardar el archivo de identidad…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="84" />
      <source>Save identity sheet (PDF)…</source>
      <translation>Guardar la hoja de identidad (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="208" />
      <source>Saved {file}. It holds public keys only.</source>
      <translation>Se guardó {file}. Solo contiene claves públicas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="215" />
      <source>Saved {file}: print it and hand it over, or read the fingerprint out on the phone.</source>
      <translation>Se guardó {file}: imprímala y entréguela en persona, o lea la huella digital por teléfono.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="113" />
      <source>Sent / received</source>
      <translation>Enviados / recibidos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="107" />
      <source>Stop trusting</source>
      <translation>Dejar de confiar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="237" />
      <source>The file could not be read ({error}).</source>
      <translation>No se pudo leer el archivo ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="193" />
      <source>The file could not be written ({error}).</source>
      <translation>No se pudo escribir el archivo ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="202" />
      <source>The identity was created. Save its file and sheet for the other vaults.</source>
      <translation>Se creó la identidad. Guarde su archivo y su hoja para las otras bóvedas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="241" />
      <source>The vault is trusted now.</source>
      <translation>La bóveda ya es de confianza.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="149" />
      <source>This vault has no identity yet. Create it once; then give its file to the vaults it will exchange with, and check theirs.</source>
      <translation>Esta bóveda todavía no tiene identidad. Créela una vez; después entregue su archivo a las bóvedas con las que intercambiará casos y compruebe los de ellas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="224" />
      <source>This vault is no longer in field mode.</source>
      <translation>Esta bóveda ya no está en modo de campo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="222" />
      <source>This vault now works in the field under {office}.</source>
      <translation>Esta bóveda trabaja ahora en el campo bajo {office}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="65" />
      <source>This vault's identity</source>
      <translation>Identidad de esta bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="105" />
      <source>Trust a vault…</source>
      <translation>Confiar en una bóveda…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="104" />
      <source>Trusted vaults</source>
      <translation>Bóvedas de confianza</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="113" />
      <source>User here</source>
      <translation>Usuario aquí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="251" />
      <source>{name} is no longer trusted: its bundles are refused from now on.</source>
      <translation>{name} ya no es de confianza: sus paquetes se rechazan a partir de ahora.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/exchange.py" line="153" />
      <source>{name} · {organisation} ({code}) · created {created}. Its fingerprint:</source>
      <translation>{name} · {organisation} ({code}) · creada el {created}. Su huella digital:</translation>
    </message>
  </context>
  <context>
    <name>FormRenderer</name>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="115" />
      <source>&amp;Next</source>
      <translation>&amp;Siguiente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="114" />
      <source>&amp;Previous</source>
      <translation>&amp;Anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/repeats.py" line="48" />
      <source>Add an entry to “{name}”</source>
      <translation>Agregar una entrada a “{name}”</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/fields.py" line="321" />
      <source>Confirmed</source>
      <translation>Confirmado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="309" />
      <source>Correct the marked answers before going on.</source>
      <translation>Corrija las respuestas marcadas antes de continuar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/repeats.py" line="50" />
      <source>Entry {n}</source>
      <translation>Entrada {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="100" />
      <source>Form language</source>
      <translation>Idioma del formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/fields.py" line="34" />
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="334" />
      <source>Page {n} of {total}</source>
      <translation>Página {n} de {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/repeats.py" line="85" />
      <source>Remove this entry</source>
      <translation>Quitar esta entrada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/fields.py" line="169" />
      <source>Specify</source>
      <translation>Especifique</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="263" />
      <source>This answer is not accepted.</source>
      <translation>Esta respuesta no es válida.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/renderer.py" line="260" />
      <source>This answer is required.</source>
      <translation>Esta respuesta es obligatoria.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/fields.py" line="34" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/fields.py" line="34" />
      <source>YYYY-MM-DDTHH:MM</source>
      <translation>AAAA-MM-DDTHH:MM</translation>
    </message>
  </context>
  <context>
    <name>FormsTab</name>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="91" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="179" />
      <source>Checking the form…</source>
      <translation>Revisando el formulario…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="91" />
      <source>Form</source>
      <translation>Formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="63" />
      <location filename="../../desktop/views/admin/forms.py" line="69" />
      <source>Forms</source>
      <translation>Formularios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="78" />
      <source>Import XLSForm…</source>
      <translation>Importar XLSForm…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="151" />
      <source>Import an XLSForm</source>
      <translation>Importar un XLSForm</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="102" />
      <source>Import this version</source>
      <translation>Importar esta versión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="91" />
      <source>Imported</source>
      <translation>Importado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="224" />
      <source>Imported {form} version {version}.</source>
      <translation>Se importó {form}, versión {version}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="70" />
      <source>Interview, screening and consent forms are XLSForm spreadsheets (the format of ODK and KoboToolbox). Import a new version, preview it, then make it active; interviews already made keep the version they were made with.</source>
      <translation>Los formularios de entrevista, de evaluación inicial y de consentimiento son hojas de cálculo XLSForm (el formato de ODK y KoboToolbox). Importe una nueva versión, revísela en vista previa y luego actívela; las entrevistas ya realizadas conservan la versión con la que se hicieron.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="82" />
      <source>Make active</source>
      <translation>Activar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="101" />
      <source>Make it active at once</source>
      <translation>Activarlo de inmediato</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="200" />
      <source>Pages: {pages}</source>
      <translation>Páginas: {pages}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="80" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="47" />
      <source>Preview: {title}</source>
      <translation>Vista previa: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="123" />
      <source>Reading forms…</source>
      <translation>Leyendo los formularios…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="91" />
      <source>Shipped</source>
      <translation>Incluido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="163" />
      <source>The file could not be read: {reason}</source>
      <translation>No se pudo leer el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="204" />
      <source>This version is already in the library; change the version in its settings sheet.</source>
      <translation>Esta versión ya está en la biblioteca; cambie la versión en su hoja settings.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="91" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="91" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="151" />
      <source>XLSForm (*.xlsx)</source>
      <translation>XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="135" />
      <location filename="../../desktop/views/admin/forms.py" line="136" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="185" />
      <source>{file} cannot be imported; nothing was stored. Problems:</source>
      <translation>No se puede importar {file}; no se guardó nada. Problemas:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="194" />
      <source>{file}: “{title}”, form {form}, version {version}</source>
      <translation>{file}: “{title}”, formulario {form}, versión {version}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/forms.py" line="197" />
      <source>{n} questions on {pages} pages; languages: {languages}</source>
      <translation>{n} preguntas en {pages} páginas; idiomas: {languages}</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../desktop/views/home.py" line="201" />
      <source>Accounts: {active} active, {waiting} still on a temporary password.</source>
      <translation>Cuentas: {active} activas, {waiting} todavía con contraseña temporal.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="135" />
      <source>Closure as “{status}”, asked by {who}</source>
      <translation>Cierre como «{status}», solicitado por {who}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="207" />
      <source>Device binding is OFF for this vault.</source>
      <translation>La vinculación al equipo está DESACTIVADA para esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="206" />
      <source>Device binding is on.</source>
      <translation>La vinculación al equipo está activada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="195" />
      <source>Last backup: {when}</source>
      <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="62" />
      <source>My cases</source>
      <translation>Mis casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="77" />
      <source>My interviews</source>
      <translation>Mis entrevistas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="196" />
      <source>No backup has been made yet. Make one from Administration → Backups.</source>
      <translation>Todavía no se ha hecho ninguna copia de seguridad. Haga una desde Administración → Copias de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="62" />
      <source>No cases yet. The cases you may see will be listed here, most recently updated first.</source>
      <translation>Todavía no hay casos. Aquí se mostrarán los casos que usted puede ver, los actualizados más recientemente primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="77" />
      <source>No interview of yours is open. Forensic interviews in draft or returned to you will appear here.</source>
      <translation>No tiene entrevistas abiertas. Aquí aparecerán las entrevistas forenses en borrador o que le hayan sido devueltas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="65" />
      <source>No open tasks. Your tasks and follow-ups, overdue ones first, will appear here.</source>
      <translation>No hay tareas abiertas. Aquí aparecerán sus tareas y seguimientos, primero los vencidos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="73" />
      <source>No pending referrals. Referrals awaiting an answer (overdue ones first), drafts and those whose consent was withdrawn will appear here.</source>
      <translation>No hay derivaciones pendientes. Aquí aparecerán las derivaciones en espera de respuesta (primero las vencidas), los borradores y aquellas cuyo consentimiento fue retirado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="69" />
      <source>Nothing waits for you. Case closures and interview records that others submit for approval will wait here, the longest-waiting first.</source>
      <translation>Nada espera su aprobación. Aquí esperarán los cierres de casos y los registros de entrevista que otras personas envíen para aprobación, primero los que llevan más tiempo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="73" />
      <source>Pending referrals</source>
      <translation>Derivaciones pendientes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="168" />
      <source>Recent activity</source>
      <translation>Actividad reciente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="65" />
      <source>Tasks due</source>
      <translation>Tareas por vencer</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="158" />
      <source>Vault and accounts</source>
      <translation>Bóveda y cuentas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="69" />
      <source>Waiting for my approval</source>
      <translation>En espera de mi aprobación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="39" />
      <source>Welcome, {name}</source>
      <translation>Bienvenido(a), {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="116" />
      <source>no due date</source>
      <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="119" />
      <location filename="../../desktop/views/home.py" line="144" />
      <source>overdue</source>
      <translation>vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="138" />
      <source>{form} · {state} · {who}</source>
      <translation>{form} · {state} · {who}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/home.py" line="40" />
      <source>{role} · {agency}</source>
      <translation>{role} · {agency}</translation>
    </message>
    <message>
      <source>Case closures and interview records submitted for your approval will wait here.</source>
      <translation type="vanished">Aquí esperarán los cierres de casos y los registros de entrevistas enviados para su aprobación.</translation>
    </message>
    <message>
      <source>Forensic interviews in draft or returned to you will appear here.</source>
      <translation type="vanished">Aquí aparecerán las entrevistas forenses en borrador o que le hayan sido devueltas.</translation>
    </message>
    <message>
      <source>Referrals awaiting an answer, overdue ones first, will appear here.</source>
      <translation type="vanished">Aquí aparecerán las derivaciones en espera de respuesta, primero las vencidas.</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation type="vanished">Estadísticas</translation>
    </message>
    <message>
      <source>The council's annual figures and the prevention register will be reached from here; they never show a name.</source>
      <translation type="vanished">Desde aquí se accederá a las cifras anuales del consejo y al registro de prevención; nunca muestran un nombre.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="39" />
      <source>A bundle is checked completely before anything is written: who sealed it, that it is for this vault, that it is newer than the last one from that sender, and every value in it. Then you see what it would change.</source>
      <translation>Un paquete se comprueba por completo antes de escribir nada: quién lo selló, que es para esta bóveda, que es más reciente que el último de ese remitente y cada valor que contiene. Después verá lo que cambiaría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="101" />
      <source>Bundle number {n} from {sender}, sealed {created}, level {level}: {new} new case(s), {update} with changes, {conflict} changed on both sides, {same} unchanged.</source>
      <translation>Paquete número {n} de {sender}, sellado el {created}, nivel {level}: {new} caso(s) nuevo(s), {update} con cambios, {conflict} cambiado(s) en ambos lados, {same} sin cambios.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="71" />
      <source>CaseDesk bundles (*.cdbundle)</source>
      <translation>Paquetes de CaseDesk (*.cdbundle)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="95" />
      <source>Checking a bundle…</source>
      <translation>Comprobando un paquete…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="87" />
      <source>Checking the bundle…</source>
      <translation>Comprobando el paquete…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="70" />
      <source>Choose a bundle</source>
      <translation>Elegir un paquete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="48" />
      <source>Choose bundle file…</source>
      <translation>Elegir el archivo del paquete…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="65" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="36" />
      <source>Import a bundle</source>
      <translation>Importar un paquete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="128" />
      <source>Imported: {new} new case(s), {updated} updated; {taken} part(s) taken, {kept} kept.</source>
      <translation>Importado: {new} caso(s) nuevo(s), {updated} actualizado(s); {taken} parte(s) tomada(s), {kept} conservada(s).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="121" />
      <source>Importing a bundle…</source>
      <translation>Importando un paquete…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="119" />
      <source>Importing…</source>
      <translation>Importando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="46" />
      <source>No file chosen.</source>
      <translation>No se eligió ningún archivo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="111" />
      <source>The bundle passed every check. Nothing has been written yet.</source>
      <translation>El paquete superó todas las comprobaciones. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/import_dialog.py" line="132" />
      <source>{theirs} is {mine} in this vault.</source>
      <translation>{theirs} es {mine} en esta bóveda.</translation>
    </message>
  </context>
  <context>
    <name>InterviewEditor</name>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="132" />
      <source>&amp;Approve</source>
      <translation>&amp;Aprobar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="133" />
      <source>&amp;Lock</source>
      <translation>&amp;Bloquear</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="139" />
      <source>&amp;Print record…</source>
      <translation>&amp;Imprimir registro…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="131" />
      <source>&amp;Return with comment…</source>
      <translation>&amp;Devolver con comentario…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="129" />
      <source>&amp;Save draft</source>
      <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="136" />
      <source>Add a&amp;ddendum…</source>
      <translation>Agregar u&amp;na adenda…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="246" />
      <source>Add an addendum</source>
      <translation>Agregar una adenda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="181" />
      <source>Addendum {at} {user}: {text}</source>
      <translation>Adenda {at} {user}: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="157" />
      <source>DOES NOT MATCH — report this</source>
      <translation>NO COINCIDE — notifíquelo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="284" />
      <source>Preparing the interview record…</source>
      <translation>Preparando el registro de la entrevista…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="236" />
      <source>Return for changes</source>
      <translation>Devolver para cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="159" />
      <source>SHA-256 {hash} ({verdict})</source>
      <translation>SHA-256 {hash} ({verdict})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="253" />
      <source>Save the interview record</source>
      <translation>Guardar el registro de la entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="130" />
      <source>Su&amp;bmit for review</source>
      <translation>&amp;Enviar para revisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="247" />
      <source>The addendum is added below the locked record.</source>
      <translation>La adenda se agrega debajo del registro bloqueado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="274" />
      <source>The file could not be written: {reason}</source>
      <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="259" />
      <source>The interview record is restricted (level 3).</source>
      <translation>El registro de la entrevista es restringido (nivel 3).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="237" />
      <source>What should the interviewer change?</source>
      <translation>¿Qué debe cambiar el entrevistador?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="97" />
      <source>Workflow and addenda</source>
      <translation>Flujo de trabajo y adendas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="157" />
      <source>intact</source>
      <translation>íntegro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="230" />
      <source>{n} answer(s) need attention before submitting.</source>
      <translation>{n} respuesta(s) requieren atención antes del envío.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interview_editor.py" line="109" />
      <source>← Interviews</source>
      <translation>← Entrevistas</translation>
    </message>
  </context>
  <context>
    <name>InterviewRecord</name>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="134" />
      <source>Addenda</source>
      <translation>Adendas</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="80" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="131" />
      <source>Comment</source>
      <translation>Comentario</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="106" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="146" />
      <location filename="../../desktop/reports/interview_record.py" line="152" />
      <source>Forensic interview record</source>
      <translation>Registro de entrevista forense</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="81" />
      <source>Form</source>
      <translation>Formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="74" />
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="83" />
      <source>Interviewer</source>
      <translation>Entrevistador(a)</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="85" />
      <source>Language of the answers</source>
      <translation>Idioma de las respuestas</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="74" />
      <source>Lead interviewer</source>
      <translation>Entrevistador(a) principal</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="106" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="95" />
      <source>Not locked: this record may still change.</source>
      <translation>No bloqueado: este registro aún puede cambiar.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="147" />
      <source>RESTRICTED — forensic interview (level 3)</source>
      <translation>RESTRINGIDO — entrevista forense (nivel 3)</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="74" />
      <source>Reviewing supervisor</source>
      <translation>Supervisor(a) revisor(a)</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="96" />
      <source>SHA-256 of the locked content</source>
      <translation>SHA-256 del contenido bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="106" />
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="113" />
      <source>Signatures</source>
      <translation>Firmas</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="84" />
      <source>Started</source>
      <translation>Iniciada</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="82" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="131" />
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="135" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="99" />
      <source>WARNING: the content no longer matches its seal.</source>
      <translation>ADVERTENCIA: el contenido ya no coincide con su sello.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="131" />
      <location filename="../../desktop/reports/interview_record.py" line="135" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="131" />
      <location filename="../../desktop/reports/interview_record.py" line="135" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/interview_record.py" line="130" />
      <source>Workflow</source>
      <translation>Flujo de trabajo</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/record.py" line="100" />
      <source>{before} → {after}</source>
      <translation>{before} → {after}</translation>
    </message>
  </context>
  <context>
    <name>InterviewsTab</name>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="67" />
      <source>Disclosure</source>
      <translation>Revelación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="67" />
      <source>Form</source>
      <translation>Formulario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="67" />
      <source>Interviewer</source>
      <translation>Entrevistador</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="49" />
      <source>New consent record</source>
      <translation>Nuevo registro de consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="47" />
      <source>New forensic interview</source>
      <translation>Nueva entrevista forense</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="48" />
      <source>New screening</source>
      <translation>Nueva evaluación inicial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="72" />
      <source>No interviews yet. Interviews and screenings of this case appear here.</source>
      <translation>Aún no hay entrevistas. Aquí aparecen las entrevistas y evaluaciones iniciales de este caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="60" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="95" />
      <source>Reading interviews…</source>
      <translation>Leyendo las entrevistas…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="67" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="55" />
      <source>The case is closed: no new interview or screening can be started until a supervisor reopens it.</source>
      <translation>El caso está cerrado: no se puede iniciar una nueva entrevista ni evaluación hasta que un supervisor lo reabra.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="67" />
      <source>Updated</source>
      <translation>Actualizado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/interviews_tab.py" line="67" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>1 · Standard</source>
      <comment>level</comment>
      <translation>1 · Estándar</translation>
    </message>
    <message>
      <source>2 · Sensitive</source>
      <comment>level</comment>
      <translation>2 · Sensible</translation>
    </message>
    <message>
      <source>3 · Restricted</source>
      <comment>level</comment>
      <translation>3 · Restringido</translation>
    </message>
    <message>
      <source>A guardian</source>
      <comment>consent_given_by</comment>
      <translation>Un(a) tutor(a)</translation>
    </message>
    <message>
      <source>ATIPs operation</source>
      <comment>identification_context</comment>
      <translation>Operativo ATIPs</translation>
    </message>
    <message>
      <source>Abuser</source>
      <comment>perpetrator_role</comment>
      <translation>Abusador</translation>
    </message>
    <message>
      <source>Accepted</source>
      <comment>referral_status</comment>
      <translation>Aceptada</translation>
    </message>
    <message>
      <source>Accommodation / shelter</source>
      <comment>service</comment>
      <translation>Alojamiento / albergue</translation>
    </message>
    <message>
      <source>Account</source>
      <comment>record_type</comment>
      <translation>Cuenta</translation>
    </message>
    <message>
      <source>Account changed</source>
      <comment>audit_action</comment>
      <translation>Cuenta modificada</translation>
    </message>
    <message>
      <source>Account created</source>
      <comment>audit_action</comment>
      <translation>Cuenta creada</translation>
    </message>
    <message>
      <source>Account disabled</source>
      <comment>audit_action</comment>
      <translation>Cuenta desactivada</translation>
    </message>
    <message>
      <source>Account reset</source>
      <comment>audit_action</comment>
      <translation>Cuenta restablecida</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <comment>referral_status</comment>
      <translation>Recibida</translation>
    </message>
    <message>
      <source>Acquittals</source>
      <comment>statistic</comment>
      <translation>Absoluciones</translation>
    </message>
    <message>
      <source>Acquitted</source>
      <comment>proceeding_stage</comment>
      <translation>Absolución</translation>
    </message>
    <message>
      <source>Active</source>
      <comment>case_status</comment>
      <translation>Activo</translation>
    </message>
    <message>
      <source>Addendum</source>
      <comment>record_type</comment>
      <translation>Adenda</translation>
    </message>
    <message>
      <source>Additional services</source>
      <comment>referral_reason</comment>
      <translation>Servicios adicionales</translation>
    </message>
    <message>
      <source>Administrator</source>
      <comment>role</comment>
      <translation>Administrador(a)</translation>
    </message>
    <message>
      <source>Afghanistan</source>
      <comment>country</comment>
      <translation>Afganistán</translation>
    </message>
    <message>
      <source>Age disputed</source>
      <comment>field</comment>
      <translation>Edad en disputa</translation>
    </message>
    <message>
      <source>Age disputed</source>
      <comment>flag</comment>
      <translation>Edad en disputa</translation>
    </message>
    <message>
      <source>Agriculture</source>
      <comment>sector</comment>
      <translation>Agricultura</translation>
    </message>
    <message>
      <source>Albania</source>
      <comment>country</comment>
      <translation>Albania</translation>
    </message>
    <message>
      <source>Algeria</source>
      <comment>country</comment>
      <translation>Argelia</translation>
    </message>
    <message>
      <source>All cases</source>
      <comment>scope</comment>
      <translation>Todos los casos</translation>
    </message>
    <message>
      <source>All cases of my agency</source>
      <comment>scope</comment>
      <translation>Todos los casos de mi institución</translation>
    </message>
    <message>
      <source>Already received elsewhere</source>
      <comment>referral_outcome</comment>
      <translation>Ya lo recibe en otro lugar</translation>
    </message>
    <message>
      <source>Also known as</source>
      <comment>field</comment>
      <translation>También conocido(a) como</translation>
    </message>
    <message>
      <source>American Samoa</source>
      <comment>country</comment>
      <translation>Samoa Estadounidense</translation>
    </message>
    <message>
      <source>Andorra</source>
      <comment>country</comment>
      <translation>Andorra</translation>
    </message>
    <message>
      <source>Angola</source>
      <comment>country</comment>
      <translation>Angola</translation>
    </message>
    <message>
      <source>Anguilla</source>
      <comment>country</comment>
      <translation>Anguila</translation>
    </message>
    <message>
      <source>Annual report</source>
      <comment>record_type</comment>
      <translation>Informe anual</translation>
    </message>
    <message>
      <source>Answer referrals to the agency</source>
      <comment>action</comment>
      <translation>Responder a las derivaciones dirigidas a la institución</translation>
    </message>
    <message>
      <source>Antarctica</source>
      <comment>country</comment>
      <translation>Antártida</translation>
    </message>
    <message>
      <source>Antigua and Barbuda</source>
      <comment>country</comment>
      <translation>Antigua y Barbuda</translation>
    </message>
    <message>
      <source>Approve case closure</source>
      <comment>action</comment>
      <translation>Aprobar el cierre de casos</translation>
    </message>
    <message>
      <source>Approve interview records</source>
      <comment>action</comment>
      <translation>Aprobar registros de entrevistas</translation>
    </message>
    <message>
      <source>Approved</source>
      <comment>interview_state</comment>
      <translation>Aprobada</translation>
    </message>
    <message>
      <source>Aquafarming</source>
      <comment>sector</comment>
      <translation>Acuicultura</translation>
    </message>
    <message>
      <source>Argentina</source>
      <comment>country</comment>
      <translation>Argentina</translation>
    </message>
    <message>
      <source>Armenia</source>
      <comment>country</comment>
      <translation>Armenia</translation>
    </message>
    <message>
      <source>Aruba</source>
      <comment>country</comment>
      <translation>Aruba</translation>
    </message>
    <message>
      <source>Assign cases</source>
      <comment>action</comment>
      <translation>Asignar casos</translation>
    </message>
    <message>
      <source>Assigned</source>
      <comment>field</comment>
      <translation>Asignado</translation>
    </message>
    <message>
      <source>Assisted victims by means of assistance</source>
      <comment>statistics_table</comment>
      <translation>Víctimas asistidas por tipo de asistencia</translation>
    </message>
    <message>
      <source>Assisted victims by year of identification and sex</source>
      <comment>statistics_table</comment>
      <translation>Víctimas asistidas por año de identificación y sexo</translation>
    </message>
    <message>
      <source>At large</source>
      <comment>field</comment>
      <translation>Prófugo</translation>
    </message>
    <message>
      <source>At work</source>
      <comment>recruitment</comment>
      <translation>En el trabajo</translation>
    </message>
    <message>
      <source>Attachment</source>
      <comment>record_type</comment>
      <translation>Archivo adjunto</translation>
    </message>
    <message>
      <source>Attachments</source>
      <comment>case_part</comment>
      <translation>Archivos adjuntos</translation>
    </message>
    <message>
      <source>Attorney General's Ministry</source>
      <comment>agency</comment>
      <translation>Ministerio del Procurador General</translation>
    </message>
    <message>
      <source>Australia</source>
      <comment>country</comment>
      <translation>Australia</translation>
    </message>
    <message>
      <source>Austria</source>
      <comment>country</comment>
      <translation>Austria</translation>
    </message>
    <message>
      <source>Awareness campaigns by channel, with estimated reach</source>
      <comment>statistics_table</comment>
      <translation>Campañas de sensibilización por canal, con alcance estimado</translation>
    </message>
    <message>
      <source>Azerbaijan</source>
      <comment>country</comment>
      <translation>Azerbaiyán</translation>
    </message>
    <message>
      <source>Backup</source>
      <comment>record_type</comment>
      <translation>Copia de seguridad</translation>
    </message>
    <message>
      <source>Backup made</source>
      <comment>audit_action</comment>
      <translation>Copia de seguridad realizada</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <comment>audit_action</comment>
      <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
      <source>Bahamas</source>
      <comment>country</comment>
      <translation>Bahamas</translation>
    </message>
    <message>
      <source>Bahrain</source>
      <comment>country</comment>
      <translation>Baréin</translation>
    </message>
    <message>
      <source>Bangladesh</source>
      <comment>country</comment>
      <translation>Bangladés</translation>
    </message>
    <message>
      <source>Barbados</source>
      <comment>country</comment>
      <translation>Barbados</translation>
    </message>
    <message>
      <source>Begging</source>
      <comment>sector</comment>
      <translation>Mendicidad</translation>
    </message>
    <message>
      <source>Belarus</source>
      <comment>country</comment>
      <translation>Bielorrusia</translation>
    </message>
    <message>
      <source>Belgium</source>
      <comment>country</comment>
      <translation>Bélgica</translation>
    </message>
    <message>
      <source>Belize</source>
      <comment>country</comment>
      <translation>Belice</translation>
    </message>
    <message>
      <source>Belize</source>
      <comment>district</comment>
      <translation>Belice</translation>
    </message>
    <message>
      <source>Belize Tourism Board</source>
      <comment>agency</comment>
      <translation>Junta de Turismo de Belice</translation>
    </message>
    <message>
      <source>Belizean Kriol</source>
      <comment>language</comment>
      <translation>Kriol beliceño</translation>
    </message>
    <message>
      <source>Benin</source>
      <comment>country</comment>
      <translation>Benín</translation>
    </message>
    <message>
      <source>Bermuda</source>
      <comment>country</comment>
      <translation>Bermudas</translation>
    </message>
    <message>
      <source>Bhutan</source>
      <comment>country</comment>
      <translation>Bután</translation>
    </message>
    <message>
      <source>Billboards</source>
      <comment>campaign_channel</comment>
      <translation>Vallas publicitarias</translation>
    </message>
    <message>
      <source>Bolivia (Plurinational State of)</source>
      <comment>country</comment>
      <translation>Bolivia</translation>
    </message>
    <message>
      <source>Bonaire, Sint Eustatius and Saba</source>
      <comment>country</comment>
      <translation>Bonaire, San Eustaquio y Saba</translation>
    </message>
    <message>
      <source>Bosnia and Herzegovina</source>
      <comment>country</comment>
      <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
      <source>Both sexual and labour</source>
      <comment>statistic</comment>
      <translation>Sexual y laboral</translation>
    </message>
    <message>
      <source>Botswana</source>
      <comment>country</comment>
      <translation>Botsuana</translation>
    </message>
    <message>
      <source>Bouvet Island</source>
      <comment>country</comment>
      <translation>Isla Bouvet</translation>
    </message>
    <message>
      <source>Brazil</source>
      <comment>country</comment>
      <translation>Brasil</translation>
    </message>
    <message>
      <source>British Indian Ocean Territory</source>
      <comment>country</comment>
      <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
      <source>Broker or travel agent</source>
      <comment>perpetrator_role</comment>
      <translation>Intermediario(a) o agente de viajes</translation>
    </message>
    <message>
      <source>Brunei Darussalam</source>
      <comment>country</comment>
      <translation>Brunéi</translation>
    </message>
    <message>
      <source>Bulgaria</source>
      <comment>country</comment>
      <translation>Bulgaria</translation>
    </message>
    <message>
      <source>Bundle imported</source>
      <comment>audit_action</comment>
      <translation>Paquete importado</translation>
    </message>
    <message>
      <source>Bundle refused</source>
      <comment>audit_action</comment>
      <translation>Paquete rechazado</translation>
    </message>
    <message>
      <source>Bundle sent</source>
      <comment>audit_action</comment>
      <translation>Paquete enviado</translation>
    </message>
    <message>
      <source>Burkina Faso</source>
      <comment>country</comment>
      <translation>Burkina Faso</translation>
    </message>
    <message>
      <source>Burundi</source>
      <comment>country</comment>
      <translation>Burundi</translation>
    </message>
    <message>
      <source>Business</source>
      <comment>recipient_type</comment>
      <translation>Empresa</translation>
    </message>
    <message>
      <source>CSEC Act 2013: child pornography</source>
      <comment>offence</comment>
      <translation>Ley CSEC 2013: pornografía infantil</translation>
    </message>
    <message>
      <source>CSEC Act 2013: child prostitution</source>
      <comment>offence</comment>
      <translation>Ley CSEC 2013: prostitución infantil</translation>
    </message>
    <message>
      <source>CSEC Act 2013: other offence</source>
      <comment>offence</comment>
      <translation>Ley CSEC 2013: otro delito</translation>
    </message>
    <message>
      <source>CTDC export</source>
      <comment>record_type</comment>
      <translation>Exportación CTDC</translation>
    </message>
    <message>
      <source>Cabo Verde</source>
      <comment>country</comment>
      <translation>Cabo Verde</translation>
    </message>
    <message>
      <source>Cambodia</source>
      <comment>country</comment>
      <translation>Camboya</translation>
    </message>
    <message>
      <source>Cameroon</source>
      <comment>country</comment>
      <translation>Camerún</translation>
    </message>
    <message>
      <source>Campaign</source>
      <comment>record_type</comment>
      <translation>Campaña</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <comment>statistic</comment>
      <translation>Campañas</translation>
    </message>
    <message>
      <source>Canada</source>
      <comment>country</comment>
      <translation>Canadá</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <comment>field</comment>
      <translation>Realizada por</translation>
    </message>
    <message>
      <source>Case</source>
      <comment>case_part</comment>
      <translation>Caso</translation>
    </message>
    <message>
      <source>Case</source>
      <comment>record_type</comment>
      <translation>Caso</translation>
    </message>
    <message>
      <source>Case bundle</source>
      <comment>record_type</comment>
      <translation>Paquete de casos</translation>
    </message>
    <message>
      <source>Case opened</source>
      <comment>audit_action</comment>
      <translation>Caso abierto</translation>
    </message>
    <message>
      <source>Case worker</source>
      <comment>role</comment>
      <translation>Trabajador(a) de casos</translation>
    </message>
    <message>
      <source>Cases of my groups</source>
      <comment>scope</comment>
      <translation>Casos de mis grupos</translation>
    </message>
    <message>
      <source>Cases referred to my agency</source>
      <comment>scope</comment>
      <translation>Casos derivados a mi institución</translation>
    </message>
    <message>
      <source>Cayman Islands</source>
      <comment>country</comment>
      <translation>Islas Caimán</translation>
    </message>
    <message>
      <source>Cayo</source>
      <comment>district</comment>
      <translation>Cayo</translation>
    </message>
    <message>
      <source>Central African Republic</source>
      <comment>country</comment>
      <translation>República Centroafricana</translation>
    </message>
    <message>
      <source>Central government</source>
      <comment>recipient_type</comment>
      <translation>Gobierno central</translation>
    </message>
    <message>
      <source>Chad</source>
      <comment>country</comment>
      <translation>Chad</translation>
    </message>
    <message>
      <source>Change of location</source>
      <comment>referral_reason</comment>
      <translation>Cambio de ubicación</translation>
    </message>
    <message>
      <source>Change vault settings</source>
      <comment>action</comment>
      <translation>Cambiar la configuración de la bóveda</translation>
    </message>
    <message>
      <source>Child labour</source>
      <comment>exploitation</comment>
      <translation>Trabajo infantil</translation>
    </message>
    <message>
      <source>Chile</source>
      <comment>country</comment>
      <translation>Chile</translation>
    </message>
    <message>
      <source>China</source>
      <comment>country</comment>
      <translation>China</translation>
    </message>
    <message>
      <source>Christmas Island</source>
      <comment>country</comment>
      <translation>Isla de Navidad</translation>
    </message>
    <message>
      <source>Citizenships</source>
      <comment>field</comment>
      <translation>Nacionalidades</translation>
    </message>
    <message>
      <source>Closed</source>
      <comment>case_status</comment>
      <translation>Cerrado</translation>
    </message>
    <message>
      <source>Closed (referred on)</source>
      <comment>case_status</comment>
      <translation>Cerrado (derivado)</translation>
    </message>
    <message>
      <source>Cocos (Keeling) Islands</source>
      <comment>country</comment>
      <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
      <source>Colombia</source>
      <comment>country</comment>
      <translation>Colombia</translation>
    </message>
    <message>
      <source>Community events</source>
      <comment>campaign_channel</comment>
      <translation>Eventos comunitarios</translation>
    </message>
    <message>
      <source>Comoros</source>
      <comment>country</comment>
      <translation>Comoras</translation>
    </message>
    <message>
      <source>Completed</source>
      <comment>referral_status</comment>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Conduct forensic interviews</source>
      <comment>action</comment>
      <translation>Realizar entrevistas forenses</translation>
    </message>
    <message>
      <source>Confirmed victim</source>
      <comment>identification_status</comment>
      <translation>Víctima confirmada</translation>
    </message>
    <message>
      <source>Congo</source>
      <comment>country</comment>
      <translation>Congo</translation>
    </message>
    <message>
      <source>Congo, Democratic Republic of the</source>
      <comment>country</comment>
      <translation>República Democrática del Congo</translation>
    </message>
    <message>
      <source>Consent and rights</source>
      <comment>form_title</comment>
      <translation>Consentimiento y derechos</translation>
    </message>
    <message>
      <source>Consent covers</source>
      <comment>field</comment>
      <translation>El consentimiento abarca</translation>
    </message>
    <message>
      <source>Consent records</source>
      <comment>case_part</comment>
      <translation>Registros de consentimiento</translation>
    </message>
    <message>
      <source>Consent removed</source>
      <comment>consent_flag</comment>
      <translation>Consentimiento eliminado</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <comment>consent_flag</comment>
      <translation>Consentimiento retirado</translation>
    </message>
    <message>
      <source>Consents</source>
      <comment>consent_item</comment>
      <translation>Consentimientos</translation>
    </message>
    <message>
      <source>Construction</source>
      <comment>sector</comment>
      <translation>Construcción</translation>
    </message>
    <message>
      <source>Consulate</source>
      <comment>recipient_type</comment>
      <translation>Consulado</translation>
    </message>
    <message>
      <source>Consulate of El Salvador</source>
      <comment>agency</comment>
      <translation>Consulado de El Salvador</translation>
    </message>
    <message>
      <source>Consulate of Guatemala</source>
      <comment>agency</comment>
      <translation>Consulado de Guatemala</translation>
    </message>
    <message>
      <source>Consulate of Honduras</source>
      <comment>agency</comment>
      <translation>Consulado de Honduras</translation>
    </message>
    <message>
      <source>Consulate of Mexico</source>
      <comment>agency</comment>
      <translation>Consulado de México</translation>
    </message>
    <message>
      <source>Contact</source>
      <comment>case_part</comment>
      <translation>Contacto</translation>
    </message>
    <message>
      <source>Contact details</source>
      <comment>field</comment>
      <translation>Datos de contacto</translation>
    </message>
    <message>
      <source>Contact details</source>
      <comment>section</comment>
      <translation>Datos de contacto</translation>
    </message>
    <message>
      <source>Convicted</source>
      <comment>proceeding_stage</comment>
      <translation>Condena</translation>
    </message>
    <message>
      <source>Convictions</source>
      <comment>statistic</comment>
      <translation>Condenas</translation>
    </message>
    <message>
      <source>Cook Islands</source>
      <comment>country</comment>
      <translation>Islas Cook</translation>
    </message>
    <message>
      <source>CornerHouse RATAC</source>
      <comment>interview_protocol</comment>
      <translation>CornerHouse RATAC</translation>
    </message>
    <message>
      <source>Corozal</source>
      <comment>district</comment>
      <translation>Corozal</translation>
    </message>
    <message>
      <source>Costa Rica</source>
      <comment>country</comment>
      <translation>Costa Rica</translation>
    </message>
    <message>
      <source>Country</source>
      <comment>field</comment>
      <translation>País</translation>
    </message>
    <message>
      <source>Country of origin</source>
      <comment>repatriated_by</comment>
      <translation>País de origen</translation>
    </message>
    <message>
      <source>Court</source>
      <comment>field</comment>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Court or prosecution</source>
      <comment>decided_by</comment>
      <translation>Tribunal o fiscalía</translation>
    </message>
    <message>
      <source>Court or prosecution</source>
      <comment>organisation_kind</comment>
      <translation>Tribunal o fiscalía</translation>
    </message>
    <message>
      <source>Croatia</source>
      <comment>country</comment>
      <translation>Croacia</translation>
    </message>
    <message>
      <source>Cuba</source>
      <comment>country</comment>
      <translation>Cuba</translation>
    </message>
    <message>
      <source>Curaçao</source>
      <comment>country</comment>
      <translation>Curazao</translation>
    </message>
    <message>
      <source>Customs</source>
      <comment>training_audience</comment>
      <translation>Aduanas</translation>
    </message>
    <message>
      <source>Customs Department</source>
      <comment>agency</comment>
      <translation>Departamento de Aduanas</translation>
    </message>
    <message>
      <source>Cyprus</source>
      <comment>country</comment>
      <translation>Chipre</translation>
    </message>
    <message>
      <source>Czechia</source>
      <comment>country</comment>
      <translation>Chequia</translation>
    </message>
    <message>
      <source>Côte d'Ivoire</source>
      <comment>country</comment>
      <translation>Costa de Marfil</translation>
    </message>
    <message>
      <source>Data exported</source>
      <comment>audit_action</comment>
      <translation>Datos exportados</translation>
    </message>
    <message>
      <source>Data that may be released</source>
      <comment>field</comment>
      <translation>Datos que pueden compartirse</translation>
    </message>
    <message>
      <source>Database key rotated</source>
      <comment>audit_action</comment>
      <translation>Clave de la base de datos rotada</translation>
    </message>
    <message>
      <source>Database schema updated</source>
      <comment>audit_action</comment>
      <translation>Esquema de la base de datos actualizado</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <comment>field</comment>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <comment>means_of_control</comment>
      <translation>Servidumbre por deudas</translation>
    </message>
    <message>
      <source>Decided</source>
      <comment>field</comment>
      <translation>Fecha de la decisión</translation>
    </message>
    <message>
      <source>Declined</source>
      <comment>referral_status</comment>
      <translation>Rechazada</translation>
    </message>
    <message>
      <source>Declined by the person</source>
      <comment>referral_outcome</comment>
      <translation>Rechazado por la persona</translation>
    </message>
    <message>
      <source>Denmark</source>
      <comment>country</comment>
      <translation>Dinamarca</translation>
    </message>
    <message>
      <source>Department of Human Services</source>
      <comment>agency</comment>
      <translation>Departamento de Servicios Humanos</translation>
    </message>
    <message>
      <source>Destination country</source>
      <comment>field</comment>
      <translation>País de destino</translation>
    </message>
    <message>
      <source>Disclosures</source>
      <comment>section</comment>
      <translation>Revelaciones</translation>
    </message>
    <message>
      <source>Dismissed or withdrawn</source>
      <comment>proceeding_stage</comment>
      <translation>Desestimado o retirado</translation>
    </message>
    <message>
      <source>Dismissed or withdrawn</source>
      <comment>statistic</comment>
      <translation>Desestimado o retirado</translation>
    </message>
    <message>
      <source>District</source>
      <comment>field</comment>
      <translation>Distrito</translation>
    </message>
    <message>
      <source>Djibouti</source>
      <comment>country</comment>
      <translation>Yibuti</translation>
    </message>
    <message>
      <source>Domestic work</source>
      <comment>sector</comment>
      <translation>Trabajo doméstico</translation>
    </message>
    <message>
      <source>Dominica</source>
      <comment>country</comment>
      <translation>Dominica</translation>
    </message>
    <message>
      <source>Dominican Republic</source>
      <comment>country</comment>
      <translation>República Dominicana</translation>
    </message>
    <message>
      <source>Draft</source>
      <comment>interview_state</comment>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Draft</source>
      <comment>referral_status</comment>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Ecuador</source>
      <comment>country</comment>
      <translation>Ecuador</translation>
    </message>
    <message>
      <source>Edit cases</source>
      <comment>action</comment>
      <translation>Editar casos</translation>
    </message>
    <message>
      <source>Education</source>
      <comment>service</comment>
      <translation>Educación</translation>
    </message>
    <message>
      <source>Educational institution</source>
      <comment>recruitment</comment>
      <translation>Institución educativa</translation>
    </message>
    <message>
      <source>Egypt</source>
      <comment>country</comment>
      <translation>Egipto</translation>
    </message>
    <message>
      <source>El Salvador</source>
      <comment>country</comment>
      <translation>El Salvador</translation>
    </message>
    <message>
      <source>Emergency</source>
      <comment>health_urgency</comment>
      <translation>Emergencia</translation>
    </message>
    <message>
      <source>Emergency</source>
      <comment>priority</comment>
      <translation>Emergencia</translation>
    </message>
    <message>
      <source>Ended</source>
      <comment>field</comment>
      <translation>Fecha de fin</translation>
    </message>
    <message>
      <source>English</source>
      <comment>language</comment>
      <translation>Inglés</translation>
    </message>
    <message>
      <source>Equatorial Guinea</source>
      <comment>country</comment>
      <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
      <source>Eritrea</source>
      <comment>country</comment>
      <translation>Eritrea</translation>
    </message>
    <message>
      <source>Escrow recovery</source>
      <comment>audit_action</comment>
      <translation>Recuperación con clave de custodia</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <comment>field</comment>
      <translation>Edad estimada</translation>
    </message>
    <message>
      <source>Estimated reach</source>
      <comment>statistic</comment>
      <translation>Alcance estimado</translation>
    </message>
    <message>
      <source>Estonia</source>
      <comment>country</comment>
      <translation>Estonia</translation>
    </message>
    <message>
      <source>Eswatini</source>
      <comment>country</comment>
      <translation>Esuatini</translation>
    </message>
    <message>
      <source>Ethiopia</source>
      <comment>country</comment>
      <translation>Etiopía</translation>
    </message>
    <message>
      <source>Excessive working hours</source>
      <comment>means_of_control</comment>
      <translation>Jornadas de trabajo excesivas</translation>
    </message>
    <message>
      <source>Exchange identity</source>
      <comment>record_type</comment>
      <translation>Identidad de intercambio</translation>
    </message>
    <message>
      <source>Exploitation</source>
      <comment>case_part</comment>
      <translation>Explotación</translation>
    </message>
    <message>
      <source>Exploitation</source>
      <comment>event_kind</comment>
      <translation>Explotación</translation>
    </message>
    <message>
      <source>Exploiter</source>
      <comment>perpetrator_role</comment>
      <translation>Explotador</translation>
    </message>
    <message>
      <source>Export anonymised statistics</source>
      <comment>action</comment>
      <translation>Exportar estadísticas anonimizadas</translation>
    </message>
    <message>
      <source>Export identifiable data</source>
      <comment>action</comment>
      <translation>Exportar datos identificables</translation>
    </message>
    <message>
      <source>Failed login</source>
      <comment>audit_action</comment>
      <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
      <source>Falkland Islands (Malvinas)</source>
      <comment>country</comment>
      <translation>Islas Malvinas</translation>
    </message>
    <message>
      <source>False promises</source>
      <comment>means_of_control</comment>
      <translation>Falsas promesas</translation>
    </message>
    <message>
      <source>Family</source>
      <comment>recruiter_relationship</comment>
      <translation>Familia</translation>
    </message>
    <message>
      <source>Family</source>
      <comment>recruitment</comment>
      <translation>Familia</translation>
    </message>
    <message>
      <source>Family names</source>
      <comment>field</comment>
      <translation>Apellidos</translation>
    </message>
    <message>
      <source>Family tracing</source>
      <comment>service</comment>
      <translation>Búsqueda de familiares</translation>
    </message>
    <message>
      <source>Faroe Islands</source>
      <comment>country</comment>
      <translation>Islas Feroe</translation>
    </message>
    <message>
      <source>Female</source>
      <comment>sex</comment>
      <translation>Femenino</translation>
    </message>
    <message>
      <source>Female</source>
      <comment>statistic</comment>
      <translation>Mujeres</translation>
    </message>
    <message>
      <source>Feminine</source>
      <comment>gender_identity</comment>
      <translation>Femenina</translation>
    </message>
    <message>
      <source>Fiji</source>
      <comment>country</comment>
      <translation>Fiyi</translation>
    </message>
    <message>
      <source>Financial</source>
      <comment>service</comment>
      <translation>Apoyo económico</translation>
    </message>
    <message>
      <source>Finland</source>
      <comment>country</comment>
      <translation>Finlandia</translation>
    </message>
    <message>
      <source>Flags</source>
      <comment>case_part</comment>
      <translation>Alertas</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <comment>case_status</comment>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <comment>field</comment>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <source>Forced adoption</source>
      <comment>exploitation</comment>
      <translation>Adopción forzada</translation>
    </message>
    <message>
      <source>Forced begging</source>
      <comment>exploitation</comment>
      <translation>Mendicidad forzada</translation>
    </message>
    <message>
      <source>Forced criminality</source>
      <comment>exploitation</comment>
      <translation>Delincuencia forzada</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <comment>exploitation</comment>
      <translation>Trabajo forzoso</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <comment>exploitation</comment>
      <translation>Matrimonio forzado</translation>
    </message>
    <message>
      <source>Forced military service</source>
      <comment>exploitation</comment>
      <translation>Servicio militar forzoso</translation>
    </message>
    <message>
      <source>Foreign government</source>
      <comment>identification_context</comment>
      <translation>Gobierno extranjero</translation>
    </message>
    <message>
      <source>Forensic interview record</source>
      <comment>form_title</comment>
      <translation>Registro de entrevista forense</translation>
    </message>
    <message>
      <source>Forensic interviewer</source>
      <comment>role</comment>
      <translation>Entrevistador(a) forense</translation>
    </message>
    <message>
      <source>Form</source>
      <comment>record_type</comment>
      <translation>Formulario</translation>
    </message>
    <message>
      <source>France</source>
      <comment>country</comment>
      <translation>Francia</translation>
    </message>
    <message>
      <source>French Guiana</source>
      <comment>country</comment>
      <translation>Guayana Francesa</translation>
    </message>
    <message>
      <source>French Polynesia</source>
      <comment>country</comment>
      <translation>Polinesia Francesa</translation>
    </message>
    <message>
      <source>French Southern Territories</source>
      <comment>country</comment>
      <translation>Territorios Franceses del Sur</translation>
    </message>
    <message>
      <source>Friend</source>
      <comment>recruiter_relationship</comment>
      <translation>Amigo(a)</translation>
    </message>
    <message>
      <source>Friends</source>
      <comment>recruitment</comment>
      <translation>Amistades</translation>
    </message>
    <message>
      <source>Full disclosure</source>
      <comment>disclosure</comment>
      <translation>Revelación completa</translation>
    </message>
    <message>
      <source>Gabon</source>
      <comment>country</comment>
      <translation>Gabón</translation>
    </message>
    <message>
      <source>Gambia</source>
      <comment>country</comment>
      <translation>Gambia</translation>
    </message>
    <message>
      <source>Garifuna</source>
      <comment>language</comment>
      <translation>Garífuna</translation>
    </message>
    <message>
      <source>Gender identity</source>
      <comment>field</comment>
      <translation>Identidad de género</translation>
    </message>
    <message>
      <source>Gender non-conforming</source>
      <comment>gender_identity</comment>
      <translation>No conforme con el género</translation>
    </message>
    <message>
      <source>Georgia</source>
      <comment>country</comment>
      <translation>Georgia</translation>
    </message>
    <message>
      <source>Germany</source>
      <comment>country</comment>
      <translation>Alemania</translation>
    </message>
    <message>
      <source>Ghana</source>
      <comment>country</comment>
      <translation>Ghana</translation>
    </message>
    <message>
      <source>Gibraltar</source>
      <comment>country</comment>
      <translation>Gibraltar</translation>
    </message>
    <message>
      <source>Given by</source>
      <comment>field</comment>
      <translation>Otorgado por</translation>
    </message>
    <message>
      <source>Given names</source>
      <comment>field</comment>
      <translation>Nombres</translation>
    </message>
    <message>
      <source>Given on</source>
      <comment>field</comment>
      <translation>Fecha de otorgamiento</translation>
    </message>
    <message>
      <source>Government (non-police)</source>
      <comment>organisation_kind</comment>
      <translation>Gobierno (no policial)</translation>
    </message>
    <message>
      <source>Government of Belize</source>
      <comment>repatriated_by</comment>
      <translation>Gobierno de Belice</translation>
    </message>
    <message>
      <source>Greece</source>
      <comment>country</comment>
      <translation>Grecia</translation>
    </message>
    <message>
      <source>Greenland</source>
      <comment>country</comment>
      <translation>Groenlandia</translation>
    </message>
    <message>
      <source>Grenada</source>
      <comment>country</comment>
      <translation>Granada</translation>
    </message>
    <message>
      <source>Group</source>
      <comment>record_type</comment>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Guadeloupe</source>
      <comment>country</comment>
      <translation>Guadalupe</translation>
    </message>
    <message>
      <source>Guam</source>
      <comment>country</comment>
      <translation>Guam</translation>
    </message>
    <message>
      <source>Guatemala</source>
      <comment>country</comment>
      <translation>Guatemala</translation>
    </message>
    <message>
      <source>Guernsey</source>
      <comment>country</comment>
      <translation>Guernsey</translation>
    </message>
    <message>
      <source>Guinea</source>
      <comment>country</comment>
      <translation>Guinea</translation>
    </message>
    <message>
      <source>Guinea-Bissau</source>
      <comment>country</comment>
      <translation>Guinea-Bisáu</translation>
    </message>
    <message>
      <source>Guyana</source>
      <comment>country</comment>
      <translation>Guyana</translation>
    </message>
    <message>
      <source>HTCDS exchange</source>
      <comment>record_type</comment>
      <translation>Intercambio HTCDS</translation>
    </message>
    <message>
      <source>Haiti</source>
      <comment>country</comment>
      <translation>Haití</translation>
    </message>
    <message>
      <source>Harbourer, receiver or controller</source>
      <comment>perpetrator_role</comment>
      <translation>Encubridor(a), receptor(a) o controlador(a)</translation>
    </message>
    <message>
      <source>Health</source>
      <comment>case_part</comment>
      <translation>Salud</translation>
    </message>
    <message>
      <source>Health</source>
      <comment>field</comment>
      <translation>Salud</translation>
    </message>
    <message>
      <source>Health service</source>
      <comment>recipient_type</comment>
      <translation>Servicio de salud</translation>
    </message>
    <message>
      <source>Health workers</source>
      <comment>training_audience</comment>
      <translation>Personal de salud</translation>
    </message>
    <message>
      <source>Heard Island and McDonald Islands</source>
      <comment>country</comment>
      <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
      <source>High</source>
      <comment>safety_risk</comment>
      <translation>Alta</translation>
    </message>
    <message>
      <source>History</source>
      <comment>case_part</comment>
      <translation>Historial</translation>
    </message>
    <message>
      <source>Holy See</source>
      <comment>country</comment>
      <translation>Santa Sede (Vaticano)</translation>
    </message>
    <message>
      <source>Honduras</source>
      <comment>country</comment>
      <translation>Honduras</translation>
    </message>
    <message>
      <source>Hong Kong</source>
      <comment>country</comment>
      <translation>Hong Kong</translation>
    </message>
    <message>
      <source>Hospitality</source>
      <comment>sector</comment>
      <translation>Hotelería</translation>
    </message>
    <message>
      <source>Hotline</source>
      <comment>identification_context</comment>
      <translation>Línea directa</translation>
    </message>
    <message>
      <source>Human Services</source>
      <comment>consent_given_by</comment>
      <translation>Servicios Humanos</translation>
    </message>
    <message>
      <source>Hungary</source>
      <comment>country</comment>
      <translation>Hungría</translation>
    </message>
    <message>
      <source>IOM</source>
      <comment>repatriated_by</comment>
      <translation>OIM</translation>
    </message>
    <message>
      <source>Iceland</source>
      <comment>country</comment>
      <translation>Islandia</translation>
    </message>
    <message>
      <source>Identification</source>
      <comment>case_part</comment>
      <translation>Identificación</translation>
    </message>
    <message>
      <source>Identification</source>
      <comment>field</comment>
      <translation>Identificación</translation>
    </message>
    <message>
      <source>Identified (government)</source>
      <comment>statistic</comment>
      <translation>Identificadas (gobierno)</translation>
    </message>
    <message>
      <source>Identified by an NGO only</source>
      <comment>statistic</comment>
      <translation>Identificadas solo por una ONG</translation>
    </message>
    <message>
      <source>Identified earlier</source>
      <comment>statistic</comment>
      <translation>Identificadas anteriormente</translation>
    </message>
    <message>
      <source>Identified this year</source>
      <comment>statistic</comment>
      <translation>Identificadas este año</translation>
    </message>
    <message>
      <source>Identified through</source>
      <comment>field</comment>
      <translation>Identificado(a) a través de</translation>
    </message>
    <message>
      <source>Identified victims by age group at identification and sex</source>
      <comment>statistics_table</comment>
      <translation>Víctimas identificadas por grupo de edad al momento de la identificación y sexo</translation>
    </message>
    <message>
      <source>Identified victims by citizenship and sex</source>
      <comment>statistics_table</comment>
      <translation>Víctimas identificadas por nacionalidad y sexo</translation>
    </message>
    <message>
      <source>Identified victims by form of exploitation and sex</source>
      <comment>statistics_table</comment>
      <translation>Víctimas identificadas por forma de explotación y sexo</translation>
    </message>
    <message>
      <source>Identity</source>
      <comment>section</comment>
      <translation>Identidad</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <comment>case_part</comment>
      <translation>Documentos de identidad</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <comment>field</comment>
      <translation>Documentos de identidad</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <comment>section</comment>
      <translation>Documentos de identidad</translation>
    </message>
    <message>
      <source>Illicit activities</source>
      <comment>sector</comment>
      <translation>Actividades ilícitas</translation>
    </message>
    <message>
      <source>Immigration</source>
      <comment>training_audience</comment>
      <translation>Migración</translation>
    </message>
    <message>
      <source>Immigration Department</source>
      <comment>agency</comment>
      <translation>Departamento de Migración</translation>
    </message>
    <message>
      <source>Immigration screening</source>
      <comment>identification_context</comment>
      <translation>Evaluación migratoria</translation>
    </message>
    <message>
      <source>Immigration service</source>
      <comment>recipient_type</comment>
      <translation>Servicio de migración</translation>
    </message>
    <message>
      <source>Immigration status</source>
      <comment>service</comment>
      <translation>Situación migratoria</translation>
    </message>
    <message>
      <source>Import</source>
      <comment>record_type</comment>
      <translation>Importación</translation>
    </message>
    <message>
      <source>Import and activate forms</source>
      <comment>action</comment>
      <translation>Importar y activar formularios</translation>
    </message>
    <message>
      <source>Independent living</source>
      <comment>service</comment>
      <translation>Vida independiente</translation>
    </message>
    <message>
      <source>India</source>
      <comment>country</comment>
      <translation>India</translation>
    </message>
    <message>
      <source>Indonesia</source>
      <comment>country</comment>
      <translation>Indonesia</translation>
    </message>
    <message>
      <source>Informed of data use</source>
      <comment>consent_item</comment>
      <translation>Informado(a) del uso de los datos</translation>
    </message>
    <message>
      <source>Informed of research use</source>
      <comment>consent_item</comment>
      <translation>Informado(a) del uso para investigación</translation>
    </message>
    <message>
      <source>Informed of retention</source>
      <comment>consent_item</comment>
      <translation>Informado(a) del tiempo de conservación</translation>
    </message>
    <message>
      <source>Informed of the purpose</source>
      <comment>consent_item</comment>
      <translation>Informado(a) de la finalidad</translation>
    </message>
    <message>
      <source>Informed of the right to refuse</source>
      <comment>consent_item</comment>
      <translation>Informado(a) del derecho a negarse</translation>
    </message>
    <message>
      <source>Informed of the right to withdraw</source>
      <comment>consent_item</comment>
      <translation>Informado(a) del derecho a retirar el consentimiento</translation>
    </message>
    <message>
      <source>Informed of who has access</source>
      <comment>consent_item</comment>
      <translation>Informado(a) de quién tiene acceso</translation>
    </message>
    <message>
      <source>International Organization for Migration</source>
      <comment>agency</comment>
      <translation>Organización Internacional para las Migraciones</translation>
    </message>
    <message>
      <source>International organisation</source>
      <comment>recipient_type</comment>
      <translation>Organización internacional</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <comment>service</comment>
      <translation>Interpretación</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <comment>field</comment>
      <translation>Necesita intérprete</translation>
    </message>
    <message>
      <source>Interview</source>
      <comment>record_type</comment>
      <translation>Entrevista</translation>
    </message>
    <message>
      <source>Interview reference</source>
      <comment>section</comment>
      <translation>Referencia de la entrevista</translation>
    </message>
    <message>
      <source>Interview terminated</source>
      <comment>disclosure</comment>
      <translation>Entrevista interrumpida</translation>
    </message>
    <message>
      <source>Interviews</source>
      <comment>case_part</comment>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <source>Intimate partner</source>
      <comment>recruiter_relationship</comment>
      <translation>Pareja sentimental</translation>
    </message>
    <message>
      <source>Investigation</source>
      <comment>proceeding_stage</comment>
      <translation>Investigación</translation>
    </message>
    <message>
      <source>Investigations</source>
      <comment>statistic</comment>
      <translation>Investigaciones</translation>
    </message>
    <message>
      <source>Iran (Islamic Republic of)</source>
      <comment>country</comment>
      <translation>Irán</translation>
    </message>
    <message>
      <source>Iraq</source>
      <comment>country</comment>
      <translation>Irak</translation>
    </message>
    <message>
      <source>Ireland</source>
      <comment>country</comment>
      <translation>Irlanda</translation>
    </message>
    <message>
      <source>Isle of Man</source>
      <comment>country</comment>
      <translation>Isla de Man</translation>
    </message>
    <message>
      <source>Israel</source>
      <comment>country</comment>
      <translation>Israel</translation>
    </message>
    <message>
      <source>Italy</source>
      <comment>country</comment>
      <translation>Italia</translation>
    </message>
    <message>
      <source>Jamaica</source>
      <comment>country</comment>
      <translation>Jamaica</translation>
    </message>
    <message>
      <source>Japan</source>
      <comment>country</comment>
      <translation>Japón</translation>
    </message>
    <message>
      <source>Jersey</source>
      <comment>country</comment>
      <translation>Jersey</translation>
    </message>
    <message>
      <source>Jordan</source>
      <comment>country</comment>
      <translation>Jordania</translation>
    </message>
    <message>
      <source>Judiciary</source>
      <comment>training_audience</comment>
      <translation>Poder Judicial</translation>
    </message>
    <message>
      <source>Kazakhstan</source>
      <comment>country</comment>
      <translation>Kazajistán</translation>
    </message>
    <message>
      <source>Keep the prevention register</source>
      <comment>action</comment>
      <translation>Llevar el registro de prevención</translation>
    </message>
    <message>
      <source>Kenya</source>
      <comment>country</comment>
      <translation>Kenia</translation>
    </message>
    <message>
      <source>Key derivation upgraded</source>
      <comment>audit_action</comment>
      <translation>Derivación de claves mejorada</translation>
    </message>
    <message>
      <source>Kidnapper</source>
      <comment>perpetrator_role</comment>
      <translation>Secuestrador</translation>
    </message>
    <message>
      <source>Kiribati</source>
      <comment>country</comment>
      <translation>Kiribati</translation>
    </message>
    <message>
      <source>Korea (Democratic People's Republic of)</source>
      <comment>country</comment>
      <translation>Corea del Norte</translation>
    </message>
    <message>
      <source>Korea, Republic of</source>
      <comment>country</comment>
      <translation>Corea del Sur</translation>
    </message>
    <message>
      <source>Kuwait</source>
      <comment>country</comment>
      <translation>Kuwait</translation>
    </message>
    <message>
      <source>Kyrgyzstan</source>
      <comment>country</comment>
      <translation>Kirguistán</translation>
    </message>
    <message>
      <source>Labour</source>
      <comment>training_audience</comment>
      <translation>Trabajo</translation>
    </message>
    <message>
      <source>Labour Department</source>
      <comment>agency</comment>
      <translation>Departamento de Trabajo</translation>
    </message>
    <message>
      <source>Labour exploitation</source>
      <comment>statistic</comment>
      <translation>Explotación laboral</translation>
    </message>
    <message>
      <source>Labour inspection</source>
      <comment>identification_context</comment>
      <translation>Inspección laboral</translation>
    </message>
    <message>
      <source>Labour sectors</source>
      <comment>case_part</comment>
      <translation>Sectores laborales</translation>
    </message>
    <message>
      <source>Languages</source>
      <comment>field</comment>
      <translation>Idiomas</translation>
    </message>
    <message>
      <source>Lao People's Democratic Republic</source>
      <comment>country</comment>
      <translation>Laos</translation>
    </message>
    <message>
      <source>Latvia</source>
      <comment>country</comment>
      <translation>Letonia</translation>
    </message>
    <message>
      <source>Law enforcement</source>
      <comment>recipient_type</comment>
      <translation>Fuerzas del orden</translation>
    </message>
    <message>
      <source>Lebanon</source>
      <comment>country</comment>
      <translation>Líbano</translation>
    </message>
    <message>
      <source>Legal</source>
      <comment>service</comment>
      <translation>Asistencia jurídica</translation>
    </message>
    <message>
      <source>Legal proceedings</source>
      <comment>case_part</comment>
      <translation>Procesos judiciales</translation>
    </message>
    <message>
      <source>Legal proceedings</source>
      <comment>section</comment>
      <translation>Procesos judiciales</translation>
    </message>
    <message>
      <source>Legal proceedings by offence</source>
      <comment>statistics_table</comment>
      <translation>Procesos judiciales por delito</translation>
    </message>
    <message>
      <source>Legal service</source>
      <comment>recipient_type</comment>
      <translation>Servicio jurídico</translation>
    </message>
    <message>
      <source>Lesotho</source>
      <comment>country</comment>
      <translation>Lesoto</translation>
    </message>
    <message>
      <source>Liberia</source>
      <comment>country</comment>
      <translation>Liberia</translation>
    </message>
    <message>
      <source>Libya</source>
      <comment>country</comment>
      <translation>Libia</translation>
    </message>
    <message>
      <source>Liechtenstein</source>
      <comment>country</comment>
      <translation>Liechtenstein</translation>
    </message>
    <message>
      <source>Liquor licensing board</source>
      <comment>training_audience</comment>
      <translation>Junta de licencias de licores</translation>
    </message>
    <message>
      <source>Lithuania</source>
      <comment>country</comment>
      <translation>Lituania</translation>
    </message>
    <message>
      <source>Livelihood</source>
      <comment>service</comment>
      <translation>Medios de vida</translation>
    </message>
    <message>
      <source>Local government</source>
      <comment>recipient_type</comment>
      <translation>Gobierno local</translation>
    </message>
    <message>
      <source>Locked</source>
      <comment>audit_action</comment>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <source>Locked</source>
      <comment>interview_state</comment>
      <translation>Bloqueada</translation>
    </message>
    <message>
      <source>Logged in</source>
      <comment>audit_action</comment>
      <translation>Inició sesión</translation>
    </message>
    <message>
      <source>Logged out</source>
      <comment>audit_action</comment>
      <translation>Cerró sesión</translation>
    </message>
    <message>
      <source>Low</source>
      <comment>safety_risk</comment>
      <translation>Baja</translation>
    </message>
    <message>
      <source>Luxembourg</source>
      <comment>country</comment>
      <translation>Luxemburgo</translation>
    </message>
    <message>
      <source>M&amp;E officer</source>
      <comment>role</comment>
      <translation>Oficial de monitoreo y evaluación</translation>
    </message>
    <message>
      <source>Macao</source>
      <comment>country</comment>
      <translation>Macao</translation>
    </message>
    <message>
      <source>Madagascar</source>
      <comment>country</comment>
      <translation>Madagascar</translation>
    </message>
    <message>
      <source>Make and restore backups</source>
      <comment>action</comment>
      <translation>Hacer y restaurar copias de seguridad</translation>
    </message>
    <message>
      <source>Malawi</source>
      <comment>country</comment>
      <translation>Malaui</translation>
    </message>
    <message>
      <source>Malaysia</source>
      <comment>country</comment>
      <translation>Malasia</translation>
    </message>
    <message>
      <source>Maldives</source>
      <comment>country</comment>
      <translation>Maldivas</translation>
    </message>
    <message>
      <source>Male</source>
      <comment>sex</comment>
      <translation>Masculino</translation>
    </message>
    <message>
      <source>Male</source>
      <comment>statistic</comment>
      <translation>Hombres</translation>
    </message>
    <message>
      <source>Mali</source>
      <comment>country</comment>
      <translation>Malí</translation>
    </message>
    <message>
      <source>Malta</source>
      <comment>country</comment>
      <translation>Malta</translation>
    </message>
    <message>
      <source>Manage roles</source>
      <comment>action</comment>
      <translation>Administrar roles</translation>
    </message>
    <message>
      <source>Manage the organisations directory</source>
      <comment>action</comment>
      <translation>Administrar el directorio de organizaciones</translation>
    </message>
    <message>
      <source>Manage the vault's identity and trusted vaults</source>
      <comment>action</comment>
      <translation>Administrar la identidad de la bóveda y las bóvedas de confianza</translation>
    </message>
    <message>
      <source>Manage user accounts</source>
      <comment>action</comment>
      <translation>Administrar cuentas de usuario</translation>
    </message>
    <message>
      <source>Manufacturing</source>
      <comment>sector</comment>
      <translation>Manufactura</translation>
    </message>
    <message>
      <source>Marshall Islands</source>
      <comment>country</comment>
      <translation>Islas Marshall</translation>
    </message>
    <message>
      <source>Martinique</source>
      <comment>country</comment>
      <translation>Martinica</translation>
    </message>
    <message>
      <source>Masculine</source>
      <comment>gender_identity</comment>
      <translation>Masculina</translation>
    </message>
    <message>
      <source>Mauritania</source>
      <comment>country</comment>
      <translation>Mauritania</translation>
    </message>
    <message>
      <source>Mauritius</source>
      <comment>country</comment>
      <translation>Mauricio</translation>
    </message>
    <message>
      <source>May be shared with</source>
      <comment>field</comment>
      <translation>Puede compartirse con</translation>
    </message>
    <message>
      <source>Mayotte</source>
      <comment>country</comment>
      <translation>Mayotte</translation>
    </message>
    <message>
      <source>Means of control</source>
      <comment>case_part</comment>
      <translation>Medios de control</translation>
    </message>
    <message>
      <source>Media interest</source>
      <comment>flag</comment>
      <translation>Interés de los medios de comunicación</translation>
    </message>
    <message>
      <source>Medical</source>
      <comment>service</comment>
      <translation>Atención médica</translation>
    </message>
    <message>
      <source>Medium</source>
      <comment>safety_risk</comment>
      <translation>Media</translation>
    </message>
    <message>
      <source>Mexico</source>
      <comment>country</comment>
      <translation>México</translation>
    </message>
    <message>
      <source>Micronesia (Federated States of)</source>
      <comment>country</comment>
      <translation>Micronesia</translation>
    </message>
    <message>
      <source>Mining or drilling</source>
      <comment>sector</comment>
      <translation>Minería o perforación</translation>
    </message>
    <message>
      <source>Ministry of Foreign Affairs</source>
      <comment>agency</comment>
      <translation>Ministerio de Relaciones Exteriores</translation>
    </message>
    <message>
      <source>Ministry of Health</source>
      <comment>agency</comment>
      <translation>Ministerio de Salud</translation>
    </message>
    <message>
      <source>Ministry of Human Development, Families and Indigenous Peoples' Affairs</source>
      <comment>agency</comment>
      <translation>Ministerio de Desarrollo Humano, Familias y Asuntos de los Pueblos Indígenas</translation>
    </message>
    <message>
      <source>Minor</source>
      <comment>flag</comment>
      <translation>Menor de edad</translation>
    </message>
    <message>
      <source>Moldova, Republic of</source>
      <comment>country</comment>
      <translation>Moldavia</translation>
    </message>
    <message>
      <source>Monaco</source>
      <comment>country</comment>
      <translation>Mónaco</translation>
    </message>
    <message>
      <source>Mongolia</source>
      <comment>country</comment>
      <translation>Mongolia</translation>
    </message>
    <message>
      <source>Montenegro</source>
      <comment>country</comment>
      <translation>Montenegro</translation>
    </message>
    <message>
      <source>Montserrat</source>
      <comment>country</comment>
      <translation>Montserrat</translation>
    </message>
    <message>
      <source>Mopan</source>
      <comment>language</comment>
      <translation>Mopán</translation>
    </message>
    <message>
      <source>Morocco</source>
      <comment>country</comment>
      <translation>Marruecos</translation>
    </message>
    <message>
      <source>Mozambique</source>
      <comment>country</comment>
      <translation>Mozambique</translation>
    </message>
    <message>
      <source>Myanmar</source>
      <comment>country</comment>
      <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
      <source>NGO</source>
      <comment>decided_by</comment>
      <translation>ONG</translation>
    </message>
    <message>
      <source>NGO</source>
      <comment>recipient_type</comment>
      <translation>ONG</translation>
    </message>
    <message>
      <source>NGO referral</source>
      <comment>identification_context</comment>
      <translation>Derivación de una ONG</translation>
    </message>
    <message>
      <source>NICHD</source>
      <comment>interview_protocol</comment>
      <translation>NICHD</translation>
    </message>
    <message>
      <source>NICHD (revised)</source>
      <comment>interview_protocol</comment>
      <translation>NICHD (revisado)</translation>
    </message>
    <message>
      <source>Name</source>
      <comment>field</comment>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Namibia</source>
      <comment>country</comment>
      <translation>Namibia</translation>
    </message>
    <message>
      <source>National Committee for Families and Children</source>
      <comment>agency</comment>
      <translation>Comité Nacional para las Familias y la Niñez</translation>
    </message>
    <message>
      <source>Nationality</source>
      <comment>field</comment>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <source>Nationality and languages</source>
      <comment>section</comment>
      <translation>Nacionalidad e idiomas</translation>
    </message>
    <message>
      <source>Nauru</source>
      <comment>country</comment>
      <translation>Nauru</translation>
    </message>
    <message>
      <source>Needs and services</source>
      <comment>section</comment>
      <translation>Necesidades y servicios</translation>
    </message>
    <message>
      <source>Nepal</source>
      <comment>country</comment>
      <translation>Nepal</translation>
    </message>
    <message>
      <source>Netherlands</source>
      <comment>country</comment>
      <translation>Países Bajos</translation>
    </message>
    <message>
      <source>New Caledonia</source>
      <comment>country</comment>
      <translation>Nueva Caledonia</translation>
    </message>
    <message>
      <source>New Zealand</source>
      <comment>country</comment>
      <translation>Nueva Zelanda</translation>
    </message>
    <message>
      <source>Newspaper</source>
      <comment>recruitment</comment>
      <translation>Periódico</translation>
    </message>
    <message>
      <source>Nicaragua</source>
      <comment>country</comment>
      <translation>Nicaragua</translation>
    </message>
    <message>
      <source>Niger</source>
      <comment>country</comment>
      <translation>Níger</translation>
    </message>
    <message>
      <source>Nigeria</source>
      <comment>country</comment>
      <translation>Nigeria</translation>
    </message>
    <message>
      <source>Niue</source>
      <comment>country</comment>
      <translation>Niue</translation>
    </message>
    <message>
      <source>No</source>
      <comment>answer</comment>
      <translation>No</translation>
    </message>
    <message>
      <source>No case records</source>
      <comment>scope</comment>
      <translation>Ningún registro de casos</translation>
    </message>
    <message>
      <source>No disclosure</source>
      <comment>disclosure</comment>
      <translation>Sin revelación</translation>
    </message>
    <message>
      <source>Non-governmental organisation</source>
      <comment>organisation_kind</comment>
      <translation>Organización no gubernamental</translation>
    </message>
    <message>
      <source>Non-governmental organisations (council members)</source>
      <comment>agency</comment>
      <translation>Organizaciones no gubernamentales (miembros del consejo)</translation>
    </message>
    <message>
      <source>None</source>
      <comment>health_urgency</comment>
      <translation>Ninguna</translation>
    </message>
    <message>
      <source>None</source>
      <comment>safety_risk</comment>
      <translation>Ninguna</translation>
    </message>
    <message>
      <source>Norfolk Island</source>
      <comment>country</comment>
      <translation>Isla Norfolk</translation>
    </message>
    <message>
      <source>Normal</source>
      <comment>priority</comment>
      <translation>Normal</translation>
    </message>
    <message>
      <source>North Macedonia</source>
      <comment>country</comment>
      <translation>Macedonia del Norte</translation>
    </message>
    <message>
      <source>Northern Mariana Islands</source>
      <comment>country</comment>
      <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
      <source>Norway</source>
      <comment>country</comment>
      <translation>Noruega</translation>
    </message>
    <message>
      <source>Not a victim</source>
      <comment>identification_status</comment>
      <translation>No es víctima</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <comment>referral_outcome</comment>
      <translation>No aplica</translation>
    </message>
    <message>
      <source>Not confirmed by government</source>
      <comment>statistic</comment>
      <translation>No confirmadas por el gobierno</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <comment>statistic</comment>
      <translation>No registrado</translation>
    </message>
    <message>
      <source>Not specified</source>
      <comment>gender_identity</comment>
      <translation>No especificado</translation>
    </message>
    <message>
      <source>Not specified</source>
      <comment>means_of_control</comment>
      <translation>No especificado</translation>
    </message>
    <message>
      <source>Not specified</source>
      <comment>sector</comment>
      <translation>No especificado</translation>
    </message>
    <message>
      <source>Not unaccompanied</source>
      <comment>unaccompanied</comment>
      <translation>Acompañado(a)</translation>
    </message>
    <message>
      <source>Not urgent</source>
      <comment>health_urgency</comment>
      <translation>No urgente</translation>
    </message>
    <message>
      <source>Note</source>
      <comment>record_type</comment>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Notes</source>
      <comment>case_part</comment>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Notes</source>
      <comment>field</comment>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Offence</source>
      <comment>field</comment>
      <translation>Delito</translation>
    </message>
    <message>
      <source>Office of the Director of Public Prosecutions</source>
      <comment>agency</comment>
      <translation>Oficina del Director del Ministerio Público</translation>
    </message>
    <message>
      <source>Oman</source>
      <comment>country</comment>
      <translation>Omán</translation>
    </message>
    <message>
      <source>Online advertisement</source>
      <comment>recruitment</comment>
      <translation>Anuncio en línea</translation>
    </message>
    <message>
      <source>Online social network</source>
      <comment>recruitment</comment>
      <translation>Red social en línea</translation>
    </message>
    <message>
      <source>Open new cases</source>
      <comment>action</comment>
      <translation>Abrir casos nuevos</translation>
    </message>
    <message>
      <source>Opened</source>
      <comment>field</comment>
      <translation>Fecha de apertura</translation>
    </message>
    <message>
      <source>Orange Walk</source>
      <comment>district</comment>
      <translation>Orange Walk</translation>
    </message>
    <message>
      <source>Organ removal</source>
      <comment>exploitation</comment>
      <translation>Extracción de órganos</translation>
    </message>
    <message>
      <source>Organisation</source>
      <comment>record_type</comment>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>campaign_channel</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>decided_by</comment>
      <translation>Otra</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>exploitation</comment>
      <translation>Otra</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>identification_context</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>interview_protocol</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>means_of_control</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>perpetrator_role</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>recruiter_relationship</comment>
      <translation>Otra</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>recruitment</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>referral_reason</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>repatriated_by</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>sector</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>service</comment>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Other (international, consulate)</source>
      <comment>organisation_kind</comment>
      <translation>Otra (internacional, consulado)</translation>
    </message>
    <message>
      <source>Other forms only</source>
      <comment>statistic</comment>
      <translation>Solo otras formas</translation>
    </message>
    <message>
      <source>Other government body</source>
      <comment>decided_by</comment>
      <translation>Otro organismo del gobierno</translation>
    </message>
    <message>
      <source>Other language</source>
      <comment>language</comment>
      <translation>Otro idioma</translation>
    </message>
    <message>
      <source>Other related offence</source>
      <comment>offence</comment>
      <translation>Otro delito conexo</translation>
    </message>
    <message>
      <source>Other vulnerable child</source>
      <comment>unaccompanied</comment>
      <translation>Otro niño o niña en situación vulnerable</translation>
    </message>
    <message>
      <source>Override missing consent (with reason)</source>
      <comment>action</comment>
      <translation>Omitir la falta de consentimiento (con justificación)</translation>
    </message>
    <message>
      <source>Own and assigned cases</source>
      <comment>scope</comment>
      <translation>Casos propios y asignados</translation>
    </message>
    <message>
      <source>Owner</source>
      <comment>field</comment>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>PEACE</source>
      <comment>interview_protocol</comment>
      <translation>PEACE</translation>
    </message>
    <message>
      <source>Pakistan</source>
      <comment>country</comment>
      <translation>Pakistán</translation>
    </message>
    <message>
      <source>Palau</source>
      <comment>country</comment>
      <translation>Palaos</translation>
    </message>
    <message>
      <source>Palestine, State of</source>
      <comment>country</comment>
      <translation>Palestina</translation>
    </message>
    <message>
      <source>Panama</source>
      <comment>country</comment>
      <translation>Panamá</translation>
    </message>
    <message>
      <source>Papua New Guinea</source>
      <comment>country</comment>
      <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
      <source>Paraguay</source>
      <comment>country</comment>
      <translation>Paraguay</translation>
    </message>
    <message>
      <source>Partial disclosure</source>
      <comment>disclosure</comment>
      <translation>Revelación parcial</translation>
    </message>
    <message>
      <source>Participants</source>
      <comment>statistic</comment>
      <translation>Participantes</translation>
    </message>
    <message>
      <source>Partner liaison</source>
      <comment>role</comment>
      <translation>Enlace con socios</translation>
    </message>
    <message>
      <source>Password changed</source>
      <comment>audit_action</comment>
      <translation>Contraseña cambiada</translation>
    </message>
    <message>
      <source>Password re-entered</source>
      <comment>audit_action</comment>
      <translation>Contraseña ingresada de nuevo</translation>
    </message>
    <message>
      <source>Peddling</source>
      <comment>sector</comment>
      <translation>Venta ambulante</translation>
    </message>
    <message>
      <source>Pending</source>
      <comment>proceeding_stage</comment>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>Perpetrators</source>
      <comment>case_part</comment>
      <translation>Perpetradores</translation>
    </message>
    <message>
      <source>Person</source>
      <comment>case_part</comment>
      <translation>Persona</translation>
    </message>
    <message>
      <source>Peru</source>
      <comment>country</comment>
      <translation>Perú</translation>
    </message>
    <message>
      <source>Philippines</source>
      <comment>country</comment>
      <translation>Filipinas</translation>
    </message>
    <message>
      <source>Physical abuse</source>
      <comment>means_of_control</comment>
      <translation>Abuso físico</translation>
    </message>
    <message>
      <source>Pitcairn</source>
      <comment>country</comment>
      <translation>Pitcairn</translation>
    </message>
    <message>
      <source>Place</source>
      <comment>field</comment>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Place of business</source>
      <comment>recruitment</comment>
      <translation>Lugar de trabajo o negocio</translation>
    </message>
    <message>
      <source>Plautdietsch</source>
      <comment>language</comment>
      <translation>Plautdietsch</translation>
    </message>
    <message>
      <source>Poland</source>
      <comment>country</comment>
      <translation>Polonia</translation>
    </message>
    <message>
      <source>Police</source>
      <comment>decided_by</comment>
      <translation>Policía</translation>
    </message>
    <message>
      <source>Police</source>
      <comment>organisation_kind</comment>
      <translation>Policía</translation>
    </message>
    <message>
      <source>Police</source>
      <comment>training_audience</comment>
      <translation>Policía</translation>
    </message>
    <message>
      <source>Police Department (ATIPs unit)</source>
      <comment>agency</comment>
      <translation>Departamento de Policía (unidad ATIPs)</translation>
    </message>
    <message>
      <source>Pornography</source>
      <comment>sexual_exploitation</comment>
      <translation>Pornografía</translation>
    </message>
    <message>
      <source>Portugal</source>
      <comment>country</comment>
      <translation>Portugal</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <comment>identification_status</comment>
      <translation>Posible víctima</translation>
    </message>
    <message>
      <source>Potential victims</source>
      <comment>statistic</comment>
      <translation>Víctimas potenciales</translation>
    </message>
    <message>
      <source>Prepare referrals</source>
      <comment>action</comment>
      <translation>Preparar derivaciones</translation>
    </message>
    <message>
      <source>Previewed</source>
      <comment>audit_action</comment>
      <translation>Previsualizado</translation>
    </message>
    <message>
      <source>Print</source>
      <comment>campaign_channel</comment>
      <translation>Medios impresos</translation>
    </message>
    <message>
      <source>Print referral packets</source>
      <comment>action</comment>
      <translation>Imprimir paquetes de derivación</translation>
    </message>
    <message>
      <source>Printed</source>
      <comment>audit_action</comment>
      <translation>Impreso</translation>
    </message>
    <message>
      <source>Prison screening</source>
      <comment>identification_context</comment>
      <translation>Evaluación en centro penitenciario</translation>
    </message>
    <message>
      <source>Private employers</source>
      <comment>training_audience</comment>
      <translation>Empleadores privados</translation>
    </message>
    <message>
      <source>Private sexual services</source>
      <comment>sexual_exploitation</comment>
      <translation>Servicios sexuales privados</translation>
    </message>
    <message>
      <source>Prosecution initiated</source>
      <comment>proceeding_stage</comment>
      <translation>Acción penal iniciada</translation>
    </message>
    <message>
      <source>Prosecutions</source>
      <comment>statistic</comment>
      <translation>Acciones penales</translation>
    </message>
    <message>
      <source>Prosecutors</source>
      <comment>training_audience</comment>
      <translation>Fiscales</translation>
    </message>
    <message>
      <source>Prostitution</source>
      <comment>sexual_exploitation</comment>
      <translation>Prostitución</translation>
    </message>
    <message>
      <source>Provider</source>
      <comment>field</comment>
      <translation>Proveedor</translation>
    </message>
    <message>
      <source>Psychoactive substances</source>
      <comment>means_of_control</comment>
      <translation>Sustancias psicoactivas</translation>
    </message>
    <message>
      <source>Psychological abuse</source>
      <comment>means_of_control</comment>
      <translation>Abuso psicológico</translation>
    </message>
    <message>
      <source>Psychosocial</source>
      <comment>service</comment>
      <translation>Apoyo psicosocial</translation>
    </message>
    <message>
      <source>Puerto Rico</source>
      <comment>country</comment>
      <translation>Puerto Rico</translation>
    </message>
    <message>
      <source>Q'eqchi'</source>
      <comment>language</comment>
      <translation>Q'eqchi'</translation>
    </message>
    <message>
      <source>Qatar</source>
      <comment>country</comment>
      <translation>Catar</translation>
    </message>
    <message>
      <source>Radio</source>
      <comment>campaign_channel</comment>
      <translation>Radio</translation>
    </message>
    <message>
      <source>Read cases in scope</source>
      <comment>action</comment>
      <translation>Leer los casos de su ámbito</translation>
    </message>
    <message>
      <source>Read the audit trail</source>
      <comment>action</comment>
      <translation>Leer el registro de auditoría</translation>
    </message>
    <message>
      <source>Recantation</source>
      <comment>disclosure</comment>
      <translation>Retractación</translation>
    </message>
    <message>
      <source>Receiving organisation</source>
      <comment>field</comment>
      <translation>Organización receptora</translation>
    </message>
    <message>
      <source>Record changed</source>
      <comment>audit_action</comment>
      <translation>Registro modificado</translation>
    </message>
    <message>
      <source>Record created</source>
      <comment>audit_action</comment>
      <translation>Registro creado</translation>
    </message>
    <message>
      <source>Record deleted</source>
      <comment>audit_action</comment>
      <translation>Registro eliminado</translation>
    </message>
    <message>
      <source>Recruiter</source>
      <comment>perpetrator_role</comment>
      <translation>Captador</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <comment>case_part</comment>
      <translation>Captación</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <comment>event_kind</comment>
      <translation>Captación</translation>
    </message>
    <message>
      <source>Referral</source>
      <comment>case_part</comment>
      <translation>Derivación</translation>
    </message>
    <message>
      <source>Referral</source>
      <comment>record_type</comment>
      <translation>Derivación</translation>
    </message>
    <message>
      <source>Relationship to the person</source>
      <comment>field</comment>
      <translation>Relación con la persona</translation>
    </message>
    <message>
      <source>Remote interactive services</source>
      <comment>sexual_exploitation</comment>
      <translation>Servicios interactivos a distancia</translation>
    </message>
    <message>
      <source>Repatriated on</source>
      <comment>field</comment>
      <translation>Fecha de repatriación</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <comment>case_part</comment>
      <translation>Repatriación</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <comment>service</comment>
      <translation>Repatriación</translation>
    </message>
    <message>
      <source>Repatriation needs</source>
      <comment>section</comment>
      <translation>Necesidades de repatriación</translation>
    </message>
    <message>
      <source>Repatriations by destination and by who carried them out</source>
      <comment>statistics_table</comment>
      <translation>Repatriaciones por destino y por quién las realizó</translation>
    </message>
    <message>
      <source>Restricts access to money</source>
      <comment>means_of_control</comment>
      <translation>Restringe el acceso al dinero</translation>
    </message>
    <message>
      <source>Restricts medical care</source>
      <comment>means_of_control</comment>
      <translation>Restringe la atención médica</translation>
    </message>
    <message>
      <source>Restricts movement</source>
      <comment>means_of_control</comment>
      <translation>Restringe la libertad de movimiento</translation>
    </message>
    <message>
      <source>Returned</source>
      <comment>interview_state</comment>
      <translation>Devuelta</translation>
    </message>
    <message>
      <source>Risk assessment</source>
      <comment>section</comment>
      <translation>Evaluación de riesgos</translation>
    </message>
    <message>
      <source>Role</source>
      <comment>record_type</comment>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Role changed</source>
      <comment>audit_action</comment>
      <translation>Rol modificado</translation>
    </message>
    <message>
      <source>Roles</source>
      <comment>field</comment>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Romania</source>
      <comment>country</comment>
      <translation>Rumanía</translation>
    </message>
    <message>
      <source>Rotate the database key</source>
      <comment>action</comment>
      <translation>Rotar la clave de la base de datos</translation>
    </message>
    <message>
      <source>Russian Federation</source>
      <comment>country</comment>
      <translation>Rusia</translation>
    </message>
    <message>
      <source>Rwanda</source>
      <comment>country</comment>
      <translation>Ruanda</translation>
    </message>
    <message>
      <source>Réunion</source>
      <comment>country</comment>
      <translation>Reunión</translation>
    </message>
    <message>
      <source>Safety risk</source>
      <comment>flag</comment>
      <translation>Riesgo para la seguridad</translation>
    </message>
    <message>
      <source>Saint Barthélemy</source>
      <comment>country</comment>
      <translation>San Bartolomé</translation>
    </message>
    <message>
      <source>Saint Helena, Ascension and Tristan da Cunha</source>
      <comment>country</comment>
      <translation>Santa Elena, Ascensión y Tristán de Acuña</translation>
    </message>
    <message>
      <source>Saint Kitts and Nevis</source>
      <comment>country</comment>
      <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
      <source>Saint Lucia</source>
      <comment>country</comment>
      <translation>Santa Lucía</translation>
    </message>
    <message>
      <source>Saint Martin (French part)</source>
      <comment>country</comment>
      <translation>San Martín (parte francesa)</translation>
    </message>
    <message>
      <source>Saint Pierre and Miquelon</source>
      <comment>country</comment>
      <translation>San Pedro y Miquelon</translation>
    </message>
    <message>
      <source>Saint Vincent and the Grenadines</source>
      <comment>country</comment>
      <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
      <source>Samoa</source>
      <comment>country</comment>
      <translation>Samoa</translation>
    </message>
    <message>
      <source>San Marino</source>
      <comment>country</comment>
      <translation>San Marino</translation>
    </message>
    <message>
      <source>Sao Tome and Principe</source>
      <comment>country</comment>
      <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
      <source>Saudi Arabia</source>
      <comment>country</comment>
      <translation>Arabia Saudita</translation>
    </message>
    <message>
      <source>School or college</source>
      <comment>recipient_type</comment>
      <translation>Escuela o colegio</translation>
    </message>
    <message>
      <source>Schools</source>
      <comment>campaign_channel</comment>
      <translation>Escuelas</translation>
    </message>
    <message>
      <source>Screening</source>
      <comment>case_status</comment>
      <translation>Evaluación inicial</translation>
    </message>
    <message>
      <source>Screening for trafficking indicators</source>
      <comment>form_title</comment>
      <translation>Detección de indicadores de trata</translation>
    </message>
    <message>
      <source>Self-referral</source>
      <comment>identification_context</comment>
      <translation>Por iniciativa propia</translation>
    </message>
    <message>
      <source>Send cases to partner organisations</source>
      <comment>action</comment>
      <translation>Enviar casos a organizaciones asociadas</translation>
    </message>
    <message>
      <source>Senegal</source>
      <comment>country</comment>
      <translation>Senegal</translation>
    </message>
    <message>
      <source>Sent</source>
      <comment>referral_status</comment>
      <translation>Enviada</translation>
    </message>
    <message>
      <source>Sentence</source>
      <comment>field</comment>
      <translation>Sentencia</translation>
    </message>
    <message>
      <source>Separated</source>
      <comment>unaccompanied</comment>
      <translation>Separado(a)</translation>
    </message>
    <message>
      <source>Serbia</source>
      <comment>country</comment>
      <translation>Serbia</translation>
    </message>
    <message>
      <source>Service</source>
      <comment>field</comment>
      <translation>Servicio</translation>
    </message>
    <message>
      <source>Service provided</source>
      <comment>referral_outcome</comment>
      <translation>Servicio prestado</translation>
    </message>
    <message>
      <source>Service unavailable</source>
      <comment>referral_outcome</comment>
      <translation>Servicio no disponible</translation>
    </message>
    <message>
      <source>Services delivered</source>
      <comment>case_part</comment>
      <translation>Servicios prestados</translation>
    </message>
    <message>
      <source>Servitude</source>
      <comment>exploitation</comment>
      <translation>Servidumbre</translation>
    </message>
    <message>
      <source>Sessions</source>
      <comment>statistic</comment>
      <translation>Sesiones</translation>
    </message>
    <message>
      <source>Setting</source>
      <comment>record_type</comment>
      <translation>Configuración</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <comment>audit_action</comment>
      <translation>Configuración modificada</translation>
    </message>
    <message>
      <source>Sex</source>
      <comment>field</comment>
      <translation>Sexo</translation>
    </message>
    <message>
      <source>Sex not recorded</source>
      <comment>statistic</comment>
      <translation>Sexo no registrado</translation>
    </message>
    <message>
      <source>Sexual abuse</source>
      <comment>means_of_control</comment>
      <translation>Abuso sexual</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <comment>case_part</comment>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <comment>exploitation</comment>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <comment>statistic</comment>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <source>Seychelles</source>
      <comment>country</comment>
      <translation>Seychelles</translation>
    </message>
    <message>
      <source>Shelter</source>
      <comment>field</comment>
      <translation>Albergue</translation>
    </message>
    <message>
      <source>Shelter placement</source>
      <comment>section</comment>
      <translation>Estancia en albergue</translation>
    </message>
    <message>
      <source>Shelter placements</source>
      <comment>case_part</comment>
      <translation>Estancias en albergue</translation>
    </message>
    <message>
      <source>Sierra Leone</source>
      <comment>country</comment>
      <translation>Sierra Leona</translation>
    </message>
    <message>
      <source>Singapore</source>
      <comment>country</comment>
      <translation>Singapur</translation>
    </message>
    <message>
      <source>Sint Maarten (Dutch part)</source>
      <comment>country</comment>
      <translation>San Martín (parte neerlandesa)</translation>
    </message>
    <message>
      <source>Slovakia</source>
      <comment>country</comment>
      <translation>Eslovaquia</translation>
    </message>
    <message>
      <source>Slovenia</source>
      <comment>country</comment>
      <translation>Eslovenia</translation>
    </message>
    <message>
      <source>Smuggler</source>
      <comment>perpetrator_role</comment>
      <translation>Traficante de migrantes</translation>
    </message>
    <message>
      <source>Social media</source>
      <comment>campaign_channel</comment>
      <translation>Redes sociales</translation>
    </message>
    <message>
      <source>Social workers</source>
      <comment>training_audience</comment>
      <translation>Trabajadores sociales</translation>
    </message>
    <message>
      <source>Solomon Islands</source>
      <comment>country</comment>
      <translation>Islas Salomón</translation>
    </message>
    <message>
      <source>Somalia</source>
      <comment>country</comment>
      <translation>Somalia</translation>
    </message>
    <message>
      <source>South Africa</source>
      <comment>country</comment>
      <translation>Sudáfrica</translation>
    </message>
    <message>
      <source>South Georgia and the South Sandwich Islands</source>
      <comment>country</comment>
      <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
    </message>
    <message>
      <source>South Sudan</source>
      <comment>country</comment>
      <translation>Sudán del Sur</translation>
    </message>
    <message>
      <source>Spain</source>
      <comment>country</comment>
      <translation>España</translation>
    </message>
    <message>
      <source>Spanish</source>
      <comment>language</comment>
      <translation>Español</translation>
    </message>
    <message>
      <source>Sri Lanka</source>
      <comment>country</comment>
      <translation>Sri Lanka</translation>
    </message>
    <message>
      <source>Stage</source>
      <comment>field</comment>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Stann Creek</source>
      <comment>district</comment>
      <translation>Stann Creek</translation>
    </message>
    <message>
      <source>Started</source>
      <comment>field</comment>
      <translation>Fecha de inicio</translation>
    </message>
    <message>
      <source>Statistics</source>
      <comment>record_type</comment>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <source>Status</source>
      <comment>field</comment>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Status changed</source>
      <comment>audit_action</comment>
      <translation>Estado modificado</translation>
    </message>
    <message>
      <source>Submitted</source>
      <comment>interview_state</comment>
      <translation>Enviada</translation>
    </message>
    <message>
      <source>Sudan</source>
      <comment>country</comment>
      <translation>Sudán</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <comment>role</comment>
      <translation>Supervisor(a)</translation>
    </message>
    <message>
      <source>Suriname</source>
      <comment>country</comment>
      <translation>Surinam</translation>
    </message>
    <message>
      <source>Surrogacy</source>
      <comment>exploitation</comment>
      <translation>Gestación subrogada</translation>
    </message>
    <message>
      <source>Suspected perpetrators</source>
      <comment>section</comment>
      <translation>Presuntos perpetradores</translation>
    </message>
    <message>
      <source>Svalbard and Jan Mayen</source>
      <comment>country</comment>
      <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
      <source>Sweden</source>
      <comment>country</comment>
      <translation>Suecia</translation>
    </message>
    <message>
      <source>Switzerland</source>
      <comment>country</comment>
      <translation>Suiza</translation>
    </message>
    <message>
      <source>Synchronise with our office or field tablets</source>
      <comment>action</comment>
      <translation>Sincronizar con nuestra oficina o tabletas de campo</translation>
    </message>
    <message>
      <source>Synthetic data</source>
      <comment>record_type</comment>
      <translation>Datos sintéticos</translation>
    </message>
    <message>
      <source>Syrian Arab Republic</source>
      <comment>country</comment>
      <translation>Siria</translation>
    </message>
    <message>
      <source>Taiwan, Province of China</source>
      <comment>country</comment>
      <translation>Taiwán</translation>
    </message>
    <message>
      <source>Tajikistan</source>
      <comment>country</comment>
      <translation>Tayikistán</translation>
    </message>
    <message>
      <source>Takes earnings</source>
      <comment>means_of_control</comment>
      <translation>Se queda con sus ingresos</translation>
    </message>
    <message>
      <source>Tanzania, United Republic of</source>
      <comment>country</comment>
      <translation>Tanzania</translation>
    </message>
    <message>
      <source>Task</source>
      <comment>record_type</comment>
      <translation>Tarea</translation>
    </message>
    <message>
      <source>Tasks</source>
      <comment>case_part</comment>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>Teachers</source>
      <comment>training_audience</comment>
      <translation>Docentes</translation>
    </message>
    <message>
      <source>Television</source>
      <comment>campaign_channel</comment>
      <translation>Televisión</translation>
    </message>
    <message>
      <source>Television</source>
      <comment>recruitment</comment>
      <translation>Televisión</translation>
    </message>
    <message>
      <source>Thailand</source>
      <comment>country</comment>
      <translation>Tailandia</translation>
    </message>
    <message>
      <source>The person</source>
      <comment>consent_given_by</comment>
      <translation>La persona</translation>
    </message>
    <message>
      <source>Threat of law enforcement</source>
      <comment>means_of_control</comment>
      <translation>Amenaza de denuncia a las autoridades</translation>
    </message>
    <message>
      <source>Threats</source>
      <comment>means_of_control</comment>
      <translation>Amenazas</translation>
    </message>
    <message>
      <source>Timor-Leste</source>
      <comment>country</comment>
      <translation>Timor Oriental</translation>
    </message>
    <message>
      <source>Togo</source>
      <comment>country</comment>
      <translation>Togo</translation>
    </message>
    <message>
      <source>Tokelau</source>
      <comment>country</comment>
      <translation>Tokelau</translation>
    </message>
    <message>
      <source>Toledo</source>
      <comment>district</comment>
      <translation>Toledo</translation>
    </message>
    <message>
      <source>Tonga</source>
      <comment>country</comment>
      <translation>Tonga</translation>
    </message>
    <message>
      <source>Total</source>
      <comment>statistic</comment>
      <translation>Total</translation>
    </message>
    <message>
      <source>Tourism personnel</source>
      <comment>training_audience</comment>
      <translation>Personal de turismo</translation>
    </message>
    <message>
      <source>Trafficker at large</source>
      <comment>flag</comment>
      <translation>Tratante prófugo</translation>
    </message>
    <message>
      <source>Trafficking events</source>
      <comment>case_part</comment>
      <translation>Hechos de trata</translation>
    </message>
    <message>
      <source>Trafficking in Persons (Prohibition) Act 2013</source>
      <comment>offence</comment>
      <translation>Ley de Trata de Personas (Prohibición) de 2013</translation>
    </message>
    <message>
      <source>Training</source>
      <comment>record_type</comment>
      <translation>Capacitación</translation>
    </message>
    <message>
      <source>Training sessions by audience, with participants by sex</source>
      <comment>statistics_table</comment>
      <translation>Sesiones de capacitación por público destinatario, con participantes por sexo</translation>
    </message>
    <message>
      <source>Transgender feminine</source>
      <comment>gender_identity</comment>
      <translation>Transgénero femenina</translation>
    </message>
    <message>
      <source>Transgender masculine</source>
      <comment>gender_identity</comment>
      <translation>Transgénero masculino</translation>
    </message>
    <message>
      <source>Transit</source>
      <comment>event_kind</comment>
      <translation>Tránsito</translation>
    </message>
    <message>
      <source>Transportation</source>
      <comment>sector</comment>
      <translation>Transporte</translation>
    </message>
    <message>
      <source>Transporter</source>
      <comment>perpetrator_role</comment>
      <translation>Transportista</translation>
    </message>
    <message>
      <source>Travelling partner</source>
      <comment>perpetrator_role</comment>
      <translation>Compañero(a) de viaje</translation>
    </message>
    <message>
      <source>Trinidad and Tobago</source>
      <comment>country</comment>
      <translation>Trinidad y Tobago</translation>
    </message>
    <message>
      <source>Trusted vault</source>
      <comment>record_type</comment>
      <translation>Bóveda de confianza</translation>
    </message>
    <message>
      <source>Trusted vaults changed</source>
      <comment>audit_action</comment>
      <translation>Bóvedas de confianza modificadas</translation>
    </message>
    <message>
      <source>Tunisia</source>
      <comment>country</comment>
      <translation>Túnez</translation>
    </message>
    <message>
      <source>Turkey</source>
      <comment>country</comment>
      <translation>Turquía</translation>
    </message>
    <message>
      <source>Turkmenistan</source>
      <comment>country</comment>
      <translation>Turkmenistán</translation>
    </message>
    <message>
      <source>Turks and Caicos Islands</source>
      <comment>country</comment>
      <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
      <source>Tuvalu</source>
      <comment>country</comment>
      <translation>Tuvalu</translation>
    </message>
    <message>
      <source>Uganda</source>
      <comment>country</comment>
      <translation>Uganda</translation>
    </message>
    <message>
      <source>Ukraine</source>
      <comment>country</comment>
      <translation>Ucrania</translation>
    </message>
    <message>
      <source>Unaccompanied</source>
      <comment>field</comment>
      <translation>No acompañado(a)</translation>
    </message>
    <message>
      <source>Unaccompanied</source>
      <comment>unaccompanied</comment>
      <translation>No acompañado(a)</translation>
    </message>
    <message>
      <source>United Arab Emirates</source>
      <comment>country</comment>
      <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
      <source>United Kingdom of Great Britain and Northern Ireland</source>
      <comment>country</comment>
      <translation>Reino Unido</translation>
    </message>
    <message>
      <source>United States Minor Outlying Islands</source>
      <comment>country</comment>
      <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
    </message>
    <message>
      <source>United States of America</source>
      <comment>country</comment>
      <translation>Estados Unidos</translation>
    </message>
    <message>
      <source>Unknown</source>
      <comment>recruiter_relationship</comment>
      <translation>Desconocido</translation>
    </message>
    <message>
      <source>Unknown</source>
      <comment>sex</comment>
      <translation>Desconocido</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <comment>audit_action</comment>
      <translation>Desbloqueado</translation>
    </message>
    <message>
      <source>Urgent</source>
      <comment>health_urgency</comment>
      <translation>Urgente</translation>
    </message>
    <message>
      <source>Urgent</source>
      <comment>priority</comment>
      <translation>Urgente</translation>
    </message>
    <message>
      <source>Uruguay</source>
      <comment>country</comment>
      <translation>Uruguay</translation>
    </message>
    <message>
      <source>Uses children</source>
      <comment>means_of_control</comment>
      <translation>Utiliza a los hijos o hijas</translation>
    </message>
    <message>
      <source>Uzbekistan</source>
      <comment>country</comment>
      <translation>Uzbekistán</translation>
    </message>
    <message>
      <source>Vanuatu</source>
      <comment>country</comment>
      <translation>Vanuatu</translation>
    </message>
    <message>
      <source>Vault</source>
      <comment>record_type</comment>
      <translation>Bóveda</translation>
    </message>
    <message>
      <source>Vault created</source>
      <comment>audit_action</comment>
      <translation>Bóveda creada</translation>
    </message>
    <message>
      <source>Venezuela (Bolivarian Republic of)</source>
      <comment>country</comment>
      <translation>Venezuela</translation>
    </message>
    <message>
      <source>Verification run</source>
      <comment>audit_action</comment>
      <translation>Verificación ejecutada</translation>
    </message>
    <message>
      <source>Victims by identification status and sex</source>
      <comment>statistics_table</comment>
      <translation>Víctimas por situación de identificación y sexo</translation>
    </message>
    <message>
      <source>Viet Nam</source>
      <comment>country</comment>
      <translation>Vietnam</translation>
    </message>
    <message>
      <source>View statistics</source>
      <comment>action</comment>
      <translation>Ver estadísticas</translation>
    </message>
    <message>
      <source>Virgin Islands (British)</source>
      <comment>country</comment>
      <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
      <source>Virgin Islands (U.S.)</source>
      <comment>country</comment>
      <translation>Islas Vírgenes de los Estados Unidos</translation>
    </message>
    <message>
      <source>Wallis and Futuna</source>
      <comment>country</comment>
      <translation>Wallis y Futuna</translation>
    </message>
    <message>
      <source>Western Sahara</source>
      <comment>country</comment>
      <translation>Sahara Occidental</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <comment>referral_status</comment>
      <translation>Retirada</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <comment>field</comment>
      <translation>Fecha de retiro</translation>
    </message>
    <message>
      <source>Withholds documents</source>
      <comment>means_of_control</comment>
      <translation>Retiene documentos</translation>
    </message>
    <message>
      <source>Withholds necessities</source>
      <comment>means_of_control</comment>
      <translation>Priva de necesidades básicas</translation>
    </message>
    <message>
      <source>Yemen</source>
      <comment>country</comment>
      <translation>Yemen</translation>
    </message>
    <message>
      <source>Yes</source>
      <comment>answer</comment>
      <translation>Sí</translation>
    </message>
    <message>
      <source>Yucatec Maya</source>
      <comment>language</comment>
      <translation>Maya yucateco</translation>
    </message>
    <message>
      <source>Zambia</source>
      <comment>country</comment>
      <translation>Zambia</translation>
    </message>
    <message>
      <source>Zimbabwe</source>
      <comment>country</comment>
      <translation>Zimbabue</translation>
    </message>
    <message>
      <source>Åland Islands</source>
      <comment>country</comment>
      <translation>Islas Åland</translation>
    </message>
    <message>
      <source>Other</source>
      <comment>statistic</comment>
      <translation type="vanished">Otras</translation>
    </message>
    <message>
      <source>of whom sexual and labour</source>
      <comment>statistic</comment>
      <translation type="vanished">de ellas, explotación sexual y laboral</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <location filename="../../desktop/views/style.py" line="23" />
      <source>en</source>
      <comment>the code of this translation's language</comment>
      <translation>es</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../desktop/views/lock.py" line="80" />
      <source>CaseDesk is locked</source>
      <translation>CaseDesk está bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="89" />
      <source>Log out</source>
      <translation>Cerrar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="91" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="125" />
      <source>Unlocking…</source>
      <translation>Desbloqueando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="85" />
      <source>Your password</source>
      <translation>Su contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/lock.py" line="98" />
      <source>{reason} Only {name} ({username}) can unlock it.</source>
      <translation>{reason} Solo {name} ({username}) puede desbloquearlo.</translation>
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <location filename="../../desktop/views/login.py" line="49" />
      <source>Anti-trafficking case management</source>
      <translation>Gestión de casos de trata de personas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="49" />
      <source>CaseDesk</source>
      <translation>CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="41" />
      <source>CaseDesk — Log in</source>
      <translation>CaseDesk — Iniciar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="67" />
      <source>Connect to…</source>
      <translation>Conectar a…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="128" />
      <source>Connecting to the office server…</source>
      <translation>Conectando con el servidor de la oficina…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="101" />
      <source>Demo vault — synthetic data, deleted when CaseDesk closes</source>
      <translation>Bóveda de demostración: datos ficticios, se eliminan al cerrar CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="122" />
      <source>Enter your username and password.</source>
      <translation>Ingrese su nombre de usuario y contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="63" />
      <source>Log in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="86" />
      <source>Office server: {server}</source>
      <translation>Servidor de la oficina: {server}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="59" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="111" />
      <source>Password for every demo account: {password}</source>
      <translation>Contraseña de todas las cuentas de demostración: {password}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="87" />
      <source>This workstation's vault</source>
      <translation>La bóveda de esta estación de trabajo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="150" />
      <source>Too many failed logins. Try again in {n} s.</source>
      <translation>Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo en {n} s.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="130" />
      <source>Unlocking the vault…</source>
      <translation>Desbloqueando la bóveda…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="69" />
      <source>Use this workstation's own vault or the council's office server</source>
      <translation>Usar la bóveda propia de esta estación de trabajo o el servidor de la oficina del Consejo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="58" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="158" />
      <source>You can try again now.</source>
      <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/login.py" line="171" />
      <source>You must choose your own password to continue.</source>
      <translation>Debe elegir su propia contraseña para continuar.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="41" />
      <source> — demo</source>
      <translation> — demostración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="51" />
      <source>&amp;About CaseDesk</source>
      <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="19" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="42" />
      <source>&amp;Go</source>
      <translation>&amp;Ir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="50" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="20" />
      <source>&amp;Lock</source>
      <translation>&amp;Bloquear</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="36" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="183" />
      <source>&lt;h3&gt;CaseDesk {version}&lt;/h3&gt;&lt;p&gt;Encrypted case management for anti-trafficking councils.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&amp;nbsp;&lt;/td&gt;&lt;td&gt;{cipher}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vault&amp;nbsp;&lt;/td&gt;&lt;td&gt;{path}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Device binding&amp;nbsp;&lt;/td&gt;&lt;td&gt;{binding}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Escrow key&amp;nbsp;&lt;/td&gt;&lt;td&gt;{fingerprint}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Key derivation&amp;nbsp;&lt;/td&gt;&lt;td&gt;{kdf}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
      <translation>&lt;h3&gt;CaseDesk {version}&lt;/h3&gt;&lt;p&gt;Gestión cifrada de casos para consejos contra la trata de personas.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&amp;nbsp;&lt;/td&gt;&lt;td&gt;{cipher}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bóveda&amp;nbsp;&lt;/td&gt;&lt;td&gt;{path}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vinculación al equipo&amp;nbsp;&lt;/td&gt;&lt;td&gt;{binding}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Clave de custodia&amp;nbsp;&lt;/td&gt;&lt;td&gt;{fingerprint}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Derivación de claves&amp;nbsp;&lt;/td&gt;&lt;td&gt;{kdf}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="183" />
      <source>About CaseDesk</source>
      <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="77" />
      <source>Administration</source>
      <translation>Administración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="160" />
      <source>Backup restored</source>
      <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="41" />
      <source>CaseDesk</source>
      <translation>CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="69" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="25" />
      <source>Change &amp;password…</source>
      <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="68" />
      <source>Home</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="146" />
      <source>Locked after a period without use.</source>
      <translation>Bloqueado tras un período sin uso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="22" />
      <source>Locked by you.</source>
      <translation>Bloqueada por usted.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/menus.py" line="29" />
      <source>Log &amp;out</source>
      <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="182" />
      <source>OFF — an administrator created this vault without device binding</source>
      <translation>DESACTIVADA: un administrador creó esta bóveda sin vinculación al equipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="75" />
      <source>Prevention</source>
      <translation>Prevención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="70" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="165" />
      <source>Session ended</source>
      <translation>Sesión finalizada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/pages.py" line="73" />
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="160" />
      <source>The vault now holds the restored backup and is locked. Log in again.</source>
      <translation>La bóveda contiene ahora la copia de seguridad restaurada y está bloqueada. Inicie sesión de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="165" />
      <source>You have been logged in for 12 hours. Log in again to continue.</source>
      <translation>Ha tenido la sesión iniciada durante 12 horas. Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="191" />
      <source>none on this workstation</source>
      <translation>ninguno en esta estación de trabajo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/window.py" line="180" />
      <source>on — key slots need this workstation's keyring</source>
      <translation>activada: las ranuras de clave necesitan el keyring de esta estación de trabajo</translation>
    </message>
  </context>
  <context>
    <name>MergeView</name>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="95" />
      <source>(a new reference)</source>
      <translation>(una referencia nueva)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="97" />
      <source>(the same)</source>
      <translation>(la misma)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="40" />
      <source>Case (sender's reference)</source>
      <translation>Caso (referencia del remitente)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="138" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="186" />
      <source>Every conflict has a choice.</source>
      <translation>Todos los conflictos tienen una elección.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="40" />
      <source>Here</source>
      <translation>Aquí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="45" />
      <source>In the bundle</source>
      <translation>En el paquete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="44" />
      <source>In this vault</source>
      <translation>En esta bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="139" />
      <source>Keep mine</source>
      <translation>Conservar el mío</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="63" />
      <source>Keep mine for all conflicts</source>
      <translation>Conservar el mío en todos los conflictos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="41" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="179" />
      <source>Nothing was changed on both sides: what changed there is taken, what changed here is kept.</source>
      <translation>Nada cambió en ambos lados: se toma lo que cambió allá y se conserva lo que cambió aquí.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="45" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="44" />
      <source>Part</source>
      <translation>Parte</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="140" />
      <source>Take theirs</source>
      <translation>Tomar el suyo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="64" />
      <source>Take theirs for all conflicts</source>
      <translation>Tomar el suyo en todos los conflictos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="41" />
      <source>What happens</source>
      <translation>Qué pasa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="182" />
      <source>{n} part(s) changed both here and there since the last exchange: choose for each whether to keep this vault's value or take the sender's.</source>
      <translation>{n} parte(s) cambiaron aquí y allá desde el último intercambio: elija para cada una si conserva el valor de esta bóveda o toma el del remitente.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/merge_view.py" line="100" />
      <source>{n} to choose</source>
      <translation>{n} por elegir</translation>
    </message>
  </context>
  <context>
    <name>MonitoringHome</name>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="91" />
      <source>Annual report and exports</source>
      <translation>Informe anual y exportaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="32" />
      <source>Assisted victims</source>
      <translation>Víctimas asistidas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="32" />
      <source>Convictions</source>
      <translation>Condenas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="116" />
      <source>Counting the key figures</source>
      <translation>Contando las cifras clave</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="110" />
      <source>Counting…</source>
      <translation>Contando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="71" />
      <source>Data to complete before the annual report</source>
      <translation>Datos por completar antes del informe anual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="131" />
      <source>Exact counts, for your work; the report and its exports hide small counts.</source>
      <translation>Cifras exactas, para su trabajo; el informe y sus exportaciones ocultan las cifras pequeñas.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="31" />
      <source>Identified by an NGO only</source>
      <translation>Identificadas solo por una ONG</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="31" />
      <source>Identified victims</source>
      <translation>Víctimas identificadas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="66" />
      <source>Key figures</source>
      <translation>Cifras clave</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="75" />
      <source>Nothing missing: every identified victim of the year has sex, age, citizenship and a form of exploitation recorded, and no potential victim awaits a decision.</source>
      <translation>No falta nada: cada víctima identificada del año tiene registrados sexo, edad, nacionalidad y forma de explotación, y ninguna posible víctima espera una decisión.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="31" />
      <source>Potential victims</source>
      <translation>Víctimas potenciales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="98" />
      <source>Prevention register</source>
      <translation>Registro de prevención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="32" />
      <source>Prosecutions</source>
      <translation>Acciones penales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="32" />
      <source>Repatriations</source>
      <translation>Repatriaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="97" />
      <source>Statistics, report and exports</source>
      <translation>Estadísticas, informe y exportaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="92" />
      <source>The Statistics page has every table of the annual report, with the report as PDF, its tables as XLSX and the CTDC export; the Prevention page keeps the trainings and campaigns it counts.</source>
      <translation>La página de Estadísticas tiene todos los cuadros del informe anual, con el informe en PDF, sus cuadros en XLSX y la exportación CTDC; la página de Prevención lleva las capacitaciones y campañas que cuenta.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="33" />
      <source>Training participants</source>
      <translation>Participantes en capacitaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="51" />
      <source>identified victims without a citizenship</source>
      <translation>víctimas identificadas sin nacionalidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="49" />
      <source>identified victims without a date of birth or an estimated age</source>
      <translation>víctimas identificadas sin fecha de nacimiento ni edad estimada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="52" />
      <source>identified victims without a form of exploitation</source>
      <translation>víctimas identificadas sin forma de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="48" />
      <source>identified victims without their sex recorded</source>
      <translation>víctimas identificadas sin sexo registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="54" />
      <source>potential victims still awaiting a decision on their identification</source>
      <translation>posibles víctimas que aún esperan una decisión sobre su identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/monitoring_home.py" line="135" />
      <source>{n} {what}</source>
      <translation>{n} {what}</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="116" />
      <source>Also known as</source>
      <translation>También conocido(a) como</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="115" />
      <source>Citizenship</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="248" />
      <source>Create anyway</source>
      <translation>Crear de todos modos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="70" />
      <location filename="../../desktop/views/cases/new_case.py" line="206" />
      <source>Create case</source>
      <translation>Crear caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="251" />
      <location filename="../../desktop/views/cases/new_case.py" line="254" />
      <source>Creating the case…</source>
      <translation>Creando el caso…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="114" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="117" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="112" />
      <source>Family names</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="120" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="111" />
      <source>Given names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="119" />
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="118" />
      <source>Identified through</source>
      <translation>Identificado(a) a través de</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="56" />
      <source>New case</source>
      <translation>Nuevo caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="194" />
      <source>No similar case in your scope.</source>
      <translation>No hay ningún caso similar en su ámbito.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="90" />
      <source>Not estimated</source>
      <translation>Sin estimar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="96" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="189" />
      <source>One case in your scope looks similar:</source>
      <translation>Un caso de su ámbito parece similar:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="146" />
      <source>Open the selected case</source>
      <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="95" />
      <source>Other names, separated by commas</source>
      <translation>Otros nombres, separados por comas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="137" />
      <source>Possible duplicates</source>
      <translation>Posibles duplicados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="245" />
      <source>Possible duplicates are listed on the right. Open one of them, or press “Create anyway” if this is a different person.</source>
      <translation>Los posibles duplicados aparecen a la derecha. Abra uno de ellos o presione “Crear de todos modos” si se trata de otra persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="84" />
      <source>Required</source>
      <translation>Obligatorio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="113" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="60" />
      <source>Start with the names: cases that may be the same person appear on the right as you type. Open one of them instead of creating a second record for the same person.</source>
      <translation>Empiece por los nombres: a medida que escribe, a la derecha aparecen los casos que podrían corresponder a la misma persona. Abra uno de ellos en lugar de crear un segundo registro para la misma persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="138" />
      <location filename="../../desktop/views/cases/new_case.py" line="160" />
      <source>Type a name to look for cases of the same person.</source>
      <translation>Escriba un nombre para buscar casos de la misma persona.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="103" />
      <source>or estimated age</source>
      <translation>o edad estimada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/new_case.py" line="190" />
      <source>{n} cases in your scope look similar:</source>
      <translation>{n} casos de su ámbito parecen similares:</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsTab</name>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="54" />
      <source>Active</source>
      <translation>Activa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="196" />
      <source>Add…</source>
      <translation>Agregar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="53" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="53" />
      <source>Council member</source>
      <translation>Miembro del consejo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="198" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="53" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="78" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="187" />
      <source>Organisations</source>
      <translation>Organizaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="192" />
      <source>Organisations directory</source>
      <translation>Directorio de organizaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="192" />
      <source>The council's member agencies and its partners. Every user belongs to one; referrals are addressed to them. Inactive organisations stay in old records.</source>
      <translation>Las instituciones miembros del consejo y sus socios. Cada usuario pertenece a una; las derivaciones se dirigen a ellas. Las organizaciones inactivas se conservan en los registros antiguos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="53" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="78" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/organisations.py" line="274" />
      <source>{n} organisations, {c} of them council members. Double-click a row to edit it.</source>
      <translation>{n} organizaciones, {c} de ellas miembros del consejo. Haga doble clic en una fila para editarla.</translation>
    </message>
    <message>
      <source>Court or prosecution</source>
      <translation type="vanished">Tribunal o fiscalía</translation>
    </message>
    <message>
      <source>Government (non-police)</source>
      <translation type="vanished">Gobierno (no policial)</translation>
    </message>
    <message>
      <source>Non-governmental organisation</source>
      <translation type="vanished">Organización no gubernamental</translation>
    </message>
    <message>
      <source>Other (international, consulate)</source>
      <translation type="vanished">Otra (internacional, consulado)</translation>
    </message>
    <message>
      <source>Police</source>
      <translation type="vanished">Policía</translation>
    </message>
  </context>
  <context>
    <name>PersonTab</name>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="139" />
      <source>Also known as</source>
      <translation>También conocido(a) como</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="168" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="135" />
      <source>Citizenships</source>
      <translation>Nacionalidades</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="163" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="153" />
      <source>Contact and identity documents</source>
      <translation>Contacto y documentos de identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="133" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="182" />
      <source>Discard changes</source>
      <translation>Descartar cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="171" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="164" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="134" />
      <source>Estimated age</source>
      <translation>Edad estimada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="130" />
      <source>Family names</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="132" />
      <source>Gender identity</source>
      <translation>Identidad de género</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="129" />
      <source>Given names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="143" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="147" />
      <source>Needs an interpreter</source>
      <translation>Necesita intérprete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="122" />
      <source>Not estimated</source>
      <translation>Sin estimar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="170" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="138" />
      <source>Other names and nicknames, separated by “;”</source>
      <translation>Otros nombres y apodos, separados por “;”</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="161" />
      <source>Passport, ID or birth certificate: number and who holds it</source>
      <translation>Pasaporte, cédula de identidad o acta de nacimiento: número y quién lo tiene en su poder</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="112" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="184" />
      <source>Save changes</source>
      <translation>Guardar cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="319" />
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="131" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="148" />
      <source>Speaks</source>
      <translation>Habla</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="160" />
      <source>Telephone, safe address, who may be contacted</source>
      <translation>Teléfono, dirección segura, quién puede ser contactado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="217" />
      <source>The case is closed, so its fields cannot change; a supervisor can reopen it.</source>
      <translation>El caso está cerrado, por lo que sus campos no pueden cambiar; un supervisor puede reabrirlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="126" />
      <source>Two-letter codes, e.g. GT, HN</source>
      <translation>Códigos de dos letras, p. ej., GT, HN</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="273" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/person_tab.py" line="218" />
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
      <location filename="../../desktop/views/statistics/prevention_page.py" line="155" />
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
      <location filename="../../desktop/views/statistics/prevention_page.py" line="155" />
      <source>No awareness campaign recorded for this year. Radio spots, posters, school visits and other campaigns are added with “Add campaign…”.</source>
      <translation>No hay campañas de sensibilización registradas para este año. Las cuñas de radio, los afiches, las visitas a escuelas y otras campañas se agregan con «Agregar campaña…».</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="151" />
      <source>No training recorded for this year. Sessions for police, social workers, immigration and other front-line staff are counted in the annual report; add each one with “Add training…”.</source>
      <translation>No hay capacitaciones registradas para este año. Las sesiones para policía, trabajadores sociales, migración y demás personal de primera línea se cuentan en el informe anual; agregue cada una con «Agregar capacitación…».</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="146" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="123" />
      <location filename="../../desktop/views/statistics/prevention_page.py" line="199" />
      <location filename="../../desktop/views/statistics/prevention_page.py" line="238" />
      <source>Prevention</source>
      <translation>Prevención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="136" />
      <location filename="../../desktop/views/statistics/prevention_page.py" line="244" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="241" />
      <source>Remove from the register</source>
      <translation>Quitar del registro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/prevention_page.py" line="241" />
      <source>Remove “{title}” from the prevention register? The annual report will no longer count it.</source>
      <translation>¿Quitar «{title}» del registro de prevención? El informe anual ya no lo contará.</translation>
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
      <location filename="../../desktop/views/statistics/prevention_page.py" line="151" />
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
      <location filename="../../desktop/views/cases/referral_fields.py" line="69" />
      <source> — WITHDRAWN {day}</source>
      <translation> — RETIRADO {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="52" />
      <source> — above your level</source>
      <translation> — por encima de su nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="105" />
      <source>A note for the recipient, printed in the cover letter</source>
      <translation>Una nota para el destinatario, que se imprime en la carta de remisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="282" />
      <source>Choose at least one service to request; the preview follows.</source>
      <translation>Elija al menos un servicio que solicitar; a continuación aparece la vista previa.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="160" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="256" />
      <source>Consent covers this recipient and these sections.</source>
      <translation>El consentimiento abarca a este destinatario y estas secciones.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="251" />
      <source>Consent gate overridden by {who}: {reason}</source>
      <translation>Control de consentimiento omitido por {who}: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="120" />
      <source>Consent relied on</source>
      <translation>Consentimiento en que se basa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="380" />
      <source>Copy {n} saved.</source>
      <translation>Copia {n} guardada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="356" />
      <source>Copy {n} sent to the printer ({pages} pages).</source>
      <translation>Copia {n} enviada a la impresora ({pages} páginas).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="123" />
      <source>Cover note</source>
      <translation>Nota de remisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="118" />
      <source>Health urgency</source>
      <translation>Urgencia médica</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="102" />
      <source>I confirm that restricted (level 3) content is released</source>
      <translation>Confirmo que se comparte contenido restringido (nivel 3)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="119" />
      <source>Interview reference</source>
      <translation>Referencia de la entrevista</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="51" />
      <source>Level {n}</source>
      <translation>Nivel {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="79" />
      <source>No consent to refer is recorded for this referral. Record the person's consent in the case's Consent section and choose it here.</source>
      <translation>No hay consentimiento para derivar registrado para esta derivación. Registre el consentimiento de la persona en la sección Consentimiento del caso y elíjalo aquí.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="149" />
      <source>Override consent…</source>
      <translation>Omitir el control de consentimiento…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="343" />
      <source>Override recorded.</source>
      <translation>Omisión registrada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="336" />
      <source>Override the consent gate</source>
      <translation>Omitir el control de consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="360" />
      <location filename="../../desktop/views/cases/referral_composer.py" line="386" />
      <source>Preparing the copy…</source>
      <translation>Preparando la copia…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="309" />
      <source>Preparing the preview…</source>
      <translation>Preparando la vista previa…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="302" />
      <source>Preview of the packet — {n} pages. Previews are recorded in the audit trail.</source>
      <translation>Vista previa del paquete — {n} páginas. Las vistas previas quedan anotadas en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="349" />
      <source>Printing releases victim data.</source>
      <translation>Al imprimir se comparten datos de la víctima.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="154" />
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="117" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="152" />
      <source>Protect saved PDF with a password</source>
      <translation>Proteger con contraseña el PDF guardado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="116" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="116" />
      <source>Reason details</source>
      <translation>Detalles del motivo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="115" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="212" />
      <source>Recipient type: {kind} · default release: {sections}</source>
      <translation>Tipo de destinatario: {kind} · se comparte por defecto: {sections}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="342" />
      <source>Recording the override…</source>
      <translation>Registrando la omisión…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="59" />
      <source>Referral — case {reference}</source>
      <translation>Derivación — caso {reference}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="91" />
      <source>Required when the reason is Other</source>
      <translation>Obligatorio cuando el motivo es Otro</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="118" />
      <source>Safety risk</source>
      <translation>Riesgo para la seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="156" />
      <source>Save as PDF…</source>
      <translation>Guardar como PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="367" />
      <source>Saving releases victim data.</source>
      <translation>Al guardar se comparten datos de la víctima.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="121" />
      <source>Sections released (level if above 1)</source>
      <translation>Secciones compartidas (nivel, si es superior a 1)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="146" />
      <source>Send referral</source>
      <translation>Enviar derivación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="329" />
      <source>Sending…</source>
      <translation>Enviando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="329" />
      <source>Sent. Print or save the packet to deliver it.</source>
      <translation>Enviada. Imprima o guarde el paquete para entregarlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="117" />
      <source>Services requested</source>
      <translation>Servicios solicitados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="89" />
      <source>The consent does not authorise releasing: {sections}.</source>
      <translation>El consentimiento no autoriza compartir: {sections}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="87" />
      <source>The consent does not cover recipients of this type: {kind}.</source>
      <translation>El consentimiento no cubre destinatarios de este tipo: {kind}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="270" />
      <source>The consent does not cover this referral; see why above.</source>
      <translation>El consentimiento no cubre esta derivación; vea el motivo arriba.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="82" />
      <source>The consent of {given} was withdrawn on {withdrawn}.</source>
      <translation>El consentimiento del {given} se retiró el {withdrawn}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="85" />
      <source>The consent record does not say that the person consents to referral.</source>
      <translation>El registro de consentimiento no indica que la persona consienta la derivación.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="377" />
      <source>The file could not be written ({error}).</source>
      <translation>No se pudo escribir el archivo ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="98" />
      <source>Trafficker at large</source>
      <translation>Tratante prófugo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="336" />
      <source>Why must this referral go without covering consent? The reason is printed on the packet and kept in the audit trail.</source>
      <translation>¿Por qué debe enviarse esta derivación sin un consentimiento que la ampare? El motivo se imprime en el paquete y se conserva en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="35" />
      <source>{due} · overdue</source>
      <translation>{due} · vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="24" />
      <source>{n} days</source>
      <translation>{n} días</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="24" />
      <source>{n} h</source>
      <translation>{n} h</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_fields.py" line="71" />
      <source>{who}, {day}: {types}{withdrawn}</source>
      <translation>{who}, {day}: {types}{withdrawn}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_composer.py" line="171" />
      <source>— no consent chosen —</source>
      <translation>— ningún consentimiento elegido —</translation>
    </message>
    <message>
      <source>Sections released
(level if above 1)</source>
      <translation type="vanished">Secciones compartidas
(nivel si es superior a 1)</translation>
    </message>
    <message>
      <source>The packet is previewed here exactly as the recipient will read it: cover letter, case summary, consent record and the sections you release. Choose the recipient and at least one service to request.</source>
      <translation type="vanished">Aquí se ve el paquete tal como lo leerá el destinatario: carta de presentación, resumen del caso, registro de consentimiento y las secciones que comparte. Elija el destinatario y al menos un servicio que solicitar.</translation>
    </message>
    <message>
      <source>The preview appears here once a recipient and a service are chosen.</source>
      <translation type="vanished">La vista previa aparece aquí una vez elegidos un destinatario y un servicio.</translation>
    </message>
  </context>
  <context>
    <name>ReferralOutput</name>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="153" />
      <source>Copy (cleared from the clipboard after 30 s)</source>
      <translation>Copiar (se borra del portapapeles después de 30 s)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="157" />
      <source>I have noted it</source>
      <translation>Ya lo anoté</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="129" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="140" />
      <source>Password of the protected PDF</source>
      <translation>Contraseña del PDF protegido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="96" />
      <source>Print referral packet</source>
      <translation>Imprimir el paquete de derivación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="128" />
      <source>Save packet as PDF</source>
      <translation>Guardar el paquete como PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="143" />
      <source>The file {name} is protected with AES-256. Give the recipient this password by another channel (telephone, in person) — never with the file. It is shown only now.</source>
      <translation>El archivo {name} está protegido con AES-256. Entregue esta contraseña al destinatario por otro medio (por teléfono, en persona), nunca junto con el archivo. Solo se muestra ahora.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referral_output.py" line="78" />
      <source>The packet is previewed here exactly as the recipient will read it: cover letter, case summary, consent record and the sections you release. Choose the recipient and at least one service to request.</source>
      <translation>Aquí se ve el paquete tal como lo leerá el destinatario: carta de presentación, resumen del caso, registro de consentimiento y las secciones que comparte. Elija el destinatario y al menos un servicio que solicitar.</translation>
    </message>
  </context>
  <context>
    <name>ReferralPacket</name>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="184" />
      <source>1. Case summary</source>
      <translation>1. Resumen del caso</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="150" />
      <source>Acknowledgement of receipt</source>
      <translation>Acuse de recibo</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="189" />
      <source>Also released, with nothing recorded in the case: {sections}.</source>
      <translation>También se comparten, sin nada registrado en el caso: {sections}.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="182" />
      <source>Authorised by {who} on {when}. Reason: {reason}</source>
      <translation>Autorizado por {who} el {when}. Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="166" />
      <source>CONFIDENTIAL — for {recipient}</source>
      <translation>CONFIDENCIAL — para {recipient}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="79" />
      <source>Copy {n}</source>
      <translation>Copia {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="168" />
      <source>DRAFT — NOT FOR RELEASE — for {recipient}</source>
      <translation>BORRADOR — NO PARA ENTREGA — para {recipient}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="89" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="145" />
      <source>Date and time</source>
      <translation>Fecha y hora</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="106" />
      <source>Dear colleagues,</source>
      <translation>Estimados colegas:</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="98" />
      <source>Enclosed, limited to what you need for this referral: case summary and consent record.</source>
      <translation>Se adjunta, limitado a lo que necesitan para esta derivación: resumen del caso y registro de consentimiento.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="96" />
      <source>Enclosed, limited to what you need for this referral: case summary, consent record, {sections}.</source>
      <translation>Se adjunta, limitado a lo que necesitan para esta derivación: resumen del caso, registro de consentimiento, {sections}.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="87" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="144" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="115" />
      <source>Please acknowledge receipt and tell us whether you accept the referral by {due}, quoting reference {reference}.</source>
      <translation>Les rogamos acusar recibo e indicarnos si aceptan la derivación antes del {due}, citando la referencia {reference}.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="151" />
      <source>Please return this slip to {agency}, quoting {reference}.</source>
      <translation>Devuelvan este comprobante a {agency}, citando {reference}.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="78" />
      <source>Preview — not an issued copy</source>
      <translation>Vista previa — no es una copia emitida</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="90" />
      <source>Priority: {priority}</source>
      <translation>Prioridad: {priority}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="143" />
      <source>Received by (name)</source>
      <translation>Recibido por (nombre)</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="177" />
      <source>Referral of case {case} to {recipient}</source>
      <translation>Derivación del caso {case} a {recipient}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="102" />
      <source>Referral of case {case} — priority {priority}, response requested by {due}</source>
      <translation>Derivación del caso {case} — prioridad {priority}, respuesta solicitada antes del {due}</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="170" />
      <location filename="../../desktop/reports/referral_packet.py" line="192" />
      <source>Referral packet</source>
      <translation>Paquete de derivación</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="181" />
      <source>Released without covering consent — supervisor override</source>
      <translation>Compartido sin consentimiento que lo cubra — autorización excepcional del supervisor</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="146" />
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="102" />
      <source>Subject: </source>
      <translation>Asunto: </translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="107" />
      <source>The Anti-Trafficking in Persons Council refers to {recipient} the person named in this packet, {person}, for the following services: {services}. Reason for the referral: {reason}.</source>
      <translation>El Consejo contra la Trata de Personas deriva a {recipient} a la persona nombrada en este paquete, {person}, para los siguientes servicios: {services}. Motivo de la derivación: {reason}.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="119" />
      <source>This packet holds personal data of a person who may be a victim of trafficking. It is released for this referral only. Do not copy, forward or disclose it; keep it locked away, and return or destroy it when it is no longer needed.</source>
      <translation>Este paquete contiene datos personales de una persona que puede ser víctima de trata. Se comparte solo para esta derivación. No lo copien, reenvíen ni divulguen; guárdenlo bajo llave y devuélvanlo o destrúyanlo cuando ya no lo necesiten.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="86" />
      <source>To</source>
      <translation>Para</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/referral_packet.py" line="123" />
      <source>Yours sincerely,</source>
      <translation>Atentamente,</translation>
    </message>
  </context>
  <context>
    <name>ReferralsPage</name>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="37" />
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="53" />
      <source>Attention</source>
      <translation>Atención</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="51" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="53" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="51" />
      <source>From</source>
      <translation>Remitente</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="57" />
      <source>No referrals. Referrals are composed from a case's Referrals tab and are tracked here until they are completed.</source>
      <translation>No hay derivaciones. Las derivaciones se redactan desde la pestaña Derivaciones de un caso y se les da seguimiento aquí hasta que se completan.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="69" />
      <source>Overdue</source>
      <translation>Vencida</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="53" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="51" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="43" />
      <source>Record answer…</source>
      <translation>Registrar respuesta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="29" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="31" />
      <source>Referrals sent from the cases you work on. Overdue ones — no answer by the due time of their priority — and those whose consent was withdrawn come first.</source>
      <translation>Derivaciones enviadas desde los casos en los que usted trabaja. Primero aparecen las vencidas (sin respuesta dentro del plazo de su prioridad) y aquellas cuyo consentimiento fue retirado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="29" />
      <source>Referrals sent to {agency}. Overdue ones come first; record your answer on each.</source>
      <translation>Derivaciones enviadas a {agency}. Primero aparecen las vencidas; registre su respuesta en cada una.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="89" />
      <source>Referrals: {n} · overdue: {overdue}</source>
      <translation>Derivaciones: {n} · vencidas: {overdue}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/referrals_page.py" line="35" />
      <location filename="../../desktop/views/referrals_page.py" line="52" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="102" />
      <source>A referral releases only the sections chosen, with the person's consent. Drafts are previewed as the recipient will see them; printed and saved copies are numbered and recorded in the audit trail.</source>
      <translation>Una derivación comparte solo las secciones elegidas, con el consentimiento de la persona. Los borradores se muestran en vista previa tal como los verá el destinatario; las copias impresas y guardadas se numeran y quedan anotadas en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="96" />
      <source>Case summary PDF…</source>
      <translation>Resumen del caso en PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="206" />
      <source>Case summary saved.</source>
      <translation>Resumen del caso guardado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="107" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="106" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="89" />
      <source>New referral…</source>
      <translation>Nueva derivación…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="60" />
      <source>New status</source>
      <translation>Nuevo estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="140" />
      <source>No consent chosen</source>
      <translation>Sin consentimiento elegido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="111" />
      <source>No referrals yet. A new referral starts with the minimum the recipient needs; you choose what else to release.</source>
      <translation>Aún no hay derivaciones. Una nueva derivación comienza con lo mínimo que necesita el destinatario; usted elige qué más compartir.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="62" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="92" />
      <source>Open…</source>
      <translation>Abrir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="61" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="139" />
      <source>Override</source>
      <translation>Omisión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="211" />
      <source>Preparing the case summary…</source>
      <translation>Preparando el resumen del caso…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="106" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="106" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="94" />
      <source>Record answer…</source>
      <translation>Registrar respuesta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="139" />
      <source>Recorded</source>
      <translation>Registrado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="50" />
      <source>Referral to {name}</source>
      <translation>Derivación a {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="87" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="107" />
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="106" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="195" />
      <source>The case summary holds victim data.</source>
      <translation>El resumen del caso contiene datos de la víctima.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="203" />
      <source>The file could not be written ({error}).</source>
      <translation>No se pudo escribir el archivo ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/cases/referrals_tab.py" line="58" />
      <source>— none —</source>
      <translation>— ninguno —</translation>
    </message>
    <message>
      <source> · overdue</source>
      <translation type="vanished"> · vencida</translation>
    </message>
    <message>
      <source>None</source>
      <translation type="vanished">Ninguno</translation>
    </message>
  </context>
  <context>
    <name>RolesTab</name>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="68" />
      <source>Records reached</source>
      <translation>Registros accesibles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="35" />
      <location filename="../../desktop/views/admin/roles.py" line="40" />
      <source>Roles and permissions</source>
      <translation>Roles y permisos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="41" />
      <source>What each role may do, and which case records it reaches. Sections of a case are further limited by each user's level (1 standard, 2 sensitive, 3 restricted).</source>
      <translation>Lo que puede hacer cada rol y a qué registros de casos tiene acceso. Las secciones de un caso se limitan además según el nivel de cada usuario (1 estándar, 2 sensible, 3 restringido).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="76" />
      <source>allowed</source>
      <translation>permitido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/roles.py" line="76" />
      <source>not allowed</source>
      <translation>no permitido</translation>
    </message>
    <message>
      <source>All cases</source>
      <translation type="vanished">Todos los casos</translation>
    </message>
    <message>
      <source>All cases of my agency</source>
      <translation type="vanished">Todos los casos de mi institución</translation>
    </message>
    <message>
      <source>Answer referrals to the agency</source>
      <translation type="vanished">Responder a las derivaciones dirigidas a la institución</translation>
    </message>
    <message>
      <source>Approve case closure</source>
      <translation type="vanished">Aprobar el cierre de casos</translation>
    </message>
    <message>
      <source>Approve interview records</source>
      <translation type="vanished">Aprobar registros de entrevistas</translation>
    </message>
    <message>
      <source>Assign cases</source>
      <translation type="vanished">Asignar casos</translation>
    </message>
    <message>
      <source>Cases of my groups</source>
      <translation type="vanished">Casos de mis grupos</translation>
    </message>
    <message>
      <source>Cases referred to my agency</source>
      <translation type="vanished">Casos derivados a mi institución</translation>
    </message>
    <message>
      <source>Change vault settings</source>
      <translation type="vanished">Cambiar la configuración de la bóveda</translation>
    </message>
    <message>
      <source>Conduct forensic interviews</source>
      <translation type="vanished">Realizar entrevistas forenses</translation>
    </message>
    <message>
      <source>Edit cases</source>
      <translation type="vanished">Editar casos</translation>
    </message>
    <message>
      <source>Export anonymised statistics</source>
      <translation type="vanished">Exportar estadísticas anonimizadas</translation>
    </message>
    <message>
      <source>Export identifiable data</source>
      <translation type="vanished">Exportar datos identificables</translation>
    </message>
    <message>
      <source>Import and activate forms</source>
      <translation type="vanished">Importar y activar formularios</translation>
    </message>
    <message>
      <source>Keep the prevention register</source>
      <translation type="vanished">Llevar el registro de prevención</translation>
    </message>
    <message>
      <source>Make and restore backups</source>
      <translation type="vanished">Hacer y restaurar copias de seguridad</translation>
    </message>
    <message>
      <source>Manage roles</source>
      <translation type="vanished">Administrar roles</translation>
    </message>
    <message>
      <source>Manage the organisations directory</source>
      <translation type="vanished">Administrar el directorio de organizaciones</translation>
    </message>
    <message>
      <source>Manage user accounts</source>
      <translation type="vanished">Administrar cuentas de usuario</translation>
    </message>
    <message>
      <source>No case records</source>
      <translation type="vanished">Ningún registro de casos</translation>
    </message>
    <message>
      <source>Open new cases</source>
      <translation type="vanished">Abrir casos nuevos</translation>
    </message>
    <message>
      <source>Override missing consent (with reason)</source>
      <translation type="vanished">Omitir la falta de consentimiento (con justificación)</translation>
    </message>
    <message>
      <source>Own and assigned cases</source>
      <translation type="vanished">Casos propios y asignados</translation>
    </message>
    <message>
      <source>Prepare referrals</source>
      <translation type="vanished">Preparar derivaciones</translation>
    </message>
    <message>
      <source>Print referral packets</source>
      <translation type="vanished">Imprimir paquetes de derivación</translation>
    </message>
    <message>
      <source>Read cases in scope</source>
      <translation type="vanished">Leer los casos de su ámbito</translation>
    </message>
    <message>
      <source>Read the audit trail</source>
      <translation type="vanished">Leer el registro de auditoría</translation>
    </message>
    <message>
      <source>Rotate the database key</source>
      <translation type="vanished">Rotar la clave de la base de datos</translation>
    </message>
    <message>
      <source>View statistics</source>
      <translation type="vanished">Ver estadísticas</translation>
    </message>
  </context>
  <context>
    <name>SecurityTab</name>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="35" />
      <source>Argon2id — memory {mib} MiB, passes: {passes}, lanes: {lanes}</source>
      <translation>Argon2id — memoria {mib} MiB, pasadas: {passes}, carriles: {lanes}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="113" />
      <source>Database encryption</source>
      <translation>Cifrado de la base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="110" />
      <source>Device binding</source>
      <translation>Vinculación al equipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="111" />
      <source>Escrow key fingerprint</source>
      <translation>Huella digital de la clave de custodia</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="101" />
      <source>How this vault is protected on this workstation. Nothing here shows a password or a key.</source>
      <translation>Cómo está protegida esta bóveda en esta estación de trabajo. Aquí no se muestra ninguna contraseña ni clave.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="114" />
      <source>Key slots</source>
      <translation>Ranuras de clave</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="143" />
      <source>Off: the password alone opens an account's key slot, so anyone holding a copy of the vault files can try to guess passwords elsewhere.</source>
      <translation>Desactivada: la contraseña por sí sola abre la ranura de clave de una cuenta, por lo que cualquier persona que tenga una copia de los archivos de la bóveda puede intentar adivinar contraseñas en otro lugar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="140" />
      <source>On: an account's key slot opens only with its password together with this workstation's keyring secret, so copied files are useless elsewhere.</source>
      <translation>Activada: la ranura de clave de una cuenta solo se abre con su contraseña junto con el secreto del keyring de esta estación de trabajo, por lo que los archivos copiados no sirven en otro lugar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="112" />
      <source>Password key derivation</source>
      <translation>Derivación de claves a partir de la contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="163" />
      <source>Re-encrypting the database… Do not close CaseDesk.</source>
      <translation>Volviendo a cifrar la base de datos… No cierre CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="129" />
      <source>Rotate database key…</source>
      <translation>Rotar la clave de la base de datos…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="120" />
      <source>Rotate the database key</source>
      <translation>Rotar la clave de la base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="120" />
      <source>Rotating re-encrypts the whole database under a new key and re-seals every account's key slot and the escrow key to it. Nobody needs a new password, and earlier backups still open as before.

Do it after a staff member leaves (once their account is disabled), after a recovery with the escrow key, and whenever you suspect someone copied the vault files while they knew a password. CaseDesk cannot be used while it runs; it takes about as long as making a backup.</source>
      <translation>La rotación vuelve a cifrar toda la base de datos con una clave nueva y vuelve a sellar con ella la ranura de clave de cada cuenta y la clave de custodia. Nadie necesita una contraseña nueva, y las copias de seguridad anteriores se siguen abriendo como antes.

Hágalo cuando un miembro del personal se vaya (una vez desactivada su cuenta), después de una recuperación con la clave de custodia y siempre que sospeche que alguien copió los archivos de la bóveda mientras conocía una contraseña. CaseDesk no puede usarse mientras se ejecuta; tarda aproximadamente lo mismo que hacer una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="158" />
      <source>Rotating the database key re-encrypts every record of the vault.</source>
      <translation>Rotar la clave de la base de datos vuelve a cifrar todos los registros de la bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="166" />
      <source>Rotating the database key…</source>
      <translation>Rotando la clave de la base de datos…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="33" />
      <source>SCRAM-SHA-256 login role (office server)</source>
      <translation>rol de inicio de sesión SCRAM-SHA-256 (servidor de la oficina)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="148" />
      <source>SQLCipher {version} (AES-256, every page authenticated)</source>
      <translation>SQLCipher {version} (AES-256, cada página autenticada)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="95" />
      <location filename="../../desktop/views/admin/security.py" line="100" />
      <source>Security</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="171" />
      <source>The database key was rotated; every key slot and the escrow key now hold the new key.</source>
      <translation>Se rotó la clave de la base de datos; todas las ranuras de clave y la clave de custodia contienen ahora la nueva clave.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="108" />
      <source>This vault</source>
      <translation>Esta bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="109" />
      <source>Vault folder</source>
      <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="145" />
      <source>none — this vault has no escrow key, so a lost password cannot be recovered</source>
      <translation>ninguna: esta bóveda no tiene clave de custodia, por lo que una contraseña perdida no se puede recuperar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/security.py" line="151" />
      <source>{n} (one for each account that can log in)</source>
      <translation>{n} (una por cada cuenta que puede iniciar sesión)</translation>
    </message>
  </context>
  <context>
    <name>SendDialog</name>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="164" />
      <source>A partner organisation ({kind}): only the sections ticked below travel, with the case's summary, up to level {level}. Each case needs a consent that covers them; a case without one is refused.</source>
      <translation>Una organización asociada ({kind}): solo viajan las secciones marcadas abajo, con el resumen del caso, hasta el nivel {level}. Cada caso necesita un consentimiento que las cubra; un caso sin él se rechaza.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="160" />
      <source>A vault of your own organisation: each case travels whole, up to level {level} (the lower of your level and the peer's).</source>
      <translation>Una bóveda de su propia organización: cada caso viaja completo, hasta el nivel {level} (el menor entre su nivel y el de la otra bóveda).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="90" />
      <source>Add</source>
      <translation>Agregar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="88" />
      <source>Add a case by its reference, e.g. HS-2026-000123</source>
      <translation>Agregar un caso por su referencia, p. ej. HS-2026-000123</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="115" />
      <source>CaseDesk bundles (*.cdbundle)</source>
      <translation>Paquetes de CaseDesk (*.cdbundle)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="79" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="77" />
      <source>I confirm releasing restricted (level 3) content</source>
      <translation>Confirmo la entrega de contenido restringido (nivel 3)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="140" />
      <source>No case you may open has that reference.</source>
      <translation>Ningún caso que usted pueda abrir tiene esa referencia.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="114" />
      <source>Save the bundle</source>
      <translation>Guardar el paquete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="100" />
      <source>Seal and save…</source>
      <translation>Sellar y guardar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="207" />
      <source>Sealed {cases} case(s), {attachments} attachment(s) and {interviews} interview(s) into {file} (bundle number {n}). Give the file to the peer; only that vault can open it.</source>
      <translation>Se sellaron {cases} caso(s), {attachments} archivo(s) adjunto(s) y {interviews} entrevista(s) en {file} (paquete número {n}). Entregue el archivo a la otra bóveda; solo ella puede abrirlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="202" />
      <source>Sealing a bundle…</source>
      <translation>Sellando un paquete…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="200" />
      <source>Sealing {n} case(s)…</source>
      <translation>Sellando {n} caso(s)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="54" />
      <source>Send cases to another vault</source>
      <translation>Enviar casos a otra bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="64" />
      <source>Send to</source>
      <translation>Enviar a</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="189" />
      <source>The chosen cases will leave this vault, sealed to the peer.</source>
      <translation>Los casos elegidos saldrán de esta bóveda, sellados para la otra bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="102" />
      <source>This vault trusts no other vault yet. An administrator adds peers under Administration → Exchange.</source>
      <translation>Esta bóveda todavía no confía en ninguna otra. Un administrador las agrega en Administración → Intercambio.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/send_dialog.py" line="187" />
      <source>Tick at least one case to send.</source>
      <translation>Marque al menos un caso para enviar.</translation>
    </message>
  </context>
  <context>
    <name>ServerBackupsTab</name>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="155" />
      <source>Audit chain</source>
      <translation>Cadena de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="152" />
      <source>Audit function</source>
      <translation>Función de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="154" />
      <source>Audit key held by the server</source>
      <translation>Clave de auditoría guardada por el servidor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="153" />
      <source>Audit trail is append-only</source>
      <translation>El registro de auditoría solo admite añadir</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="47" />
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="42" />
      <source>Backups</source>
      <comment>tab</comment>
      <translation>Respaldos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="151" />
      <source>CaseDesk roles are unprivileged</source>
      <translation>Los roles de CaseDesk no tienen privilegios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="78" />
      <source>Check</source>
      <translation>Comprobación</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="64" />
      <location filename="../../desktop/views/admin/server_pages.py" line="71" />
      <source>Check the office server</source>
      <translation>Comprobar el servidor de la oficina</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="105" />
      <location filename="../../desktop/views/admin/server_pages.py" line="107" />
      <source>Checking the office server…</source>
      <translation>Comprobando el servidor de la oficina…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="117" />
      <source>Every check passed.</source>
      <translation>Todas las comprobaciones pasaron.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="126" />
      <source>FAIL</source>
      <translation>FALLO</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="50" />
      <source>How the office server is backed up</source>
      <translation>Cómo se respalda el servidor de la oficina</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="144" />
      <source>JIT off for this database</source>
      <translation>JIT desactivado para esta base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="163" />
      <source>Level-2 columns of a person</source>
      <translation>Columnas de nivel 2 de una persona</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="164" />
      <source>Login gate functions</source>
      <translation>Funciones de la puerta de acceso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="165" />
      <source>Login gate role</source>
      <translation>Rol de la puerta de acceso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="146" />
      <source>Password hashing</source>
      <translation>Cifrado de contraseñas (hash)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="166" />
      <source>Passwords work only through the gate</source>
      <translation>Las contraseñas solo funcionan a través de la puerta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="142" />
      <source>PostgreSQL version</source>
      <translation>Versión de PostgreSQL</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="168" />
      <source>Refused passwords delayed (auth_delay)</source>
      <translation>Contraseñas rechazadas con demora (auth_delay)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="78" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="147" />
      <source>Row-level security on every table</source>
      <translation>Seguridad por filas en cada tabla</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="64" />
      <source>Runs the server's own check, the one its administrator runs with 'casedesk server check', as far as your login role may read it: schema version, this connection's encryption, row-level security, the audit trail and its chain, the statistics and search functions, the level-2 columns and the login gate. The rules for network logins (pg_hba.conf) only the server's administrator can read. The check is recorded in the audit trail.</source>
      <translation>Ejecuta la comprobación propia del servidor, la que su administrador ejecuta con 'casedesk server check', hasta donde su rol de acceso puede leerla: versión del esquema, cifrado de esta conexión, seguridad por filas, el registro de auditoría y su cadena, las funciones de estadísticas y de búsqueda, las columnas de nivel 2 y la puerta de acceso. Las reglas de acceso por red (pg_hba.conf) solo las puede leer el administrador del servidor. La comprobación queda en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="143" />
      <source>Schema version</source>
      <translation>Versión del esquema</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="162" />
      <source>Search function</source>
      <translation>Función de búsqueda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="161" />
      <source>Statistics cache closed to users</source>
      <translation>Caché de estadísticas cerrada a los usuarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="159" />
      <source>Statistics cache refreshed after every change</source>
      <translation>Caché de estadísticas renovada tras cada cambio</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="156" />
      <source>Statistics function</source>
      <translation>Función de estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="157" />
      <source>Statistics function only for statistics readers</source>
      <translation>Función de estadísticas solo para quienes leen estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="148" />
      <source>Tables nobody reads (no policy)</source>
      <translation>Tablas que nadie lee (sin política)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="150" />
      <source>Tables owned by the schema owner</source>
      <translation>Tablas del propietario del esquema</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="48" />
      <source>The cases are kept on the office server, not on this workstation, so there is nothing to back up here.</source>
      <translation>Los casos se guardan en el servidor de la oficina, no en esta estación de trabajo, así que aquí no hay nada que respaldar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="50" />
      <source>The server's administrator backs up the CaseDesk database on the server: a nightly dump (pg_dump), encrypted before it leaves the server, and in larger councils a base backup (pg_basebackup) with the write-ahead log archived, for a restore to any moment. At least monthly a backup is restored on a scratch server and checked there with 'casedesk server check'. The deployment guide (docs/SERVER.md, section 9) describes it step by step.</source>
      <translation>El administrador del servidor respalda la base de datos de CaseDesk en el servidor: un volcado nocturno (pg_dump), cifrado antes de salir del servidor, y en los consejos más grandes una copia base (pg_basebackup) con el registro de escritura anticipada archivado, para restaurar a cualquier momento. Al menos cada mes una copia se restaura en un servidor de prueba y se comprueba allí con 'casedesk server check'. La guía de despliegue (docs/SERVER.md, sección 9) lo describe paso a paso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="145" />
      <source>This connection is encrypted</source>
      <translation>Esta conexión está cifrada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="60" />
      <source>This workstation uses:</source>
      <translation>Esta estación de trabajo usa:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="79" />
      <source>What the server reports</source>
      <translation>Lo que informa el servidor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="125" />
      <source>ok</source>
      <translation>correcto</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="98" />
      <source>the database {database} on {host}, port {port}</source>
      <translation>la base de datos {database} en {host}, puerto {port}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="118" />
      <source>{n} of {total} checks failed: tell the server's administrator.</source>
      <translation>{n} de {total} comprobaciones fallaron: avise al administrador del servidor.</translation>
    </message>
    <message>
      <source>Checks that the server's database is at this version's schema, that the connection is encrypted and, if your role may read the audit trail, that every entry of the audit chain verifies. The check is recorded in the audit trail.</source>
      <translation type="vanished">Comprueba que la base de datos del servidor tiene el esquema de esta versión, que la conexión está cifrada y, si su rol puede leer el registro de auditoría, que cada entrada de la cadena de auditoría se verifica. La comprobación queda en el registro de auditoría.</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation type="vanished">Conexión</translation>
    </message>
    <message>
      <source>Database</source>
      <translation type="vanished">Base de datos</translation>
    </message>
    <message>
      <source>The check found a problem: tell the server's administrator.</source>
      <translation type="vanished">La comprobación encontró un problema: avise al administrador del servidor.</translation>
    </message>
    <message>
      <source>at this version's schema (PostgreSQL {version})</source>
      <translation type="vanished">con el esquema de esta versión (PostgreSQL {version})</translation>
    </message>
    <message>
      <source>encrypted ({tls})</source>
      <translation type="vanished">cifrada ({tls})</translation>
    </message>
    <message>
      <source>not encrypted</source>
      <translation type="vanished">sin cifrar</translation>
    </message>
    <message>
      <source>{n} entries verified</source>
      <translation type="vanished">{n} entradas verificadas</translation>
    </message>
  </context>
  <context>
    <name>ServerSecurityTab</name>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="218" />
      <source>Change my password…</source>
      <translation>Cambiar mi contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="205" />
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="204" />
      <source>Council certificate authority</source>
      <translation>Autoridad de certificación del Consejo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="203" />
      <source>Database</source>
      <translation>Base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="207" />
      <source>Failed logins</source>
      <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="199" />
      <source>How this workstation reaches the office server. Nothing here shows a password or a key.</source>
      <translation>Cómo llega esta estación de trabajo al servidor de la oficina. Nada aquí muestra una contraseña o una clave.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="213" />
      <source>Keys and passwords</source>
      <translation>Claves y contraseñas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="206" />
      <source>Passwords</source>
      <translation>Contraseñas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="209" />
      <source>PostgreSQL version</source>
      <translation>Versión de PostgreSQL</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="239" />
      <source>SCRAM-SHA-256: the server keeps a verifier, never the password</source>
      <translation>SCRAM-SHA-256: el servidor guarda un verificador, nunca la contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="198" />
      <source>Security</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="202" />
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="236" />
      <source>TLS ({tls}); the server's certificate and name checked against the council's CA (verify-full)</source>
      <translation>TLS ({tls}); certificado y nombre del servidor comprobados frente a la CA del Consejo (verify-full)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="201" />
      <source>The office server</source>
      <translation>El servidor de la oficina</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="213" />
      <source>There is no database key on this workstation to rotate: the cases stay on the server, whose disk encryption and administrator protect them at rest. Each account is a login role of the server; an administrator disables or resets another's under Users. Change your own password here.</source>
      <translation>En esta estación de trabajo no hay clave de base de datos que rotar: los casos quedan en el servidor, cuyo cifrado de disco y su administrador los protegen en reposo. Cada cuenta es un rol de inicio de sesión del servidor; un administrador desactiva o restablece la de otra persona en Usuarios. Cambie aquí su propia contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="208" />
      <source>Your login role</source>
      <translation>Su rol de inicio de sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="248" />
      <source>Your password was changed on the server.</source>
      <translation>Su contraseña se cambió en el servidor.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="241" />
      <source>a growing wait, and the account locked after 10, kept by the server</source>
      <translation>una espera creciente y la cuenta bloqueada tras 10, a cargo del servidor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="238" />
      <source>not encrypted: tell the server's administrator</source>
      <translation>sin cifrar: avise al administrador del servidor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/server_pages.py" line="231" />
      <source>{host}, port {port}</source>
      <translation>{host}, puerto {port}</translation>
    </message>
  </context>
  <context>
    <name>ServiceMessages</name>
    <message>
      <location filename="../../desktop/forms/expr_eval.py" line="88" />
      <source>'..' is only supported as position(..)</source>
      <translation>'..' solo se admite como position(..)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="274" />
      <source>A .txt file must be UTF-8 text.</source>
      <translation>Un archivo .txt debe ser texto UTF-8.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/writer.py" line="158" />
      <source>A case changed while it was being imported.</source>
      <translation>Un caso cambió mientras se importaba.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="301" />
      <source>A field is above the bundle's level.</source>
      <translation>Un campo está por encima del nivel del paquete.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="225" />
      <source>A locked interview does not match its seal.</source>
      <translation>Una entrevista bloqueada no coincide con su sello.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="107" />
      <source>A page of the vault database fails the page integrity check (HMAC): the file is damaged or was altered. Nothing was changed; run 'casedesk verify' to see which pages, and restore the latest backup.</source>
      <translation>Una página de la base de datos de la bóveda no supera la comprobación de integridad de páginas (HMAC): el archivo está dañado o fue alterado. No se modificó nada; ejecute 'casedesk verify' para ver qué páginas y restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="../../desktop/reports/protection.py" line="16" />
      <source>A protected document needs a password.</source>
      <translation>Un documento protegido requiere una contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/writer.py" line="271" />
      <source>A record of an arriving case belongs to another case in this vault.</source>
      <translation>Un registro de un caso que llega pertenece a otro caso de esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="268" />
      <source>A referral goes to another organisation than yours.</source>
      <translation>Una derivación se dirige a una organización distinta de la suya.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="304" />
      <source>A section is above the bundle's level.</source>
      <translation>Una sección está por encima del nivel del paquete.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="95" />
      <source>A training needs at least one participant.</source>
      <translation>Una capacitación requiere al menos un participante.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/users.py" line="51" />
      <source>A username has 3 to 64 characters: letters a–z, digits, dot, dash or underscore, starting with a letter or digit.</source>
      <translation>Un nombre de usuario tiene de 3 a 64 caracteres: letras a–z, dígitos, punto, guion o guion bajo, y comienza con una letra o un dígito.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="189" />
      <source>A username in the bundle is invalid.</source>
      <translation>Un nombre de usuario del paquete no es válido.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="88" />
      <source>A vault already exists in this data directory; it was left untouched.</source>
      <translation>Ya existe una bóveda en esta carpeta de datos; no se modificó.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="199" />
      <source>Addenda are for approved or locked interviews; change the draft instead.</source>
      <translation>Las adendas son para entrevistas aprobadas o bloqueadas; en su lugar, modifique el borrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="207" />
      <source>Age groups must start at 0 and rise.</source>
      <translation>Los grupos de edad deben comenzar en 0 y ser ascendentes.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/writer.py" line="221" />
      <source>An addendum arrived without its interview.</source>
      <translation>Llegó una adenda sin su entrevista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="240" />
      <source>An addendum belongs to no interview of the case.</source>
      <translation>Una adenda no pertenece a ninguna entrevista del caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="244" />
      <source>An addendum does not match its SHA-256.</source>
      <translation>Una adenda no coincide con su SHA-256.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/content.py" line="45" />
      <source>An answer must be text or a number.</source>
      <translation>Una respuesta debe ser un texto o un número.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="204" />
      <source>An attachment does not match its SHA-256.</source>
      <translation>Un archivo adjunto no coincide con su SHA-256.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="198" />
      <source>An attachment has a type that is not allowed.</source>
      <translation>Un archivo adjunto tiene un tipo no permitido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="207" />
      <source>An attachment's content does not match its type.</source>
      <translation>El contenido de un archivo adjunto no coincide con su tipo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="200" />
      <source>An attachment's file is missing from the bundle.</source>
      <translation>Falta en el paquete el archivo de un adjunto.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="202" />
      <source>An attachment's size is wrong or too large.</source>
      <translation>El tamaño de un archivo adjunto es incorrecto o demasiado grande.</translation>
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
      <location filename="../../desktop/services/bundles/incoming.py" line="228" />
      <source>An interview names a language its form does not have.</source>
      <translation>Una entrevista indica un idioma que su formulario no tiene.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="219" />
      <source>An interview names its form wrongly.</source>
      <translation>Una entrevista identifica mal su formulario.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="212" />
      <source>An office or a field tablet belongs to this vault's own organisation; another organisation is a partner.</source>
      <translation>Una oficina o una tableta de campo pertenece a la misma organización de esta bóveda; otra organización es una asociada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="312" />
      <source>Another supervisor must approve a closure you requested.</source>
      <translation>Otro supervisor debe aprobar el cierre que usted solicitó.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="214" />
      <source>Another supervisor must review an interview you conducted or submitted.</source>
      <translation>Otro supervisor debe revisar una entrevista que usted realizó o envió.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="306" />
      <source>Attachments are above the bundle's level.</source>
      <translation>Los archivos adjuntos están por encima del nivel del paquete.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="75" />
      <location filename="../../desktop/services/statistics/report.py" line="97" />
      <source>Choose CSV or XLSX.</source>
      <translation>Elija CSV o XLSX.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/report.py" line="59" />
      <source>Choose English or Spanish.</source>
      <translation>Elija inglés o español.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="282" />
      <source>Choose a consent record of this case.</source>
      <translation>Elija un registro de consentimiento de este caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="202" />
      <source>Choose a district of Belize.</source>
      <translation>Elija un distrito de Belice.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="186" />
      <source>Choose a password different from the current one.</source>
      <translation>Elija una contraseña distinta de la actual.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="198" />
      <source>Choose a period between 1900 and 2200.</source>
      <translation>Elija un período entre 1900 y 2200.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="158" />
      <source>Choose a training or a campaign.</source>
      <translation>Elija una capacitación o una campaña.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="272" />
      <source>Choose a trusted peer of the kind Office.</source>
      <translation>Elija una bóveda de confianza del tipo Oficina.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="61" />
      <source>Choose a value from the list.</source>
      <translation>Elija un valor de la lista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="70" />
      <source>Choose a year between 1900 and 2200.</source>
      <translation>Elija un año entre 1900 y 2200.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="283" />
      <source>Choose an active organisation from the directory (add it under Organisations first).</source>
      <translation>Elija una organización activa del directorio (agréguela primero en Organizaciones).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="266" />
      <location filename="../../desktop/services/referrals/service.py" line="244" />
      <source>Choose an active organisation from the directory.</source>
      <translation>Elija una organización activa del directorio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="125" />
      <location filename="../../desktop/services/statistics/service.py" line="200" />
      <source>Choose an organisation from the directory.</source>
      <translation>Elija una organización del directorio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="93" />
      <source>Choose an organisation type from the list.</source>
      <translation>Elija un tipo de organización de la lista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/export.py" line="148" />
      <source>Choose at least one case to send.</source>
      <translation>Elija al menos un caso para enviar.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="296" />
      <source>Choose at least one service to request.</source>
      <translation>Elija al menos un servicio que solicitar.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/setup.py" line="73" />
      <source>Choose how the vault can be recovered.</source>
      <translation>Elija cómo se podrá recuperar la bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="69" />
      <source>Choose values from the list.</source>
      <translation>Elija valores de la lista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="202" />
      <source>Choose yes or no.</source>
      <translation>Elija sí o no.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="54" />
      <source>Control characters are not allowed.</source>
      <translation>No se permiten caracteres de control.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="268" />
      <source>Create this vault's identity first.</source>
      <translation>Primero cree la identidad de esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="105" />
      <source>Enter a date and time.</source>
      <translation>Ingrese una fecha y una hora.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="90" />
      <location filename="../../desktop/services/bundles/incoming.py" line="94" />
      <location filename="../../desktop/services/cases/sections.py" line="123" />
      <location filename="../../desktop/services/cases/validation.py" line="84" />
      <source>Enter a date.</source>
      <translation>Ingrese una fecha.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="171" />
      <location filename="../../desktop/services/cases/service.py" line="351" />
      <source>Enter a due date between 2000 and 2100.</source>
      <translation>Ingrese una fecha de vencimiento entre 2000 y 2100.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="134" />
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
      <location filename="../../desktop/services/accounts/users.py" line="62" />
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
      <location filename="../../desktop/services/bundles/incoming.py" line="287" />
      <source>Interviews arrived in a bundle below level 3.</source>
      <translation>Llegaron entrevistas en un paquete de nivel inferior a 3.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/crypto.py" line="56" />
      <location filename="../../desktop/vault/crypto.py" line="59" />
      <location filename="../../desktop/vault/crypto.py" line="61" />
      <source>KDF parameters out of range</source>
      <translation>Parámetros de derivación de claves (KDF) fuera de rango</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="293" />
      <source>Name the active account whose cases this field tablet receives.</source>
      <translation>Indique la cuenta activa cuyos casos recibe esta tableta de campo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/users.py" line="75" />
      <source>No account has that username.</source>
      <translation>No existe ninguna cuenta con ese nombre de usuario.</translation>
    </message>
    <message>
      <location filename="../../desktop/synthetic/synth.py" line="110" />
      <source>No active case worker or supervisor of HS, POL, IMM or NGO can own the cases; create one first.</source>
      <translation>No hay ningún gestor de casos ni supervisor activo de HS, POL, IMM o NGO que pueda hacerse cargo de los casos; cree uno primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="112" />
      <source>No organisation has that code.</source>
      <translation>No existe ninguna organización con ese código.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="171" />
      <source>No such section.</source>
      <translation>No existe esa sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="68" />
      <source>No vault was found in the data directory. Create one with 'casedesk init'.</source>
      <translation>No se encontró ninguna bóveda en la carpeta de datos. Cree una con 'casedesk init'.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/library.py" line="117" />
      <location filename="../../desktop/services/interviews/service.py" line="138" />
      <source>No version of this form is active.</source>
      <translation>No hay ninguna versión activa de este formulario.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="310" />
      <source>Nobody has asked to close this case.</source>
      <translation>Nadie ha solicitado cerrar este caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/maintenance/server.py" line="28" />
      <source>On the office server, backups, restores and key rotation are done by the server administrator on the server (docs/SERVER.md).</source>
      <translation>En el servidor de la oficina, las copias de seguridad, las restauraciones y la rotación de claves las hace el administrador del servidor, en el propio servidor (docs/SERVER.md).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="158" />
      <source>Only a draft or a returned interview can be changed.</source>
      <translation>Solo se puede modificar una entrevista en borrador o devuelta.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="334" />
      <source>Only a draft referral can be changed.</source>
      <translation>Solo se puede modificar una derivación en borrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="375" />
      <source>Only a draft referral can be sent.</source>
      <translation>Solo se puede enviar una derivación en borrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="251" />
      <source>Only an approved interview can be locked.</source>
      <translation>Solo se puede bloquear una entrevista aprobada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="160" />
      <source>Only the interviewer who started this interview can change it.</source>
      <translation>Solo el entrevistador que inició esta entrevista puede modificarla.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/maintenance/service.py" line="238" />
      <source>Recovery sets the password of an administrator only.</source>
      <translation>La recuperación solo establece la contraseña de un administrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/release.py" line="55" />
      <location filename="../../desktop/services/referrals/service.py" line="277" />
      <source>Releasing restricted (level 3) content needs the explicit confirmation tick.</source>
      <translation>Para compartir contenido restringido (nivel 3) se requiere marcar explícitamente la casilla de confirmación.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="285" />
      <source>Request closure; a supervisor approves it.</source>
      <translation>Solicite el cierre; un supervisor lo aprueba.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="104" />
      <source>SQLCipher 4 or later is required to open the vault.</source>
      <translation>Se requiere SQLCipher 4 o posterior para abrir la bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="96" />
      <source>Send the referral before printing or saving its packet.</source>
      <translation>Envíe la derivación antes de imprimir o guardar su paquete.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/conflicts.py" line="39" />
      <source>Someone else changed this case meanwhile; reopen it to see their changes.</source>
      <translation>Otra persona modificó este caso mientras tanto; vuelva a abrirlo para ver sus cambios.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/errors.py" line="42" />
      <source>Someone else changed this record meanwhile.</source>
      <translation>Otra persona modificó este registro mientras tanto.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/sync.py" line="74" />
      <source>Synchronise works between an office and its field tablets; use Send to… for other peers.</source>
      <translation>Sincronizar funciona entre una oficina y sus tabletas de campo; para otras bóvedas use Enviar casos a….</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/server_setup.py" line="87" />
      <location filename="../../desktop/services/accounts/service.py" line="217" />
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
      <location filename="../../desktop/vault/errors.py" line="119" />
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
      <location filename="../../desktop/vault/slots.py" line="71" />
      <source>The backup's key file snapshot is damaged.</source>
      <translation>La instantánea del archivo de clave incluida en la copia de seguridad está dañada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="50" />
      <source>The bundle comes from a vault that is not among the trusted peers of this vault; an administrator must import its identity first. Nothing was imported.</source>
      <translation>El paquete viene de una bóveda que no está entre las bóvedas de confianza de esta; un administrador debe importar primero su identidad. No se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="32" />
      <source>The bundle file is incomplete: it ends before its signature. Copy it again from the sender; nothing was imported.</source>
      <translation>El archivo del paquete está incompleto: termina antes de su firma. Cópielo de nuevo desde el remitente; no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/container.py" line="199" />
      <source>The bundle is signed by a trusted peer but cannot be opened with this vault's key; nothing was imported.</source>
      <translation>El paquete está firmado por una bóveda de confianza, pero no se puede abrir con la clave de esta bóveda; no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="38" />
      <source>The bundle was changed or damaged after the sender signed it (its signature does not match); nothing was imported.</source>
      <translation>El paquete fue modificado o dañado después de que el remitente lo firmó (su firma no coincide); no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="13" />
      <source>The bundle was refused; nothing was imported.</source>
      <translation>Se rechazó el paquete; no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="63" />
      <source>The bundle's content is larger than a bundle may be (a damaged file or a decompression bomb); nothing was imported.</source>
      <translation>El contenido del paquete es más grande de lo que puede ser un paquete (un archivo dañado o una bomba de descompresión); no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="71" />
      <source>The bundle's content is malformed; nothing was imported.</source>
      <translation>El contenido del paquete está mal formado; no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/prevention.py" line="103" />
      <source>The campaign cannot end before it starts.</source>
      <translation>La campaña no puede terminar antes de comenzar.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="268" />
      <source>The case has a code list this version does not know.</source>
      <translation>El caso tiene una lista de códigos que esta versión no conoce.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="278" />
      <source>The case has a section this version does not know.</source>
      <translation>El caso tiene una sección que esta versión no conoce.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="259" />
      <source>The case has fields this version does not know.</source>
      <translation>El caso tiene campos que esta versión no conoce.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="263" />
      <source>The case has no name.</source>
      <translation>El caso no tiene nombre.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="132" />
      <source>The case is closed: a supervisor must reopen it before a new interview is started.</source>
      <translation>El caso está cerrado: un supervisor debe reabrirlo antes de iniciar una nueva entrevista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="54" />
      <location filename="../../desktop/services/referrals/service.py" line="316" />
      <source>The case is closed; a supervisor can reopen it.</source>
      <translation>El caso está cerrado; un supervisor puede reabrirlo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="256" />
      <source>The case reference is invalid.</source>
      <translation>La referencia del caso no es válida.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/profile.py" line="52" />
      <source>The connection profile needs the server's host name and database.</source>
      <translation>El perfil de conexión necesita el nombre del servidor y la base de datos.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/profile.py" line="56" />
      <source>The council's CA certificate file was not found; the server's certificate is checked against it.</source>
      <translation>No se encontró el archivo del certificado de la autoridad certificadora del consejo; el certificado del servidor se verifica con él.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/credentials.py" line="82" />
      <location filename="../../desktop/vault/slots.py" line="127" />
      <source>The current password is wrong.</source>
      <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="101" />
      <source>The database key does not open this vault.</source>
      <translation>La clave de la base de datos no abre esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/engine.py" line="38" />
      <source>The database named in the connection profile does not exist.</source>
      <translation>La base de datos indicada en el perfil de conexión no existe.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="148" />
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
      <location filename="../../desktop/vault/errors.py" line="123" />
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
      <location filename="../../desktop/services/cases/sections.py" line="264" />
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
      <location filename="../../desktop/bundles/identity.py" line="167" />
      <source>The file is too large to be a CaseDesk identity file.</source>
      <translation>El archivo es demasiado grande para ser un archivo de identidad de CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="269" />
      <source>The file's content does not match its type.</source>
      <translation>El contenido del archivo no coincide con su tipo.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="197" />
      <source>The fingerprint written in the identity file does not match its keys.</source>
      <translation>La huella digital escrita en el archivo de identidad no coincide con sus claves.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="197" />
      <source>The fingerprint you checked is not the one of this file. Do not trust it; ask the other vault for its sheet.</source>
      <translation>La huella digital que usted comprobó no es la de este archivo. No confíe en él; pida a la otra bóveda su hoja de identidad.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="81" />
      <source>The form file in the bundle is another form.</source>
      <translation>El archivo de formulario del paquete es otro formulario.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="78" />
      <source>The form file in the bundle is not a valid XLSForm.</source>
      <translation>El archivo de formulario del paquete no es un XLSForm válido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="73" />
      <source>The form file the interview was filled with is missing from the bundle.</source>
      <translation>Falta en el paquete el archivo del formulario con el que se llenó la entrevista.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="67" />
      <source>The form version differs from this vault's copy of the same version.</source>
      <translation>La versión del formulario difiere de la copia que esta bóveda tiene de la misma versión.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="178" />
      <source>The identity file names no organisation.</source>
      <translation>El archivo de identidad no indica ninguna organización.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="193" />
      <source>The identity file was edited or damaged: its signature does not match its keys.</source>
      <translation>El archivo de identidad fue editado o dañado: su firma no coincide con sus claves.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="184" />
      <source>The identity file's id is invalid.</source>
      <translation>El identificador del archivo de identidad no es válido.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="160" />
      <source>The identity file's keys are damaged.</source>
      <translation>Las claves del archivo de identidad están dañadas.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="181" />
      <source>The identity file's organisation code is invalid.</source>
      <translation>El código de organización del archivo de identidad no es válido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/service.py" line="346" />
      <source>The interview record could not be printed.</source>
      <translation>No se pudo imprimir el registro de la entrevista.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="257" />
      <source>The key file belongs to another vault.</source>
      <translation>El archivo de clave pertenece a otra bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="49" />
      <source>The key file is damaged or was edited. Nothing was changed; restore the key file from a backup or use 'casedesk recover' with the escrow key.</source>
      <translation>El archivo de clave está dañado o fue editado. No se modificó nada; restaure el archivo de clave desde una copia de seguridad o use 'casedesk recover' con la clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="59" />
      <source>The key file is damaged: the key slot of this account was edited or corrupted. Nothing was changed. Restore the key file from a backup copy, or ask an administrator to reset the account ('casedesk user reset'); an administrator can also use 'casedesk recover' with the escrow key.</source>
      <translation>El archivo de clave está dañado: la ranura de clave de esta cuenta fue editada o se corrompió. No se modificó nada. Restaure el archivo de clave desde una copia, o pida a un administrador que restablezca la cuenta ('casedesk user reset'); un administrador también puede usar 'casedesk recover' con la clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="81" />
      <source>The key file is in the data directory, but the vault database (casedesk.db) is missing. Nothing was changed. Restore the latest backup with 'casedesk restore BACKUP -u ADMIN'.</source>
      <translation>El archivo de clave está en la carpeta de datos, pero falta la base de datos de la bóveda (casedesk.db). No se modificó nada. Restaure la copia de seguridad más reciente con 'casedesk restore COPIA -u ADMIN'.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="249" />
      <source>The last administrator cannot be disabled.</source>
      <translation>No se puede desactivar al último administrador.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="101" />
      <source>The level is 1, 2 or 3.</source>
      <translation>El nivel debe ser 1, 2 o 3.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/users.py" line="67" />
      <source>The name contains control characters.</source>
      <translation>El nombre contiene caracteres de control.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/errors.py" line="13" />
      <source>The office server cannot be reached. Check the network connection and the server address in the connection profile, or ask the server administrator.</source>
      <translation>No se puede contactar el servidor de la oficina. Revise la conexión de red y la dirección del servidor en el perfil de conexión, o consulte al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/errors.py" line="9" />
      <source>The office server could not complete the operation.</source>
      <translation>El servidor de la oficina no pudo completar la operación.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/engine.py" line="35" />
      <source>The office server refuses connections from this workstation (pg_hba.conf). Ask the server administrator.</source>
      <translation>El servidor de la oficina rechaza las conexiones desde esta estación de trabajo (pg_hba.conf). Consulte al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/errors.py" line="20" />
      <source>The office server's certificate could not be verified against the council's certificate authority, so CaseDesk did not send your password. Check the CA file in the connection profile and the server name, or ask the server administrator.</source>
      <translation>No se pudo verificar el certificado del servidor de la oficina con la autoridad certificadora del consejo, así que CaseDesk no envió su contraseña. Revise el archivo de la autoridad certificadora en el perfil de conexión y el nombre del servidor, o consulte al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/errors.py" line="28" />
      <source>The office server's database was prepared by another version of CaseDesk. Ask the server administrator to run 'casedesk server upgrade'.</source>
      <translation>La base de datos del servidor de la oficina fue preparada por otra versión de CaseDesk. Pida al administrador del servidor que ejecute 'casedesk server upgrade'.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/gate.py" line="26" />
      <source>The office server's login gate did not answer as this version of CaseDesk expects. Ask the server administrator to run 'casedesk server upgrade'.</source>
      <translation>La puerta de inicio de sesión del servidor de la oficina no respondió como espera esta versión de CaseDesk. Pida al administrador del servidor que ejecute 'casedesk server upgrade'.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/errors.py" line="22" />
      <source>The operation could not be completed.</source>
      <translation>No se pudo completar la operación.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="175" />
      <source>The password is wrong.</source>
      <translation>La contraseña es incorrecta.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/passwords.py" line="85" />
      <source>The password must not contain the username.</source>
      <translation>La contraseña no debe contener el nombre de usuario.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/passwords.py" line="87" />
      <source>The password repeats too few different characters.</source>
      <translation>La contraseña tiene muy pocos caracteres distintos.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="196" />
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
      <location filename="../../desktop/server/profile.py" line="61" />
      <source>The role prefix is 1 to 10 lower-case letters or digits.</source>
      <translation>El prefijo de los roles tiene de 1 a 10 letras minúsculas o dígitos.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/container.py" line="105" />
      <source>The selected cases make a bundle larger than 512 MB; send them in several bundles.</source>
      <translation>Los casos elegidos forman un paquete de más de 512 MB; envíelos en varios paquetes.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/profile.py" line="54" />
      <source>The server port is a number from 1 to 65535.</source>
      <translation>El puerto del servidor es un número del 1 al 65535.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="51" />
      <source>The spreadsheet is larger than 20 MB.</source>
      <translation>La hoja de cálculo supera los 20 MB.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="204" />
      <source>The suppression threshold must be from 2 to 100.</source>
      <translation>El umbral de supresión debe estar entre 2 y 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="130" />
      <source>The system keyring is not available, so the vault cannot be bound to this workstation. Unlock or install a keyring (Secret Service, Credential Manager, Keychain), or create the vault with --no-device-binding (an audited choice).</source>
      <translation>El keyring del sistema no está disponible, por lo que la bóveda no puede vincularse a esta estación de trabajo. Desbloquee o instale un keyring (Secret Service, Administrador de credenciales, Llavero) o cree la bóveda con --no-device-binding (una decisión que queda en el registro de auditoría).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="38" />
      <source>The text contains control characters.</source>
      <translation>El texto contiene caracteres de control.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="325" />
      <source>The user level is 1 (standard), 2 (sensitive) or 3 (restricted).</source>
      <translation>El nivel de usuario debe ser 1 (estándar), 2 (sensible) o 3 (restringido).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/server_setup.py" line="84" />
      <source>The user level is 1, 2 or 3.</source>
      <translation>El nivel de usuario es 1, 2 o 3.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="13" />
      <source>The vault could not complete the operation.</source>
      <translation>La bóveda no pudo completar la operación.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="243" />
      <source>The vault database does not open with its key: its first page fails the page integrity check (HMAC), so the file is damaged or is another vault's database. Nothing was changed; run 'casedesk verify' to see which pages, and restore the latest backup.</source>
      <translation>La base de datos de la bóveda no se abre con su clave: su primera página no supera la comprobación de integridad de páginas (HMAC), así que el archivo está dañado o es la base de datos de otra bóveda. No se modificó nada; ejecute 'casedesk verify' para ver qué páginas y restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="98" />
      <source>The vault database failed its integrity check. Nothing was deleted or repaired; restore the latest backup with 'casedesk restore'.</source>
      <translation>La base de datos de la bóveda no superó la comprobación de integridad. No se eliminó ni se reparó nada; restaure la copia de seguridad más reciente con 'casedesk restore'.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="72" />
      <source>The vault database is in the data directory, but its key file (casedesk.keys) is missing, so no account can open it. Nothing was changed. Put the key file back from a copy, or restore the latest backup with 'casedesk restore BACKUP -u ADMIN' (every backup carries the key file) or with 'casedesk restore BACKUP --escrow-key FILE'.</source>
      <translation>La base de datos de la bóveda está en la carpeta de datos, pero falta su archivo de clave (casedesk.keys), así que ninguna cuenta puede abrirla. No se modificó nada. Vuelva a colocar el archivo de clave desde una copia, o restaure la copia de seguridad más reciente con 'casedesk restore COPIA -u ADMIN' (toda copia de seguridad lleva el archivo de clave) o con 'casedesk restore COPIA --escrow-key ARCHIVO'.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="92" />
      <source>The vault is already open in another CaseDesk window or process. Close it first.</source>
      <translation>La bóveda ya está abierta en otra ventana o proceso de CaseDesk. Cierre primero esa ventana o proceso.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/errors.py" line="115" />
      <source>The vault is locked. Log in again.</source>
      <translation>La bóveda está bloqueada. Inicie sesión de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="96" />
      <source>The vault's exchange keys do not match its identity.</source>
      <translation>Las claves de intercambio de la bóveda no coinciden con su identidad.</translation>
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
      <location filename="../../desktop/services/policy.py" line="67" />
      <source>This account is disabled.</source>
      <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/engine.py" line="31" />
      <source>This account is disabled. Ask an administrator to reset it.</source>
      <translation>Esta cuenta está desactivada. Pida a un administrador que la restablezca.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="177" />
      <source>This backup is not sealed to an escrow key.</source>
      <translation>Esta copia de seguridad no está sellada con una clave de custodia.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="44" />
      <source>This bundle is sealed to another vault, not to this one; nothing was imported.</source>
      <translation>Este paquete está sellado para otra bóveda, no para esta; no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="57" />
      <source>This bundle was already imported, or is older than the last one imported from the same sender; nothing was imported.</source>
      <translation>Este paquete ya se importó, o es más antiguo que el último importado del mismo remitente; no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/container.py" line="156" />
      <source>This bundle was made by a newer CaseDesk; update this one first.</source>
      <translation>Este paquete se hizo con una versión más reciente de CaseDesk; actualice primero esta.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/errors.py" line="35" />
      <source>This database has not been prepared for CaseDesk. The server administrator runs 'casedesk server init' once.</source>
      <translation>Esta base de datos no ha sido preparada para CaseDesk. El administrador del servidor ejecuta 'casedesk server init' una sola vez.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/backup.py" line="182" />
      <source>This escrow key does not open the backup.</source>
      <translation>Esta clave de custodia no abre la copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/vault.py" line="233" />
      <source>This escrow key does not open this vault.</source>
      <translation>Esta clave de custodia no abre esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="158" />
      <source>This field cannot be changed here.</source>
      <translation>Este campo no se puede modificar aquí.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="136" />
      <source>This field does not belong to a case.</source>
      <translation>Este campo no pertenece a un caso.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="142" />
      <source>This field does not belong to the section.</source>
      <translation>Este campo no pertenece a la sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/directory.py" line="50" />
      <location filename="../../desktop/services/bundles/incoming.py" line="180" />
      <location filename="../../desktop/services/cases/validation.py" line="33" />
      <source>This field is required.</source>
      <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="170" />
      <source>This figure has no case list behind it.</source>
      <translation>Esta cifra no tiene una lista de casos asociada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="27" />
      <source>This file is not a CaseDesk bundle (.cdbundle); nothing was imported.</source>
      <translation>Este archivo no es un paquete de CaseDesk (.cdbundle); no se importó nada.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/errors.py" line="81" />
      <source>This file is not a valid CaseDesk identity file.</source>
      <translation>Este archivo no es un archivo de identidad de CaseDesk válido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="55" />
      <source>This file is not an Excel workbook (.xlsx).</source>
      <translation>Este archivo no es un libro de Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/interviews/content.py" line="71" />
      <source>This form has no such question.</source>
      <translation>Este formulario no tiene esa pregunta.</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="175" />
      <source>This identity file was made by a newer CaseDesk; update first.</source>
      <translation>Este archivo de identidad se hizo con una versión más reciente de CaseDesk; actualice primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="204" />
      <source>This is this vault's own identity file.</source>
      <translation>Este es el propio archivo de identidad de esta bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/documents.py" line="92" />
      <source>This packet releases sections above your level.</source>
      <translation>Este paquete comparte secciones por encima de su nivel.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/passwords.py" line="83" />
      <source>This password is on the list of common passwords.</source>
      <translation>Esta contraseña figura en la lista de contraseñas comunes.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/export.py" line="123" />
      <location filename="../../desktop/services/bundles/export.py" line="155" />
      <location filename="../../desktop/services/bundles/sync.py" line="71" />
      <source>This peer is not trusted by this vault.</source>
      <translation>Esta bóveda no confía en esa otra bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="355" />
      <source>This referral is closed.</source>
      <translation>Esta derivación está cerrada.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/secrets.py" line="28" />
      <source>This secret already exists; it was left unchanged.</source>
      <translation>Este secreto ya existe; se dejó sin cambios.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/server_setup.py" line="43" />
      <source>This server already has an administrator; add accounts in CaseDesk.</source>
      <translation>Este servidor ya tiene un administrador; agregue las cuentas desde CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/incoming.py" line="111" />
      <source>This value has the wrong type.</source>
      <translation>Este valor tiene un tipo incorrecto.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="148" />
      <source>This vault already has an exchange identity.</source>
      <translation>Esta bóveda ya tiene una identidad de intercambio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/identity.py" line="92" />
      <source>This vault has no exchange identity yet. An administrator creates it under Administration → Exchange.</source>
      <translation>Esta bóveda todavía no tiene identidad de intercambio. Un administrador la crea en Administración → Intercambio.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/bundles/sync.py" line="66" />
      <source>This vault is not set up for field work; choose the field tablet to synchronise with.</source>
      <translation>Esta bóveda no está configurada para el trabajo de campo; elija la tableta de campo con la que desea sincronizar.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="55" />
      <source>This workstation uses the office server; the server administrator does this there.</source>
      <translation>Esta estación de trabajo usa el servidor de la oficina; eso lo hace el administrador del servidor, en el servidor.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/server_setup.py" line="48" />
      <location filename="../../desktop/services/accounts/service.py" line="307" />
      <source>Unknown agency code.</source>
      <translation>Código de institución desconocido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/server_setup.py" line="91" />
      <source>Unknown agency or role.</source>
      <translation>Organización o rol desconocidos.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="211" />
      <source>Unknown list.</source>
      <translation>Lista desconocida.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="253" />
      <location filename="../../desktop/services/cases/service.py" line="349" />
      <source>Unknown or disabled account.</source>
      <translation>Cuenta desconocida o desactivada.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="313" />
      <source>Unknown role.</source>
      <translation>Rol desconocido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="319" />
      <source>Unknown user group.</source>
      <translation>Grupo de usuarios desconocido.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="398" />
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
      <location filename="../../desktop/server/gate.py" line="84" />
      <location filename="../../desktop/vault/slots.py" line="55" />
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
      <translation>XPath '..' solo se admite como position(..)</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="150" />
      <source>XPath paths (/data/...) are not supported; use ${field}</source>
      <translation>No se admiten rutas XPath (/data/...); use ${field}</translation>
    </message>
    <message>
      <location filename="../../desktop/server/store.py" line="91" />
      <location filename="../../desktop/server/store.py" line="96" />
      <source>You are not connected to the office server. Log in again.</source>
      <translation>No está conectado al servidor de la oficina. Inicie sesión de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="282" />
      <source>You cannot change your own role.</source>
      <translation>No puede cambiar su propio rol.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts/service.py" line="247" />
      <source>You cannot disable your own account.</source>
      <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/validation.py" line="103" />
      <source>You cannot write above your own level.</source>
      <translation>No puede registrar información con un nivel superior al suyo.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/service.py" line="216" />
      <location filename="../../desktop/services/cases/service.py" line="161" />
      <source>Your level does not allow changing this section.</source>
      <translation>Su nivel no le permite modificar esta sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="251" />
      <source>Your level does not include attachments.</source>
      <translation>Su nivel no incluye los archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/referrals/service.py" line="231" />
      <source>Your level does not include consent records.</source>
      <translation>Su nivel no incluye los registros de consentimiento.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cases/sections.py" line="173" />
      <source>Your level does not include this section.</source>
      <translation>Su nivel no incluye esta sección.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/errors.py" line="26" />
      <source>Your role does not allow this action.</source>
      <translation>Su rol no le permite realizar esta acción.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/service.py" line="168" />
      <source>Your role sees statistics only, not the cases behind them.</source>
      <translation>Su rol solo permite ver estadísticas, no los casos que las componen.</translation>
    </message>
    <message>
      <location filename="../../desktop/server/names.py" line="36" />
      <source>a role prefix is 1-10 lower-case letters or digits</source>
      <translation>un prefijo de roles tiene de 1 a 10 letras minúsculas o dígitos</translation>
    </message>
    <message>
      <location filename="../../desktop/services/statistics/server_sql.py" line="79" />
      <source>a statistics statement kept a filter value it cannot take as argument</source>
      <translation>una consulta de estadísticas conservó un valor de filtro que no puede recibir como argumento</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="64" />
      <location filename="../../desktop/vault/engine.py" line="235" />
      <source>database key must be 32 bytes</source>
      <translation>la clave de la base de datos debe tener 32 bytes</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/engine.py" line="67" />
      <source>database key must be hexadecimal</source>
      <translation>la clave de la base de datos debe estar en hexadecimal</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="101" />
      <source>digest() takes MD5, SHA-1, SHA-256, SHA-384 or SHA-512</source>
      <translation>digest() admite MD5, SHA-1, SHA-256, SHA-384 o SHA-512</translation>
    </message>
    <message>
      <location filename="../../desktop/models/migrations/versions/0002_cases.py" line="228" />
      <source>downgrades are not supported; restore a backup instead</source>
      <translation>no se admite volver a una versión anterior; restaure una copia de seguridad en su lugar</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="300" />
      <source>expression is empty</source>
      <translation>la expresión está vacía</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="104" />
      <source>identity secret has the wrong length</source>
      <translation>el secreto de la identidad tiene una longitud incorrecta</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="284" />
      <source>indexed-repeat() over nested repeats is not supported (repeats cannot nest)</source>
      <translation>indexed-repeat() sobre repeticiones anidadas no se admite (las repeticiones no pueden anidarse)</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="273" />
      <source>jr:choice-name() needs the field as its second argument, written '${field}'</source>
      <translation>jr:choice-name() necesita el campo como segundo argumento, escrito '${field}'</translation>
    </message>
    <message>
      <location filename="../../desktop/exchange/kanon.py" line="52" />
      <source>k must be at least 2</source>
      <translation>k debe ser al menos 2</translation>
    </message>
    <message>
      <location filename="../../desktop/services/exchange.py" line="90" />
      <source>k must be from 2 to 100.</source>
      <translation>k debe estar entre 2 y 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/migrate.py" line="48" />
      <source>no migrations are packaged</source>
      <translation>no hay migraciones incluidas en el paquete</translation>
    </message>
    <message>
      <location filename="../../desktop/exchange/tabular.py" line="93" />
      <source>not a date</source>
      <translation>no es una fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_parse.py" line="275" />
      <source>position() takes no argument or '..' (the repeat entry)</source>
      <translation>position() no lleva argumento o lleva '..' (la entrada de la repetición)</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="192" />
      <source>position(..) is only meaningful inside a repeat</source>
      <translation>position(..) solo tiene sentido dentro de una repetición</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/secrets.py" line="40" />
      <source>secret name or size out of range</source>
      <translation>nombre o tamaño del secreto fuera de rango</translation>
    </message>
    <message>
      <location filename="../../desktop/server/dialect.py" line="56" />
      <source>strftime needs a constant format on PostgreSQL</source>
      <translation>strftime necesita un formato constante en PostgreSQL</translation>
    </message>
    <message>
      <location filename="../../desktop/services/maintenance/selftest.py" line="116" />
      <source>the PDF did not read back</source>
      <translation>el PDF no se pudo volver a leer</translation>
    </message>
    <message>
      <location filename="../../desktop/models/migrations/versions/0001_accounts_audit.py" line="120" />
      <source>the first schema version cannot be downgraded</source>
      <translation>la primera versión del esquema no puede revertirse a una anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/bundles/identity.py" line="138" />
      <source>the keys do not belong to this identity</source>
      <translation>las claves no pertenecen a esta identidad</translation>
    </message>
    <message>
      <location filename="../../desktop/services/maintenance/selftest.py" line="105" />
      <source>the new case was not found by an accent-free search</source>
      <translation>la búsqueda sin tildes no encontró el caso nuevo</translation>
    </message>
    <message>
      <location filename="../../desktop/vault/migrate.py" line="50" />
      <source>the packaged migrations have several heads</source>
      <translation>las migraciones incluidas en el paquete tienen varias cabezas</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="94" />
      <source>uuid() takes a length from 1 to 1000</source>
      <translation>uuid() admite una longitud de 1 a 1000</translation>
    </message>
    <message>
      <location filename="../../desktop/synthetic/bulk.py" line="136" />
      <source>wait for the batch in flight first</source>
      <translation>primero espere a que termine el lote en curso</translation>
    </message>
    <message>
      <location filename="../../desktop/forms/expr_functions.py" line="132" />
      <source>weighted-checklist() takes pairs of value and weight</source>
      <translation>weighted-checklist() admite pares de valor y peso</translation>
    </message>
    <message>
      <source>The office server counts the standard age groups only.</source>
      <translation type="vanished">El servidor de la oficina solo cuenta los grupos de edad estándar.</translation>
    </message>
    <message>
      <source>The vault database cannot be read with its key: a page needed to open it is damaged, or the file was replaced. Nothing was changed; restore the latest backup.</source>
      <translation type="vanished">No se puede leer la base de datos de la bóveda con su clave: una página necesaria para abrirla está dañada o el archivo fue reemplazado. No se modificó nada; restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <source>concat() result is too long</source>
      <translation type="vanished">el resultado de concat() es demasiado largo</translation>
    </message>
  </context>
  <context>
    <name>SettingsTab</name>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="80" />
      <source> minutes</source>
      <translation> minutos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="86" />
      <source>Backup folder</source>
      <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="83" />
      <source>CaseDesk hides everything and asks for the password after this long without use ({low} to {high} minutes).</source>
      <translation>CaseDesk oculta todo y pide la contraseña después de este tiempo sin uso (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="138" />
      <source>Choose the backup folder</source>
      <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="118" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="132" />
      <source>Default: {path}</source>
      <translation>Predeterminada: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="147" />
      <source>Enter a full folder path (or choose one), or leave it empty for the default.</source>
      <translation>Ingrese la ruta completa de una carpeta (o elija una), o déjelo vacío para usar la predeterminada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="92" />
      <source>For a workstation at high risk (shared, or likely to be seized): the database's memory is kept out of the swap file and wiped when freed. It costs time: searching, listing and opening cases take about twice as long, the annual statistics up to three times. Off by default; the encryption key itself is always wiped. Takes effect the next time the vault is unlocked (switching it off, the next time CaseDesk starts).</source>
      <translation>Para una estación de trabajo de alto riesgo (compartida, o que podría ser incautada): la memoria de la base de datos se mantiene fuera del archivo de intercambio y se borra al liberarse. Cuesta tiempo: buscar, listar y abrir casos tarda aproximadamente el doble, y las estadísticas anuales hasta el triple. Desactivada por defecto; la clave de cifrado siempre se borra. Se aplica la próxima vez que se desbloquee la bóveda (al desactivarla, la próxima vez que se inicie CaseDesk).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="82" />
      <source>Lock after idle</source>
      <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="90" />
      <source>Lock and wipe the database's working memory</source>
      <translation>Bloquear y borrar la memoria de trabajo de la base de datos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="91" />
      <source>Memory security</source>
      <translation>Seguridad de la memoria</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="188" />
      <source>Nothing to save: the settings are unchanged.</source>
      <translation>No hay nada que guardar: la configuración no ha cambiado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="101" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="62" />
      <location filename="../../desktop/views/admin/settings.py" line="68" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="187" />
      <source>Settings saved.</source>
      <translation>Configuración guardada.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="69" />
      <source>These settings apply to everyone using this vault. They are stored inside the vault, encrypted, and every change is recorded in the audit trail.</source>
      <translation>Esta configuración se aplica a todas las personas que usan esta bóveda. Se almacena dentro de la bóveda, cifrada, y cada cambio queda registrado en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="71" />
      <source>Vault settings</source>
      <translation>Configuración de la bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/settings.py" line="87" />
      <source>Where new backups are written and looked for. Leave it empty to use the vault's own backups folder; an encrypted external drive is a good choice.</source>
      <translation>Dónde se escriben y se buscan las nuevas copias de seguridad. Déjelo vacío para usar la carpeta de copias de seguridad propia de la bóveda; una unidad externa cifrada es una buena opción.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="296" />
      <source>CaseDesk — first-run setup</source>
      <translation>CaseDesk — configuración inicial</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="313" />
      <source>Creating the vault…</source>
      <translation>Creando la bóveda…</translation>
    </message>
  </context>
  <context>
    <name>StatisticsLabels</name>
    <message>
      <source>Acquittals</source>
      <translation type="vanished">Absoluciones</translation>
    </message>
    <message>
      <source>Assisted victims by means of assistance</source>
      <translation type="vanished">Víctimas asistidas por tipo de asistencia</translation>
    </message>
    <message>
      <source>Assisted victims by year of identification and sex</source>
      <translation type="vanished">Víctimas asistidas por año de identificación y sexo</translation>
    </message>
    <message>
      <source>Awareness campaigns by channel, with estimated reach</source>
      <translation type="vanished">Campañas de sensibilización por canal, con alcance estimado</translation>
    </message>
    <message>
      <source>Billboards</source>
      <translation type="vanished">Vallas publicitarias</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation type="vanished">Campañas</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation type="vanished">Eventos comunitarios</translation>
    </message>
    <message>
      <source>Convictions</source>
      <translation type="vanished">Condenas</translation>
    </message>
    <message>
      <source>Customs</source>
      <translation type="vanished">Aduanas</translation>
    </message>
    <message>
      <source>Dismissed/withdrawn</source>
      <translation type="vanished">Desestimados/retirados</translation>
    </message>
    <message>
      <source>Estimated reach</source>
      <translation type="vanished">Alcance estimado</translation>
    </message>
    <message>
      <source>Health workers</source>
      <translation type="vanished">Personal de salud</translation>
    </message>
    <message>
      <source>Identified (government)</source>
      <translation type="vanished">Identificadas (gobierno)</translation>
    </message>
    <message>
      <source>Identified by an NGO only</source>
      <translation type="vanished">Identificadas solo por una ONG</translation>
    </message>
    <message>
      <source>Identified earlier</source>
      <translation type="vanished">Identificadas anteriormente</translation>
    </message>
    <message>
      <source>Identified this year</source>
      <translation type="vanished">Identificadas este año</translation>
    </message>
    <message>
      <source>Identified victims by age group at identification and sex</source>
      <translation type="vanished">Víctimas identificadas por grupo de edad al momento de la identificación y sexo</translation>
    </message>
    <message>
      <source>Identified victims by citizenship and sex</source>
      <translation type="vanished">Víctimas identificadas por nacionalidad y sexo</translation>
    </message>
    <message>
      <source>Identified victims by form of exploitation and sex</source>
      <translation type="vanished">Víctimas identificadas por forma de explotación y sexo</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation type="vanished">Migración</translation>
    </message>
    <message>
      <source>Investigations</source>
      <translation type="vanished">Investigaciones</translation>
    </message>
    <message>
      <source>Judiciary</source>
      <translation type="vanished">Poder Judicial</translation>
    </message>
    <message>
      <source>Labour exploitation</source>
      <translation type="vanished">Explotación laboral</translation>
    </message>
    <message>
      <source>Legal proceedings by offence</source>
      <translation type="vanished">Procesos judiciales por delito</translation>
    </message>
    <message>
      <source>Liquor licensing board</source>
      <translation type="vanished">Junta de licencias de licores</translation>
    </message>
    <message>
      <source>Not confirmed by government</source>
      <translation type="vanished">No confirmadas por el gobierno</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation type="vanished">No registrado</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation type="vanished">Participantes</translation>
    </message>
    <message>
      <source>Potential victims</source>
      <translation type="vanished">Víctimas potenciales</translation>
    </message>
    <message>
      <source>Print</source>
      <translation type="vanished">Medios impresos</translation>
    </message>
    <message>
      <source>Private employers</source>
      <translation type="vanished">Empleadores privados</translation>
    </message>
    <message>
      <source>Prosecutions</source>
      <translation type="vanished">Acciones penales</translation>
    </message>
    <message>
      <source>Prosecutors</source>
      <translation type="vanished">Fiscales</translation>
    </message>
    <message>
      <source>Radio</source>
      <translation type="vanished">Radio</translation>
    </message>
    <message>
      <source>Repatriations by destination and by who carried them out</source>
      <translation type="vanished">Repatriaciones por destino y por quién las realizó</translation>
    </message>
    <message>
      <source>Schools</source>
      <translation type="vanished">Escuelas</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation type="vanished">Sesiones</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation type="vanished">Explotación sexual</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation type="vanished">Redes sociales</translation>
    </message>
    <message>
      <source>Social workers</source>
      <translation type="vanished">Trabajadores sociales</translation>
    </message>
    <message>
      <source>Teachers</source>
      <translation type="vanished">Docentes</translation>
    </message>
    <message>
      <source>Television</source>
      <translation type="vanished">Televisión</translation>
    </message>
    <message>
      <source>Total</source>
      <translation type="vanished">Total</translation>
    </message>
    <message>
      <source>Tourism personnel</source>
      <translation type="vanished">Personal de turismo</translation>
    </message>
    <message>
      <source>Training sessions by audience, with participants by sex</source>
      <translation type="vanished">Sesiones de capacitación por público destinatario, con participantes por sexo</translation>
    </message>
    <message>
      <source>Victims by identification status and sex</source>
      <translation type="vanished">Víctimas por situación de identificación y sexo</translation>
    </message>
    <message>
      <source>of whom sexual and labour</source>
      <translation type="vanished">de ellas, explotación sexual y laboral</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="169" />
      <source> Double-click a figure to list the cases behind it.</source>
      <translation> Haga doble clic en una cifra para ver la lista de los casos que la componen.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="258" />
      <source>&lt;{n}: fewer than {n}</source>
      <translation>&lt;{n}: menos de {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="262" />
      <source>A person can receive several kinds of assistance, so the rows are not added up; the table above counts each person once.</source>
      <translation>Una persona puede recibir varios tipos de asistencia, por lo que las filas no se suman; el cuadro anterior cuenta a cada persona una vez.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="102" />
      <source>All districts</source>
      <translation>Todos los distritos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="106" />
      <source>All organisations</source>
      <translation>Todas las organizaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="332" />
      <source>Annual report</source>
      <translation>Informe anual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="343" />
      <source>CTDC export</source>
      <translation>Exportación CTDC</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="128" />
      <source>CTDC export…</source>
      <translation>Exportación CTDC…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="295" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="288" />
      <location filename="../../desktop/views/statistics/page.py" line="301" />
      <source>Cases behind this figure</source>
      <translation>Casos que componen esta cifra</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="222" />
      <source>Convictions</source>
      <translation>Condenas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="153" />
      <source>Counting the statistics</source>
      <translation>Calculando las estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="145" />
      <source>Counting…</source>
      <translation>Calculando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="110" />
      <source>Counts below 5 are shown as “&lt;5”, and counts hidden to protect them as “—”, in every table, chart and file. Untick only for internal use.</source>
      <translation>Las cifras menores que 5 se muestran como «&lt;5», y las que se ocultan para protegerlas, como «—», en todos los cuadros, gráficos y archivos. Desmarque solo para uso interno.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="275" />
      <source>Dashed bars are hidden counts, not drawn to scale: “&lt;{n}” fewer than {n}; “—” hidden to protect a small figure.</source>
      <translation>Las barras punteadas son cifras ocultas, no dibujadas a escala: «&lt;{n}» menos de {n}; «—» oculto para proteger una cifra pequeña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="114" />
      <source>District</source>
      <translation>Distrito</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="250" />
      <source>Fewer than {n} (from 1 to {m}).</source>
      <translation>Menos de {n} (de 1 a {m}).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="223" />
      <source>Figure</source>
      <translation>Cifra</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="296" />
      <source>Finding the cases</source>
      <translation>Buscando los casos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="252" />
      <source>Hidden to protect a small figure.</source>
      <translation>Oculto para proteger una cifra pequeña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="220" />
      <source>Identified by NGOs only</source>
      <translation>Identificadas solo por ONG</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="82" />
      <source>Internal use only: small counts are shown. Do not publish or share these figures; tick “Suppress small counts” for figures that can be published.</source>
      <translation>Solo para uso interno: se muestran las cifras pequeñas. No publique ni comparta estas cifras; marque «Ocultar cifras pequeñas» para obtener cifras publicables.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="159" />
      <source>Key figures</source>
      <translation>Cifras clave</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="115" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="221" />
      <source>Potential victims</source>
      <translation>Víctimas potenciales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="221" />
      <source>Prosecutions</source>
      <translation>Acciones penales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="222" />
      <source>Repatriations</source>
      <translation>Repatriaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="126" />
      <source>Report PDF…</source>
      <translation>Informe en PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="318" />
      <source>Save the CTDC export</source>
      <translation>Guardar la exportación CTDC</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="310" />
      <source>Save the annual report</source>
      <translation>Guardar el informe anual</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="314" />
      <source>Save the tables</source>
      <translation>Guardar las tablas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="324" />
      <source>Saved {name}.</source>
      <translation>Se guardó {name}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="71" />
      <location filename="../../desktop/views/statistics/page.py" line="152" />
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="109" />
      <source>Suppress small counts</source>
      <translation>Ocultar cifras pequeñas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="338" />
      <source>Tables</source>
      <translation>Tablas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="127" />
      <source>Tables XLSX…</source>
      <translation>Tablas en XLSX…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="71" />
      <source>The annual report's figures. Identified victims are those confirmed by a government institution in the year; potential and NGO-identified victims are shown apart.</source>
      <translation>Las cifras del informe anual. Las víctimas identificadas son las confirmadas por una institución del gobierno en el año; las víctimas potenciales y las identificadas por ONG se muestran por separado.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="265" />
      <source>The columns count different steps of the proceedings, so a row has no total.</source>
      <translation>Las columnas cuentan distintas etapas de los procesos, por lo que las filas no tienen total.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="288" />
      <source>This figure is hidden to protect a small figure. Untick “Suppress small counts” (internal use) to list the cases behind it.</source>
      <translation>Esta cifra se oculta para proteger una cifra pequeña. Desmarque «Ocultar cifras pequeñas» (uso interno) para ver los casos que la componen.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="222" />
      <source>Training participants</source>
      <translation>Participantes en capacitaciones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="221" />
      <source>Victims assisted</source>
      <translation>Víctimas asistidas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="220" />
      <source>Victims identified</source>
      <translation>Víctimas identificadas</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="114" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="300" />
      <source>{n} more are outside your access.</source>
      <translation>Otros {n} quedan fuera de su acceso.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="171" />
      <source>{year}, compared with {previous}.</source>
      <translation>{year}, en comparación con {previous}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/statistics/page.py" line="260" />
      <source>—: hidden to protect a small figure</source>
      <translation>—: oculto para proteger una cifra pequeña</translation>
    </message>
    <message>
      <source>Hide counts below 5</source>
      <translation type="vanished">Ocultar cifras menores que 5</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="45" />
      <source>DEMO vault</source>
      <translation>Bóveda de DEMOSTRACIÓN</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="49" />
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="37" />
      <source>Restricted</source>
      <translation>Restringido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="37" />
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="37" />
      <source>Standard</source>
      <translation>Estándar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="50" />
      <source>Vault locked</source>
      <translation>Bóveda bloqueada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="42" />
      <source>Vault unlocked</source>
      <translation>Bóveda desbloqueada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="43" />
      <source>bound to this workstation</source>
      <translation>vinculada a esta estación de trabajo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="43" />
      <source>not device-bound</source>
      <translation>sin vinculación al equipo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window/statusbar.py" line="38" />
      <source>{name} ({username}) · {agency} · {role} · level {n} ({level})</source>
      <translation>{name} ({username}) · {agency} · {role} · nivel {n} ({level})</translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="110" />
      <source>CaseDesk bundles (*.cdbundle)</source>
      <translation>Paquetes de CaseDesk (*.cdbundle)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="139" />
      <source>Cases will be imported into this vault and cases will leave it for the peer.</source>
      <translation>Se importarán casos a esta bóveda y saldrán casos de ella hacia la otra bóveda.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="109" />
      <source>Choose a bundle</source>
      <translation>Elegir un paquete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="63" />
      <source>Choose the USB stick or a folder.</source>
      <translation>Elija la memoria USB o una carpeta.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="105" />
      <source>Choose the USB stick or folder</source>
      <translation>Elegir la memoria USB o la carpeta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="131" />
      <source>Continue</source>
      <translation>Continuar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="72" />
      <source>Exchange through</source>
      <translation>Intercambiar mediante</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="61" />
      <source>Field tablet</source>
      <translation>Tableta de campo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="65" />
      <source>Folder…</source>
      <translation>Carpeta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="170" />
      <source>Imported bundle number {n}: {new} new case(s), {updated} updated.</source>
      <translation>Se importó el paquete número {n}: {new} caso(s) nuevo(s), {updated} actualizado(s).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="49" />
      <source>Imports what a field tablet left on its stick, then leaves it the cases assigned to its user that changed.</source>
      <translation>Importa lo que una tableta de campo dejó en su memoria USB y luego le deja los casos asignados a su usuario que cambiaron.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="46" />
      <source>Imports what {office} left for this tablet, then leaves this tablet's new and changed cases, interviews and attachments for it.</source>
      <translation>Importa lo que {office} dejó para esta tableta y luego le deja los casos, entrevistas y archivos adjuntos nuevos o modificados de esta tableta.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="176" />
      <source>Left {cases} changed case(s) for {peer} in {file}.</source>
      <translation>Se dejaron {cases} caso(s) modificado(s) para {peer} en {file}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="179" />
      <source>Nothing changed here since the last exchange.</source>
      <translation>Nada cambió aquí desde el último intercambio.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="172" />
      <source>Nothing new arrived from {peer}.</source>
      <translation>No llegó nada nuevo de {peer}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="67" />
      <source>One file…</source>
      <translation>Un archivo…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="180" />
      <source>Skipped {file}: {why}</source>
      <translation>Se omitió {file}: {why}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="41" />
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="91" />
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="132" />
      <source>Synchronise</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="146" />
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="149" />
      <source>Synchronising…</source>
      <translation>Sincronizando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="95" />
      <source>This vault is not set up for field work and trusts no field tablet. An administrator sets this up under Administration → Exchange.</source>
      <translation>Esta bóveda no está configurada para el trabajo de campo y no confía en ninguna tableta de campo. Un administrador lo configura en Administración → Intercambio.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/sync_dialog.py" line="162" />
      <source>{file} from {peer} changes parts this vault changed too. Choose for each, then Continue.</source>
      <translation>{file} de {peer} cambia partes que esta bóveda también cambió. Elija para cada una y luego pulse Continuar.</translation>
    </message>
  </context>
  <context>
    <name>TemporaryPasswordDialog</name>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="215" />
      <source>Copied. The clipboard is cleared after 30 seconds.</source>
      <translation>Copiado. El portapapeles se borra después de 30 segundos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="200" />
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="186" />
      <source>Temporary password</source>
      <translation>Contraseña temporal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="202" />
      <source>The clipboard is cleared again after 30 seconds.</source>
      <translation>El portapapeles se vuelve a borrar después de 30 segundos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="206" />
      <source>The person must choose their own password at the first login; that also binds the account to their workstation.</source>
      <translation>La persona debe elegir su propia contraseña en el primer inicio de sesión; eso también vincula la cuenta a su estación de trabajo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="190" />
      <source>The temporary password for &lt;b&gt;{user}&lt;/b&gt;. It is shown only this once: give it to the person directly, never by e-mail or chat.</source>
      <translation>La contraseña temporal de &lt;b&gt;{user}&lt;/b&gt;. Se muestra solo esta vez: entréguela directamente a la persona, nunca por correo electrónico ni por chat.</translation>
    </message>
  </context>
  <context>
    <name>TrustPeerDialog</name>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="76" />
      <source>Highest level ever sent</source>
      <translation>Nivel máximo que se le envía</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="55" />
      <source>I compared every group: they are the same</source>
      <translation>Comparé cada grupo: son iguales</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="77" />
      <source>Its user here</source>
      <translation>Su usuario aquí</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="75" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="74" />
      <source>This vault is</source>
      <translation>Esta bóveda es</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="44" />
      <source>Trust another vault</source>
      <translation>Confiar en otra bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="82" />
      <source>Trust this vault</source>
      <translation>Confiar en esta bóveda</translation>
    </message>
    <message>
      <location filename="../../desktop/views/bundles/peer_dialog.py" line="47" />
      <source>“{name}” of {organisation} ({code}). Compare this fingerprint, group by group, with the one on its printed sheet or read out by its administrator on a call you placed:</source>
      <translation>«{name}» de {organisation} ({code}). Compare esta huella digital, grupo por grupo, con la de su hoja impresa o la que lea su administrador en una llamada que usted hizo:</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="96" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="64" />
      <source>Change what this person may do. The username cannot change.</source>
      <translation>Cambie lo que esta persona puede hacer. El nombre de usuario no puede cambiarse.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="146" />
      <source>Changing user accounts needs your password.</source>
      <translation>Modificar cuentas de usuario requiere su contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="71" />
      <source>Create account</source>
      <translation>Crear cuenta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="60" />
      <source>Edit user</source>
      <translation>Editar usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="94" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="98" />
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="97" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="60" />
      <source>New user</source>
      <translation>Nuevo usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="95" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="71" />
      <source>Save changes</source>
      <translation>Guardar cambios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="161" />
      <source>Saving the account…</source>
      <translation>Guardando la cuenta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="160" />
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="65" />
      <source>The account starts with a temporary password, shown once after saving.</source>
      <translation>La cuenta comienza con una contraseña temporal, que se muestra una sola vez después de guardar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="93" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="128" />
      <source>You cannot change your own role.</source>
      <translation>No puede cambiar su propio rol.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="77" />
      <source>e.g. maria.garcia</source>
      <translation>p. ej., maria.garcia</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="48" />
      <source>1 · Standard</source>
      <translation>1 · Estándar</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="48" />
      <source>2 · Sensitive</source>
      <translation>2 · Sensible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/user_dialogs.py" line="48" />
      <source>3 · Restricted</source>
      <translation>3 · Restringido</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="45" />
      <source>Active</source>
      <translation>Activa</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="61" />
      <source>Agency</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="193" />
      <source>Changing user accounts needs your password.</source>
      <translation>Modificar cuentas de usuario requiere su contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="243" />
      <location filename="../../desktop/views/admin/users.py" line="247" />
      <source>Disable account</source>
      <translation>Desactivar cuenta</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="243" />
      <source>Disable {name} ({user})? They can no longer log in and their key slot is removed.

They knew a password that opened the database key. If they have left or their password may be known to others, rotate the database key afterwards (Security tab).</source>
      <translation>¿Desactivar a {name} ({user})? Ya no podrá iniciar sesión y se eliminará su ranura de clave.

Esta persona conocía una contraseña que abría la clave de la base de datos. Si se ha ido o su contraseña puede ser conocida por otras personas, rote después la clave de la base de datos (pestaña Seguridad).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="44" />
      <source>Disabled</source>
      <translation>Desactivada</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="119" />
      <source>Disable…</source>
      <translation>Desactivar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="111" />
      <source>Each person has their own account. New accounts start with a temporary password that must be changed at the first login.</source>
      <translation>Cada persona tiene su propia cuenta. Las cuentas nuevas comienzan con una contraseña temporal que debe cambiarse en el primer inicio de sesión.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="117" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="62" />
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="237" />
      <source>Issue a new temporary password for {name} ({user})? Their current password stops working now, and a disabled account is enabled again.</source>
      <translation>¿Emitir una nueva contraseña temporal para {name} ({user})? Su contraseña actual deja de funcionar ahora, y una cuenta desactivada se vuelve a activar.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="240" />
      <source>Issue new password</source>
      <translation>Emitir nueva contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="62" />
      <source>Last login</source>
      <translation>Último acceso</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="61" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="45" />
      <source>Must change password</source>
      <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="61" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="50" />
      <source>Never</source>
      <translation>Nunca</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="115" />
      <source>New user…</source>
      <translation>Nuevo usuario…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="162" />
      <source>Re-enable with new password…</source>
      <translation>Reactivar con nueva contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="237" />
      <source>Reset password</source>
      <translation>Restablecer contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="118" />
      <location filename="../../desktop/views/admin/users.py" line="163" />
      <source>Reset password…</source>
      <translation>Restablecer contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="61" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="62" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="270" />
      <source>Updating the account…</source>
      <translation>Actualizando la cuenta…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="111" />
      <location filename="../../desktop/views/admin/users.py" line="266" />
      <source>User accounts</source>
      <translation>Cuentas de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="61" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="106" />
      <source>Users</source>
      <translation>Usuarios</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="165" />
      <source>You cannot disable your own account.</source>
      <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/admin/users.py" line="180" />
      <source>{n} accounts, {d} disabled. Double-click a row to edit it.</source>
      <translation>{n} cuentas, {d} desactivadas. Haga doble clic en una fila para editarla.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="60" />
      <source>&lt;b&gt;Binding to this workstation.&lt;/b&gt; CaseDesk also keeps a secret in this computer's own secure store (Windows Credential Manager, the macOS Keychain or the Linux keyring). Then a password alone does not open the vault: a copied vault file is useless on another computer. If this computer is lost or broken, the recovery key you create in step 3 brings the data back.</source>
      <translation>&lt;b&gt;Vinculación a esta estación de trabajo.&lt;/b&gt; CaseDesk también guarda un secreto en el almacén seguro propio de esta computadora (Administrador de credenciales de Windows, el Llavero de macOS o el keyring de Linux). Así, una contraseña por sí sola no abre la bóveda: un archivo de bóveda copiado no sirve en otra computadora. Si esta computadora se pierde o se daña, la clave de recuperación que usted crea en el paso 3 permite recuperar los datos.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="66" />
      <source>Bind the vault to this workstation (recommended)</source>
      <translation>Vincular la bóveda a esta estación de trabajo (recomendado)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="57" />
      <source>Every case is kept in an encrypted vault on this computer, in {path}. Nobody can read it without the password of a CaseDesk account.</source>
      <translation>Cada caso se guarda en una bóveda cifrada en esta computadora, en {path}. Nadie puede leerla sin la contraseña de una cuenta de CaseDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="55" />
      <source>Three short steps create this workstation's encrypted vault.</source>
      <translation>Tres pasos breves crean la bóveda cifrada de esta estación de trabajo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="54" />
      <source>Welcome to CaseDesk</source>
      <translation>Bienvenido(a) a CaseDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/views/setup_wizard.py" line="72" />
      <source>Without binding, anyone who copies the vault folder can try to guess passwords on another computer. Choose this only where this computer has no secure store; the choice is recorded in the audit trail.</source>
      <translation>Sin vinculación, cualquier persona que copie la carpeta de la bóveda puede intentar adivinar contraseñas en otra computadora. Elija esta opción solo si esta computadora no tiene un almacén seguro; la elección queda registrada en el registro de auditoría.</translation>
    </message>
  </context>
</TS>
