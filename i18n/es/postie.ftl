# Postie in Español. English (i18n/en/postie.ftl) is the reference:
# the same message ids and the same $placeholders.

language-name = Español

## Dates and times

time-of-day = { $hour }:{ $minute }
date-weekday-time = { $weekday } { $time }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-full = { $weekday }, { $day } de { $month } de { $year }, { $time }
month-short = { $month ->
    [1] ene.
    [2] feb.
    [3] mar.
    [4] abr.
    [5] may.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dic.
}
month-long = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
weekday-short = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mié.
    [4] jue.
    [5] vie.
    [6] sáb.
   *[7] dom.
}
weekday-long = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
time-just-now = ahora mismo
time-minutes-ago = { $minutes ->
    [one] hace { $minutes } minuto
   *[other] hace { $minutes } minutos
}
time-in-minutes = { $minutes ->
    [one] dentro de { $minutes } minuto
   *[other] dentro de { $minutes } minutos
}
time-at = a las { $time }

## Sizes

size-bytes = { $size } B
size-kilobytes = { $size } KB
size-megabytes = { $size } MB
size-gigabytes = { $size } GB

## App shell and Settings

app-title = Postie
app-title-unread = Postie ({ $count ->
    [one] { $count } no leído
   *[other] { $count } no leídos
})
app-error-data-folder = Postie no pudo crear su carpeta de datos { $folder } ({ $error }).
app-error-window = No se pudo abrir la ventana ({ $error }).
app-error-store-closed = La base de datos del correo ya no está abierta.
app-error-store-silent = La base de datos del correo dejó de responder.
app-check-cancelled = Se canceló la comprobación; no se eliminó nada del servidor.
settings-title = Configuración
settings-done-button = Listo
settings-accounts-heading = Cuentas
settings-no-accounts = Todavía no hay cuentas.
settings-account-summary = { $username } en { $host }:{ $port } · { $policy }
settings-edit-button = Editar
settings-remove-button = Eliminar
settings-check-for-mail = Comprobar el correo
settings-interval-manual = Solo cuando lo pida
settings-interval-minutes = { $minutes ->
    [one] Cada minuto
   *[other] Cada { $minutes } minutos
}
settings-interval-hours = { $hours ->
    [one] Cada hora
   *[other] Cada { $hours } horas
}
settings-appearance-heading = Apariencia
settings-theme-system = Según el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-language-heading = Idioma
settings-language-system = Idioma del sistema ({ $language })
settings-remove-title = ¿Eliminar { $account }?
settings-remove-explanation = Postie dejará de comprobar esta cuenta. No se toca nada en el servidor.
settings-remove-keep-mail = Conservar sus mensajes en este equipo
settings-remove-cancel = Cancelar
settings-remove-confirm = Eliminar cuenta

## Main window: sidebar, message list, reader and status bar

mailbox-all-inboxes = Todas las bandejas de entrada
mailbox-trash = Papelera
mailbox-add-account = Añadir cuenta
mailbox-settings = Configuración
mailbox-search-placeholder = Buscar remitente, asunto, texto…
mailbox-empty-trash-button = Vaciar papelera
mailbox-restore-button = Restaurar
mailbox-delete-button = Eliminar
mailbox-message-count = { $count ->
    [one] { $count } mensaje
   *[other] { $count } mensajes
}
mailbox-found-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
mailbox-sort-label = Ordenar:
mailbox-sort-date = Fecha
mailbox-sort-sender = Remitente
mailbox-sort-subject = Asunto
mailbox-select-hint = Selecciona un mensaje para leerlo.
mailbox-selected-count = { $count ->
    [one] { $count } mensaje seleccionado.
   *[other] { $count } mensajes seleccionados.
}
mailbox-no-subject = (sin asunto)

## Status bar

mailbox-checked = Comprobado { $when }
mailbox-next-check = próxima comprobación { $when }
mailbox-progress-downloading = Descargando { $done } de { $total } ({ $size })
mailbox-phase-connecting = Conectando…
mailbox-phase-listing = Obteniendo la lista de mensajes…
mailbox-phase-downloading = Descargando mensajes…
mailbox-phase-deleting = Eliminando mensajes…
mailbox-phase-finishing = Finalizando…
mailbox-cancel = Cancelar

## Empty Trash dialog

mailbox-empty-trash-title = ¿Vaciar la papelera?
mailbox-empty-trash-text = Los mensajes de la papelera se eliminarán definitivamente de este equipo.
mailbox-empty-trash-confirm = Eliminar definitivamente

## Saving attachments and messages

mailbox-save-attachment-title = Guardar adjunto
mailbox-save-all-title = Guardar todos los adjuntos
mailbox-save-message-title = Guardar mensaje
mailbox-not-saved = No se ha guardado.
mailbox-saved-as = Guardado como { $path }.
mailbox-attachments-saved = { $count ->
    [one] { $count } adjunto guardado en { $folder }.
   *[other] { $count } adjuntos guardados en { $folder }.
}
mailbox-save-failed = No se pudo guardar { $path } ({ $error }).
mailbox-attachment-unreadable = No se pudo leer el adjunto.
mailbox-message-gone = El mensaje ya no existe.

## Message list

list-empty = No hay mensajes aquí.
list-unreadable-message = (mensaje ilegible)

## Reader

