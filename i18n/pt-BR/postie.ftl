# Postie in Português (Brasil). English (i18n/en/postie.ftl) is the reference:
# the same message ids and the same $placeholders.

language-name = Português (Brasil)

## Dates and times

time-of-day = { $hour }:{ $minute }
date-weekday-time = { $weekday } { $time }
date-day-month = { $day } de { $month }
date-day-month-year = { $day } de { $month } de { $year }
date-full = { $weekday }, { $day } de { $month } de { $year }, { $time }
month-short = { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
}
month-long = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
weekday-short = { $weekday ->
    [1] seg.
    [2] ter.
    [3] qua.
    [4] qui.
    [5] sex.
    [6] sáb.
   *[7] dom.
}
weekday-long = { $weekday ->
    [1] segunda-feira
    [2] terça-feira
    [3] quarta-feira
    [4] quinta-feira
    [5] sexta-feira
    [6] sábado
   *[7] domingo
}
time-just-now = agora mesmo
time-minutes-ago = { $minutes ->
    [one] há { $minutes } minuto
   *[other] há { $minutes } minutos
}
time-in-minutes = { $minutes ->
    [one] em { $minutes } minuto
   *[other] em { $minutes } minutos
}
time-at = às { $time }

## Sizes

size-bytes = { $size } B
size-kilobytes = { $size } KB
size-megabytes = { $size } MB
size-gigabytes = { $size } GB

## App shell and Settings

app-title = Postie
app-title-unread = Postie ({ $count ->
    [one] { $count } não lido
   *[other] { $count } não lidos
})
app-error-data-folder = O Postie não conseguiu criar sua pasta de dados { $folder } ({ $error }).
app-error-window = Não foi possível abrir a janela ({ $error }).
app-error-store-closed = O banco de dados de e-mails não está mais aberto.
app-error-store-silent = O banco de dados de e-mails parou de responder.
app-check-cancelled = A verificação foi cancelada; nada foi excluído do servidor.
settings-title = Configurações
settings-done-button = Concluído
settings-accounts-heading = Contas
settings-no-accounts = Nenhuma conta ainda.
settings-account-summary = { $username } em { $host }:{ $port } · { $policy }
settings-edit-button = Editar
settings-remove-button = Remover
settings-check-for-mail = Verificar e-mails
settings-interval-manual = Só quando eu pedir
settings-interval-minutes = { $minutes ->
    [one] A cada minuto
   *[other] A cada { $minutes } minutos
}
settings-interval-hours = { $hours ->
    [one] A cada hora
   *[other] A cada { $hours } horas
}
settings-appearance-heading = Aparência
settings-theme-system = Seguir o sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-language-heading = Idioma
settings-language-system = Idioma do sistema ({ $language })
settings-remove-title = Remover { $account }?
settings-remove-explanation = O Postie deixará de verificar esta conta. Nada no servidor é alterado.
settings-remove-keep-mail = Manter as mensagens dela neste computador
settings-remove-cancel = Cancelar
settings-remove-confirm = Remover conta

## Main window: sidebar, message list, reader and status bar

mailbox-all-inboxes = Todas as caixas de entrada
mailbox-trash = Lixeira
mailbox-add-account = Adicionar conta
mailbox-settings = Configurações
mailbox-search-placeholder = Pesquisar remetente, assunto, texto…
mailbox-empty-trash-button = Esvaziar lixeira
mailbox-restore-button = Restaurar
mailbox-delete-button = Excluir
mailbox-message-count = { $count ->
    [one] { $count } mensagem
   *[other] { $count } mensagens
}
mailbox-found-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
mailbox-sort-label = Ordenar:
mailbox-sort-date = Data
mailbox-sort-sender = Remetente
mailbox-sort-subject = Assunto
mailbox-select-hint = Selecione uma mensagem para lê-la.
mailbox-selected-count = { $count ->
    [one] { $count } mensagem selecionada.
   *[other] { $count } mensagens selecionadas.
}
mailbox-no-subject = (sem assunto)

## Status bar

mailbox-checked = Verificado { $when }
mailbox-next-check = próxima verificação { $when }
mailbox-progress-downloading = Baixando { $done } de { $total } ({ $size })
mailbox-phase-connecting = Conectando…
mailbox-phase-listing = Obtendo a lista de mensagens…
mailbox-phase-downloading = Baixando mensagens…
mailbox-phase-deleting = Excluindo mensagens…
mailbox-phase-finishing = Finalizando…
mailbox-cancel = Cancelar

## Empty Trash dialog

mailbox-empty-trash-title = Esvaziar a lixeira?
mailbox-empty-trash-text = As mensagens na lixeira serão excluídas definitivamente deste computador.
mailbox-empty-trash-confirm = Excluir definitivamente

## Saving attachments and messages

mailbox-save-attachment-title = Salvar anexo
mailbox-save-all-title = Salvar todos os anexos
mailbox-save-message-title = Salvar mensagem
mailbox-not-saved = Não salvo.
mailbox-saved-as = Salvo como { $path }.
mailbox-attachments-saved = { $count ->
    [one] { $count } anexo salvo em { $folder }.
   *[other] { $count } anexos salvos em { $folder }.
}
mailbox-save-failed = Não foi possível salvar { $path } ({ $error }).
mailbox-attachment-unreadable = Não foi possível ler o anexo.
mailbox-message-gone = A mensagem não existe mais.

