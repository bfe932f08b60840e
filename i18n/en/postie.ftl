# Postie's words in English: the reference every other language follows.
#
# For translators:
# - Keep every message id; a test fails when a language lacks one English
#   has, has one English does not, or uses other $placeholders.
# - Numbers that count something ($count, $minutes, …) are printed with the
#   language's digit grouping; use them in plural selectors:
#   { $count -> [one] … *[other] … }.
# - Words of a mail client: Inbox, Trash, "keep on the server", "check for
#   new mail", "download".

# The language's own name, shown in the language menu.
language-name = English

## Dates and times. $hour and $minute have two digits.

time-of-day = { $hour }:{ $minute }
# "Mon 14:05" in the message list, for mail from this week.
date-weekday-time = { $weekday } { $time }
# "3 Nov" for mail from this year.
date-day-month = { $day } { $month }
# "3 Nov 2024" for older mail.
date-day-month-year = { $day } { $month } { $year }
# The reader's header: "Monday 3 November 2024, 14:05".
date-full = { $weekday } { $day } { $month } { $year }, { $time }
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# 1 is Monday, 7 is Sunday.
weekday-short = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
weekday-long = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
# The status bar: when mail was last checked and will next be checked.
time-just-now = just now
time-minutes-ago = { $minutes ->
    [one] { $minutes } minute ago
   *[other] { $minutes } minutes ago
}
time-in-minutes = { $minutes ->
    [one] in { $minutes } minute
   *[other] in { $minutes } minutes
}
time-at = at { $time }

## Sizes of messages and attachments. $size is already a formatted number.

size-bytes = { $size } B
size-kilobytes = { $size } KB
size-megabytes = { $size } MB
size-gigabytes = { $size } GB

## App shell and Settings

app-title = Postie
# The window title when there is unread mail.
app-title-unread = Postie ({ $count } unread)
# $folder is a path on disk; $error is the system's reason.
app-error-data-folder = Postie could not create its data folder { $folder } ({ $error }).
# $error is the system's reason.
app-error-window = The window could not open ({ $error }).
app-error-store-closed = The mail database is no longer open.
app-error-store-silent = The mail database stopped answering.
# The status bar, after the user stopped a check for new mail.
app-check-cancelled = The check was cancelled; nothing was deleted from the server.
settings-title = Settings
settings-done-button = Done
settings-accounts-heading = Accounts
settings-no-accounts = No accounts yet.
# Below an account's name: "anna on pop.example.com:995 · keep on server".
# $policy says what happens to mail on the server, in lower case.
settings-account-summary = { $username } on { $host }:{ $port } · { $policy }
settings-edit-button = Edit
settings-remove-button = Remove
# The label before the menu of how often an account is checked ("Every 15 minutes").
settings-check-for-mail = Check for mail
settings-interval-manual = Only when I ask
settings-interval-minutes = { $minutes ->
    [one] Every minute
   *[other] Every { $minutes } minutes
}
settings-interval-hours = { $hours ->
    [one] Every hour
   *[other] Every { $hours } hours
}
settings-appearance-heading = Appearance
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-language-heading = Language
# The first option of the language list: follow the system's language.
# $language is that language's own name ("English", "Deutsch").
settings-language-system = System ({ $language })
# The title of the dialog that asks before removing an account; $account is its name or address.
settings-remove-title = Remove { $account }?
settings-remove-explanation = Postie stops checking this account. Nothing on the server is touched.
settings-remove-keep-mail = Keep its messages on this computer
settings-remove-cancel = Cancel
settings-remove-confirm = Remove account

## Main window: sidebar, message list, reader and status bar

mailbox-all-inboxes = All inboxes
mailbox-trash = Trash
mailbox-add-account = Add account
mailbox-settings = Settings
mailbox-search-placeholder = Search sender, subject, text…
mailbox-empty-trash-button = Empty Trash
# Buttons for the selected messages (also in the reader's toolbar).
mailbox-restore-button = Restore
mailbox-delete-button = Delete
# Above the message list: how many messages it holds.
mailbox-message-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
# Above the message list: how many messages a search found.
mailbox-found-count = { $count ->
    [one] { $count } found
   *[other] { $count } found
}
# Followed by the buttons Date, Sender, Subject.
mailbox-sort-label = Sort:
# Sorts the list by date, newest first.
mailbox-sort-date = Date
mailbox-sort-sender = Sender
mailbox-sort-subject = Subject
# In the reader pane while no message is selected.
mailbox-select-hint = Select a message to read it.
mailbox-selected-count = { $count ->
    [one] { $count } message selected.
   *[other] { $count } messages selected.
}
# The subject shown for a message without one (list and reader).
mailbox-no-subject = (no subject)

## Status bar: one line per account

# $when is one of time-just-now ("just now"), time-minutes-ago ("5 minutes ago") or time-at ("at 14:05").
mailbox-checked = Checked { $when }
# Follows mailbox-checked on the same line, hence lowercase. $when is time-in-minutes ("in 10 minutes") or time-at ("at 14:05").
mailbox-next-check = next check { $when }
# "Downloading 3 of 120 (1.2 MB)": messages done, messages in all, and the size received so far.
mailbox-progress-downloading = Downloading { $done } of { $total } ({ $size })
# What a check for new mail is doing.
mailbox-phase-connecting = Connecting…
# Reading the list of messages on the server.
mailbox-phase-listing = Listing…
mailbox-phase-downloading = Downloading…
# Deleting messages from the server.
mailbox-phase-deleting = Deleting…
mailbox-phase-finishing = Finishing…
mailbox-cancel = Cancel

