//! The main window: the sidebar (inboxes, Trash), the message list, the
//! reader, and the status bar. Every query runs on the store thread; the
//! screen only keeps what is on screen.

mod list;
mod pieces;
mod reader;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

use iced::keyboard::Modifiers;
use iced::widget::scrollable::Viewport;
use iced::widget::{
    Space, button, center, column, container, opaque, progress_bar, row, rule, stack, text, text_input,
};
use iced::{Alignment, Element, Length, Task};

pub use list::{LIST_ID, Query};
use list::{List, PAGE};
use reader::{Opened, Reader};

use crate::store::{AccountId, Folder, MessageId, MessageSummary, SortOrder, unix_now};
use crate::sync::Phase;
use crate::ui::accounts::AccountEntry;
use crate::ui::data::StoreClient;
use crate::ui::dialogs::Dialogs;
use crate::ui::format;
use crate::ui::icons::{Icon, icon};
use crate::ui::style::{self, ROW_HEIGHT, size, space};

pub const SEARCH_ID: &str = "search";

/// What the sidebar selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    AllInboxes,
    Inbox(AccountId),
    Trash,
}

#[derive(Debug, Clone)]
pub enum Message {
    Show(Place),
    Sort(SortOrder),
    Search(String),
    Scrolled(Viewport),
    Counted(u64, Result<u64, String>),
    PageLoaded(u64, u64, Result<Vec<MessageSummary>, String>),
    RowClicked(u64, MessageId),
    Opened(MessageId, Result<Box<Opened>, String>),
    ToggleStar(MessageId),
    ToggleRead(MessageId),
    DeleteSelected,
    RestoreSelected,
    AskEmptyTrash,
    EmptyTrash(bool),
    Changed(Result<(), String>),
    ToggleSource,
    /// The reader scrolled (near its end, more of a long text is shown).
    ReaderScrolled(Viewport),
    ShowMore,
    SaveAttachment(usize),
    SaveAllAttachments,
    SaveEml,
    SaveDone(Result<String, String>),
    FetchNow,
    Cancel(AccountId),
    AddAccount,
    OpenSettings,
    /// Keyboard: move the cursor by this many rows.
    Move(i64),
    /// Keyboard: open the message under the cursor.
    OpenCursor,
    FocusSearch,
}

/// What the app must do for the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    FetchNow,
    Cancel(AccountId),
    AddAccount,
    OpenSettings,
    /// Read/unread state or folders changed: unread counts need a refresh.
    CountsChanged,
}

pub struct Mailbox {
    pub place: Place,
    sort: SortOrder,
    search: String,
    list: List,
    selected: BTreeSet<MessageId>,
    cursor: Option<u64>,
    anchor: Option<u64>,
    reader: Option<Reader>,
    confirm_empty_trash: bool,
    error: Option<String>,
}

impl Mailbox {
    pub fn new() -> Mailbox {
        Mailbox {
            place: Place::AllInboxes,
            sort: SortOrder::DateDescending,
            search: String::new(),
            list: List::default(),
            selected: BTreeSet::new(),
            cursor: None,
            anchor: None,
            reader: None,
            confirm_empty_trash: false,
            error: None,
        }
    }

    fn query(&self) -> Query {
        let (folder, account) = match self.place {
            Place::AllInboxes => (Folder::Inbox, None),
            Place::Inbox(id) => (Folder::Inbox, Some(id)),
            Place::Trash => (Folder::Trash, None),
        };
        Query {
            folder,
            account,
            sort: self.sort,
            search: self.search.clone(),
        }
    }

    /// Reloads the list from scratch (the query changed).
    pub fn reload(&mut self, client: &StoreClient) -> Task<Message> {
        self.list.reset();
        self.load(client)
    }

    /// Reloads what is on screen, keeping it visible meanwhile (new mail,
    /// changed flags).
    pub fn refresh(&mut self, client: &StoreClient) -> Task<Message> {
        self.list.refresh();
        self.load(client)
    }

    fn load(&mut self, client: &StoreClient) -> Task<Message> {
        let generation = self.list.generation;
        self.ask_list(
            client,
            |store, query| {
                if query.is_search() {
                    store.count_search(&query.search, &query.filter(0))
                } else {
                    store.count_messages(&crate::store::MessageFilter {
                        limit: None,
                        ..query.filter(0)
                    })
                }
            },
            move |count| Message::Counted(generation, count),
        )
    }

