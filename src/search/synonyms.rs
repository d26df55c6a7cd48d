//! Synonym and abbreviation groups for search ("XKLĐ" = "xuất khẩu lao
//! động"), read from `reference/search-synonyms.toml`.
//!
//! Members are kept in folded form (no marks, lower case), as token lists.
//! The query builder looks for the longest member starting at each query
//! token and adds the other members of its groups as alternatives.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Deserialize;

use super::analyzer::analyze;
use super::error::SearchError;

/// The file shipped with the program.
pub const BUILTIN_TOML: &str = include_str!("../../reference/search-synonyms.toml");

/// Most syllables a member may have.
pub const MAX_MEMBER_TOKENS: usize = 8;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymFile {
    #[serde(default)]
    group: Vec<GroupEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupEntry {
    terms: Vec<String>,
}

/// A quick hasher for the short keys of the tables (FxHash's mixing, a
/// word at a time): the index looks up every word of every posting, and
/// the standard hasher's protection against crafted keys is not needed
/// for a table built from the program's own file.
#[derive(Default, Clone, Copy)]
pub struct QuickHasher(u64);

type QuickHash = BuildHasherDefault<QuickHasher>;

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for &byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A member: its folded tokens.
pub type Member = Vec<String>;

/// Loaded synonym groups.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<Member>>,
    /// Folded member (tokens joined by a space) to the groups holding it.
    by_key: HashMap<String, Vec<usize>, QuickHash>,
    /// First tokens of the members of groups with two members or more,
    /// each with the lengths of those members (bit `n` for `n` tokens).
    starts: HashMap<String, u32, QuickHash>,
    longest: usize,
    /// See [`Synonyms::fingerprint`].
    checksum: u64,
}

/// A member found in a query: how many tokens it covers and the other
/// members of its groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynonymMatch<'a> {
    /// Number of query tokens the member covers.
    pub len: usize,
    /// The other members of every group containing the one found.
    pub others: Vec<&'a [String]>,
    /// Those groups (of two members or more), by number.
    pub groups: Vec<usize>,
}

impl Synonyms {
    /// No groups at all.
    pub fn empty() -> Self {
        let mut synonyms = Self::default();
        synonyms.checksum = synonyms.compute_checksum();
        synonyms
    }

    /// The groups of the file built into the program. The built-in file is
    /// checked by the tests; should it ever fail to load, search still
    /// works without synonyms and the problem is logged.
    pub fn builtin() -> Self {
        match Self::from_toml(BUILTIN_TOML) {
            Ok(synonyms) => synonyms,
            Err(err) => {
                tracing::error!(error = %err, "built-in synonyms file rejected");
                Self::empty()
            }
        }
    }

    /// Reads a synonyms file (the text of `search-synonyms.toml`). A file
    /// that does not parse or breaks a rule is an error naming the group
    /// and member at fault.
    pub fn from_toml(text: &str) -> Result<Self, SearchError> {
        let file: SynonymFile = toml::from_str(text).map_err(|err| {
            let detail = err.to_string().trim().replace('\n', " ");
            SearchError::Synonyms {
                vi: format!("không đọc được TOML ({detail})"),
                en: format!("it is not valid TOML ({detail})"),
            }
        })?;
        let mut synonyms = Self::empty();
        for (index, entry) in file.group.into_iter().enumerate() {
            let number = index + 1;
            if entry.terms.is_empty() {
                return Err(SearchError::Synonyms {
                    vi: format!("nhóm thứ {number} không có thành viên nào"),
                    en: format!("group {number} has no members"),
                });
            }
            let mut members: Vec<Member> = Vec::new();
            for term in &entry.terms {
                let tokens: Member = analyze(term).into_iter().map(|t| t.folded).collect();
                if tokens.is_empty() {
                    return Err(SearchError::Synonyms {
                        vi: format!("nhóm thứ {number}: “{term}” không có chữ hay số nào"),
                        en: format!("group {number}: “{term}” has no letters or digits"),
                    });
                }
                if tokens.len() > MAX_MEMBER_TOKENS {
                    return Err(SearchError::Synonyms {
                        vi: format!(
                            "nhóm thứ {number}: “{term}” dài quá {MAX_MEMBER_TOKENS} âm tiết"
                        ),
                        en: format!(
                            "group {number}: “{term}” is longer than {MAX_MEMBER_TOKENS} syllables"
                        ),
                    });
                }
                if !members.contains(&tokens) {
                    members.push(tokens);
                }
            }
            let group_id = synonyms.groups.len();
            if members.len() > 1 {
                for member in &members {
                    if let Some(first) = member.first() {
                        *synonyms.starts.entry(first.clone()).or_default() |= 1 << member.len();
                    }
                }
            }
            for member in &members {
                synonyms.longest = synonyms.longest.max(member.len());
                let ids = synonyms.by_key.entry(member.join(" ")).or_default();
                if !ids.contains(&group_id) {
                    ids.push(group_id);
                }
            }
            synonyms.groups.push(members);
        }
        synonyms.checksum = synonyms.compute_checksum();
        Ok(synonyms)
    }

