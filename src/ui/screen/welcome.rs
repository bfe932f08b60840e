//! The first screen: add an account, or look around with sample mail.

use iced::widget::{button, center, column, container, row, text};
use iced::{Alignment, Element, Length};

use crate::t;
use crate::ui::icons::{Icon, icon, on_primary_icon};
use crate::ui::style::{self, size, space};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    AddAccount,
    TrySampleMail,
}

/// What the app should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    AddAccount,
    TrySampleMail,
}

pub fn update(message: Message) -> Event {
    match message {
        Message::AddAccount => Event::AddAccount,
        Message::TrySampleMail => Event::TrySampleMail,
    }
}

pub fn view<'a>(busy: bool, error: Option<&'a str>) -> Element<'a, Message> {
    let add = button(
        row![
            on_primary_icon(Icon::Plus, 18.0),
            text(t!("welcome-add-account-button")).size(size::LEAD)
        ]
        .spacing(space::S),
    )
    .padding([space::M, space::XL])
    .style(style::primary_button)
    .on_press_maybe((!busy).then_some(Message::AddAccount));
    let sample = button(
        row![
            icon(Icon::Mail, 18.0),
            text(t!("welcome-sample-mail-button")).size(size::LEAD)
        ]
        .spacing(space::S),
    )
    .padding([space::M, space::XL])
    .style(style::secondary_button)
    .on_press_maybe((!busy).then_some(Message::TrySampleMail));
    let mut content = column![
        icon(Icon::Inbox, 56.0),
        text(t!("welcome-title")).size(size::HERO).font(style::STRONG_FONT),
        text(t!("welcome-intro"))
            .size(size::LEAD)
            .width(Length::Fixed(460.0))
            .align_x(Alignment::Center),
        row![add, sample].spacing(space::M),
        text(t!("welcome-sample-mail-note"))
            .size(size::SMALL)
            .style(style::muted),
    ]
    .spacing(space::XL)
    .align_x(Alignment::Center);
    if let Some(error) = error {
        content = content.push(container(text(error)).padding(space::M).style(style::error_box));
    }
    center(content).into()
}
