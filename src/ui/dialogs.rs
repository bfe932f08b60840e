//! File dialogs behind a small trait, so tests can answer them.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

pub type Answer = Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;

/// Asks the user where to save things. `None`: the user cancelled (or no
/// dialog could be shown, as with rfd when no desktop portal runs).
pub trait FileDialogs: Send + Sync {
    /// A file to save to, starting with `suggested_name`.
    fn save_file(&self, title: &str, suggested_name: &str) -> Answer;
    /// A folder to save several files into.
    fn pick_folder(&self, title: &str) -> Answer;
}

/// The desktop's own dialogs (through rfd: the XDG portal on Linux).
#[derive(Debug, Default)]
pub struct SystemDialogs;

impl FileDialogs for SystemDialogs {
    fn save_file(&self, title: &str, suggested_name: &str) -> Answer {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .set_file_name(suggested_name);
        Box::pin(async move { dialog.save_file().await.map(|handle| handle.path().to_path_buf()) })
    }

    fn pick_folder(&self, title: &str) -> Answer {
        let dialog = rfd::AsyncFileDialog::new().set_title(title);
        Box::pin(async move { dialog.pick_folder().await.map(|handle| handle.path().to_path_buf()) })
    }
}

pub type Dialogs = Arc<dyn FileDialogs>;
