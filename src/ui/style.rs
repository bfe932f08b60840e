//! How the app looks: two calm themes, one spacing scale, one type scale,
//! and the few widget styles every screen shares.

use iced::border::Radius;
use iced::theme::Palette;
use iced::widget::{button, container, text_input};
use iced::{Background, Border, Color, Font, Shadow, Theme, font};

/// The bundled UI font (Inter, OFL; assets/fonts/), so text looks the same
/// everywhere and every shipped language has its glyphs.
pub const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
pub const FONT_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

pub const UI_FONT: Font = Font::with_name("Inter");
pub const STRONG_FONT: Font = Font {
    weight: font::Weight::Semibold,
    ..Font::with_name("Inter")
};

/// Spacing scale, in logical pixels.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 16.0;
    pub const XL: f32 = 24.0;
    pub const XXL: f32 = 32.0;
}

/// Type scale.
pub mod size {
    pub const SMALL: f32 = 12.0;
    pub const BODY: f32 = 14.0;
    pub const LEAD: f32 = 16.0;
    pub const TITLE: f32 = 20.0;
    pub const HERO: f32 = 28.0;
}

/// Height of one row of the message list (the list is virtualised on it).
pub const ROW_HEIGHT: f32 = 56.0;
pub const RADIUS: f32 = 6.0;

/// Which theme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    pub fn as_str(self) -> &'static str {
        match self {
            ThemeChoice::System => "system",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> ThemeChoice {
        match text {
            "light" => ThemeChoice::Light,
            "dark" => ThemeChoice::Dark,
            _ => ThemeChoice::System,
        }
    }
}

impl std::fmt::Display for ThemeChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            ThemeChoice::System => crate::t!("settings-theme-system"),
            ThemeChoice::Light => crate::t!("settings-theme-light"),
            ThemeChoice::Dark => crate::t!("settings-theme-dark"),
        })
    }
}

pub fn light() -> Theme {
    Theme::custom(
        "Postie Light",
        Palette {
            background: Color::from_rgb8(0xFB, 0xFB, 0xFA),
            text: Color::from_rgb8(0x1F, 0x23, 0x28),
            primary: Color::from_rgb8(0x2B, 0x5F, 0xB4),
            success: Color::from_rgb8(0x2E, 0x7D, 0x4F),
            warning: Color::from_rgb8(0xB2, 0x6B, 0x00),
            danger: Color::from_rgb8(0xC0, 0x39, 0x2B),
        },
    )
}

pub fn dark() -> Theme {
    Theme::custom(
        "Postie Dark",
        Palette {
            background: Color::from_rgb8(0x1B, 0x1E, 0x22),
            text: Color::from_rgb8(0xE6, 0xE8, 0xEB),
            primary: Color::from_rgb8(0x6C, 0x9B, 0xE8),
            success: Color::from_rgb8(0x5F, 0xB8, 0x83),
            warning: Color::from_rgb8(0xE0, 0xA0, 0x3C),
            danger: Color::from_rgb8(0xE5, 0x6B, 0x5D),
        },
    )
}

fn radius() -> Radius {
    Radius::from(RADIUS)
}

/// The sidebar and other side panels: a shade off the background.
pub fn panel(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.background.weak.color.into()),
        text_color: Some(palette.background.weak.text),
        ..container::Style::default()
    }
}

/// A card that floats: dialogs.
pub fn card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.background.base.color.into()),
        border: Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: radius(),
        },
        shadow: Shadow {
            color: Color {
                a: 0.12,
                ..Color::BLACK
            },
            offset: iced::Vector::new(0.0, 2.0),
            blur_radius: 12.0,
        },
        ..container::Style::default()
    }
}

/// A flat card, for what sits in the page rather than above it (the
/// reader's header). No shadow: the software renderer computes a blurred
/// shadow pixel by pixel, in every frame the reader is drawn.
pub fn flat_card(theme: &Theme) -> container::Style {
    container::Style {
        shadow: Shadow::default(),
        ..card(theme)
    }
}

/// The dimmed backdrop behind a dialog.
pub fn backdrop(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(
            Color {
                a: 0.45,
                ..Color::BLACK
            }
            .into(),
        ),
        ..container::Style::default()
    }
}

/// A warning box (certificate problems, deceptive links).
pub fn notice(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.warning.weak.color.into()),
        text_color: Some(palette.warning.weak.text),
        border: Border {
            color: palette.warning.base.color,
            width: 1.0,
            radius: radius(),
        },
        ..container::Style::default()
    }
}

/// An error box.
pub fn error_box(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.danger.weak.color.into()),
        text_color: Some(palette.danger.weak.text),
        border: Border {
            color: palette.danger.base.color,
            width: 1.0,
            radius: radius(),
        },
        ..container::Style::default()
    }
}

/// The status bar.
pub fn status_bar(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.background.weak.color.into()),
        text_color: Some(palette.background.weak.text),
        border: Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// A list row or sidebar entry: flat, highlighted when selected.
pub fn row_button(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let background = if selected {
            Some(Background::Color(palette.primary.weak.color))
        } else {
            match status {
                button::Status::Hovered | button::Status::Pressed => {
                    Some(Background::Color(palette.background.strong.color))
                }
                _ => None,
            }
        };
        button::Style {
            background,
            text_color: if selected {
                palette.primary.weak.text
            } else {
                palette.background.base.text
            },
            border: Border {
                radius: radius(),
                ..Border::default()
            },
            ..button::Style::default()
        }
    }
}

/// The main action of a screen.
pub fn primary_button(theme: &Theme, status: button::Status) -> button::Style {
    let style = button::primary(theme, status);
    button::Style {
        border: Border {
            radius: radius(),
            ..style.border
        },
        ..style
    }
}

/// A secondary action: outlined.
pub fn secondary_button(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
    button::Style {
        background: Some(Background::Color(if hovered {
            palette.background.strong.color
        } else {
            palette.background.weak.color
        })),
        text_color: if matches!(status, button::Status::Disabled) {
            palette.background.strong.text.scale_alpha(0.5)
        } else {
            palette.background.base.text
        },
        border: Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: radius(),
        },
        ..button::Style::default()
    }
}

/// A dangerous action (empty Trash, remove an account).
pub fn danger_button(theme: &Theme, status: button::Status) -> button::Style {
    let style = button::danger(theme, status);
    button::Style {
        border: Border {
            radius: radius(),
            ..style.border
        },
        ..style
    }
}

/// A borderless icon button.
pub fn icon_button(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    button::Style {
        background: match status {
            button::Status::Hovered | button::Status::Pressed => {
                Some(Background::Color(palette.background.strong.color))
            }
            _ => None,
        },
        text_color: palette.background.base.text,
        border: Border {
            radius: radius(),
            ..Border::default()
        },
        ..button::Style::default()
    }
}

pub fn input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let style = text_input::default(theme, status);
    text_input::Style {
        border: Border {
            radius: radius(),
            ..style.border
        },
        ..style
    }
}

/// Secondary text: dates, sizes, explanations.
pub fn muted(theme: &Theme) -> iced::widget::text::Style {
    let palette = theme.extended_palette();
    iced::widget::text::Style {
        color: Some(palette.background.base.text.scale_alpha(0.65)),
    }
}

pub fn danger_text(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(theme.extended_palette().danger.base.color),
    }
}

pub fn success_text(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(theme.extended_palette().success.base.color),
    }
}

pub fn link_text(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(theme.extended_palette().primary.base.color),
    }
}
