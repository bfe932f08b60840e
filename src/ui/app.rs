//! The app: which screen is showing, the accounts and their workers, the
//! theme, the language, and the keyboard. Screens do their own work and
//! report back with events; the workers report through a subscription.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use i18n_embed::unic_langid::LanguageIdentifier;
use iced::keyboard::{self, Modifiers};
use iced::theme::Mode;
use iced::{Element, Subscription, Task, Theme};

use crate::account::Account;
use crate::demo::server::Pop3Server;
use crate::store::{AccountId, AccountProfile};
use crate::ui::accounts::{AccountEntry, AccountStatus};
use crate::ui::data::StoreClient;
use crate::ui::dialogs::Dialogs;
use crate::ui::screen::mailbox::{self, Mailbox, Place};
use crate::ui::screen::settings::{self, Settings};
use crate::ui::screen::setup::{self, Setup};
use crate::ui::screen::welcome;
use crate::ui::shortcuts::{Shortcut, shortcut};
use crate::ui::style::{self, ThemeChoice};
use crate::ui::worker::{self, WorkerEvent, WorkerKey};

const THEME_SETTING: &str = "theme";
/// The app setting naming the language ("de", "pt-BR"); empty or absent
/// means the system's.
pub const LANGUAGE_SETTING: &str = "language";

/// The language a stored setting names, as one we ship; `None` for the
/// system's (empty, absent, or a language we do not ship).
pub fn language_from_setting(value: Option<&str>) -> Option<LanguageIdentifier> {
    let language = value.filter(|v| !v.is_empty())?.parse::<LanguageIdentifier>().ok()?;
    crate::i18n::best_match(&language)
}

/// How the app starts.
#[derive(Clone)]
pub struct Options {
    pub client: StoreClient,
    pub dialogs: Dialogs,
    /// Go straight to sample mail (`postie demo`).
    pub demo: bool,
}

/// What the store holds about the accounts, loaded off the UI thread.
#[derive(Debug, Clone)]
pub struct Loaded {
    accounts: Vec<(Account, AccountProfile)>,
    unread: Vec<(AccountId, u64)>,
    theme: ThemeChoice,
    language: Option<LanguageIdentifier>,
}

/// The sample server, kept alive as long as the app runs.
#[derive(Clone)]
pub struct DemoServer(Arc<Pop3Server>);

impl std::fmt::Debug for DemoServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoServer").field("port", &self.0.port()).finish()
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Loaded, String>),
    UnreadCounts(Result<Vec<(AccountId, u64)>, String>),
    SystemTheme(Mode),
    Welcome(welcome::Message),
    Setup(setup::Message),
    Mailbox(mailbox::Message),
    Settings(settings::Message),
    Worker(WorkerEvent),
    DemoStarted(Result<DemoServer, String>),
    Keyboard(keyboard::Event),
    /// Now and then, so "checked 3 minutes ago" stays true.
    Tick,
    Saved(Result<(), String>),
    /// A second `postie` on this data directory asks for our window.
    Raise,
    /// The window's close button (or Ctrl+Q).
    CloseRequested,
    /// Fetches took too long to stop: close anyway (still safe).
    CloseAnyway,
}

/// How long closing waits for fetches to reach a safe point; a little more
/// than a worker's own grace, so workers normally finish first.
const CLOSE_GRACE: Duration = Duration::from_secs(17);

enum Screen {
    /// Until the accounts are loaded (a few milliseconds).
    Loading,
    Welcome,
    Setup(Box<Setup>),
    Mailbox,
    Settings(Settings),
}

pub struct App {
    client: StoreClient,
    dialogs: Dialogs,
    screen: Screen,
    /// Kept while other screens show, so coming back finds it as it was.
    mailbox: Mailbox,
    accounts: Vec<AccountEntry>,
    theme: ThemeChoice,
    /// The language setting: `None` follows the system. The language in
    /// use is chosen before the app starts ([`crate::ui::run`]) and
    /// switched here when the user picks another.
    language: Option<LanguageIdentifier>,
    system_mode: Mode,
    demo: Option<DemoServer>,
    demo_wanted: bool,
    demo_starting: bool,
    /// The welcome screen's error (the sample server did not start).
    notice: Option<String>,
    modifiers: Modifiers,
    /// Where "Cancel" in the account form goes back to.
    setup_from_settings: bool,
    /// Closing: waiting for fetches to stop at a safe point.
    closing: bool,
}