## Message list

list-empty = Nenhuma mensagem aqui.
list-unreadable-message = (mensagem ilegível)

## Reader

reader-star = Marcar com estrela
reader-unstar = Remover estrela
reader-mark-read = Marcar como lida
reader-mark-unread = Marcar como não lida
reader-view-source = Ver código-fonte
reader-show-message = Mostrar mensagem
reader-save-eml = Salvar como .eml
reader-from = De
reader-to = Para
reader-cc = Cc
reader-date = Data
reader-starred = Com estrela
reader-headers-only = Somente os cabeçalhos foram baixados: a mensagem excede o limite de tamanho desta conta. Baixe-a por completo com “postie fetch --full { $id }”.
reader-unreadable = Não foi possível ler esta mensagem como e-mail; ela é exibida como foi recebida.
reader-truncated = Esta mensagem é muito grande; somente o início é exibido. “{ reader-save-eml }” guarda a mensagem inteira.
reader-html-note = Exibida como texto a partir da parte HTML. Imagens e outros conteúdos remotos nunca são carregados.
reader-links = Links
reader-link-deceptive = exibido como “{ $text }”, mas leva a outro lugar
reader-attachments = { $count ->
    [one] { $count } anexo
   *[other] { $count } anexos
}
reader-save-all = Salvar todos
reader-no-name = (sem nome)
reader-save-attachment = Salvar…
reader-show-more = Mostrar mais desta mensagem

## Notificações de novos e-mails

notify-no-subject = (sem assunto)
notify-new-messages = { $count ->
    [one] { $count } nova mensagem em { $account }
   *[other] { $count } novas mensagens em { $account }
}
notify-latest = Mais recente: { $sender } – { $subject }

## Welcome screen (the first screen, before any account exists)

welcome-title = Boas-vindas ao Postie
welcome-intro = O Postie baixa seus e-mails por POP3 e os guarda com segurança neste computador. Nada é removido do seu servidor, a menos que você peça.
welcome-add-account-button = Adicionar uma conta
welcome-sample-mail-button = Experimentar com e-mails de exemplo
welcome-sample-mail-note = Os e-mails de exemplo vêm de um pequeno servidor dentro do Postie: não é preciso ter conta nem conexão de rede.

## Account setup: the form for adding or editing an account

setup-title-add = Adicionar uma conta
setup-title-edit = Editar conta
setup-your-name = Seu nome
setup-email-address = Endereço de e-mail
setup-preset-filled = Configurações de { $provider } preenchidas.
setup-incoming-heading = Recebimento de e-mails (POP3)
setup-server = Servidor
setup-port = Porta
setup-security = Segurança da conexão
setup-security-tls = SSL/TLS (recomendado)
setup-security-none = Nenhuma: a senha e os e-mails trafegam pela rede sem criptografia
setup-trusted-certificate = Certificado confiável: SHA-256 { $fingerprint }
setup-username = Nome de usuário
setup-password = Senha
setup-password-keep = Senha (deixe em branco para mantê-la)
setup-use-password-command = Obter a senha de um comando em vez do chaveiro
setup-password-command = Comando (a primeira linha da saída dele é a senha)
setup-login-method = Método de autenticação
setup-auth-auto = Automático (o mais seguro que os dois lados suportam)
setup-auth-access-token = { $method } (token de acesso)
setup-cancel-button = Cancelar
setup-test-connection-button = Testar conexão
setup-save-button = Salvar
setup-saving = Salvando…
setup-error-port = A porta deve ser um número de 1 a 65535.
setup-error-days = Informe o número de dias, 1 ou mais.
setup-error-password-missing = Digite a senha da conta (ou escolha um comando que a forneça).

## Account setup: what happens to mail on the server. "It" is the mail.

setup-policy-heading = O que acontece com os e-mails no servidor
setup-policy-keep = Manter no servidor
setup-policy-keep-explanation = As mensagens ficam no servidor depois que o Postie as baixa, para que seus outros dispositivos ainda possam lê-las.
setup-policy-delete-after-download = Excluir depois de baixar
setup-policy-delete-after-download-explanation = Cada mensagem é excluída do servidor assim que estiver guardada com segurança neste computador.
setup-policy-delete-after-days = Excluir depois de alguns dias
setup-policy-delete-after-days-explanation = { $days ->
    [one] Cada mensagem é excluída do servidor { $days } dia depois que o Postie a baixa pela primeira vez.
   *[other] Cada mensagem é excluída do servidor { $days } dias depois que o Postie a baixa pela primeira vez.
}
setup-policy-days-unit = { $days ->
    [one] dia
   *[other] dias
}
setup-policy-delete-when-trashed = Excluir do servidor quando eu excluir aqui
setup-policy-delete-when-trashed-explanation = Uma mensagem que você exclui no Postie é excluída do servidor na próxima verificação de e-mails.
setup-policy-server-keeps-nothing = Não neste servidor: ele apaga cada mensagem assim que ela é baixada (EXPIRE 0).

## Account setup: what "Test connection" found. Labels on the left, findings on the right.

