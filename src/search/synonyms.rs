//! Synonym and abbreviation groups for search ("XKLĐ" = "xuất khẩu lao
//! động"), read from `reference/search-synonyms.toml`.
//!
//! Members are kept in folded form (no marks, lower case), as token lists.
//! The query builder looks for the longest member starting at each query
//! token and adds the other members of its groups as alternatives.

use std::collections::HashMap;

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

/// A member: its folded tokens.
pub type Member = Vec<String>;

/// Loaded synonym groups.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<Member>>,
    /// Folded member (tokens joined by a space) to the groups holding it.
    by_key: HashMap<String, Vec<usize>>,
    longest: usize,
}

/// A member found in a query: how many tokens it covers and the other
/// members of its groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynonymMatch<'a> {
    /// Number of query tokens the member covers.
    pub len: usize,
    /// The other members of every group containing the one found.
    pub others: Vec<&'a [String]>,
}

impl Synonyms {
    /// No groups at all.
    pub fn empty() -> Self {
        Self::default()
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
            for member in &members {
                synonyms.longest = synonyms.longest.max(member.len());
                let ids = synonyms.by_key.entry(member.join(" ")).or_default();
                if !ids.contains(&group_id) {
                    ids.push(group_id);
                }
            }
            synonyms.groups.push(members);
        }
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
                return Some(SynonymMatch { len, others });
            }
        }
        None
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
