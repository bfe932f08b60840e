//! A headless driver for the app: it renders the app's view into an
//! iced_test Simulator for each interaction, runs the tasks the app
//! returns on a tokio runtime, and runs one worker per account exactly as
//! the app's subscription would.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

use iced::futures::StreamExt as _;
use iced::{Settings, Task};
use iced_test::Simulator;
use iced_test::runtime::Action;
use iced_test::selector::Candidate;
use postie::ui::dialogs::{Answer, FileDialogs};
use postie::ui::worker::{self, WorkerKey};
use postie::ui::{App, Message, Options, data::StoreClient, style};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// How long any wait in a test may take before it fails.
const PATIENCE: Duration = Duration::from_secs(60);

/// The app's language is one for the whole process, and the tests run on
/// parallel threads: every harness holds this for reading, so all see
/// English; a test that switches the language holds it for writing.
static LANGUAGE_LOCK: RwLock<()> = RwLock::new(());

/// A harness's hold on [`LANGUAGE_LOCK`].
enum LanguageGuard {
    Shared {
        _guard: RwLockReadGuard<'static, ()>,
    },
    /// This harness may switch the language; English comes back when it ends.
    Exclusive {
        _guard: RwLockWriteGuard<'static, ()>,
    },
}

/// File dialogs that answer with what the test put in.
#[derive(Default)]
pub struct ScriptedDialogs {
    pub save_to: Mutex<Option<PathBuf>>,
    pub folder: Mutex<Option<PathBuf>>,
    /// Titles of the dialogs that were opened, in order.
    pub asked: Mutex<Vec<String>>,
}

impl FileDialogs for ScriptedDialogs {
    fn save_file(&self, title: &str, suggested_name: &str) -> Answer {
        self.asked.lock().unwrap().push(format!("{title}: {suggested_name}"));
        let answer = self.save_to.lock().unwrap().clone();
        Box::pin(async move { answer })
    }

    fn pick_folder(&self, title: &str) -> Answer {
        self.asked.lock().unwrap().push(title.to_owned());
        let answer = self.folder.lock().unwrap().clone();
        Box::pin(async move { answer })
    }
}

pub struct Harness {
    pub runtime: tokio::runtime::Runtime,
    pub app: App,
    pub dialogs: Arc<ScriptedDialogs>,
    messages: mpsc::UnboundedSender<Message>,
    incoming: mpsc::UnboundedReceiver<Message>,
    workers: HashMap<WorkerKey, JoinHandle<()>>,
    exited: Arc<AtomicBool>,
    /// Last, so it is let go after everything else.
    language: LanguageGuard,
}

impl Harness {
    /// Boots the app on the store in `data_dir`.
    pub fn start(data_dir: &Path, demo: bool) -> Harness {
        let shared = LANGUAGE_LOCK.read().unwrap_or_else(PoisonError::into_inner);
        Harness::start_holding(data_dir, demo, LanguageGuard::Shared { _guard: shared })
    }

    /// Boots the app for a test that switches the language: no other
    /// harness runs meanwhile, and English is back when this one ends.
    pub fn start_switching_language(data_dir: &Path, demo: bool) -> Harness {
        let exclusive = LANGUAGE_LOCK.write().unwrap_or_else(PoisonError::into_inner);
        Harness::start_holding(data_dir, demo, LanguageGuard::Exclusive { _guard: exclusive })
    }

    fn start_holding(data_dir: &Path, demo: bool, language: LanguageGuard) -> Harness {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime");
        let dialogs = Arc::new(ScriptedDialogs::default());
        let client = StoreClient::open(data_dir).expect("open the store");
        let options = Options {
            client,
            dialogs: dialogs.clone(),
            demo,
        };
        let (app, task) = {
            let _entered = runtime.enter();
            App::new(options)
        };
        let (messages, incoming) = mpsc::unbounded_channel();
        let harness = Harness {
            runtime,
            app,
            dialogs,
            messages,
            incoming,
            workers: HashMap::new(),
            exited: Arc::new(AtomicBool::new(false)),
            language,
        };
        harness.run(task);
        harness
    }