setup-test-connecting = Conectando…
setup-test-passed = Conectado e autenticado.
setup-test-encryption = Criptografia
setup-test-encryption-none = Nenhuma: a conexão não é criptografada
setup-test-encryption-verified = { $method }, certificado verificado
setup-test-encryption-pinned = { $method }, com o certificado em que você confiou
setup-test-login-method = Método de autenticação
setup-test-tracks-downloads = Controla os downloads
setup-test-tracks-downloads-yes = Sim (UIDL): nenhum e-mail é baixado duas vezes.
setup-test-tracks-downloads-no = Não (sem UIDL): só é possível usar “Excluir depois de baixar”.
setup-test-messages-waiting = Mensagens aguardando
setup-test-messages-waiting-count = { $count } ({ $size })
setup-test-server-keeps-mail = O servidor guarda os e-mails
setup-test-retention-forever = Para sempre
setup-test-retention-none = Não guarda: exclui cada mensagem assim que ela é baixada
setup-test-retention-days = { $days ->
    [one] { $days } dia depois do download
   *[other] { $days } dias depois do download
}

## Account setup: the dialog about a server certificate Postie refused

setup-certificate-title = O certificado do servidor não é confiável
setup-certificate-refused = O Postie recusou o certificado porque { $reason }.
setup-certificate-server = Servidor
setup-certificate-issued-to = Emitido para
setup-certificate-issued-by = Emitido por
setup-certificate-valid = Validade
setup-certificate-validity = De { $from } a { $until }
setup-certificate-fingerprint = SHA-256
setup-certificate-advice = Confie nele somente se você souber que este é o certificado do seu servidor (por exemplo, se o seu provedor informou esta impressão digital). A partir daí, o Postie aceitará exatamente este certificado para este servidor e recusará qualquer outro.
setup-certificate-cancel-button = Cancelar
setup-certificate-trust-button = Confiar neste certificado

## Provider presets: notes shown in the account form when the address belongs to a known provider.

preset-note-gmail = Ative o POP nas configurações do Gmail (Encaminhamento e POP/IMAP) e entre com uma senha de app, que exige a verificação em duas etapas.
preset-note-outlook = A Microsoft só aceita login por OAuth (XOAUTH2) para POP, e o POP precisa estar ativado nas configurações do Outlook.
preset-note-yahoo = Entre com uma senha de app gerada na segurança da conta do Yahoo; a senha normal é recusada.
preset-note-aol = Entre com uma senha de app gerada na segurança da conta da AOL; a senha normal é recusada.
preset-note-gmx = Primeiro, permita uma única vez o acesso POP3 e IMAP nas configurações web do GMX.
preset-note-web-de = Primeiro, permita uma única vez o acesso POP3 e IMAP nas configurações web do WEB.DE.
preset-note-fastmail = Entre com uma senha de app criada nas configurações do Fastmail, não com a senha da sua conta.
preset-note-zoho-com = Primeiro, ative o acesso POP nas configurações do Zoho Mail; contas no data center europeu da Zoho usam pop.zoho.eu.
preset-note-zoho = Primeiro, ative o acesso POP nas configurações do Zoho Mail.
preset-note-yandex = Permita o acesso POP nas configurações do Yandex Mail e entre com uma senha de app.
preset-note-mail-ru = Entre com uma senha para aplicativos externos criada nas configurações de segurança do Mail.ru.
preset-note-t-online = Entre com a senha de e-mail própria definida no Telekom E-Mail Center; a senha de login na web não funciona.
preset-note-o2 = Primeiro, ative o acesso para programas de e-mail nas configurações do o2 Poczta.
preset-note-naver = Primeiro, ative o POP3 nas configurações do Naver Mail.
preset-note-qq = Ative o POP3 nas configurações do QQ Mail e entre com o código de autorização exibido lá, não com sua senha do QQ.
preset-note-netease = Ative o POP3 nas configurações do NetEase Mail e entre com o código de autorização exibido lá, não com sua senha.
preset-note-att = Entre com uma “secure mail key” criada no seu perfil da AT&T, não com a senha da sua conta.

## Provider presets: names with words to translate. Keep the brand names.

preset-name-gmx-international = GMX (internacional)
preset-name-zoho-eu = Zoho Mail (UE)
preset-name-zoho-india = Zoho Mail (Índia)
preset-name-zoho-australia = Zoho Mail (Austrália)
preset-name-zoho-japan = Zoho Mail (Japão)
preset-name-zoho-canada = Zoho Mail (Canadá)

## Erros de uma sessão POP3 (src/pop3)

error-resolve = Não foi possível encontrar o servidor { $host } ({ $detail }). Verifique o nome do servidor e sua conexão de rede.
error-connect = Não foi possível conectar a { $host } na porta { $port } ({ $detail }). Verifique o nome do servidor, a porta e sua conexão de rede.
error-timeout = O servidor { $host } não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } { $phase ->
        [connecting] ao conectar
        [tls-handshake] ao configurar a criptografia
        [greeting] enquanto o Postie aguardava sua saudação
        [starttls] ao mudar para a criptografia (STLS)
        [authenticating] ao fazer login
       *[command] ao comando { $command }
    }. Tente novamente mais tarde; se continuar acontecendo, verifique a porta e as configurações de segurança.
error-closed = O servidor { $host } fechou a conexão { $phase ->
        [connecting] ao conectar
        [tls-handshake] ao configurar a criptografia
        [greeting] enquanto o Postie aguardava sua saudação
        [starttls] ao mudar para a criptografia (STLS)
        [authenticating] ao fazer login
       *[command] ao responder a { $command }
    }. Tente novamente mais tarde; se continuar acontecendo, verifique a porta e as configurações de segurança.