impl App {
    pub fn new(options: Options) -> (App, Task<Message>) {
        let app = App {
            client: options.client,
            dialogs: options.dialogs,
            screen: Screen::Loading,
            mailbox: Mailbox::new(),
            accounts: Vec::new(),
            theme: ThemeChoice::System,
            language: None,
            system_mode: Mode::None,
            demo: None,
            demo_wanted: options.demo,
            demo_starting: false,
            notice: None,
            modifiers: Modifiers::empty(),
            setup_from_settings: false,
            closing: false,
        };
        let load = app.load();
        (
            app,
            Task::batch([load, iced::system::theme().map(Message::SystemTheme)]),
        )
    }

    pub fn title(&self) -> String {
        let unread: u64 = self.accounts.iter().map(|a| a.unread).sum();
        if unread > 0 {
            crate::t!("app-title-unread", count = unread)
        } else {
            crate::t!("app-title")
        }
    }

    pub fn theme(&self) -> Theme {
        let dark = match self.theme {
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
            ThemeChoice::System => self.system_mode == Mode::Dark,
        };
        if dark { style::dark() } else { style::light() }
    }

    /// The accounts as the app shows them (for tests and the benchmark).
    pub fn accounts(&self) -> &[AccountEntry] {
        &self.accounts
    }

    /// The main window's state (for tests).
    pub fn mailbox(&self) -> &Mailbox {
        &self.mailbox
    }

    /// The workers the app runs now: one per account (the sample account's
    /// only once its server runs).
    pub fn worker_keys(&self) -> Vec<WorkerKey> {
        self.accounts
            .iter()
            .filter(|entry| !entry.profile.demo || self.demo.is_some())
            .map(|entry| WorkerKey {
                data_dir: self.client.data_dir().to_path_buf(),
                account: entry.account.id,
            })
            .collect()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let workers = self
            .worker_keys()
            .into_iter()
            .map(|key| Subscription::run_with(key, worker::run).map(Message::Worker));
        Subscription::batch(workers.chain([
            keyboard::listen().map(Message::Keyboard),
            iced::system::theme_changes().map(Message::SystemTheme),
            iced::time::every(Duration::from_secs(30)).map(|_| Message::Tick),
            Subscription::run(crate::ui::raise::requests).map(|()| Message::Raise),
            iced::window::close_requests().map(|_| Message::CloseRequested),
        ]))
    }

    fn load(&self) -> Task<Message> {
        let client = self.client.clone();
        Task::perform(
            async move {
                client
                    .call(|store| {
                        let accounts = store
                            .accounts()?
                            .into_iter()
                            .map(|account| Ok((store.account_profile(account.id)?, account)))
                            .map(|found: Result<_, crate::store::StoreError>| found.map(|(p, a)| (a, p)))
                            .collect::<Result<Vec<_>, _>>()?;
                        Ok(Loaded {
                            accounts,
                            unread: store.unread_counts()?,
                            theme: ThemeChoice::parse(store.app_setting(THEME_SETTING)?.as_deref().unwrap_or("")),
                            language: language_from_setting(store.app_setting(LANGUAGE_SETTING)?.as_deref()),
                        })
                    })
                    .await
            },
            Message::Loaded,
        )
    }

    fn load_unread_counts(&self) -> Task<Message> {
        let client = self.client.clone();
        Task::perform(
            async move { client.call(|store| store.unread_counts()).await },
            Message::UnreadCounts,
        )
    }

