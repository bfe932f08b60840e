# Postie in Deutsch. English (i18n/en/postie.ftl) is the reference:
# the same message ids and the same $placeholders.

language-name = Deutsch

## Dates and times

time-of-day = { $hour }:{ $minute }
date-weekday-time = { $weekday } { $time }
date-day-month = { $day }. { $month }
date-day-month-year = { $day }. { $month } { $year }
date-full = { $weekday }, { $day }. { $month } { $year }, { $time }
month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
month-long = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
weekday-short = { $weekday ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}
weekday-long = { $weekday ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
time-just-now = gerade eben
time-minutes-ago = { $minutes ->
    [one] vor { $minutes } Minute
   *[other] vor { $minutes } Minuten
}
time-in-minutes = { $minutes ->
    [one] in { $minutes } Minute
   *[other] in { $minutes } Minuten
}
time-at = um { $time }

## Sizes

size-bytes = { $size } B
size-kilobytes = { $size } KB
size-megabytes = { $size } MB
size-gigabytes = { $size } GB

## App shell and Settings

app-title = Postie
app-title-unread = Postie ({ $count } ungelesen)
app-error-data-folder = Postie konnte seinen Datenordner { $folder } nicht anlegen ({ $error }).
app-error-window = Das Fenster konnte nicht geöffnet werden ({ $error }).
app-error-store-closed = Die Nachrichtendatenbank ist nicht mehr geöffnet.
app-error-store-silent = Die Nachrichtendatenbank antwortet nicht mehr.
app-check-cancelled = Der Abruf wurde abgebrochen; auf dem Server wurde nichts gelöscht.
settings-title = Einstellungen
settings-done-button = Fertig
settings-accounts-heading = Konten
settings-no-accounts = Noch keine Konten.
settings-account-summary = { $username } auf { $host }:{ $port } · { $policy }
settings-edit-button = Bearbeiten
settings-remove-button = Entfernen
settings-check-for-mail = Nachrichten abrufen
settings-interval-manual = Nur manuell
settings-interval-minutes = { $minutes ->
    [one] Jede Minute
   *[other] Alle { $minutes } Minuten
}
settings-interval-hours = { $hours ->
    [one] Jede Stunde
   *[other] Alle { $hours } Stunden
}
settings-appearance-heading = Darstellung
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-language-heading = Sprache
settings-language-system = Systemsprache ({ $language })
settings-remove-title = { $account } entfernen?
settings-remove-explanation = Postie ruft dieses Konto nicht mehr ab. Auf dem Server wird nichts verändert.
settings-remove-keep-mail = Die Nachrichten auf diesem Computer behalten
settings-remove-cancel = Abbrechen
settings-remove-confirm = Konto entfernen

## Main window: sidebar, message list, reader and status bar

mailbox-all-inboxes = Alle Posteingänge
mailbox-trash = Papierkorb
mailbox-add-account = Konto hinzufügen
mailbox-settings = Einstellungen
mailbox-search-placeholder = Absender, Betreff, Text durchsuchen…
mailbox-empty-trash-button = Papierkorb leeren
mailbox-restore-button = Wiederherstellen
mailbox-delete-button = Löschen
mailbox-message-count = { $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
}
mailbox-found-count = { $count ->
    [one] { $count } Treffer
   *[other] { $count } Treffer
}
mailbox-sort-label = Sortieren:
mailbox-sort-date = Datum
mailbox-sort-sender = Absender
mailbox-sort-subject = Betreff
mailbox-select-hint = Wählen Sie eine Nachricht aus, um sie zu lesen.
mailbox-selected-count = { $count ->
    [one] { $count } Nachricht ausgewählt.
   *[other] { $count } Nachrichten ausgewählt.
}
mailbox-no-subject = (kein Betreff)

## Status bar

mailbox-checked = Abgerufen { $when }
mailbox-next-check = nächster Abruf { $when }
mailbox-progress-downloading = Herunterladen: { $done } von { $total } ({ $size })
mailbox-phase-connecting = Verbindung wird hergestellt…
mailbox-phase-listing = Nachrichtenliste wird abgerufen…
mailbox-phase-downloading = Nachrichten werden heruntergeladen…
mailbox-phase-deleting = Nachrichten werden gelöscht…
mailbox-phase-finishing = Wird abgeschlossen…
mailbox-cancel = Abbrechen

## Empty Trash dialog

mailbox-empty-trash-title = Papierkorb leeren?
mailbox-empty-trash-text = Die Nachrichten im Papierkorb werden endgültig von diesem Computer gelöscht.
mailbox-empty-trash-confirm = Endgültig löschen

## Saving attachments and messages

mailbox-save-attachment-title = Anhang speichern
mailbox-save-all-title = Alle Anhänge speichern
mailbox-save-message-title = Nachricht speichern
mailbox-not-saved = Nicht gespeichert.
mailbox-saved-as = Gespeichert als { $path }.
mailbox-attachments-saved = { $count ->
    [one] { $count } Anhang in { $folder } gespeichert.
   *[other] { $count } Anhänge in { $folder } gespeichert.
}
mailbox-save-failed = { $path } konnte nicht gespeichert werden ({ $error }).
mailbox-attachment-unreadable = Der Anhang konnte nicht gelesen werden.
mailbox-message-gone = Die Nachricht ist nicht mehr vorhanden.

## Message list

list-empty = Hier sind keine Nachrichten.
list-unreadable-message = (unlesbare Nachricht)

## Reader

reader-star = Markieren
reader-unstar = Markierung entfernen
reader-mark-read = Als gelesen markieren
reader-mark-unread = Als ungelesen markieren
reader-view-source = Quelltext anzeigen
reader-show-message = Nachricht anzeigen
reader-save-eml = Als .eml speichern
reader-from = Von
reader-to = An
reader-cc = Cc
reader-date = Datum
reader-starred = Markiert
reader-headers-only = Nur die Kopfzeilen wurden heruntergeladen: Die Nachricht ist größer als die Größenbeschränkung dieses Kontos. Laden Sie sie mit „postie fetch --full { $id }“ vollständig herunter.
reader-unreadable = Diese Nachricht konnte nicht als E-Mail gelesen werden; sie wird so angezeigt, wie sie empfangen wurde.
reader-truncated = Diese Nachricht ist sehr groß; nur ihr Anfang wird angezeigt. „{ reader-save-eml }“ speichert sie vollständig.
reader-html-note = Als Text aus dem HTML-Teil dargestellt. Externe Bilder und andere externe Inhalte werden nie geladen.
reader-links = Links
reader-link-deceptive = angezeigt als „{ $text }“, führt aber woandershin
reader-attachments = { $count ->
    [one] { $count } Anhang
   *[other] { $count } Anhänge
}
reader-save-all = Alle speichern
reader-no-name = (ohne Namen)
reader-save-attachment = Speichern…
reader-show-more = Mehr von dieser Nachricht anzeigen

## Benachrichtigungen über neue E-Mails

notify-no-subject = (kein Betreff)
notify-new-messages = { $count ->
    [one] { $count } neue Nachricht in { $account }
   *[other] { $count } neue Nachrichten in { $account }
}
notify-latest = Neueste: { $sender } – { $subject }

## Welcome screen (the first screen, before any account exists)

welcome-title = Willkommen bei Postie
welcome-intro = Postie lädt Ihre E-Mails per POP3 herunter und bewahrt sie sicher auf diesem Computer auf. Von Ihrem Server wird nichts entfernt, solange Sie es nicht ausdrücklich wünschen.
welcome-add-account-button = Konto hinzufügen
welcome-sample-mail-button = Mit Beispiel-E-Mails ausprobieren
welcome-sample-mail-note = Die Beispiel-E-Mails stammen von einem kleinen Server in Postie: Sie brauchen weder ein Konto noch eine Netzwerkverbindung.

## Account setup: the form for adding or editing an account

setup-title-add = Konto hinzufügen
setup-title-edit = Konto bearbeiten
setup-your-name = Ihr Name
setup-email-address = E-Mail-Adresse
setup-preset-filled = Die Einstellungen für { $provider } wurden eingetragen.
setup-incoming-heading = Posteingangs-Server (POP3)
setup-server = Server
setup-port = Port
setup-security = Verbindungssicherheit
setup-security-tls = SSL/TLS (empfohlen)
setup-security-none = Keine: Passwort und E-Mails gehen unverschlüsselt über das Netzwerk
setup-trusted-certificate = Vertrauenswürdiges Zertifikat: SHA-256 { $fingerprint }
setup-username = Benutzername
setup-password = Passwort
setup-password-keep = Passwort (leer lassen, um es beizubehalten)
setup-use-password-command = Passwort über einen Befehl statt aus dem Schlüsselbund beziehen
setup-password-command = Befehl (die erste Zeile seiner Ausgabe ist das Passwort)
setup-login-method = Anmeldeverfahren
setup-auth-auto = Automatisch (das stärkste Verfahren, das beide Seiten beherrschen)
setup-auth-access-token = { $method } (Zugriffstoken)
setup-cancel-button = Abbrechen
setup-test-connection-button = Verbindung testen
setup-save-button = Speichern
setup-saving = Wird gespeichert…
setup-error-port = Der Port muss eine Zahl von 1 bis 65535 sein.
setup-error-days = Geben Sie die Anzahl der Tage an, mindestens 1.
setup-error-password-missing = Geben Sie das Passwort des Kontos ein (oder wählen Sie einen Passwort-Befehl).

## Account setup: what happens to mail on the server. "It" is the mail.

setup-policy-heading = Was mit den E-Mails auf dem Server geschieht
setup-policy-keep = Auf dem Server belassen
setup-policy-keep-explanation = Nachrichten bleiben auf dem Server, nachdem Postie sie heruntergeladen hat, sodass Ihre anderen Geräte sie weiterhin lesen können.
setup-policy-delete-after-download = Nach dem Herunterladen löschen
setup-policy-delete-after-download-explanation = Jede Nachricht wird vom Server gelöscht, sobald sie sicher auf diesem Computer gespeichert ist.
setup-policy-delete-after-days = Nach einigen Tagen löschen
setup-policy-delete-after-days-explanation = { $days ->
    [one] Jede Nachricht wird { $days } Tag, nachdem Postie sie zum ersten Mal heruntergeladen hat, vom Server gelöscht.
   *[other] Jede Nachricht wird { $days } Tage, nachdem Postie sie zum ersten Mal heruntergeladen hat, vom Server gelöscht.
}
setup-policy-days-unit = { $days ->
    [one] Tag
   *[other] Tage
}
setup-policy-delete-when-trashed = Vom Server löschen, wenn ich sie hier lösche
setup-policy-delete-when-trashed-explanation = Eine Nachricht, die Sie in Postie löschen, wird beim nächsten Abrufen auch vom Server gelöscht.
setup-policy-server-keeps-nothing = Nicht bei diesem Server: Er löscht jede Nachricht, sobald sie heruntergeladen wurde (EXPIRE 0).

## Account setup: what "Test connection" found. Labels on the left, findings on the right.

setup-test-connecting = Verbindung wird hergestellt…
setup-test-passed = Verbunden und angemeldet.
setup-test-encryption = Verschlüsselung
setup-test-encryption-none = Keine: Die Verbindung ist nicht verschlüsselt
setup-test-encryption-verified = { $method }, Zertifikat geprüft
setup-test-encryption-pinned = { $method }, mit dem Zertifikat, dem Sie vertraut haben
setup-test-login-method = Anmeldeverfahren
setup-test-tracks-downloads = Merkt sich Heruntergeladenes
setup-test-tracks-downloads-yes = Ja (UIDL): Keine E-Mail wird doppelt heruntergeladen.
setup-test-tracks-downloads-no = Nein (kein UIDL): Nur „Nach dem Herunterladen löschen“ ist möglich.
setup-test-messages-waiting = Wartende Nachrichten
setup-test-messages-waiting-count = { $count } ({ $size })
setup-test-server-keeps-mail = Server bewahrt E-Mails auf
setup-test-retention-forever = Unbegrenzt
setup-test-retention-none = Gar nicht: Er löscht jede Nachricht, sobald sie heruntergeladen ist
setup-test-retention-days = { $days ->
    [one] { $days } Tag nach dem Herunterladen
   *[other] { $days } Tage nach dem Herunterladen
}

## Account setup: the dialog about a server certificate Postie refused

setup-certificate-title = Das Zertifikat des Servers ist nicht vertrauenswürdig
# "denn" takes a main clause: $reason reads like "es ist abgelaufen".
setup-certificate-refused = Postie hat das Zertifikat abgelehnt, denn { $reason }.
setup-certificate-server = Server
setup-certificate-issued-to = Ausgestellt für
setup-certificate-issued-by = Ausgestellt von
setup-certificate-valid = Gültig
setup-certificate-validity = { $from } bis { $until }
setup-certificate-fingerprint = SHA-256
setup-certificate-advice = Vertrauen Sie ihm nur, wenn Sie sicher sind, dass es das Zertifikat Ihres Servers ist (etwa weil Ihr Anbieter Ihnen diesen Fingerabdruck genannt hat). Postie akzeptiert dann genau dieses Zertifikat für diesen Server und lehnt jedes andere ab.
setup-certificate-cancel-button = Abbrechen
setup-certificate-trust-button = Diesem Zertifikat vertrauen

## Provider presets: notes shown in the account form when the address belongs to a known provider.

preset-note-gmail = Aktivieren Sie POP in den Gmail-Einstellungen (Weiterleitung und POP/IMAP) und melden Sie sich mit einem App-Passwort an, das die Bestätigung in zwei Schritten voraussetzt.
preset-note-outlook = Microsoft akzeptiert für POP nur die Anmeldung per OAuth (XOAUTH2), und POP muss in den Outlook-Einstellungen aktiviert sein.
preset-note-yahoo = Melden Sie sich mit einem App-Passwort an, das Sie in der Yahoo-Kontosicherheit erstellen; das normale Passwort wird abgelehnt.
preset-note-aol = Melden Sie sich mit einem App-Passwort an, das Sie in der AOL-Kontosicherheit erstellen; das normale Passwort wird abgelehnt.
preset-note-gmx = Erlauben Sie zuerst einmalig den Zugriff per POP3 und IMAP in den GMX-Einstellungen im Web.
preset-note-web-de = Erlauben Sie zuerst einmalig den Zugriff per POP3 und IMAP in den WEB.DE-Einstellungen im Web.
preset-note-fastmail = Melden Sie sich mit einem App-Passwort an, das Sie in den Fastmail-Einstellungen erstellen, nicht mit Ihrem Kontopasswort.
preset-note-zoho-com = Aktivieren Sie zuerst den POP-Zugriff in den Zoho-Mail-Einstellungen; Konten im EU-Rechenzentrum von Zoho verwenden stattdessen pop.zoho.eu.
preset-note-zoho = Aktivieren Sie zuerst den POP-Zugriff in den Zoho-Mail-Einstellungen.
preset-note-yandex = Erlauben Sie den POP-Zugriff in den Yandex-Mail-Einstellungen und melden Sie sich mit einem App-Passwort an.
preset-note-mail-ru = Melden Sie sich mit einem Passwort für externe Anwendungen an, das Sie in den Sicherheitseinstellungen von Mail.ru erstellen.
preset-note-t-online = Melden Sie sich mit dem separaten E-Mail-Passwort an, das Sie im Telekom E-Mail Center festgelegt haben; das Passwort für die Web-Anmeldung funktioniert nicht.
preset-note-o2 = Aktivieren Sie zuerst den Zugriff für E-Mail-Programme in den Einstellungen von o2 Poczta.
preset-note-naver = Aktivieren Sie zuerst POP3 in den Einstellungen von Naver Mail.
preset-note-qq = Aktivieren Sie POP3 in den Einstellungen von QQ Mail und melden Sie sich mit dem dort angezeigten Autorisierungscode an, nicht mit Ihrem QQ-Passwort.
preset-note-netease = Aktivieren Sie POP3 in den Einstellungen von NetEase Mail und melden Sie sich mit dem dort angezeigten Autorisierungscode an, nicht mit Ihrem Passwort.
preset-note-att = Melden Sie sich mit einem „Secure Mail Key“ an, den Sie in Ihrem AT&T-Profil erstellen, nicht mit Ihrem Kontopasswort.

## Provider presets: names with words to translate. Keep the brand names.

preset-name-gmx-international = GMX (international)
preset-name-zoho-eu = Zoho Mail (EU)
preset-name-zoho-india = Zoho Mail (Indien)
preset-name-zoho-australia = Zoho Mail (Australien)
preset-name-zoho-japan = Zoho Mail (Japan)
preset-name-zoho-canada = Zoho Mail (Kanada)

## Fehler einer POP3-Sitzung (src/pop3)

error-resolve = Der Server { $host } wurde nicht gefunden ({ $detail }). Prüfen Sie den Servernamen und Ihre Netzwerkverbindung.
error-connect = Keine Verbindung zu { $host } über Port { $port } möglich ({ $detail }). Prüfen Sie den Servernamen, den Port und Ihre Netzwerkverbindung.
error-timeout = Der Server { $host } hat { $phase ->
        [connecting] beim Verbindungsaufbau
        [tls-handshake] beim Einrichten der Verschlüsselung
        [greeting] beim Warten auf die Begrüßung
        [starttls] beim Umschalten auf Verschlüsselung (STLS)
        [authenticating] bei der Anmeldung
       *[command] auf { $command }
    } nicht innerhalb von { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } geantwortet. Versuchen Sie es später erneut; falls das wiederholt passiert, prüfen Sie den Port und die Sicherheitseinstellungen.
error-closed = Der Server { $host } hat die Verbindung { $phase ->
        [connecting] beim Verbindungsaufbau
        [tls-handshake] beim Einrichten der Verschlüsselung
        [greeting] beim Warten auf die Begrüßung
        [starttls] beim Umschalten auf Verschlüsselung (STLS)
        [authenticating] bei der Anmeldung
       *[command] bei der Antwort auf { $command }
    } getrennt. Versuchen Sie es später erneut; falls das wiederholt passiert, prüfen Sie den Port und die Sicherheitseinstellungen.
error-io = Die Verbindung zu { $host } ist { $phase ->
        [connecting] beim Verbindungsaufbau
        [tls-handshake] beim Einrichten der Verschlüsselung
        [greeting] beim Warten auf die Begrüßung
        [starttls] beim Umschalten auf Verschlüsselung (STLS)
        [authenticating] bei der Anmeldung
       *[command] bei der Antwort auf { $command }
    } fehlgeschlagen ({ $detail }). Versuchen Sie es später erneut.
error-protocol = Der Server { $host } hat { $phase ->
        [connecting] beim Verbindungsaufbau
        [tls-handshake] beim Einrichten der Verschlüsselung
        [greeting] beim Warten auf die Begrüßung
        [starttls] beim Umschalten auf Verschlüsselung (STLS)
        [authenticating] bei der Anmeldung
       *[command] bei der Antwort auf { $command }
    } etwas gesendet, das Postie nicht versteht ({ $detail }). Die Verbindung wurde getrennt; versuchen Sie es später erneut.
error-tls-handshake = Es konnte keine sichere Verbindung zu { $host } hergestellt werden ({ $detail }). Vielleicht bietet der Server nur veraltete Verschlüsselung an (älter als TLS 1.2), oder dieser Port verwendet kein TLS: Prüfen Sie die Sicherheitseinstellung.
error-certificate = Das Zertifikat von { $host } wurde abgelehnt: { $reason ->
        [expired] Es ist abgelaufen
        [not-yet-valid] Es ist noch nicht gültig
        [wrong-host] Es wurde für einen anderen Servernamen ausgestellt
        [self-signed] Es ist selbstsigniert
        [untrusted-issuer] Es wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut
       *[other] { $detail }
    }. Wenn Sie sicher sind, dass dies Ihr Server ist, vertrauen Sie dem Zertifikat mit dem SHA-256-Fingerabdruck { $fingerprint }.
error-certificate-reason = { $reason ->
        [expired] es ist abgelaufen
        [not-yet-valid] es ist noch nicht gültig
        [wrong-host] es wurde für einen anderen Servernamen ausgestellt
        [self-signed] es ist selbstsigniert
        [untrusted-issuer] es wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut
       *[other] { $detail }
    }
error-certificate-changed = Das Zertifikat von { $host } hat sich geändert, seit Sie ihm vertraut haben (es ist jetzt SHA-256 { $fingerprint }), daher wurde nichts gesendet. Falls Ihr Anbieter es wirklich geändert hat, prüfen Sie den neuen Fingerabdruck und vertrauen Sie ihm erneut.
error-starttls-unavailable = Der Server { $host } bietet keine Verschlüsselung mit STARTTLS an, daher hat Postie abgebrochen, bevor Ihr Passwort gesendet wurde. Verwenden Sie die Sicherheit „tls“ (meist Port 995) oder fragen Sie Ihren Anbieter.
error-starttls-refused = Der Server { $host } hat das Starten der Verschlüsselung abgelehnt ({ $text }), daher hat Postie abgebrochen, bevor Ihr Passwort gesendet wurde. Verwenden Sie die Sicherheit „tls“ (meist Port 995) oder versuchen Sie es später erneut.
error-starttls-injection = Der Server { $host } hat Daten gesendet, bevor die Verschlüsselung eingerichtet war. Das kann ein Angriff sein, daher hat Postie die Verbindung getrennt, ohne Ihr Passwort zu senden.
error-greeting-refused = Der Server { $host } hat die Verbindung abgelehnt ({ $text }). Versuchen Sie es später erneut.
error-no-login-method = Postie konnte keine Anmeldemethode für { $host } wählen: { $detail }. Prüfen Sie die Sicherheits- und Anmeldeeinstellungen des Kontos.
error-auth-rejected = Der Server { $host } hat den Benutzernamen oder das Passwort abgelehnt ({ $text }). Prüfen Sie beides in den Kontoeinstellungen; Postie versucht es nicht noch einmal mit demselben Passwort.
error-temporary = Der Server { $host } { $reason ->
        [in-use] meldet, dass das Postfach von einem anderen Programm verwendet wird
        [login-delay] erlaubt Anmeldungen nur in Abständen, und diese kam zu früh
       *[system] hat ein vorübergehendes Problem
    } ({ $text }). Postie behält Ihr Passwort und versucht es { $retry ->
        [minutes] in { $delay } Minuten
        [seconds] { $delay ->
            [one] in { $delay } Sekunde
           *[other] in { $delay } Sekunden
        }
       *[later] später
    } erneut.
error-permanent = Der Server { $host } verweigert den Zugriff auf dieses Konto: { $text }. Prüfen Sie das Konto bei Ihrem Anbieter (zum Beispiel, ob der POP-Zugriff eingeschaltet ist).
error-sasl = Die Anmeldung bei { $host } wurde abgebrochen: { $detail }. Versuchen Sie es später erneut; falls das wiederholt passiert, wählen Sie eine andere Anmeldemethode.
error-command-failed = Der Server { $host } hat { $command } abgelehnt ({ $text }).
error-unsupported = Der Server { $host } unterstützt { $command } nicht.
error-sink = Die Nachricht konnte nicht gespeichert werden ({ $detail }). Auf dem Server wurde nichts gelöscht; schaffen Sie freien Speicherplatz oder prüfen Sie den Datenordner und rufen Sie dann erneut Nachrichten ab.
error-invalid-setting = Postie hat den Befehl nicht gesendet, denn { $reason }. Korrigieren Sie das in den Kontoeinstellungen.
error-command-invalid = { $problem ->
        [forbidden-character] { $field ->
            [user-name] der Benutzername
            [password] das Passwort
            [apop-digest] der APOP-Digest
            [sasl-mechanism] der SASL-Mechanismus
            [sasl-response] die SASL-Antwort
           *[command] der Befehl
        } enthält einen Zeilenumbruch oder ein NUL-Zeichen
        [too-long] { $field ->
            [user-name] der Benutzername
            [password] das Passwort
            [apop-digest] der APOP-Digest
            [sasl-mechanism] der SASL-Mechanismus
            [sasl-response] die SASL-Antwort
           *[command] der Befehl
        } ist zu lang für einen POP3-Befehl
       *[empty] { $field ->
            [user-name] der Benutzername
            [password] das Passwort
            [apop-digest] der APOP-Digest
            [sasl-mechanism] der SASL-Mechanismus
            [sasl-response] die SASL-Antwort
           *[command] der Befehl
        } ist leer
    }

## Warum keine Anmeldemethode gewählt werden konnte

error-login-method-would-expose = die Verbindung ist nicht verschlüsselt, und die übrigen Anmeldemethoden würden das Passwort lesbar senden
error-login-method-not-offered = der Server bietet die Anmeldemethode { $method } nicht an
error-login-method-no-apop-timestamp = die Begrüßung des Servers enthält keinen APOP-Zeitstempel, daher kann APOP nicht verwendet werden
error-login-method-nothing-in-common = der Server bietet keine Anmeldemethode an, die Postie unterstützt (er bietet: { $offered })

## Warum eine Anmeldung abgebrochen wurde

error-sasl-unexpected-challenge = der Server hat an unerwarteter Stelle eine Anmelde-Challenge gesendet
error-sasl-malformed = die Anmelde-Challenge des Servers ist fehlerhaft ({ $detail })
error-sasl-server-said = der Server hat einen Anmeldefehler gemeldet: { $text }
error-sasl-server-not-authenticated = der Server konnte nicht nachweisen, dass er das Passwort kennt

## Was der Server gesendet hat, das Postie nicht versteht

error-protocol-line-too-long = der Server hat eine Zeile gesendet, die länger als { $limit } Byte ist
error-protocol-not-a-response = der Server hat eine Zeile gesendet, die keine POP3-Antwort ist ({ $detail })
error-protocol-unsolicited = der Server hat Daten gesendet, die nicht angefordert wurden
error-protocol-too-many-lines = der Server hat mehr als { $limit } Zeilen in einer Liste gesendet
error-parse-not-a-status-line = die Zeile ist weder +OK noch -ERR
error-parse-bad-number = eine Zahl fehlte oder lag außerhalb des gültigen Bereichs
error-parse-malformed = die Zeile hat eine falsche Form: { $detail }
error-parse-bad-base64 = die SASL-Challenge ist kein gültiges Base64

## Eingegebene oder gespeicherte Werte

error-fingerprint-invalid = ein SHA-256-Fingerabdruck besteht aus 64 Hexadezimalziffern, wahlweise durch Doppelpunkte getrennt
error-unknown-security = unbekannte Sicherheitsart „{ $value }“ (verwenden Sie tls, starttls oder plain)
error-unknown-login-method = unbekannte Anmeldemethode „{ $value }“ (verwenden Sie eine von: { $names })
error-unknown-over-size = unbekannte Aktion für zu große Nachrichten „{ $value }“ (verwenden Sie skip oder headers)

## Kontoeinstellungen

error-account-name-empty = Der Kontoname ist leer.
error-account-name-control = Der Kontoname enthält Steuerzeichen.
error-account-host-invalid = „{ $host }“ ist kein gültiger Servername.
error-account-port-invalid = Der Port muss zwischen 1 und 65535 liegen.
error-account-user-name-invalid = Der Benutzername ist leer oder enthält einen Zeilenumbruch.
error-account-zero-days = Löschen nach 0 Tagen bedeutet Löschen nach dem Herunterladen; wählen Sie stattdessen das.
error-account-password-command-empty = Der Passwortbefehl ist leer.

## Passwörter: Schlüsselbund und Passwortbefehl

error-no-keyring = Es ist kein Schlüsselbund verfügbar, um das Passwort zu speichern oder zu lesen ({ $detail }). Starten Sie einen Secret Service (etwa GNOME Keyring oder KeePassXC) oder lassen Sie das Passwort stattdessen mit --password-command von einem Befehl ausgeben.
error-keyring-not-found = Der Schlüsselbund enthält kein Passwort für dieses Konto. Legen Sie es erneut fest (postie account edit NAME --password-stdin).
error-keyring-refused = Der Schlüsselbund hat den Zugriff auf das Passwort verweigert ({ $detail }). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.
error-password-command-failed = Der Passwortbefehl ist fehlgeschlagen: { $reason }. Prüfen Sie den Passwortbefehl des Kontos.
error-password-command-not-started = er konnte nicht gestartet werden ({ $detail })
error-password-command-timed-out = er wurde nicht innerhalb von { $seconds } Sekunden fertig
error-password-command-wait-failed = das Warten auf sein Ende ist fehlgeschlagen ({ $detail })
error-password-command-status = er endete mit Status { $code }
error-password-command-status-said = er endete mit Status { $code }: { $said }
error-password-command-signal = er wurde durch ein Signal beendet
error-password-command-signal-said = er wurde durch ein Signal beendet: { $said }
error-password-command-empty-output = die erste Zeile seiner Ausgabe war leer

## Nachrichten abrufen (src/sync)

sync-phase = { $phase ->
        [connecting] verbinden
        [listing] auflisten
        [downloading] herunterladen
        [deleting] löschen
       *[finishing] abschließen
    }
sync-policy = { $policy ->
        [keep] auf dem Server belassen
        [delete-after-download] nach dem Herunterladen vom Server löschen
        [delete-after-days] { $days ->
            [one] { $days } Tag nach dem Herunterladen vom Server löschen
           *[other] { $days } Tage nach dem Herunterladen vom Server löschen
        }
       *[delete-when-trashed] vom Server löschen, wenn hier gelöscht
    }
sync-delete-reason = { $reason ->
        [pending] Löschung vom Server noch nicht bestätigt
        [downloaded] heruntergeladen
        [aged] für die gewählte Anzahl an Tagen behalten
       *[deleted-here] hier gelöscht
    }
sync-error-busy = Ein anderes Postie ruft bereits Nachrichten für dieses Konto ab; versuchen Sie es erneut, wenn es fertig ist.
sync-error-listing-failed = Der Server konnte seine Nachrichten nicht auflisten ({ $text }), daher wurde nichts heruntergeladen oder gelöscht. Versuchen Sie es später erneut.
sync-error-internal = Postie hat diesen Abruf wegen eines internen Fehlers abgebrochen ({ $detail }). Auf dem Server wurde nichts gelöscht.
sync-error-disk-full = Der Datenträger ist voll, daher konnte Postie neue Mails nicht speichern und hat sie auf dem Server gelassen; schaffen Sie freien Platz und rufen Sie erneut ab.
# $detail is the system's own words for the failure.
sync-error-disk-failed = Der Datenträger hat beim Speichern neuer Mails einen Fehler gemeldet ({ $detail }), daher hat Postie diese Mails auf dem Server gelassen; prüfen Sie den Datenträger und rufen Sie erneut ab.
sync-internal-password-not-fetched = Passwort nicht abgerufen
sync-internal-store-lost = die Datenbank ging nach einem früheren Fehler verloren
sync-error-uidl-required = Der Server unterstützt kein UIDL, daher kann Postie nicht erkennen, welche Nachrichten es schon hat, und kann { $policy ->
        [keep] Nachrichten nicht auf dem Server belassen
        [delete-after-download] Nachrichten nicht nach dem Herunterladen vom Server löschen
        [delete-after-days] { $days ->
            [one] Nachrichten nicht { $days } Tag nach dem Herunterladen vom Server löschen
           *[other] Nachrichten nicht { $days } Tage nach dem Herunterladen vom Server löschen
        }
       *[delete-when-trashed] Nachrichten nicht vom Server löschen, wenn sie hier gelöscht werden
    }. Wählen Sie für dieses Konto „nach dem Herunterladen vom Server löschen“.
sync-warning-not-delivered = Der Server konnte Nachricht { $number } nicht ausliefern ({ $text }); Postie versucht es beim nächsten Abruf erneut.
sync-warning-too-large = Nachricht { $number } ({ $size }) ist größer, als Postie speichern kann ({ $limit }); daher wurden nur ihre Kopfzeilen heruntergeladen, und sie bleibt auf dem Server.
sync-warning-larger-than-listed = Nachricht { $number } ist größer, als Postie speichern kann ({ $limit }), obwohl der Server sie mit { $listed } angegeben hat; sie bleibt auf dem Server, und Postie lädt beim nächsten Mal nur ihre Kopfzeilen herunter.
sync-warning-delete-refused = Der Server hat das Löschen von Nachricht { $number } abgelehnt ({ $text }); Postie versucht es später erneut.
sync-warning-shared-uidls = Der Server hat { $count } Nachrichten dieselbe eindeutige ID gegeben; Postie erkennt sie stattdessen am Inhalt.
sync-warning-no-valid-uidl = { $count ->
        [one] { $count } Nachricht auf dem Server hat keine gültige eindeutige ID; Postie erkennt sie am Inhalt.
       *[other] { $count } Nachrichten auf dem Server haben keine gültige eindeutige ID; Postie erkennt sie am Inhalt.
    }
sync-warning-uidls-changed = Der Server hat die eindeutigen IDs seiner Nachrichten geändert (eine Migration?). Postie vergleicht sie anhand des Inhalts, sodass nichts doppelt gespeichert wird, muss sie aber einmal erneut herunterladen.
sync-warning-expire-zero = Der Server löscht jede Nachricht, sobald sie heruntergeladen wurde (EXPIRE 0), daher können keine Nachrichten dort belassen werden.
sync-warning-expire-days = Der Server löscht Nachrichten { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach dem Herunterladen, unabhängig von der Einstellung dieses Kontos.
sync-warning-expire-sooner = Der Server löscht Nachrichten { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach dem Herunterladen, also früher als nach den { $kept } Tagen, die dieses Konto sie dort belässt.
sync-warning-quit-not-confirmed = Der Server hat das Ende der Sitzung nicht bestätigt ({ $reason }); ob { $count ->
        [one] { $count } Nachricht dort gelöscht wurde
       *[other] { $count } Nachrichten dort gelöscht wurden
    }, wird beim nächsten Abruf geprüft.

## Die lokale Maildatenbank (src/store)

store-error-sqlite = Die Maildatenbank konnte nicht verwendet werden ({ $detail }). Wenn der Datenträger voll ist, schaffen Sie freien Platz und versuchen Sie es erneut.
store-error-io = Der Datenordner konnte nicht verwendet werden ({ $detail }). Prüfen Sie, ob er existiert und beschreibbar ist.
store-error-too-new = Die Maildatenbank wurde von einem neueren Postie geschrieben (Schema { $found }; dieses kennt Schemas bis { $supported }). Aktualisieren Sie Postie, um sie zu öffnen.
store-error-corrupt = Die Maildatenbank ist beschädigt ({ $detail }).
store-corrupt-account-field = Konto „{ $name }“ hat { $field ->
        [security] eine unbekannte Sicherheitsart
        [auth] eine unbekannte Anmeldemethode
        [policy] eine unbekannte Serverregel
        [fingerprint] einen unbekannten Zertifikats-Fingerabdruck
       *[over-size] eine unbekannte Aktion für zu große Nachrichten
    }
store-corrupt-no-wal = konnte nicht auf WAL umschalten (Journalmodus { $mode })
store-corrupt-negative-version = negative Schemaversion { $version }
store-no-account-named = Es gibt kein Konto „{ $name }“.
store-no-account-id = Es gibt kein Konto { $id }.
store-no-message = Es gibt keine Nachricht { $id }.
store-account-exists = Ein Konto namens „{ $name }“ existiert bereits.
store-message-too-large = Nachricht zu groß
store-unknown-folder = unbekannter Ordner „{ $value }“ (verwenden Sie inbox oder trash)

## Nachrichten lesen (src/mail)

mail-html-image = [Bild]
mail-html-image-described = [Bild: { $alt }]
mail-html-embedded = [eingebetteter Inhalt nicht angezeigt]
mail-html-truncated = … (Nachricht gekürzt)
mail-attachment-file-name = Anhang

## Beispiel-E-Mails (src/demo)

demo-account-name = Beispiel-E-Mails
demo-error-server = Der Server für die Beispiel-E-Mails konnte nicht gestartet werden ({ $detail }).

## The command line (`postie …`): tables, summaries, errors

cli-no-data-dir = es wurde kein Datenverzeichnis gefunden; geben Sie --data-dir DIR an oder setzen Sie POSTIE_DATA_DIR.
cli-demo-no-temp-dir = für die Beispiel-E-Mails konnte kein temporärer Ordner angelegt werden ({ $error }).
cli-no-home = Es wurde kein persönlicher Ordner gefunden; setzen Sie XDG_DATA_HOME oder HOME.
cli-no-executable = Postie konnte nicht feststellen, wo seine eigene Programmdatei liegt ({ $error }).
cli-install-desktop-failed = Postie konnte nicht zum Anwendungsmenü in { $folder } hinzugefügt werden ({ $error }).
cli-install-desktop-done = Postie ist jetzt im Anwendungsmenü ({ $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
} unter { $folder }; startet { $program }).
cli-uninstall-desktop-failed = Postie konnte nicht aus dem Anwendungsmenü in { $folder } entfernt werden ({ $error }).
cli-uninstall-desktop-nothing = Postie war nicht im Anwendungsmenü (nichts unter { $folder }).
cli-uninstall-desktop-done = Postie ist nicht mehr im Anwendungsmenü ({ $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
} entfernt).
cli-no-such-account = Es gibt kein Konto namens „{ $name }“. Siehe „postie account list“.
cli-no-accounts = Es gibt noch keine Konten. Fügen Sie mit „postie account add“ eines hinzu.
cli-no-such-message = Es gibt keine Nachricht { $id }. Siehe „postie list“.
cli-account-add-needs-host = Zum Hinzufügen eines Kontos ist --host erforderlich.
cli-account-add-needs-user = Zum Hinzufügen eines Kontos ist --user erforderlich.
cli-account-add-needs-password = Geben Sie an, woher das Passwort kommt: --password-stdin (wird im Schlüsselbund gespeichert) oder --password-command CMD.
cli-account-exists = Ein Konto namens „{ $name }“ existiert bereits.
cli-account-removed-password-kept = das Konto wurde entfernt, aber sein Passwort konnte nicht aus dem Schlüsselbund gelöscht werden: { $error }
cli-plain-warning = Warnung: Mit der Sicherheit „plain“ werden Ihr Passwort und Ihre E-Mails unverschlüsselt übertragen; jeder im Netzwerk kann sie mitlesen.
cli-no-password-on-stdin = Auf der Standardeingabe wurde kein Passwort übergeben.
cli-account-list-name = Name
cli-account-list-login = Benutzer und Server
cli-account-list-security = Verschlüsselung
cli-account-list-policy = Auf dem Server
cli-export-needs-target = Geben Sie --mbox FILE oder --maildir DIR an.
cli-export-done = { $count ->
    [one] { $count } Nachricht exportiert.
   *[other] { $count } Nachrichten exportiert.
}
cli-export-file-exists = { $path } konnte nicht angelegt werden ({ $error }); wählen Sie eine Datei, die noch nicht existiert.
cli-export-maildir-not-empty = { $path } existiert bereits; exportieren Sie in ein leeres Maildir.
cli-fetch-already-complete = Nachricht { $id } ist bereits vollständig.
cli-progress = { $account }: { $phase }
cli-progress-count = { $account }: { $phase } { $done } von { $total } ({ $size })
cli-fetch-summary = { $account }: { $new } neu, { $already_had } bereits vorhanden, { $deleted } auf dem Server gelöscht, { $skipped } übersprungen
cli-fetch-headers-only = (davon { $count } nur Kopfzeilen)
cli-fetch-error = { $account }: Fehler: { $error }
cli-fetch-postponed = { $account }: nicht abgerufen: Der Server erlaubt eine Anmeldung nur alle paar Minuten; nächster Abruf: { $date }
cli-fetch-dry-run = { $account }: Probelauf: { $download } herunterzuladen, { $delete } auf dem Server zu löschen, { $already_had } bereits vorhanden, { $skipped } übersprungen
cli-fetch-would-delete = würde { $uidl } löschen ({ $size ->
    [one] { $size } Byte
   *[other] { $size } Bytes
}): { $reason }
cli-list-id = ID
cli-list-date = Datum
cli-list-from = Absender
cli-list-subject = Betreff
cli-list-unreadable = (unlesbare Nachricht, unverändert angezeigt)
cli-show-from = Von: { $sender }
cli-show-to = An: { $to }
cli-show-cc = CC: { $cc }
cli-show-date = Datum: { $date }
cli-show-subject = Betreff: { $subject }
cli-show-headers-only = Hinweis: Nur die Kopfzeilen wurden heruntergeladen (Größenbeschränkung); verwenden Sie „postie fetch --full { $id }“.
cli-show-unreadable = Hinweis: Diese Nachricht konnte nicht als E-Mail gelesen werden; sie wird so angezeigt, wie sie empfangen wurde.
cli-show-attachment = Anhang: { $name } ({ $content_type }, { $size ->
    [one] { $size } Byte
   *[other] { $size } Bytes
})
cli-show-attachment-no-name = (ohne Namen)
cli-trash-emptied = { $count ->
    [one] { $count } Nachricht aus dem Papierkorb gelöscht.
   *[other] { $count } Nachrichten aus dem Papierkorb gelöscht.
}

## The command line's help (`postie --help`, `postie account add --help`)

cli-help = Ein POP3-E-Mail-Programm für den Desktop, das keine Nachricht verliert
cli-help-data-dir = Wo die E-Mail-Datenbank liegt (Standard: `postie` im XDG-Datenverzeichnis)
cli-help-verbose = Protokollzeilen auch auf stderr ausgeben (die von Postie selbst ab DEBUG). Die Protokolldatei im XDG-Statusverzeichnis (`postie/logs` oder $POSTIE_LOG_DIR) wird immer geschrieben
cli-help-account = Konten hinzufügen, auflisten, bearbeiten oder entfernen
cli-help-account-add = Ein Konto hinzufügen
cli-help-account-add-name = Der Name des Kontos, unter dem andere Befehle es kennen
cli-help-account-add-host = Der Hostname des POP3-Servers
cli-help-account-add-port = Port (Standard: 995 für tls, 110 für starttls und plain)
cli-help-account-add-security = tls (Standard), starttls oder plain
cli-help-account-add-user = Benutzername, genau wie vom Anbieter angegeben
cli-help-account-add-password-stdin = Das Passwort von der Standardeingabe (erste Zeile) lesen und im Schlüsselbund speichern
cli-help-account-add-password-command = Diesen Befehl (mit sh -c) ausführen, um das Passwort zu erhalten: die erste Zeile seiner Ausgabe
cli-help-account-add-keep = Nachrichten auf dem Server belassen (Standard)
cli-help-account-add-delete-after-download = Nachrichten vom Server löschen, sobald sie hier gespeichert sind
cli-help-account-add-delete-after-days = Nachrichten N Tage nach dem Herunterladen vom Server löschen
cli-help-account-add-delete-when-trashed = Nachrichten vom Server löschen, sobald sie hier gelöscht werden
cli-help-account-add-auth = auto (Standard), scram-sha-256, cram-md5, plain, login, user, apop, xoauth2
cli-help-account-add-trust-cert = Genau dieses Zertifikat akzeptieren (SHA-256-Fingerabdruck, 64 Hexadezimalziffern, Doppelpunkte erlaubt)
cli-help-account-add-max-size = Nachrichten, die größer als diese Anzahl Bytes sind, werden übersprungen oder nur mit ihren Kopfzeilen heruntergeladen
cli-help-account-add-over-size = Was mit Nachrichten über --max-size geschieht: skip (Standard) oder headers
cli-help-account-list = Konten auflisten
cli-help-account-list-json = Ein JSON-Array der Konten ausgeben
cli-help-account-remove = Ein Konto entfernen. Seine E-Mails bleiben hier, außer mit --delete-mail; auf dem Server wird nichts verändert
cli-help-account-remove-name = Der Name des Kontos
cli-help-account-remove-delete-mail = Auch die Nachrichten des Kontos hier löschen
cli-help-account-edit = Die Einstellungen eines Kontos ändern
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
cli-help-fetch = Neue E-Mails herunterladen (alle Konten oder die genannten)
cli-help-fetch-names = Die abzurufenden Konten; alle, wenn keines angegeben ist
cli-help-fetch-json = Ein JSON-Objekt pro Konto, eines pro Zeile
cli-help-fetch-dry-run = Anzeigen, was heruntergeladen und gelöscht würde; nichts ändern
cli-help-fetch-full = Diese Nachrichten, von denen wegen der Größenbeschränkung nur die Kopfzeilen heruntergeladen wurden, zusätzlich vollständig herunterladen
cli-help-list = Nachrichten auflisten
cli-help-list-account = Nur die Nachrichten dieses Kontos
cli-help-list-folder = inbox oder trash (Standard: beide)
cli-help-list-json = Ein JSON-Array der Nachrichten ausgeben
cli-help-show = Eine Nachricht anzeigen: ihre Kopfzeilen und ihren lesbaren Text
cli-help-show-id = Die ID der Nachricht, wie `postie list` sie anzeigt
cli-help-show-raw = Die Nachricht genau so ausgeben, wie sie empfangen wurde (CRLF-Zeilenenden)
cli-help-search = Absender, Empfänger, Betreff und Text durchsuchen
cli-help-search-query = Die zu suchenden Wörter
cli-help-search-json = Ein JSON-Array der Nachrichten ausgeben
cli-help-trash = Nachrichten in den Papierkorb verschieben
cli-help-trash-ids = Die IDs der Nachrichten, wie `postie list` sie anzeigt
cli-help-restore = Nachrichten aus dem Papierkorb wiederherstellen
cli-help-restore-ids = Die IDs der Nachrichten, wie `postie list` sie anzeigt
cli-help-empty-trash = Alles im Papierkorb endgültig löschen
cli-help-demo = Die App mit Beispiel-E-Mails von einem kleinen eigenen Server auf 127.0.0.1 öffnen, in einem temporären Datenverzeichnis (nichts von Ihren Daten wird verwendet)
cli-help-install-desktop = Postie ins Anwendungsmenü des Desktops aufnehmen (eine .desktop-Datei, Symbole und Metainfo unter $XDG_DATA_HOME, meist ~/.local/share)
cli-help-uninstall-desktop = Postie wieder aus dem Anwendungsmenü entfernen
cli-help-export = Nachrichten als mbox-Datei oder Maildir exportieren
cli-help-export-mbox = Eine mbox-Datei (mboxrd-Maskierung)
cli-help-export-maildir = Ein Maildir-Verzeichnis (wird bei Bedarf angelegt)
cli-help-export-account = Nur die Nachrichten dieses Kontos

## Weitere Details zu POP3-Fehlern

error-connect-no-address = keine Adresse gefunden
error-connect-timed-out = Zeitüberschreitung beim Verbindungsaufbau

## Beenden, und ein zweites Postie

sync-stopped = Der Abruf wurde angehalten, weil Postie beendet wurde; alles bereits Empfangene ist gespeichert.
app-closing = Der laufende Download wird vor dem Beenden abgeschlossen …
app-already-open = Postie ist für { $folder } bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.
app-already-open-no-answer = Postie ist für { $folder } bereits geöffnet, antwortet aber nicht. Schließen Sie es (oder warten Sie, bis es fertig ist) und versuchen Sie es erneut.
settings-notify-new-mail = Bei neuen E-Mails benachrichtigen

## Protokolldateien

logging-no-folder = kein Ordner für Protokolldateien gefunden (es gibt keinen Benutzerordner); setzen Sie { $variable }
logging-cannot-write = Protokolldateien können nicht in { $folder } geschrieben werden ({ $error })
logging-continuing = postie: { $problem }; es geht ohne Protokolldatei weiter.
logging-bad-filter = postie: { $variable } ist kein gültiger Protokollfilter ({ $error }); die Voreinstellung wird verwendet.