error-io = A conexão com { $host } falhou { $phase ->
        [connecting] ao conectar
        [tls-handshake] ao configurar a criptografia
        [greeting] enquanto o Postie aguardava sua saudação
        [starttls] ao mudar para a criptografia (STLS)
        [authenticating] ao fazer login
       *[command] ao responder a { $command }
    } ({ $detail }). Tente novamente mais tarde.
error-protocol = O servidor { $host } enviou algo que o Postie não conseguiu entender { $phase ->
        [connecting] ao conectar
        [tls-handshake] ao configurar a criptografia
        [greeting] enquanto o Postie aguardava sua saudação
        [starttls] ao mudar para a criptografia (STLS)
        [authenticating] ao fazer login
       *[command] ao responder a { $command }
    } ({ $detail }). A conexão foi fechada; tente novamente mais tarde.
error-tls-handshake = Não foi possível estabelecer uma conexão segura com { $host } ({ $detail }). O servidor pode oferecer apenas criptografia obsoleta (anterior ao TLS 1.2), ou esta porta pode não usar TLS: verifique a configuração de segurança.
error-certificate = O certificado de { $host } foi recusado porque { $reason ->
        [expired] ele expirou
        [not-yet-valid] ele ainda não é válido
        [wrong-host] ele foi emitido para outro nome de servidor
        [self-signed] ele é autoassinado
        [untrusted-issuer] ele foi emitido por uma autoridade em que este computador não confia
       *[other] { $detail }
    }. Se você tem certeza de que este é o seu servidor, confie no certificado com a impressão digital SHA-256 { $fingerprint }.
error-certificate-reason = { $reason ->
        [expired] ele expirou
        [not-yet-valid] ele ainda não é válido
        [wrong-host] ele foi emitido para outro nome de servidor
        [self-signed] ele é autoassinado
        [untrusted-issuer] ele foi emitido por uma autoridade em que este computador não confia
       *[other] { $detail }
    }
error-certificate-changed = O certificado de { $host } mudou desde que você confiou nele (agora é SHA-256 { $fingerprint }), por isso nada foi enviado. Se o seu provedor realmente o trocou, verifique a nova impressão digital e confie nele novamente.
error-starttls-unavailable = O servidor { $host } não oferece criptografia com STARTTLS, por isso o Postie parou antes de enviar sua senha. Use a segurança “tls” (geralmente a porta 995) ou consulte seu provedor.
error-starttls-refused = O servidor { $host } se recusou a iniciar a criptografia ({ $text }), por isso o Postie parou antes de enviar sua senha. Use a segurança “tls” (geralmente a porta 995) ou tente novamente mais tarde.
error-starttls-injection = O servidor { $host } enviou dados antes de a criptografia ser configurada, o que pode ser um ataque, por isso o Postie se desconectou sem enviar sua senha.
error-greeting-refused = O servidor { $host } recusou a conexão ({ $text }). Tente novamente mais tarde.
error-no-login-method = O Postie não conseguiu escolher um método de login para { $host }: { $detail }. Verifique as configurações de segurança e de login da conta.
error-auth-rejected = O servidor { $host } rejeitou o nome de usuário ou a senha ({ $text }). Verifique-os nas configurações da conta; o Postie não tentará novamente com a mesma senha.
error-temporary = O servidor { $host } { $reason ->
        [in-use] informa que a caixa de correio está sendo usada por outro programa
        [login-delay] só permite logins em intervalos, e este veio cedo demais
       *[system] está com um problema temporário
    } ({ $text }). O Postie mantém sua senha e tentará novamente { $retry ->
        [minutes] em { $delay } minutos
        [seconds] { $delay ->
            [one] em { $delay } segundo
           *[other] em { $delay } segundos
        }
       *[later] mais tarde
    }.
error-permanent = O servidor { $host } recusa o acesso a esta conta: { $text }. Verifique a conta com seu provedor (por exemplo, se o acesso POP está ativado).
error-sasl = O login em { $host } foi abandonado: { $detail }. Tente novamente mais tarde; se continuar acontecendo, escolha outro método de login.
error-command-failed = O servidor { $host } recusou { $command } ({ $text }).
error-unsupported = O servidor { $host } não oferece suporte a { $command }.
error-sink = Não foi possível salvar a mensagem ({ $detail }). Nada foi excluído do servidor; libere espaço em disco ou verifique a pasta de dados e depois verifique os e-mails novamente.
error-invalid-setting = O Postie não enviou o comando porque { $reason }. Corrija isso nas configurações da conta.
error-command-invalid = { $problem ->
        [forbidden-character] { $field ->
            [user-name] o nome de usuário
            [password] a senha
            [apop-digest] o digest APOP
            [sasl-mechanism] o mecanismo SASL
            [sasl-response] a resposta SASL
           *[command] o comando
        } contém uma quebra de linha ou um caractere NUL
        [too-long] { $field ->
            [user-name] o nome de usuário é longo demais
            [password] a senha é longa demais
            [apop-digest] o digest APOP é longo demais
            [sasl-mechanism] o mecanismo SASL é longo demais
            [sasl-response] a resposta SASL é longa demais
           *[command] o comando é longo demais
        } para um comando POP3
       *[empty] { $field ->
            [user-name] o nome de usuário está vazio
            [password] a senha está vazia
            [apop-digest] o digest APOP está vazio
            [sasl-mechanism] o mecanismo SASL está vazio
            [sasl-response] a resposta SASL está vazia
           *[command] o comando está vazio
        }
    }

