//! Snippets: a short piece of a posting around the words that matched,
//! with those words marked. Matching is on folded forms, so typing "cong
//! nhan" highlights "công nhân". The output is plain text in parts;
//! templates escape it.

use std::collections::HashSet;

use super::analyzer::{AnalyzedToken, analyze};
use super::types::SnippetPart;
use crate::domain::text::nfc_cow;

/// Longest snippet, in characters (not counting the "…" marks).
pub const SNIPPET_CHARS: usize = 200;

/// How many characters of context to keep before the first match.
const LEAD_CHARS: usize = 40;

/// Marks text cut at either end.
const ELLIPSIS: &str = "…";

/// Builds the snippet of a posting: from the description where the query
/// matched there; else the title where it matched there; else the start of
/// the description (or the title when there is no description).
/// `terms` are folded words; an empty set gives an unmarked opening.
pub fn snippet(description: &str, title: &str, terms: &HashSet<String>) -> Vec<SnippetPart> {
    let description = nfc_cow(description);
    let title = nfc_cow(title);
    let desc_tokens = analyze(&description);
    if has_match(&desc_tokens, terms) {
        return build(&description, &desc_tokens, terms, SNIPPET_CHARS);
    }
    let title_tokens = analyze(&title);
    if has_match(&title_tokens, terms) || description.trim().is_empty() {
        return build(&title, &title_tokens, terms, SNIPPET_CHARS);
    }
    build(&description, &desc_tokens, &HashSet::new(), SNIPPET_CHARS)
}

fn has_match(tokens: &[AnalyzedToken], terms: &HashSet<String>) -> bool {
    tokens.iter().any(|t| terms.contains(&t.folded))
}

/// A token with its place counted in characters.
struct Placed {
    start_char: usize,
    end_char: usize,
    start: usize,
    end: usize,
    matched: bool,
    folded_index: usize,
}

fn place(text: &str, tokens: &[AnalyzedToken], terms: &HashSet<String>) -> Vec<Placed> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut chars = 0usize;
    let mut byte = 0usize;
    let mut distinct: Vec<&str> = Vec::new();
    for token in tokens {
        chars += text.get(byte..token.start).map_or(0, |s| s.chars().count());
        let start_char = chars;
        chars += text
            .get(token.start..token.end)
            .map_or(0, |s| s.chars().count());
        byte = token.end;
        let matched = terms.contains(&token.folded);
        let folded_index = if matched {
            match distinct.iter().position(|d| *d == token.folded) {
                Some(i) => i,
                None => {
                    distinct.push(&token.folded);
                    distinct.len() - 1
                }
            }
        } else {
            usize::MAX
        };
        out.push(Placed {
            start_char,
            end_char: chars,
            start: token.start,
            end: token.end,
            matched,
            folded_index,
        });
    }
    out
}

/// Picks the window of at most `max_chars` characters holding the most
/// distinct matched words (then the most matches), and renders it.
fn build(
    text: &str,
    tokens: &[AnalyzedToken],
    terms: &HashSet<String>,
    max_chars: usize,
) -> Vec<SnippetPart> {
    let placed = place(text, tokens, terms);
    let total_chars = text.chars().count();
    let Some(last) = placed.last() else {
        return render_plain(text, 0, text.len(), false, false);
    };
    if last.end_char <= max_chars && total_chars <= max_chars {
        return render(text, &placed, 0, text.len(), false, false);
    }

    // The first token of the window: the match that starts the best run.
    let matches: Vec<usize> = (0..placed.len()).filter(|&i| placed[i].matched).collect();
    let mut best_first = 0usize;
    let mut best = (0usize, 0usize);
    for &m in matches.iter().take(500) {
        let limit = placed[m].start_char + max_chars.saturating_sub(LEAD_CHARS);
        let mut seen = 0u64;
        let mut count = 0usize;
        for p in placed[m..].iter().take_while(|p| p.end_char <= limit) {
            if p.matched {
                count += 1;
                if p.folded_index < 64 {
                    seen |= 1 << p.folded_index;
                }
            }
        }
        let score = (seen.count_ones() as usize, count);
        if score > best {
            best = score;
            best_first = m;
        }
    }

    // Back up a little for context, to a token start.
    let anchor = placed[best_first].start_char;
    let mut first = best_first;
    while first > 0 && anchor - placed[first - 1].start_char <= LEAD_CHARS {
        first -= 1;
    }
    if matches.is_empty() {
        first = 0;
    }
    let window_start_char = if first == 0 {
        0
    } else {
        placed[first].start_char
    };
    let limit = window_start_char + max_chars;
    let mut last = first;
    while last + 1 < placed.len() && placed[last + 1].end_char <= limit {
        last += 1;
    }
    let start_byte = if first == 0 { 0 } else { placed[first].start };
    let end_byte = if last + 1 == placed.len() && total_chars <= limit {
        text.len()
    } else {
        placed[last].end
    };
    render(
        text,
        &placed,
        start_byte,
        end_byte,
        start_byte > 0,
        end_byte < text.len(),
    )
}

