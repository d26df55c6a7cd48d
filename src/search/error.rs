//! What can go wrong in the search engine. Messages are in Vietnamese
//! first, then " / " and English, like the rest of the program.

use std::path::PathBuf;

/// An error of the search index or of its configuration files.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy reported an error (corrupt files, lock held, I/O inside the
    /// index).
    #[error("Lỗi chỉ mục tìm kiếm / Search index error: {0}")]
    Index(#[from] tantivy::TantivyError),

    /// A directory or file of the index could not be read or written.
    #[error("Không đọc hoặc ghi được {path} / Cannot read or write {path}: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// tantivy could not open an index directory.
    #[error("Không mở được thư mục chỉ mục {path} / Cannot open the index directory {path}: {detail}", path = .path.display())]
    OpenDirectory { path: PathBuf, detail: String },

    /// The index on disk was built with another schema (an older version
    /// of the program): it has to be rebuilt with `vieclam reindex`.
    #[error(
        "Chỉ mục tại {path} được tạo bởi phiên bản khác, hãy chạy `vieclam reindex` / The index at {path} was built by another version, run `vieclam reindex`",
        path = .path.display()
    )]
    SchemaMismatch { path: PathBuf },

    /// The `CURRENT` file of the index root names no valid generation.
    #[error("Tệp CURRENT trong {path} không hợp lệ: {vi} / The CURRENT file in {path} is invalid: {en}", path = .path.display())]
    BadCurrent {
        path: PathBuf,
        vi: String,
        en: String,
    },

    /// The synonyms file does not parse or breaks a rule; the message names
    /// the group and member at fault.
    #[error("Tệp từ đồng nghĩa không hợp lệ: {vi} / The synonyms file is invalid: {en}")]
    Synonyms { vi: String, en: String },

    /// A stored document could not be read back (the index is damaged or
    /// was written by an incompatible version).
    #[error("Dữ liệu lưu trong chỉ mục bị hỏng: {0} / Stored data in the index is damaged: {0}")]
    Corrupt(String),

    /// A rebuild promised its postings newest first and one came newer
    /// than the posting before it.
    #[error(
        "Tin {id} đến sai thứ tự (mới hơn tin trước) khi xây lại chỉ mục / Posting {id} came out of order (newer than the one before) in a rebuild"
    )]
    OutOfOrder { id: i64 },

    /// A lock protecting the index handle was poisoned by a panic in
    /// another thread.
    #[error("Khóa nội bộ của chỉ mục bị hỏng / An internal lock of the index is poisoned")]
    Poisoned,
}

impl SearchError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