reader-star = Destacar
reader-unstar = Quitar destacado
reader-mark-read = Marcar como leído
reader-mark-unread = Marcar como no leído
reader-view-source = Ver código fuente
reader-show-message = Mostrar mensaje
reader-save-eml = Guardar como .eml
reader-from = De
reader-to = Para
reader-cc = Cc
reader-date = Fecha
reader-starred = Destacado
reader-headers-only = Solo se descargaron las cabeceras: el mensaje supera el límite de tamaño de esta cuenta. Descárgalo completo con «postie fetch --full { $id }».
reader-unreadable = Este mensaje no se pudo leer como correo electrónico; se muestra tal como se recibió.
reader-truncated = Este mensaje es muy grande; solo se muestra el principio. «{ reader-save-eml }» lo guarda completo.
reader-html-note = Se muestra como texto a partir de la parte HTML. Las imágenes y demás contenido remoto nunca se cargan.
reader-links = Enlaces
reader-link-deceptive = se muestra como «{ $text }», pero lleva a otro sitio
reader-attachments = { $count ->
    [one] { $count } adjunto
   *[other] { $count } adjuntos
}
reader-save-all = Guardar todos
reader-no-name = (sin nombre)
reader-save-attachment = Guardar…
reader-show-more = Mostrar más de este mensaje

## Notificaciones de correo nuevo

notify-no-subject = (sin asunto)
notify-new-messages = { $count ->
    [one] { $count } mensaje nuevo en { $account }
   *[other] { $count } mensajes nuevos en { $account }
}
notify-latest = El más reciente: { $sender } – { $subject }

## Welcome screen (the first screen, before any account exists)

welcome-title = Te damos la bienvenida a Postie
welcome-intro = Postie descarga tu correo mediante POP3 y lo guarda de forma segura en este equipo. No se elimina nada de tu servidor a menos que lo pidas.
welcome-add-account-button = Añadir una cuenta
welcome-sample-mail-button = Probar con correo de ejemplo
welcome-sample-mail-note = El correo de ejemplo procede de un pequeño servidor integrado en Postie: no necesitas ninguna cuenta ni conexión a la red.

## Account setup: the form for adding or editing an account

setup-title-add = Añadir una cuenta
setup-title-edit = Editar la cuenta
setup-your-name = Tu nombre
setup-email-address = Dirección de correo electrónico
setup-preset-filled = Se ha rellenado la configuración de { $provider }.
setup-incoming-heading = Correo entrante (POP3)
setup-server = Servidor
setup-port = Puerto
setup-security = Seguridad de la conexión
setup-security-tls = SSL/TLS (recomendado)
setup-security-none = Ninguna: la contraseña y el correo viajan por la red sin cifrar
setup-trusted-certificate = Certificado de confianza: SHA-256 { $fingerprint }
setup-username = Nombre de usuario
setup-password = Contraseña
setup-password-keep = Contraseña (déjala vacía para conservarla)
setup-use-password-command = Obtener la contraseña de un comando en lugar del depósito de claves
setup-password-command = Comando (la primera línea de su salida es la contraseña)
setup-login-method = Método de autenticación
setup-auth-auto = Automático (el más seguro que admitan ambas partes)
setup-auth-access-token = { $method } (token de acceso)
setup-cancel-button = Cancelar
setup-test-connection-button = Probar la conexión
setup-save-button = Guardar
setup-saving = Guardando…
setup-error-port = El puerto debe ser un número del 1 al 65535.
setup-error-days = Indica el número de días: 1 o más.
setup-error-password-missing = Escribe la contraseña de la cuenta (o elige un comando que la proporcione).

## Account setup: what happens to mail on the server. "It" is the mail.

setup-policy-heading = Qué ocurre con el correo en el servidor
setup-policy-keep = Mantenerlo en el servidor
setup-policy-keep-explanation = Los mensajes permanecen en el servidor después de que Postie los descargue, así que tus otros dispositivos pueden seguir leyéndolos.
setup-policy-delete-after-download = Eliminarlo tras descargarlo
setup-policy-delete-after-download-explanation = Cada mensaje se elimina del servidor en cuanto queda guardado de forma segura en este equipo.
setup-policy-delete-after-days = Eliminarlo al cabo de unos días
setup-policy-delete-after-days-explanation = { $days ->
    [one] Cada mensaje se elimina del servidor { $days } día después de que Postie lo descargue por primera vez.
   *[other] Cada mensaje se elimina del servidor { $days } días después de que Postie lo descargue por primera vez.
}
setup-policy-days-unit = { $days ->
    [one] día
   *[other] días
}
setup-policy-delete-when-trashed = Eliminarlo del servidor cuando lo elimine aquí
setup-policy-delete-when-trashed-explanation = Un mensaje que eliminas en Postie se elimina del servidor en la siguiente comprobación del correo.
setup-policy-server-keeps-nothing = No en este servidor: borra cada mensaje en cuanto se ha descargado (EXPIRE 0).

## Account setup: what "Test connection" found. Labels on the left, findings on the right.

setup-test-connecting = Conectando…
setup-test-passed = Conectado y con la sesión iniciada.
setup-test-encryption = Cifrado
setup-test-encryption-none = Ninguno: la conexión no está cifrada
setup-test-encryption-verified = { $method }, certificado verificado
setup-test-encryption-pinned = { $method }, con el certificado en el que confiaste
setup-test-login-method = Método de autenticación
setup-test-tracks-downloads = Registra las descargas
setup-test-tracks-downloads-yes = Sí (UIDL): el correo nunca se descarga dos veces.
setup-test-tracks-downloads-no = No (sin UIDL): solo se puede usar «Eliminarlo tras descargarlo».
setup-test-messages-waiting = Mensajes en espera
setup-test-messages-waiting-count = { $count } ({ $size })
setup-test-server-keeps-mail = El servidor guarda el correo
setup-test-retention-forever = Para siempre
setup-test-retention-none = En absoluto: elimina cada mensaje en cuanto se descarga
setup-test-retention-days = { $days ->
    [one] { $days } día después de la descarga
   *[other] { $days } días después de la descarga
}

