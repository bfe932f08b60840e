//! The reader pane: one message's header, its readable text (links shown
//! with their real targets; nothing remote is ever fetched), attachments,
//! and the raw source.

use iced::widget::scrollable::Viewport;
use iced::widget::{Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use super::Message;
use super::pieces::Pieces;
use crate::mail::Readable;
use crate::store::{Folder, MessageSummary};
use crate::ui::format;
use crate::ui::icons::{Icon, accent_icon, icon};
use crate::ui::style::{self, size, space};

/// Longest source shown in the window; the whole of it can be saved.
const MAX_SOURCE_CHARS: usize = 512 * 1024;

/// An opened message.
#[derive(Debug, Clone)]
pub struct Opened {
    pub summary: MessageSummary,
    pub readable: Readable,
    /// The raw message as text, for "View source" (lossy, cleaned, capped).
    pub source: String,
    /// The body and the source, shown a part at a time.
    pub body_pieces: Pieces,
    pub source_pieces: Pieces,
}

impl Opened {
    pub fn new(summary: MessageSummary, raw: &[u8]) -> Opened {
        let readable = crate::mail::readable(raw);
        let source = crate::text::multi_line(&String::from_utf8_lossy(&raw[..raw.len().min(MAX_SOURCE_CHARS)]));
        Opened {
            summary,
            body_pieces: Pieces::new(&readable.body),
            source_pieces: Pieces::new(&source),
            readable,
            source,
        }
    }
}

pub struct Reader {
    pub opened: Opened,
    pub show_source: bool,
    /// The last save's outcome, in one sentence.
    pub note: Option<String>,
}

impl Reader {
    /// The reader scrolled: near the end, more of a long text is shown.
    pub fn scrolled(&mut self, viewport: &Viewport) {
        if viewport.relative_offset().y >= 0.75 {
            self.show_more();
        }
    }

    pub fn show_more(&mut self) {
        if self.show_source {
            self.opened.source_pieces.show_more();
        } else {
            self.opened.body_pieces.show_more();
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let message = &self.opened.summary;
        let readable = &self.opened.readable;
        let toolbar = row![
            tool(
                if message.starred { Icon::StarFilled } else { Icon::Star },
                if message.starred {
                    crate::t!("reader-unstar")
                } else {
                    crate::t!("reader-star")
                },
                Message::ToggleStar(message.id)
            ),
            tool(
                Icon::Mail,
                if message.unread {
                    crate::t!("reader-mark-read")
                } else {
                    crate::t!("reader-mark-unread")
                },
                Message::ToggleRead(message.id)
            ),
            if message.folder == Folder::Trash {
                tool(
                    Icon::Restore,
                    crate::t!("mailbox-restore-button"),
                    Message::RestoreSelected,
                )
            } else {
                tool(Icon::Trash, crate::t!("mailbox-delete-button"), Message::DeleteSelected)
            },
            Space::new().width(Length::Fill),
            tool(
                Icon::Code,
                if self.show_source {
                    crate::t!("reader-show-message")
                } else {
                    crate::t!("reader-view-source")
                },
                Message::ToggleSource
            ),
            tool(Icon::Save, crate::t!("reader-save-eml"), Message::SaveEml),
        ]
        .spacing(space::XS)
        .align_y(Alignment::Center);

        let from = if message.from_name.is_empty() {
            message.from_address.clone()
        } else {
            format!("{} <{}>", message.from_name, message.from_address)
        };
        let field = |label: String, value: String| {
            row![
                text(label)
                    .size(size::SMALL)
                    .width(Length::Fixed(56.0))
                    .style(style::muted),
                text(value).size(size::SMALL)
            ]
            .spacing(space::S)
        };
        let subject = if message.subject.is_empty() {
            crate::t!("mailbox-no-subject")
        } else {
            message.subject.clone()
        };
        let mut header = column![
            text(subject).size(size::TITLE).font(style::STRONG_FONT),
            field(crate::t!("reader-from"), from)
        ]
        .spacing(space::XS);
        if !message.to.is_empty() {
            header = header.push(field(crate::t!("reader-to"), message.to.clone()));
        }
        if !message.cc.is_empty() {
            header = header.push(field(crate::t!("reader-cc"), message.cc.clone()));
        }
        if let Some(date) = message.date {
            header = header.push(field(crate::t!("reader-date"), format::full_date(date)));
        }
        if message.starred {
            header = header.push(
                row![
                    accent_icon(Icon::StarFilled, 14.0),
                    text(crate::t!("reader-starred")).size(size::SMALL)
                ]
                .spacing(space::XS),
            );
        }

        let mut notes = column![].spacing(space::S);
        if !message.complete {
            // The id is part of a command: never grouped as a number.
            let id = message.id.to_string();
            notes = notes.push(notice(crate::t!("reader-headers-only", id = id)));
        }
        if message.parse_failed {
            notes = notes.push(notice(crate::t!("reader-unreadable")));
        }
        if readable.truncated {
            notes = notes.push(notice(crate::t!("reader-truncated")));
        }
        if let Some(note) = &self.note {
            notes = notes.push(text(note.as_str()).size(size::SMALL).style(style::muted));
        }

        let body: Element<'_, Message> = if self.show_source {
            pieces(&self.opened.source, &self.opened.source_pieces, size::SMALL)
        } else {
            let mut body = column![pieces(&readable.body, &self.opened.body_pieces, size::BODY)].spacing(space::L);
            if readable.from_html {
                body = body.push(
                    text(crate::t!("reader-html-note"))
                        .size(size::SMALL)
                        .style(style::muted),
                );
            }
            if !readable.links.is_empty() {
                let mut links = column![
                    text(crate::t!("reader-links"))
                        .size(size::SMALL)
                        .font(style::STRONG_FONT)
                ]
                .spacing(space::XS);
                for (number, link) in readable.links.iter().enumerate() {
                    let mut line = row![
                        text(format!("[{}]", number + 1)).size(size::SMALL).style(style::muted),
                        text(link.target.as_str()).size(size::SMALL).style(style::link_text),
                    ]
                    .spacing(space::S);
                    if link.deceptive {
                        line = line.push(
                            text(crate::t!("reader-link-deceptive", text = link.text.as_str()))
                                .size(size::SMALL)
                                .style(style::danger_text),
                        );
                    }
                    links = links.push(line);
                }
                body = body.push(links);
            }
            body.into()
        };

        let mut attachments = column![].spacing(space::XS);
        if !readable.attachments.is_empty() {
            let attachment_count: i64 = i64::try_from(readable.attachments.len()).unwrap_or(i64::MAX);
            let mut title = row![
                icon(Icon::Paperclip, 16.0),
                text(crate::t!("reader-attachments", count = attachment_count))
                    .size(size::SMALL)
                    .font(style::STRONG_FONT),
                Space::new().width(Length::Fill),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center);
            if readable.attachments.len() > 1 {
                title = title.push(
                    button(text(crate::t!("reader-save-all")).size(size::SMALL))
                        .padding([space::XS, space::M])
                        .style(style::secondary_button)
                        .on_press(Message::SaveAllAttachments),
                );
            }
            attachments = attachments.push(title);
            for attachment in &readable.attachments {
                let name = if attachment.name.is_empty() {
                    crate::t!("reader-no-name")
                } else {
                    attachment.name.clone()
                };
                attachments = attachments.push(
                    row![
                        text(name).size(size::SMALL).width(Length::Fill),
                        text(attachment.content_type.as_str())
                            .size(size::SMALL)
                            .style(style::muted),
                        text(format::size(attachment.size as u64))
                            .size(size::SMALL)
                            .style(style::muted),
                        button(text(crate::t!("reader-save-attachment")).size(size::SMALL))
                            .padding([space::XS, space::M])
                            .style(style::secondary_button)
                            .on_press(Message::SaveAttachment(attachment.index)),
                    ]
                    .spacing(space::M)
                    .align_y(Alignment::Center),
                );
            }
        }

        let content = column![
            toolbar,
            container(header)
                .padding(space::L)
                .width(Length::Fill)
                .style(style::flat_card),
            notes
        ]
        .push(attachments)
        .push(container(body).padding([space::S, space::XS]))
        .spacing(space::M)
        .padding(space::L);
        scrollable(content)
            .height(Length::Fill)
            .on_scroll(Message::ReaderScrolled)
            .into()
    }
}

/// The shown pieces of a long text, one text widget each, and a button for
/// the rest when there is more.
fn pieces<'a>(whole: &'a str, pieces: &Pieces, font_size: f32) -> Element<'a, Message> {
    // A blank line between paragraphs: the default line height is 1.3.
    let gap = font_size * 1.3;
    let mut column = column![];
    for piece in pieces.shown() {
        if piece.gap_before {
            column = column.push(Space::new().height(gap));
        }
        column = column.push(text(&whole[piece.range.clone()]).size(font_size));
    }
    if pieces.has_more() {
        column = column.push(Space::new().height(gap)).push(
            button(text(crate::t!("reader-show-more")).size(size::SMALL))
                .padding([space::XS, space::M])
                .style(style::secondary_button)
                .on_press(Message::ShowMore),
        );
    }
    column.into()
}

fn tool<'a>(glyph: Icon, label: String, message: Message) -> Element<'a, Message> {
    button(
        row![icon(glyph, 16.0), text(label).size(size::SMALL)]
            .spacing(space::XS)
            .align_y(Alignment::Center),
    )
    .padding([space::XS, space::S])
    .style(style::icon_button)
    .on_press(message)
    .into()
}

fn notice<'a>(sentence: String) -> Element<'a, Message> {
    container(row![icon(Icon::Alert, 16.0), text(sentence).size(size::SMALL)].spacing(space::S))
        .padding(space::S)
        .width(Length::Fill)
        .style(style::notice)
        .into()
}