    /// A simulator showing the app as it is now.
    pub fn ui(&self) -> Simulator<'_, Message> {
        let settings = Settings {
            fonts: vec![style::FONT_REGULAR.into(), style::FONT_SEMIBOLD.into()],
            default_font: style::UI_FONT,
            ..Settings::default()
        };
        Simulator::with_size(settings, (1200.0, 800.0), self.app.view())
    }

    /// Does something in the window (clicks, typing), then lets the app
    /// handle the messages that produced.
    pub fn interact<T>(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>) -> T) -> T {
        let (result, messages) = {
            let mut ui = self.ui();
            let result = act(&mut ui);
            (result, ui.into_messages().collect::<Vec<_>>())
        };
        for message in messages {
            self.update(message);
        }
        result
    }

    /// Clicks the text (a button's label, say).
    pub fn click(&mut self, label: &str) {
        self.interact(|ui| ui.click(label).map(drop))
            .unwrap_or_else(|e| panic!("cannot click {label:?}: {e}"));
    }

    /// Clicks into the input with this id and types.
    pub fn type_into(&mut self, id: &'static str, typed: &str) {
        self.interact(|ui| {
            ui.click(iced::widget::Id::new(id)).map(drop)?;
            ui.typewrite(typed);
            Ok::<(), iced_test::Error>(())
        })
        .unwrap_or_else(|e| panic!("cannot type into {id}: {e}"));
    }

    /// Clicks into the input with this id, selects all it holds (Ctrl+A)
    /// and types over it.
    pub fn replace_text(&mut self, id: &'static str, typed: &str) {
        use iced::keyboard::{Event as Key, Modifiers};
        let ctrl = Modifiers::CTRL;
        self.interact(|ui| {
            ui.click(iced::widget::Id::new(id)).map(drop)?;
            ui.simulate([
                iced::Event::Keyboard(Key::ModifiersChanged(ctrl)),
                iced::Event::Keyboard(key_press(iced::keyboard::Key::Character("a".into()), ctrl)),
                iced::Event::Keyboard(Key::ModifiersChanged(Modifiers::empty())),
            ]);
            ui.typewrite(typed);
            Ok::<(), iced_test::Error>(())
        })
        .unwrap_or_else(|e| panic!("cannot type into {id}: {e}"));
    }

    /// A key press the window itself gets (no widget took it).
    pub fn press(&mut self, event: iced::keyboard::Event) {
        self.update(Message::Keyboard(event));
    }

    /// Whether the window shows this text now.
    pub fn shows(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    /// Whether the interface holds this text, in view or scrolled away.
    pub fn has_text(&self, wanted: &str) -> bool {
        let wanted = wanted.to_owned();
        self.ui()
            .find(move |candidate: Candidate<'_>| match candidate {
                Candidate::Text { content, .. } if content == wanted => Some(()),
                _ => None,
            })
            .is_ok()
    }

    /// Turns the mouse wheel down a long way over this point.
    pub fn scroll_down_at(&mut self, x: f32, y: f32) {
        self.interact(|ui| {
            ui.point_at(iced::Point::new(x, y));
            ui.simulate([iced::Event::Mouse(iced::mouse::Event::WheelScrolled {
                delta: iced::mouse::ScrollDelta::Lines { x: 0.0, y: -100_000.0 },
            })]);
        });
    }

    /// Whether some text on the window contains `part`.
    pub fn shows_containing(&self, part: &str) -> bool {
        self.texts().iter().any(|text| text.contains(part))
    }

    /// Every text the window shows now (built rows only: the message list
    /// builds only the rows in view), in layout order.
    pub fn texts(&self) -> Vec<String> {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let collect = seen.clone();
        let _ = self.ui().find(move |candidate: Candidate<'_>| {
            if let Candidate::Text { content, .. } = candidate {
                collect.lock().unwrap().push(content.to_owned());
            }
            None::<()>
        });
        Arc::try_unwrap(seen)
            .map(|m| m.into_inner().unwrap())
            .unwrap_or_default()
    }

    pub fn update(&mut self, message: Message) {
        let task = {
            let _entered = self.runtime.enter();
            self.app.update(message)
        };
        self.run(task);
        self.sync_workers();
    }

    /// Handles the app's messages until `done` holds; fails the test after
    /// a minute.
    pub fn wait_until(&mut self, what: &str, mut done: impl FnMut(&Harness) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(self) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; the window shows {:?}",
                self.texts()
            );
            let next = self
                .runtime
                .block_on(async { tokio::time::timeout(Duration::from_millis(50), self.incoming.recv()).await });
            if let Ok(Some(message)) = next {
                self.update(message);
            }
        }
    }

    /// Waits until the window shows `text`.
    pub fn wait_for_text(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |h| h.shows(text));
    }

    /// Handles whatever is pending now (store answers arrive quickly).
    pub fn settle(&mut self) {
        let quiet = Duration::from_millis(300);
        loop {
            let next = self
                .runtime
                .block_on(async { tokio::time::timeout(quiet, self.incoming.recv()).await });
            match next {
                Ok(Some(message)) => self.update(message),
                _ => return,
            }
        }
    }

    pub fn exited(&self) -> bool {
        self.exited.load(Ordering::SeqCst)
    }

    /// Runs a task as the iced runtime would: its messages come back to
    /// the app; widget operations (focus, scrolling) have no window here.
    fn run(&self, task: Task<Message>) {
        let Some(mut stream) = iced_test::runtime::task::into_stream(task) else {
            return;
        };
        let messages = self.messages.clone();
        let exited = self.exited.clone();
        self.runtime.spawn(async move {
            while let Some(action) = stream.next().await {
                match action {
                    Action::Output(message) => {
                        let _ = messages.send(message);
                    }
                    Action::Exit => exited.store(true, Ordering::SeqCst),
                    _ => {}
                }
            }
        });
    }

    /// Starts and stops workers as the app's subscription asks for them.
    fn sync_workers(&mut self) {
        let wanted = self.app.worker_keys();
        self.workers.retain(|key, task| {
            let keep = wanted.contains(key);
            if !keep {
                task.abort();
            }
            keep
        });
        for key in wanted {
            if self.workers.contains_key(&key) {
                continue;
            }
            let messages = self.messages.clone();
            let stream_key = key.clone();
            let task = self.runtime.spawn(async move {
                let mut events = std::pin::pin!(worker::run(&stream_key));
                while let Some(event) = events.next().await {
                    if messages.send(Message::Worker(event)).is_err() {
                        return;
                    }
                }
            });
            self.workers.insert(key, task);
        }
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        for task in self.workers.values() {
            task.abort();
        }
        if matches!(self.language, LanguageGuard::Exclusive { .. }) {
            // Before the lock is let go, even when the test failed.
            postie::i18n::select(None);
        }
    }
}

/// A key press as the window reports it.
pub fn key_press(key: iced::keyboard::Key, modifiers: iced::keyboard::Modifiers) -> iced::keyboard::Event {
    let text = match &key {
        iced::keyboard::Key::Character(c) => Some(c.clone()),
        _ => None,
    };
    iced::keyboard::Event::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: iced::keyboard::key::Physical::Unidentified(iced::keyboard::key::NativeCode::Unidentified),
        location: iced::keyboard::Location::Standard,
        modifiers,
        text,
        repeat: false,
    }
}

/// A letter key, pressed with no modifier.
pub fn letter(c: &str) -> iced::keyboard::Event {
    key_press(
        iced::keyboard::Key::Character(c.into()),
        iced::keyboard::Modifiers::empty(),
    )
}

pub fn named(key: iced::keyboard::key::Named) -> iced::keyboard::Event {
    key_press(iced::keyboard::Key::Named(key), iced::keyboard::Modifiers::empty())
}
