//! The Vietnamese analyzer: how text (postings at index time, what people
//! type at query time) is cut into tokens, in two views.
//!
//! - `vi_exact`: NFC, lower case. "Máy" and "may" stay different words.
//! - `vi_folded`: the same tokens with every tone and vowel mark removed and
//!   `đ` turned into `d`, so "máy", "may" and "mấy" all become "may".
//! - `vi_pairs`: each two neighbouring folded tokens as one token ("công
//!   nhân may" gives "cong nhan" and "nhan may"), so the query can reward
//!   syllables that stand together with a plain term lookup instead of a
//!   phrase query.
//!
//! A token is a run of letters and digits (with the combining marks that
//! belong to them, so decomposed input that NFC cannot fully compose still
//! stays one word); everything else separates tokens. Vietnamese is written
//! one syllable per word, so each syllable is a token; multi-syllable words
//! ("công nhân") are rewarded through the pairs view and, for synonyms,
//! matched as phrases.
//!
//! Words are normalised one at a time (NFC, lower case, folded), so token
//! offsets point into the text as given, decomposed or not.

use std::sync::LazyLock;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer, TokenizerManager};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, is_nfc_quick};

use crate::domain::text::{fold, nfc};

/// Name of the exact (NFC, lower-case) tokenizer.
pub const EXACT: &str = "vi_exact";
/// Name of the folded (no marks, `đ` -> `d`) tokenizer.
pub const FOLDED: &str = "vi_folded";
/// Name of the tokenizer of neighbouring folded pairs.
pub const PAIRS: &str = "vi_pairs";

/// Tokens longer than this many bytes are dropped: they are never words a
/// person types (long URLs, strings of digits) and would bloat the index.
pub const MAX_TOKEN_BYTES: usize = 64;

/// Registers both tokenizers on an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT, ViTokenizer::exact());
    manager.register(FOLDED, ViTokenizer::folded());
    manager.register(PAIRS, PairTokenizer::new());
}

/// The key of two neighbouring folded tokens in the pairs view.
pub fn pair_key(first: &str, second: &str) -> String {
    let mut key = String::with_capacity(first.len() + second.len() + 1);
    key.push_str(first);
    key.push(' ');
    key.push_str(second);
    key
}

/// A tokenizer giving each two neighbouring folded tokens as one token.
/// Meant for short fields (titles, occupation names). The folded words of
/// the text are cut into buffers the tokenizer keeps from text to text.
#[derive(Clone, Debug, Default)]
pub struct PairTokenizer {
    words: Vec<String>,
    ranges: Vec<(usize, usize)>,
    token: Token,
}

impl PairTokenizer {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The token stream of [`PairTokenizer`].
pub struct PairTokenStream<'a> {
    words: &'a [String],
    ranges: &'a [(usize, usize)],
    next: usize,
    token: &'a mut Token,
}

