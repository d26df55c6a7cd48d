//! Pure types and rules of the labour exchange: no database, web or index here.

pub mod admin_unit;
pub mod alert;
pub mod application;
pub mod calendar;
pub mod candidate;
pub mod employer;
pub mod household;
pub mod ids;
pub mod job;
pub mod moderation;
pub mod password;
pub mod posting;
pub mod registration;
pub mod seeker;
pub mod target;
pub mod text;
pub mod user;
pub mod values;
pub mod worker;

/// A field-level problem found while turning input into a domain value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form or import field, as named in the form (`title`, `salary_min`).
    pub field: &'static str,
    /// What is wrong, Vietnamese first, then English after " / ".
    pub message: String,
}

impl FieldError {
    /// A problem with `field`.
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

/// Declares a closed set of values stored as text, with `as_str`, `parse`,
/// `ALL` and `Display`.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $( $(#[$vmeta])* $variant ),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and wire form.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Reads the stored or wire form.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;