## Empty Trash dialog

mailbox-empty-trash-title = Empty Trash?
mailbox-empty-trash-text = The messages in Trash will be deleted from this computer for good.
mailbox-empty-trash-confirm = Delete for good

## Saving attachments and messages

# Titles of the file dialogs.
mailbox-save-attachment-title = Save attachment
mailbox-save-all-title = Save all attachments
mailbox-save-message-title = Save message
# Shown in the reader when the file dialog was cancelled.
mailbox-not-saved = Not saved.
# $path is the file that was written.
mailbox-saved-as = Saved as { $path }.
# $folder is the folder chosen in the dialog.
mailbox-attachments-saved = { $count ->
    [one] { $count } attachment saved in { $folder }.
   *[other] { $count } attachments saved in { $folder }.
}
# $error is the system's reason, e.g. "Permission denied (os error 13)".
mailbox-save-failed = Could not save { $path } ({ $error }).
mailbox-attachment-unreadable = The attachment could not be read.
# The message was deleted or moved in the meantime.
mailbox-message-gone = The message is gone.

## Message list

list-empty = No messages here.
# Shown instead of the sender of a message that could not be parsed.
list-unreadable-message = (unreadable message)

## Reader: the opened message

# Toolbar buttons.
reader-star = Star
reader-unstar = Unstar
reader-mark-read = Mark read
reader-mark-unread = Mark unread
reader-view-source = View source
# Goes back from the source to the readable message.
reader-show-message = Show message
reader-save-eml = Save as .eml
# Header labels, in a narrow column: keep them short.
reader-from = From
reader-to = To
reader-cc = Cc
reader-date = Date
reader-starred = Starred
# $id is the message's number; "postie fetch --full" is a command: keep it as it is.
reader-headers-only = Only the headers were downloaded: the message is larger than this account's size limit. Fetch it in full with "postie fetch --full { $id }".
reader-unreadable = This message could not be read as an e-mail; it is shown as received.
# Quotes the button reader-save-eml.
reader-truncated = This message is very large; only its beginning is shown. "{ reader-save-eml }" keeps all of it.
reader-html-note = Shown as text from the HTML part. Remote images and other remote content are never loaded.
# Heading of the list of the message's links, each shown with its real target.
reader-links = Links
# Warning after a link's real target: the text the message shows for the link ($text) names another place.
reader-link-deceptive = shown as "{ $text }", but goes elsewhere
reader-attachments = { $count ->
    [one] { $count } attachment
   *[other] { $count } attachments
}
reader-save-all = Save all
# The name shown for an attachment that has none.
reader-no-name = (no name)
reader-save-attachment = Save…
reader-show-more = Show more of this message

## Desktop notifications of new mail

# The subject shown when a new message has none.
notify-no-subject = (no subject)
# The title when several messages arrived; $account is the account name.
notify-new-messages = { $count ->
    [one] { $count } new message in { $account }
   *[other] { $count } new messages in { $account }
}
# The second line when several arrived: the newest one.
notify-latest = Latest: { $sender } – { $subject }

## The command line (`postie …`): tables, summaries, errors
## The program prints "postie: " before each error and warning sentence.
## Command names, options (--host), values (tls, plain) and CMD, DIR,
## FILE stay as they are: people type them.

