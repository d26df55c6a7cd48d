//! The Vietnamese analyzer: how text (postings at index time, what people
//! type at query time) is cut into tokens, in two views.
//!
//! - `vi_exact`: NFC, lower case. "Máy" and "may" stay different words.
//! - `vi_folded`: the same tokens with every tone and vowel mark removed and
//!   `đ` turned into `d`, so "máy", "may" and "mấy" all become "may".
//!
//! A token is a run of letters and digits (with the combining marks that
//! belong to them, so decomposed input that NFC cannot fully compose still
//! stays one word); everything else separates tokens. Vietnamese is written
//! one syllable per word, so each syllable is a token and multi-syllable
//! words ("công nhân") are matched as phrases by the query builder.
//!
//! Offsets of the tokens point into the NFC form of the text; callers that
//! need to cut the original text (snippets) pass NFC text in.

use std::borrow::Cow;
use std::sync::LazyLock;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer, TokenizerManager};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, is_nfc_quick};

use crate::domain::text::{fold, nfc};

/// Name of the exact (NFC, lower-case) tokenizer.
pub const EXACT: &str = "vi_exact";
/// Name of the folded (no marks, `đ` -> `d`) tokenizer.
pub const FOLDED: &str = "vi_folded";

/// Tokens longer than this many bytes are dropped: they are never words a
/// person types (long URLs, strings of digits) and would bloat the index.
pub const MAX_TOKEN_BYTES: usize = 64;

/// Registers both tokenizers on an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT, ViTokenizer::exact());
    manager.register(FOLDED, ViTokenizer::folded());
}

/// A tokenizer producing either the exact or the folded view.
#[derive(Clone, Debug, Default)]
pub struct ViTokenizer {
    folded: bool,
    token: Token,
}

impl ViTokenizer {
    /// The exact view: NFC and lower case.
    pub fn exact() -> Self {
        Self {
            folded: false,
            token: Token::default(),
        }
    }

    /// The folded view: no tone or vowel marks, `đ` as `d`.
    pub fn folded() -> Self {
        Self {
            folded: true,
            token: Token::default(),
        }
    }
}

/// The token stream of [`ViTokenizer`]. It walks the NFC text lazily and
/// reuses one token buffer, so indexing allocates only for text that is
/// not already NFC.
pub struct ViTokenStream<'a> {
    text: Cow<'a, str>,
    pos: usize,
    folded: bool,
    token: &'a mut Token,
}

impl Tokenizer for ViTokenizer {
    type TokenStream<'a> = ViTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ViTokenStream<'a> {
        self.token.reset();
        ViTokenStream {
            text: to_nfc(text),
            pos: 0,
            folded: self.folded,
            token: &mut self.token,
        }
    }
}

impl TokenStream for ViTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((start, end)) = next_word(&self.text, self.pos) {
            self.pos = end;
            let word = &self.text[start..end];
            self.token.text.clear();
            lower_into(word, &mut self.token.text);
            if self.folded {
                fold_in_place(&mut self.token.text);
            }
            if self.token.text.is_empty() || self.token.text.len() > MAX_TOKEN_BYTES {
                continue;
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.token.position = self.token.position.wrapping_add(1);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// One token in both views, with its byte range in the NFC text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedToken {
    /// NFC, lower case.
    pub exact: String,
    /// No marks, `đ` as `d`.
    pub folded: String,
    /// Byte offset of the first character in the NFC text.
    pub start: usize,
    /// Byte offset just past the last character in the NFC text.
    pub end: usize,
}

/// Cuts `text` into tokens, giving both views of each one, exactly as the
/// two tokenizers do. Offsets refer to `nfc(text)` (to `text` itself when it
/// is already NFC).
pub fn analyze(text: &str) -> Vec<AnalyzedToken> {
    let normal = to_nfc(text);
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some((start, end)) = next_word(&normal, pos) {
        pos = end;
        let mut exact = String::new();
        lower_into(&normal[start..end], &mut exact);
        if exact.is_empty() || exact.len() > MAX_TOKEN_BYTES {
            continue;
        }
        let mut folded = exact.clone();
        fold_in_place(&mut folded);
        if folded.is_empty() || folded.len() > MAX_TOKEN_BYTES {
            continue;
        }
        out.push(AnalyzedToken {
            exact,
            folded,
            start,
            end,
        });
    }
    out
}

/// The folded view of one word or phrase, as the folded tokenizer would
/// see it, tokens joined by single spaces.
pub fn folded_key(text: &str) -> String {
    let tokens = analyze(text);
    let mut key = String::new();
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&token.folded);
    }
    key
}

