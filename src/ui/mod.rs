//! The desktop app (iced). It talks to the engine only through messages:
//! the store thread ([`data`]) for reading and changing mail, and one
//! worker per account ([`worker`]) for fetching it.

pub mod accounts;
pub mod app;
pub mod choice;
pub mod data;
pub mod dialogs;
pub mod format;
pub mod icons;
pub mod notify;
pub mod raise;
pub mod screen;
pub mod shortcuts;
pub mod style;
pub mod worker;

use std::path::Path;
use std::sync::Arc;

pub use app::{App, Message, Options};

/// Opens the app's window on the store in `data_dir` and runs until it
/// closes. With `demo`, it goes straight to sample mail.
pub fn run(data_dir: &Path, demo: bool) -> Result<(), String> {
    let created = std::fs::create_dir_all(data_dir);
    // The first frame already speaks the chosen language.
    crate::i18n::init(language_setting(data_dir).as_deref());
    created.map_err(|e| {
        crate::t!(
            "app-error-data-folder",
            folder = data_dir.display().to_string(),
            error = e.to_string()
        )
    })?;
    // One app per data directory: a second one raises the first's window.
    let _instance = match crate::instance::claim(data_dir) {
        Ok(crate::instance::Claim::First(mut instance)) => {
            if let Some(listener) = instance.take_listener() {
                raise::listen_on(listener);
            }
            Some(instance)
        }
        Ok(crate::instance::Claim::AlreadyRunning { raised: true }) => {
            eprintln!(
                "{}",
                crate::t!("app-already-open", folder = data_dir.display().to_string())
            );
            return Ok(());
        }
        Ok(crate::instance::Claim::AlreadyRunning { raised: false }) => {
            return Err(crate::t!(
                "app-already-open-no-answer",
                folder = data_dir.display().to_string()
            ));
        }
        // A data directory that cannot hold a lock file will not hold the
        // store either; opening the store says why in the user's words.
        Err(error) => {
            tracing::warn!(target: "postie::ui", %error, "no single-instance lock");
            None
        }
    };
    let client = data::StoreClient::open(data_dir).map_err(|e| e.to_string())?;
    let options = Options {
        client,
        dialogs: Arc::new(dialogs::SystemDialogs),
        demo,
    };
    iced::application(move || App::new(options.clone()), App::update, App::view)
        .title(App::title)
        .subscription(App::subscription)
        .theme(App::theme)
        .font(style::FONT_REGULAR)
        .font(style::FONT_SEMIBOLD)
        .default_font(style::UI_FONT)
        .window(iced::window::Settings {
            // Closing waits for a running fetch to reach a safe point.
            exit_on_close_request: false,
            size: iced::Size::new(1200.0, 780.0),
            min_size: Some(iced::Size::new(720.0, 480.0)),
            platform_specific: iced::window::settings::PlatformSpecific {
                application_id: crate::desktop::APP_ID.to_owned(),
                ..Default::default()
            },
            ..Default::default()
        })
        .run()
        .map_err(|e| crate::t!("app-error-window", error = e.to_string()))
}

/// The language setting in the store, read before the window opens; none
/// (the system's language) when it is not set, names no language we ship,
/// or the store cannot be read (opening it for the app reports that).
fn language_setting(data_dir: &Path) -> Option<String> {
    if !data_dir.is_dir() {
        return None;
    }
    let store = crate::store::Store::open(data_dir).ok()?;
    let setting = store.app_setting(app::LANGUAGE_SETTING).ok().flatten();
    app::language_from_setting(setting.as_deref()).map(|language| language.to_string())
}