## Account setup: the dialog about a server certificate Postie refused

setup-certificate-title = El certificado del servidor no es de confianza
setup-certificate-refused = Postie ha rechazado el certificado porque { $reason }.
setup-certificate-server = Servidor
setup-certificate-issued-to = Emitido para
setup-certificate-issued-by = Emitido por
setup-certificate-valid = Validez
setup-certificate-validity = Del { $from } al { $until }
setup-certificate-fingerprint = SHA-256
setup-certificate-advice = Confía en él solo si sabes que es el certificado de tu servidor (por ejemplo, si tu proveedor te ha facilitado esta huella). Postie aceptará entonces exactamente este certificado para este servidor y rechazará cualquier otro.
setup-certificate-cancel-button = Cancelar
setup-certificate-trust-button = Confiar en este certificado

## Provider presets: notes shown in the account form when the address belongs to a known provider.

preset-note-gmail = Activa POP en la configuración de Gmail (Reenvío y correo POP/IMAP) e inicia sesión con una contraseña de aplicación, que requiere la verificación en dos pasos.
preset-note-outlook = Microsoft solo acepta el inicio de sesión con OAuth (XOAUTH2) para POP, y POP debe estar activado en la configuración de Outlook.
preset-note-yahoo = Inicia sesión con una contraseña de aplicación generada en la seguridad de la cuenta de Yahoo; la contraseña normal se rechaza.
preset-note-aol = Inicia sesión con una contraseña de aplicación generada en la seguridad de la cuenta de AOL; la contraseña normal se rechaza.
preset-note-gmx = Primero permite, una sola vez, el acceso POP3 e IMAP en la configuración web de GMX.
preset-note-web-de = Primero permite, una sola vez, el acceso POP3 e IMAP en la configuración web de WEB.DE.
preset-note-fastmail = Inicia sesión con una contraseña de aplicación creada en la configuración de Fastmail, no con la contraseña de tu cuenta.
preset-note-zoho-com = Primero activa el acceso POP en la configuración de Zoho Mail; las cuentas del centro de datos de Zoho en la UE usan pop.zoho.eu en su lugar.
preset-note-zoho = Primero activa el acceso POP en la configuración de Zoho Mail.
preset-note-yandex = Permite el acceso POP en la configuración de Yandex Mail e inicia sesión con una contraseña de aplicación.
preset-note-mail-ru = Inicia sesión con una contraseña para aplicaciones externas creada en la configuración de seguridad de Mail.ru.
preset-note-t-online = Inicia sesión con la contraseña de correo independiente definida en el Telekom E-Mail Center; la contraseña de acceso web no funciona.
preset-note-o2 = Primero activa el acceso para programas de correo en la configuración de o2 Poczta.
preset-note-naver = Primero activa POP3 en la configuración de Naver Mail.
preset-note-qq = Activa POP3 en la configuración de QQ Mail e inicia sesión con el código de autorización que se muestra allí, no con tu contraseña de QQ.
preset-note-netease = Activa POP3 en la configuración de NetEase Mail e inicia sesión con el código de autorización que se muestra allí, no con tu contraseña.
preset-note-att = Inicia sesión con una «secure mail key» creada en tu perfil de AT&T, no con la contraseña de tu cuenta.

## Provider presets: names with words to translate. Keep the brand names.

preset-name-gmx-international = GMX (internacional)
preset-name-zoho-eu = Zoho Mail (UE)
preset-name-zoho-india = Zoho Mail (India)
preset-name-zoho-australia = Zoho Mail (Australia)
preset-name-zoho-japan = Zoho Mail (Japón)
preset-name-zoho-canada = Zoho Mail (Canadá)

## Errores de una sesión POP3 (src/pop3)

error-resolve = No se encontró el servidor { $host } ({ $detail }). Comprueba el nombre del servidor y tu conexión de red.
error-connect = No se pudo conectar con { $host } en el puerto { $port } ({ $detail }). Comprueba el nombre del servidor, el puerto y tu conexión de red.
error-timeout = El servidor { $host } no respondió en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } { $phase ->
        [connecting] al conectar
        [tls-handshake] al configurar el cifrado
        [greeting] mientras se esperaba su saludo
        [starttls] al cambiar al cifrado (STLS)
        [authenticating] al iniciar sesión
       *[command] a { $command }
    }. Inténtalo de nuevo más tarde; si sigue ocurriendo, comprueba el puerto y la configuración de seguridad.
error-closed = El servidor { $host } cerró la conexión { $phase ->
        [connecting] al conectar
        [tls-handshake] al configurar el cifrado
        [greeting] mientras se esperaba su saludo
        [starttls] al cambiar al cifrado (STLS)
        [authenticating] al iniciar sesión
       *[command] al responder a { $command }
    }. Inténtalo de nuevo más tarde; si sigue ocurriendo, comprueba el puerto y la configuración de seguridad.
error-io = La conexión con { $host } falló { $phase ->
        [connecting] al conectar
        [tls-handshake] al configurar el cifrado
        [greeting] mientras se esperaba su saludo
        [starttls] al cambiar al cifrado (STLS)
        [authenticating] al iniciar sesión
       *[command] al responder a { $command }
    } ({ $detail }). Inténtalo de nuevo más tarde.