    fn start_demo(&mut self) -> Task<Message> {
        if self.demo.is_some() || self.demo_starting {
            return Task::none();
        }
        self.demo_starting = true;
        self.notice = None;
        let data_dir = self.client.data_dir().to_path_buf();
        Task::perform(start_demo(data_dir), Message::DemoStarted)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Loaded(Ok(loaded)) => return self.loaded(loaded),
            Message::Loaded(Err(error)) | Message::UnreadCounts(Err(error)) | Message::Saved(Err(error)) => {
                self.notice = Some(error);
            }
            Message::UnreadCounts(Ok(counts)) => self.set_unread(&counts),
            Message::SystemTheme(mode) => self.system_mode = mode,
            Message::Welcome(message) => match welcome::update(message) {
                welcome::Event::AddAccount => self.open_setup(Setup::new(), false),
                welcome::Event::TrySampleMail => return self.start_demo(),
            },
            Message::DemoStarted(result) => {
                self.demo_starting = false;
                match result {
                    Ok(server) => {
                        self.demo = Some(server);
                        return self.load();
                    }
                    Err(error) => {
                        self.notice = Some(error);
                        if self.accounts.is_empty() {
                            self.screen = Screen::Welcome;
                        }
                    }
                }
            }
            Message::Setup(message) => {
                let Screen::Setup(setup) = &mut self.screen else {
                    return Task::none();
                };
                let (task, event) = setup.update(message, &self.client);
                let task = task.map(Message::Setup);
                return match event {
                    Some(setup::Event::Saved(id)) => {
                        if let Some(controller) = self.controller(id) {
                            // Edited: check with the new settings now.
                            controller.fetch_now();
                        }
                        self.screen = if self.setup_from_settings {
                            Screen::Settings(Settings::new())
                        } else {
                            Screen::Mailbox
                        };
                        Task::batch([task, self.load()])
                    }
                    Some(setup::Event::Cancelled) => {
                        self.screen = if self.setup_from_settings {
                            Screen::Settings(Settings::new())
                        } else if self.accounts.is_empty() {
                            Screen::Welcome
                        } else {
                            Screen::Mailbox
                        };
                        task
                    }
                    None => task,
                };
            }
            Message::Mailbox(message) => {
                let (task, event) = self
                    .mailbox
                    .update(message, &self.client, &self.dialogs, self.modifiers);
                let task = task.map(Message::Mailbox);
                let more = match event {
                    Some(event) => self.mailbox_event(event),
                    None => Task::none(),
                };
                return Task::batch([task, more]);
            }
            Message::Settings(message) => {
                let Screen::Settings(settings) = &mut self.screen else {
                    return Task::none();
                };
                let (task, event) = settings.update(message, &self.client, &self.accounts);
                let task = task.map(Message::Settings);
                let more = match event {
                    Some(event) => self.settings_event(event),
                    None => Task::none(),
                };
                return Task::batch([task, more]);
            }
            Message::Worker(WorkerEvent { account, event }) => {
                let Some(entry) = self.accounts.iter_mut().find(|a| a.account.id == account) else {
                    return Task::none();
                };
                let changed = entry.status.apply(event);
                if self.closing && !self.accounts.iter().any(|a| a.status.fetching) {
                    return iced::exit();
                }
                if changed {
                    return Task::batch([
                        self.mailbox.refresh(&self.client).map(Message::Mailbox),
                        self.load_unread_counts(),
                    ]);
                }
            }
            Message::Keyboard(event) => {
                if let keyboard::Event::ModifiersChanged(modifiers) = event {
                    self.modifiers = modifiers;
                }
                if let Some(shortcut) = shortcut(&event) {
                    return self.shortcut(shortcut);
                }
            }
            Message::Tick | Message::Saved(Ok(())) => {}
            Message::Raise => return raise_window(),
            Message::CloseRequested => return self.close(),
            Message::CloseAnyway => return iced::exit(),
        }
        Task::none()
    }

    fn loaded(&mut self, loaded: Loaded) -> Task<Message> {
        self.theme = loaded.theme;
        self.language = loaded.language;
        let mut previous = std::mem::take(&mut self.accounts);
        self.accounts = loaded
            .accounts
            .into_iter()
            .map(|(account, profile)| {
                // A worker's status outlives a reload of the settings.
                let status = previous
                    .iter_mut()
                    .find(|e| e.account.id == account.id)
                    .map(|e| std::mem::take(&mut e.status))
                    .unwrap_or_else(AccountStatus::default);
                AccountEntry {
                    account,
                    profile,
                    unread: 0,
                    status,
                }
            })
            .collect();
        self.set_unread(&loaded.unread);
        let mut tasks = vec![];
        let has_demo_account = self.accounts.iter().any(|a| a.profile.demo);
        if self.demo.is_none() && (self.demo_wanted || has_demo_account) {
            // The sample account's server runs inside the app; start it
            // again (on a new port) whenever the app starts.
            self.demo_wanted = false;
            tasks.push(self.start_demo());
        }
        if let Place::Inbox(id) = self.mailbox.place
            && !self.accounts.iter().any(|a| a.account.id == id)
        {
            self.mailbox.place = Place::AllInboxes;
        }
        match self.screen {
            Screen::Loading | Screen::Welcome => {
                if self.accounts.is_empty() && !self.demo_starting {
                    self.screen = Screen::Welcome;
                } else if !self.accounts.is_empty() {
                    self.screen = Screen::Mailbox;
                    tasks.push(self.mailbox.reload(&self.client).map(Message::Mailbox));
                }
            }
            Screen::Mailbox => tasks.push(self.mailbox.reload(&self.client).map(Message::Mailbox)),
            Screen::Setup(_) | Screen::Settings(_) => {
                // The list is reloaded when the mailbox shows again.
                tasks.push(self.mailbox.reload(&self.client).map(Message::Mailbox));
            }
        }
        Task::batch(tasks)
    }

    fn set_unread(&mut self, counts: &[(AccountId, u64)]) {
        for entry in &mut self.accounts {
            entry.unread = counts
                .iter()
                .find(|(id, _)| *id == entry.account.id)
                .map_or(0, |(_, n)| *n);
        }
    }

    fn controller(&self, id: AccountId) -> Option<&worker::Controller> {
        self.accounts
            .iter()
            .find(|a| a.account.id == id)?
            .status
            .controller
            .as_ref()
    }

    fn open_setup(&mut self, setup: Setup, from_settings: bool) {
        self.setup_from_settings = from_settings;
        self.screen = Screen::Setup(Box::new(setup));
    }

    fn fetch_now(&self) {
        let only = match self.mailbox.place {
            Place::Inbox(id) => Some(id),
            Place::AllInboxes | Place::Trash => None,
        };
        for entry in &self.accounts {
            if only.is_none_or(|id| id == entry.account.id)
                && let Some(controller) = &entry.status.controller
            {
                controller.fetch_now();
            }
        }
    }

    fn mailbox_event(&mut self, event: mailbox::Event) -> Task<Message> {
        match event {
            mailbox::Event::FetchNow => self.fetch_now(),
            mailbox::Event::Cancel(id) => {
                if let Some(controller) = self.controller(id) {
                    controller.cancel();
                }
            }
            mailbox::Event::AddAccount => self.open_setup(Setup::new(), false),
            mailbox::Event::OpenSettings => self.screen = Screen::Settings(Settings::new()),
            mailbox::Event::CountsChanged => return self.load_unread_counts(),
        }
        Task::none()
    }

    fn settings_event(&mut self, event: settings::Event) -> Task<Message> {
        match event {
            settings::Event::Edit(id) => {
                if let Some(entry) = self.accounts.iter().find(|a| a.account.id == id) {
                    let setup = Setup::edit(entry.account.clone(), entry.profile.clone());
                    self.open_setup(setup, true);
                }
            }
            settings::Event::Removed(_) | settings::Event::NotifyChanged(_) => return self.load(),
            settings::Event::IntervalChanged(id) => {
                if let Some(controller) = self.controller(id) {
                    controller.reschedule();
                }
                return self.load();
            }
            settings::Event::Theme(choice) => {
                self.theme = choice;
                let client = self.client.clone();
                return Task::perform(
                    async move {
                        client
                            .call(move |store| store.set_app_setting(THEME_SETTING, choice.as_str()))
                            .await
                    },
                    Message::Saved,
                );
            }
            settings::Event::Language(choice) => {
                match &choice {
                    Some(language) => crate::i18n::select(Some(language)),
                    None => crate::i18n::init(None),
                };
                let value = choice.as_ref().map(ToString::to_string).unwrap_or_default();
                self.language = choice;
                let client = self.client.clone();
                return Task::perform(
                    async move {
                        client
                            .call(move |store| store.set_app_setting(LANGUAGE_SETTING, &value))
                            .await
                    },
                    Message::Saved,
                );
            }
            settings::Event::Close => {
                self.screen = if self.accounts.is_empty() {
                    Screen::Welcome
                } else {
                    Screen::Mailbox
                };
            }
        }
        Task::none()
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if shortcut == Shortcut::Quit {
            return self.close();
        }
        if !matches!(self.screen, Screen::Mailbox) {
            return Task::none();
        }
        let message = match shortcut {
            Shortcut::Move(delta) => mailbox::Message::Move(delta),
            Shortcut::Open => mailbox::Message::OpenCursor,
            Shortcut::Delete if self.mailbox.place == Place::Trash => return Task::none(),
            Shortcut::Delete => mailbox::Message::DeleteSelected,
            Shortcut::Search => mailbox::Message::FocusSearch,
            Shortcut::FetchNow => mailbox::Message::FetchNow,
            Shortcut::Quit => return Task::none(),
        };
        self.update(Message::Mailbox(message))
    }

    /// Closes the app once no fetch is midway: running fetches are asked
    /// to stop at a safe point (their downloaded mail committed), and the
    /// app exits when the last one reports, or after [`CLOSE_GRACE`].
    fn close(&mut self) -> Task<Message> {
        let fetching: Vec<_> = self
            .accounts
            .iter()
            .filter(|entry| entry.status.fetching)
            .filter_map(|entry| entry.status.controller.clone())
            .collect();
        if fetching.is_empty() {
            return iced::exit();
        }
        if self.closing {
            return Task::none();
        }
        self.closing = true;
        for controller in fetching {
            controller.stop();
        }
        Task::perform(tokio::time::sleep(CLOSE_GRACE), |()| Message::CloseAnyway)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let screen = self.screen_view();
        if !self.closing {
            return screen;
        }
        iced::widget::column![
            iced::widget::container(iced::widget::text(crate::t!("app-closing")))
                .padding(style::space::S)
                .width(iced::Fill)
                .style(style::flat_card),
            screen,
        ]
        .into()
    }

    fn screen_view(&self) -> Element<'_, Message> {
        match &self.screen {
            Screen::Loading => iced::widget::Space::new().into(),
            Screen::Welcome => welcome::view(self.demo_starting, self.notice.as_deref()).map(Message::Welcome),
            Screen::Setup(setup) => setup.view().map(Message::Setup),
            Screen::Mailbox => self.mailbox.view(&self.accounts).map(Message::Mailbox),
            Screen::Settings(settings) => settings
                .view(&self.accounts, self.theme, self.language.as_ref())
                .map(Message::Settings),
        }
    }
}

/// Brings the window to the front (un-minimized, focused), for a second
/// `postie` started on the same data directory.
fn raise_window() -> Task<Message> {
    iced::window::oldest().then(|id| match id {
        Some(id) => Task::batch([
            iced::window::minimize(id, false),
            iced::window::gain_focus(id),
            iced::window::request_user_attention(id, Some(iced::window::UserAttention::Informational)),
        ]),
        None => Task::none(),
    })
}

async fn start_demo(data_dir: PathBuf) -> Result<DemoServer, String> {
    let (server, _account) = crate::demo::start(&data_dir).await.map_err(|e| e.to_string())?;
    Ok(DemoServer(Arc::new(server)))
}
