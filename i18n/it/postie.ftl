# Postie in Italiano. English (i18n/en/postie.ftl) is the reference:
# the same message ids and the same $placeholders.

language-name = Italiano

## Dates and times

time-of-day = { $hour }:{ $minute }
date-weekday-time = { $weekday } { $time }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-full = { $weekday } { $day } { $month } { $year }, { $time }
month-short = { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
month-long = { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
}
weekday-short = { $weekday ->
    [1] lun
    [2] mar
    [3] mer
    [4] gio
    [5] ven
    [6] sab
   *[7] dom
}
weekday-long = { $weekday ->
    [1] lunedì
    [2] martedì
    [3] mercoledì
    [4] giovedì
    [5] venerdì
    [6] sabato
   *[7] domenica
}
time-just-now = proprio ora
time-minutes-ago = { $minutes ->
    [one] { $minutes } minuto fa
   *[other] { $minutes } minuti fa
}
time-in-minutes = { $minutes ->
    [one] tra { $minutes } minuto
   *[other] tra { $minutes } minuti
}
time-at = alle { $time }

## Sizes

size-bytes = { $size } B
size-kilobytes = { $size } KB
size-megabytes = { $size } MB
size-gigabytes = { $size } GB

## App shell and Settings

app-title = Postie
app-title-unread = Postie ({ $count ->
    [one] { $count } non letto
   *[other] { $count } non letti
})
app-error-data-folder = Postie non è riuscito a creare la sua cartella dei dati { $folder } ({ $error }).
app-error-window = Non è stato possibile aprire la finestra ({ $error }).
app-error-store-closed = Il database della posta non è più aperto.
app-error-store-silent = Il database della posta ha smesso di rispondere.
app-check-cancelled = Il controllo è stato annullato; non è stato eliminato nulla dal server.
settings-title = Impostazioni
settings-done-button = Fatto
settings-accounts-heading = Account
settings-no-accounts = Ancora nessun account.
settings-account-summary = { $username } su { $host }:{ $port } · { $policy }
settings-edit-button = Modifica
settings-remove-button = Rimuovi
settings-check-for-mail = Controlla la posta
settings-interval-manual = Solo quando lo chiedo
settings-interval-minutes = { $minutes ->
    [one] Ogni minuto
   *[other] Ogni { $minutes } minuti
}
settings-interval-hours = { $hours ->
    [one] Ogni ora
   *[other] Ogni { $hours } ore
}
settings-appearance-heading = Aspetto
settings-theme-system = Come il sistema
settings-theme-light = Chiaro
settings-theme-dark = Scuro
settings-language-heading = Lingua
settings-language-system = Lingua di sistema ({ $language })
settings-remove-title = Rimuovere { $account }?
settings-remove-explanation = Postie smette di controllare questo account. Sul server non viene toccato nulla.
settings-remove-keep-mail = Conserva i suoi messaggi su questo computer
settings-remove-cancel = Annulla
settings-remove-confirm = Rimuovi account

## Main window: sidebar, message list, reader and status bar

mailbox-all-inboxes = Tutta la posta in arrivo
mailbox-trash = Cestino
mailbox-add-account = Aggiungi account
mailbox-settings = Impostazioni
mailbox-search-placeholder = Cerca mittente, oggetto, testo…
mailbox-empty-trash-button = Svuota cestino
mailbox-restore-button = Ripristina
mailbox-delete-button = Elimina
mailbox-message-count = { $count ->
    [one] { $count } messaggio
   *[other] { $count } messaggi
}
mailbox-found-count = { $count ->
    [one] { $count } risultato
   *[other] { $count } risultati
}
mailbox-sort-label = Ordina:
mailbox-sort-date = Data
mailbox-sort-sender = Mittente
mailbox-sort-subject = Oggetto
mailbox-select-hint = Seleziona un messaggio per leggerlo.
mailbox-selected-count = { $count ->
    [one] { $count } messaggio selezionato.
   *[other] { $count } messaggi selezionati.
}
mailbox-no-subject = (nessun oggetto)

## Status bar

mailbox-checked = Ultimo controllo: { $when }
mailbox-next-check = prossimo controllo { $when }
mailbox-progress-downloading = Scaricamento: { $done } di { $total } ({ $size })
mailbox-phase-connecting = Connessione in corso…
mailbox-phase-listing = Recupero dell’elenco dei messaggi…
mailbox-phase-downloading = Scaricamento dei messaggi…
mailbox-phase-deleting = Eliminazione dei messaggi…
mailbox-phase-finishing = Completamento…
mailbox-cancel = Annulla

## Empty Trash dialog

mailbox-empty-trash-title = Svuotare il cestino?
mailbox-empty-trash-text = I messaggi nel cestino verranno eliminati definitivamente da questo computer.
mailbox-empty-trash-confirm = Elimina definitivamente

## Saving attachments and messages

mailbox-save-attachment-title = Salva allegato
mailbox-save-all-title = Salva tutti gli allegati
mailbox-save-message-title = Salva messaggio
mailbox-not-saved = Non salvato.
mailbox-saved-as = Salvato come { $path }.
mailbox-attachments-saved = { $count ->
    [one] { $count } allegato salvato in { $folder }.
   *[other] { $count } allegati salvati in { $folder }.
}
mailbox-save-failed = Impossibile salvare { $path } ({ $error }).
mailbox-attachment-unreadable = Impossibile leggere l’allegato.
mailbox-message-gone = Il messaggio non esiste più.

## Message list

list-empty = Nessun messaggio qui.
list-unreadable-message = (messaggio illeggibile)

## Reader

reader-star = Contrassegna
reader-unstar = Rimuovi contrassegno
reader-mark-read = Segna come letto
reader-mark-unread = Segna come non letto
reader-view-source = Visualizza sorgente
reader-show-message = Mostra messaggio
reader-save-eml = Salva come .eml
reader-from = Da
reader-to = A
reader-cc = Cc
reader-date = Data
reader-starred = Contrassegnato
reader-headers-only = Sono state scaricate solo le intestazioni: il messaggio supera il limite di dimensione di questo account. Scaricalo per intero con «postie fetch --full { $id }».
reader-unreadable = Non è stato possibile leggere questo messaggio come e-mail; viene mostrato così come è stato ricevuto.
reader-truncated = Questo messaggio è molto grande; ne viene mostrato solo l’inizio. «{ reader-save-eml }» lo conserva per intero.
reader-html-note = Mostrato come testo ricavato dalla parte HTML. Le immagini e gli altri contenuti remoti non vengono mai caricati.
reader-links = Link
reader-link-deceptive = mostrato come «{ $text }», ma porta altrove
reader-attachments = { $count ->
    [one] { $count } allegato
   *[other] { $count } allegati
}
reader-save-all = Salva tutti
reader-no-name = (senza nome)
reader-save-attachment = Salva…
reader-show-more = Mostra il resto del messaggio

## Notifiche di nuova posta

notify-no-subject = (nessun oggetto)
notify-new-messages = { $count ->
    [one] { $count } nuovo messaggio in { $account }
   *[other] { $count } nuovi messaggi in { $account }
}
notify-latest = Il più recente: { $sender } – { $subject }

## Welcome screen (the first screen, before any account exists)

welcome-title = Ti diamo il benvenuto in Postie
welcome-intro = Postie scarica la tua posta tramite POP3 e la conserva al sicuro su questo computer. Dal tuo server non viene rimosso nulla, a meno che tu non lo chieda.
welcome-add-account-button = Aggiungi un account
welcome-sample-mail-button = Prova con la posta di esempio
welcome-sample-mail-note = La posta di esempio arriva da un piccolo server integrato in Postie: non servono account né connessione di rete.

## Account setup: the form for adding or editing an account

setup-title-add = Aggiungi un account
setup-title-edit = Modifica account
setup-your-name = Il tuo nome
setup-email-address = Indirizzo email
setup-preset-filled = Impostazioni di { $provider } compilate.
setup-incoming-heading = Posta in entrata (POP3)
setup-server = Server
setup-port = Porta
setup-security = Sicurezza della connessione
setup-security-tls = SSL/TLS (consigliato)
setup-security-none = Nessuna: la password e la posta attraversano la rete senza crittografia
setup-trusted-certificate = Certificato attendibile: SHA-256 { $fingerprint }
setup-username = Nome utente
setup-password = Password
setup-password-keep = Password (lascia vuoto per mantenerla)
setup-use-password-command = Ottieni la password da un comando anziché dal portachiavi
setup-password-command = Comando (la prima riga del suo output è la password)
setup-login-method = Metodo di autenticazione
setup-auth-auto = Automatico (il più sicuro supportato da entrambe le parti)
setup-auth-access-token = { $method } (token di accesso)
setup-cancel-button = Annulla
setup-test-connection-button = Prova connessione
setup-save-button = Salva
setup-saving = Salvataggio…
setup-error-port = La porta deve essere un numero da 1 a 65535.
setup-error-days = Indica il numero di giorni, 1 o più.
setup-error-password-missing = Digita la password dell’account (o scegli un comando che la fornisca).

## Account setup: what happens to mail on the server. "It" is the mail.

setup-policy-heading = Cosa succede alla posta sul server
setup-policy-keep = Lasciala sul server
setup-policy-keep-explanation = I messaggi restano sul server dopo che Postie li ha scaricati, così gli altri tuoi dispositivi possono ancora leggerli.
setup-policy-delete-after-download = Eliminala dopo averla scaricata
setup-policy-delete-after-download-explanation = Ogni messaggio viene eliminato dal server non appena è salvato al sicuro su questo computer.
setup-policy-delete-after-days = Eliminala dopo alcuni giorni
setup-policy-delete-after-days-explanation = { $days ->
    [one] Ogni messaggio viene eliminato dal server { $days } giorno dopo che Postie lo ha scaricato per la prima volta.
   *[other] Ogni messaggio viene eliminato dal server { $days } giorni dopo che Postie lo ha scaricato per la prima volta.
}
setup-policy-days-unit = { $days ->
    [one] giorno
   *[other] giorni
}
setup-policy-delete-when-trashed = Eliminala dal server quando la elimino qui
setup-policy-delete-when-trashed-explanation = Un messaggio che elimini in Postie viene eliminato dal server al successivo controllo della posta.
setup-policy-server-keeps-nothing = Non su questo server: elimina ogni messaggio appena è stato scaricato (EXPIRE 0).

## Account setup: what "Test connection" found. Labels on the left, findings on the right.

setup-test-connecting = Connessione in corso…
setup-test-passed = Connesso e autenticato.
setup-test-encryption = Crittografia
setup-test-encryption-none = Nessuna: la connessione non è crittografata
setup-test-encryption-verified = { $method }, certificato verificato
setup-test-encryption-pinned = { $method }, con il certificato che hai reso attendibile
setup-test-login-method = Metodo di autenticazione
setup-test-tracks-downloads = Tiene traccia dei download
setup-test-tracks-downloads-yes = Sì (UIDL): la posta non viene mai scaricata due volte.
setup-test-tracks-downloads-no = No (niente UIDL): si può usare solo «Eliminala dopo averla scaricata».
setup-test-messages-waiting = Messaggi in attesa
setup-test-messages-waiting-count = { $count } ({ $size })
setup-test-server-keeps-mail = Il server conserva la posta
setup-test-retention-forever = Per sempre
setup-test-retention-none = Per niente: elimina ogni messaggio appena scaricato
setup-test-retention-days = { $days ->
    [one] { $days } giorno dopo il download
   *[other] { $days } giorni dopo il download
}

## Account setup: the dialog about a server certificate Postie refused

setup-certificate-title = Il certificato del server non è attendibile
setup-certificate-refused = Postie ha rifiutato il certificato perché { $reason }.
setup-certificate-server = Server
setup-certificate-issued-to = Rilasciato a
setup-certificate-issued-by = Rilasciato da
setup-certificate-valid = Validità
setup-certificate-validity = Da { $from } a { $until }
setup-certificate-fingerprint = SHA-256
setup-certificate-advice = Consideralo attendibile solo se sai che è il certificato del tuo server (per esempio, se il tuo provider ti ha comunicato questa impronta). Da quel momento Postie accetterà esattamente questo certificato per questo server e ne rifiuterà qualsiasi altro.
setup-certificate-cancel-button = Annulla
setup-certificate-trust-button = Considera attendibile questo certificato

## Provider presets: notes shown in the account form when the address belongs to a known provider.

preset-note-gmail = Attiva POP nelle impostazioni di Gmail (Inoltro e POP/IMAP) e accedi con una password per le app, che richiede la verifica in due passaggi.
preset-note-outlook = Microsoft accetta solo l’accesso OAuth (XOAUTH2) per POP, e POP deve essere attivato nelle impostazioni di Outlook.
preset-note-yahoo = Accedi con una password per le app generata nella sicurezza dell’account Yahoo; la password normale viene rifiutata.
preset-note-aol = Accedi con una password per le app generata nella sicurezza dell’account AOL; la password normale viene rifiutata.
preset-note-gmx = Prima consenti, una sola volta, l’accesso POP3 e IMAP nelle impostazioni web di GMX.
preset-note-web-de = Prima consenti, una sola volta, l’accesso POP3 e IMAP nelle impostazioni web di WEB.DE.
preset-note-fastmail = Accedi con una password per le app creata nelle impostazioni di Fastmail, non con la password del tuo account.
preset-note-zoho-com = Prima attiva l’accesso POP nelle impostazioni di Zoho Mail; gli account nel data center europeo di Zoho usano invece pop.zoho.eu.
preset-note-zoho = Prima attiva l’accesso POP nelle impostazioni di Zoho Mail.
preset-note-yandex = Consenti l’accesso POP nelle impostazioni di Yandex Mail e accedi con una password per le app.
preset-note-mail-ru = Accedi con una password per applicazioni esterne creata nelle impostazioni di sicurezza di Mail.ru.
preset-note-t-online = Accedi con la password email separata impostata nel Telekom E-Mail Center; la password di accesso al sito web non funziona.
preset-note-o2 = Prima attiva l’accesso per i programmi di posta nelle impostazioni di o2 Poczta.
preset-note-naver = Prima attiva POP3 nelle impostazioni di Naver Mail.
preset-note-qq = Attiva POP3 nelle impostazioni di QQ Mail e accedi con il codice di autorizzazione che ti mostra, non con la tua password QQ.
preset-note-netease = Attiva POP3 nelle impostazioni di NetEase Mail e accedi con il codice di autorizzazione che ti mostra, non con la tua password.
preset-note-att = Accedi con una «secure mail key» creata nel tuo profilo AT&T, non con la password del tuo account.

## Provider presets: names with words to translate. Keep the brand names.

preset-name-gmx-international = GMX (internazionale)
preset-name-zoho-eu = Zoho Mail (UE)
preset-name-zoho-india = Zoho Mail (India)
preset-name-zoho-australia = Zoho Mail (Australia)
preset-name-zoho-japan = Zoho Mail (Giappone)
preset-name-zoho-canada = Zoho Mail (Canada)

## Errori di una sessione POP3 (src/pop3)

error-resolve = Impossibile trovare il server { $host } ({ $detail }). Controlla il nome del server e la connessione di rete.
error-connect = Impossibile connettersi a { $host } sulla porta { $port } ({ $detail }). Controlla il nome del server, la porta e la connessione di rete.
error-timeout = Il server { $host } non ha risposto entro { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    } { $phase ->
        [connecting] durante la connessione
        [tls-handshake] durante l’attivazione della crittografia
        [greeting] mentre Postie attendeva il suo messaggio di benvenuto
        [starttls] durante il passaggio alla crittografia (STLS)
        [authenticating] durante l’accesso
       *[command] al comando { $command }
    }. Riprova più tardi; se continua a succedere, controlla la porta e le impostazioni di sicurezza.
error-closed = Il server { $host } ha chiuso la connessione { $phase ->
        [connecting] durante la connessione
        [tls-handshake] durante l’attivazione della crittografia
        [greeting] mentre Postie attendeva il suo messaggio di benvenuto
        [starttls] durante il passaggio alla crittografia (STLS)
        [authenticating] durante l’accesso
       *[command] durante la risposta a { $command }
    }. Riprova più tardi; se continua a succedere, controlla la porta e le impostazioni di sicurezza.
error-io = La connessione a { $host } non è riuscita { $phase ->
        [connecting] durante la connessione
        [tls-handshake] durante l’attivazione della crittografia
        [greeting] mentre Postie attendeva il suo messaggio di benvenuto
        [starttls] durante il passaggio alla crittografia (STLS)
        [authenticating] durante l’accesso
       *[command] durante la risposta a { $command }
    } ({ $detail }). Riprova più tardi.
error-protocol = Il server { $host } ha inviato qualcosa che Postie non è riuscito a capire { $phase ->
        [connecting] durante la connessione
        [tls-handshake] durante l’attivazione della crittografia
        [greeting] mentre Postie attendeva il suo messaggio di benvenuto
        [starttls] durante il passaggio alla crittografia (STLS)
        [authenticating] durante l’accesso
       *[command] durante la risposta a { $command }
    } ({ $detail }). La connessione è stata chiusa; riprova più tardi.
error-tls-handshake = Impossibile stabilire una connessione sicura con { $host } ({ $detail }). Il server potrebbe offrire solo una crittografia obsoleta (precedente a TLS 1.2), oppure questa porta potrebbe non usare TLS: controlla l’impostazione di sicurezza.
error-certificate = Il certificato di { $host } è stato rifiutato perché { $reason ->
        [expired] è scaduto
        [not-yet-valid] non è ancora valido
        [wrong-host] è stato emesso per un altro nome di server
        [self-signed] è autofirmato
        [untrusted-issuer] è stato emesso da un’autorità di cui questo computer non si fida
       *[other] { $detail }
    }. Se sei sicuro che sia il tuo server, considera attendibile il certificato con impronta SHA-256 { $fingerprint }.
error-certificate-reason = { $reason ->
        [expired] è scaduto
        [not-yet-valid] non è ancora valido
        [wrong-host] è stato emesso per un altro nome di server
        [self-signed] è autofirmato
        [untrusted-issuer] è stato emesso da un’autorità di cui questo computer non si fida
       *[other] { $detail }
    }
error-certificate-changed = Il certificato di { $host } è cambiato da quando l’hai considerato attendibile (ora è SHA-256 { $fingerprint }), quindi non è stato inviato nulla. Se il tuo provider l’ha davvero cambiato, controlla la nuova impronta e consideralo di nuovo attendibile.
error-starttls-unavailable = Il server { $host } non offre la crittografia con STARTTLS, quindi Postie si è fermato prima di inviare la tua password. Usa la sicurezza «tls» (di solito la porta 995) o chiedi al tuo provider.
error-starttls-refused = Il server { $host } ha rifiutato di avviare la crittografia ({ $text }), quindi Postie si è fermato prima di inviare la tua password. Usa la sicurezza «tls» (di solito la porta 995) o riprova più tardi.
error-starttls-injection = Il server { $host } ha inviato dati prima che la crittografia fosse attiva, il che può essere un attacco, quindi Postie si è disconnesso senza inviare la tua password.
error-greeting-refused = Il server { $host } ha rifiutato la connessione ({ $text }). Riprova più tardi.
error-no-login-method = Postie non è riuscito a scegliere un metodo di accesso per { $host }: { $detail }. Controlla le impostazioni di sicurezza e di accesso dell’account.
error-auth-rejected = Il server { $host } ha rifiutato il nome utente o la password ({ $text }). Controllali nelle impostazioni dell’account; Postie non riproverà con la stessa password.
error-temporary = Il server { $host } { $reason ->
        [in-use] indica che la casella di posta è in uso da parte di un altro programma
        [login-delay] consente gli accessi solo a intervalli e questo è arrivato troppo presto
       *[system] ha un problema temporaneo
    } ({ $text }). Postie conserva la tua password e riproverà { $retry ->
        [minutes] tra { $delay } minuti
        [seconds] { $delay ->
            [one] tra { $delay } secondo
           *[other] tra { $delay } secondi
        }
       *[later] più tardi
    }.
error-permanent = Il server { $host } nega l’accesso a questo account: { $text }. Controlla l’account presso il tuo provider (ad esempio, se l’accesso POP è attivo).
error-sasl = L’accesso a { $host } è stato interrotto: { $detail }. Riprova più tardi; se continua a succedere, scegli un altro metodo di accesso.
error-command-failed = Il server { $host } ha rifiutato { $command } ({ $text }).
error-unsupported = Il server { $host } non supporta { $command }.
error-sink = Impossibile salvare il messaggio ({ $detail }). Non è stato eliminato nulla dal server; libera spazio su disco o controlla la cartella dei dati, poi controlla di nuovo la posta.
error-invalid-setting = Postie non ha inviato il comando perché { $reason }. Correggi il problema nelle impostazioni dell’account.
error-command-invalid = { $problem ->
        [forbidden-character] { $field ->
            [user-name] il nome utente
            [password] la password
            [apop-digest] il digest APOP
            [sasl-mechanism] il meccanismo SASL
            [sasl-response] la risposta SASL
           *[command] il comando
        } contiene un’interruzione di riga o un carattere NUL
        [too-long] { $field ->
            [user-name] il nome utente è troppo lungo
            [password] la password è troppo lunga
            [apop-digest] il digest APOP è troppo lungo
            [sasl-mechanism] il meccanismo SASL è troppo lungo
            [sasl-response] la risposta SASL è troppo lunga
           *[command] il comando è troppo lungo
        } per un comando POP3
       *[empty] { $field ->
            [user-name] il nome utente è vuoto
            [password] la password è vuota
            [apop-digest] il digest APOP è vuoto
            [sasl-mechanism] il meccanismo SASL è vuoto
            [sasl-response] la risposta SASL è vuota
           *[command] il comando è vuoto
        }
    }

## Perché non è stato possibile scegliere un metodo di accesso

error-login-method-would-expose = la connessione non è crittografata e gli unici metodi di accesso rimasti invierebbero la password in chiaro
error-login-method-not-offered = il server non offre il metodo di accesso { $method }
error-login-method-no-apop-timestamp = il messaggio di benvenuto del server non contiene un timestamp APOP, quindi APOP non può essere usato
error-login-method-nothing-in-common = il server non offre nessun metodo di accesso supportato da Postie (offre: { $offered })

## Perché un accesso è stato interrotto

error-sasl-unexpected-challenge = il server ha inviato una richiesta di autenticazione in un momento inatteso
error-sasl-malformed = la richiesta di autenticazione del server non è valida ({ $detail })
error-sasl-server-said = il server ha segnalato un errore di accesso: { $text }
error-sasl-server-not-authenticated = il server non ha potuto dimostrare di conoscere la password

## Ciò che il server ha inviato e Postie non ha capito

error-protocol-line-too-long = il server ha inviato una riga più lunga di { $limit } byte
error-protocol-not-a-response = il server ha inviato una riga che non è una risposta POP3 ({ $detail })
error-protocol-unsolicited = il server ha inviato dati non richiesti
error-protocol-too-many-lines = il server ha inviato più di { $limit } righe in un solo elenco
error-parse-not-a-status-line = la riga non è né +OK né -ERR
error-parse-bad-number = un numero mancava o era fuori intervallo
error-parse-malformed = la riga ha una forma errata: { $detail }
error-parse-bad-base64 = la richiesta SASL non è base64 valido

## Valori digitati o salvati

error-fingerprint-invalid = un’impronta SHA-256 è composta da 64 cifre esadecimali, eventualmente separate da due punti
error-unknown-security = modalità di sicurezza sconosciuta «{ $value }» (usa tls, starttls o plain)
error-unknown-login-method = metodo di accesso sconosciuto «{ $value }» (usa uno tra: { $names })
error-unknown-over-size = azione sconosciuta per i messaggi troppo grandi «{ $value }» (usa skip o headers)

## Impostazioni dell’account

error-account-name-empty = Il nome dell’account è vuoto.
error-account-name-control = Il nome dell’account contiene caratteri di controllo.
error-account-host-invalid = «{ $host }» non è un nome di server valido.
error-account-port-invalid = La porta deve essere compresa tra 1 e 65535.
error-account-user-name-invalid = Il nome utente è vuoto o contiene un’interruzione di riga.
error-account-zero-days = Eliminare dopo 0 giorni equivale a eliminare dopo lo scaricamento; scegli direttamente quell’opzione.
error-account-password-command-empty = Il comando della password è vuoto.

## Password: portachiavi e comando della password

error-no-keyring = Non è disponibile alcun portachiavi per salvare o leggere la password ({ $detail }). Avvia un Secret Service (come GNOME Keyring o KeePassXC) oppure usa --password-command per ottenere la password da un comando.
error-keyring-not-found = Il portachiavi non contiene una password per questo account. Impostala di nuovo (postie account edit NAME --password-stdin).
error-keyring-refused = Il portachiavi ha negato l’accesso alla password ({ $detail }). Sblocca il portachiavi e riprova.
error-password-command-failed = Il comando della password non è riuscito: { $reason }. Controlla il comando della password dell’account.
error-password-command-not-started = non è stato possibile avviarlo ({ $detail })
error-password-command-timed-out = non è terminato entro { $seconds } secondi
error-password-command-wait-failed = l’attesa della sua conclusione non è riuscita ({ $detail })
error-password-command-status = è terminato con lo stato { $code }
error-password-command-status-said = è terminato con lo stato { $code }: { $said }
error-password-command-signal = è stato terminato da un segnale
error-password-command-signal-said = è stato terminato da un segnale: { $said }
error-password-command-empty-output = la prima riga del suo output era vuota

## Controllo della posta (src/sync)

sync-phase = { $phase ->
        [connecting] connessione
        [listing] elenco dei messaggi
        [downloading] scaricamento
        [deleting] eliminazione
       *[finishing] completamento
    }
sync-policy = { $policy ->
        [keep] lasciare sul server
        [delete-after-download] eliminare dal server dopo lo scaricamento
        [delete-after-days] { $days ->
            [one] eliminare dal server { $days } giorno dopo lo scaricamento
           *[other] eliminare dal server { $days } giorni dopo lo scaricamento
        }
       *[delete-when-trashed] eliminare dal server quando eliminato qui
    }
sync-delete-reason = { $reason ->
        [pending] eliminazione non ancora confermata dal server
        [downloaded] scaricato
        [aged] conservato per il numero di giorni scelto
       *[deleted-here] eliminato qui
    }
sync-error-busy = Un altro Postie sta già controllando la posta di questo account; riprova quando avrà finito.
sync-error-listing-failed = Il server non è riuscito a elencare i suoi messaggi ({ $text }), quindi non è stato scaricato né eliminato nulla. Riprova più tardi.
sync-error-internal = Postie ha interrotto questo controllo a causa di un errore interno ({ $detail }). Non è stato eliminato nulla dal server.
sync-error-disk-full = Il disco è pieno, quindi Postie non ha potuto salvare la nuova posta e l’ha lasciata sul server; libera spazio e ripeti il controllo.
# $detail is the system's own words for the failure.
sync-error-disk-failed = Il disco ha segnalato un errore mentre Postie salvava la nuova posta ({ $detail }), quindi Postie l’ha lasciata sul server; controlla il disco e ripeti il controllo.
sync-internal-password-not-fetched = password non ottenuta
sync-internal-store-lost = il database è andato perso dopo un errore precedente
sync-error-uidl-required = Il server non supporta UIDL, quindi Postie non può sapere quali messaggi ha già e non può { $policy ->
        [keep] lasciare la posta sul server
        [delete-after-download] eliminare la posta dal server dopo lo scaricamento
        [delete-after-days] { $days ->
            [one] eliminare la posta dal server { $days } giorno dopo lo scaricamento
           *[other] eliminare la posta dal server { $days } giorni dopo lo scaricamento
        }
       *[delete-when-trashed] eliminare dal server la posta eliminata qui
    }. Scegli «eliminare dal server dopo lo scaricamento» per questo account.
sync-warning-not-delivered = Il server non è riuscito a consegnare il messaggio { $number } ({ $text }); Postie riproverà al prossimo controllo.
sync-warning-too-large = Il messaggio { $number } ({ $size }) è più grande di quanto Postie possa salvare ({ $limit }), quindi sono state scaricate solo le sue intestazioni; resta sul server.
sync-warning-larger-than-listed = Il messaggio { $number } si è rivelato più grande di quanto Postie possa salvare ({ $limit }), anche se il server lo indicava di { $listed }; resta sul server, e la prossima volta Postie scaricherà solo le sue intestazioni.
sync-warning-delete-refused = Il server ha rifiutato di eliminare il messaggio { $number } ({ $text }); Postie riproverà più tardi.
sync-warning-shared-uidls = Il server ha dato lo stesso ID univoco a { $count } messaggi; Postie li riconosce invece dal contenuto.
sync-warning-no-valid-uidl = { $count ->
        [one] { $count } messaggio sul server non ha un ID univoco valido; Postie lo riconosce dal contenuto.
       *[other] { $count } messaggi sul server non hanno un ID univoco valido; Postie li riconosce dal contenuto.
    }
sync-warning-uidls-changed = Il server ha cambiato gli ID univoci dei suoi messaggi (una migrazione?). Postie li confronta in base al contenuto, quindi nulla viene salvato due volte, ma deve scaricarli di nuovo una volta.
sync-warning-expire-zero = Il server elimina ogni messaggio appena è stato scaricato (EXPIRE 0), quindi la posta non può essere lasciata sul server.
sync-warning-expire-days = Il server elimina i messaggi { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dopo lo scaricamento, indipendentemente dall’impostazione di questo account.
sync-warning-expire-sooner = Il server elimina i messaggi { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dopo lo scaricamento, prima dei { $kept } giorni per cui questo account li lascia sul server.
sync-warning-quit-not-confirmed = Il server non ha confermato la fine della sessione ({ $reason }); al prossimo controllo si verificherà se { $count ->
        [one] { $count } messaggio è stato eliminato
       *[other] { $count } messaggi sono stati eliminati
    } dal server.

## Il database locale della posta (src/store)

store-error-sqlite = Impossibile usare il database della posta ({ $detail }). Se il disco è pieno, libera spazio e riprova.
store-error-io = Impossibile usare la cartella dei dati ({ $detail }). Controlla che esista e sia scrivibile.
store-error-too-new = Il database della posta è stato scritto da un Postie più recente (schema { $found }; questo conosce fino allo schema { $supported }). Aggiorna Postie per aprirlo.
store-error-corrupt = Il database della posta è danneggiato ({ $detail }).
store-corrupt-account-field = l’account «{ $name }» ha { $field ->
        [security] una modalità di sicurezza sconosciuta
        [auth] un metodo di accesso sconosciuto
        [policy] una regola del server sconosciuta
        [fingerprint] un’impronta del certificato sconosciuta
       *[over-size] un’azione sconosciuta per i messaggi troppo grandi
    }
store-corrupt-no-wal = impossibile passare a WAL (modalità journal { $mode })
store-corrupt-negative-version = versione dello schema negativa { $version }
store-no-account-named = Non esiste nessun account «{ $name }».
store-no-account-id = Non esiste nessun account { $id }.
store-no-message = Non esiste nessun messaggio { $id }.
store-account-exists = Esiste già un account chiamato «{ $name }».
store-message-too-large = messaggio troppo grande
store-unknown-folder = cartella sconosciuta «{ $value }» (usa inbox o trash)

## Lettura dei messaggi (src/mail)

mail-html-image = [immagine]
mail-html-image-described = [immagine: { $alt }]
mail-html-embedded = [contenuto incorporato non mostrato]
mail-html-truncated = … (messaggio troncato)
mail-attachment-file-name = allegato

## Posta di esempio (src/demo)

demo-account-name = Posta di esempio
demo-error-server = Impossibile avviare il server della posta di esempio ({ $detail }).

## The command line (`postie …`): tables, summaries, errors

cli-no-data-dir = non è stata trovata alcuna cartella dei dati; indica --data-dir DIR o imposta POSTIE_DATA_DIR.
cli-demo-no-temp-dir = impossibile creare una cartella temporanea per la posta di esempio ({ $error }).
cli-no-home = Non è stata trovata alcuna cartella home; imposta XDG_DATA_HOME o HOME.
cli-no-executable = Postie non è riuscito a stabilire dove si trova il proprio file eseguibile ({ $error }).
cli-install-desktop-failed = Impossibile aggiungere Postie al menu delle applicazioni in { $folder } ({ $error }).
cli-install-desktop-done = Postie ora è nel menu delle applicazioni ({ $count } file in { $folder }; avvia { $program }).
cli-uninstall-desktop-failed = Impossibile rimuovere Postie dal menu delle applicazioni in { $folder } ({ $error }).
cli-uninstall-desktop-nothing = Postie non era nel menu delle applicazioni (niente in { $folder }).
cli-uninstall-desktop-done = Postie non è più nel menu delle applicazioni ({ $count ->
    [one] { $count } file rimosso
   *[other] { $count } file rimossi
}).
cli-no-such-account = Non esiste alcun account chiamato «{ $name }». Vedi «postie account list».
cli-no-accounts = Non ci sono ancora account. Aggiungine uno con «postie account add».
cli-no-such-message = Non esiste alcun messaggio { $id }. Vedi «postie list».
cli-account-add-needs-host = Per aggiungere un account serve --host.
cli-account-add-needs-user = Per aggiungere un account serve --user.
cli-account-add-needs-password = Indica da dove proviene la password: --password-stdin (salvata nel portachiavi) o --password-command CMD.
cli-account-exists = Esiste già un account chiamato «{ $name }».
cli-account-removed-password-kept = l’account è stato rimosso, ma non è stato possibile eliminare la sua password dal portachiavi: { $error }
cli-plain-warning = attenzione: la sicurezza «plain» invia la tua password e la tua posta senza crittografia; chiunque sulla rete può leggerle.
cli-no-password-on-stdin = Nessuna password è stata fornita sullo standard input.
cli-account-list-name = Nome
cli-account-list-login = Utente e server
cli-account-list-security = Crittografia
cli-account-list-policy = Sul server
cli-export-needs-target = Indica --mbox FILE o --maildir DIR.
cli-export-done = { $count ->
    [one] { $count } messaggio esportato.
   *[other] { $count } messaggi esportati.
}
cli-export-file-exists = Impossibile creare { $path } ({ $error }); scegli un file che non esiste ancora.
cli-export-maildir-not-empty = { $path } esiste già; esporta in una Maildir vuota.
cli-fetch-already-complete = il messaggio { $id } è già completo.
cli-progress = { $account }: { $phase }
cli-progress-count = { $account }: { $phase } { $done } di { $total } ({ $size })
cli-fetch-summary = { $account }: { $new ->
    [one] { $new } nuovo
   *[other] { $new } nuovi
}, { $already_had ->
    [one] { $already_had } già presente
   *[other] { $already_had } già presenti
}, { $deleted ->
    [one] { $deleted } eliminato dal server
   *[other] { $deleted } eliminati dal server
}, { $skipped ->
    [one] { $skipped } saltato
   *[other] { $skipped } saltati
}
cli-fetch-headers-only = (di cui { $count } solo intestazioni)
cli-fetch-error = { $account }: errore: { $error }
cli-fetch-postponed = { $account }: posta non controllata: il server consente l’accesso solo ogni pochi minuti; prossimo controllo: { $date }
cli-fetch-dry-run = { $account }: simulazione: { $download } da scaricare, { $delete } da eliminare dal server, { $already_had ->
    [one] { $already_had } già presente
   *[other] { $already_had } già presenti
}, { $skipped ->
    [one] { $skipped } saltato
   *[other] { $skipped } saltati
}
cli-fetch-would-delete = verrebbe eliminato { $uidl } ({ $size } byte): { $reason }
cli-list-id = ID
cli-list-date = Data
cli-list-from = Mittente
cli-list-subject = Oggetto
cli-list-unreadable = (messaggio illeggibile, mostrato così com’è)
cli-show-from = Da: { $sender }
cli-show-to = A: { $to }
cli-show-cc = Cc: { $cc }
cli-show-date = Data: { $date }
cli-show-subject = Oggetto: { $subject }
cli-show-headers-only = Nota: sono state scaricate solo le intestazioni (limite di dimensione); usa «postie fetch --full { $id }».
cli-show-unreadable = Nota: non è stato possibile leggere questo messaggio come e-mail; viene mostrato così come è stato ricevuto.
cli-show-attachment = Allegato: { $name } ({ $content_type }, { $size } byte)
cli-show-attachment-no-name = (senza nome)
cli-trash-emptied = { $count ->
    [one] { $count } messaggio eliminato dal Cestino.
   *[other] { $count } messaggi eliminati dal Cestino.
}

## The command line's help (`postie --help`, `postie account add --help`)

cli-help = Un client di posta POP3 per il desktop che non perde mai un messaggio
cli-help-data-dir = Dove si trova il database della posta (predefinito: `postie` nella cartella dei dati XDG)
cli-help-verbose = Scrivi le righe di log anche su stderr (quelle di Postie stesso da DEBUG in su). Il file di log nella cartella di stato XDG (`postie/logs`, o $POSTIE_LOG_DIR) viene sempre scritto
cli-help-account = Aggiungi, elenca, modifica o rimuovi account
cli-help-account-add = Aggiungi un account
cli-help-account-add-name = Il nome dell’account, come lo accettano gli altri comandi
cli-help-account-add-host = Il nome host del server POP3
cli-help-account-add-port = Porta (predefinita: 995 per tls, 110 per starttls e plain)
cli-help-account-add-security = tls (predefinito), starttls o plain
cli-help-account-add-user = Nome utente, esattamente come lo fornisce il provider
cli-help-account-add-password-stdin = Leggi la password dallo standard input (prima riga) e salvala nel portachiavi
cli-help-account-add-password-command = Esegui questo comando (con sh -c) per ottenere la password: la prima riga del suo output
cli-help-account-add-keep = Lascia i messaggi sul server (predefinito)
cli-help-account-add-delete-after-download = Elimina i messaggi dal server non appena sono salvati qui
cli-help-account-add-delete-after-days = Elimina i messaggi dal server N giorni dopo averli scaricati
cli-help-account-add-delete-when-trashed = Elimina i messaggi dal server non appena vengono eliminati qui
cli-help-account-add-auth = auto (predefinito), scram-sha-256, cram-md5, plain, login, user, apop, xoauth2
cli-help-account-add-trust-cert = Accetta esattamente questo certificato (impronta SHA-256, 64 cifre esadecimali, due punti ammessi)
cli-help-account-add-max-size = I messaggi più grandi di questo numero di byte vengono saltati o scaricati solo con le intestazioni
cli-help-account-add-over-size = Cosa fare dei messaggi oltre --max-size: skip (predefinito) o headers
cli-help-account-list = Elenca gli account
cli-help-account-list-json = Stampa un array JSON degli account
cli-help-account-remove = Rimuovi un account. La sua posta resta qui a meno che non si indichi --delete-mail; sul server non viene toccato nulla
cli-help-account-remove-name = Il nome dell’account
cli-help-account-remove-delete-mail = Elimina anche qui i messaggi dell’account
cli-help-account-edit = Modifica le impostazioni di un account
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
cli-help-fetch = Scarica la posta nuova (tutti gli account o quelli indicati)
cli-help-fetch-names = Gli account da controllare; tutti se non ne viene indicato nessuno
cli-help-fetch-json = Un oggetto JSON per account, uno per riga
cli-help-fetch-dry-run = Mostra cosa verrebbe scaricato ed eliminato, senza cambiare nulla
cli-help-fetch-full = Scarica anche per intero questi messaggi, di cui sono state scaricate solo le intestazioni a causa del limite di dimensione
cli-help-list = Elenca i messaggi
cli-help-list-account = Solo i messaggi di questo account
cli-help-list-folder = inbox o trash (predefinito: entrambe)
cli-help-list-json = Stampa un array JSON dei messaggi
cli-help-show = Mostra un messaggio: le intestazioni e il testo leggibile
cli-help-show-id = L’ID del messaggio, come lo mostra `postie list`
cli-help-show-raw = Scrivi il messaggio esattamente come è stato ricevuto (fine riga CRLF)
cli-help-search = Cerca in mittente, destinatari, oggetto e testo
cli-help-search-query = Le parole da cercare
cli-help-search-json = Stampa un array JSON dei messaggi
cli-help-trash = Sposta i messaggi nel Cestino
cli-help-trash-ids = Gli ID dei messaggi, come li mostra `postie list`
cli-help-restore = Ripristina i messaggi dal Cestino
cli-help-restore-ids = Gli ID dei messaggi, come li mostra `postie list`
cli-help-empty-trash = Elimina definitivamente tutto il contenuto del Cestino
cli-help-demo = Apri l’app con posta di esempio da un nostro piccolo server su 127.0.0.1, in una cartella dei dati temporanea (non viene usato nulla di tuo)
cli-help-install-desktop = Aggiungi Postie al menu delle applicazioni del desktop (un file .desktop, icone e metainfo in $XDG_DATA_HOME, di solito ~/.local/share)
cli-help-uninstall-desktop = Rimuovi Postie dal menu delle applicazioni
cli-help-export = Esporta i messaggi in un file mbox o in una Maildir
cli-help-export-mbox = Un file mbox (con l’escape di mboxrd)
cli-help-export-maildir = Una cartella Maildir (creata se necessario)
cli-help-export-account = Solo i messaggi di questo account

## Altri dettagli degli errori POP3

error-connect-no-address = nessun indirizzo trovato
error-connect-timed-out = tempo di connessione scaduto

## Chiusura, e un secondo Postie

sync-stopped = Il controllo è stato interrotto perché Postie si stava chiudendo; tutto ciò che era già arrivato è stato salvato.
app-closing = Completamento dello scaricamento in corso prima della chiusura…
app-already-open = Postie è già aperto per { $folder }; la sua finestra è stata portata in primo piano.
app-already-open-no-answer = Postie è già aperto per { $folder }, ma non risponde. Chiudilo (o attendi che finisca) e riprova.
settings-notify-new-mail = Avvisami quando arriva nuova posta

## File di log

logging-no-folder = nessuna cartella trovata per i file di log (non c’è una cartella home); imposta { $variable }
logging-cannot-write = impossibile scrivere i file di log in { $folder } ({ $error })
logging-continuing = postie: { $problem }; si continua senza file di log.
logging-bad-filter = postie: { $variable } non è un filtro di log valido ({ $error }); viene usato quello predefinito.
