# Postie in Français. English (i18n/en/postie.ftl) is the reference:
# the same message ids and the same $placeholders.

language-name = Français

## Dates and times

time-of-day = { $hour }:{ $minute }
date-weekday-time = { $weekday } { $time }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-full = { $weekday } { $day } { $month } { $year } à { $time }
month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
month-long = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
weekday-short = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
}
weekday-long = { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
time-just-now = à l’instant
time-minutes-ago = { $minutes ->
    [one] il y a { $minutes } minute
   *[other] il y a { $minutes } minutes
}
time-in-minutes = { $minutes ->
    [one] dans { $minutes } minute
   *[other] dans { $minutes } minutes
}
time-at = à { $time }

## Sizes

size-bytes = { $size } o
size-kilobytes = { $size } Ko
size-megabytes = { $size } Mo
size-gigabytes = { $size } Go

## App shell and Settings

app-title = Postie
app-title-unread = Postie ({ $count ->
    [one] { $count } non lu
   *[other] { $count } non lus
})
app-error-data-folder = Postie n’a pas pu créer son dossier de données { $folder } ({ $error }).
app-error-window = La fenêtre n’a pas pu s’ouvrir ({ $error }).
app-error-store-closed = La base de données du courrier n’est plus ouverte.
app-error-store-silent = La base de données du courrier ne répond plus.
app-check-cancelled = La relève a été annulée ; rien n’a été supprimé du serveur.
settings-title = Paramètres
settings-done-button = Terminé
settings-accounts-heading = Comptes
settings-no-accounts = Aucun compte pour l’instant.
settings-account-summary = { $username } sur { $host }:{ $port } · { $policy }
settings-edit-button = Modifier
settings-remove-button = Supprimer
settings-check-for-mail = Relever le courrier
settings-interval-manual = Seulement à la demande
settings-interval-minutes = { $minutes ->
    [one] Toutes les minutes
   *[other] Toutes les { $minutes } minutes
}
settings-interval-hours = { $hours ->
    [one] Toutes les heures
   *[other] Toutes les { $hours } heures
}
settings-appearance-heading = Apparence
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-language-heading = Langue
settings-language-system = Langue du système ({ $language })
settings-remove-title = Supprimer { $account } ?
settings-remove-explanation = Postie cesse de relever ce compte. Rien n’est modifié sur le serveur.
settings-remove-keep-mail = Conserver ses messages sur cet ordinateur
settings-remove-cancel = Annuler
settings-remove-confirm = Supprimer le compte

## Main window: sidebar, message list, reader and status bar

mailbox-all-inboxes = Toutes les boîtes de réception
mailbox-trash = Corbeille
mailbox-add-account = Ajouter un compte
mailbox-settings = Paramètres
mailbox-search-placeholder = Rechercher un expéditeur, un objet, du texte…
mailbox-empty-trash-button = Vider la corbeille
mailbox-restore-button = Restaurer
mailbox-delete-button = Supprimer
mailbox-message-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
mailbox-found-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
mailbox-sort-label = Trier :
mailbox-sort-date = Date
mailbox-sort-sender = Expéditeur
mailbox-sort-subject = Objet
mailbox-select-hint = Sélectionnez un message pour le lire.
mailbox-selected-count = { $count ->
    [one] { $count } message sélectionné.
   *[other] { $count } messages sélectionnés.
}
mailbox-no-subject = (sans objet)

## Status bar

mailbox-checked = Relevé { $when }
mailbox-next-check = prochaine relève { $when }
mailbox-progress-downloading = Téléchargement : { $done } sur { $total } ({ $size })
mailbox-phase-connecting = Connexion…
mailbox-phase-listing = Récupération de la liste des messages…
mailbox-phase-downloading = Téléchargement des messages…
mailbox-phase-deleting = Suppression des messages…
mailbox-phase-finishing = Finalisation…
mailbox-cancel = Annuler

## Empty Trash dialog

mailbox-empty-trash-title = Vider la corbeille ?
mailbox-empty-trash-text = Les messages de la corbeille seront définitivement supprimés de cet ordinateur.
mailbox-empty-trash-confirm = Supprimer définitivement

## Saving attachments and messages

mailbox-save-attachment-title = Enregistrer la pièce jointe
mailbox-save-all-title = Enregistrer toutes les pièces jointes
mailbox-save-message-title = Enregistrer le message
mailbox-not-saved = Non enregistré.
mailbox-saved-as = Enregistré sous { $path }.
mailbox-attachments-saved = { $count ->
    [one] { $count } pièce jointe enregistrée dans { $folder }.
   *[other] { $count } pièces jointes enregistrées dans { $folder }.
}
mailbox-save-failed = Impossible d’enregistrer { $path } ({ $error }).
mailbox-attachment-unreadable = La pièce jointe n’a pas pu être lue.
mailbox-message-gone = Le message n’existe plus.

## Message list

list-empty = Aucun message ici.
list-unreadable-message = (message illisible)

## Reader

reader-star = Suivre
reader-unstar = Ne plus suivre
reader-mark-read = Marquer comme lu
reader-mark-unread = Marquer comme non lu
reader-view-source = Afficher la source
reader-show-message = Afficher le message
reader-save-eml = Enregistrer en .eml
reader-from = De
reader-to = À
reader-cc = Cc
reader-date = Date
reader-starred = Suivi
reader-headers-only = Seuls les en-têtes ont été téléchargés : le message dépasse la taille maximale définie pour ce compte. Téléchargez-le en entier avec « postie fetch --full { $id } ».
reader-unreadable = Ce message n’a pas pu être lu comme un courriel ; il est affiché tel qu’il a été reçu.
reader-truncated = Ce message est très volumineux ; seul son début est affiché. « { reader-save-eml } » le conserve en entier.
reader-html-note = Affiché sous forme de texte à partir de la partie HTML. Les images et les autres contenus distants ne sont jamais chargés.
reader-links = Liens
reader-link-deceptive = affiché comme « { $text } », mais mène ailleurs
reader-attachments = { $count ->
    [one] { $count } pièce jointe
   *[other] { $count } pièces jointes
}
reader-save-all = Tout enregistrer
reader-no-name = (sans nom)
reader-save-attachment = Enregistrer…
reader-show-more = Afficher la suite de ce message

## Notifications de nouveau courrier

notify-no-subject = (sans objet)
notify-new-messages = { $count ->
    [one] { $count } nouveau message dans { $account }
   *[other] { $count } nouveaux messages dans { $account }
}
notify-latest = Le plus récent : { $sender } – { $subject }

## Welcome screen (the first screen, before any account exists)

welcome-title = Bienvenue dans Postie
welcome-intro = Postie télécharge votre courrier par POP3 et le conserve en sécurité sur cet ordinateur. Rien n’est supprimé de votre serveur sans que vous le demandiez.
welcome-add-account-button = Ajouter un compte
welcome-sample-mail-button = Essayer avec du courrier d’exemple
welcome-sample-mail-note = Le courrier d’exemple provient d’un petit serveur intégré à Postie : aucun compte ni réseau n’est nécessaire.

## Account setup: the form for adding or editing an account

setup-title-add = Ajouter un compte
setup-title-edit = Modifier le compte
setup-your-name = Votre nom
setup-email-address = Adresse électronique
setup-preset-filled = Les paramètres de { $provider } ont été renseignés.
setup-incoming-heading = Courrier entrant (POP3)
setup-server = Serveur
setup-port = Port
setup-security = Sécurité de la connexion
setup-security-tls = SSL/TLS (recommandé)
setup-security-none = Aucune : le mot de passe et le courrier circulent sur le réseau sans chiffrement
setup-trusted-certificate = Certificat approuvé : SHA-256 { $fingerprint }
setup-username = Nom d’utilisateur
setup-password = Mot de passe
setup-password-keep = Mot de passe (laisser vide pour le conserver)
setup-use-password-command = Obtenir le mot de passe par une commande plutôt que par le trousseau de clés
setup-password-command = Commande (la première ligne qu’elle affiche est le mot de passe)
setup-login-method = Méthode d’authentification
setup-auth-auto = Automatique (la plus sûre que les deux côtés prennent en charge)
setup-auth-access-token = { $method } (jeton d’accès)
setup-cancel-button = Annuler
setup-test-connection-button = Tester la connexion
setup-save-button = Enregistrer
setup-saving = Enregistrement…
setup-error-port = Le port doit être un nombre de 1 à 65535.
setup-error-days = Indiquez le nombre de jours, 1 ou plus.
setup-error-password-missing = Saisissez le mot de passe du compte (ou choisissez une commande qui le fournit).

## Account setup: what happens to mail on the server. "It" is the mail.

setup-policy-heading = Ce que devient le courrier sur le serveur
setup-policy-keep = Le conserver sur le serveur
setup-policy-keep-explanation = Les messages restent sur le serveur une fois téléchargés par Postie : vos autres appareils peuvent toujours les lire.
setup-policy-delete-after-download = Le supprimer après téléchargement
setup-policy-delete-after-download-explanation = Chaque message est supprimé du serveur dès qu’il est enregistré en sécurité sur cet ordinateur.
setup-policy-delete-after-days = Le supprimer après quelques jours
setup-policy-delete-after-days-explanation = { $days ->
    [one] Chaque message est supprimé du serveur { $days } jour après son premier téléchargement par Postie.
   *[other] Chaque message est supprimé du serveur { $days } jours après son premier téléchargement par Postie.
}
setup-policy-days-unit = { $days ->
    [one] jour
   *[other] jours
}
setup-policy-delete-when-trashed = Le supprimer du serveur quand je le supprime ici
setup-policy-delete-when-trashed-explanation = Un message que vous supprimez dans Postie est supprimé du serveur au prochain relevé du courrier.
setup-policy-server-keeps-nothing = Impossible sur ce serveur : il supprime chaque message dès qu’il a été téléchargé (EXPIRE 0).

## Account setup: what "Test connection" found. Labels on the left, findings on the right.

setup-test-connecting = Connexion en cours…
setup-test-passed = Connecté et authentifié.
setup-test-encryption = Chiffrement
setup-test-encryption-none = Aucun : la connexion n’est pas chiffrée
setup-test-encryption-verified = { $method }, certificat vérifié
setup-test-encryption-pinned = { $method }, avec le certificat que vous avez approuvé
setup-test-login-method = Méthode d’authentification
setup-test-tracks-downloads = Suivi des téléchargements
setup-test-tracks-downloads-yes = Oui (UIDL) : aucun message n’est jamais téléchargé deux fois.
setup-test-tracks-downloads-no = Non (pas d’UIDL) : seule l’option « Le supprimer après téléchargement » est possible.
setup-test-messages-waiting = Messages en attente
setup-test-messages-waiting-count = { $count } ({ $size })
setup-test-server-keeps-mail = Conservation sur le serveur
setup-test-retention-forever = Indéfiniment
setup-test-retention-none = Aucune : il supprime chaque message dès son téléchargement
setup-test-retention-days = { $days ->
    [one] { $days } jour après téléchargement
   *[other] { $days } jours après téléchargement
}

## Account setup: the dialog about a server certificate Postie refused

setup-certificate-title = Le certificat du serveur n’est pas approuvé
setup-certificate-refused = Postie a refusé le certificat, car { $reason }.
setup-certificate-server = Serveur
setup-certificate-issued-to = Délivré à
setup-certificate-issued-by = Délivré par
setup-certificate-valid = Validité
setup-certificate-validity = du { $from } au { $until }
setup-certificate-fingerprint = SHA-256
setup-certificate-advice = Ne l’approuvez que si vous êtes sûr qu’il s’agit du certificat de votre serveur (par exemple, si votre fournisseur vous a communiqué cette empreinte). Postie acceptera alors exactement ce certificat pour ce serveur et en refusera tout autre.
setup-certificate-cancel-button = Annuler
setup-certificate-trust-button = Approuver ce certificat

## Provider presets: notes shown in the account form when the address belongs to a known provider.

preset-note-gmail = Activez POP dans les paramètres de Gmail (Transfert et POP/IMAP) et connectez-vous avec un mot de passe d’application, qui nécessite la validation en deux étapes.
preset-note-outlook = Microsoft n’accepte que la connexion OAuth (XOAUTH2) pour POP, et POP doit être activé dans les paramètres d’Outlook.
preset-note-yahoo = Connectez-vous avec un mot de passe d’application généré dans la sécurité du compte Yahoo ; le mot de passe habituel est refusé.
preset-note-aol = Connectez-vous avec un mot de passe d’application généré dans la sécurité du compte AOL ; le mot de passe habituel est refusé.
preset-note-gmx = Autorisez d’abord, une seule fois, l’accès POP3 et IMAP dans les paramètres web de GMX.
preset-note-web-de = Autorisez d’abord, une seule fois, l’accès POP3 et IMAP dans les paramètres web de WEB.DE.
preset-note-fastmail = Connectez-vous avec un mot de passe d’application créé dans les paramètres de Fastmail, et non avec le mot de passe de votre compte.
preset-note-zoho-com = Activez d’abord l’accès POP dans les paramètres de Zoho Mail ; les comptes hébergés dans le centre de données européen de Zoho utilisent plutôt pop.zoho.eu.
preset-note-zoho = Activez d’abord l’accès POP dans les paramètres de Zoho Mail.
preset-note-yandex = Autorisez l’accès POP dans les paramètres de Yandex Mail et connectez-vous avec un mot de passe d’application.
preset-note-mail-ru = Connectez-vous avec un mot de passe pour applications externes créé dans les paramètres de sécurité de Mail.ru.
preset-note-t-online = Connectez-vous avec le mot de passe de messagerie distinct défini dans le Telekom E-Mail Center ; le mot de passe de connexion au site web ne fonctionne pas.
preset-note-o2 = Activez d’abord l’accès pour les logiciels de messagerie dans les paramètres d’o2 Poczta.
preset-note-naver = Activez d’abord POP3 dans les paramètres de Naver Mail.
preset-note-qq = Activez POP3 dans les paramètres de QQ Mail et connectez-vous avec le code d’autorisation qui s’y affiche, et non avec votre mot de passe QQ.
preset-note-netease = Activez POP3 dans les paramètres de NetEase Mail et connectez-vous avec le code d’autorisation qui s’y affiche, et non avec votre mot de passe.
preset-note-att = Connectez-vous avec une « secure mail key » créée dans votre profil AT&T, et non avec le mot de passe de votre compte.

## Provider presets: names with words to translate. Keep the brand names.

preset-name-gmx-international = GMX (international)
preset-name-zoho-eu = Zoho Mail (UE)
preset-name-zoho-india = Zoho Mail (Inde)
preset-name-zoho-australia = Zoho Mail (Australie)
preset-name-zoho-japan = Zoho Mail (Japon)
preset-name-zoho-canada = Zoho Mail (Canada)

## Erreurs d’une session POP3 (src/pop3)

error-resolve = Impossible de trouver le serveur { $host } ({ $detail }). Vérifiez le nom du serveur et votre connexion réseau.
error-connect = Impossible de se connecter à { $host } sur le port { $port } ({ $detail }). Vérifiez le nom du serveur, le port et votre connexion réseau.
error-timeout = Le serveur { $host } n’a pas répondu dans un délai de { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } { $phase ->
        [connecting] lors de la connexion
        [tls-handshake] lors de la mise en place du chiffrement
        [greeting] alors que Postie attendait son message d’accueil
        [starttls] lors du passage au chiffrement (STLS)
        [authenticating] lors de l’identification
       *[command] en réponse à { $command }
    }. Réessayez plus tard ; si cela se reproduit, vérifiez le port et les paramètres de sécurité.
error-closed = Le serveur { $host } a fermé la connexion { $phase ->
        [connecting] lors de la connexion
        [tls-handshake] lors de la mise en place du chiffrement
        [greeting] alors que Postie attendait son message d’accueil
        [starttls] lors du passage au chiffrement (STLS)
        [authenticating] lors de l’identification
       *[command] en réponse à { $command }
    }. Réessayez plus tard ; si cela se reproduit, vérifiez le port et les paramètres de sécurité.
error-io = La connexion à { $host } a échoué { $phase ->
        [connecting] lors de la connexion
        [tls-handshake] lors de la mise en place du chiffrement
        [greeting] alors que Postie attendait son message d’accueil
        [starttls] lors du passage au chiffrement (STLS)
        [authenticating] lors de l’identification
       *[command] en réponse à { $command }
    } ({ $detail }). Réessayez plus tard.
error-protocol = Le serveur { $host } a envoyé quelque chose que Postie n’a pas compris { $phase ->
        [connecting] lors de la connexion
        [tls-handshake] lors de la mise en place du chiffrement
        [greeting] alors que Postie attendait son message d’accueil
        [starttls] lors du passage au chiffrement (STLS)
        [authenticating] lors de l’identification
       *[command] en réponse à { $command }
    } ({ $detail }). La connexion a été fermée ; réessayez plus tard.
error-tls-handshake = Impossible d’établir une connexion sécurisée avec { $host } ({ $detail }). Le serveur ne propose peut-être qu’un chiffrement obsolète (antérieur à TLS 1.2), ou ce port n’utilise pas TLS : vérifiez le paramètre de sécurité.
error-certificate = Le certificat de { $host } a été refusé, car { $reason ->
        [expired] il a expiré
        [not-yet-valid] il n’est pas encore valide
        [wrong-host] il a été émis pour un autre nom de serveur
        [self-signed] il est auto-signé
        [untrusted-issuer] il a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance
       *[other] { $detail }
    }. Si vous êtes sûr qu’il s’agit de votre serveur, faites confiance au certificat dont l’empreinte SHA-256 est { $fingerprint }.
error-certificate-reason = { $reason ->
        [expired] il a expiré
        [not-yet-valid] il n’est pas encore valide
        [wrong-host] il a été émis pour un autre nom de serveur
        [self-signed] il est auto-signé
        [untrusted-issuer] il a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance
       *[other] { $detail }
    }
error-certificate-changed = Le certificat de { $host } a changé depuis que vous lui avez fait confiance (son empreinte SHA-256 est désormais { $fingerprint }) ; rien n’a donc été envoyé. Si votre fournisseur l’a réellement changé, vérifiez la nouvelle empreinte et faites-lui de nouveau confiance.
error-starttls-unavailable = Le serveur { $host } ne propose pas de chiffrement avec STARTTLS ; Postie s’est donc arrêté avant d’envoyer votre mot de passe. Utilisez la sécurité « tls » (généralement le port 995) ou contactez votre fournisseur.
error-starttls-refused = Le serveur { $host } a refusé de démarrer le chiffrement ({ $text }) ; Postie s’est donc arrêté avant d’envoyer votre mot de passe. Utilisez la sécurité « tls » (généralement le port 995) ou réessayez plus tard.
error-starttls-injection = Le serveur { $host } a envoyé des données avant la mise en place du chiffrement, ce qui peut être une attaque ; Postie s’est donc déconnecté sans envoyer votre mot de passe.
error-greeting-refused = Le serveur { $host } a refusé la connexion ({ $text }). Réessayez plus tard.
error-no-login-method = Postie n’a pas pu choisir de méthode d’identification pour { $host } : { $detail }. Vérifiez les paramètres de sécurité et d’identification du compte.
error-auth-rejected = Le serveur { $host } a refusé le nom d’utilisateur ou le mot de passe ({ $text }). Vérifiez-les dans les paramètres du compte ; Postie ne réessaiera pas avec le même mot de passe.
error-temporary = Le serveur { $host } { $reason ->
        [in-use] indique que la boîte aux lettres est utilisée par un autre programme
        [login-delay] n’autorise les connexions qu’à intervalles réguliers, et celle-ci est arrivée trop tôt
       *[system] rencontre un problème temporaire
    } ({ $text }). Postie conserve votre mot de passe et réessaiera { $retry ->
        [minutes] dans { $delay } minutes
        [seconds] { $delay ->
            [one] dans { $delay } seconde
           *[other] dans { $delay } secondes
        }
       *[later] plus tard
    }.
error-permanent = Le serveur { $host } refuse l’accès à ce compte : { $text }. Vérifiez le compte auprès de votre fournisseur (par exemple, si l’accès POP est activé).
error-sasl = L’identification auprès de { $host } a été abandonnée : { $detail }. Réessayez plus tard ; si cela se reproduit, choisissez une autre méthode d’identification.
error-command-failed = Le serveur { $host } a refusé { $command } ({ $text }).
error-unsupported = Le serveur { $host } ne prend pas en charge { $command }.
error-sink = Le message n’a pas pu être enregistré ({ $detail }). Rien n’a été supprimé du serveur ; libérez de l’espace disque ou vérifiez le dossier de données, puis relevez à nouveau le courrier.
error-invalid-setting = Postie n’a pas envoyé la commande, car { $reason }. Corrigez-le dans les paramètres du compte.
error-command-invalid = { $problem ->
        [forbidden-character] { $field ->
            [user-name] le nom d’utilisateur contient
            [password] le mot de passe contient
            [apop-digest] le condensé APOP contient
            [sasl-mechanism] le mécanisme SASL contient
            [sasl-response] la réponse SASL contient
           *[command] la commande contient
        } un saut de ligne ou un caractère NUL
        [too-long] { $field ->
            [user-name] le nom d’utilisateur est trop long
            [password] le mot de passe est trop long
            [apop-digest] le condensé APOP est trop long
            [sasl-mechanism] le mécanisme SASL est trop long
            [sasl-response] la réponse SASL est trop longue
           *[command] la commande est trop longue
        } pour une commande POP3
       *[empty] { $field ->
            [user-name] le nom d’utilisateur est vide
            [password] le mot de passe est vide
            [apop-digest] le condensé APOP est vide
            [sasl-mechanism] le mécanisme SASL est vide
            [sasl-response] la réponse SASL est vide
           *[command] la commande est vide
        }
    }

## Pourquoi aucune méthode d’identification n’a pu être choisie

error-login-method-would-expose = la connexion n’est pas chiffrée et les seules méthodes d’identification restantes enverraient le mot de passe en clair
error-login-method-not-offered = le serveur ne propose pas la méthode d’identification { $method }
error-login-method-no-apop-timestamp = le message d’accueil du serveur ne contient pas d’horodatage APOP ; APOP ne peut donc pas être utilisé
error-login-method-nothing-in-common = le serveur ne propose aucune méthode d’identification prise en charge par Postie (il propose : { $offered })

## Pourquoi une identification a été abandonnée

error-sasl-unexpected-challenge = le serveur a envoyé un défi d’identification à un moment inattendu
error-sasl-malformed = le défi d’identification du serveur est mal formé ({ $detail })
error-sasl-server-said = le serveur a signalé une erreur d’identification : { $text }
error-sasl-server-not-authenticated = le serveur n’a pas pu prouver qu’il connaît le mot de passe

## Ce que le serveur a envoyé et que Postie n’a pas compris

error-protocol-line-too-long = le serveur a envoyé une ligne de plus de { $limit } octets
error-protocol-not-a-response = le serveur a envoyé une ligne qui n’est pas une réponse POP3 ({ $detail })
error-protocol-unsolicited = le serveur a envoyé des données qui n’avaient pas été demandées
error-protocol-too-many-lines = le serveur a envoyé plus de { $limit } lignes dans une même liste
error-parse-not-a-status-line = la ligne n’est ni +OK ni -ERR
error-parse-bad-number = un nombre manquait ou était hors limites
error-parse-malformed = la ligne a une forme incorrecte : { $detail }
error-parse-bad-base64 = le défi SASL n’est pas du base64 valide

## Valeurs saisies ou enregistrées

error-fingerprint-invalid = une empreinte SHA-256 compte 64 chiffres hexadécimaux, éventuellement séparés par des deux-points
error-unknown-security = mode de sécurité inconnu « { $value } » (utilisez tls, starttls ou plain)
error-unknown-login-method = méthode d’identification inconnue « { $value } » (utilisez l’une de celles-ci : { $names })
error-unknown-over-size = action inconnue pour les messages trop volumineux « { $value } » (utilisez skip ou headers)

## Paramètres du compte

error-account-name-empty = Le nom du compte est vide.
error-account-name-control = Le nom du compte contient des caractères de contrôle.
error-account-host-invalid = « { $host } » n’est pas un nom de serveur valide.
error-account-port-invalid = Le port doit être compris entre 1 et 65535.
error-account-user-name-invalid = Le nom d’utilisateur est vide ou contient un saut de ligne.
error-account-zero-days = Supprimer après 0 jour revient à supprimer après le téléchargement ; choisissez plutôt cette option.
error-account-password-command-empty = La commande du mot de passe est vide.

## Mots de passe : trousseau de clés et commande du mot de passe

error-no-keyring = Aucun trousseau de clés n’est disponible pour enregistrer ou lire le mot de passe ({ $detail }). Démarrez un Secret Service (comme GNOME Keyring ou KeePassXC), ou utilisez plutôt --password-command pour obtenir le mot de passe à partir d’une commande.
error-keyring-not-found = Le trousseau de clés ne contient aucun mot de passe pour ce compte. Définissez-le à nouveau (postie account edit NAME --password-stdin).
error-keyring-refused = Le trousseau de clés a refusé l’accès au mot de passe ({ $detail }). Déverrouillez le trousseau de clés et réessayez.
error-password-command-failed = La commande du mot de passe a échoué : { $reason }. Vérifiez la commande du mot de passe du compte.
error-password-command-not-started = elle n’a pas pu être lancée ({ $detail })
error-password-command-timed-out = elle ne s’est pas terminée en { $seconds } secondes
error-password-command-wait-failed = l’attente de sa fin a échoué ({ $detail })
error-password-command-status = elle s’est terminée avec le code { $code }
error-password-command-status-said = elle s’est terminée avec le code { $code } : { $said }
error-password-command-signal = elle a été interrompue par un signal
error-password-command-signal-said = elle a été interrompue par un signal : { $said }
error-password-command-empty-output = la première ligne de sa sortie était vide

## Relève du courrier (src/sync)

sync-phase = { $phase ->
        [connecting] connexion
        [listing] liste des messages
        [downloading] téléchargement
        [deleting] suppression
       *[finishing] finalisation
    }
sync-policy = { $policy ->
        [keep] conserver sur le serveur
        [delete-after-download] supprimer du serveur après téléchargement
        [delete-after-days] { $days ->
            [one] supprimer du serveur { $days } jour après téléchargement
           *[other] supprimer du serveur { $days } jours après téléchargement
        }
       *[delete-when-trashed] supprimer du serveur une fois supprimé ici
    }
sync-delete-reason = { $reason ->
        [pending] suppression pas encore confirmée par le serveur
        [downloaded] téléchargé
        [aged] conservé pendant le nombre de jours choisi
       *[deleted-here] supprimé ici
    }
sync-error-busy = Une autre instance de Postie relève déjà le courrier de ce compte ; réessayez quand elle aura terminé.
sync-error-listing-failed = Le serveur n’a pas pu lister ses messages ({ $text }) ; rien n’a donc été téléchargé ni supprimé. Réessayez plus tard.
sync-error-internal = Postie a interrompu cette relève à cause d’une erreur interne ({ $detail }). Rien n’a été supprimé du serveur.
sync-error-disk-full = Le disque est plein : Postie n’a pas pu enregistrer le nouveau courrier et l’a laissé sur le serveur ; libérez de l’espace et relevez à nouveau.
# $detail is the system's own words for the failure.
sync-error-disk-failed = Le disque a signalé une erreur pendant l’enregistrement du nouveau courrier ({ $detail }) : Postie l’a laissé sur le serveur ; vérifiez le disque et relevez à nouveau.
sync-internal-password-not-fetched = mot de passe non récupéré
sync-internal-store-lost = la base de données a été perdue après une erreur précédente
sync-error-uidl-required = Le serveur ne prend pas en charge UIDL : Postie ne peut donc pas savoir quels messages il possède déjà et ne peut pas { $policy ->
        [keep] conserver le courrier sur le serveur
        [delete-after-download] supprimer le courrier du serveur après téléchargement
        [delete-after-days] { $days ->
            [one] supprimer le courrier du serveur { $days } jour après téléchargement
           *[other] supprimer le courrier du serveur { $days } jours après téléchargement
        }
       *[delete-when-trashed] supprimer du serveur le courrier supprimé ici
    }. Choisissez « supprimer du serveur après téléchargement » pour ce compte.
sync-warning-not-delivered = Le serveur n’a pas pu fournir le message { $number } ({ $text }) ; Postie réessaiera lors de la prochaine relève.
sync-warning-too-large = Le message { $number } ({ $size }) dépasse ce que Postie peut stocker ({ $limit }) ; seuls ses en-têtes ont été téléchargés, et il reste sur le serveur.
sync-warning-larger-than-listed = Le message { $number } s’est révélé plus grand que ce que Postie peut stocker ({ $limit }), alors que le serveur l’annonçait à { $listed } ; il reste sur le serveur, et Postie n’en téléchargera que les en-têtes la prochaine fois.
sync-warning-delete-refused = Le serveur a refusé de supprimer le message { $number } ({ $text }) ; Postie réessaiera plus tard.
sync-warning-shared-uidls = Le serveur a attribué le même identifiant unique à { $count } messages ; Postie les reconnaît plutôt par leur contenu.
sync-warning-no-valid-uidl = { $count ->
        [one] { $count } message sur le serveur n’a pas d’identifiant unique valide ; Postie le reconnaît par son contenu.
       *[other] { $count } messages sur le serveur n’ont pas d’identifiant unique valide ; Postie les reconnaît par leur contenu.
    }
sync-warning-uidls-changed = Le serveur a modifié les identifiants uniques de ses messages (une migration ?). Postie les compare par leur contenu, rien n’est donc enregistré en double, mais il doit les télécharger à nouveau une fois.
sync-warning-expire-zero = Le serveur supprime chaque message dès qu’il a été téléchargé (EXPIRE 0) ; le courrier ne peut donc pas y être conservé.
sync-warning-expire-days = Le serveur supprime les messages { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après leur téléchargement, quel que soit le paramètre de ce compte.
sync-warning-expire-sooner = Le serveur supprime les messages { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après leur téléchargement, soit plus tôt que les { $kept } jours pendant lesquels ce compte les y conserve.
sync-warning-quit-not-confirmed = Le serveur n’a pas confirmé la fin de la session ({ $reason }) ; la suppression { $count ->
        [one] du message
       *[other] des { $count } messages
    } sur le serveur sera vérifiée lors de la prochaine relève.

## Base de données locale du courrier (src/store)

store-error-sqlite = La base de données du courrier n’a pas pu être utilisée ({ $detail }). Si le disque est plein, libérez de l’espace et réessayez.
store-error-io = Le dossier de données n’a pas pu être utilisé ({ $detail }). Vérifiez qu’il existe et qu’il est accessible en écriture.
store-error-too-new = La base de données du courrier a été écrite par une version plus récente de Postie (schéma { $found } ; cette version connaît les schémas jusqu’au { $supported }). Mettez Postie à jour pour l’ouvrir.
store-error-corrupt = La base de données du courrier est endommagée ({ $detail }).
store-corrupt-account-field = le compte « { $name } » a { $field ->
        [security] un mode de sécurité inconnu
        [auth] une méthode d’identification inconnue
        [policy] une règle de serveur inconnue
        [fingerprint] une empreinte de certificat inconnue
       *[over-size] une action inconnue pour les messages trop volumineux
    }
store-corrupt-no-wal = impossible de passer en mode WAL (mode de journalisation { $mode })
store-corrupt-negative-version = version de schéma négative { $version }
store-no-account-named = Il n’existe aucun compte « { $name } ».
store-no-account-id = Il n’existe aucun compte { $id }.
store-no-message = Il n’existe aucun message { $id }.
store-account-exists = Un compte nommé « { $name } » existe déjà.
store-message-too-large = message trop volumineux
store-unknown-folder = dossier inconnu « { $value } » (utilisez inbox ou trash)

## Lecture des messages (src/mail)

mail-html-image = [image]
mail-html-image-described = [image : { $alt }]
mail-html-embedded = [contenu intégré non affiché]
mail-html-truncated = … (message tronqué)
mail-attachment-file-name = pièce jointe

## Courrier d’exemple (src/demo)

demo-account-name = Courrier d’exemple
demo-error-server = Le serveur de courrier d’exemple n’a pas pu démarrer ({ $detail }).

## The command line (`postie …`): tables, summaries, errors

cli-no-data-dir = aucun dossier de données n’a été trouvé ; indiquez --data-dir DIR ou définissez POSTIE_DATA_DIR.
cli-demo-no-temp-dir = impossible de créer un dossier temporaire pour le courrier d’exemple ({ $error }).
cli-no-home = Aucun dossier personnel n’a été trouvé ; définissez XDG_DATA_HOME ou HOME.
cli-no-executable = Postie n’a pas pu déterminer où se trouve son propre fichier programme ({ $error }).
cli-install-desktop-failed = Postie n’a pas pu être ajouté au menu des applications dans { $folder } ({ $error }).
cli-install-desktop-done = Postie est maintenant dans le menu des applications ({ $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
} dans { $folder } ; il lance { $program }).
cli-uninstall-desktop-failed = Postie n’a pas pu être retiré du menu des applications dans { $folder } ({ $error }).
cli-uninstall-desktop-nothing = Postie n’était pas dans le menu des applications (rien dans { $folder }).
cli-uninstall-desktop-done = Postie a été retiré du menu des applications ({ $count ->
    [one] { $count } fichier supprimé
   *[other] { $count } fichiers supprimés
}).
cli-no-such-account = Il n’y a aucun compte nommé « { $name } ». Voir « postie account list ».
cli-no-accounts = Il n’y a encore aucun compte. Ajoutez-en un avec « postie account add ».
cli-no-such-message = Il n’y a aucun message { $id }. Voir « postie list ».
cli-account-add-needs-host = --host est nécessaire pour ajouter un compte.
cli-account-add-needs-user = --user est nécessaire pour ajouter un compte.
cli-account-add-needs-password = Indiquez d’où vient le mot de passe : --password-stdin (enregistré dans le trousseau de clés) ou --password-command CMD.
cli-account-exists = Un compte nommé « { $name } » existe déjà.
cli-account-removed-password-kept = le compte a été supprimé, mais son mot de passe n’a pas pu être supprimé du trousseau de clés : { $error }
cli-plain-warning = avertissement : la sécurité « plain » envoie votre mot de passe et votre courrier sans chiffrement ; n’importe qui sur le réseau peut les lire.
cli-no-password-on-stdin = Aucun mot de passe n’a été fourni sur l’entrée standard.
cli-account-list-name = Nom
cli-account-list-login = Utilisateur et serveur
cli-account-list-security = Chiffrement
cli-account-list-policy = Sur le serveur
cli-export-needs-target = Indiquez --mbox FILE ou --maildir DIR.
cli-export-done = { $count ->
    [one] { $count } message exporté.
   *[other] { $count } messages exportés.
}
cli-export-file-exists = Impossible de créer { $path } ({ $error }) ; choisissez un fichier qui n’existe pas encore.
cli-export-maildir-not-empty = { $path } existe déjà ; exportez vers un Maildir vide.
cli-fetch-already-complete = le message { $id } est déjà complet.
cli-progress = { $account } : { $phase }
cli-progress-count = { $account } : { $phase } { $done } sur { $total } ({ $size })
cli-fetch-summary = { $account } : { $new ->
    [one] { $new } nouveau
   *[other] { $new } nouveaux
}, { $already_had ->
    [one] { $already_had } déjà présent
   *[other] { $already_had } déjà présents
}, { $deleted ->
    [one] { $deleted } supprimé du serveur
   *[other] { $deleted } supprimés du serveur
}, { $skipped ->
    [one] { $skipped } ignoré
   *[other] { $skipped } ignorés
}
cli-fetch-headers-only = ({ $count ->
    [one] dont { $count } limité aux en-têtes
   *[other] dont { $count } limités aux en-têtes
})
cli-fetch-error = { $account } : erreur : { $error }
cli-fetch-postponed = { $account } : courrier non relevé : le serveur n’autorise une connexion que toutes les quelques minutes ; prochain relevé : { $date }
cli-fetch-dry-run = { $account } : simulation : { $download } à télécharger, { $delete } à supprimer du serveur, { $already_had ->
    [one] { $already_had } déjà présent
   *[other] { $already_had } déjà présents
}, { $skipped ->
    [one] { $skipped } ignoré
   *[other] { $skipped } ignorés
}
cli-fetch-would-delete = supprimerait { $uidl } ({ $size ->
    [one] { $size } octet
   *[other] { $size } octets
}) : { $reason }
cli-list-id = ID
cli-list-date = Date
cli-list-from = Expéditeur
cli-list-subject = Objet
cli-list-unreadable = (message illisible, affiché brut)
cli-show-from = De : { $sender }
cli-show-to = À : { $to }
cli-show-cc = Cc : { $cc }
cli-show-date = Date : { $date }
cli-show-subject = Objet : { $subject }
cli-show-headers-only = Remarque : seuls les en-têtes ont été téléchargés (taille maximale) ; utilisez « postie fetch --full { $id } ».
cli-show-unreadable = Remarque : ce message n’a pas pu être lu comme un courriel ; il est affiché tel qu’il a été reçu.
cli-show-attachment = Pièce jointe : { $name } ({ $content_type }, { $size ->
    [one] { $size } octet
   *[other] { $size } octets
})
cli-show-attachment-no-name = (sans nom)
cli-trash-emptied = { $count ->
    [one] { $count } message supprimé de la Corbeille.
   *[other] { $count } messages supprimés de la Corbeille.
}

## The command line's help (`postie --help`, `postie account add --help`)

cli-help = Un client de messagerie POP3 pour le bureau qui ne perd jamais un message
cli-help-data-dir = Emplacement de la base de données du courrier (par défaut : `postie` dans le dossier de données XDG)
cli-help-verbose = Écrire aussi les lignes du journal sur stderr (celles de Postie à partir de DEBUG). Le fichier journal du dossier d’état XDG (`postie/logs`, ou $POSTIE_LOG_DIR) est toujours écrit
cli-help-account = Ajouter, lister, modifier ou supprimer des comptes
cli-help-account-add = Ajouter un compte
cli-help-account-add-name = Le nom du compte, tel que les autres commandes l’attendent
cli-help-account-add-host = Le nom d’hôte du serveur POP3
cli-help-account-add-port = Port (par défaut : 995 pour tls, 110 pour starttls et plain)
cli-help-account-add-security = tls (par défaut), starttls ou plain
cli-help-account-add-user = Nom d’utilisateur, exactement tel que le fournisseur l’indique
cli-help-account-add-password-stdin = Lire le mot de passe sur l’entrée standard (première ligne) et l’enregistrer dans le trousseau de clés
cli-help-account-add-password-command = Exécuter cette commande (avec sh -c) pour obtenir le mot de passe : la première ligne de sa sortie
cli-help-account-add-keep = Conserver les messages sur le serveur (par défaut)
cli-help-account-add-delete-after-download = Supprimer les messages du serveur dès qu’ils sont enregistrés ici
cli-help-account-add-delete-after-days = Supprimer les messages du serveur N jours après leur téléchargement
cli-help-account-add-delete-when-trashed = Supprimer les messages du serveur dès qu’ils sont supprimés ici
cli-help-account-add-auth = auto (par défaut), scram-sha-256, cram-md5, plain, login, user, apop, xoauth2
cli-help-account-add-trust-cert = Accepter exactement ce certificat (empreinte SHA-256, 64 chiffres hexadécimaux, deux-points autorisés)
cli-help-account-add-max-size = Les messages plus gros que ce nombre d’octets sont ignorés, ou seuls leurs en-têtes sont téléchargés
cli-help-account-add-over-size = Que faire des messages au-delà de --max-size : skip (par défaut) ou headers
cli-help-account-list = Lister les comptes
cli-help-account-list-json = Afficher un tableau JSON des comptes
cli-help-account-remove = Supprimer un compte. Son courrier reste ici, sauf avec --delete-mail ; rien n’est modifié sur le serveur
cli-help-account-remove-name = Le nom du compte
cli-help-account-remove-delete-mail = Supprimer aussi ici les messages du compte
cli-help-account-edit = Modifier les paramètres d’un compte
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
cli-help-fetch = Télécharger le nouveau courrier (tous les comptes, ou ceux indiqués)
cli-help-fetch-names = Les comptes à relever ; tous si aucun n’est indiqué
cli-help-fetch-json = Un objet JSON par compte, un par ligne
cli-help-fetch-dry-run = Afficher ce qui serait téléchargé et supprimé, sans rien modifier
cli-help-fetch-full = Télécharger aussi en entier ces messages dont seuls les en-têtes ont été téléchargés à cause de la taille maximale
cli-help-list = Lister les messages
cli-help-list-account = Seulement les messages de ce compte
cli-help-list-folder = inbox ou trash (par défaut : les deux)
cli-help-list-json = Afficher un tableau JSON des messages
cli-help-show = Afficher un message : ses en-têtes et son texte lisible
cli-help-show-id = L’identifiant du message, tel que `postie list` l’affiche
cli-help-show-raw = Écrire le message exactement tel qu’il a été reçu (fins de ligne CRLF)
cli-help-search = Rechercher dans l’expéditeur, les destinataires, l’objet et le texte
cli-help-search-query = Les mots à rechercher
cli-help-search-json = Afficher un tableau JSON des messages
cli-help-trash = Déplacer des messages vers la Corbeille
cli-help-trash-ids = Les identifiants des messages, tels que `postie list` les affiche
cli-help-restore = Restaurer des messages depuis la Corbeille
cli-help-restore-ids = Les identifiants des messages, tels que `postie list` les affiche
cli-help-empty-trash = Supprimer définitivement tout le contenu de la Corbeille
cli-help-demo = Ouvrir l’application avec du courrier d’exemple venant d’un petit serveur à nous sur 127.0.0.1, dans un dossier de données temporaire (aucune de vos données n’est utilisée)
cli-help-install-desktop = Ajouter Postie au menu des applications du bureau (un fichier .desktop, des icônes et un fichier metainfo dans $XDG_DATA_HOME, généralement ~/.local/share)
cli-help-uninstall-desktop = Retirer Postie du menu des applications
cli-help-export = Exporter des messages dans un fichier mbox ou un Maildir
cli-help-export-mbox = Un fichier mbox (échappement mboxrd)
cli-help-export-maildir = Un dossier Maildir (créé si nécessaire)
cli-help-export-account = Seulement les messages de ce compte

## Autres détails des erreurs POP3

error-connect-no-address = aucune adresse trouvée
error-connect-timed-out = délai de connexion dépassé

## Fermeture, et un second Postie

sync-stopped = La relève a été interrompue à la fermeture de Postie ; tout ce qui était déjà arrivé est enregistré.
app-closing = Fin du téléchargement en cours avant la fermeture…
app-already-open = Postie est déjà ouvert pour { $folder } ; sa fenêtre a été mise au premier plan.
app-already-open-no-answer = Postie est déjà ouvert pour { $folder }, mais il ne répond pas. Fermez-le (ou attendez qu’il ait terminé) et réessayez.
settings-notify-new-mail = M’avertir à l’arrivée de nouveau courrier

## Fichiers journaux

logging-no-folder = aucun dossier trouvé pour les fichiers journaux (pas de dossier personnel) ; définissez { $variable }
logging-cannot-write = impossible d’écrire les fichiers journaux dans { $folder } ({ $error })
logging-continuing = postie : { $problem } ; poursuite sans fichier journal.
logging-bad-filter = postie : { $variable } n’est pas un filtre de journal valide ({ $error }) ; le réglage par défaut est utilisé.