error-protocol = El servidor { $host } envió algo que Postie no pudo entender { $phase ->
        [connecting] al conectar
        [tls-handshake] al configurar el cifrado
        [greeting] mientras se esperaba su saludo
        [starttls] al cambiar al cifrado (STLS)
        [authenticating] al iniciar sesión
       *[command] al responder a { $command }
    } ({ $detail }). Se cerró la conexión; inténtalo de nuevo más tarde.
error-tls-handshake = No se pudo establecer una conexión segura con { $host } ({ $detail }). Puede que el servidor solo ofrezca un cifrado obsoleto (anterior a TLS 1.2) o que este puerto no use TLS: comprueba la configuración de seguridad.
error-certificate = Se rechazó el certificado de { $host } porque { $reason ->
        [expired] ha caducado
        [not-yet-valid] todavía no es válido
        [wrong-host] se emitió para otro nombre de servidor
        [self-signed] está autofirmado
        [untrusted-issuer] lo emitió una autoridad en la que este equipo no confía
       *[other] { $detail }
    }. Si estás seguro de que es tu servidor, confía en el certificado con la huella SHA-256 { $fingerprint }.
error-certificate-reason = { $reason ->
        [expired] ha caducado
        [not-yet-valid] todavía no es válido
        [wrong-host] se emitió para otro nombre de servidor
        [self-signed] está autofirmado
        [untrusted-issuer] lo emitió una autoridad en la que este equipo no confía
       *[other] { $detail }
    }
error-certificate-changed = El certificado de { $host } ha cambiado desde que confiaste en él (ahora es SHA-256 { $fingerprint }), así que no se envió nada. Si tu proveedor realmente lo cambió, comprueba la nueva huella y vuelve a confiar en él.
error-starttls-unavailable = El servidor { $host } no ofrece cifrado con STARTTLS, así que Postie se detuvo antes de enviar tu contraseña. Usa la seguridad «tls» (normalmente el puerto 995) o consulta a tu proveedor.
error-starttls-refused = El servidor { $host } se negó a iniciar el cifrado ({ $text }), así que Postie se detuvo antes de enviar tu contraseña. Usa la seguridad «tls» (normalmente el puerto 995) o inténtalo de nuevo más tarde.
error-starttls-injection = El servidor { $host } envió datos antes de que se configurara el cifrado, lo que puede ser un ataque, así que Postie se desconectó sin enviar tu contraseña.
error-greeting-refused = El servidor { $host } rechazó la conexión ({ $text }). Inténtalo de nuevo más tarde.
error-no-login-method = Postie no pudo elegir un método de inicio de sesión para { $host }: { $detail }. Comprueba la configuración de seguridad y de inicio de sesión de la cuenta.
error-auth-rejected = El servidor { $host } rechazó el nombre de usuario o la contraseña ({ $text }). Compruébalos en la configuración de la cuenta; Postie no volverá a intentarlo con la misma contraseña.
error-temporary = El servidor { $host } { $reason ->
        [in-use] indica que otro programa está usando el buzón
        [login-delay] solo permite iniciar sesión cada cierto tiempo y este intento llegó demasiado pronto
       *[system] tiene un problema temporal
    } ({ $text }). Postie conserva tu contraseña y lo volverá a intentar { $retry ->
        [minutes] dentro de { $delay } minutos
        [seconds] { $delay ->
            [one] dentro de { $delay } segundo
           *[other] dentro de { $delay } segundos
        }
       *[later] más tarde
    }.
error-permanent = El servidor { $host } deniega el acceso a esta cuenta: { $text }. Revisa la cuenta con tu proveedor (por ejemplo, si el acceso POP está activado).
error-sasl = Se abandonó el inicio de sesión en { $host }: { $detail }. Inténtalo de nuevo más tarde; si sigue ocurriendo, elige otro método de inicio de sesión.
error-command-failed = El servidor { $host } rechazó { $command } ({ $text }).
error-unsupported = El servidor { $host } no admite { $command }.
error-sink = No se pudo guardar el mensaje ({ $detail }). No se eliminó nada del servidor; libera espacio en disco o revisa la carpeta de datos y vuelve a comprobar el correo.
error-invalid-setting = Postie no envió el comando porque { $reason }. Corrígelo en la configuración de la cuenta.
error-command-invalid = { $problem ->
        [forbidden-character] { $field ->
            [user-name] el nombre de usuario
            [password] la contraseña
            [apop-digest] el resumen APOP
            [sasl-mechanism] el mecanismo SASL
            [sasl-response] la respuesta SASL
           *[command] el comando
        } contiene un salto de línea o un carácter NUL
        [too-long] { $field ->
            [user-name] el nombre de usuario es demasiado largo
            [password] la contraseña es demasiado larga
            [apop-digest] el resumen APOP es demasiado largo
            [sasl-mechanism] el mecanismo SASL es demasiado largo
            [sasl-response] la respuesta SASL es demasiado larga
           *[command] el comando es demasiado largo
        } para un comando POP3
       *[empty] { $field ->
            [user-name] el nombre de usuario está vacío
            [password] la contraseña está vacía
            [apop-digest] el resumen APOP está vacío
            [sasl-mechanism] el mecanismo SASL está vacío
            [sasl-response] la respuesta SASL está vacía
           *[command] el comando está vacío
        }
    }

## Por qué no se pudo elegir un método de inicio de sesión

