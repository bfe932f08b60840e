//! The app's icons: small SVGs drawn for Postie (assets/icons/), tinted
//! with the theme's text colour.

use iced::widget::svg::{self, Svg};
use iced::{Color, Element, Length, Theme};

macro_rules! icons {
    ($($name:ident => $file:literal),* $(,)?) => {
        /// One of the app's icons.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Icon { $($name),* }

        impl Icon {
            fn bytes(self) -> &'static [u8] {
                match self {
                    $(Icon::$name => include_bytes!(concat!("../../assets/icons/", $file))),*
                }
            }
        }
    };
}

icons! {
    Activity => "activity.svg",
    Alert => "alert.svg",
    Check => "check.svg",
    Close => "close.svg",
    Code => "code.svg",
    Inbox => "inbox.svg",
    Layers => "layers.svg",
    Lock => "lock.svg",
    Mail => "mail.svg",
    Paperclip => "paperclip.svg",
    Plus => "plus.svg",
    Refresh => "refresh.svg",
    Restore => "restore.svg",
    Save => "save.svg",
    Search => "search.svg",
    Settings => "settings.svg",
    Star => "star.svg",
    StarFilled => "star-filled.svg",
    Trash => "trash.svg",
}

/// An icon of `size` pixels in the text colour.
pub fn icon<'a, Message: 'a>(icon: Icon, size: f32) -> Element<'a, Message> {
    tinted(icon, size, |theme| theme.extended_palette().background.base.text)
}

/// An icon in the warning colour (a star that is set, say).
pub fn accent_icon<'a, Message: 'a>(icon: Icon, size: f32) -> Element<'a, Message> {
    tinted(icon, size, |theme| theme.extended_palette().warning.base.color)
}

/// An icon on a primary button, in that button's text colour.
pub fn on_primary_icon<'a, Message: 'a>(icon: Icon, size: f32) -> Element<'a, Message> {
    tinted(icon, size, |theme| theme.extended_palette().primary.base.text)
}

fn tinted<'a, Message: 'a>(icon: Icon, size: f32, color: fn(&Theme) -> Color) -> Element<'a, Message> {
    Svg::new(svg::Handle::from_memory(icon.bytes()))
        .width(Length::Fixed(size))
        .height(Length::Fixed(size))
        .style(move |theme: &Theme, _status| svg::Style {
            color: Some(color(theme)),
        })
        .into()
}