    /// Number of groups.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether there are no groups.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The longest member that starts at `tokens[start]` (folded tokens),
    /// if any.
    pub fn longest_match(&self, tokens: &[String], start: usize) -> Option<SynonymMatch<'_>> {
        let available = tokens.len().checked_sub(start)?;
        let max = self.longest.min(available);
        for len in (1..=max).rev() {
            let key = tokens[start..start + len].join(" ");
            if let Some(ids) = self.by_key.get(&key) {
                let mut others: Vec<&[String]> = Vec::new();
                for &id in ids {
                    for member in self.groups.get(id).into_iter().flatten() {
                        if member.join(" ") != key && !others.contains(&member.as_slice()) {
                            others.push(member.as_slice());
                        }
                    }
                }
                let groups = ids
                    .iter()
                    .copied()
                    .filter(|&id| self.groups.get(id).is_some_and(|g| g.len() > 1))
                    .collect();
                return Some(SynonymMatch {
                    len,
                    others,
                    groups,
                });
            }
        }
        None
    }

    /// Adds to `found` the number of every group (of two members or more)
    /// with a member standing in `tokens` (folded, in order), each once.
    /// This is what the index records of a posting, so that a search for
    /// one member finds the others with one term lookup.
    pub fn groups_in(&self, tokens: &[String], found: &mut Vec<usize>) {
        let mut key = String::new();
        for (start, first) in tokens.iter().enumerate() {
            let Some(&lengths) = self.starts.get(first) else {
                continue;
            };
            key.clear();
            for (offset, token) in tokens[start..].iter().take(self.longest).enumerate() {
                if offset > 0 {
                    key.push(' ');
                }
                key.push_str(token);
                if lengths & (1 << (offset + 1)) == 0 {
                    continue;
                }
                for &id in self.by_key.get(&key).into_iter().flatten() {
                    if self.groups.get(id).is_some_and(|g| g.len() > 1) && !found.contains(&id) {
                        found.push(id);
                    }
                }
            }
        }
    }

    /// A checksum of the groups: indexes built with other groups are
    /// rebuilt (it is part of the name of the field holding the groups).
    pub fn fingerprint(&self) -> u64 {
        self.checksum
    }

    fn compute_checksum(&self) -> u64 {
        // FNV-1a: stable across builds and platforms, unlike std's hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        };
        for group in &self.groups {
            for member in group {
                eat(member.join(" ").as_bytes());
                eat(b"|");
            }
            eat(b"\n");
        }
        hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(words: &str) -> Vec<String> {
        analyze(words).into_iter().map(|t| t.folded).collect()
    }

    #[test]
    fn builtin_file_loads() {
        let synonyms = Synonyms::from_toml(BUILTIN_TOML).expect("built-in file");
        assert!(synonyms.len() >= 20);
        assert_eq!(Synonyms::builtin().len(), synonyms.len());
    }

    #[test]
    fn abbreviation_finds_the_long_form_and_back() {
        let synonyms = Synonyms::builtin();
        let query = folded("XKLĐ Nhật");
        let found = synonyms.longest_match(&query, 0).expect("xkld");
        assert_eq!(found.len, 1);
        assert!(
            found
                .others
                .contains(&folded("xuất khẩu lao động").as_slice())
        );
        assert!(
            found
                .others
                .contains(&folded("đi làm việc ở nước ngoài").as_slice())
        );

        let query = folded("xuat khau lao dong di han");
        let found = synonyms.longest_match(&query, 0).expect("long form");
        assert_eq!(found.len, 4);
        assert!(found.others.contains(&folded("xkld").as_slice()));
        assert_eq!(synonyms.longest_match(&query, 1), None);
    }

    #[test]
    fn single_member_groups_mark_compounds() {
        let synonyms = Synonyms::builtin();
        let found = synonyms
            .longest_match(&folded("viec lam bac ha"), 2)
            .expect("Bắc Hà");
        assert_eq!(found.len, 2);
        assert!(found.others.is_empty());
    }

    #[test]
    fn groups_in_a_text_are_found_once_each() {
        let synonyms = Synonyms::from_toml(
            "[[group]]\nterms = [\"thợ hồ\", \"thợ xây\"]\n[[group]]\nterms = [\"Thợ Hồ\", \"phụ hồ\"]\n[[group]]\nterms = [\"Bắc Hà\"]\n",
        )
        .expect("valid");
        let mut found = Vec::new();
        synonyms.groups_in(
            &folded("Cần thợ hồ, thợ xây và phụ hồ ở Bắc Hà"),
            &mut found,
        );
        found.sort_unstable();
        // "thợ hồ" is in the first two groups; "Bắc Hà" alone is no group
        // to record.
        assert_eq!(found, vec![0, 1]);
        let mut found = Vec::new();
        synonyms.groups_in(&folded("thợ sửa xe hồ tôm"), &mut found);
        assert!(found.is_empty(), "{found:?}");
        let mut found = Vec::new();
        synonyms.groups_in(&folded("cần PHỤ HỒ"), &mut found);
        assert_eq!(found, vec![1]);
    }

    #[test]
    fn the_fingerprint_follows_the_groups() {
        let one =
            Synonyms::from_toml("[[group]]\nterms = [\"thợ hồ\", \"thợ xây\"]\n").expect("valid");
        let same =
            Synonyms::from_toml("[[group]]\nterms = [\"Thợ Hồ\", \"thợ  xây\"]\n").expect("valid");
        let other =
            Synonyms::from_toml("[[group]]\nterms = [\"thợ hồ\", \"phụ hồ\"]\n").expect("valid");
        assert_eq!(one.fingerprint(), same.fingerprint());
        assert_ne!(one.fingerprint(), other.fingerprint());
        assert_ne!(one.fingerprint(), Synonyms::empty().fingerprint());
        assert_eq!(
            Synonyms::builtin().fingerprint(),
            Synonyms::builtin().fingerprint()
        );
    }

    #[test]
    fn edited_files_are_read() {
        let synonyms = Synonyms::from_toml(
            "[[group]]\nterms = [\"thợ hồ\", \"thợ xây\"]\n[[group]]\nterms = [\"Thợ Hồ\", \"phụ hồ\"]\n",
        )
        .expect("valid");
        let found = synonyms
            .longest_match(&folded("tho ho"), 0)
            .expect("thợ hồ");
        assert_eq!(found.others.len(), 2);
        assert!(Synonyms::from_toml("").expect("empty file").is_empty());
    }

    #[test]
    fn bad_files_name_the_problem() {
        let cases = [
            ("[[group]]\nterms = [\"a\", ", "TOML"),
            ("[[group]]\nterms = []\n", "group 1 has no members"),
            (
                "[[group]]\nterms = [\"ok\"]\n[[group]]\nterms = [\"x\", \"—!\"]\n",
                "group 2: “—!” has no letters or digits",
            ),
            (
                "[[group]]\nterms = [\"một hai ba bốn năm sáu bảy tám chín\"]\n",
                "longer than 8 syllables",
            ),
            ("[[group]]\nwords = [\"a\"]\n", "TOML"),
        ];
        for (text, expected) in cases {
            let err = Synonyms::from_toml(text).expect_err(text).to_string();
            assert!(err.contains(expected), "{err}");
            assert!(err.contains(" / "), "{err}");
        }
    }
}