## Por que nenhum método de login pôde ser escolhido

error-login-method-would-expose = a conexão não está criptografada e os únicos métodos de login restantes enviariam a senha de forma legível
error-login-method-not-offered = o servidor não oferece o método de login { $method }
error-login-method-no-apop-timestamp = a saudação do servidor não tem carimbo de data/hora APOP, por isso o APOP não pode ser usado
error-login-method-nothing-in-common = o servidor não oferece nenhum método de login compatível com o Postie (ele oferece: { $offered })

## Por que um login foi abandonado

error-sasl-unexpected-challenge = o servidor enviou um desafio de login em um momento inesperado
error-sasl-malformed = o desafio de login do servidor está malformado ({ $detail })
error-sasl-server-said = o servidor informou um erro de login: { $text }
error-sasl-server-not-authenticated = o servidor não conseguiu provar que conhece a senha

## O que o servidor enviou e o Postie não entendeu

error-protocol-line-too-long = o servidor enviou uma linha com mais de { $limit } bytes
error-protocol-not-a-response = o servidor enviou uma linha que não é uma resposta POP3 ({ $detail })
error-protocol-unsolicited = o servidor enviou dados que não foram solicitados
error-protocol-too-many-lines = o servidor enviou mais de { $limit } linhas em uma única listagem
error-parse-not-a-status-line = a linha não é +OK nem -ERR
error-parse-bad-number = um número estava faltando ou fora do intervalo
error-parse-malformed = a linha tem um formato incorreto: { $detail }
error-parse-bad-base64 = o desafio SASL não é base64 válido

## Valores digitados ou salvos

error-fingerprint-invalid = uma impressão digital SHA-256 tem 64 dígitos hexadecimais, opcionalmente separados por dois-pontos
error-unknown-security = modo de segurança desconhecido “{ $value }” (use tls, starttls ou plain)
error-unknown-login-method = método de login desconhecido “{ $value }” (use um destes: { $names })
error-unknown-over-size = ação desconhecida para mensagens grandes demais “{ $value }” (use skip ou headers)

## Configurações da conta

error-account-name-empty = O nome da conta está vazio.
error-account-name-control = O nome da conta contém caracteres de controle.
error-account-host-invalid = “{ $host }” não é um nome de servidor válido.
error-account-port-invalid = A porta deve estar entre 1 e 65535.
error-account-user-name-invalid = O nome de usuário está vazio ou contém uma quebra de linha.
error-account-zero-days = Excluir após 0 dias é o mesmo que excluir após baixar; escolha essa opção.
error-account-password-command-empty = O comando de senha está vazio.

## Senhas: chaveiro e comando de senha

error-no-keyring = Nenhum chaveiro está disponível para guardar ou ler a senha ({ $detail }). Inicie um Secret Service (como o GNOME Keyring ou o KeePassXC) ou use --password-command para obter a senha de um comando.
error-keyring-not-found = O chaveiro não tem senha para esta conta. Defina-a novamente (postie account edit NAME --password-stdin).
error-keyring-refused = O chaveiro negou o acesso à senha ({ $detail }). Desbloqueie o chaveiro e tente novamente.
error-password-command-failed = O comando de senha falhou: { $reason }. Verifique o comando de senha da conta.
error-password-command-not-started = não foi possível iniciá-lo ({ $detail })
error-password-command-timed-out = ele não terminou em { $seconds } segundos
error-password-command-wait-failed = a espera pelo seu término falhou ({ $detail })
error-password-command-status = ele terminou com o status { $code }
error-password-command-status-said = ele terminou com o status { $code }: { $said }
error-password-command-signal = ele foi encerrado por um sinal
error-password-command-signal-said = ele foi encerrado por um sinal: { $said }
error-password-command-empty-output = a primeira linha da saída dele estava vazia

## Verificar e-mails (src/sync)

sync-phase = { $phase ->
        [connecting] conectando
        [listing] listando
        [downloading] baixando
        [deleting] excluindo
       *[finishing] finalizando
    }
sync-policy = { $policy ->
        [keep] manter no servidor
        [delete-after-download] excluir do servidor após baixar
        [delete-after-days] { $days ->
            [one] excluir do servidor { $days } dia após baixar
           *[other] excluir do servidor { $days } dias após baixar
        }
       *[delete-when-trashed] excluir do servidor quando excluído aqui
    }
sync-delete-reason = { $reason ->
        [pending] exclusão ainda não confirmada pelo servidor
        [downloaded] baixado
        [aged] mantido pelo número de dias escolhido
       *[deleted-here] excluído aqui
    }