error-login-method-would-expose = la conexión no está cifrada y los únicos métodos de inicio de sesión que quedan enviarían la contraseña de forma legible
error-login-method-not-offered = el servidor no ofrece el método de inicio de sesión { $method }
error-login-method-no-apop-timestamp = el saludo del servidor no tiene marca de tiempo APOP, así que no se puede usar APOP
error-login-method-nothing-in-common = el servidor no ofrece ningún método de inicio de sesión compatible con Postie (ofrece: { $offered })

## Por qué se abandonó un inicio de sesión

error-sasl-unexpected-challenge = el servidor envió un desafío de inicio de sesión en un momento inesperado
error-sasl-malformed = el desafío de inicio de sesión del servidor está mal formado ({ $detail })
error-sasl-server-said = el servidor informó de un error de inicio de sesión: { $text }
error-sasl-server-not-authenticated = el servidor no pudo demostrar que conoce la contraseña

## Lo que envió el servidor y Postie no pudo entender

error-protocol-line-too-long = el servidor envió una línea de más de { $limit } bytes
error-protocol-not-a-response = el servidor envió una línea que no es una respuesta POP3 ({ $detail })
error-protocol-unsolicited = el servidor envió datos que no se habían pedido
error-protocol-too-many-lines = el servidor envió más de { $limit } líneas en una sola lista
error-parse-not-a-status-line = la línea no es ni +OK ni -ERR
error-parse-bad-number = faltaba un número o estaba fuera de rango
error-parse-malformed = la línea tiene una forma incorrecta: { $detail }
error-parse-bad-base64 = el desafío SASL no es base64 válido

## Valores escritos o guardados

error-fingerprint-invalid = una huella SHA-256 tiene 64 dígitos hexadecimales, opcionalmente separados por dos puntos
error-unknown-security = modo de seguridad desconocido «{ $value }» (usa tls, starttls o plain)
error-unknown-login-method = método de inicio de sesión desconocido «{ $value }» (usa uno de estos: { $names })
error-unknown-over-size = acción desconocida para mensajes demasiado grandes «{ $value }» (usa skip o headers)

## Configuración de la cuenta

error-account-name-empty = El nombre de la cuenta está vacío.
error-account-name-control = El nombre de la cuenta contiene caracteres de control.
error-account-host-invalid = «{ $host }» no es un nombre de servidor válido.
error-account-port-invalid = El puerto debe estar entre 1 y 65535.
error-account-user-name-invalid = El nombre de usuario está vacío o contiene un salto de línea.
error-account-zero-days = Eliminar a los 0 días es lo mismo que eliminar tras la descarga; elige esa opción en su lugar.
error-account-password-command-empty = El comando de contraseña está vacío.

## Contraseñas: depósito de claves y comando de contraseña

error-no-keyring = No hay ningún depósito de claves disponible para guardar o leer la contraseña ({ $detail }). Inicia un Secret Service (como GNOME Keyring o KeePassXC) o usa --password-command para obtener la contraseña de un comando.
error-keyring-not-found = El depósito de claves no tiene ninguna contraseña para esta cuenta. Vuelve a establecerla (postie account edit NAME --password-stdin).
error-keyring-refused = El depósito de claves denegó el acceso a la contraseña ({ $detail }). Desbloquea el depósito de claves e inténtalo de nuevo.
error-password-command-failed = El comando de contraseña falló: { $reason }. Comprueba el comando de contraseña de la cuenta.
error-password-command-not-started = no se pudo iniciar ({ $detail })
error-password-command-timed-out = no terminó en { $seconds } segundos
error-password-command-wait-failed = falló la espera a que terminara ({ $detail })
error-password-command-status = terminó con el estado { $code }
error-password-command-status-said = terminó con el estado { $code }: { $said }
error-password-command-signal = lo terminó una señal
error-password-command-signal-said = lo terminó una señal: { $said }
error-password-command-empty-output = la primera línea de su salida estaba vacía

## Comprobar el correo (src/sync)

sync-phase = { $phase ->
        [connecting] conectando
        [listing] listando
        [downloading] descargando
        [deleting] eliminando
       *[finishing] finalizando
    }
sync-policy = { $policy ->
        [keep] mantener en el servidor
        [delete-after-download] eliminar del servidor tras la descarga
        [delete-after-days] { $days ->
            [one] eliminar del servidor { $days } día después de la descarga
           *[other] eliminar del servidor { $days } días después de la descarga
        }
       *[delete-when-trashed] eliminar del servidor al eliminar aquí
    }
sync-delete-reason = { $reason ->
        [pending] eliminación aún no confirmada por el servidor
        [downloaded] descargado
        [aged] conservado durante el número de días elegido
       *[deleted-here] eliminado aquí
    }
sync-error-busy = Otro Postie ya está comprobando el correo de esta cuenta; inténtalo de nuevo cuando termine.
sync-error-listing-failed = El servidor no pudo listar sus mensajes ({ $text }), así que no se descargó ni se eliminó nada. Inténtalo de nuevo más tarde.
sync-error-internal = Postie detuvo esta comprobación por un error interno ({ $detail }). No se eliminó nada del servidor.
sync-error-disk-full = El disco está lleno, así que Postie no pudo guardar el correo nuevo y lo dejó en el servidor; libera espacio y vuelve a comprobar.
# $detail is the system's own words for the failure.
sync-error-disk-failed = El disco falló mientras Postie guardaba el correo nuevo ({ $detail }), así que Postie lo dejó en el servidor; revisa el disco y vuelve a comprobar.
sync-internal-password-not-fetched = no se obtuvo la contraseña
sync-internal-store-lost = la base de datos se perdió tras un fallo anterior
sync-error-uidl-required = El servidor no admite UIDL, así que Postie no puede saber qué mensajes tiene ya y no puede { $policy ->
        [keep] mantener el correo en el servidor
        [delete-after-download] eliminar el correo del servidor tras la descarga
        [delete-after-days] { $days ->
            [one] eliminar el correo del servidor { $days } día después de la descarga
           *[other] eliminar el correo del servidor { $days } días después de la descarga
        }
       *[delete-when-trashed] eliminar del servidor el correo que se elimine aquí
    }. Elige «eliminar del servidor tras la descarga» para esta cuenta.
