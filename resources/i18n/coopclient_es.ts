<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../coopclient/storage/credentials.py" line="23"/>
        <source>No usable keyring: the token is kept for this session only and never written to disk</source>
        <translation>No hay un llavero utilizable: el token se guarda solo durante esta sesión y nunca se escribe en el disco</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="44"/>
        <source>Add a platform account</source>
        <translation>Añadir una cuenta de plataforma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="47"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="48"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="48"/>
        <source>user name or e-mail</source>
        <translation>nombre de usuario o correo electrónico</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="49"/>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="62"/>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="92"/>
        <source>Enter the account name.</source>
        <translation>Escriba el nombre de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="93"/>
        <source>Paste the API token from the platform&apos;s account page.</source>
        <translation>Pegue el token de la API desde la página de su cuenta en la plataforma.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="110"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="112"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="125"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="126"/>
        <source>&amp;Server URL</source>
        <translation>URL del &amp;servidor</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="127"/>
        <source>Account &amp;name</source>
        <translation>&amp;Nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="133"/>
        <source>API &amp;token</source>
        <translation>&amp;Token de la API</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="149"/>
        <source>Enter the server&apos;s address, such as https://label.example.org.</source>
        <translation>Escriba la dirección del servidor, por ejemplo https://label.example.org.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="151"/>
        <source>“{url}” is not a web address starting with http:// or https://.</source>
        <translation>«{url}» no es una dirección web que empiece por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="128"/>
        <source>Annotation</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="134"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="141"/>
        <source>The task and your answer</source>
        <translation>La tarea y su respuesta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="189"/>
        <source>Image tasks are not supported in the desktop app yet</source>
        <translation>La aplicación de escritorio todavía no admite tareas de imagen</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="209"/>
        <source>This task can&apos;t be shown in the desktop app</source>
        <translation>Esta tarea no se puede mostrar en la aplicación de escritorio</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="334"/>
        <source>This task</source>
        <translation>Esta tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="340"/>
        <source>Annotating</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="343"/>
        <source>Choose an option, a rating or a label</source>
        <translation>Elegir una opción, una puntuación o una etiqueta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="343"/>
        <source>its key, or 1–9</source>
        <translation>su tecla, o 1–9</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="344"/>
        <source>Select text for an entity</source>
        <translation>Seleccionar texto para una entidad</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="344"/>
        <source>Shift+arrows; Ctrl+Shift+arrows by word</source>
        <translation>Mayús+flechas; Ctrl+Mayús+flechas por palabra</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="345"/>
        <source>Remove the entity at the cursor</source>
        <translation>Quitar la entidad bajo el cursor</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="345"/>
        <source>Delete, Backspace</source>
        <translation>Supr, Retroceso</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="346"/>
        <source>Go to the next or the previous field</source>
        <translation>Ir al campo siguiente o al anterior</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="346"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="347"/>
        <source>Save this task and go to the next</source>
        <translation>Guardar esta tarea y pasar a la siguiente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="347"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="348"/>
        <source>Choose a box to change</source>
        <translation>Elegir un recuadro para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="348"/>
        <source>Tab to the list of boxes, then arrows</source>
        <translation>Tab hasta la lista de recuadros, luego las flechas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="349"/>
        <source>Move the selected box</source>
        <translation>Mover el recuadro seleccionado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="349"/>
        <source>Arrows (with Shift: finer)</source>
        <translation>Flechas (con Mayús: más fino)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="350"/>
        <source>Resize the selected box</source>
        <translation>Cambiar el tamaño del recuadro seleccionado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="350"/>
        <source>Alt+arrows</source>
        <translation>Alt+flechas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="351"/>
        <source>Remove the selected box</source>
        <translation>Quitar el recuadro seleccionado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="351"/>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="352"/>
        <source>Unselect the box</source>
        <translation>Deseleccionar el recuadro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="352"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="353"/>
        <source>See a blurred image (distressing work) clearly</source>
        <translation>Ver con nitidez una imagen difuminada (trabajo perturbador)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="353"/>
        <source>hold F2, or the mouse</source>
        <translation>mantener F2, o el ratón</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="354"/>
        <source>Show a text hidden behind its warning</source>
        <translation>Mostrar un texto oculto tras su aviso</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="354"/>
        <source>Tab to Show, then Space</source>
        <translation>Tab hasta Mostrar, luego Espacio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/pane.py" line="359"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="405"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/problems.py" line="16"/>
        <source>This needs an answer before you submit.</source>
        <translation>Esto necesita una respuesta antes de enviar.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="57"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="61"/>
        <source>Backup written to {path} ({size} MB)</source>
        <translation>Copia de seguridad escrita en {path} ({size} MB)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="73"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="77"/>
        <source>Backup restored: quit and start coopclient again to work on it</source>
        <translation>Copia restaurada: cierre coopclient y vuelva a abrirlo para trabajar con ella</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="41"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="41"/>
        <source>Back up your work</source>
        <translation>Hacer una copia de seguridad de su trabajo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="43"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="109"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="111"/>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="44"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="45"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="48"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="48"/>
        <source>&amp;Back up</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="65"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="66"/>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="73"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="75"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="77"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="78"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="90"/>
        <source>Your results, time, earnings, settings, media, platform tokens and ledger key come back when coopclient next starts; the work here now is kept aside in a folder beside it, not deleted. A wrong passphrase or a damaged file changes nothing.</source>
        <translation>Sus resultados, tiempo, ingresos, ajustes, medios, tokens de plataformas y clave del registro vuelven la próxima vez que se abra coopclient; el trabajo que hay aquí ahora se guarda aparte en una carpeta al lado, no se borra. Una frase de contraseña equivocada o un archivo dañado no cambian nada.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="95"/>
        <source>The backup holds your results, time, earnings, settings, media, platform tokens and ledger key, encrypted with this passphrase. Keep it safe: without it the backup cannot be opened.</source>
        <translation>La copia contiene sus resultados, tiempo, ingresos, ajustes, medios, tokens de plataformas y clave del registro, cifrados con esta frase de contraseña. Guárdela bien: sin ella la copia no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="118"/>
        <source>Choose the backup file.</source>
        <translation>Elija el archivo de copia.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="120"/>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>CarePrompt</name>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="48"/>
        <source>Today&apos;s limit on distressing work</source>
        <translation>Límite de hoy para el trabajo perturbador</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="50"/>
        <source>You have spent {time} today on work marked as possibly distressing, the limit you set. Consider other work for the rest of the day: a batch that is not marked.</source>
        <translation>Hoy ha dedicado {time} a trabajo marcado como posiblemente perturbador, el límite que fijó. Piense en otro trabajo para el resto del día: un lote sin marcar.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="53"/>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="64"/>
        <source>You have worked {time} on possibly distressing content without a rest. Take a {minutes}-minute break: step away from the screen.</source>
        <translation>Ha trabajado {time} con contenido posiblemente perturbador sin descanso. Tómese un descanso de {minutes} minutos: aléjese de la pantalla.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="69"/>
        <source>Take the break now times it as a break, unpaid (Ctrl+Shift+T stops it).</source>
        <translation>«Tomar el descanso ahora» lo cronometra como descanso, no pagado (Ctrl+Mayús+T lo detiene).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="70"/>
        <source>&amp;Take the break now</source>
        <translation>&amp;Tomar el descanso ahora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="71"/>
        <source>Time for a break</source>
        <translation>Hora de un descanso</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="71"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../coopclient/core/categories.py" line="51"/>
        <source>Annotating</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="52"/>
        <source>Searching for work</source>
        <translation>Búsqueda de trabajo</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="53"/>
        <source>Qualification and training</source>
        <translation>Cualificación y formación</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="54"/>
        <source>Returned or abandoned tasks</source>
        <translation>Tareas devueltas o abandonadas</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="55"/>
        <source>Rejected work</source>
        <translation>Trabajo rechazado</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="56"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="57"/>
        <source>Payment admin</source>
        <translation>Gestión de pagos</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="58"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/choices.py" line="36"/>
        <source>Choice {value}</source>
        <translation>Opción {value}</translation>
    </message>
