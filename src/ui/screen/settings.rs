//! Settings: each account (edit, remove, how often it is checked), the
//! theme and the language.

use i18n_embed::unic_langid::LanguageIdentifier;
use iced::widget::{
    Space, button, center, checkbox, column, container, opaque, pick_list, row, scrollable, stack, text,
};
use iced::{Alignment, Element, Length, Task};

use crate::store::AccountId;
use crate::ui::accounts::AccountEntry;
use crate::ui::choice::choice;
use crate::ui::data::StoreClient;
use crate::ui::style::{self, ThemeChoice, size, space};

/// A check interval as the list offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval(pub u32);

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self.0 {
            0 => crate::t!("settings-interval-manual"),
            m if m % 60 == 0 => {
                let hours: u32 = m / 60;
                crate::t!("settings-interval-hours", hours = hours)
            }
            m => {
                let minutes: u32 = m;
                crate::t!("settings-interval-minutes", minutes = minutes)
            }
        };
        f.write_str(&words)
    }
}

const INTERVALS: [Interval; 8] = [
    Interval(0),
    Interval(5),
    Interval(10),
    Interval(15),
    Interval(30),
    Interval(60),
    Interval(120),
    Interval(240),
];

#[derive(Debug, Clone)]
pub enum Message {
    Edit(AccountId),
    AskRemove(AccountId),
    KeepMail(bool),
    Remove(bool),
    Removed(Result<AccountId, String>),
    Interval(AccountId, Interval),
    IntervalSaved(Result<AccountId, String>),
    /// The account's new-mail notifications turned on or off.
    Notify(AccountId, bool),
    NotifySaved(Result<AccountId, String>),
    Theme(ThemeChoice),
    /// A language we ship, or `None` to follow the system.
    Language(Option<LanguageIdentifier>),
    Close,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Edit(AccountId),
    Removed(AccountId),
    IntervalChanged(AccountId),
    NotifyChanged(AccountId),
    Theme(ThemeChoice),
    /// A language we ship, or `None` to follow the system.
    Language(Option<LanguageIdentifier>),
    Close,
}

#[derive(Debug, Default)]
pub struct Settings {
    removing: Option<AccountId>,
    keep_mail: bool,
    error: Option<String>,
}

impl Settings {
    pub fn new() -> Settings {
        Settings {
            removing: None,
            keep_mail: true,
            error: None,
        }
    }

    pub fn update(
        &mut self,
        message: Message,
        client: &StoreClient,
        accounts: &[AccountEntry],
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Edit(id) => return (Task::none(), Some(Event::Edit(id))),
            Message::AskRemove(id) => {
                self.removing = Some(id);
                self.keep_mail = true;
            }
            Message::KeepMail(keep) => self.keep_mail = keep,
            Message::Remove(false) => self.removing = None,
            Message::Remove(true) => {
                let Some(id) = self.removing.take() else {
                    return (Task::none(), None);
                };
                let keep = self.keep_mail;
                let keyring_key = accounts
                    .iter()
                    .find(|a| a.account.id == id)
                    .filter(|a| {
                        a.account.settings.password == crate::account::PasswordSource::Keyring && !a.profile.demo
                    })
                    .map(|a| a.account.keyring_key.clone());
                let client = client.clone();
                return (
                    Task::perform(
                        async move {
                            client.call(move |store| store.remove_account(id, keep)).await?;
                            if let Some(key) = keyring_key {
                                // The account is gone either way; an
                                // unreachable keyring only leaves an orphan.
                                let _ = tokio::task::spawn_blocking(move || crate::secrets::keyring_delete(&key)).await;
                            }
                            Ok(id)
                        },
                        Message::Removed,
                    ),
                    None,
                );
            }
            Message::Removed(Ok(id)) => return (Task::none(), Some(Event::Removed(id))),
            Message::Removed(Err(error)) | Message::IntervalSaved(Err(error)) | Message::NotifySaved(Err(error)) => {
                self.error = Some(error)
            }
            Message::Notify(id, on) => {
                let save = change_profile(client, id, move |profile| profile.notify_new_mail = on);
                return (save.map(Message::NotifySaved), None);
            }
            Message::NotifySaved(Ok(id)) => return (Task::none(), Some(Event::NotifyChanged(id))),
            Message::Interval(id, interval) => {
                let save = change_profile(client, id, move |profile| profile.check_interval_minutes = interval.0);
                return (save.map(Message::IntervalSaved), None);
            }
            Message::IntervalSaved(Ok(id)) => return (Task::none(), Some(Event::IntervalChanged(id))),
            Message::Theme(choice) => return (Task::none(), Some(Event::Theme(choice))),
            Message::Language(choice) => return (Task::none(), Some(Event::Language(choice))),
            Message::Close => return (Task::none(), Some(Event::Close)),
        }
        (Task::none(), None)
    }

    /// The page; `language` is the language setting (`None`: the system's).
    pub fn view<'a>(
        &'a self,
        accounts: &'a [AccountEntry],
        theme: ThemeChoice,
        language: Option<&LanguageIdentifier>,
    ) -> Element<'a, Message> {
        let mut list = column![
            text(crate::t!("settings-accounts-heading"))
                .size(size::LEAD)
                .font(style::STRONG_FONT)
        ]
        .spacing(space::M);
        if accounts.is_empty() {
            list = list.push(text(crate::t!("settings-no-accounts")).style(style::muted));
        }
        for entry in accounts {
            let settings = &entry.account.settings;
            let interval = Interval(entry.profile.check_interval_minutes);
            let mut options = INTERVALS.to_vec();
            if !options.contains(&interval) {
                options.push(interval);
            }
            let id = entry.account.id;
            list = list.push(
                container(
                    column![
                        row![
                            column![
                                text(entry.label()).font(style::STRONG_FONT),
                                text(crate::t!(
                                    "settings-account-summary",
                                    username = settings.username.as_str(),
                                    host = settings.host.as_str(),
                                    port = settings.port.to_string(),
                                    policy = settings.policy.to_string()
                                ))
                                .size(size::SMALL)
                                .style(style::muted),
                            ]
                            .spacing(space::XS)
                            .width(Length::Fill),
                            button(text(crate::t!("settings-edit-button")))
                                .padding([space::XS, space::M])
                                .style(style::secondary_button)
                                .on_press(Message::Edit(id)),
                            button(text(crate::t!("settings-remove-button")))
                                .padding([space::XS, space::M])
                                .style(style::secondary_button)
                                .on_press(Message::AskRemove(id)),
                        ]
                        .spacing(space::S)
                        .align_y(Alignment::Center),
                        row![
                            text(crate::t!("settings-check-for-mail")).size(size::SMALL),
                            pick_list(options, Some(interval), move |i| Message::Interval(id, i))
                                .text_size(size::SMALL),
                        ]
                        .spacing(space::M)
                        .align_y(Alignment::Center),
                        checkbox(entry.profile.notify_new_mail)
                            .label(crate::t!("settings-notify-new-mail"))
                            .text_size(size::SMALL)
                            .on_toggle(move |on| Message::Notify(id, on)),
                    ]
                    .spacing(space::M),
                )
                .padding(space::L)
                .width(Length::Fill)
                .style(style::flat_card),
            );
        }
        let mut appearance = column![
            text(crate::t!("settings-appearance-heading"))
                .size(size::LEAD)
                .font(style::STRONG_FONT)
        ]
        .spacing(space::S);
        for option in ThemeChoice::ALL {
            appearance = appearance.push(choice(
                option.to_string(),
                None,
                option == theme,
                Message::Theme(option),
            ));
        }
        let mut page = column![
            row![
                text(crate::t!("settings-title"))
                    .size(size::TITLE)
                    .font(style::STRONG_FONT)
                    .width(Length::Fill),
                button(text(crate::t!("settings-done-button")))
                    .padding([space::S, space::L])
                    .style(style::primary_button)
                    .on_press(Message::Close),
            ]
            .align_y(Alignment::Center),
            list,
            appearance,
            language_section(language),
        ]
        .spacing(space::XL)
        .max_width(720);
        if let Some(error) = &self.error {
            page = page.push(
                container(text(error.as_str()))
                    .padding(space::M)
                    .style(style::error_box),
            );
        }
        let page = scrollable(container(page).padding(space::XXL).center_x(Length::Fill)).height(Length::Fill);
        match self.removing {
            Some(id) => {
                let name = accounts
                    .iter()
                    .find(|a| a.account.id == id)
                    .map(AccountEntry::label)
                    .unwrap_or_default();
                stack![page, remove_dialog(name, self.keep_mail)].into()
            }
            None => page.into(),
        }
    }
}

