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
    std::fs::create_dir_all(data_dir)
        .map_err(|e| format!("Postie could not create its data folder {} ({e}).", data_dir.display()))?;
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
            size: iced::Size::new(1200.0, 780.0),
            min_size: Some(iced::Size::new(720.0, 480.0)),
            platform_specific: iced::window::settings::PlatformSpecific {
                application_id: crate::desktop::APP_ID.to_owned(),
                ..Default::default()
            },
            ..Default::default()
        })
        .run()
        .map_err(|e| format!("The window could not open ({e})."))
}