impl Tokenizer for PairTokenizer {
    type TokenStream<'a> = PairTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairTokenStream<'a> {
        let count = cut_folded(text, &mut self.words, Some(&mut self.ranges));
        self.token.reset();
        PairTokenStream {
            words: &self.words[..count],
            ranges: &self.ranges[..count],
            next: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for PairTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let at = self.next;
        let (Some(first), Some(second), Some(from), Some(to)) = (
            self.words.get(at),
            self.words.get(at + 1),
            self.ranges.get(at),
            self.ranges.get(at + 1),
        ) else {
            return false;
        };
        self.next += 1;
        let text = &mut self.token.text;
        text.clear();
        text.push_str(first);
        text.push(' ');
        text.push_str(second);
        self.token.offset_from = from.0;
        self.token.offset_to = to.1;
        self.token.position = at;
        self.token.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
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

/// The token stream of [`ViTokenizer`]. It walks the text lazily and
/// reuses one token buffer; words are normalised one at a time.
pub struct ViTokenStream<'a> {
    text: &'a str,
    pos: usize,
    folded: bool,
    token: &'a mut Token,
}

impl Tokenizer for ViTokenizer {
    type TokenStream<'a> = ViTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ViTokenStream<'a> {
        self.token.reset();
        ViTokenStream {
            text,
            pos: 0,
            folded: self.folded,
            token: &mut self.token,
        }
    }
}

impl TokenStream for ViTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let view = if self.folded {
            View::Folded
        } else {
            View::Exact
        };
        loop {
            self.token.text.clear();
            let Some((start, end)) =
                next_normalised_word(self.text, self.pos, view, &mut self.token.text)
            else {
                break;
            };
            self.pos = end;
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

/// One token in both views, with its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedToken {
    /// NFC, lower case.
    pub exact: String,
    /// No marks, `đ` as `d`.
    pub folded: String,
    /// Byte offset of the token's first character in the text.
    pub start: usize,
    /// Byte offset just past the token's last character in the text.
    pub end: usize,
}

/// Whether `text` has a word that the index never keeps, as longer than
/// [`MAX_TOKEN_BYTES`] in one of its views: no posting has such a word.
pub fn has_overlong_word(text: &str) -> bool {
    let mut pos = 0;
    let mut view = String::new();
    while let Some((start, end)) = next_word(text, pos) {
        pos = end;
        let word = &text[start..end];
        for which in [View::Exact, View::Folded] {
            view.clear();
            normalise_word(word, which, &mut view);
            if view.len() > MAX_TOKEN_BYTES {
                return true;
            }
        }
    }
    false
}

/// Cuts `text` into tokens, giving both views of each one, exactly as the
/// two tokenizers do. Offsets refer to `text` as given.
pub fn analyze(text: &str) -> Vec<AnalyzedToken> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some((start, end)) = next_word(text, pos) {
        pos = end;
        let word = &text[start..end];
        let mut exact = String::new();
        normalise_word(word, View::Exact, &mut exact);
        let mut folded = String::new();
        normalise_word(word, View::Folded, &mut folded);
        if exact.is_empty()
            || exact.len() > MAX_TOKEN_BYTES
            || folded.is_empty()
            || folded.len() > MAX_TOKEN_BYTES
        {
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

/// Cuts `text` into folded tokens, as the folded tokenizer does, into
/// `out`, reusing its strings (no allocation once they are long enough).
/// Returns how many there are: `out[..count]`.
pub fn folded_tokens(text: &str, out: &mut Vec<String>) -> usize {
    cut_folded(text, out, None)
}

/// [`folded_tokens`], also giving the byte range of each token in
/// `ranges` when asked.
fn cut_folded(
    text: &str,
    out: &mut Vec<String>,
    mut ranges: Option<&mut Vec<(usize, usize)>>,
) -> usize {
    let mut count = 0;
    let mut pos = 0;
    if let Some(ranges) = ranges.as_deref_mut() {
        ranges.clear();
    }
    loop {
        if out.len() == count {
            out.push(String::new());
        }
        let slot = &mut out[count];
        slot.clear();
        let Some((start, end)) = next_normalised_word(text, pos, View::Folded, slot) else {
            break;
        };
        pos = end;
        if !slot.is_empty() && slot.len() <= MAX_TOKEN_BYTES {
            count += 1;
            if let Some(ranges) = ranges.as_deref_mut() {
                ranges.push((start, end));
            }
        }
    }
    count
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

/// Finds the next word at or after byte `from`: a letter or digit followed
/// by letters, digits and combining marks.
fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    let table = &*LETTER_TABLE;
    // Letters of the table are alphabetic; asking the table first keeps
    // Vietnamese text off the slower Unicode property lookups.
    let starts_word = |c: char| {
        c.is_ascii_alphanumeric()
            || (!c.is_ascii() && (table.get(c).is_some() || c.is_alphanumeric()))
    };
    let continues_word = |c: char| {
        c.is_ascii_alphanumeric()
            || (!c.is_ascii()
                && (table.get(c).is_some() || c.is_alphanumeric() || is_combining_mark(c)))
    };
    let mut start = None;
    for (i, c) in rest.char_indices() {
        let at = from + i;
        match start {
            None => {
                if starts_word(c) {
                    start = Some(at);
                }
            }
            Some(s) => {
                if !continues_word(c) {
                    return Some((s, at));
                }
            }
        }
    }
    start.map(|s| (s, text.len()))
}

/// [`next_word`] and [`normalise_word`] of the word found, in one pass
/// over its characters: finds the next word at or after byte `from` (a
/// character boundary), appends its view to `out` and returns its byte
/// range. ASCII and the letters of [`LETTER_TABLE`] (all of Vietnamese)
/// are handled here; a word with any other character goes through the two
/// functions, so the result is always theirs.
fn next_normalised_word(
    text: &str,
    from: usize,
    view: View,
    out: &mut String,
) -> Option<(usize, usize)> {
    let table = &*LETTER_TABLE;
    let bytes = text.as_bytes();
    let mut at = from;
    let start = loop {
        let byte = *bytes.get(at)?;
        if byte.is_ascii() {
            if byte.is_ascii_alphanumeric() {
                break at;
            }
            at += 1;
        } else {
            let c = text.get(at..)?.chars().next()?;
            if table.get(c).is_some() || c.is_alphanumeric() {
                break at;
            }
            at += c.len_utf8();
        }
    };
    let mark = out.len();
    let mut end = start;
    while let Some(&byte) = bytes.get(end) {
        if byte.is_ascii() {
            if !byte.is_ascii_alphanumeric() {
                break;
            }
            out.push(char::from(byte.to_ascii_lowercase()));
            end += 1;
            continue;
        }
        let c = text.get(end..)?.chars().next()?;
        let Some(letter) = table.get(c) else {
            out.truncate(mark);
            let (start, end) = next_word(text, start)?;
            normalise_word(&text[start..end], view, out);
            return Some((start, end));
        };
        out.push(match view {
            View::Exact => letter.lower,
            View::Folded => char::from(letter.folded),
        });
        end += c.len_utf8();
    }
    Some((start, end))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Exact,
    Folded,
}

/// Appends the exact (NFC, lower case) or folded view of one word to
/// `out`. ASCII and precomposed Latin letters (all of Vietnamese) take a
/// table-driven fast path; anything else (decomposed marks, other
/// scripts, letters whose lower case is longer) goes through
/// [`nfc`]/[`fold`], so the result always agrees with them.
fn normalise_word(word: &str, view: View, out: &mut String) {
    let mark = out.len();
    let table = &*LETTER_TABLE;
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match table.get(c) {
            Some(letter) => out.push(match view {
                View::Exact => letter.lower,
                View::Folded => char::from(letter.folded),
            }),
            None => {
                out.truncate(mark);
                normalise_word_slowly(word, view, out);
                return;
            }
        }
    }
}

fn normalise_word_slowly(word: &str, view: View, out: &mut String) {
    let mut lower = String::with_capacity(word.len());
    for c in nfc(word).chars() {
        lower.extend(c.to_lowercase());
    }
    let exact = if is_nfc_quick(lower.chars()) == IsNormalized::Yes {
        lower
    } else {
        nfc(&lower)
    };
    match view {
        View::Exact => out.push_str(&exact),
        View::Folded => out.push_str(&fold(&exact)),
    }
}

/// A precomposed letter: its lower case and its folded ASCII letter.
#[derive(Clone, Copy)]
struct Letter {
    lower: char,
    folded: u8,
}

/// The Latin letters with marks of the two Unicode blocks where all
/// Vietnamese letters live, built from the domain's own [`fold`]. Letters
/// whose lower case is not a single NFC letter, or whose fold is not a
/// single ASCII letter or digit, are left out (slow path).
struct LetterTable {
    latin: Vec<Option<Letter>>,
    extended_additional: Vec<Option<Letter>>,
}

const LATIN_START: u32 = 0x00C0;
const LATIN_END: u32 = 0x0250;
const EXTENDED_START: u32 = 0x1E00;
const EXTENDED_END: u32 = 0x1F00;

impl LetterTable {
    fn build(from: u32, to: u32) -> Vec<Option<Letter>> {
        (from..to)
            .map(|code| {
                let c = char::from_u32(code)?;
                if !c.is_alphabetic() {
                    return None;
                }
                let mut lowers = c.to_lowercase();
                let lower = match (lowers.next(), lowers.next()) {
                    (Some(l), None) => l,
                    _ => return None,
                };
                if nfc(&lower.to_string()) != lower.to_string() {
                    return None;
                }
                let folded = fold(&c.to_string());
                let mut chars = folded.chars();
                match (chars.next(), chars.next()) {
                    (Some(base), None) if base.is_ascii_alphanumeric() => Some(Letter {
                        lower,
                        folded: base as u8,
                    }),
                    _ => None,
                }
            })
            .collect()
    }

    #[inline]
    fn get(&self, c: char) -> Option<Letter> {
        let code = c as u32;
        let slot = if (LATIN_START..LATIN_END).contains(&code) {
            self.latin.get((code - LATIN_START) as usize)
        } else if (EXTENDED_START..EXTENDED_END).contains(&code) {
            self.extended_additional
                .get((code - EXTENDED_START) as usize)
        } else {
            None
        };
        slot.copied().flatten()
    }
}

static LETTER_TABLE: LazyLock<LetterTable> = LazyLock::new(|| LetterTable {
    latin: LetterTable::build(LATIN_START, LATIN_END),
    extended_additional: LetterTable::build(EXTENDED_START, EXTENDED_END),
});

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
    fn positions_and_offsets_follow_the_text() {
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
        assert!(has_overlong_word(&format!("xin {long} chào")));
        assert!(!has_overlong_word(&"a".repeat(MAX_TOKEN_BYTES)));
        // 22 syllables' worth of "ệ" is 66 bytes exact, 22 folded.
        assert!(has_overlong_word(&"ệ".repeat(22)));
        assert!(!has_overlong_word("công nhân may, 40 tuổi"));
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
    fn every_latin_letter_agrees_with_the_domain_functions() {
        for code in (LATIN_START..LATIN_END).chain(EXTENDED_START..EXTENDED_END) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if !c.is_alphanumeric() {
                continue;
            }
            let word = c.to_string();
            let mut exact = String::new();
            normalise_word(&word, View::Exact, &mut exact);
            assert_eq!(
                exact,
                crate::domain::text::lower_nfc(&word),
                "U+{code:04X} {c}"
            );
            let mut folded = String::new();
            normalise_word(&word, View::Folded, &mut folded);
            assert_eq!(folded, fold(&word), "U+{code:04X} {c}");
        }
    }

    #[test]
    fn offsets_point_into_decomposed_text_as_given() {
        let nfd: String = "Việt Nam".nfd().collect();
        let tokens = analyze(&nfd);
        assert_eq!(tokens[0].exact, "việt");
        assert_eq!(
            &nfd[tokens[0].start..tokens[0].end],
            "Việt".nfd().collect::<String>()
        );
        assert_eq!(&nfd[tokens[1].start..tokens[1].end], "Nam");
    }

    #[test]
    fn pairs_are_neighbouring_folded_tokens() {
        let pairs = |text: &str| -> Vec<String> {
            let mut analyzer = TextAnalyzer::from(PairTokenizer::new());
            let mut stream = analyzer.token_stream(text);
            let mut out = Vec::new();
            while let Some(t) = stream.next() {
                out.push(t.text.clone());
            }
            out
        };
        assert_eq!(
            pairs("Tuyển CÔNG NHÂN may!"),
            ["tuyen cong", "cong nhan", "nhan may"]
        );
        assert_eq!(pairs("Bảo vệ"), ["bao ve"]);
        assert!(pairs("Kho").is_empty());
        assert!(pairs("").is_empty());
    }

    #[test]
    fn pairs_follow_the_tokens_of_analyze_with_offsets_and_positions() {
        // One tokenizer for every text: its buffers carry over.
        let mut analyzer = TextAnalyzer::from(PairTokenizer::new());
        for text in [
            "Tuyển CÔNG NHÂN may!",
            "Cần 20 thợ hàn, thợ điện (nam) tại KCN Tằng Loỏng — Bảo Thắng",
            "Tha\u{300}nh phô\u{301} Lào Cai",
            "a",
            "  ,,  ",
            "Xuất khẩu lao động Nhật Bản; 日本 技能実習",
            "Bảo vệ",
        ] {
            let mut stream = analyzer.token_stream(text);
            let mut got = Vec::new();
            while let Some(t) = stream.next() {
                got.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
            }
            let words = analyze(text);
            let expected: Vec<_> = words
                .windows(2)
                .enumerate()
                .map(|(i, w)| {
                    (
                        pair_key(&w[0].folded, &w[1].folded),
                        w[0].start,
                        w[1].end,
                        i,
                    )
                })
                .collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn the_one_pass_agrees_with_finding_then_normalising() {
        // Every kind of character the fast path meets or hands over: ASCII
        // letters, digits and punctuation, Vietnamese letters precomposed
        // and decomposed, marks NFC cannot compose, other scripts, letters
        // whose lower case is longer, spaces that are not ASCII.
        let pool: Vec<char> = "aZ09 ,.-/(ĐđƯươÁàẢãạÊềỆỹ\u{0300}\u{0301}\u{0309}\u{0302}\u{031B}한日İẞŉ\u{00A0}\u{2014}·"
            .chars()
            .collect();
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..3_000 {
            let len = (seed % 24) as usize;
            let mut text = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push(pool[(seed % pool.len() as u64) as usize]);
            }
            texts.push(text);
        }
        texts.push("Tuyển 20 CÔNG NHÂN may; lương 7-10 triệu (thỏa thuận)".to_string());
        for text in &texts {
            for view in [View::Exact, View::Folded] {
                let mut pos = 0;
                loop {
                    let expected = next_word(text, pos);
                    let mut word = String::from("kept ");
                    let got = next_normalised_word(text, pos, view, &mut word);
                    assert_eq!(got, expected, "{text:?} from {pos}");
                    let Some((start, end)) = expected else {
                        break;
                    };
                    let mut normalised = String::from("kept ");
                    normalise_word(&text[start..end], view, &mut normalised);
                    assert_eq!(word, normalised, "{text:?} from {pos}");
                    pos = end;
                }
            }
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
