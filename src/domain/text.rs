//! Vietnamese text handling: Unicode normalisation, cleaning of form input,
//! accent folding for search, and URL slugs.
//!
//! Vietnamese can be typed in two ways that look identical on screen: with
//! precomposed letters (`ế` as one code point) or decomposed ones (`e` plus a
//! circumflex plus an acute accent). Keyboards on different systems produce
//! different forms, so every piece of text that is stored or compared goes
//! through [`nfc`] (or a function built on it) first.
//!
//! Everything here is pure and allocation-only; nothing can fail.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Returns `s` in Unicode Normalization Form C (canonical composition).
///
/// `"Vie\u{0302}\u{0323}t"` (decomposed) becomes `"Việt"` (precomposed).
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// `s` in NFC, borrowed when it already is (the quick check settles
/// nearly every text stored by the program, which normalises at the
/// edge).
pub fn nfc_cow(s: &str) -> Cow<'_, str> {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(nfc(s))
    }
}

/// Invisible characters that arrive with copy-and-paste and are never wanted
/// in a form field: zero-width space, soft hyphen, word joiner and the
/// byte-order mark.
fn is_invisible_junk(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Cleans a single-line form value: NFC, control and invisible characters
/// removed, every run of whitespace (including newlines, tabs and
/// non-breaking spaces) collapsed to one ASCII space, and the ends trimmed.
///
/// `"  Thợ\t\thàn \n điện "` becomes `"Thợ hàn điện"`.
pub fn clean_input(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = true;
        } else if c.is_control() || is_invisible_junk(c) {
            // Dropped without leaving a space behind.
        } else {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    // Only ASCII spaces separate words by now, and canonical composition
    // never creates, removes or merges whitespace, so this keeps the result
    // free of doubled or outer spaces.
    nfc(&out)
}

/// True for characters that end a line: LF, CR, vertical tab, form feed,
/// NEL, and the Unicode line and paragraph separators.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// Cleans one line of multi-line text: keeps its leading indentation (as
/// ASCII spaces), collapses inner runs of whitespace to one space, drops
/// control and invisible characters, and trims the end.
fn clean_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    // Leading indentation: tabs and other blanks count as one space each.
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            out.push(' ');
            chars.next();
        } else if c.is_control() || is_invisible_junk(c) {
            chars.next();
        } else {
            break;
        }
    }
    let mut pending_space = false;
    for c in chars {
        if c.is_whitespace() {
            pending_space = true;
        } else if c.is_control() || is_invisible_junk(c) {
            // Dropped.
        } else {
            if pending_space {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    if out.trim().is_empty() {
        out.clear();
    }
    out
}

/// Cleans multi-line form text such as a job description.
///
/// The result is NFC; CRLF, lone CR and the Unicode line separators become
/// `\n`; each line loses its trailing whitespace and has inner runs of
/// whitespace collapsed (leading indentation is kept); control and invisible
/// characters are removed; blank lines at the start and end are removed and
/// runs of blank lines inside the text are reduced to a single blank line.
pub fn clean_multiline(s: &str) -> String {
    let normalised = s.replace("\r\n", "\n");
    let mut lines: Vec<String> = Vec::new();
    let mut blank_run = 0usize;
    for raw in normalised.split(is_line_break) {
        let line = clean_line(raw);
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !lines.is_empty() && blank_run > 0 {
            lines.push(String::new());
        }
        blank_run = 0;
        lines.push(line);
    }
    nfc(&lines.join("\n"))
}

/// Folds text into a search key: lower case, with every tone mark and vowel
/// mark removed and `đ`/`Đ` turned into `d`.
///
/// Works the same on precomposed and decomposed input:
/// `fold("Tuyển công nhân may") == "tuyen cong nhan may"` and
/// `fold("ĐẮK LẮK") == "dak lak"`. Letters of other scripts keep their base
/// form (the result is recomposed, so Hangul syllables survive intact).
pub fn fold(s: &str) -> String {
    let lowered = s.to_lowercase();
    let stripped: String = lowered
        .nfd()
        .filter(|&c| !is_combining_mark(c))
        .map(|c| match c {
            // `đ` has no decomposition, so it is mapped by hand. The upper
            // case form is already gone after `to_lowercase`, but an odd
            // input could still contain it after decomposition of another
            // character, so both are handled.
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .collect();
    nfc(&stripped)
}

/// The "exact" comparison view of a text: NFC, then lower case.
///
/// Unlike [`fold`] it keeps the accents, so `"Mã"` and `"Má"` stay distinct.
pub fn lower_nfc(s: &str) -> String {
    // Lower-casing can in principle produce a decomposed sequence, so the
    // composition step comes last.
    nfc(&s.to_lowercase())
}

/// Makes a URL slug: the [`fold`]ed text with every run of characters other
/// than `a`–`z` and `0`–`9` turned into one `-`, and no `-` at either end.
///
/// `slug("Thợ hàn điện") == "tho-han-dien"`. Text in a script without a
/// Latin base form gives an empty slug, so callers should always put an id
/// next to the slug in a URL.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_dash = false;
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c);
        } else {
            pending_dash = true;
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every Vietnamese vowel with every tone, lower then upper case, in
    /// precomposed form, paired with its folded base letter.
    const VOWELS: &[(&str, char)] = &[
        ("aàáảãạ", 'a'),
        ("ăằắẳẵặ", 'a'),
        ("âầấẩẫậ", 'a'),
        ("eèéẻẽẹ", 'e'),
        ("êềếểễệ", 'e'),
        ("iìíỉĩị", 'i'),
        ("oòóỏõọ", 'o'),
        ("ôồốổỗộ", 'o'),
        ("ơờớởỡợ", 'o'),
        ("uùúủũụ", 'u'),
        ("ưừứửữự", 'u'),
        ("yỳýỷỹỵ", 'y'),
        ("AÀÁẢÃẠ", 'a'),
        ("ĂẰẮẲẴẶ", 'a'),
        ("ÂẦẤẨẪẬ", 'a'),
        ("EÈÉẺẼẸ", 'e'),
        ("ÊỀẾỂỄỆ", 'e'),
        ("IÌÍỈĨỊ", 'i'),
        ("OÒÓỎÕỌ", 'o'),
        ("ÔỒỐỔỖỘ", 'o'),
        ("ƠỜỚỞỠỢ", 'o'),
        ("UÙÚỦŨỤ", 'u'),
        ("ƯỪỨỬỮỰ", 'u'),
        ("YỲÝỶỸỴ", 'y'),
    ];

    fn decomposed(s: &str) -> String {
        s.nfd().collect()
    }

    #[test]
    fn nfc_composes_decomposed_vietnamese() {
        let d = "Vie\u{0302}\u{0323}t Nam";
        assert_eq!(nfc(d), "Việt Nam");
        assert_eq!(nfc("Việt Nam"), "Việt Nam");
        // The decomposed form really is different bytes before NFC.
        assert_ne!(decomposed("Việt"), "Việt");
        assert_eq!(
            nfc(&decomposed("Nguyễn Thị Hồng Nhung")),
            "Nguyễn Thị Hồng Nhung"
        );
    }

    #[test]
    fn nfc_reorders_marks_of_different_classes() {
        // Dot below (class 220) typed before the breve (class 230) is put
        // back in canonical order and composed.
        assert_eq!(nfc("a\u{0323}\u{0306}"), "ặ");
        assert_eq!(nfc("o\u{0302}\u{0309}"), "ổ");
    }

    #[test]
    fn marks_of_the_same_class_in_the_wrong_order_still_fold() {
        // Hook above and circumflex share class 230, so Unicode treats
        // "o + hook + circumflex" as a different string from "ổ" and NFC
        // cannot repair it. Folding still matches it for search.
        let wrong_order = "o\u{0309}\u{0302}";
        assert_ne!(nfc(wrong_order), "ổ");
        assert_eq!(fold(wrong_order), fold("ổ"));
    }

    #[test]
    fn fold_every_vowel_with_every_tone() {
        for (letters, base) in VOWELS {
            assert_eq!(letters.chars().count(), 6, "{letters}");
            for c in letters.chars() {
                let s = c.to_string();
                assert_eq!(fold(&s), base.to_string(), "precomposed {c}");
                assert_eq!(fold(&decomposed(&s)), base.to_string(), "decomposed {c}");
            }
        }
    }

    #[test]
    fn fold_examples() {
        assert_eq!(fold("Tuyển công nhân may"), "tuyen cong nhan may");
        assert_eq!(fold("ĐẮK LẮK"), "dak lak");
        assert_eq!(fold(&decomposed("ĐẮK LẮK")), "dak lak");
        assert_eq!(fold("đường Nguyễn Huệ"), "duong nguyen hue");
        assert_eq!(fold("Thừa Thiên Huế"), "thua thien hue");
        assert_eq!(fold("Bà Rịa – Vũng Tàu"), "ba ria – vung tau");
        assert_eq!(fold("Kỹ sư phần mềm"), "ky su phan mem");
        assert_eq!(fold("Ưu tiên người khuyết tật"), "uu tien nguoi khuyet tat");
        assert_eq!(fold("ỨNG TUYỂN NGAY"), "ung tuyen ngay");
        assert_eq!(fold("Lương 7-10 triệu"), "luong 7-10 trieu");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn fold_keeps_other_scripts_intact() {
        assert_eq!(fold("한국어"), "한국어");
        assert_eq!(fold("日本語"), "日本語");
        assert_eq!(fold("Crème Brûlée"), "creme brulee");
    }

    #[test]
    fn fold_matches_across_forms_and_cases() {
        let forms = [
            "Hồ Chí Minh",
            "HỒ CHÍ MINH",
            "ho chi minh",
            "Ho\u{0302}\u{0300} Chi\u{0301} Minh",
        ];
        for f in forms {
            assert_eq!(fold(f), "ho chi minh", "{f:?}");
        }
    }

    #[test]
    fn lower_nfc_keeps_accents() {
        assert_eq!(lower_nfc("ĐẮK LẮK"), "đắk lắk");
        assert_eq!(lower_nfc(&decomposed("ĐẮK LẮK")), "đắk lắk");
        assert_ne!(lower_nfc("Mã"), lower_nfc("Má"));
        assert_eq!(lower_nfc("THỢ MAY"), "thợ may");
    }

    #[test]
    fn slug_examples() {
        assert_eq!(slug("Thợ hàn điện"), "tho-han-dien");
        assert_eq!(
            slug("  Công nhân   may (ca đêm)!! "),
            "cong-nhan-may-ca-dem"
        );
        assert_eq!(slug("Lương 7–10 triệu/tháng"), "luong-7-10-trieu-thang");
        assert_eq!(slug("Nhân viên IT @ FPT"), "nhan-vien-it-fpt");
        assert_eq!(slug("---"), "");
        assert_eq!(slug("日本語"), "");
        assert_eq!(slug(&decomposed("Đà Nẵng")), "da-nang");
    }

    #[test]
    fn clean_input_examples() {
        assert_eq!(clean_input("  Thợ\t\thàn \n điện "), "Thợ hàn điện");
        assert_eq!(clean_input("Hà\u{00A0}Nội"), "Hà Nội");
        assert_eq!(clean_input("Hà\u{3000}\u{3000}Nội"), "Hà Nội");
        assert_eq!(clean_input("Bếp\u{200B}trưởng"), "Bếptrưởng");
        assert_eq!(clean_input("\u{FEFF}Tạp vụ"), "Tạp vụ");
        assert_eq!(clean_input("a\u{0007}b"), "ab");
        assert_eq!(clean_input(&decomposed(" Nguyễn  Văn  A ")), "Nguyễn Văn A");
        assert_eq!(clean_input(""), "");
        assert_eq!(clean_input(" \n\t "), "");
    }

    #[test]
    fn clean_multiline_examples() {
        assert_eq!(
            clean_multiline("Mô tả:\r\n\r\n\r\n- Làm ca   ngày   \r\n- Có  nhà ở\r\n\r\n"),
            "Mô tả:\n\n- Làm ca ngày\n- Có nhà ở"
        );
        assert_eq!(
            clean_multiline("\n\n  \nDòng một\n \t \nDòng hai\n\n"),
            "Dòng một\n\nDòng hai"
        );
        assert_eq!(clean_multiline("a\rb\u{2028}c"), "a\nb\nc");
        assert_eq!(
            clean_multiline("Yêu cầu:\n  • Sức khỏe tốt"),
            "Yêu cầu:\n  • Sức khỏe tốt"
        );
        assert_eq!(clean_multiline("x\u{0000}y"), "xy");
        assert_eq!(clean_multiline(&decomposed("Tiếng Việt")), "Tiếng Việt");
        assert_eq!(clean_multiline(""), "");
    }

    fn vietnamese_text() -> impl Strategy<Value = String> {
        let all: String = VOWELS.iter().map(|(s, _)| *s).collect::<String>() + "đĐ";
        let pool: Vec<char> = all
            .chars()
            .chain((0x20u8..0x7f).map(char::from))
            .chain(['\n', '\t'])
            .collect();
        proptest::collection::vec(proptest::sample::select(pool), 0..40)
            .prop_map(|cs| cs.into_iter().collect::<String>())
    }

    proptest! {
        #[test]
        fn fold_is_idempotent_on_vietnamese(s in vietnamese_text()) {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once);
        }

        #[test]
        fn fold_is_idempotent_on_any_text(s in any::<String>()) {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once);
        }

        #[test]
        fn fold_of_vietnamese_is_ascii(s in vietnamese_text()) {
            let folded = fold(&s);
            prop_assert!(folded.chars().all(|c| (c as u32) <= 0x7f), "{:?}", folded);
        }

        #[test]
        fn fold_ignores_normal_form(s in vietnamese_text()) {
            prop_assert_eq!(fold(&decomposed(&s)), fold(&s));
        }

        #[test]
        fn nfc_is_idempotent(s in any::<String>()) {
            let once = nfc(&s);
            prop_assert_eq!(nfc(&once), once);
        }

        #[test]
        fn clean_input_is_tidy(s in any::<String>()) {
            let cleaned = clean_input(&s);
            prop_assert_eq!(cleaned.trim(), cleaned.as_str());
            prop_assert!(!cleaned.contains("  "));
            prop_assert!(!cleaned.chars().any(|c| c.is_control()));
            prop_assert!(!cleaned.chars().any(|c| c.is_whitespace() && c != ' '));
            prop_assert_eq!(clean_input(&cleaned), cleaned.clone());
            prop_assert_eq!(nfc(&cleaned), cleaned);
        }

        #[test]
        fn clean_input_is_tidy_on_vietnamese(s in vietnamese_text()) {
            let cleaned = clean_input(&s);
            prop_assert_eq!(cleaned.trim(), cleaned.as_str());
            prop_assert!(!cleaned.contains("  "));
        }

        #[test]
        fn clean_multiline_is_tidy(s in any::<String>()) {
            let cleaned = clean_multiline(&s);
            prop_assert!(!cleaned.contains("\n\n\n"));
            prop_assert!(!cleaned.contains('\r'));
            prop_assert!(!cleaned.starts_with('\n') && !cleaned.ends_with('\n'));
            for line in cleaned.split('\n') {
                prop_assert_eq!(line.trim_end(), line);
            }
            prop_assert_eq!(clean_multiline(&cleaned), cleaned);
        }

        #[test]
        fn slug_is_url_safe(s in any::<String>()) {
            let sl = slug(&s);
            prop_assert!(sl.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!sl.starts_with('-') && !sl.ends_with('-'));
            prop_assert!(!sl.contains("--"));
        }
    }
}