cli-no-data-dir = no data directory could be found; pass --data-dir DIR or set POSTIE_DATA_DIR.
# $error is the system's reason, in parentheses.
cli-demo-no-temp-dir = no temporary folder for the sample mail could be made ({ $error }).
cli-no-home = No home folder was found; set XDG_DATA_HOME or HOME.
cli-no-executable = Postie could not tell where its own program file is ({ $error }).
# $folder is a folder path such as /home/ann/.local/share.
cli-install-desktop-failed = Postie could not be added to the applications menu in { $folder } ({ $error }).
# $program is the path of the postie program the menu entry starts.
cli-install-desktop-done = Postie is in the applications menu now ({ $count ->
    [one] { $count } file
   *[other] { $count } files
} under { $folder }; it starts { $program }).
cli-uninstall-desktop-failed = Postie could not be taken out of the applications menu in { $folder } ({ $error }).
cli-uninstall-desktop-nothing = Postie was not in the applications menu (nothing under { $folder }).
cli-uninstall-desktop-done = Postie is out of the applications menu ({ $count ->
    [one] { $count } file
   *[other] { $count } files
} removed).
cli-no-such-account = There is no account named '{ $name }'. See 'postie account list'.
cli-no-accounts = There are no accounts yet. Add one with 'postie account add'.
# $id is the number `postie list` shows for a message.
cli-no-such-message = There is no message { $id }. See 'postie list'.
cli-account-add-needs-host = --host is required to add an account.
cli-account-add-needs-user = --user is required to add an account.
cli-account-add-needs-password = Say where the password comes from: --password-stdin (stored in the keyring) or --password-command CMD.
cli-account-exists = An account named '{ $name }' already exists.
cli-account-removed-password-kept = the account was removed, but its password could not be deleted from the keyring: { $error }
# 'plain' is the value of --security that turns encryption off.
cli-plain-warning = warning: security 'plain' sends your password and mail unencrypted; anyone on the network can read them.
cli-no-password-on-stdin = No password was given on standard input.
# Column headings of `postie account list`. The login column shows user@server:port.
cli-account-list-name = Name
cli-account-list-login = User and server
cli-account-list-security = Security
cli-account-list-policy = On the server
cli-export-needs-target = Give --mbox FILE or --maildir DIR.
cli-export-done = { $count ->
    [one] { $count } message exported.
   *[other] { $count } messages exported.
}
# $path is the mbox file asked for; $error is the system's reason.
cli-export-file-exists = Could not create { $path } ({ $error }); choose a file that does not exist yet.
# $path is a message file already in the Maildir.
cli-export-maildir-not-empty = { $path } already exists; export into an empty Maildir.
cli-fetch-already-complete = message { $id } is already complete.
# The progress line while mail is fetched: "work: downloading 3 of 10 (1.2 MB)".
# $phase is a sync-phase word, $size the amount received so far.
cli-progress = { $account }: { $phase }
cli-progress-count = { $account }: { $phase } { $done } of { $total } ({ $size })
# One line per account after `postie fetch`: "work: 3 new, 120 already had, 0 deleted on server, 1 skipped".
# $new: messages downloaded now; $already_had: messages on the server that were downloaded before;
# $deleted: messages deleted from the server; $skipped: messages left on the server because of the size limit.
cli-fetch-summary = { $account }: { $new } new, { $already_had } already had, { $deleted } deleted on server, { $skipped } skipped
# Added to cli-fetch-summary: how many of the new messages were downloaded as headers only (size limit).
cli-fetch-headers-only = ({ $count } headers only)
cli-fetch-error = { $account }: error: { $error }
# $date is a date and time.
cli-fetch-postponed = { $account }: not checked: the server allows a login only every few minutes; next check after { $date }
# `postie fetch --dry-run`: what a fetch would do, changing nothing.
cli-fetch-dry-run = { $account }: dry run: { $download } to download, { $delete } to delete on server, { $already_had } already had, { $skipped } skipped
# One line per message the dry run would delete from the server; $uidl is the server's id for it, $reason a sync-delete-reason text.
cli-fetch-would-delete = would delete { $uidl } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}): { $reason }
# Column headings of `postie list` and `postie search`.
cli-list-id = ID
cli-list-date = Date
cli-list-from = From
cli-list-subject = Subject
# In the subject column, for a message that is not a readable e-mail.
cli-list-unreadable = (unreadable message, shown raw)
# `postie show ID`: the message's header lines, then its text.
cli-show-from = From: { $sender }
cli-show-to = To: { $to }
cli-show-cc = Cc: { $cc }
cli-show-date = Date: { $date }
cli-show-subject = Subject: { $subject }
cli-show-headers-only = Note: only the headers were downloaded (size limit); use 'postie fetch --full { $id }'.
cli-show-unreadable = Note: this message could not be read as an e-mail; it is shown as received.
# $content_type is a MIME type such as application/pdf.
cli-show-attachment = Attachment: { $name } ({ $content_type }, { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
})
# The name shown for an attachment that has none.
cli-show-attachment-no-name = (no name)
cli-trash-emptied = { $count ->
    [one] { $count } message deleted from Trash.
   *[other] { $count } messages deleted from Trash.
}

## Welcome screen (the first screen, before any account exists)

welcome-title = Welcome to Postie
welcome-intro = Postie downloads your mail with POP3 and keeps it safely on this computer. Nothing is removed from your server unless you ask for it.
welcome-add-account-button = Add an account
welcome-sample-mail-button = Try with sample mail
welcome-sample-mail-note = Sample mail comes from a small server inside Postie: no account or network needed.

## Account setup: the form for adding or editing an account

setup-title-add = Add an account
setup-title-edit = Edit account
# The label of the field for the name shown as the sender of the user's mail.
setup-your-name = Your name
setup-email-address = E-mail address
# Shown when the e-mail address belongs to a known provider; $provider is its name ("Gmail").
setup-preset-filled = Settings for { $provider } filled in.
setup-incoming-heading = Incoming mail (POP3)
setup-server = Server
setup-port = Port
# The heading above the choice of SSL/TLS, STARTTLS or no encryption.
setup-security = Security
setup-security-tls = SSL/TLS (recommended)
setup-security-none = None: the password and mail cross the network unencrypted
# $fingerprint is a long run of hexadecimal pairs.
setup-trusted-certificate = Trusted certificate: SHA-256 { $fingerprint }
setup-username = User name
setup-password = Password
# The password field when editing an account whose password is already stored.
setup-password-keep = Password (leave empty to keep it)
setup-use-password-command = Get the password from a command instead of the keyring
setup-password-command = Command (its first line of output is the password)
setup-login-method = Login method
# The first choice of login method; the others are protocol names (SCRAM-SHA-256, APOP…).
setup-auth-auto = Automatic (the strongest both sides support)
# A login method that takes an OAuth access token instead of a password; $method is XOAUTH2 or OAUTHBEARER.
setup-auth-access-token = { $method } (access token)
setup-cancel-button = Cancel
setup-test-connection-button = Test connection
setup-save-button = Save
setup-saving = Saving…
setup-error-port = The port must be a number from 1 to 65535.
setup-error-days = Give the number of days, 1 or more.
setup-error-password-missing = Type the account's password (or choose a password command).

## Account setup: what happens to mail on the server. "It" is the mail.

