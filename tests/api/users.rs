use vieclam::domain::user::Role;
use vieclam::error::Error;
use vieclam::services::users::{self, AccountRequest};

use crate::helpers::TestApp;

fn staff(email: &str) -> AccountRequest {
    AccountRequest {
        email: Some(email.to_owned()),
        phone: None,
        display_name: "Lò Thị Mai".to_owned(),
        role: Role::Staff,
        commune_code: None,
    }
}

#[tokio::test]
async fn an_account_is_stored_with_an_argon2id_hash() {
    let app = TestApp::spawn().await;
    let password = "mua ngo tren nuong".to_owned();
    users::add_user(&app.ctx, staff("mai@laocai.gov.vn"), password.clone())
        .await
        .expect("account");
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let (_, hash) = vieclam::db::users::password_hash_by_email(&mut conn, "mai@laocai.gov.vn")
        .await
        .expect("query")
        .expect("stored");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains(&password));
    assert!(
        users::verify_password(password, hash.clone())
            .await
            .expect("verify")
    );
    assert!(
        !users::verify_password("sai mat khau roi".into(), hash)
            .await
            .expect("verify")
    );
}

#[tokio::test]
async fn a_duplicate_email_is_a_conflict() {
    let app = TestApp::spawn().await;
    users::add_user(
        &app.ctx,
        staff("mai@laocai.gov.vn"),
        "mot cau dai de nho".into(),
    )
    .await
    .expect("first");
    let second = users::add_user(
        &app.ctx,
        staff("mai@laocai.gov.vn"),
        "mot cau dai khac nua".into(),
    )
    .await;
    assert!(matches!(second, Err(Error::Conflict(_))), "{second:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
}

#[tokio::test]
async fn weak_passwords_and_bad_contacts_are_all_reported() {
    let app = TestApp::spawn().await;
    let request = AccountRequest {
        email: Some("not-an-email".into()),
        phone: Some("12345".into()),
        display_name: " ".into(),
        role: Role::CommuneOfficer,
        commune_code: None,
    };
    let Err(Error::Validation(fields)) =
        users::add_user(&app.ctx, request, "password".into()).await
    else {
        panic!("expected a validation error");
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field).collect();
    assert_eq!(
        names,
        vec!["email", "phone", "display_name", "commune_code", "password"]
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}