sync-warning-not-delivered = El servidor no pudo entregar el mensaje { $number } ({ $text }); Postie lo volverá a intentar en la próxima comprobación.
sync-warning-too-large = El mensaje { $number } ({ $size }) es más grande de lo que Postie puede guardar ({ $limit }), así que solo se descargaron sus encabezados; sigue en el servidor.
sync-warning-larger-than-listed = El mensaje { $number } resultó más grande de lo que Postie puede guardar ({ $limit }), aunque el servidor lo indicaba con { $listed }; sigue en el servidor, y la próxima vez Postie solo descargará sus encabezados.
sync-warning-delete-refused = El servidor se negó a eliminar el mensaje { $number } ({ $text }); Postie lo volverá a intentar más tarde.
sync-warning-shared-uidls = El servidor dio el mismo identificador único a { $count } mensajes; Postie los reconoce por su contenido.
sync-warning-no-valid-uidl = { $count ->
        [one] { $count } mensaje del servidor no tiene un identificador único válido; Postie lo reconoce por su contenido.
       *[other] { $count } mensajes del servidor no tienen un identificador único válido; Postie los reconoce por su contenido.
    }
sync-warning-uidls-changed = El servidor cambió los identificadores únicos de sus mensajes (¿una migración?). Postie los compara por su contenido, así que nada se guarda dos veces, pero tiene que volver a descargarlos una vez.
sync-warning-expire-zero = El servidor elimina cada mensaje en cuanto se descarga (EXPIRE 0), así que el correo no se puede mantener allí.
sync-warning-expire-days = El servidor elimina los mensajes { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de descargarlos, sea cual sea la configuración de esta cuenta.
sync-warning-expire-sooner = El servidor elimina los mensajes { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de descargarlos, antes de los { $kept } días que esta cuenta los mantiene allí.
sync-warning-quit-not-confirmed = El servidor no confirmó el final de la sesión ({ $reason }); en la próxima comprobación se verificará si { $count ->
        [one] { $count } mensaje se eliminó
       *[other] { $count } mensajes se eliminaron
    } allí.

## La base de datos local del correo (src/store)

store-error-sqlite = No se pudo usar la base de datos del correo ({ $detail }). Si el disco está lleno, libera espacio e inténtalo de nuevo.
store-error-io = No se pudo usar la carpeta de datos ({ $detail }). Comprueba que existe y que se puede escribir en ella.
store-error-too-new = La base de datos del correo la escribió un Postie más reciente (esquema { $found }; este conoce hasta el { $supported }). Actualiza Postie para abrirla.
store-error-corrupt = La base de datos del correo está dañada ({ $detail }).
store-corrupt-account-field = la cuenta «{ $name }» tiene { $field ->
        [security] un modo de seguridad desconocido
        [auth] un método de inicio de sesión desconocido
        [policy] una regla de servidor desconocida
        [fingerprint] una huella de certificado desconocida
       *[over-size] una acción desconocida para mensajes demasiado grandes
    }
store-corrupt-no-wal = no se pudo cambiar a WAL (modo de registro { $mode })
store-corrupt-negative-version = versión de esquema negativa { $version }
store-no-account-named = No hay ninguna cuenta «{ $name }».
store-no-account-id = No hay ninguna cuenta { $id }.
store-no-message = No hay ningún mensaje { $id }.
store-account-exists = Ya existe una cuenta llamada «{ $name }».
store-message-too-large = mensaje demasiado grande
store-unknown-folder = carpeta desconocida «{ $value }» (usa inbox o trash)

## Leer mensajes (src/mail)

mail-html-image = [imagen]
mail-html-image-described = [imagen: { $alt }]
mail-html-embedded = [contenido incrustado no mostrado]
mail-html-truncated = … (mensaje truncado)
mail-attachment-file-name = adjunto

## Correo de ejemplo (src/demo)

demo-account-name = Correo de ejemplo
demo-error-server = No se pudo iniciar el servidor de correo de ejemplo ({ $detail }).

## The command line (`postie …`): tables, summaries, errors

cli-no-data-dir = no se encontró ningún directorio de datos; indica --data-dir DIR o define POSTIE_DATA_DIR.
cli-demo-no-temp-dir = no se pudo crear una carpeta temporal para el correo de ejemplo ({ $error }).
cli-no-home = No se encontró ninguna carpeta personal; define XDG_DATA_HOME o HOME.
cli-no-executable = Postie no pudo averiguar dónde está su propio archivo de programa ({ $error }).
cli-install-desktop-failed = No se pudo añadir Postie al menú de aplicaciones en { $folder } ({ $error }).
cli-install-desktop-done = Postie ya está en el menú de aplicaciones ({ $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
} en { $folder }; inicia { $program }).
cli-uninstall-desktop-failed = No se pudo quitar Postie del menú de aplicaciones en { $folder } ({ $error }).
cli-uninstall-desktop-nothing = Postie no estaba en el menú de aplicaciones (no hay nada en { $folder }).
cli-uninstall-desktop-done = Postie ya no está en el menú de aplicaciones ({ $count ->
    [one] { $count } archivo eliminado
   *[other] { $count } archivos eliminados
}).
cli-no-such-account = No hay ninguna cuenta llamada «{ $name }». Consulta «postie account list».
cli-no-accounts = Aún no hay cuentas. Añade una con «postie account add».
cli-no-such-message = No hay ningún mensaje { $id }. Consulta «postie list».
cli-account-add-needs-host = Para añadir una cuenta hace falta --host.
cli-account-add-needs-user = Para añadir una cuenta hace falta --user.
cli-account-add-needs-password = Indica de dónde sale la contraseña: --password-stdin (se guarda en el depósito de claves) o --password-command CMD.
cli-account-exists = Ya existe una cuenta llamada «{ $name }».
cli-account-removed-password-kept = la cuenta se eliminó, pero su contraseña no se pudo eliminar del depósito de claves: { $error }
cli-plain-warning = aviso: la seguridad «plain» envía tu contraseña y tu correo sin cifrar; cualquiera en la red puede leerlos.
cli-no-password-on-stdin = No se recibió ninguna contraseña por la entrada estándar.
cli-account-list-name = Nombre
cli-account-list-login = Usuario y servidor
cli-account-list-security = Cifrado
cli-account-list-policy = En el servidor
cli-export-needs-target = Indica --mbox FILE o --maildir DIR.
cli-export-done = { $count ->
    [one] { $count } mensaje exportado.
   *[other] { $count } mensajes exportados.
}
cli-export-file-exists = No se pudo crear { $path } ({ $error }); elige un archivo que aún no exista.
cli-export-maildir-not-empty = { $path } ya existe; exporta a un Maildir vacío.
cli-fetch-already-complete = el mensaje { $id } ya está completo.
cli-progress = { $account }: { $phase }
cli-progress-count = { $account }: { $phase } { $done } de { $total } ({ $size })
cli-fetch-summary = { $account }: { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}, { $already_had ->
    [one] { $already_had } ya descargado
   *[other] { $already_had } ya descargados
}, { $deleted ->
    [one] { $deleted } eliminado del servidor
   *[other] { $deleted } eliminados del servidor
}, { $skipped ->
    [one] { $skipped } omitido
   *[other] { $skipped } omitidos
}
cli-fetch-headers-only = ({ $count } solo con cabeceras)
cli-fetch-error = { $account }: error: { $error }
cli-fetch-postponed = { $account }: no comprobado: el servidor solo permite iniciar sesión cada pocos minutos; próxima comprobación: { $date }
cli-fetch-dry-run = { $account }: simulación: { $download } por descargar, { $delete } por eliminar del servidor, { $already_had ->
    [one] { $already_had } ya descargado
   *[other] { $already_had } ya descargados
}, { $skipped ->
    [one] { $skipped } omitido
   *[other] { $skipped } omitidos
}
cli-fetch-would-delete = se eliminaría { $uidl } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}): { $reason }
cli-list-id = ID
cli-list-date = Fecha
cli-list-from = Remitente
cli-list-subject = Asunto
cli-list-unreadable = (mensaje ilegible, se muestra sin procesar)
cli-show-from = De: { $sender }
cli-show-to = Para: { $to }
cli-show-cc = CC: { $cc }
cli-show-date = Fecha: { $date }
cli-show-subject = Asunto: { $subject }
cli-show-headers-only = Nota: solo se descargaron las cabeceras (límite de tamaño); usa «postie fetch --full { $id }».
cli-show-unreadable = Nota: este mensaje no se pudo leer como correo electrónico; se muestra tal como se recibió.
cli-show-attachment = Adjunto: { $name } ({ $content_type }, { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
})
cli-show-attachment-no-name = (sin nombre)
cli-trash-emptied = { $count ->
    [one] { $count } mensaje eliminado de la Papelera.
   *[other] { $count } mensajes eliminados de la Papelera.
}

