//! The page language: `?lang=` if given (and then remembered in a cookie),
//! else the `lang` cookie, else Vietnamese.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Uri, header};

use crate::i18n::Lang;

/// The name of the cookie that remembers the language.
pub const COOKIE: &str = "lang";

/// `lang` from the query string, if it names a known language.
pub fn from_query(uri: &Uri) -> Option<Lang> {
    uri.query()?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "lang")
        .and_then(|(_, value)| Lang::parse(value))
}

/// `lang` from the cookie header.
pub fn from_cookie(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == COOKIE)
        .and_then(|(_, value)| Lang::parse(value))
}

/// The language of a request.
pub fn of_request(uri: &Uri, headers: &HeaderMap) -> Lang {
    from_query(uri)
        .or_else(|| from_cookie(headers))
        .unwrap_or_default()
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(of_request(&parts.uri, &parts.headers))
    }
}

/// The current URL with `lang` set to `lang`, for the switch link.
pub fn switch_href(uri: &Uri, lang: Lang) -> String {
    let kept: Vec<&str> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    let mut href = uri.path().to_owned();
    href.push('?');
    for pair in kept {
        href.push_str(pair);
        href.push('&');
    }
    href.push_str("lang=");
    href.push_str(lang.code());
    href
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_query_wins_over_the_cookie() {
        let uri: Uri = "/viec-lam?page=2&lang=en".parse().unwrap();
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, "a=b; lang=vi".parse().unwrap());
        assert_eq!(of_request(&uri, &headers), Lang::En);
        let plain: Uri = "/".parse().unwrap();
        assert_eq!(of_request(&plain, &headers), Lang::Vi);
    }

    #[test]
    fn the_switch_link_keeps_other_parameters() {
        let uri: Uri = "/viec-lam?district=080&lang=vi".parse().unwrap();
        assert_eq!(
            switch_href(&uri, Lang::En),
            "/viec-lam?district=080&lang=en"
        );
    }
}