    fn load_pages(&mut self, client: &StoreClient) -> Task<Message> {
        let generation = self.list.generation;
        let tasks = self.list.pages_to_load().into_iter().map(|page| {
            self.ask_list(
                client,
                move |store, query| {
                    if query.is_search() {
                        store.search(&query.search, &query.filter(page))
                    } else {
                        store.list_messages(&query.filter(page))
                    }
                },
                move |rows| Message::PageLoaded(generation, page, rows),
            )
        });
        Task::batch(tasks)
    }

    /// Asks the store thread something about the list as it is now.
    /// Typing a query asks again at every letter: the store thread skips
    /// (answering the default) what a newer query has replaced, whose
    /// answer would be dropped anyway.
    fn ask_list<T: Default + Send + 'static>(
        &self,
        client: &StoreClient,
        ask: impl FnOnce(&mut crate::store::Store, &list::Query) -> Result<T, crate::store::StoreError> + Send + 'static,
        done: impl FnOnce(Result<T, String>) -> Message + Send + 'static,
    ) -> Task<Message> {
        let generation = self.list.generation;
        let latest = self.list.latest_generation();
        let query = self.query();
        let client = client.clone();
        Task::perform(
            async move {
                client
                    .call(move |store| {
                        if latest.load(Ordering::Relaxed) != generation {
                            return Ok(T::default());
                        }
                        ask(store, &query)
                    })
                    .await
            },
            done,
        )
    }

    pub fn update(
        &mut self,
        message: Message,
        client: &StoreClient,
        dialogs: &Dialogs,
        modifiers: Modifiers,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Show(place) => {
                self.place = place;
                self.selected.clear();
                self.cursor = None;
                self.reader = None;
                self.confirm_empty_trash = false;
                return (
                    Task::batch([
                        self.reload(client),
                        iced::widget::operation::snap_to(LIST_ID, iced::widget::operation::RelativeOffset::START),
                    ]),
                    None,
                );
            }
            Message::Sort(sort) => {
                self.sort = sort;
                return (self.reload(client), None);
            }
            Message::Search(query) => {
                self.search = query;
                return (self.reload(client), None);
            }
            Message::Scrolled(viewport) => {
                self.list.offset = viewport.absolute_offset().y;
                self.list.height = viewport.bounds().height;
                return (self.load_pages(client), None);
            }
            Message::Counted(generation, result) => {
                if generation == self.list.generation {
                    match result {
                        Ok(total) => {
                            self.list.total = Some(total);
                            self.error = None;
                            return (self.load_pages(client), None);
                        }
                        Err(error) => self.error = Some(error),
                    }
                }
            }
            Message::PageLoaded(generation, page, result) => {
                if generation == self.list.generation {
                    match result {
                        Ok(rows) => {
                            self.list.store_page(page, rows);
                            self.follow_selection();
                        }
                        Err(error) => self.error = Some(error),
                    }
                }
            }
            Message::RowClicked(index, id) => return self.click(index, id, modifiers, client),
            Message::Opened(id, result) => match result {
                Ok(opened) if self.selected.contains(&id) => {
                    let mut opened = *opened;
                    let was_unread = std::mem::replace(&mut opened.summary.unread, false);
                    self.reader = Some(Reader {
                        opened,
                        show_source: false,
                        note: None,
                    });
                    if was_unread {
                        // Opening marks read.
                        return (self.change(client, move |store| store.set_read(&[id], true)), None);
                    }
                }
                Ok(_) => {}
                Err(error) => self.error = Some(error),
            },
            Message::ToggleStar(id) => {
                let starred = self.reader.as_ref().is_some_and(|r| r.opened.summary.starred);
                if let Some(reader) = &mut self.reader {
                    reader.opened.summary.starred = !starred;
                }
                return (
                    self.change(client, move |store| store.set_starred(&[id], !starred)),
                    None,
                );
            }
            Message::ToggleRead(id) => {
                let unread = self.reader.as_ref().is_some_and(|r| r.opened.summary.unread);
                if let Some(reader) = &mut self.reader {
                    reader.opened.summary.unread = !unread;
                }
                return (self.change(client, move |store| store.set_read(&[id], unread)), None);
            }
            Message::DeleteSelected => {
                let ids: Vec<MessageId> = self.selected.iter().copied().collect();
                self.clear_selection();
                return (self.change(client, move |store| store.move_to_trash(&ids)), None);
            }
            Message::RestoreSelected => {
                let ids: Vec<MessageId> = self.selected.iter().copied().collect();
                self.clear_selection();
                return (self.change(client, move |store| store.restore(&ids)), None);
            }
            Message::AskEmptyTrash => self.confirm_empty_trash = true,
            Message::EmptyTrash(confirmed) => {
                self.confirm_empty_trash = false;
                if confirmed {
                    self.clear_selection();
                    return (self.change(client, |store| store.empty_trash(None)), None);
                }
            }
            Message::Changed(result) => {
                if let Err(error) = result {
                    self.error = Some(error);
                }
                return (self.refresh(client), Some(Event::CountsChanged));
            }
            Message::ToggleSource => {
                if let Some(reader) = &mut self.reader {
                    reader.show_source = !reader.show_source;
                }
            }
            Message::ReaderScrolled(viewport) => {
                if let Some(reader) = &mut self.reader {
                    reader.scrolled(&viewport);
                }
            }
            Message::ShowMore => {
                if let Some(reader) = &mut self.reader {
                    reader.show_more();
                }
            }
            Message::SaveAttachment(index) => return (self.save_attachment(index, client, dialogs), None),
            Message::SaveAllAttachments => return (self.save_all(client, dialogs), None),
            Message::SaveEml => return (self.save_eml(client, dialogs), None),
            Message::SaveDone(result) => {
                if let Some(reader) = &mut self.reader {
                    reader.note = Some(match result {
                        Ok(note) | Err(note) => note,
                    });
                }
            }
            Message::FetchNow => return (Task::none(), Some(Event::FetchNow)),
            Message::Cancel(account) => return (Task::none(), Some(Event::Cancel(account))),
            Message::AddAccount => return (Task::none(), Some(Event::AddAccount)),
            Message::OpenSettings => return (Task::none(), Some(Event::OpenSettings)),
            Message::Move(delta) => return (self.move_cursor(delta, client), None),
            Message::OpenCursor => {
                if let Some(index) = self.cursor
                    && let Some(id) = self.list.get(index).map(|m| m.id)
                {
                    return self.click(index, id, Modifiers::empty(), client);
                }
            }
            Message::FocusSearch => return (iced::widget::operation::focus(SEARCH_ID), None),
        }
        (Task::none(), None)
    }

    /// Keeps the keyboard cursor on the selected message when new mail
    /// above it moves it down the list.
    fn follow_selection(&mut self) {
        if self.selected.len() == 1
            && let Some(id) = self.selected.first()
            && let Some(position) = self.list.position_of(*id)
        {
            self.cursor = Some(position);
            self.anchor = Some(position);
        }
    }

    fn clear_selection(&mut self) {
        self.selected.clear();
        self.reader = None;
    }

    /// A click on a row: select it (Ctrl adds or removes, Shift extends a
    /// range) and, for a single selection, open it.
    fn click(
        &mut self,
        index: u64,
        id: MessageId,
        modifiers: Modifiers,
        client: &StoreClient,
    ) -> (Task<Message>, Option<Event>) {
        if modifiers.command() {
            if !self.selected.remove(&id) {
                self.selected.insert(id);
            }
            self.anchor = Some(index);
        } else if modifiers.shift()
            && let Some(anchor) = self.anchor
        {
            self.selected = (anchor.min(index)..=anchor.max(index))
                .filter_map(|i| self.list.get(i).map(|m| m.id))
                .collect();
        } else {
            self.selected = BTreeSet::from([id]);
            self.anchor = Some(index);
        }
        self.cursor = Some(index);
        if self.selected.len() != 1 {
            self.reader = None;
            return (Task::none(), None);
        }
        (self.open(id, client), None)
    }

    fn open(&mut self, id: MessageId, client: &StoreClient) -> Task<Message> {
        let client = client.clone();
        Task::perform(
            async move {
                client
                    .call(move |store| {
                        let summary = store
                            .message(id)?
                            .ok_or_else(|| crate::store::StoreError::NotFound(crate::t!("mailbox-message-gone")))?;
                        let raw = store.raw_message(id)?.unwrap_or_default();
                        Ok(Box::new(Opened::new(summary, &raw)))
                    })
                    .await
            },
            move |opened| Message::Opened(id, opened),
        )
    }

    fn move_cursor(&mut self, delta: i64, client: &StoreClient) -> Task<Message> {
        let total = self.list.total.unwrap_or(0);
        if total == 0 {
            return Task::none();
        }
        let next = match self.cursor {
            Some(cursor) => cursor.saturating_add_signed(delta).min(total - 1),
            None => 0,
        };
        self.cursor = Some(next);
        let mut tasks = vec![];
        if let Some(id) = self.list.get(next).map(|m| m.id) {
            self.selected = BTreeSet::from([id]);
            self.anchor = Some(next);
            tasks.push(self.open(id, client));
        }
        // Keep the cursor in view.
        let top = next as f32 * ROW_HEIGHT;
        if top < self.list.offset || top + ROW_HEIGHT > self.list.offset + self.list.height {
            let offset = (top - self.list.height / 2.0).max(0.0);
            tasks.push(iced::widget::operation::scroll_to(
                LIST_ID,
                iced::widget::operation::AbsoluteOffset {
                    x: None,
                    y: Some(offset),
                },
            ));
        }
        Task::batch(tasks)
    }

    /// Applies a change in the store, then refreshes the list.
    fn change(
        &mut self,
        client: &StoreClient,
        work: impl FnOnce(&mut crate::store::Store) -> Result<usize, crate::store::StoreError> + Send + 'static,
    ) -> Task<Message> {
        let client = client.clone();
        Task::perform(async move { client.call(work).await.map(drop) }, Message::Changed)
    }

    fn save_attachment(&mut self, index: usize, client: &StoreClient, dialogs: &Dialogs) -> Task<Message> {
        let Some(reader) = &self.reader else {
            return Task::none();
        };
        let id = reader.opened.summary.id;
        let name = reader
            .opened
            .readable
            .attachments
            .iter()
            .find(|a| a.index == index)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| "attachment".into());
        let client = client.clone();
        let dialogs = dialogs.clone();
        Task::perform(
            async move {
                let Some(path) = dialogs
                    .save_file(&crate::t!("mailbox-save-attachment-title"), &name)
                    .await
                else {
                    return Err(crate::t!("mailbox-not-saved"));
                };
                let data = client
                    .call(move |store| {
                        Ok(store
                            .raw_message(id)?
                            .and_then(|raw| crate::mail::attachment(&raw, index)))
                    })
                    .await?
                    .ok_or_else(|| crate::t!("mailbox-attachment-unreadable"))?;
                write_new_file(path, &data.bytes).await
            },
            Message::SaveDone,
        )
    }

    fn save_all(&mut self, client: &StoreClient, dialogs: &Dialogs) -> Task<Message> {
        let Some(reader) = &self.reader else {
            return Task::none();
        };
        let id = reader.opened.summary.id;
        let count = reader.opened.readable.attachments.len();
        let client = client.clone();
        let dialogs = dialogs.clone();
        Task::perform(
            async move {
                let Some(folder) = dialogs.pick_folder(&crate::t!("mailbox-save-all-title")).await else {
                    return Err(crate::t!("mailbox-not-saved"));
                };
                let attachments = client
                    .call(move |store| {
                        let raw = store.raw_message(id)?.unwrap_or_default();
                        Ok((0..count)
                            .filter_map(|i| crate::mail::attachment(&raw, i))
                            .collect::<Vec<_>>())
                    })
                    .await?;
                let mut saved: i64 = 0;
                for attachment in attachments {
                    // Only the sanitised base name, never an existing file:
                    // nothing can land outside the chosen folder.
                    let path = crate::mail::unused_path(&folder, &attachment.name);
                    write_new_file(path, &attachment.bytes).await?;
                    saved += 1;
                }
                let folder = folder.display().to_string();
                Ok(crate::t!("mailbox-attachments-saved", count = saved, folder = folder))
            },
            Message::SaveDone,
        )
    }

    fn save_eml(&mut self, client: &StoreClient, dialogs: &Dialogs) -> Task<Message> {
        let Some(reader) = &self.reader else {
            return Task::none();
        };
        let id = reader.opened.summary.id;
        let subject = reader.opened.summary.subject.clone();
        let name = crate::mail::safe_file_name(&format!(
            "{}.eml",
            if subject.is_empty() {
                "message"
            } else {
                subject.as_str()
            }
        ));
        let client = client.clone();
        let dialogs = dialogs.clone();
        Task::perform(
            async move {
                let Some(path) = dialogs.save_file(&crate::t!("mailbox-save-message-title"), &name).await else {
                    return Err(crate::t!("mailbox-not-saved"));
                };
                let raw = client
                    .call(move |store| store.raw_message(id))
                    .await?
                    .ok_or_else(|| crate::t!("mailbox-message-gone"))?;
                write_new_file(path, &raw).await
            },
            Message::SaveDone,
        )
    }

    pub fn view<'a>(&'a self, accounts: &'a [AccountEntry]) -> Element<'a, Message> {
        let body = row![
            container(self.sidebar(accounts))
                .width(Length::Fixed(230.0))
                .height(Length::Fill)
                .style(style::panel),
            column![self.list_header(), rule::horizontal(1), self.list_view(accounts)].width(Length::FillPortion(2)),
            rule::vertical(1),
            container(match &self.reader {
                Some(reader) => reader.view(),
                None => center(text(self.reader_hint()).style(style::muted)).into(),
            })
            .width(Length::FillPortion(3))
            .height(Length::Fill),
        ]
        .height(Length::Fill);
        let page = column![body, self.status_bar(accounts)];
        if self.confirm_empty_trash {
            stack![page, confirm_dialog()].into()
        } else {
            page.into()
        }
    }

    fn reader_hint(&self) -> String {
        match self.selected.len() {
            0 => crate::t!("mailbox-select-hint"),
            1 => String::new(),
            n => {
                let count: i64 = i64::try_from(n).unwrap_or(i64::MAX);
                crate::t!("mailbox-selected-count", count = count)
            }
        }
    }

    fn sidebar<'a>(&'a self, accounts: &'a [AccountEntry]) -> Element<'a, Message> {
        let entry = |glyph: Icon, label: String, count: u64, place: Place| {
            let mut line = row![icon(glyph, 16.0), text(label).size(size::BODY).width(Length::Fill)]
                .spacing(space::S)
                .align_y(Alignment::Center);
            if count > 0 {
                let count = crate::i18n::integer(i64::try_from(count).unwrap_or(i64::MAX));
                line = line.push(text(count).size(size::SMALL).font(style::STRONG_FONT));
            }
            button(line)
                .on_press(Message::Show(place))
                .padding([space::S, space::M])
                .width(Length::Fill)
                .style(style::row_button(self.place == place))
        };
        let total_unread: u64 = accounts.iter().map(|a| a.unread).sum();
        let mut list = column![
            text("Postie").size(size::TITLE).font(style::STRONG_FONT),
            Space::new().height(space::S),
            entry(
                Icon::Layers,
                crate::t!("mailbox-all-inboxes"),
                total_unread,
                Place::AllInboxes
            ),
        ]
        .spacing(space::XS);
        for account in accounts {
            list = list.push(entry(
                Icon::Inbox,
                account.label(),
                account.unread,
                Place::Inbox(account.account.id),
            ));
        }
        list = list.push(entry(Icon::Trash, crate::t!("mailbox-trash"), 0, Place::Trash));
        list = list.push(Space::new().height(Length::Fill));
        list = list.push(
            button(
                row![
                    icon(Icon::Plus, 16.0),
                    text(crate::t!("mailbox-add-account")).size(size::SMALL)
                ]
                .spacing(space::S),
            )
            .on_press(Message::AddAccount)
            .padding([space::S, space::M])
            .width(Length::Fill)
            .style(style::row_button(false)),
        );
        list = list.push(
            button(
                row![
                    icon(Icon::Settings, 16.0),
                    text(crate::t!("mailbox-settings")).size(size::SMALL)
                ]
                .spacing(space::S),
            )
            .on_press(Message::OpenSettings)
            .padding([space::S, space::M])
            .width(Length::Fill)
            .style(style::row_button(false)),
        );
        list.padding(space::M).height(Length::Fill).into()
    }

    fn list_header(&self) -> Element<'_, Message> {
        let sort = |label: String, order: SortOrder| {
            button(text(label).size(size::SMALL))
                .padding([space::XS, space::S])
                .style(style::row_button(self.sort == order))
                .on_press(Message::Sort(order))
        };
        let mut actions = row![
            button(icon(Icon::Refresh, 18.0))
                .padding(space::S)
                .style(style::icon_button)
                .on_press(Message::FetchNow),
        ]
        .spacing(space::XS);
        if self.place == Place::Trash {
            actions = actions.push(
                button(text(crate::t!("mailbox-empty-trash-button")).size(size::SMALL))
                    .padding([space::XS, space::M])
                    .style(style::danger_button)
                    .on_press_maybe((self.list.total.unwrap_or(0) > 0).then_some(Message::AskEmptyTrash)),
            );
        }
        if self.selected.len() > 1 {
            actions = actions.push(if self.place == Place::Trash {
                button(text(crate::t!("mailbox-restore-button")).size(size::SMALL))
                    .padding([space::XS, space::M])
                    .style(style::secondary_button)
                    .on_press(Message::RestoreSelected)
            } else {
                button(text(crate::t!("mailbox-delete-button")).size(size::SMALL))
                    .padding([space::XS, space::M])
                    .style(style::secondary_button)
                    .on_press(Message::DeleteSelected)
            });
        }
        column![
            row![
                icon(Icon::Search, 16.0),
                text_input(&crate::t!("mailbox-search-placeholder"), &self.search)
                    .id(SEARCH_ID)
                    .on_input(Message::Search)
                    .padding(space::S)
                    .style(style::input),
                actions,
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
            row![
                text(match self.list.total.map(|n| i64::try_from(n).unwrap_or(i64::MAX)) {
                    Some(count) if self.query().is_search() => crate::t!("mailbox-found-count", count = count),
                    Some(count) => crate::t!("mailbox-message-count", count = count),
                    None => "…".into(),
                })
                .size(size::SMALL)
                .style(style::muted)
                .width(Length::Fill),
                text(crate::t!("mailbox-sort-label"))
                    .size(size::SMALL)
                    .style(style::muted),
                sort(crate::t!("mailbox-sort-date"), SortOrder::DateDescending),
                sort(crate::t!("mailbox-sort-sender"), SortOrder::Sender),
                sort(crate::t!("mailbox-sort-subject"), SortOrder::Subject),
            ]
            .spacing(space::XS)
            .align_y(Alignment::Center),
        ]
        .spacing(space::S)
        .padding(space::M)
        .into()
    }

    fn list_view<'a>(&'a self, accounts: &'a [AccountEntry]) -> Element<'a, Message> {
        let mut column = column![];
        if let Some(error) = &self.error {
            column = column.push(
                container(text(error.as_str()).size(size::SMALL))
                    .padding(space::S)
                    .width(Length::Fill)
                    .style(style::error_box),
            );
        }
        let now = format::now_zoned();
        let show_account = self.place != Place::AllInboxes || accounts.len() > 1;
        column
            .push(self.list.view(&self.selected, show_account && accounts.len() > 1, &now))
            .into()
    }

    fn status_bar<'a>(&'a self, accounts: &'a [AccountEntry]) -> Element<'a, Message> {
        let now = unix_now();
        let mut bar = column![].spacing(space::XS);
        for entry in accounts {
            let status = &entry.status;
            let mut line = row![text(entry.label()).size(size::SMALL).font(style::STRONG_FONT)]
                .spacing(space::M)
                .align_y(Alignment::Center);
            if let Some(progress) = &status.progress {
                let fraction = if progress.total > 0 {
                    progress.done as f32 / progress.total as f32
                } else {
                    0.0
                };
                let words = if progress.total > 0 && progress.phase == Phase::Downloading {
                    let done: i64 = i64::try_from(progress.done).unwrap_or(i64::MAX);
                    let total: i64 = i64::try_from(progress.total).unwrap_or(i64::MAX);
                    crate::t!(
                        "mailbox-progress-downloading",
                        done = done,
                        total = total,
                        size = format::size(progress.bytes)
                    )
                } else {
                    phase_words(progress.phase)
                };
                line = line
                    .push(progress_bar(0.0..=1.0, fraction).length(Length::Fixed(160.0)).girth(6))
                    .push(text(words).size(size::SMALL))
                    .push(
                        button(text(crate::t!("mailbox-cancel")).size(size::SMALL))
                            .padding([2.0, space::S])
                            .style(style::secondary_button)
                            .on_press(Message::Cancel(entry.account.id)),
                    );
            } else if status.fetching {
                line = line.push(
                    text(crate::t!("mailbox-phase-connecting"))
                        .size(size::SMALL)
                        .style(style::muted),
                );
            } else {
                if let Some(last) = status.last_check {
                    line = line.push(
                        text(crate::t!("mailbox-checked", when = format::relative_time(last, now)))
                            .size(size::SMALL)
                            .style(style::muted),
                    );
                }
                if let Some(next) = status.next_check {
                    line = line.push(
                        text(crate::t!("mailbox-next-check", when = format::relative_time(next, now)))
                            .size(size::SMALL)
                            .style(style::muted),
                    );
                }
                if let Some(error) = &status.error {
                    line = line.push(
                        text(error.as_str())
                            .size(size::SMALL)
                            .style(style::danger_text)
                            .width(Length::Fill),
                    );
                }
            }
            bar = bar.push(line);
        }
        container(bar)
            .padding([space::S, space::L])
            .width(Length::Fill)
            .style(style::status_bar)
            .into()
    }
}