setup-policy-heading = What happens to mail on the server
setup-policy-keep = Keep it on the server
setup-policy-keep-explanation = Messages stay on the server after Postie downloads them, so your other devices can still read them.
setup-policy-delete-after-download = Delete it after download
setup-policy-delete-after-download-explanation = Each message is deleted from the server once it is safely stored on this computer.
setup-policy-delete-after-days = Delete it after some days
# $days is the number the user typed in the field below.
setup-policy-delete-after-days-explanation = { $days ->
    [one] Each message is deleted from the server { $days } day after Postie first downloads it.
   *[other] Each message is deleted from the server { $days } days after Postie first downloads it.
}
# After the field where the user types the number of days.
setup-policy-days-unit = { $days ->
    [one] day
   *[other] days
}
setup-policy-delete-when-trashed = Delete it from the server when I delete it here
setup-policy-delete-when-trashed-explanation = A message you delete in Postie is deleted from the server at the next check.
setup-policy-server-keeps-nothing = Not on this server: it deletes every message once it has been downloaded (EXPIRE 0).

## Account setup: what "Test connection" found. Labels on the left, findings on the right.

setup-test-connecting = Connecting…
setup-test-passed = Connected and logged in.
setup-test-encryption = Encryption
setup-test-encryption-none = None: the connection is not encrypted
# $method is "SSL/TLS" or "STARTTLS".
setup-test-encryption-verified = { $method }, certificate verified
# $method is "SSL/TLS" or "STARTTLS"; the user chose to trust this certificate earlier.
setup-test-encryption-pinned = { $method }, with the certificate you trusted
setup-test-login-method = Login method
# Whether the server supports UIDL, the unique message ids that let Postie skip mail it already has.
setup-test-tracks-downloads = Keeps track of downloads
setup-test-tracks-downloads-yes = Yes (UIDL): mail is never downloaded twice.
setup-test-tracks-downloads-no = No (no UIDL): only "delete after download" can be used.
setup-test-messages-waiting = Messages waiting
# "12 (3.4 MB)": how many messages are on the server, and their total size.
setup-test-messages-waiting-count = { $count } ({ $size })
# How long the server itself keeps mail (its EXPIRE setting).
setup-test-server-keeps-mail = Server keeps mail
setup-test-retention-forever = Forever
setup-test-retention-none = Not at all: it deletes each message once downloaded
setup-test-retention-days = { $days ->
    [one] { $days } day after download
   *[other] { $days } days after download
}

## Account setup: the dialog about a server certificate Postie refused

setup-certificate-title = The server's certificate is not trusted
# $reason is a clause from the connection code, such as "it has expired" or "it is self-signed".
setup-certificate-refused = Postie refused the certificate because { $reason }.
setup-certificate-server = Server
setup-certificate-issued-to = Issued to
setup-certificate-issued-by = Issued by
# The label before the period the certificate is valid for.
setup-certificate-valid = Valid
# $from and $until are full dates with the time.
setup-certificate-validity = { $from } to { $until }
# The label before the certificate's fingerprint.
setup-certificate-fingerprint = SHA-256
setup-certificate-advice = Trust it only if you know this is your server's certificate (for example, your provider gave you this fingerprint). Postie will then accept exactly this certificate for this server, and refuse any other.
setup-certificate-cancel-button = Cancel
setup-certificate-trust-button = Trust this certificate

## Provider presets: notes shown in the account form when the address belongs to a known provider.
## Keep the providers' own names for their settings pages where you know them.

preset-note-gmail = Turn on POP in Gmail settings (Forwarding and POP/IMAP) and sign in with an app password, which needs 2-Step Verification.
preset-note-outlook = Microsoft accepts only OAuth sign-in (XOAUTH2) for POP, and POP must be turned on in the Outlook settings.
preset-note-yahoo = Sign in with an app password generated in Yahoo Account Security; the normal password is refused.
preset-note-aol = Sign in with an app password generated in AOL Account Security; the normal password is refused.
preset-note-gmx = Allow POP3 and IMAP access once in the GMX web settings first.
preset-note-web-de = Allow POP3 and IMAP access once in the WEB.DE web settings first.
preset-note-fastmail = Sign in with an app password created in the Fastmail settings, not your account password.
preset-note-zoho-com = Turn on POP access in the Zoho Mail settings first; accounts in Zoho's EU data centre use pop.zoho.eu instead.
preset-note-zoho = Turn on POP access in the Zoho Mail settings first.
preset-note-yandex = Allow POP access in the Yandex Mail settings and sign in with an app password.
preset-note-mail-ru = Sign in with a password for external apps created in the Mail.ru security settings.
# "Telekom E-Mail Center" is the name of the provider's web page.
preset-note-t-online = Sign in with the separate e-mail password set in the Telekom E-Mail Center; the web login password does not work.
preset-note-o2 = Turn on access for mail programs in the o2 Poczta settings first.
preset-note-naver = Turn on POP3 in the Naver Mail settings first.
preset-note-qq = Turn on POP3 in the QQ Mail settings and sign in with the authorization code it shows, not your QQ password.
preset-note-netease = Turn on POP3 in the NetEase Mail settings and sign in with the authorization code it shows, not your password.
# "secure mail key" is AT&T's name for an app password.
preset-note-att = Sign in with a secure mail key created in your AT&T profile, not your account password.

## Provider presets: names with words to translate. Keep the brand names.

preset-name-gmx-international = GMX (international)
preset-name-zoho-eu = Zoho Mail (EU)
preset-name-zoho-india = Zoho Mail (India)
preset-name-zoho-australia = Zoho Mail (Australia)
preset-name-zoho-japan = Zoho Mail (Japan)
preset-name-zoho-canada = Zoho Mail (Canada)