fn to_nfc(text: &str) -> Cow<'_, str> {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(nfc(text))
    }
}

/// Finds the next word at or after byte `from`: a letter or digit followed
/// by letters, digits and combining marks.
fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    let mut start = None;
    for (i, c) in rest.char_indices() {
        let at = from + i;
        match start {
            None => {
                if c.is_alphanumeric() {
                    start = Some(at);
                }
            }
            Some(s) => {
                if !(c.is_alphanumeric() || is_combining_mark(c)) {
                    return Some((s, at));
                }
            }
        }
    }
    start.map(|s| (s, text.len()))
}

/// Appends the lower-case NFC form of `word` to `out`.
fn lower_into(word: &str, out: &mut String) {
    let mut ascii = true;
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            ascii = false;
            out.extend(c.to_lowercase());
        }
    }
    // Lower-casing may leave a sequence that is not NFC (rare letters such
    // as the Turkish dotted capital I); recompose like `lower_nfc` does.
    if !ascii && is_nfc_quick(out.chars()) != IsNormalized::Yes {
        let composed = nfc(out);
        *out = composed;
    }
}

/// Folds a lower-case NFC token in place. Vietnamese letters go through a
/// table built from [`fold`] itself; anything else falls back to [`fold`] on
/// the whole token, so the result always agrees with it.
fn fold_in_place(token: &mut String) {
    if token.is_ascii() {
        return;
    }
    let mut folded = String::with_capacity(token.len());
    for c in token.chars() {
        if c.is_ascii() {
            folded.push(c);
        } else if let Some(base) = fold_table_lookup(c) {
            folded.push(base);
        } else {
            *token = fold(token);
            return;
        }
    }
    *token = folded;
}

/// Lower-case Latin letters with marks and what [`fold`] turns them into,
/// for the two Unicode blocks where all Vietnamese letters live.
struct FoldTable {
    latin: Vec<u8>,
    extended_additional: Vec<u8>,
}

const LATIN_START: u32 = 0x00C0;
const LATIN_END: u32 = 0x0250;
const EXTENDED_START: u32 = 0x1E00;
const EXTENDED_END: u32 = 0x1F00;

static FOLD_TABLE: LazyLock<FoldTable> = LazyLock::new(|| {
    let build = |from: u32, to: u32| -> Vec<u8> {
        (from..to)
            .map(|code| {
                let Some(c) = char::from_u32(code) else {
                    return 0;
                };
                let folded = fold(&c.to_string());
                let mut chars = folded.chars();
                match (chars.next(), chars.next()) {
                    (Some(base), None) if base.is_ascii_alphanumeric() => base as u8,
                    _ => 0,
                }
            })
            .collect()
    };
    FoldTable {
        latin: build(LATIN_START, LATIN_END),
        extended_additional: build(EXTENDED_START, EXTENDED_END),
    }
});

