//! Settings: each account (edit, remove, how often it is checked) and the
//! theme.

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
        match self.0 {
            0 => f.write_str("Only when I ask"),
            1 => f.write_str("Every minute"),
            60 => f.write_str("Every hour"),
            m if m % 60 == 0 => write!(f, "Every {} hours", m / 60),
            m => write!(f, "Every {m} minutes"),
        }
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
    Theme(ThemeChoice),
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Edit(AccountId),
    Removed(AccountId),
    IntervalChanged(AccountId),
    Theme(ThemeChoice),
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
            Message::Removed(Err(error)) | Message::IntervalSaved(Err(error)) => self.error = Some(error),
            Message::Interval(id, interval) => {
                let client = client.clone();
                return (
                    Task::perform(
                        async move {
                            client
                                .call(move |store| {
                                    let mut profile = store.account_profile(id)?;
                                    profile.check_interval_minutes = interval.0;
                                    store.set_account_profile(id, &profile)?;
                                    Ok(id)
                                })
                                .await
                        },
                        Message::IntervalSaved,
                    ),
                    None,
                );
            }
            Message::IntervalSaved(Ok(id)) => return (Task::none(), Some(Event::IntervalChanged(id))),
            Message::Theme(choice) => return (Task::none(), Some(Event::Theme(choice))),
            Message::Close => return (Task::none(), Some(Event::Close)),
        }
        (Task::none(), None)
    }

    pub fn view<'a>(&'a self, accounts: &'a [AccountEntry], theme: ThemeChoice) -> Element<'a, Message> {
        let mut list = column![text("Accounts").size(size::LEAD).font(style::STRONG_FONT)].spacing(space::M);
        if accounts.is_empty() {
            list = list.push(text("No accounts yet.").style(style::muted));
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
                                text(format!(
                                    "{} on {}:{} · {}",
                                    settings.username, settings.host, settings.port, settings.policy
                                ))
                                .size(size::SMALL)
                                .style(style::muted),
                            ]
                            .spacing(space::XS)
                            .width(Length::Fill),
                            button(text("Edit"))
                                .padding([space::XS, space::M])
                                .style(style::secondary_button)
                                .on_press(Message::Edit(id)),
                            button(text("Remove"))
                                .padding([space::XS, space::M])
                                .style(style::secondary_button)
                                .on_press(Message::AskRemove(id)),
                        ]
                        .spacing(space::S)
                        .align_y(Alignment::Center),
                        row![
                            text("Check for mail").size(size::SMALL),
                            pick_list(options, Some(interval), move |i| Message::Interval(id, i))
                                .text_size(size::SMALL),
                        ]
                        .spacing(space::M)
                        .align_y(Alignment::Center),
                    ]
                    .spacing(space::M),
                )
                .padding(space::L)
                .width(Length::Fill)
                .style(style::flat_card),
            );
        }
        let mut appearance = column![text("Appearance").size(size::LEAD).font(style::STRONG_FONT)].spacing(space::S);
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
                text("Settings")
                    .size(size::TITLE)
                    .font(style::STRONG_FONT)
                    .width(Length::Fill),
                button(text("Done"))
                    .padding([space::S, space::L])
                    .style(style::primary_button)
                    .on_press(Message::Close),
            ]
            .align_y(Alignment::Center),
            list,
            appearance,
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
        text(format!("Remove {name}?"))
            .size(size::TITLE)
            .font(style::STRONG_FONT),
        text("Postie stops checking this account. Nothing on the server is touched."),
        checkbox(keep_mail)
            .label("Keep its messages on this computer")
            .on_toggle(Message::KeepMail),
        row![
            Space::new().width(Length::Fill),
            button(text("Cancel"))
                .padding([space::S, space::L])
                .style(style::secondary_button)
                .on_press(Message::Remove(false)),
            button(text("Remove account"))
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