## Errors of a POP3 session (src/pop3). Each is a sentence shown in a
## banner or printed by the command line: what happened and what to do.
## $host is the server's name, $text the server's own words, $detail a
## technical reason (often English, from the system).
## $phase says what the session was doing: connecting, tls-handshake,
## greeting, starttls, authenticating, or command (then $command is the
## POP3 command's name, like RETR or UIDL; it is empty otherwise).

error-resolve = Could not find the server { $host } ({ $detail }). Check the server name and your network connection.
# $port is a number printed without digit grouping.
error-connect = Could not connect to { $host } on port { $port } ({ $detail }). Check the server name, the port and your network connection.
error-timeout = The server { $host } did not answer within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } while { $phase ->
        [connecting] connecting
        [tls-handshake] setting up encryption
        [greeting] waiting for its greeting
        [starttls] switching to encryption (STLS)
        [authenticating] logging in
       *[command] answering { $command }
    }. Try again later; if it keeps happening, check the port and security settings.
error-closed = The server { $host } closed the connection while { $phase ->
        [connecting] connecting
        [tls-handshake] setting up encryption
        [greeting] waiting for its greeting
        [starttls] switching to encryption (STLS)
        [authenticating] logging in
       *[command] answering { $command }
    }. Try again later; if it keeps happening, check the port and security settings.
error-io = The connection to { $host } failed while { $phase ->
        [connecting] connecting
        [tls-handshake] setting up encryption
        [greeting] waiting for its greeting
        [starttls] switching to encryption (STLS)
        [authenticating] logging in
       *[command] answering { $command }
    } ({ $detail }). Try again later.
error-protocol = The server { $host } sent something Postie could not understand while { $phase ->
        [connecting] connecting
        [tls-handshake] setting up encryption
        [greeting] waiting for its greeting
        [starttls] switching to encryption (STLS)
        [authenticating] logging in
       *[command] answering { $command }
    } ({ $detail }). The connection was closed; try again later.
error-tls-handshake = A secure connection to { $host } could not be set up ({ $detail }). The server may only offer outdated encryption (older than TLS 1.2), or this port may not use TLS: check the security setting.
# $fingerprint is the certificate's SHA-256 fingerprint (hex digits with colons).
# $reason: expired, not-yet-valid, wrong-host, self-signed,
# untrusted-issuer, or other (then $detail holds the TLS library's words).
error-certificate = The certificate of { $host } was refused because { $reason ->
        [expired] it has expired
        [not-yet-valid] it is not valid yet
        [wrong-host] it was issued for a different server name
        [self-signed] it is self-signed
        [untrusted-issuer] it was issued by an authority this computer does not trust
       *[other] { $detail }
    }. If you are sure this is your server, trust the certificate with SHA-256 fingerprint { $fingerprint }.
# Why a certificate was refused, on its own: the certificate dialog shows
# it after "because" ("Postie refused the certificate because …").
error-certificate-reason = { $reason ->
        [expired] it has expired
        [not-yet-valid] it is not valid yet
        [wrong-host] it was issued for a different server name
        [self-signed] it is self-signed
        [untrusted-issuer] it was issued by an authority this computer does not trust
       *[other] { $detail }
    }
error-certificate-changed = The certificate of { $host } has changed since you trusted it (it is now SHA-256 { $fingerprint }), so nothing was sent. If your provider really changed it, check the new fingerprint and trust it again.
# 'tls' is the value of the security setting; keep it as it is.
error-starttls-unavailable = The server { $host } does not offer encryption with STARTTLS, so Postie stopped before sending your password. Use security 'tls' (usually port 995) or ask your provider.
error-starttls-refused = The server { $host } refused to start encryption ({ $text }), so Postie stopped before sending your password. Use security 'tls' (usually port 995) or try again later.
error-starttls-injection = The server { $host } sent data before encryption was set up, which can be an attack, so Postie disconnected without sending your password.
error-greeting-refused = The server { $host } refused the connection ({ $text }). Try again later.
# $detail is one of the error-login-method-… texts below.
error-no-login-method = Postie could not choose a login method for { $host }: { $detail }. Check the account's security and login settings.
error-auth-rejected = The server { $host } rejected the user name or password ({ $text }). Check them in the account settings; Postie will not try again with the same password.
# The server cannot let the user in right now; Postie retries by itself.
# $reason: in-use, login-delay or system. $retry: minutes or seconds (then
# $delay is how many), or later.
error-temporary = The server { $host } { $reason ->
        [in-use] says the mailbox is in use by another program
        [login-delay] allows logins only at intervals and this one came too soon
       *[system] has a temporary problem
    } ({ $text }). Postie keeps your password and will try again { $retry ->
        [minutes] in { $delay } minutes
        [seconds] { $delay ->
            [one] in { $delay } second
           *[other] in { $delay } seconds
        }
       *[later] later
    }.