fn render(
    text: &str,
    placed: &[Placed],
    start: usize,
    end: usize,
    cut_before: bool,
    cut_after: bool,
) -> Vec<SnippetPart> {
    let mut parts: Vec<SnippetPart> = Vec::new();
    if cut_before {
        push(&mut parts, ELLIPSIS, false);
    }
    let mut at = start;
    for p in placed.iter().filter(|p| p.start >= start && p.end <= end) {
        if !p.matched {
            continue;
        }
        let gap = text.get(at..p.start).unwrap_or_default();
        let joins_previous = gap.chars().all(char::is_whitespace)
            && !gap.is_empty()
            && parts.last().is_some_and(|last| last.highlighted);
        if joins_previous {
            push(&mut parts, " ", true);
        } else {
            push(&mut parts, &collapse_whitespace(gap), false);
        }
        push(
            &mut parts,
            text.get(p.start..p.end).unwrap_or_default(),
            true,
        );
        at = p.end;
    }
    let tail = text.get(at..end).unwrap_or_default();
    push(&mut parts, &collapse_whitespace(tail), false);
    if cut_after {
        push(&mut parts, ELLIPSIS, false);
    }
    trim_ends(&mut parts);
    parts
}

fn render_plain(
    text: &str,
    start: usize,
    end: usize,
    cut_before: bool,
    cut_after: bool,
) -> Vec<SnippetPart> {
    render(text, &[], start, end, cut_before, cut_after)
}

/// Appends text to the parts, merging with the last part when it has the
/// same highlighting.
fn push(parts: &mut Vec<SnippetPart>, text: &str, highlighted: bool) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.highlighted == highlighted => last.text.push_str(text),
        _ => parts.push(SnippetPart {
            text: text.to_string(),
            highlighted,
        }),
    }
}

/// Turns every run of whitespace (newlines included) into one space.
fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

fn trim_ends(parts: &mut Vec<SnippetPart>) {
    if let Some(first) = parts.first_mut()
        && !first.highlighted
    {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = parts.last_mut()
        && !last.highlighted
    {
        last.text = last.text.trim_end().to_string();
    }
    parts.retain(|p| !p.text.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &[&str]) -> HashSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn highlighted(parts: &[SnippetPart]) -> Vec<&str> {
        parts
            .iter()
            .filter(|p| p.highlighted)
            .map(|p| p.text.as_str())
            .collect()
    }

    fn joined(parts: &[SnippetPart]) -> String {
        parts.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn folded_query_words_highlight_marked_text() {
        let parts = snippet(
            "Cần tuyển 20 công nhân may làm việc tại xưởng.",
            "Tuyển công nhân may",
            &terms(&["cong", "nhan"]),
        );
        assert_eq!(highlighted(&parts), ["công nhân"]);
        assert_eq!(
            joined(&parts),
            "Cần tuyển 20 công nhân may làm việc tại xưởng."
        );
    }

    #[test]
    fn long_descriptions_are_cut_around_the_matches() {
        let filler = "Công ty có môi trường làm việc thân thiện, chế độ đầy đủ. ".repeat(10);
        let description =
            format!("{filler}Yêu cầu: có bằng lái xe hạng C, kinh nghiệm 2 năm. {filler}");
        let parts = snippet(&description, "Tuyển tài xế", &terms(&["lai", "xe"]));
        let text = joined(&parts);
        assert!(text.starts_with(ELLIPSIS), "{text}");
        assert!(text.ends_with(ELLIPSIS), "{text}");
        assert!(
            text.chars().count() <= SNIPPET_CHARS + 2,
            "{}",
            text.chars().count()
        );
        assert_eq!(highlighted(&parts), ["lái xe"]);
    }

    #[test]
    fn falls_back_to_the_title_then_the_opening() {
        let parts = snippet("Lương cao, ở miễn phí.", "Thợ hàn điện", &terms(&["han"]));
        assert_eq!(highlighted(&parts), ["hàn"]);
        assert_eq!(joined(&parts), "Thợ hàn điện");

        let parts = snippet("Lương cao,\n\nở miễn phí.", "Thợ hàn", &terms(&["may"]));
        assert_eq!(joined(&parts), "Lương cao, ở miễn phí.");
        assert!(highlighted(&parts).is_empty());

        let parts = snippet("", "Thợ hàn", &HashSet::new());
        assert_eq!(joined(&parts), "Thợ hàn");
    }

    #[test]
    fn text_is_never_marked_up() {
        let parts = snippet("<b>Tuyển</b> thợ & phụ hồ \"gấp\"", "x", &terms(&["tuyen"]));
        assert_eq!(joined(&parts), "<b>Tuyển</b> thợ & phụ hồ \"gấp\"");
        assert_eq!(highlighted(&parts), ["Tuyển"]);
    }

    #[test]
    fn decomposed_descriptions_work() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Tuyển công nhân may".nfd().collect();
        let parts = snippet(&nfd, "", &terms(&["may"]));
        assert_eq!(highlighted(&parts), ["may"]);
        assert_eq!(joined(&parts), "Tuyển công nhân may");
    }

    #[test]
    fn opening_of_a_long_description_without_matches_is_cut() {
        let description = "Mô tả công việc rất dài. ".repeat(40);
        let parts = snippet(&description, "Tiêu đề", &HashSet::new());
        let text = joined(&parts);
        assert!(!text.starts_with(ELLIPSIS));
        assert!(text.ends_with(ELLIPSIS));
        assert!(text.chars().count() <= SNIPPET_CHARS + 1);
    }
}
