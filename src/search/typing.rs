//! Leftovers of Vietnamese input methods in what people type.
//!
//! On a phone whose Vietnamese keyboard is switched off, or when the input
//! method lags, the keys meant to add marks end up as letters: Telex
//! ("coong nhaan" for "công nhân", "ke toans" for "kế toán", "dduowngf" for
//! "đường") or VNI ("co6ng" for "công"). [`intended_syllable`] undoes those
//! keys and returns the folded syllable the person meant, which the query
//! builder adds as an alternative to (never a replacement of) the token as
//! typed. The guess is kept only when it is a well-formed Vietnamese
//! syllable, so English words and codes such as "b2" are left alone.

/// Onsets (initial consonants) of Vietnamese syllables in folded spelling,
/// longest first so that "ngh" wins over "ng" and "n".
const ONSETS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Final consonants of Vietnamese syllables.
const CODAS: &[&str] = &["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Whether `s` (folded, ASCII lower case) has the shape of a Vietnamese
/// syllable: an optional onset, one to three vowels, an optional coda.
pub fn is_syllable(s: &str) -> bool {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    ONSETS.iter().any(|onset| {
        let Some(rest) = s.strip_prefix(onset) else {
            return false;
        };
        CODAS.iter().any(|coda| {
            let Some(nucleus) = rest.strip_suffix(coda) else {
                return false;
            };
            (1..=3).contains(&nucleus.len()) && nucleus.bytes().all(is_vowel)
        })
    })
}

/// The folded syllable a Telex or VNI leftover stands for, if `token`
/// (already folded: ASCII lower case) looks like one and the result is a
/// Vietnamese syllable different from the token.
///
/// ```
/// use vieclam::search::typing::intended_syllable;
/// assert_eq!(intended_syllable("coong").as_deref(), Some("cong"));
/// assert_eq!(intended_syllable("toans").as_deref(), Some("toan"));
/// assert_eq!(intended_syllable("dduowngf").as_deref(), Some("duong"));
/// assert_eq!(intended_syllable("co6ng").as_deref(), Some("cong"));
/// assert_eq!(intended_syllable("cong"), None);
/// assert_eq!(intended_syllable("b2"), None);
/// ```
pub fn intended_syllable(token: &str) -> Option<String> {
    if token.len() < 3
        || token.len() > 16
        || !token
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return None;
    }
    let first = token.as_bytes().first().copied()?;
    if !first.is_ascii_lowercase() {
        return None;
    }
    let guess = if token.bytes().any(|b| b.is_ascii_digit()) {
        undo_vni(token)?
    } else {
        undo_telex(token)
    };
    (guess != token && is_syllable(&guess)).then_some(guess)
}

/// VNI puts the marks on digit keys: 1-5 tones, 6 circumflex, 7 horn,
/// 8 breve, 9 the bar of đ. Folded, they all simply disappear.
fn undo_vni(token: &str) -> Option<String> {
    if token.bytes().any(|b| b == b'0') {
        return None;
    }
    Some(token.chars().filter(|c| !c.is_ascii_digit()).collect())
}

/// Telex: a trailing s/f/r/x/j is a tone (no Vietnamese syllable ends with
/// those letters; z clears a tone), "dd" is đ, doubled a/e/o are â/ê/ô, and
/// w after a, o or u is a breve or horn (on its own it is ư).
fn undo_telex(token: &str) -> String {
    let mut s = token;
    if let Some(stripped) = s.strip_suffix(['s', 'f', 'r', 'x', 'j', 'z'])
        && !stripped.is_empty()
    {
        s = stripped;
    }
    let s = match s.strip_prefix("dd") {
        Some(rest) => format!("d{rest}"),
        None => s.to_string(),
    };
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<u8> = None;
    for &b in bytes {
        match b {
            b'a' | b'e' | b'o' if prev == Some(b) => {
                // Second of a doubled vowel: the circumflex key.
            }
            b'w' => match prev {
                Some(b'a' | b'o' | b'u') => {}
                _ => out.push('u'),
            },
            _ => out.push(char::from(b)),
        }
        prev = Some(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telex_leftovers_become_syllables() {
        let cases = [
            ("coong", "cong"),
            ("nhaan", "nhan"),
            ("toans", "toan"),
            ("dduowngf", "duong"),
            ("nguwowif", "nguoi"),
            ("tieengs", "tieng"),
            ("vieecj", "viec"),
            ("lamf", "lam"),
            ("xoong", "xong"),
            ("cnc", ""),
            ("nhw", "nhu"),
            ("ddieenj", "dien"),
            ("thowj", "tho"),
            ("hanf", "han"),
        ];
        for (typed, meant) in cases {
            let got = intended_syllable(typed);
            if meant.is_empty() {
                assert_eq!(got, None, "{typed}");
            } else {
                assert_eq!(got.as_deref(), Some(meant), "{typed}");
            }
        }
    }

    #[test]
    fn vni_leftovers_become_syllables() {
        assert_eq!(intended_syllable("co6ng").as_deref(), Some("cong"));
        assert_eq!(intended_syllable("nha6n").as_deref(), Some("nhan"));
        assert_eq!(intended_syllable("d9u7o7ng2").as_deref(), Some("duong"));
        assert_eq!(intended_syllable("ke61").as_deref(), Some("ke"));
    }

    #[test]
    fn real_syllables_codes_and_foreign_words_are_left_alone() {
        for token in [
            "cong", "nhan", "may", "b2", "7531", "k3", "wifi", "web", "cnc", "php", "it", "ab",
        ] {
            assert_eq!(intended_syllable(token), None, "{token}");
        }
    }

    #[test]
    fn syllable_shapes() {
        for ok in [
            "a", "nghieng", "nguoi", "khuya", "quyen", "gia", "gi", "truong", "oanh",
        ] {
            assert!(is_syllable(ok), "{ok}");
        }
        for bad in ["", "b", "str", "nghh", "aaaa", "xyz", "caab1"] {
            assert!(!is_syllable(bad), "{bad}");
        }
    }
}