error-permanent = The server { $host } refuses access to this account: { $text }. Check the account at your provider (for example, whether POP access is turned on).
# $detail is one of the error-sasl-… texts below.
error-sasl = Login to { $host } was abandoned: { $detail }. Try again later; if it keeps happening, choose another login method.
# $command is a POP3 command such as UIDL or TOP.
error-command-failed = The server { $host } refused { $command } ({ $text }).
error-unsupported = The server { $host } does not support { $command }.
error-sink = The message could not be saved ({ $detail }). Nothing was deleted from the server; free some disk space or check the data folder, then fetch again.
# $reason is the error-command-invalid text below.
error-invalid-setting = Postie did not send the command because { $reason }. Correct it in the account settings.
# What was wrong with a value Postie was about to send; shown after
# "because" or in parentheses. $problem: forbidden-character, too-long or
# empty. $field: user-name, password, apop-digest, sasl-mechanism,
# sasl-response or command.
error-command-invalid = { $problem ->
        [forbidden-character] { $field ->
            [user-name] the user name
            [password] the password
            [apop-digest] the APOP digest
            [sasl-mechanism] the SASL mechanism
            [sasl-response] the SASL response
           *[command] the command
        } contains a line break or NUL character
        [too-long] { $field ->
            [user-name] the user name
            [password] the password
            [apop-digest] the APOP digest
            [sasl-mechanism] the SASL mechanism
            [sasl-response] the SASL response
           *[command] the command
        } is too long for a POP3 command
       *[empty] { $field ->
            [user-name] the user name
            [password] the password
            [apop-digest] the APOP digest
            [sasl-mechanism] the SASL mechanism
            [sasl-response] the SASL response
           *[command] the command
        } is empty
    }

## Why no login method could be chosen: follows "Postie could not choose a
## login method for HOST:".

error-login-method-would-expose = the connection is not encrypted and the only login methods left would send the password readably
# $method is a login method's name, like APOP or CRAM-MD5.
error-login-method-not-offered = the server does not offer the { $method } login method
error-login-method-no-apop-timestamp = the server greeting has no APOP timestamp, so APOP cannot be used
# $offered lists the server's methods, like "PLAIN, LOGIN".
error-login-method-nothing-in-common = the server offers no login method Postie supports (it offers: { $offered })

## Why a login was abandoned: follows "Login to HOST was abandoned:".

error-sasl-unexpected-challenge = the server sent a login challenge at an unexpected point
# $detail is a short technical English text.
error-sasl-malformed = the server's login challenge is malformed ({ $detail })
error-sasl-server-said = the server reported a login error: { $text }
error-sasl-server-not-authenticated = the server could not prove that it knows the password

## What the server sent that Postie could not understand; shown in
## parentheses. $limit is a number printed without digit grouping.

error-protocol-line-too-long = the server sent a line longer than { $limit } bytes
error-protocol-not-a-response = the server sent a line that is not a POP3 response ({ $detail })
error-protocol-unsolicited = the server sent data that was not asked for
error-protocol-too-many-lines = the server sent more than { $limit } lines in one listing
# +OK and -ERR are the POP3 status words; keep them.
error-parse-not-a-status-line = the line is neither +OK nor -ERR
error-parse-bad-number = a number was missing or out of range
# $detail is a short technical English text.
error-parse-malformed = the line has a wrong shape: { $detail }
error-parse-bad-base64 = the SASL challenge is not valid base64

## Values typed on the command line or read from settings.

error-fingerprint-invalid = a SHA-256 fingerprint is 64 hexadecimal digits, optionally separated by colons
# $value is what was typed; tls, starttls and plain are the values to type.
error-unknown-security = unknown security mode '{ $value }' (use tls, starttls or plain)
# $value is what was typed; $names lists the values to type.
error-unknown-login-method = unknown login method '{ $value }' (use one of: { $names })
# $value is what was typed; skip and headers are the values to type.
error-unknown-over-size = unknown over-size action '{ $value }' (use skip or headers)

## Account settings that are wrong before any server is asked.

error-account-name-empty = The account name is empty.
error-account-name-control = The account name contains control characters.
error-account-host-invalid = '{ $host }' is not a valid server name.
error-account-port-invalid = The port must be between 1 and 65535.
error-account-user-name-invalid = The user name is empty or contains a line break.
error-account-zero-days = Delete after 0 days is delete after download; choose that instead.
error-account-password-command-empty = The password command is empty.

## Passwords: the keyring and the password command.

# --password-command is a command-line option; keep it.
error-no-keyring = No keyring is available to store or read the password ({ $detail }). Start a Secret Service (such as GNOME Keyring or KeePassXC), or use --password-command to get the password from a command instead.
# The command in parentheses is typed as is; NAME stands for the account's name.
error-keyring-not-found = The keyring has no password for this account. Set it again (postie account edit NAME --password-stdin).
error-keyring-refused = The keyring refused access to the password ({ $detail }). Unlock the keyring and try again.
# $reason is one of the error-password-command-… texts below.
error-password-command-failed = The password command failed: { $reason }. Check the account's password command.
error-password-command-not-started = it could not be started ({ $detail })
error-password-command-timed-out = it did not finish within { $seconds } seconds
error-password-command-wait-failed = waiting for it failed ({ $detail })
# $code is the command's exit status, a number.
error-password-command-status = it exited with status { $code }
# $said is the first line the command wrote to its error output.
error-password-command-status-said = it exited with status { $code }: { $said }
error-password-command-signal = it exited with a signal
error-password-command-signal-said = it exited with a signal: { $said }
error-password-command-empty-output = its first line of output was empty

## Fetching mail (src/sync).

# What a fetch is doing, in the progress line ("Downloading…",
# "work: downloading 3/10"). Lower case; the window capitalizes it.
sync-phase = { $phase ->
        [connecting] connecting
        [listing] listing
        [downloading] downloading
        [deleting] deleting
       *[finishing] finishing
    }
