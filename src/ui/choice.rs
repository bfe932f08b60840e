//! One option of a set, drawn as a radio button whose whole row (label and
//! explanation) can be clicked. iced's own radio draws its label without
//! exposing it to widget operations, so it cannot be found by its words;
//! a button can, by people and by tests alike.

use iced::widget::{Space, button, column, container, row, text};
use iced::{Alignment, Background, Border, Element, Length, Theme};

use crate::ui::style::{self, size, space};

const DOT: f32 = 16.0;

/// An option labelled `label`, with an optional one-sentence explanation
/// below it; `on_select` when clicked.
pub fn choice<'a, Message: Clone + 'a>(
    label: impl text::IntoFragment<'a>,
    explanation: Option<String>,
    selected: bool,
    on_select: Message,
) -> Element<'a, Message> {
    option(label, explanation, selected, Some(on_select))
}

/// An option that cannot be chosen now: drawn muted, and clicking it does
/// nothing. The explanation says why.
pub fn unavailable_choice<'a, Message: Clone + 'a>(
    label: impl text::IntoFragment<'a>,
    explanation: Option<String>,
) -> Element<'a, Message> {
    option(label, explanation, false, None)
}

fn option<'a, Message: Clone + 'a>(
    label: impl text::IntoFragment<'a>,
    explanation: Option<String>,
    selected: bool,
    on_select: Option<Message>,
) -> Element<'a, Message> {
    let available = on_select.is_some();
    let label = text(label).size(size::BODY);
    let mut words = column![if available { label } else { label.style(style::muted) }].spacing(2);
    if let Some(explanation) = explanation {
        words = words.push(text(explanation).size(size::SMALL).style(style::muted));
    }
    button(
        row![indicator(selected), words]
            .spacing(space::S)
            .align_y(Alignment::Start),
    )
    .on_press_maybe(on_select)
    .padding([space::XS, space::XS])
    .width(Length::Fill)
    .style(style::icon_button)
    .into()
}

/// The round marker: a ring, filled in the middle when selected.
fn indicator<'a, Message: 'a>(selected: bool) -> Element<'a, Message> {
    let inner =
        container(Space::new().width(DOT / 2.0).height(DOT / 2.0)).style(move |theme: &Theme| container::Style {
            background: selected.then(|| Background::Color(theme.extended_palette().primary.base.color)),
            border: Border {
                radius: (DOT / 4.0).into(),
                ..Border::default()
            },
            ..container::Style::default()
        });
    container(inner)
        .center(DOT)
        .style(move |theme: &Theme| {
            let palette = theme.extended_palette();
            container::Style {
                border: Border {
                    color: if selected {
                        palette.primary.base.color
                    } else {
                        palette.background.strong.color
                    },
                    width: 1.5,
                    radius: (DOT / 2.0).into(),
                },
                ..container::Style::default()
            }
        })
        .into()
}