sync-error-busy = Outro Postie já está verificando os e-mails desta conta; tente novamente quando ele terminar.
sync-error-listing-failed = O servidor não conseguiu listar suas mensagens ({ $text }), por isso nada foi baixado nem excluído. Tente novamente mais tarde.
sync-error-internal = O Postie interrompeu esta verificação por causa de um erro interno ({ $detail }). Nada foi excluído do servidor.
sync-error-disk-full = O disco está cheio, então o Postie não conseguiu salvar os novos e-mails e os deixou no servidor; libere espaço e verifique novamente.
# $detail is the system's own words for the failure.
sync-error-disk-failed = O disco falhou enquanto o Postie salvava os novos e-mails ({ $detail }), então o Postie os deixou no servidor; verifique o disco e tente novamente.
sync-internal-password-not-fetched = senha não obtida
sync-internal-store-lost = o banco de dados foi perdido após uma falha anterior
sync-error-uidl-required = O servidor não oferece suporte a UIDL, por isso o Postie não consegue saber quais mensagens já tem e não pode { $policy ->
        [keep] manter os e-mails no servidor
        [delete-after-download] excluir os e-mails do servidor após baixar
        [delete-after-days] { $days ->
            [one] excluir os e-mails do servidor { $days } dia após baixar
           *[other] excluir os e-mails do servidor { $days } dias após baixar
        }
       *[delete-when-trashed] excluir do servidor os e-mails excluídos aqui
    }. Escolha “excluir do servidor após baixar” para esta conta.
sync-warning-not-delivered = O servidor não conseguiu entregar a mensagem { $number } ({ $text }); o Postie tentará novamente na próxima verificação.
sync-warning-too-large = A mensagem { $number } ({ $size }) é maior do que o Postie consegue armazenar ({ $limit }), então só os cabeçalhos foram baixados; ela continua no servidor.
sync-warning-larger-than-listed = A mensagem { $number } acabou sendo maior do que o Postie consegue armazenar ({ $limit }), embora o servidor a listasse com { $listed }; ela continua no servidor, e da próxima vez o Postie baixará só os cabeçalhos.
sync-warning-delete-refused = O servidor se recusou a excluir a mensagem { $number } ({ $text }); o Postie tentará novamente mais tarde.
sync-warning-shared-uidls = O servidor deu o mesmo identificador único a { $count } mensagens; o Postie as reconhece pelo conteúdo.
sync-warning-no-valid-uidl = { $count ->
        [one] { $count } mensagem no servidor não tem um identificador único válido; o Postie a reconhece pelo conteúdo.
       *[other] { $count } mensagens no servidor não têm um identificador único válido; o Postie as reconhece pelo conteúdo.
    }