# What happens to mail on the server, as the account list shows it.
# $policy: keep, delete-after-download, delete-after-days (then $days
# counts the days) or delete-when-trashed.
sync-policy = { $policy ->
        [keep] keep on server
        [delete-after-download] delete from server after download
        [delete-after-days] { $days ->
            [one] delete from server { $days } day after download
           *[other] delete from server { $days } days after download
        }
       *[delete-when-trashed] delete from server when deleted here
    }
# Why a message is deleted from the server (dry-run listing).
sync-delete-reason = { $reason ->
        [pending] deletion not yet confirmed by the server
        [downloaded] downloaded
        [aged] kept for the chosen number of days
       *[deleted-here] deleted here
    }
sync-error-busy = Another Postie is already fetching mail for this account; try again when it has finished.
# $text is the server's words.
sync-error-listing-failed = The server could not list its messages ({ $text }), so nothing was downloaded or deleted. Try again later.
sync-error-internal = Postie stopped this fetch because of an internal error ({ $detail }). Nothing was deleted from the server.
sync-error-disk-full = The disk is full, so Postie could not save new mail and left it on the server; free some space and fetch again.
# $detail is the system's own words for the failure.
sync-error-disk-failed = The disk failed while Postie was saving new mail ({ $detail }), so Postie left that mail on the server; check the disk and fetch again.
sync-internal-password-not-fetched = password not fetched
sync-internal-store-lost = the store was lost after an earlier failure
# The account keeps mail on the server, which needs UIDL. $policy and
# $days as in sync-policy; the quoted words name the policy to choose.
sync-error-uidl-required = The server does not support UIDL, so Postie cannot tell which messages it already has and cannot { $policy ->
        [keep] keep on server
        [delete-after-download] delete from server after download
        [delete-after-days] { $days ->
            [one] delete from server { $days } day after download
           *[other] delete from server { $days } days after download
        }
       *[delete-when-trashed] delete from server when deleted here
    }. Choose "delete from server after download" for this account.
# $number is the message's number on the server; $text the server's words.
sync-warning-not-delivered = The server could not deliver message { $number } ({ $text }); Postie will try again at the next fetch.
sync-warning-too-large = Message { $number } ({ $size }) is larger than Postie can store ({ $limit }), so only its headers were downloaded; it stays on the server.
sync-warning-larger-than-listed = Message { $number } turned out larger than Postie can store ({ $limit }), though the server listed it as { $listed }; it stays on the server, and Postie will download only its headers next time.
sync-warning-delete-refused = The server refused to delete message { $number } ({ $text }); Postie will try again later.
# $count is always 2 or more.
sync-warning-shared-uidls = The server gave { $count } messages the same unique id; Postie recognises them by content instead.
sync-warning-no-valid-uidl = { $count ->
        [one] { $count } message on the server has no valid unique id; Postie recognises it by content.
       *[other] { $count } messages on the server have no valid unique id; Postie recognises them by content.
    }