impl Default for Mailbox {
    fn default() -> Mailbox {
        Mailbox::new()
    }
}

/// What a check for new mail is doing, for the status bar.
fn phase_words(phase: Phase) -> String {
    match phase {
        Phase::Connecting => crate::t!("mailbox-phase-connecting"),
        Phase::Listing => crate::t!("mailbox-phase-listing"),
        Phase::Downloading => crate::t!("mailbox-phase-downloading"),
        Phase::Deleting => crate::t!("mailbox-phase-deleting"),
        Phase::Finishing => crate::t!("mailbox-phase-finishing"),
    }
}

fn confirm_dialog<'a>() -> Element<'a, Message> {
    let dialog = column![
        text(crate::t!("mailbox-empty-trash-title"))
            .size(size::TITLE)
            .font(style::STRONG_FONT),
        text(crate::t!("mailbox-empty-trash-text")),
        row![
            Space::new().width(Length::Fill),
            button(text(crate::t!("mailbox-cancel")))
                .padding([space::S, space::L])
                .style(style::secondary_button)
                .on_press(Message::EmptyTrash(false)),
            button(text(crate::t!("mailbox-empty-trash-confirm")))
                .padding([space::S, space::L])
                .style(style::danger_button)
                .on_press(Message::EmptyTrash(true)),
        ]
        .spacing(space::M),
    ]
    .spacing(space::L)
    .max_width(440);
    opaque(center(container(dialog).padding(space::XL).style(style::card)).style(style::backdrop))
}

/// Writes a new file. When the chosen path exists, the file goes next to
/// it under a new name instead: nothing is ever overwritten silently.
async fn write_new_file(path: PathBuf, bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.to_vec();
    tokio::task::spawn_blocking(move || {
        let target = match (path.parent(), path.file_name()) {
            (Some(dir), Some(name)) if path.exists() => crate::mail::unused_path(dir, &name.to_string_lossy()),
            _ => path,
        };
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .map_err(|e| save_failed(&target, &e))?;
        std::io::Write::write_all(&mut file, &bytes).map_err(|e| save_failed(&target, &e))?;
        let path = target.display().to_string();
        Ok(crate::t!("mailbox-saved-as", path = path))
    })
    .await
    .map_err(|e| e.to_string())?
}

/// "Could not save … (reason)."
fn save_failed(path: &std::path::Path, error: &std::io::Error) -> String {
    let path = path.display().to_string();
    let error = error.to_string();
    crate::t!("mailbox-save-failed", path = path, error = error)
}

/// Rows per list page, for tests.
pub const LIST_PAGE: u64 = PAGE;