</context>
<context>
    <name>CollapsedText</name>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="68"/>
        <source>Hidden text</source>
        <translation>Texto oculto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="72"/>
        <source>Hidden: this batch may be distressing ({warning})</source>
        <translation>Oculto: este lote puede ser perturbador ({warning})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="76"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="77"/>
        <source>Show the text</source>
        <translation>Mostrar el texto</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="96"/>
        <source>Settings saved</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="124"/>
        <source>Checking the token with {url}…</source>
        <translation>Comprobando el token con {url}…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="140"/>
        <source>Account {name} added</source>
        <translation>Cuenta {name} añadida</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="152"/>
        <source>the server could not be reached ({why}); check the address and your connection</source>
        <translation>no se pudo contactar con el servidor ({why}); compruebe la dirección y su conexión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="157"/>
        <source>The account was not added: {why}</source>
        <translation>No se añadió la cuenta: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="196"/>
        <source>Manual timer started: {what}</source>
        <translation>Cronómetro manual iniciado: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="209"/>
        <source>Manual timer stopped: {time} recorded</source>
        <translation>Cronómetro manual detenido: {time} registrado</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="128"/>
        <source>Compare platforms</source>
        <translation>Comparar plataformas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="138"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="140"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="378"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="144"/>
        <source>Not published, and why</source>
        <translation>No publicado, y por qué</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="152"/>
        <source>&amp;Join the co-op ledger…</source>
        <translation>&amp;Unirse al registro de la cooperativa…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="196"/>
        <source>{rate} {currency} per {unit}</source>
        <translation>{rate} {currency} por {unit}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="210"/>
        <source>No rate cards published yet</source>
        <translation>Todavía no hay tarifas publicadas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="215"/>
        <source>The rate cards could not be loaded: {why}</source>
        <translation>No se pudieron cargar las tarifas: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="227"/>
        <source>The published figures could not be loaded: {why}</source>
        <translation>No se pudieron cargar las cifras publicadas: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="311"/>
        <source>Middle half of members (median across)</source>
        <translation>Mitad central de los miembros (mediana en medio)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="314"/>
        <source>Co-op wage floor</source>
        <translation>Salario mínimo de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="319"/>
        <source>All-in hourly wage</source>
        <translation>Salario por hora con todo incluido</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="331"/>
        <source>All-in hourly wage by platform and kind of task, chart</source>
        <translation>Salario por hora con todo incluido por plataforma y tipo de tarea, gráfico</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Unpaid time</source>
        <translation>Tiempo no pagado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Rejected tasks</source>
        <translation>Tareas rechazadas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Hours below the floor</source>
        <translation>Horas por debajo del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="343"/>
        <source>share, %</source>
        <translation>proporción, %</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="345"/>
        <source>Unpaid time, rejections and hours below the floor</source>
        <translation>Tiempo no pagado, rechazos y horas por debajo del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="353"/>
        <source>Shares by platform and kind of task, chart</source>
        <translation>Proporciones por plataforma y tipo de tarea, gráfico</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="358"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="359"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="360"/>
        <source>Kind of task</source>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="361"/>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="362"/>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="367"/>
        <source>Co-op rate cards</source>
        <translation>Tarifas de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="406"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="418"/>
        <source>Co-op &amp;rate cards</source>
        <translation>&amp;Tarifas de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="434"/>
        <source>&amp;Not published, and why</source>
        <translation>&amp;No publicado, y por qué</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="439"/>
        <source>&lt;b&gt;How these figures were made&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cómo se obtuvieron estas cifras&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="447"/>
        <source>How these figures were made</source>
        <translation>Cómo se obtuvieron estas cifras</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="478"/>
        <source>Compare platforms with the co-op&apos;s figures</source>
        <translation>Compare las plataformas con las cifras de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="485"/>
        <source>Once you have joined the co-op ledger, this window shows, month by month, what members earn per hour on each platform and kind of task, against the co-op&apos;s wage floor, with the share of unpaid time, rejections and hours below the floor, and the co-op&apos;s rate cards.

Joining shares, for each finished day: its date, the type of platform, the kind of task, the seconds of active and of unpaid work, counts of tasks done and rejected, and what you earned, signed under a pseudonym. You see each payload before it is sent, and can pause at any time.

Never shared: your name, e-mail, accounts, tokens or worker ids; task texts, your answers or addresses; times of day; fees and payouts. Figures are published only for groups large enough, with noise added, so no one member&apos;s days can be read from them.</source>
        <translation>Cuando se haya unido al registro de la cooperativa, esta ventana muestra, mes a mes, lo que ganan los miembros por hora en cada plataforma y tipo de tarea, frente al salario mínimo de la cooperativa, con la proporción de tiempo no pagado, de rechazos y de horas por debajo del mínimo, y las tarifas de la cooperativa.

Al unirse se comparte, por cada día terminado: su fecha, el tipo de plataforma, el tipo de tarea, los segundos de trabajo activo y no pagado, el número de tareas hechas y rechazadas y lo que ganó, firmado con un seudónimo. Verá cada envío antes de que salga y puede pausarlo en cualquier momento.