sync-warning-uidls-changed = The server changed the unique ids of its messages (a migration?). Postie compares them by content, so nothing is stored twice, but it has to download them again once.
# EXPIRE is the POP3 capability's name; keep it.
sync-warning-expire-zero = The server deletes every message once it has been downloaded (EXPIRE 0), so mail cannot be kept there.
sync-warning-expire-days = The server deletes messages { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after they are downloaded, whatever this account's setting says.
# $kept is the number of days the account keeps mail on the server.
sync-warning-expire-sooner = The server deletes messages { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after they are downloaded, sooner than the { $kept } days this account keeps them there.
# $reason is the server's words or an error.
sync-warning-quit-not-confirmed = The server did not confirm the end of the session ({ $reason }); whether { $count ->
        [one] { $count } message was
       *[other] { $count } messages were
    } deleted there will be checked at the next fetch.

## The local mail database (src/store).

store-error-sqlite = The mail database could not be used ({ $detail }). If the disk is full, free some space and try again.
store-error-io = The data folder could not be used ({ $detail }). Check that it exists and is writable.
# $found and $supported are version numbers.
store-error-too-new = The mail database was written by a newer Postie (schema { $found }; this one knows up to { $supported }). Update Postie to open it.
store-error-corrupt = The mail database is damaged ({ $detail }).
# $field: security, auth, policy, fingerprint or over-size.
store-corrupt-account-field = account '{ $name }' has an unknown { $field ->
        [security] security mode
        [auth] login method
        [policy] server policy
        [fingerprint] certificate fingerprint
       *[over-size] size limit action
    }
# WAL is SQLite's journal mode; $mode is another one.
store-corrupt-no-wal = could not switch to WAL (journal mode { $mode })
store-corrupt-negative-version = negative schema version { $version }
store-no-account-named = There is no account '{ $name }'.
# $id is the account's number in the database.
store-no-account-id = There is no account { $id }.
# $id is the message's number in the database.
store-no-message = There is no message { $id }.
store-account-exists = An account named '{ $name }' already exists.
store-message-too-large = message too large
# $value is what was typed; inbox and trash are the values to type.
store-unknown-folder = unknown folder '{ $value }' (use inbox or trash)

## Reading messages (src/mail).

# An image in an HTML message, which is never loaded.
mail-html-image = [image]
# An image with a description; $alt is the sender's description.
mail-html-image-described = [image: { $alt }]
mail-html-embedded = [embedded content not shown]
mail-html-truncated = … (message truncated)
# The file name of an attachment whose sender gave it no name. Letters,
# digits and spaces only: it becomes a file name.
mail-attachment-file-name = attachment

## Sample mail (src/demo).

# The sample-mail account's name, shown in the sidebar.
demo-account-name = Sample mail
demo-error-server = The sample mail server could not start ({ $detail }).

## The command line's help (`postie --help`, `postie account add --help`)
## Each id names a command (cli-help-fetch) or one of its options
## (cli-help-fetch-dry-run). No final period, as in clap's own lines.
## Option names (--max-size), values (tls, inbox, skip), DIR, N and
## environment variables ($XDG_DATA_HOME) stay as they are.

cli-help = A desktop POP3 mail client that never loses a message
cli-help-data-dir = Where the mail database lives (default: the XDG data directory's `postie`)
# "Postie's own from DEBUG": Postie's own log lines from the DEBUG level up.
cli-help-verbose = Also write log lines to stderr (Postie's own from DEBUG). The log file in the XDG state directory (`postie/logs`, or $POSTIE_LOG_DIR) is always written
cli-help-account = Add, list, edit or remove accounts
cli-help-account-add = Add an account
cli-help-account-add-name = The account's name, as other commands take it
cli-help-account-add-host = The POP3 server's host name
cli-help-account-add-port = Port (default: 995 for tls, 110 for starttls and plain)
cli-help-account-add-security = tls (default), starttls or plain
cli-help-account-add-user = User name, exactly as the provider gives it
cli-help-account-add-password-stdin = Read the password from standard input (first line) into the keyring
cli-help-account-add-password-command = Run this command (with sh -c) to get the password: its first line of output
cli-help-account-add-keep = Leave messages on the server (the default)
cli-help-account-add-delete-after-download = Delete messages from the server once they are stored here
cli-help-account-add-delete-after-days = Delete messages from the server N days after they were downloaded
cli-help-account-add-delete-when-trashed = Delete messages from the server once they are deleted here
cli-help-account-add-auth = auto (default), scram-sha-256, cram-md5, plain, login, user, apop, xoauth2
cli-help-account-add-trust-cert = Accept exactly this certificate (SHA-256 fingerprint, 64 hex digits, colons allowed)
cli-help-account-add-max-size = Messages larger than this many bytes are skipped or fetched as headers only
cli-help-account-add-over-size = What to do with messages over --max-size: skip (default) or headers
cli-help-account-list = List accounts
cli-help-account-list-json = Print a JSON array of accounts
cli-help-account-remove = Remove an account. Its mail stays here unless --delete-mail is given; nothing on the server is touched
cli-help-account-remove-name = The account's name
cli-help-account-remove-delete-mail = Delete the account's messages here too
cli-help-account-edit = Change an account's settings
# `account edit` takes the options of `account add`: these repeat those messages.
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
cli-help-fetch = Download new mail (all accounts, or the ones named)
cli-help-fetch-names = Accounts to fetch; all when none is given
cli-help-fetch-json = One JSON object per account, one per line
cli-help-fetch-dry-run = Show what would be downloaded and deleted; change nothing
cli-help-fetch-full = Also download in full these messages whose headers only were fetched because of the size limit
cli-help-list = List messages
cli-help-list-account = Only this account's messages
cli-help-list-folder = inbox or trash (default: both)
cli-help-list-json = Print a JSON array of messages
cli-help-show = Show a message: its headers and readable text
cli-help-show-id = The message's id, as `postie list` shows it
cli-help-show-raw = Write the message exactly as received (CRLF line ends)
cli-help-search = Search sender, recipients, subject and text
cli-help-search-query = Words to look for
cli-help-search-json = Print a JSON array of messages
cli-help-trash = Move messages to Trash
cli-help-trash-ids = The messages' ids, as `postie list` shows them
cli-help-restore = Bring messages back from Trash
cli-help-restore-ids = The messages' ids, as `postie list` shows them
cli-help-empty-trash = Delete everything in Trash for good
cli-help-demo = Open the app with sample mail from a small server of ours on 127.0.0.1, in a temporary data directory (nothing of yours is used)
cli-help-install-desktop = Put Postie in the desktop's applications menu (a .desktop file, icons and metainfo under $XDG_DATA_HOME, usually ~/.local/share)
cli-help-uninstall-desktop = Take Postie out of the applications menu again
cli-help-export = Write messages out as an mbox file or a Maildir
cli-help-export-mbox = An mbox file (mboxrd quoting)
cli-help-export-maildir = A Maildir directory (created if needed)
cli-help-export-account = Only this account's messages

## More details of POP3 errors, shown in parentheses after "Could not
## connect to HOST on port PORT".

error-connect-no-address = no address found
error-connect-timed-out = connection timed out

## Closing, and a second Postie

# A fetch that was asked to stop because the app is closing.
sync-stopped = The check was stopped because Postie was closing; everything that had arrived is saved.
# Shown while the window waits for a download to reach a safe point.
app-closing = Finishing the current download before closing…
# A second `postie` found the first one running on the same data folder.
app-already-open = Postie is already open for { $folder }; its window has been brought to the front.
app-already-open-no-answer = Postie is already open for { $folder }, but it does not answer. Close it (or wait for it to finish) and try again.
# The per-account switch in Settings.
settings-notify-new-mail = Notify me when new mail arrives

## Log files (warnings on standard error)

logging-no-folder = no folder for log files was found (there is no home folder); set { $variable }
logging-cannot-write = log files cannot be written to { $folder } ({ $error })
# $problem is one of the two messages above.
logging-continuing = postie: { $problem }; continuing without a log file.
logging-bad-filter = postie: { $variable } is not a valid log filter ({ $error }); using the default.
