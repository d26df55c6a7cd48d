//! Password rules: long enough, not among the most common, no composition
//! rules (long passphrases are welcome).

use super::FieldError;

/// Fewest characters accepted.
pub const MIN_CHARS: usize = 8;
/// Most characters accepted; generous for passphrases, bounded for hashing cost.
pub const MAX_CHARS: usize = 256;

const COMMON: &str = include_str!("../../reference/common-passwords.txt");

/// Checks a new password against the rules.
pub fn check_new_password(password: &str) -> Result<(), FieldError> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(FieldError::new(
            "password",
            format!(
                "Mật khẩu cần ít nhất {MIN_CHARS} ký tự / The password needs at least {MIN_CHARS} characters"
            ),
        ));
    }
    if chars > MAX_CHARS {
        return Err(FieldError::new(
            "password",
            format!(
                "Mật khẩu dài quá {MAX_CHARS} ký tự / The password is longer than {MAX_CHARS} characters"
            ),
        ));
    }
    let lowered = password.trim().to_lowercase();
    let is_common = COMMON
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .any(|common| common == lowered);
    if is_common {
        return Err(FieldError::new(
            "password",
            "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ / \
             This password is too common and easy to guess. Choose another, for example a short sentence",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_common_passwords_are_refused() {
        assert!(check_new_password("abc123").is_err());
        assert!(check_new_password("Password123").is_err());
        assert!(check_new_password("anhyeuem").is_err());
    }

    #[test]
    fn a_passphrase_without_symbols_is_accepted() {
        assert!(check_new_password("mua ngo tren nuong bac ha").is_ok());
    }
}