Nunca se comparte: su nombre, correo electrónico, cuentas, tokens o identificadores de trabajador; textos de las tareas, sus respuestas o direcciones; horas del día; comisiones y pagos recibidos. Las cifras solo se publican para grupos suficientemente grandes, con ruido añadido, de modo que no se puedan leer en ellas los días de ningún miembro.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="579"/>
        <source>{cell}: median {median} {currency}/h; middle half of members {q1}–{q3} {currency}/h{members}</source>
        <translation>{cell}: mediana {median} {currency}/h; mitad central de los miembros {q1}–{q3} {currency}/h{members}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="592"/>
        <source>{currency} per hour, all-in</source>
        <translation>{currency} por hora, con todo incluido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="629"/>
        <source>; about %n member(s)</source>
        <translation>
            <numerusform>; unos %n miembro</numerusform>
            <numerusform>; unos %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="634"/>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="636"/>
        <source>{cell}: unpaid time {u}, rejected tasks {r}, hours below the floor {b}{members}</source>
        <translation>{cell}: tiempo no pagado {u}, tareas rechazadas {r}, horas por debajo del mínimo {b}{members}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="655"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="664"/>
        <source>{cell}: wage not published — {why}</source>
        <translation>{cell}: salario no publicado — {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="657"/>
        <source>{cell}: not published — {why}</source>
        <translation>{cell}: no publicado — {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="663"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="672"/>
        <source>too few members</source>
        <translation>muy pocos miembros</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="666"/>
        <source>Every cell with members this month was published.</source>
        <translation>Se publicaron todas las celdas con miembros este mes.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="671"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="675"/>
        <source>fewer than %n member(s) (counted with noise)</source>
        <translation>
            <numerusform>menos de %n miembro (recuento con ruido)</numerusform>
            <numerusform>menos de %n miembros (recuento con ruido)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="682"/>
        <source>No month has been published yet, or none was fetched: each sync with the co-op ledger fetches the months published since. The co-op publishes each month&apos;s figures once, after the month is over.</source>
        <translation>Todavía no se ha publicado ningún mes, o no se ha descargado ninguno: cada sincronización con el registro de la cooperativa descarga los meses publicados desde entonces. La cooperativa publica las cifras de cada mes una sola vez, cuando el mes ha terminado.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="688"/>
        <source>Could not read: {what}</source>
        <translation>No se pudo leer: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="692"/>
        <source>{month}: %n platform and kind-of-task pair(s) published. Figures are estimates with random noise added, so that no member&apos;s own figures can be worked out from them.</source>
        <translation>
            <numerusform>{month}: %n par de plataforma y tipo de tarea publicado. Las cifras son estimaciones con ruido aleatorio añadido, para que no se puedan deducir de ellas las cifras de ningún miembro.</numerusform>
            <numerusform>{month}: %n pares de plataforma y tipo de tarea publicados. Las cifras son estimaciones con ruido aleatorio añadido, para que no se puedan deducir de ellas las cifras de ningún miembro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="701"/>
        <source>Some months could not be read: {what}</source>
        <translation>No se pudieron leer algunos meses: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="706"/>
        <source>no wage published</source>
        <translation>ningún salario publicado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="707"/>
        <source>no cell published</source>
        <translation>ninguna celda publicada</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="33"/>
        <source>From there, each quartile is within {tolerance} % of the members of where it belongs, except in {miss} % of releases; below it, the noise would outweigh the wages.</source>
        <translation>A partir de ahí, cada cuartil queda a menos del {tolerance} % de los miembros de su lugar, salvo en el {miss} % de las publicaciones; por debajo, el ruido pesaría más que los salarios.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="82"/>
        <source>Privacy budget: ε = {total} per {unit} ({parts}); the smaller ε, the more noise.</source>
        <translation>Presupuesto de privacidad: ε = {total} por {unit} ({parts}); cuanto menor es ε, más ruido.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="89"/>
        <source>Platform and kind-of-task pairs a member&apos;s month counts in: at most {n}, so each pair gets a share of the budget: {parts}.</source>
        <translation>Pares de plataforma y tipo de tarea en los que cuenta el mes de un miembro: como máximo {n}, así que cada par recibe una parte del presupuesto: {parts}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="98"/>
        <source>Platform and kind-of-task pairs a member&apos;s month counts in: at most {n}.</source>
        <translation>Pares de plataforma y tipo de tarea en los que cuenta el mes de un miembro: como máximo {n}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="104"/>
        <source>A pair is published only when its member count, with noise, is {n} or more.</source>
        <translation>Un par solo se publica cuando su número de miembros, con ruido, es de {n} o más.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="110"/>
        <source>Members a pair needs before its wage is published: {n}.</source>
        <translation>Miembros que necesita un par para que se publique su salario: {n}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="124"/>
        <source>The co-op&apos;s wage floor: {floor} {currency} an hour.</source>
        <translation>Salario mínimo de la cooperativa: {floor} {currency} la hora.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="131"/>
        <source>Exchange rates used: {rates}.</source>
        <translation>Tipos de cambio usados: {rates}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="135"/>
        <source>Noise: {what}.</source>
        <translation>Ruido: {what}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="142"/>
        <source>Also: {settings}.</source>
        <translation>Además: {settings}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="153"/>
        <source>Wages count as they are from 0 up, so a platform paying under the floor shows under it; a wage above {high} {currency} an hour counts as {high}.</source>
        <translation>Los salarios cuentan tal cual desde 0, así que una plataforma que paga por debajo del mínimo aparece por debajo; un salario de más de {high} {currency} la hora cuenta como {high}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="159"/>
        <source>Wages count between {low} and {high} {currency} an hour; a wage outside counts as the nearer bound.</source>
        <translation>Los salarios cuentan entre {low} y {high} {currency} la hora; un salario fuera de ese intervalo cuenta como el límite más cercano.</translation>
    </message>
</context>
<context>
    <name>ControlEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/editor.py" line="60"/>
        <source>Problem with {name}</source>
        <translation>Problema con {name}</translation>
    </message>
</context>
<context>
    <name>CrashLogDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="28"/>
        <source>coopclient stopped unexpectedly last time</source>
        <translation>coopclient se cerró de forma inesperada la última vez</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="31"/>
        <source>A log of what went wrong was kept on this computer ({path}). It holds no task content and no token. Nothing is sent: copy it into a message to the co-op if you want help.</source>
        <translation>Se guardó en este ordenador un registro de lo que falló ({path}). No contiene el contenido de ninguna tarea ni ningún token. No se envía nada: cópielo en un mensaje a la cooperativa si quiere ayuda.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="39"/>
        <source>Crash log</source>
        <translation>Registro del fallo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="99"/>
        <source>under {amount}</source>
        <translation>menos de {amount}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="156"/>
        <source>Verdict against the floor</source>
        <translation>Veredicto frente al mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="163"/>
        <source>Exposure to distressing work today</source>
        <translation>Exposición a trabajo perturbador hoy</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="211"/>
        <source>Estimated at import: {wage} ({low} to {high}); paid so far: {paid} all-in.</source>
        <translation>Estimado al importar: {wage} (de {low} a {high}); pagado hasta ahora: {paid} con todo incluido.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="213"/>
        <source>Estimated at import: {wage} ({low} to {high}); nothing paid or timed yet.</source>
        <translation>Estimado al importar: {wage} (de {low} a {high}); aún nada pagado ni cronometrado.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="231"/>
        <source>exposure today {time}</source>
        <translation>exposición hoy {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="234"/>
        <source>{exposure} (limit {cap})</source>
        <translation>{exposure} (límite {cap})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="237"/>
        <source>Time spent today on batches marked as possibly distressing, counted as the clocks count it.</source>
        <translation>Tiempo dedicado hoy a lotes marcados como posiblemente perturbadores, contado como lo cuentan los relojes.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="262"/>
        <source>Timing today; the wage shows at the next save.</source>
        <translation>Cronometrando hoy; el salario aparece en el próximo guardado.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="271"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="297"/>
        <source>No work timed yet today or this week.</source>
        <translation>Todavía no hay trabajo cronometrado hoy ni esta semana.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="291"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="328"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="292"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="329"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="300"/>
        <source>{when} {wage} all-in — set the wage floor to see how it compares</source>
        <translation>{when} {wage} con todo incluido — fije el salario mínimo para ver cómo se compara</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="306"/>
        <source>{when} {wage} all-in — {diff} below the floor; {short} short</source>
        <translation>{when} {wage} con todo incluido — {diff} por debajo del mínimo; faltan {short}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="315"/>
        <source>{when} {wage} all-in — {diff} above the floor</source>
        <translation>{when} {wage} con todo incluido — {diff} por encima del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="327"/>
        <source>This batch</source>
        <translation>Este lote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="327"/>
        <source>this batch</source>
        <translation>este lote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="328"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="329"/>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="335"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="336"/>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="337"/>
        <source>Wage per hour</source>
        <translation>Salario por hora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="338"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="415"/>
        <source>Wage floor</source>
        <translation>Salario mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="345"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="383"/>
        <source>Task time</source>
        <translation>Tiempo en tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="346"/>
        <source>Hours on tasks</source>
        <translation>Horas en tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="347"/>
        <source>Active annotating time, plus idle time you kept.</source>
        <translation>Tiempo de anotación activa, más el tiempo inactivo que conservó.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="350"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="388"/>
        <source>Session time</source>
        <translation>Tiempo de sesión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="351"/>
        <source>Session hours</source>
        <translation>Horas de sesión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="353"/>
        <source>Task time + returned and rejected task time + the short gaps between spans that are bridged into one session.</source>
        <translation>Tiempo en tareas + tiempo de tareas devueltas y rechazadas + las pausas cortas entre tramos que se unen en una sola sesión.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="358"/>
        <source>All-in time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="359"/>
        <source>All-in hours</source>
        <translation>Horas totales</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="360"/>
        <source>Session time + logged unpaid work: searching, qualification, communication, payment admin.</source>
        <translation>Tiempo de sesión + trabajo no pagado registrado: búsqueda, cualificación, comunicación, gestión de pagos.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="363"/>
        <source>Idle awaiting your decision</source>
        <translation>Inactivo pendiente de su decisión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="364"/>
        <source>Idle time awaiting your decision</source>
        <translation>Tiempo inactivo pendiente de su decisión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="365"/>
        <source>Idle time you have not yet kept or discarded: not counted until you decide.</source>
        <translation>Tiempo inactivo que todavía no ha conservado ni descartado: no cuenta hasta que decida.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="368"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="369"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="370"/>
        <source>Piece rates + bonuses + adjustments − rejection reversals.</source>
        <translation>Pagos por tarea + primas + ajustes − anulaciones por rechazo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="373"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="374"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="375"/>
        <source>Worker-side fees (payment, transfer, exchange), as a negative amount.</source>
        <translation>Comisiones a cargo del trabajador (pago, transferencia, cambio), como importe negativo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="378"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="379"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="404"/>
        <source>Money received</source>
        <translation>Dinero recibido</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="380"/>
        <source>Payouts that reached you, in the report currency.</source>
        <translation>Pagos que le han llegado, en la moneda de los informes.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="384"/>
        <source>Task-time wage</source>
        <translation>Salario por tiempo en tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="385"/>
        <source>Task time wage = earned ÷ time on tasks (active annotating time, plus idle time you kept).</source>
        <translation>Salario por tiempo en tareas = ganado ÷ tiempo en tareas (tiempo de anotación activa, más el tiempo inactivo que conservó).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="389"/>
        <source>Session-time wage</source>
        <translation>Salario por tiempo de sesión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="391"/>
        <source>Session time wage = earned ÷ session time (task time + returned and rejected task time + the short gaps between spans, up to the session gap, that Hara et al.&apos;s cluster method bridges).</source>
        <translation>Salario por tiempo de sesión = ganado ÷ tiempo de sesión (tiempo en tareas + tiempo de tareas devueltas y rechazadas + las pausas cortas entre tramos, hasta el intervalo de sesión, que une el método de agrupación de Hara et al.).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="396"/>
        <source>All-in</source>
        <translation>Todo incluido</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="397"/>
        <source>All-in wage</source>
        <translation>Salario con todo incluido</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="399"/>
        <source>All-in wage = (earned − worker-side fees) ÷ (session time + unpaid work: searching, qualification, communication, payment admin). The wage floor is checked on this wage.</source>
        <translation>Salario con todo incluido = (ganado − comisiones a cargo del trabajador) ÷ (tiempo de sesión + trabajo no pagado: búsqueda, cualificación, comunicación, gestión de pagos). El salario mínimo se comprueba con este salario.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="405"/>
        <source>Money-received wage</source>
        <translation>Salario por dinero recibido</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="406"/>
        <source>Money received wage = payouts that reached you, in the report currency ÷ all-in time.</source>
        <translation>Salario por dinero recibido = pagos que le han llegado, en la moneda de los informes ÷ tiempo total.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="409"/>
        <source>All-in vs floor</source>
        <translation>Todo incluido frente al mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="410"/>
        <source>All-in wage against the floor</source>
        <translation>Salario con todo incluido frente al mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="411"/>
        <source>Below the floor, near it (at most 10 % above it) or above it.</source>
        <translation>Por debajo del mínimo, cerca (como mucho un 10 % por encima) o por encima.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="414"/>
        <source>Floor per hour</source>
        <translation>Mínimo por hora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="416"/>
        <source>The co-op&apos;s hourly wage floor in force.</source>
        <translation>El salario mínimo por hora vigente de la cooperativa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="419"/>
        <source>Hours below floor</source>
        <translation>Horas bajo el mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="420"/>
        <source>Hours below the floor</source>
        <translation>Horas por debajo del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="421"/>
        <source>All-in hours of the days whose all-in wage was below the floor in force that day.</source>
        <translation>Horas totales de los días cuyo salario con todo incluido quedó por debajo del mínimo vigente ese día.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="424"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="425"/>
        <source>Shortfall</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="426"/>
        <source>The money that would bring those days up to the floor: floor × hours − (earned − fees).</source>
        <translation>El dinero que llevaría esos días hasta el mínimo: mínimo × horas − (ganado − comisiones).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="468"/>
        <source>{figure} {period}</source>
        <translation>{figure} {period}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="482"/>
        <source>Earnings in detail</source>
        <translation>Ingresos en detalle</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="511"/>
        <source>no time recorded yet</source>
        <translation>todavía no hay tiempo registrado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="517"/>
        <source>no wage floor set</source>
        <translation>no hay salario mínimo fijado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="18"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="532"/>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="25"/>
        <source>— set the wage floor to see how it compares</source>
        <translation>— fije el salario mínimo para ver cómo se compara</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="27"/>
        <source>— {diff} below the floor</source>
        <translation>— {diff} por debajo del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="30"/>
        <source>— {diff} above the floor</source>
        <translation>— {diff} por encima del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="38"/>
        <source>No estimate: not enough history yet ({have} of {need} tasks of this kind finished).</source>
        <translation>Sin estimación: todavía no hay suficiente historial ({have} de {need} tareas de este tipo terminadas).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="43"/>
        <source>About {wage} ({low} to {high} for half your tasks, from your pace on {count} tasks) {verdict}</source>
        <translation>Unos {wage} (de {low} a {high} para la mitad de sus tareas, según su ritmo en {count} tareas) {verdict}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="61"/>
        <source>About {wage} as announced {verdict}</source>
        <translation>Unos {wage} según lo anunciado {verdict}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="539"/>
        <source>below the floor</source>
        <translation>por debajo del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="540"/>
        <source>near the floor</source>
        <translation>cerca del mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="541"/>
        <source>above the floor</source>
        <translation>por encima del mínimo</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="40"/>
        <source>Join the co-op ledger</source>
        <translation>Unirse al registro de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="43"/>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="52"/>
        <source>Sho&amp;w the code</source>
        <translation>&amp;Mostrar el código</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="55"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="74"/>
        <source>Paste the invite code the co-op&apos;s treasurer gave you.</source>
        <translation>Pegue el código de invitación que le dio la tesorería de la cooperativa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="76"/>
        <source>An invite code has no spaces inside: check that it was pasted whole.</source>
        <translation>Un código de invitación no tiene espacios dentro: compruebe que lo pegó entero.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="96"/>
        <source>You cannot join yet: this computer has no usable keyring, so the key joining makes would be lost when the app closes, and you could never read your own shared figures again. Unlock or install a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), restart the app, then join with your invite code; it stays valid until then.</source>
        <translation>Todavía no puede unirse: este ordenador no tiene un llavero utilizable, así que la clave que se crea al unirse se perdería al cerrar la aplicación y nunca podría volver a leer sus propias cifras compartidas. Desbloquee o instale un llavero (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), reinicie la aplicación y únase con su código de invitación; sigue siendo válido hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="110"/>
        <source>Joining lets you compare what each platform really pays co-op members, from figures members share. Your app makes a key on this computer (kept in your system&apos;s keyring); the co-op&apos;s ledger knows you only by a pseudonym made from it, never by your name, e-mail or platform accounts.</source>
        <translation>Unirse le permite comparar lo que cada plataforma paga de verdad a los miembros de la cooperativa, a partir de las cifras que comparten. Su aplicación crea una clave en este ordenador (guardada en el llavero del sistema); el registro de la cooperativa solo le conoce por un seudónimo derivado de ella, nunca por su nombre, su correo electrónico ni sus cuentas de plataforma.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="119"/>
        <source>Nothing is shared when you join: first you will see exactly what would be sent, and decide.</source>
        <translation>Al unirse no se comparte nada: primero verá exactamente lo que se enviaría y decidirá.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="125"/>
        <source>&amp;Invite code</source>
        <translation>&amp;Código de invitación</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="62"/>
        <source>Demo batch imported: %n project(s)</source>
        <translation>
            <numerusform>Lote de demostración importado: %n proyecto</numerusform>
            <numerusform>Lote de demostración importado: %n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="100"/>
        <source>This batch may be distressing</source>
        <translation>Este lote puede ser perturbador</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="102"/>
        <source>{name} warns: {warning}

Its images will be shown grey and blurred (hold F2 to see one clearly) and time on it counts as exposure. Import it?</source>
        <translation>{name} avisa: {warning}

Sus imágenes se mostrarán en gris y difuminadas (mantenga F2 para ver una con nitidez) y el tiempo dedicado cuenta como exposición. ¿Importarlo?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="108"/>
        <source>&amp;Import it</source>
        <translation>&amp;Importarlo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="109"/>
        <source>&amp;Don&apos;t import</source>
        <translation>&amp;No importar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="118"/>
        <source>Not imported: {name}</source>
        <translation>No importado: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="124"/>
        <source>Imported %n task(s)</source>
        <translation>
            <numerusform>%n tarea importada</numerusform>
            <numerusform>%n tareas importadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="130"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="136"/>
        <source>Exported %n result(s)</source>
        <translation>
            <numerusform>%n resultado exportado</numerusform>
            <numerusform>%n resultados exportados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="142"/>
        <source>No task is shown</source>
        <translation>No se muestra ninguna tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="144"/>
        <source>Evidence pack for task {id}</source>
        <translation>Expediente de pruebas de la tarea {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="147"/>
        <source>Evidence pack (*.zip)</source>
        <translation>Expediente de pruebas (*.zip)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="158"/>
        <source>Evidence pack written: {path} ({n} files, nothing sent)</source>
        <translation>Expediente de pruebas escrito: {path} ({n} archivos, no se envió nada)</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="29"/>
        <source>No tasks yet. Try the demo batch — 44 short tasks, no account or network needed.</source>
        <translation>Todavía no hay tareas. Pruebe el lote de demostración: 44 tareas cortas, sin cuenta ni red.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="30"/>
        <source>Try the &amp;demo batch</source>
        <translation>Probar el lote de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="31"/>
        <source>Try the demo batch</source>
        <translation>Probar el lote de demostración</translation>
    </message>
</context>
<context>
    <name>FloorBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="47"/>
        <source>No wage floor set yet: set the co-op&apos;s floor to see which hours fall below it.</source>
        <translation>Todavía no hay salario mínimo fijado: fije el mínimo de la cooperativa para ver qué horas quedan por debajo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="48"/>
        <source>Set the &amp;floor…</source>
        <translation>Fijar el &amp;mínimo…</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="67"/>
        <source>Welcome back</source>
        <translation>Bienvenido de nuevo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>&amp;Keep: it was work</source>
        <translation>&amp;Conservar: era trabajo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>Keep the time as work</source>
        <translation>Conservar el tiempo como trabajo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>&amp;Discard: it was not work</source>
        <translation>&amp;Descartar: no era trabajo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>Discard the time</source>
        <translation>Descartar el tiempo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="71"/>
        <source>&amp;Move to:</source>
        <translation>&amp;Mover a:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="71"/>
        <source>Move the time to the chosen category</source>
        <translation>Mover el tiempo a la categoría elegida</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="73"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;luego</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="73"/>
        <source>Decide later</source>
        <translation>Decidir luego</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="91"/>
        <source>You were away for {duration} ({times}).</source>
        <translation>Estuvo ausente {duration} ({times}).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="106"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="109"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="110"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="121"/>
        <source>Category to move the time to</source>
        <translation>Categoría a la que mover el tiempo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="125"/>
        <source>This time is not counted until you decide what it was.</source>
        <translation>Este tiempo no cuenta hasta que decida qué fue.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../coopclient/ui/annotation/image_view.py" line="109"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="49"/>
        <source>Import a batch file</source>
        <translation>Importar un archivo de lote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="52"/>
        <source>&amp;Batch file (JSONL or CSV)</source>
        <translation>&amp;Archivo de lote (JSONL o CSV)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="52"/>
        <source>Batch file</source>
        <translation>Archivo de lote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="55"/>
        <source>Labeling &amp;config (XML)</source>
        <translation>&amp;Configuración de etiquetado (XML)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="55"/>
        <source>Labeling config</source>
        <translation>Configuración de etiquetado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="58"/>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="59"/>
        <source>default: the file&apos;s name</source>
        <translation>por defecto: el nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="60"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="62"/>
        <source>Piece rate</source>
        <translation>Pago por tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="63"/>
        <source>e.g. {amount} EUR</source>
        <translation>p. ej. {amount} EUR</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="64"/>
        <source>Piece &amp;rate</source>
        <translation>Pago por &amp;tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="68"/>
        <source>Estimated pay</source>
        <translation>Pago estimado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="87"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="88"/>
        <source>Browse for {what}</source>
        <translation>Buscar {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="148"/>
        <source>Choose the batch file.</source>
        <translation>Elija el archivo de lote.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="150"/>
        <source>Choose the labeling config (XML) that goes with the batch.</source>
        <translation>Elija la configuración de etiquetado (XML) que acompaña al lote.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="158"/>
        <source>“{text}” is not a piece rate, such as {example} EUR.</source>
        <translation>«{text}» no es un pago por tarea, como {example} EUR.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="183"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="189"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="214"/>
        <source>The batch was not imported</source>
        <translation>No se importó el lote</translation>
    </message>
</context>
<context>
    <name>LabelLegend</name>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="62"/>
        <source>Mark the selected text as {value}</source>
        <translation>Marcar el texto seleccionado como {value}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="83"/>
        <source>Label {value}</source>
        <translation>Etiqueta {value}</translation>
    </message>
</context>
<context>
    <name>LedgerBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="70"/>
        <source>Co-op ledger warning</source>
        <translation>Aviso del registro de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="71"/>
        <source>What I sha&amp;re…</source>
        <translation>Lo que &amp;comparto…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="73"/>
        <source>Hide &amp;warning</source>
        <translation>Ocultar el &amp;aviso</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="74"/>
        <source>Hide the co-op ledger warning</source>
        <translation>Ocultar el aviso del registro de la cooperativa</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="97"/>
        <source>&amp;Co-op</source>
        <translation>&amp;Cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="101"/>
        <source>&amp;Join the co-op ledger…</source>
        <translation>&amp;Unirse al registro de la cooperativa…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="103"/>
        <source>Join with an invite from the treasurer</source>
        <translation>Unirse con una invitación de la tesorería</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="105"/>
        <source>&amp;What I share</source>
        <translation>&amp;Lo que comparto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="105"/>
        <source>Everything sent to the co-op ledger</source>
        <translation>Todo lo enviado al registro de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="106"/>
        <source>&amp;Pause sharing</source>
        <translation>&amp;Pausar el envío</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="106"/>
        <source>Send nothing until you resume</source>
        <translation>No enviar nada hasta que lo reanude</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="107"/>
        <source>&amp;Resume sharing</source>
        <translation>&amp;Reanudar el envío</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="107"/>
        <source>Send your finished days again</source>
        <translation>Volver a enviar sus días terminados</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="108"/>
        <source>&amp;Compare platforms</source>
        <translation>C&amp;omparar plataformas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="108"/>
        <source>The co-op&apos;s published monthly figures</source>
        <translation>Las cifras mensuales publicadas por la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="111"/>
        <source>&amp;Sync with the co-op ledger</source>
        <translation>&amp;Sincronizar con el registro de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="113"/>
        <source>Send finished days and check the ledger</source>
        <translation>Enviar los días terminados y comprobar el registro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="130"/>
        <source>Co-op sharing</source>
        <translation>Envío a la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="158"/>
        <source>Co-op: sharing paused</source>
        <translation>Cooperativa: envío en pausa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="160"/>
        <source>Co-op: joined, nothing shared yet</source>
        <translation>Cooperativa: unido, nada compartido todavía</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="162"/>
        <source>Co-op: {n} waiting to be shared</source>
        <translation>Cooperativa: {n} pendientes de compartir</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="163"/>
        <source>Co-op: sharing</source>
        <translation>Cooperativa: compartiendo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="173"/>
        <source>Warning — the co-op ledger failed a check: {warning}. The server may have changed or hidden entries it had already shown. Your own figures stay on this computer; tell the co-op&apos;s treasurer.</source>
        <translation>Aviso — el registro de la cooperativa no superó una comprobación: {warning}. Puede que el servidor haya cambiado u ocultado entradas que ya había mostrado. Sus propias cifras siguen en este ordenador; avise a la tesorería de la cooperativa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="180"/>
        <source>The co-op ledger failed a check</source>
        <translation>El registro de la cooperativa no pasó una comprobación</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="200"/>
        <source>You have already joined the co-op ledger as {p}</source>
        <translation>Ya se unió al registro de la cooperativa como {p}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="210"/>
        <source>Joining the co-op ledger…</source>
        <translation>Uniéndose al registro de la cooperativa…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="222"/>
        <source>Joined the co-op ledger as {p}</source>
        <translation>Unido al registro de la cooperativa como {p}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="228"/>
        <source>You did not join the co-op ledger: {why}</source>
        <translation>No se unió al registro de la cooperativa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="247"/>
        <source>Nothing was shared. Co-op → Sync with the co-op ledger asks again.</source>
        <translation>No se compartió nada. Cooperativa → Sincronizar con el registro de la cooperativa vuelve a preguntar.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="257"/>
        <source>A sync with the co-op ledger is already running</source>
        <translation>Ya hay una sincronización con el registro de la cooperativa en curso</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="264"/>
        <source>Join the co-op ledger first: Co-op → Join the co-op ledger…</source>
        <translation>Únase primero al registro de la cooperativa: Cooperativa → Unirse al registro de la cooperativa…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="266"/>
        <source>Sharing is paused: Co-op → Resume sharing to send again</source>
        <translation>El envío está en pausa: Cooperativa → Reanudar el envío para volver a enviar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="289"/>
        <source>Syncing with the co-op ledger…</source>
        <translation>Sincronizando con el registro de la cooperativa…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="308"/>
        <source>Sync with the co-op ledger failed: {why}</source>
        <translation>Falló la sincronización con el registro de la cooperativa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="313"/>
        <source>Co-op ledger: {n} shared</source>
        <translation>Registro de la cooperativa: {n} compartidos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="315"/>
        <source>Co-op ledger: nothing new to share</source>
        <translation>Registro de la cooperativa: nada nuevo que compartir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="317"/>
        <source>; ledger checked at %Ln entry(ies)</source>
        <translation>
            <numerusform>; registro comprobado con %Ln entrada</numerusform>
            <numerusform>; registro comprobado con %Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="319"/>
        <source>; %n policy update(s) received</source>
        <translation>
            <numerusform>; %n actualización de las reglas recibida</numerusform>
            <numerusform>; %n actualizaciones de las reglas recibidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="321"/>
        <source>; warning: {w}</source>
        <translation>; aviso: {w}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="336"/>
        <source>Sharing paused: nothing is sent to the co-op ledger until you resume it</source>
        <translation>Envío en pausa: no se envía nada al registro de la cooperativa hasta que lo reanude</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="338"/>
        <source>Sharing resumed</source>
        <translation>Envío reanudado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="383"/>
        <source>What you shared could not be read: {why}</source>
        <translation>No se pudo leer lo que compartió: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="409"/>
        <source>join the co-op ledger first (Co-op → Join the co-op ledger…)</source>
        <translation>únase primero al registro de la cooperativa (Cooperativa → Unirse al registro de la cooperativa…)</translation>
    </message>
</context>
<context>
    <name>LoadingImage</name>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="66"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="68"/>
        <source>Opening the image…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="35"/>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="36"/>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="37"/>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="38"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="39"/>
        <source>Not yet synced</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="65"/>
        <source>coopclient — fair pay for annotation work</source>
        <translation>coopclient — un pago justo por el trabajo de anotación</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="79"/>
        <location filename="../../coopclient/ui/window_layout.py" line="62"/>
        <source>Opening your work…</source>
        <translation>Abriendo su trabajo…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="58"/>
        <source>Show tasks</source>
        <translation>Mostrar tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="61"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="71"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="85"/>
        <source>Earnings against the floor</source>
        <translation>Ingresos frente al mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="87"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="205"/>
        <source>Timing paused</source>
        <translation>Cronómetro en pausa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="207"/>
        <source>No input for a while: that time is set aside. When you come back, you decide whether it counts.</source>
        <translation>Sin actividad desde hace un rato: ese tiempo queda aparte. Cuando vuelva, usted decide si cuenta.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/port.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>ManualTimerDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="47"/>
        <source>Start a manual timer</source>
        <translation>Iniciar un cronómetro manual</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="52"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="53"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="57"/>
        <source>optional, e.g. {amount} GBP</source>
        <translation>opcional, p. ej. {amount} GBP</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="59"/>
        <source>Announced reward</source>
        <translation>Recompensa anunciada</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="62"/>
        <source>not announced</source>
        <translation>no anunciada</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="63"/>
        <source>Expected minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="67"/>
        <source>Estimated pay</source>
        <translation>Pago estimado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="72"/>
        <source>&amp;Start timer</source>
        <translation>&amp;Iniciar el cronómetro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="115"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="126"/>
        <source>optional, e.g. prolific</source>
        <translation>opcional, p. ej. prolific</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="127"/>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="128"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="135"/>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="136"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="137"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="138"/>
        <source>Announced &amp;reward</source>
        <translation>&amp;Recompensa anunciada</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="139"/>
        <source>E&amp;xpected minutes</source>
        <translation>Minutos pre&amp;vistos</translation>
    </message>
</context>
<context>
    <name>MissingImage</name>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="45"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="48"/>
        <source>This image is not available offline</source>
        <translation>Esta imagen no está disponible sin conexión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="51"/>
        <source>This image can&apos;t be opened: {name} is missing or is not an image file</source>
        <translation>No se puede abrir esta imagen: {name} no existe o no es un archivo de imagen</translation>
    </message>
</context>
<context>
    <name>NerEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="62"/>
        <source>Select text (mouse or Shift+arrows), then press a label key. Click a highlight to remove it.</source>
        <translation>Seleccione texto (ratón o Mayús+flechas) y pulse la tecla de una etiqueta. Haga clic en un resaltado para quitarlo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="66"/>
        <source>Marked spans</source>
        <translation>Fragmentos marcados</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="181"/>
        <source>No spans marked yet.</source>
        <translation>Todavía no hay fragmentos marcados.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="53"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="54"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="58"/>
        <source>Show &amp;sent results</source>
        <translation>Mostrar los resultados &amp;enviados</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="60"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="61"/>
        <source>Retry the selected result</source>
        <translation>Reintentar el resultado seleccionado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="103"/>
        <source>Parked: {reason}</source>
        <translation>Apartado: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="103"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="106"/>
        <source>Waiting: next try at {time}</source>
        <translation>En espera: próximo intento a las {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="109"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="110"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="111"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="112"/>
        <source>Replaced by a newer version</source>
        <translation>Sustituido por una versión más reciente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="131"/>
        <source>Results waiting to be sent</source>
        <translation>Resultados pendientes de envío</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="151"/>
        <source>(task missing)</source>
        <translation>(falta la tarea)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="152"/>
        <source>Task {id}</source>
        <translation>Tarea {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="155"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="155"/>
        <source>Skip</source>
        <translation>Omisión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="161"/>
        <source>Nothing waits to be sent.</source>
        <translation>No hay nada pendiente de envío.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="162"/>
        <source>%n result(s) wait to be sent.</source>
        <translation>
            <numerusform>%n resultado pendiente de envío.</numerusform>
            <numerusform>%n resultados pendientes de envío.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="165"/>
        <source>{p} parked: the server refused them. Fix the result and save it again, or select one and Retry.</source>
        <translation>{p} apartados: el servidor los rechazó. Corrija el resultado y vuelva a guardarlo, o seleccione uno y pulse Reintentar.</translation>
    </message>
</context>
<context>
    <name>PlatformCommands</name>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="108"/>
        <source>Add a Label Studio account first (Accounts → Add a platform account…)</source>
        <translation>Añada primero una cuenta de Label Studio (Cuentas → Añadir una cuenta de plataforma…)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="119"/>
        <source>Pulling tasks…</source>
        <translation>Descargando tareas…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="139"/>
        <source>No new tasks from {project}</source>
        <translation>No hay tareas nuevas de {project}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="141"/>
        <source>Pulled %n task(s) from {project}</source>
        <translation>
            <numerusform>%n tarea descargada de {project}</numerusform>
            <numerusform>%n tareas descargadas de {project}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="144"/>
        <source>{n} cannot be shown here</source>
        <translation>{n} no se pueden mostrar aquí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="146"/>
        <source>%n media file(s) not available offline</source>
        <translation>
            <numerusform>%n archivo multimedia no disponible sin conexión</numerusform>
            <numerusform>%n archivos multimedia no disponibles sin conexión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="151"/>
        <source>No tasks were pulled: {why}</source>
        <translation>No se descargó ninguna tarea: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="159"/>
        <source>Sending results…</source>
        <translation>Enviando resultados…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="208"/>
        <source>Results parked</source>
        <translation>Resultados bloqueados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="210"/>
        <source>%n result(s) were refused by the platform and wait in the outbox, which says why.</source>
        <translation>
            <numerusform>%n resultado rechazado por la plataforma espera en la bandeja de salida, que dice por qué.</numerusform>
            <numerusform>%n resultados rechazados por la plataforma esperan en la bandeja de salida, que dice por qué.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="225"/>
        <source>Sync failed: {why}</source>
        <translation>Falló la sincronización: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="230"/>
        <source>Label Studio refused the token: add the account again</source>
        <translation>Label Studio rechazó el token: vuelva a añadir la cuenta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="232"/>
        <source>Server unreachable: working offline, will retry</source>
        <translation>Servidor inaccesible: se trabaja sin conexión y se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="233"/>
        <source>{n} sent</source>
        <translation>{n} enviados</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="236"/>
        <source>Nothing to send now</source>
        <translation>Nada que enviar ahora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="237"/>
        <source>Sync: {d} sent, {r} to retry later, {p} parked</source>
        <translation>Sincronización: {d} enviados, {r} para reintentar más tarde, {p} apartados</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="240"/>
        <source> (see the outbox)</source>
        <translation> (vea la bandeja de salida)</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="54"/>
        <source>Pull tasks for offline work</source>
        <translation>Descargar tareas para trabajar sin conexión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="56"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="60"/>
        <source>Project number</source>
        <translation>Número de proyecto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="61"/>
        <source>e.g. 3, or the project&apos;s address</source>
        <translation>p. ej. 3, o la dirección del proyecto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="67"/>
        <source>Number of tasks</source>
        <translation>Número de tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="68"/>
        <source>From 1 to {n}</source>
        <translation>De 1 a {n}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="70"/>
        <source>&amp;Pull tasks</source>
        <translation>&amp;Descargar tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="87"/>
        <source>Enter the project&apos;s number, shown in its address on the platform.</source>
        <translation>Escriba el número del proyecto, que aparece en su dirección en la plataforma.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="89"/>
        <source>“{text}” is not a project number or a project&apos;s address.</source>
        <translation>«{text}» no es un número ni una dirección de proyecto.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="104"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="105"/>
        <source>P&amp;roject</source>
        <translation>P&amp;royecto</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="106"/>
        <source>&amp;Number of tasks</source>
        <translation>&amp;Número de tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="112"/>
        <source>The tasks are locked to you on the platform until you submit or skip them.</source>
        <translation>Las tareas quedan reservadas para usted en la plataforma hasta que las entregue u omita.</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="92"/>
        <source>Rating {n} of {max}</source>
        <translation>Puntuación {n} de {max}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="94"/>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>{n} of {max}</source>
        <translation>{n} de {max}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="95"/>
        <source>{tip} (key {key})</source>
        <translation>{tip} (tecla {key})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>Not rated</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="141"/>
        <source>{state}   ·   keys {keys}</source>
        <translation>{state}   ·   teclas {keys}</translation>
    </message>
</context>
<context>
    <name>RecoveredDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="57"/>
        <source>Time recovered after a crash</source>
        <translation>Tiempo recuperado tras un cierre inesperado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="60"/>
        <source>&amp;OK, keep them</source>
        <translation>&amp;Aceptar, conservarlos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="61"/>
        <source>&amp;Discard them</source>
        <translation>&amp;Descartarlos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="84"/>
        <source>coopclient stopped while the timer was running. This time was saved up to the last heartbeat before the stop. Keep it as recorded, or discard it?</source>
        <translation>coopclient se detuvo con el cronómetro en marcha. Este tiempo se guardó hasta el último latido antes de la parada. ¿Conservarlo tal como se registró o descartarlo?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Task or category</source>
        <translation>Tarea o categoría</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="110"/>
        <source>Recovered time</source>
        <translation>Tiempo recuperado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="123"/>
        <source>Task {id}</source>
        <translation>Tarea {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="124"/>
        <source>{task} ({category})</source>
        <translation>{task} ({category})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="126"/>
        <source>{what}, idle (pending)</source>
        <translation>{what}, inactivo (pendiente)</translation>
    </message>
</context>
<context>
    <name>RectangleEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="66"/>
        <source>Give the selected box, and the boxes you draw next, the label {value}</source>
        <translation>Dar la etiqueta {value} al recuadro seleccionado y a los que dibuje a continuación</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="72"/>
        <source>Drag on the image to draw a box. Click a box to select it, then drag it or its corners, or use the arrow keys (Shift: finer, Alt: resize). A label key relabels it; Delete removes it.</source>
        <translation>Arrastre sobre la imagen para dibujar un recuadro. Haga clic en un recuadro para seleccionarlo y arrástrelo a él o a sus esquinas, o use las flechas (Mayús: más fino, Alt: cambiar el tamaño). La tecla de una etiqueta le cambia la etiqueta; Supr lo quita.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="77"/>
        <source>No boxes drawn yet.</source>
        <translation>Todavía no hay recuadros dibujados.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="92"/>
        <source>Boxes</source>
        <translation>Recuadros</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="184"/>
        <source>Box {n}: {label} at {x} %, {y} %</source>
        <translation>Recuadro {n}: {label} en {x} %, {y} %</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="196"/>
        <source>{width} % wide, {height} % high</source>
        <translation>{width} % de ancho, {height} % de alto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="206"/>
        <source>%n rotated box(es) from the platform are kept as they are (they can&apos;t be shown here).</source>
        <translation>
            <numerusform>%n recuadro girado de la plataforma se conserva tal cual (no se puede mostrar aquí).</numerusform>
            <numerusform>%n recuadros girados de la plataforma se conservan tal cual (no se pueden mostrar aquí).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="222"/>
        <source>Selected: {box}</source>
        <translation>Seleccionado: {box}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="225"/>
        <source>%n box(es); none selected</source>
        <translation>
            <numerusform>%n recuadro; ninguno seleccionado</numerusform>
            <numerusform>%n recuadros; ninguno seleccionado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopclient/core/settings.py" line="73"/>
        <source>Pause the clock after this long without keyboard or mouse</source>
        <translation>Pausar el reloj tras este tiempo sin teclado ni ratón</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="82"/>
        <source>Save the running clock every</source>
        <translation>Guardar el reloj en marcha cada</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="91"/>
        <source>Count short pauses between tasks as work, up to</source>
        <translation>Contar como trabajo las pausas cortas entre tareas, hasta</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="100"/>
        <source>Currency of reports (empty: the wage floor&apos;s)</source>
        <translation>Moneda de los informes (vacío: la del salario mínimo)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="104"/>
        <source>Region, for the floor&apos;s regional factor (empty: none)</source>
        <translation>Región, para el factor regional del mínimo (vacío: ninguna)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="110"/>
        <source>Time zone of your days (empty: this computer&apos;s)</source>
        <translation>Zona horaria de sus días (vacío: la de este ordenador)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="117"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="124"/>
        <source>Language (from the next start)</source>
        <translation>Idioma (a partir del próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="131"/>
        <source>Show images of distressing work in grey and blurred (hold F2 to see)</source>
        <translation>Mostrar en gris y difuminadas las imágenes de trabajo perturbador (mantener F2 para verlas)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="137"/>
        <source>Hide the text of distressing work behind a warning</source>
        <translation>Ocultar tras un aviso el texto de trabajo perturbador</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="143"/>
        <source>Soft daily limit on distressing work (0: none)</source>
        <translation>Límite diario orientativo para el trabajo perturbador (0: ninguno)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="152"/>
        <source>Propose a break after this much distressing work (0: never)</source>
        <translation>Proponer un descanso tras este tiempo de trabajo perturbador (0: nunca)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="161"/>
        <source>Length of the break proposed</source>
        <translation>Duración del descanso propuesto</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="170"/>
        <source>The first-run welcome was shown</source>
        <translation>Se mostró la bienvenida del primer inicio</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="63"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="163"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="163"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="167"/>
        <source>From {low} to {high} minutes</source>
        <translation>De {low} a {high} minutos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="169"/>
        <source>From {low} to {high} seconds</source>
        <translation>De {low} a {high} segundos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="189"/>
        <source>e.g. 12.50</source>
        <translation>p. ej. 12,50</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="190"/>
        <source>Wage floor, amount per hour</source>
        <translation>Salario mínimo, importe por hora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="193"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="194"/>
        <source>Wage floor, currency code (ISO 4217)</source>
        <translation>Salario mínimo, código de moneda (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="212"/>
        <source>&amp;Wage floor (per hour)</source>
        <translation>&amp;Salario mínimo (por hora)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="251"/>
        <source>Must be from {low} to {high} minutes, not {value}.</source>
        <translation>Debe estar entre {low} y {high} minutos, no {value}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="255"/>
        <source>Must be from {low} to {high} seconds, not {value}.</source>
        <translation>Debe estar entre {low} y {high} segundos, no {value}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="261"/>
        <source>“{name}” is not a time zone name, such as Europe/Berlin.</source>
        <translation>«{name}» no es el nombre de una zona horaria, como Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="262"/>
        <source>“{value}” is not a valid value here.</source>
        <translation>«{value}» no es un valor válido aquí.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="272"/>
        <source>“{code}” is not an ISO 4217 currency code, such as EUR.</source>
        <translation>«{code}» no es un código de moneda ISO 4217, como EUR.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="278"/>
        <source>The floor can be changed but not removed.</source>
        <translation>El mínimo se puede cambiar, pero no quitar.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="280"/>
        <source>Enter the floor&apos;s currency code, such as EUR.</source>
        <translation>Escriba el código de moneda del mínimo, como EUR.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="285"/>
        <source>Enter the floor&apos;s amount per hour.</source>
        <translation>Escriba el importe por hora del mínimo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="291"/>
        <source>“{text}” is not an amount, such as 12.50.</source>
        <translation>«{text}» no es un importe, como 12,50.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="293"/>
        <source>The floor must be more than zero.</source>
        <translation>El mínimo debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>ShareConsentDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="65"/>
        <source>Share with the co-op ledger?</source>
        <translation>¿Compartir con el registro de la cooperativa?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="74"/>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="75"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="100"/>
        <source>No finished day is waiting to be shared yet. If you agree, each day&apos;s figures will be sent to {server} under your pseudonym {pseudonym} once the day is over, in the form shown below.</source>
        <translation>Todavía no hay ningún día terminado pendiente de compartir. Si acepta, las cifras de cada día se enviarán a {server} con su seudónimo {pseudonym} cuando el día haya terminado, en la forma que se muestra abajo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="104"/>
        <source>If you agree, these %n payload(s) are sent now to {server} under your pseudonym {pseudonym}, each in an entry signed with your key that adds only an entry id, its kind, your public key and, for a correction, the entry it replaces. After that, each day&apos;s figures are sent the same way once the day is over. Select a payload to see exactly the figures that would be sent.</source>
        <translation>
            <numerusform>Si acepta, este envío sale ahora hacia {server} con su seudónimo {pseudonym}, en una entrada firmada con su clave que solo añade un identificador de entrada, su tipo, su clave pública y, en una corrección, la entrada que sustituye. Después, las cifras de cada día se envían de la misma forma cuando el día ha terminado. Seleccione un envío para ver exactamente las cifras que se enviarían.</numerusform>
            <numerusform>Si acepta, estos %n envíos salen ahora hacia {server} con su seudónimo {pseudonym}, cada uno en una entrada firmada con su clave que solo añade un identificador de entrada, su tipo, su clave pública y, en una corrección, la entrada que sustituye. Después, las cifras de cada día se envían de la misma forma cuando el día ha terminado. Seleccione un envío para ver exactamente las cifras que se enviarían.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="114"/>
        <source>Payloads that would be sent</source>
        <translation>Envíos que se harían</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="126"/>
        <source>Exact text of the selected payload</source>
        <translation>Texto exacto del envío seleccionado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="134"/>
        <source>day: the date (never a time of day)
platform: the type of platform, such as label-studio (never an account or address)
task_kind: the kind of task, such as image or choices
active_s: seconds of active work
unpaid_s: seconds of unpaid work by category (searching, qualification, …)
tasks_done, rejections: counts
earnings: what you earned, by currency</source>
        <translation>day: la fecha (nunca una hora del día)
platform: el tipo de plataforma, como label-studio (nunca una cuenta ni una dirección)
task_kind: el tipo de tarea, como image o choices
active_s: segundos de trabajo activo
unpaid_s: segundos de trabajo no pagado por categoría (búsqueda, cualificación, …)
tasks_done, rejections: recuentos
earnings: lo que ganó, por moneda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="144"/>
        <source>Never sent</source>
        <translation>Nunca se envía</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="149"/>
        <source>your name, e-mail, platform accounts, tokens or worker ids</source>
        <translation>su nombre, correo electrónico, cuentas de plataforma, tokens o identificadores de trabajador</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="150"/>
        <source>task texts, your answers, task or project ids, addresses (URLs)</source>
        <translation>textos de las tareas, sus respuestas, identificadores de tarea o de proyecto, direcciones (URL)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="151"/>
        <source>times of day: only the date of a day, once it is over</source>
        <translation>horas del día: solo la fecha de un día, cuando ha terminado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="152"/>
        <source>fees and payouts: only what you earned</source>
        <translation>comisiones y pagos recibidos: solo lo que ganó</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="166"/>
        <source>The ledger is append-only and signed: what is sent stays in it, and a changed day is sent as a correction. You can pause sharing at any time (Co-op → Pause sharing); Co-op → What I share lists everything sent.</source>
        <translation>El registro solo admite añadidos y está firmado: lo enviado se queda en él, y un día modificado se envía como corrección. Puede pausar el envío en cualquier momento (Cooperativa → Pausar el envío); Cooperativa → Lo que comparto lista todo lo enviado.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="179"/>
        <source>&amp;Payloads</source>
        <translation>&amp;Envíos</translation>
    </message>
</context>
<context>
    <name>SharedModel</name>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Kind of task</source>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="133"/>
        <source>In the ledger, verified (entry {n})</source>
        <translation>En el registro, verificado (entrada {n})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="135"/>
        <source>In the ledger, verified</source>
        <translation>En el registro, verificado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="137"/>
        <source>Sent, not yet verified</source>
        <translation>Enviado, todavía sin verificar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="138"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="159"/>
        <source>What I share with the co-op</source>
        <translation>Lo que comparto con la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="161"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="166"/>
        <source>Nothing shared yet.</source>
        <translation>Todavía no se ha compartido nada.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="170"/>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="189"/>
        <source>&amp;Pause sharing</source>
        <translation>&amp;Pausar el envío</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="172"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;incronizar ahora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="173"/>
        <source>Sync with the co-op ledger now</source>
        <translation>Sincronizar ahora con el registro de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="189"/>
        <source>&amp;Resume sharing</source>
        <translation>&amp;Reanudar el envío</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="196"/>
        <source>You have not joined the co-op ledger: nothing is shared (Co-op → Join the co-op ledger…).</source>
        <translation>No se ha unido al registro de la cooperativa: no se comparte nada (Cooperativa → Unirse al registro de la cooperativa…).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="198"/>
        <source>Sharing as {pseudonym} with {server}.</source>
        <translation>Compartiendo como {pseudonym} con {server}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="201"/>
        <source>{sent} sent, {queued} waiting to be sent.</source>
        <translation>{sent} enviados, {queued} pendientes de envío.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/sharing_view.py" line="204"/>
        <source>The ledger was last checked at %Ln entry(ies).</source>
        <translation>
            <numerusform>La última comprobación del registro fue con %Ln entrada.</numerusform>
            <numerusform>La última comprobación del registro fue con %Ln entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="206"/>
        <source>Sharing is paused: nothing is sent until you resume it.</source>
        <translation>El envío está en pausa: no se envía nada hasta que lo reanude.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="208"/>
        <source>Nothing is sent until you agree to what would be sent (at the first sync).</source>
        <translation>No se envía nada hasta que acepte lo que se enviaría (en la primera sincronización).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="210"/>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="227"/>
        <source>Payloads shared with the co-op ledger</source>
        <translation>Envíos compartidos con el registro de la cooperativa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="246"/>
        <source>Exact text sent for the selected payload</source>
        <translation>Texto exacto enviado para el envío seleccionado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="247"/>
        <source>Select a payload to see exactly what was sent.</source>
        <translation>Seleccione un envío para ver exactamente lo que se envió.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="263"/>
        <source>&amp;Shared payloads</source>
        <translation>&amp;Envíos compartidos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="298"/>
        <source>Entry {id} — {state}</source>
        <translation>Entrada {id} — {state}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="64"/>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="119"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="104"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="109"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="109"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="31"/>
        <location filename="../../coopclient/ui/views/sidebar.py" line="55"/>
        <source>Accounts, projects and batches</source>
        <translation>Cuentas, proyectos y lotes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="57"/>
        <source>Batch files</source>
        <translation>Archivos de lote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="62"/>
        <source>{label} · {todo} to do</source>
        <translation>{label} · {todo} por hacer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="65"/>
        <source>{label}: {todo} to do, {done} done, {skipped} skipped</source>
        <translation>{label}: {todo} por hacer, {done} hechas, {skipped} omitidas</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="22"/>
        <source>Time on this task</source>
        <translation>Tiempo en esta tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="23"/>
        <source>Time this session</source>
        <translation>Tiempo de esta sesión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="24"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="25"/>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="33"/>
        <source>Task {time}</source>
        <translation>Tarea {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="34"/>
        <source>Session {time}</source>
        <translation>Sesión {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="44"/>
        <source>Manual timer: {what}</source>
        <translation>Cronómetro manual: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="48"/>
        <source>Idle — not counted</source>
        <translation>Inactivo — no cuenta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="50"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="52"/>
        <source>Timer stopped</source>
        <translation>Cronómetro detenido</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="25"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="26"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="27"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="28"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="29"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="30"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="168"/>
        <source> · unsupported</source>
        <translation> · no admitida</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="170"/>
        <source>Hidden: may be distressing</source>
        <translation>Oculto: puede ser perturbador</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="177"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="178"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="179"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="180"/>
        <source>Parked</source>
        <translation>Apartado</translation>
    </message>
</context>
<context>
    <name>TaskTextView</name>
    <message>
        <location filename="../../coopclient/ui/annotation/text_view.py" line="65"/>
        <source>Task text</source>
        <translation>Texto de la tarea</translation>
    </message>
</context>
<context>
    <name>TextAreaEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/textarea.py" line="61"/>
        <source>{name} text</source>
        <translation>Texto de {name}</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="30"/>
        <source>coopclient — no timer running</source>
        <translation>coopclient — ningún cronómetro en marcha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="31"/>
        <source>coopclient — {running}</source>
        <translation>coopclient — {running}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="84"/>
        <source>&amp;Start manual timer…</source>
        <translation>&amp;Iniciar el cronómetro manual…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="85"/>
        <source>S&amp;top manual timer</source>
        <translation>&amp;Detener el cronómetro manual</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="86"/>
        <source>Show &amp;window</source>
        <translation>Mostrar la &amp;ventana</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ViewRefresh</name>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="94"/>
        <source>Offline: results are kept on this computer</source>
        <translation>Sin conexión: los resultados se guardan en este ordenador</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="96"/>
        <source>Sync: {q} queued, {p} parked (see the outbox)</source>
        <translation>Sincronización: {q} en cola, {p} apartados (vea la bandeja de salida)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="98"/>
        <source>Sync: {q} queued</source>
        <translation>Sincronización: {q} en cola</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/refresh.py" line="100"/>
        <source>Sync: all %n result(s) sent</source>
        <translation>
            <numerusform>Sincronización: %n resultado enviado</numerusform>
            <numerusform>Sincronización: los %n resultados enviados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="48"/>
        <source>All-in per hour</source>
        <translation>Todo incluido por hora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="54"/>
        <source>Wage floor</source>
        <translation>Salario mínimo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="65"/>
        <source>All-in wage per day this week, chart</source>
        <translation>Salario con todo incluido por día esta semana, gráfico</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="89"/>
        <source>{day}: no time recorded yet</source>
        <translation>{day}: todavía no hay tiempo registrado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="131"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="132"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="133"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="134"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="135"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="136"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="137"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="210"/>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="211"/>
        <source>{currency}/h</source>
        <translation>{currency}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="215"/>
        <source>{day} {date}: all-in {wage}/h</source>
        <translation>{day} {date}: con todo incluido {wage}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="222"/>
        <source>wage floor {floor}/h</source>
        <translation>salario mínimo {floor}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="224"/>
        <source>no wage floor set</source>
        <translation>no hay salario mínimo fijado</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="96"/>
        <location filename="../../coopclient/ui/actions.py" line="97"/>
        <location filename="../../coopclient/ui/actions.py" line="98"/>
        <location filename="../../coopclient/ui/actions.py" line="100"/>
        <location filename="../../coopclient/ui/actions.py" line="106"/>
        <location filename="../../coopclient/ui/actions.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="96"/>
        <source>&amp;Import a batch file…</source>
        <translation>&amp;Importar un archivo de lote…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="97"/>
        <source>Import the &amp;demo batch</source>
        <translation>Importar el lote de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="98"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="101"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="104"/>
        <source>Write an encrypted backup of your work, media, tokens and ledger key</source>
        <translation>Escribir una copia cifrada de su trabajo, medios, tokens y clave del registro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="106"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="109"/>
        <location filename="../../coopclient/ui/actions.py" line="116"/>
        <location filename="../../coopclient/ui/actions.py" line="122"/>
        <location filename="../../coopclient/ui/actions.py" line="123"/>
        <location filename="../../coopclient/ui/actions.py" line="124"/>
        <location filename="../../coopclient/ui/actions.py" line="126"/>
        <location filename="../../coopclient/ui/actions.py" line="133"/>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="110"/>
        <source>&amp;Submit</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="113"/>
        <source>Validate and save this task, then go to the next</source>
        <translation>Validar y guardar esta tarea, y pasar a la siguiente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="117"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="120"/>
        <source>Skip this task (not paid)</source>
        <translation>Omitir esta tarea (no se paga)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="122"/>
        <source>&amp;Previous task</source>
        <translation>Tarea &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="123"/>
        <source>&amp;Next task</source>
        <translation>Tarea &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="127"/>
        <source>&amp;Evidence pack for this task…</source>
        <translation>E&amp;xpediente de pruebas de esta tarea…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="130"/>
        <source>A zip of this task&apos;s records as received, sent and answered, hashed; nothing is sent</source>
        <translation>Un zip de los registros de esta tarea tal como se recibieron, enviaron y respondieron, con sus huellas; no se envía nada</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="134"/>
        <source>Mark this batch as &amp;distressing (or unmark it)</source>
        <translation>Marcar este lote como &amp;perturbador (o quitar la marca)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="137"/>
        <source>Its images grey and blurred (hold F2 to see one), its time counted as exposure</source>
        <translation>Sus imágenes en gris y difuminadas (mantener F2 para ver una), su tiempo contado como exposición</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="140"/>
        <location filename="../../coopclient/ui/actions.py" line="147"/>
        <source>T&amp;imer</source>
        <translation>C&amp;ronómetro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="141"/>
        <source>&amp;Start a manual timer…</source>
        <translation>&amp;Iniciar un cronómetro manual…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="144"/>
        <source>Time work outside the app (a web platform, searching, payment admin)</source>
        <translation>Cronometrar trabajo fuera de la aplicación (una plataforma web, búsqueda, gestión de pagos)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="148"/>
        <source>S&amp;top the manual timer</source>
        <translation>&amp;Detener el cronómetro manual</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="152"/>
        <source>&amp;Accounts</source>
        <translation>C&amp;uentas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="152"/>
        <source>&amp;Add a platform account…</source>
        <translation>&amp;Añadir una cuenta de plataforma…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="154"/>
        <location filename="../../coopclient/ui/actions.py" line="161"/>
        <location filename="../../coopclient/ui/actions.py" line="167"/>
        <source>&amp;Platforms</source>
        <translation>&amp;Plataformas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="155"/>
        <source>&amp;Pull tasks…</source>
        <translation>&amp;Descargar tareas…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="158"/>
        <source>Lock tasks of a platform project to you and bring them here for offline work</source>
        <translation>Reservar para usted tareas de un proyecto de una plataforma y traerlas aquí para trabajar sin conexión</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="165"/>
        <source>Send your results to their platforms now</source>
        <translation>Enviar ahora sus resultados a sus plataformas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="167"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="168"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="168"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="169"/>
        <location filename="../../coopclient/ui/actions.py" line="170"/>
        <location filename="../../coopclient/ui/actions.py" line="171"/>
        <location filename="../../coopclient/ui/actions.py" line="172"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="169"/>
        <source>Show the &amp;earnings panel</source>
        <translation>Mostrar el panel de &amp;ingresos</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="170"/>
        <source>Go to the &amp;task list</source>
        <translation>Ir a la lista de &amp;tareas</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="171"/>
        <source>Go to the &amp;batches</source>
        <translation>Ir a los &amp;lotes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="172"/>
        <source>Go to the &amp;annotation</source>
        <translation>Ir a la &amp;anotación</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="173"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="173"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>WorkController</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/work.py" line="202"/>
        <source>Not saved: %n problem(s) shown beside the fields</source>
        <translation>
            <numerusform>No guardado: %n problema indicado junto al campo</numerusform>
            <numerusform>No guardado: %n problemas indicados junto a los campos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="219"/>
        <source>Save with no answer?</source>
        <translation>¿Guardar sin respuesta?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="220"/>
        <source>Task {n} has no answer yet. Save it as done with no answer?</source>
        <translation>La tarea {n} todavía no tiene respuesta. ¿Guardarla como hecha sin respuesta?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="224"/>
        <source>&amp;Save with no answer</source>
        <translation>&amp;Guardar sin respuesta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="225"/>
        <source>&amp;Go back to the task</source>
        <translation>&amp;Volver a la tarea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="267"/>
        <source>Task {n} was not saved: {why}</source>
        <translation>La tarea {n} no se guardó: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="298"/>
        <source>marked by you</source>
        <translation>marcado por usted</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="299"/>
        <source>This batch is no longer marked</source>
        <translation>Este lote ya no está marcado</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="299"/>
        <source>This batch is marked as distressing</source>
        <translation>Este lote está marcado como perturbador</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="315"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
</context>
</TS>