## The command line's help (`postie --help`, `postie account add --help`)

cli-help = Un cliente de correo POP3 de escritorio que nunca pierde un mensaje
cli-help-data-dir = Dónde está la base de datos del correo (predeterminado: `postie` en el directorio de datos XDG)
cli-help-verbose = Escribir también las líneas de registro en stderr (las del propio Postie desde DEBUG). El archivo de registro del directorio de estado XDG (`postie/logs`, o $POSTIE_LOG_DIR) se escribe siempre
cli-help-account = Añadir, listar, editar o eliminar cuentas
cli-help-account-add = Añadir una cuenta
cli-help-account-add-name = El nombre de la cuenta, tal como lo usan los demás comandos
cli-help-account-add-host = El nombre de host del servidor POP3
cli-help-account-add-port = Puerto (predeterminado: 995 para tls, 110 para starttls y plain)
cli-help-account-add-security = tls (predeterminado), starttls o plain
cli-help-account-add-user = Nombre de usuario, exactamente como lo da el proveedor
cli-help-account-add-password-stdin = Leer la contraseña de la entrada estándar (primera línea) y guardarla en el depósito de claves
cli-help-account-add-password-command = Ejecutar este comando (con sh -c) para obtener la contraseña: la primera línea de su salida
cli-help-account-add-keep = Mantener los mensajes en el servidor (predeterminado)
cli-help-account-add-delete-after-download = Eliminar los mensajes del servidor en cuanto se guarden aquí
cli-help-account-add-delete-after-days = Eliminar los mensajes del servidor N días después de descargarlos
cli-help-account-add-delete-when-trashed = Eliminar los mensajes del servidor en cuanto se eliminen aquí
cli-help-account-add-auth = auto (predeterminado), scram-sha-256, cram-md5, plain, login, user, apop, xoauth2
cli-help-account-add-trust-cert = Aceptar exactamente este certificado (huella SHA-256, 64 dígitos hexadecimales, se admiten dos puntos)
cli-help-account-add-max-size = Los mensajes de más de este número de bytes se omiten o se descargan solo con las cabeceras
cli-help-account-add-over-size = Qué hacer con los mensajes que superan --max-size: skip (predeterminado) o headers
cli-help-account-list = Listar las cuentas
cli-help-account-list-json = Mostrar un array JSON de las cuentas
cli-help-account-remove = Eliminar una cuenta. Su correo se queda aquí salvo que se indique --delete-mail; no se toca nada en el servidor
cli-help-account-remove-name = El nombre de la cuenta
cli-help-account-remove-delete-mail = Eliminar también aquí los mensajes de la cuenta
cli-help-account-edit = Cambiar la configuración de una cuenta
cli-help-account-edit-name = { cli-help-account-add-name }
cli-help-account-edit-host = { cli-help-account-add-host }
cli-help-account-edit-port = { cli-help-account-add-port }
cli-help-account-edit-security = { cli-help-account-add-security }
cli-help-account-edit-user = { cli-help-account-add-user }
cli-help-account-edit-password-stdin = { cli-help-account-add-password-stdin }
cli-help-account-edit-password-command = { cli-help-account-add-password-command }
cli-help-account-edit-keep = { cli-help-account-add-keep }
cli-help-account-edit-delete-after-download = { cli-help-account-add-delete-after-download }
cli-help-account-edit-delete-after-days = { cli-help-account-add-delete-after-days }
cli-help-account-edit-delete-when-trashed = { cli-help-account-add-delete-when-trashed }
cli-help-account-edit-auth = { cli-help-account-add-auth }
cli-help-account-edit-trust-cert = { cli-help-account-add-trust-cert }
cli-help-account-edit-max-size = { cli-help-account-add-max-size }
cli-help-account-edit-over-size = { cli-help-account-add-over-size }
cli-help-fetch = Descargar el correo nuevo (de todas las cuentas o de las indicadas)
cli-help-fetch-names = Las cuentas que comprobar; todas si no se indica ninguna
cli-help-fetch-json = Un objeto JSON por cuenta, uno por línea
cli-help-fetch-dry-run = Mostrar lo que se descargaría y eliminaría, sin cambiar nada
cli-help-fetch-full = Descargar también completos estos mensajes, de los que solo se descargaron las cabeceras por el límite de tamaño
cli-help-list = Listar los mensajes
cli-help-list-account = Solo los mensajes de esta cuenta
cli-help-list-folder = inbox o trash (predeterminado: ambas)
cli-help-list-json = Mostrar un array JSON de los mensajes
cli-help-show = Mostrar un mensaje: sus cabeceras y su texto legible
cli-help-show-id = El ID del mensaje, tal como lo muestra `postie list`
cli-help-show-raw = Escribir el mensaje exactamente como se recibió (finales de línea CRLF)
cli-help-search = Buscar en el remitente, los destinatarios, el asunto y el texto
cli-help-search-query = Las palabras que buscar
cli-help-search-json = Mostrar un array JSON de los mensajes
cli-help-trash = Mover mensajes a la Papelera
cli-help-trash-ids = Los ID de los mensajes, tal como los muestra `postie list`
cli-help-restore = Recuperar mensajes de la Papelera
cli-help-restore-ids = Los ID de los mensajes, tal como los muestra `postie list`
cli-help-empty-trash = Eliminar definitivamente todo lo que hay en la Papelera
cli-help-demo = Abrir la aplicación con correo de ejemplo de un pequeño servidor propio en 127.0.0.1, en un directorio de datos temporal (no se usa nada tuyo)
cli-help-install-desktop = Añadir Postie al menú de aplicaciones del escritorio (un archivo .desktop, iconos y metainfo en $XDG_DATA_HOME, normalmente ~/.local/share)
cli-help-uninstall-desktop = Quitar Postie del menú de aplicaciones
cli-help-export = Exportar mensajes a un archivo mbox o a un Maildir
cli-help-export-mbox = Un archivo mbox (con el escape de mboxrd)
cli-help-export-maildir = Un directorio Maildir (se crea si hace falta)
cli-help-export-account = Solo los mensajes de esta cuenta

## Más detalles de los errores POP3

error-connect-no-address = no se encontró ninguna dirección
error-connect-timed-out = se agotó el tiempo de conexión

## Cierre, y un segundo Postie

sync-stopped = La comprobación se detuvo porque Postie se estaba cerrando; todo lo que ya había llegado está guardado.
app-closing = Terminando la descarga en curso antes de cerrar…
app-already-open = Postie ya está abierto para { $folder }; su ventana se ha traído al frente.
app-already-open-no-answer = Postie ya está abierto para { $folder }, pero no responde. Ciérralo (o espera a que termine) y vuelve a intentarlo.
settings-notify-new-mail = Avisarme cuando llegue correo nuevo

## Archivos de registro

logging-no-folder = no se encontró ninguna carpeta para los archivos de registro (no hay carpeta personal); define { $variable }
logging-cannot-write = no se pueden escribir archivos de registro en { $folder } ({ $error })
logging-continuing = postie: { $problem }; se continúa sin archivo de registro.
logging-bad-filter = postie: { $variable } no es un filtro de registro válido ({ $error }); se usa el predeterminado.