sync-warning-uidls-changed = O servidor mudou os identificadores únicos das mensagens (uma migração?). O Postie as compara pelo conteúdo, então nada é armazenado duas vezes, mas precisa baixá-las novamente uma vez.
sync-warning-expire-zero = O servidor exclui cada mensagem assim que ela é baixada (EXPIRE 0), por isso os e-mails não podem ser mantidos lá.
sync-warning-expire-days = O servidor exclui as mensagens { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após serem baixadas, independentemente da configuração desta conta.
sync-warning-expire-sooner = O servidor exclui as mensagens { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após serem baixadas, antes dos { $kept } dias em que esta conta as mantém lá.
sync-warning-quit-not-confirmed = O servidor não confirmou o fim da sessão ({ $reason }); na próxima verificação será conferido se { $count ->
        [one] { $count } mensagem foi excluída
       *[other] { $count } mensagens foram excluídas
    } lá.

## O banco de dados local de e-mails (src/store)

store-error-sqlite = Não foi possível usar o banco de dados de e-mails ({ $detail }). Se o disco estiver cheio, libere espaço e tente novamente.
store-error-io = Não foi possível usar a pasta de dados ({ $detail }). Verifique se ela existe e se permite gravação.
store-error-too-new = O banco de dados de e-mails foi gravado por um Postie mais novo (esquema { $found }; este conhece até o esquema { $supported }). Atualize o Postie para abri-lo.
store-error-corrupt = O banco de dados de e-mails está danificado ({ $detail }).
store-corrupt-account-field = a conta “{ $name }” tem { $field ->
        [security] um modo de segurança desconhecido
        [auth] um método de login desconhecido
        [policy] uma regra de servidor desconhecida
        [fingerprint] uma impressão digital de certificado desconhecida
       *[over-size] uma ação desconhecida para mensagens grandes demais
    }
store-corrupt-no-wal = não foi possível mudar para WAL (modo de journal { $mode })
store-corrupt-negative-version = versão de esquema negativa { $version }
store-no-account-named = Não há nenhuma conta “{ $name }”.
store-no-account-id = Não há nenhuma conta { $id }.
store-no-message = Não há nenhuma mensagem { $id }.
store-account-exists = Já existe uma conta chamada “{ $name }”.
store-message-too-large = mensagem grande demais
store-unknown-folder = pasta desconhecida “{ $value }” (use inbox ou trash)

## Ler mensagens (src/mail)

mail-html-image = [imagem]
mail-html-image-described = [imagem: { $alt }]
mail-html-embedded = [conteúdo incorporado não exibido]
mail-html-truncated = … (mensagem truncada)
mail-attachment-file-name = anexo

## E-mails de exemplo (src/demo)

demo-account-name = E-mails de exemplo
demo-error-server = Não foi possível iniciar o servidor de e-mails de exemplo ({ $detail }).

## The command line (`postie …`): tables, summaries, errors

cli-no-data-dir = nenhum diretório de dados foi encontrado; informe --data-dir DIR ou defina POSTIE_DATA_DIR.
cli-demo-no-temp-dir = não foi possível criar uma pasta temporária para os e-mails de exemplo ({ $error }).
cli-no-home = Nenhuma pasta pessoal foi encontrada; defina XDG_DATA_HOME ou HOME.
cli-no-executable = O Postie não conseguiu determinar onde está o próprio arquivo de programa ({ $error }).
cli-install-desktop-failed = Não foi possível adicionar o Postie ao menu de aplicativos em { $folder } ({ $error }).
cli-install-desktop-done = O Postie agora está no menu de aplicativos ({ $count ->
    [one] { $count } arquivo
   *[other] { $count } arquivos
} em { $folder }; ele inicia { $program }).
cli-uninstall-desktop-failed = Não foi possível remover o Postie do menu de aplicativos em { $folder } ({ $error }).
cli-uninstall-desktop-nothing = O Postie não estava no menu de aplicativos (nada em { $folder }).
cli-uninstall-desktop-done = O Postie não está mais no menu de aplicativos ({ $count ->
    [one] { $count } arquivo removido
   *[other] { $count } arquivos removidos
}).
cli-no-such-account = Não há nenhuma conta chamada “{ $name }”. Veja “postie account list”.
cli-no-accounts = Ainda não há contas. Adicione uma com “postie account add”.
cli-no-such-message = Não há nenhuma mensagem { $id }. Veja “postie list”.
cli-account-add-needs-host = Para adicionar uma conta, é preciso informar --host.
cli-account-add-needs-user = Para adicionar uma conta, é preciso informar --user.
cli-account-add-needs-password = Informe de onde vem a senha: --password-stdin (guardada no chaveiro) ou --password-command CMD.
cli-account-exists = Já existe uma conta chamada “{ $name }”.
cli-account-removed-password-kept = a conta foi removida, mas a senha dela não pôde ser excluída do chaveiro: { $error }
cli-plain-warning = aviso: a segurança “plain” envia sua senha e seus e-mails sem criptografia; qualquer pessoa na rede pode lê-los.
cli-no-password-on-stdin = Nenhuma senha foi informada na entrada padrão.
cli-account-list-name = Nome
cli-account-list-login = Usuário e servidor
cli-account-list-security = Criptografia
cli-account-list-policy = No servidor
cli-export-needs-target = Informe --mbox FILE ou --maildir DIR.
cli-export-done = { $count ->
    [one] { $count } mensagem exportada.
   *[other] { $count } mensagens exportadas.
}
cli-export-file-exists = Não foi possível criar { $path } ({ $error }); escolha um arquivo que ainda não exista.
cli-export-maildir-not-empty = { $path } já existe; exporte para um Maildir vazio.
cli-fetch-already-complete = a mensagem { $id } já está completa.
cli-progress = { $account }: { $phase }
cli-progress-count = { $account }: { $phase } { $done } de { $total } ({ $size })
cli-fetch-summary = { $account }: { $new ->
    [one] { $new } nova
   *[other] { $new } novas
}, { $already_had ->
    [one] { $already_had } já baixada
   *[other] { $already_had } já baixadas
}, { $deleted ->
    [one] { $deleted } excluída do servidor
   *[other] { $deleted } excluídas do servidor
}, { $skipped ->
    [one] { $skipped } ignorada
   *[other] { $skipped } ignoradas
}
cli-fetch-headers-only = ({ $count } só com cabeçalhos)
cli-fetch-error = { $account }: erro: { $error }
cli-fetch-postponed = { $account }: não verificado: o servidor só permite login a cada poucos minutos; próxima verificação: { $date }
cli-fetch-dry-run = { $account }: simulação: { $download } para baixar, { $delete } para excluir do servidor, { $already_had ->
    [one] { $already_had } já baixada
   *[other] { $already_had } já baixadas
}, { $skipped ->
    [one] { $skipped } ignorada
   *[other] { $skipped } ignoradas
}
cli-fetch-would-delete = excluiria { $uidl } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}): { $reason }
cli-list-id = ID
cli-list-date = Data
cli-list-from = Remetente
cli-list-subject = Assunto
cli-list-unreadable = (mensagem ilegível, exibida sem processamento)
cli-show-from = De: { $sender }
cli-show-to = Para: { $to }
cli-show-cc = Cc: { $cc }
cli-show-date = Data: { $date }
cli-show-subject = Assunto: { $subject }
cli-show-headers-only = Observação: somente os cabeçalhos foram baixados (limite de tamanho); use “postie fetch --full { $id }”.
cli-show-unreadable = Observação: não foi possível ler esta mensagem como e-mail; ela é exibida como foi recebida.
cli-show-attachment = Anexo: { $name } ({ $content_type }, { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
})
cli-show-attachment-no-name = (sem nome)
cli-trash-emptied = { $count ->
    [one] { $count } mensagem excluída da Lixeira.
   *[other] { $count } mensagens excluídas da Lixeira.
}

## The command line's help (`postie --help`, `postie account add --help`)