fn remove_dialog<'a>(name: String, keep_mail: bool) -> Element<'a, Message> {
    let dialog = column![
        text(crate::t!("settings-remove-title", account = name))
            .size(size::TITLE)
            .font(style::STRONG_FONT),
        text(crate::t!("settings-remove-explanation")),
        checkbox(keep_mail)
            .label(crate::t!("settings-remove-keep-mail"))
            .on_toggle(Message::KeepMail),
        row![
            Space::new().width(Length::Fill),
            button(text(crate::t!("settings-remove-cancel")))
                .padding([space::S, space::L])
                .style(style::secondary_button)
                .on_press(Message::Remove(false)),
            button(text(crate::t!("settings-remove-confirm")))
                .padding([space::S, space::L])
                .style(style::danger_button)
                .on_press(Message::Remove(true)),
        ]
        .spacing(space::M),
    ]
    .spacing(space::L)
    .max_width(480);
    opaque(center(container(dialog).padding(space::XL).style(style::card)).style(style::backdrop))
}

/// The language choice: the system's first, then each language we ship by
/// its own name. `setting` is the chosen language, `None` for the system's.
fn language_section<'a>(setting: Option<&LanguageIdentifier>) -> Element<'a, Message> {
    let available = crate::i18n::available();
    // The language "System" means: the system's, if we ship it, else the
    // fallback (English, listed first).
    let system = crate::i18n::from_environment(|name| std::env::var(name).ok())
        .and_then(|wanted| crate::i18n::best_match(&wanted))
        .or_else(|| available.first().cloned());
    let system_name = system.as_ref().map(crate::i18n::native_name).unwrap_or_default();
    let mut section = column![
        text(crate::t!("settings-language-heading"))
            .size(size::LEAD)
            .font(style::STRONG_FONT),
        choice(
            crate::t!("settings-language-system", language = system_name),
            None,
            setting.is_none(),
            Message::Language(None),
        ),
    ]
    .spacing(space::S);
    for language in available {
        let selected = setting == Some(&language);
        section = section.push(choice(
            crate::i18n::native_name(&language),
            None,
            selected,
            Message::Language(Some(language)),
        ));
    }
    section.into()
}

/// Changes one thing in an account's profile, on the store thread.
fn change_profile(
    client: &StoreClient,
    id: AccountId,
    change: impl FnOnce(&mut crate::store::AccountProfile) + Send + 'static,
) -> Task<Result<AccountId, String>> {
    let client = client.clone();
    Task::perform(
        async move {
            client
                .call(move |store| {
                    let mut profile = store.account_profile(id)?;
                    change(&mut profile);
                    store.set_account_profile(id, &profile)?;
                    Ok(id)
                })
                .await
        },
        std::convert::identity,
    )
}