fn fold_table_lookup(c: char) -> Option<char> {
    let code = c as u32;
    let table = &*FOLD_TABLE;
    let byte = if (LATIN_START..LATIN_END).contains(&code) {
        table.latin.get((code - LATIN_START) as usize)
    } else if (EXTENDED_START..EXTENDED_END).contains(&code) {
        table
            .extended_additional
            .get((code - EXTENDED_START) as usize)
    } else {
        None
    };
    match byte {
        Some(&b) if b != 0 => Some(char::from(b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::TextAnalyzer;
    use unicode_normalization::UnicodeNormalization;

    fn run(tokenizer: ViTokenizer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut analyzer = TextAnalyzer::from(tokenizer);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    fn texts(tokenizer: ViTokenizer, text: &str) -> Vec<String> {
        run(tokenizer, text).into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn exact_keeps_marks_and_lower_cases() {
        assert_eq!(
            texts(
                ViTokenizer::exact(),
                "Tuyển CÔNG NHÂN may, lương 7-10 triệu!"
            ),
            ["tuyển", "công", "nhân", "may", "lương", "7", "10", "triệu"]
        );
    }

    #[test]
    fn folded_removes_marks_and_maps_d() {
        assert_eq!(
            texts(ViTokenizer::folded(), "Đơn hàng XKLĐ đi Nhật Bản, Đắk Lắk"),
            ["don", "hang", "xkld", "di", "nhat", "ban", "dak", "lak"]
        );
    }

    #[test]
    fn positions_and_offsets_follow_the_nfc_text() {
        let tokens = run(ViTokenizer::exact(), "Thợ hàn  (điện)");
        assert_eq!(
            tokens,
            vec![
                ("thợ".to_string(), 0, 0, 5),
                ("hàn".to_string(), 1, 6, 10),
                ("điện".to_string(), 2, 13, 20),
            ]
        );
    }

    #[test]
    fn decomposed_input_gives_the_same_tokens() {
        let text = "Kỹ sư phần mềm ở Hà Nội, ưu tiên người Đà Nẵng";
        let nfd: String = text.nfd().collect();
        assert_ne!(nfd, text);
        assert_eq!(
            texts(ViTokenizer::exact(), &nfd),
            texts(ViTokenizer::exact(), text)
        );
        assert_eq!(
            texts(ViTokenizer::folded(), &nfd),
            texts(ViTokenizer::folded(), text)
        );
        assert_eq!(
            texts(ViTokenizer::folded(), text),
            [
                "ky", "su", "phan", "mem", "o", "ha", "noi", "uu", "tien", "nguoi", "da", "nang"
            ]
        );
    }

    #[test]
    fn marks_nfc_cannot_compose_stay_inside_the_word() {
        // Hook above typed before the circumflex: NFC leaves a mark behind,
        // which must not split "tổ" into two tokens.
        let odd = "to\u{0309}\u{0302} tru\u{031B}o\u{031B}\u{0309}ng";
        assert_eq!(texts(ViTokenizer::folded(), odd), ["to", "truong"]);
        assert_eq!(texts(ViTokenizer::exact(), odd).len(), 2);
    }

    #[test]
    fn digits_are_kept_and_punctuation_splits() {
        assert_eq!(
            texts(
                ViTokenizer::exact(),
                "Bằng lái B2; mã nghề 7531/8153 — ca 3"
            ),
            ["bằng", "lái", "b2", "mã", "nghề", "7531", "8153", "ca", "3"]
        );
        assert!(texts(ViTokenizer::exact(), "!!! ... ??? — – ·").is_empty());
        assert!(texts(ViTokenizer::folded(), "").is_empty());
    }

    #[test]
    fn overlong_tokens_are_dropped() {
        let long = "a".repeat(MAX_TOKEN_BYTES + 1);
        assert_eq!(
            texts(ViTokenizer::exact(), &format!("xin {long} chào")),
            ["xin", "chào"]
        );
    }

    #[test]
    fn other_scripts_survive() {
        assert_eq!(
            texts(ViTokenizer::folded(), "Tiếng Hàn 한국어, tiếng Nhật 日本語"),
            ["tieng", "han", "한국어", "tieng", "nhat", "日本語"]
        );
    }

    #[test]
    fn folded_tokens_agree_with_the_domain_fold() {
        let samples = [
            "Tuyển công nhân may mặc tại KCN Đông Phố Mới",
            "ĐẮK LẮK, Thừa Thiên Huế, Bà Rịa – Vũng Tàu",
            "Ưu tiên người dân tộc thiểu số: Mông, Dao, Tày, Giáy",
            "Crème brûlée, Ångström, façade, naïve",
            "Kỹ thuật viên điện lạnh, thợ sửa ống nước",
        ];
        for s in samples {
            let via_tokenizer = texts(ViTokenizer::folded(), s).join(" ");
            let via_fold = texts(ViTokenizer::exact(), &fold(s)).join(" ");
            assert_eq!(via_tokenizer, via_fold, "{s}");
        }
    }

    #[test]
    fn every_latin_letter_folds_like_the_domain_fold() {
        for code in (LATIN_START..LATIN_END).chain(EXTENDED_START..EXTENDED_END) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if !c.is_alphanumeric() {
                continue;
            }
            let mut mine = String::new();
            lower_into(&c.to_string(), &mut mine);
            fold_in_place(&mut mine);
            assert_eq!(mine, fold(&c.to_string()), "U+{code:04X} {c}");
        }
    }

    #[test]
    fn analyze_gives_both_views_with_offsets() {
        let text = "Công nhân MAY";
        let tokens = analyze(text);
        assert_eq!(tokens.len(), 3);
        assert_eq!(tokens[0].exact, "công");
        assert_eq!(tokens[0].folded, "cong");
        assert_eq!(&text[tokens[1].start..tokens[1].end], "nhân");
        assert_eq!(tokens[2].exact, "may");
        assert_eq!(folded_key("  Xuất khẩu—LAO ĐỘNG "), "xuat khau lao dong");
    }
}