cli-help = Um cliente de e-mail POP3 para desktop que nunca perde uma mensagem
cli-help-data-dir = Onde fica o banco de dados de e-mails (padrão: `postie` no diretório de dados XDG)
cli-help-verbose = Escrever também as linhas de log no stderr (as do próprio Postie a partir de DEBUG). O arquivo de log no diretório de estado XDG (`postie/logs`, ou $POSTIE_LOG_DIR) é sempre escrito
cli-help-account = Adicionar, listar, editar ou remover contas
cli-help-account-add = Adicionar uma conta
cli-help-account-add-name = O nome da conta, como os outros comandos o recebem
cli-help-account-add-host = O nome de host do servidor POP3
cli-help-account-add-port = Porta (padrão: 995 para tls, 110 para starttls e plain)
cli-help-account-add-security = tls (padrão), starttls ou plain
cli-help-account-add-user = Nome de usuário, exatamente como o provedor informa
cli-help-account-add-password-stdin = Ler a senha da entrada padrão (primeira linha) e guardá-la no chaveiro
cli-help-account-add-password-command = Executar este comando (com sh -c) para obter a senha: a primeira linha da saída dele
cli-help-account-add-keep = Manter as mensagens no servidor (padrão)
cli-help-account-add-delete-after-download = Excluir as mensagens do servidor assim que forem guardadas aqui
cli-help-account-add-delete-after-days = Excluir as mensagens do servidor N dias depois de baixadas
cli-help-account-add-delete-when-trashed = Excluir as mensagens do servidor assim que forem excluídas aqui
cli-help-account-add-auth = auto (padrão), scram-sha-256, cram-md5, plain, login, user, apop, xoauth2
cli-help-account-add-trust-cert = Aceitar exatamente este certificado (impressão digital SHA-256, 64 dígitos hexadecimais, dois-pontos permitidos)
cli-help-account-add-max-size = Mensagens maiores que este número de bytes são ignoradas ou baixadas só com os cabeçalhos
cli-help-account-add-over-size = O que fazer com mensagens acima de --max-size: skip (padrão) ou headers
cli-help-account-list = Listar as contas
cli-help-account-list-json = Exibir um array JSON das contas
cli-help-account-remove = Remover uma conta. Os e-mails dela ficam aqui, a menos que --delete-mail seja informado; nada é alterado no servidor
cli-help-account-remove-name = O nome da conta
cli-help-account-remove-delete-mail = Excluir também aqui as mensagens da conta
cli-help-account-edit = Alterar as configurações de uma conta
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
cli-help-fetch = Baixar os e-mails novos (de todas as contas ou das indicadas)
cli-help-fetch-names = As contas a verificar; todas, se nenhuma for informada
cli-help-fetch-json = Um objeto JSON por conta, um por linha
cli-help-fetch-dry-run = Mostrar o que seria baixado e excluído, sem alterar nada
cli-help-fetch-full = Baixar também por completo estas mensagens, das quais só os cabeçalhos foram baixados por causa do limite de tamanho
cli-help-list = Listar as mensagens
cli-help-list-account = Somente as mensagens desta conta
cli-help-list-folder = inbox ou trash (padrão: ambas)
cli-help-list-json = Exibir um array JSON das mensagens
cli-help-show = Exibir uma mensagem: os cabeçalhos e o texto legível
cli-help-show-id = O ID da mensagem, como `postie list` o mostra
cli-help-show-raw = Escrever a mensagem exatamente como foi recebida (fins de linha CRLF)
cli-help-search = Pesquisar no remetente, nos destinatários, no assunto e no texto
cli-help-search-query = As palavras a procurar
cli-help-search-json = Exibir um array JSON das mensagens
cli-help-trash = Mover mensagens para a Lixeira
cli-help-trash-ids = Os IDs das mensagens, como `postie list` os mostra
cli-help-restore = Restaurar mensagens da Lixeira
cli-help-restore-ids = Os IDs das mensagens, como `postie list` os mostra
cli-help-empty-trash = Excluir definitivamente tudo o que está na Lixeira
cli-help-demo = Abrir o aplicativo com e-mails de exemplo de um pequeno servidor nosso em 127.0.0.1, num diretório de dados temporário (nada seu é usado)
cli-help-install-desktop = Colocar o Postie no menu de aplicativos da área de trabalho (um arquivo .desktop, ícones e metainfo em $XDG_DATA_HOME, geralmente ~/.local/share)
cli-help-uninstall-desktop = Remover o Postie do menu de aplicativos
cli-help-export = Exportar mensagens para um arquivo mbox ou um Maildir
cli-help-export-mbox = Um arquivo mbox (com o escape do mboxrd)
cli-help-export-maildir = Um diretório Maildir (criado se necessário)
cli-help-export-account = Somente as mensagens desta conta

## Mais detalhes dos erros POP3

error-connect-no-address = nenhum endereço encontrado
error-connect-timed-out = tempo de conexão esgotado

## Fechamento, e um segundo Postie

sync-stopped = A verificação foi interrompida porque o Postie estava fechando; tudo o que já havia chegado está salvo.
app-closing = Concluindo o download atual antes de fechar…
app-already-open = O Postie já está aberto para { $folder }; a janela dele foi trazida para a frente.
app-already-open-no-answer = O Postie já está aberto para { $folder }, mas não responde. Feche-o (ou espere terminar) e tente novamente.
settings-notify-new-mail = Avisar-me quando chegarem novos e-mails

## Arquivos de log

logging-no-folder = nenhuma pasta encontrada para os arquivos de log (não há pasta pessoal); defina { $variable }
logging-cannot-write = não é possível gravar arquivos de log em { $folder } ({ $error })
logging-continuing = postie: { $problem }; continuando sem arquivo de log.
logging-bad-filter = postie: { $variable } não é um filtro de log válido ({ $error }); usando o padrão.
