//! The job search page and a posting's page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use crate::domain::FieldError;
use crate::domain::ids::JobId;
use crate::domain::job::{JobStatus, WorkLocation};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::search::{Hit, SnippetPart};
use crate::services::jobs;
use crate::services::search::{self, Labels};
use crate::web::handlers::{Frame, render};
use crate::web::search_params::SearchParams;
use crate::web::{AppState, paths};

/// A result as the search page shows it.
#[derive(Debug, Clone)]
pub struct HitView {
    pub href: String,
    pub title: String,
    pub employer: String,
    pub place: String,
    pub location: &'static str,
    pub salary: String,
    pub deadline: Option<String>,
    pub snippet: Vec<SnippetPart>,
}

impl HitView {
    fn new(hit: &Hit, lang: Lang) -> Self {
        let money = |v: Option<u64>| v.and_then(|v| crate::domain::values::Vnd::new(v).ok());
        Self {
            href: paths::job(JobId(hit.id)),
            title: hit.title.clone(),
            employer: hit.employer_name.clone(),
            place: hit.place_name.clone(),
            location: lang.pick(hit.work_location.label_vi(), hit.work_location.label_en()),
            salary: i18n::format_salary(lang, money(hit.salary_min), money(hit.salary_max)),
            deadline: hit.deadline.map(i18n::format_date),
            snippet: hit.snippet.clone(),
        }
    }
}

/// A link that narrows (or widens) the search, with its count.
#[derive(Debug, Clone)]
pub struct FacetLink {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub selected: bool,
}

/// An option of a filter menu.
#[derive(Debug, Clone)]
pub struct MenuOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "jobs/search.html")]
struct SearchPage {
    frame: Frame,
    /// Conditions of the query string that were not valid and were left
    /// out of the search.
    refused: Vec<RefusedCondition>,
    q: String,
    districts: Vec<MenuOption>,
    locations: Vec<MenuOption>,
    sorts: Vec<MenuOption>,
    total: u64,
    hits: Vec<HitView>,
    district_facets: Vec<FacetLink>,
    location_facets: Vec<FacetLink>,
    group_facets: Vec<FacetLink>,
    page: u32,
    last_page: u32,
    previous_href: Option<String>,
    next_href: Option<String>,
    /// Links that drop one active filter, for the "no results" help.
    widen: Vec<FacetLink>,
    /// The query without tone marks, when that differs from what was typed.
    folded_href: Option<(String, String)>,
    /// Saving this search for alerts (job seekers), or signing in to.
    save_search: super::alerts::SaveSearchBox,
}

/// A condition of the search that was set aside, as the page names it.
#[derive(Debug, Clone)]
struct RefusedCondition {
    /// The form's label for the field ("Huyện"); empty for a field the
    /// form does not show.
    label: String,
    message: String,
}

/// The query string pairs of the current search, to build links from.
#[derive(Debug, Clone)]
struct Links {
    pairs: Vec<(String, String)>,
}

impl Links {
    fn from_uri(uri: &Uri) -> Self {
        let pairs = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
            .filter(|(k, v)| k != "page" && k != "lang" && !v.trim().is_empty())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        Self { pairs }
    }

    fn has(&self, key: &str, value: &str) -> bool {
        self.pairs.iter().any(|(k, v)| k == key && v == value)
    }

    fn href(pairs: &[(String, String)]) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        if query.is_empty() {
            paths::JOBS.to_owned()
        } else {
            format!("{}?{query}", paths::JOBS)
        }
    }

    /// The search with `key` set to `value` (or removed when it already is).
    fn toggled(&self, key: &str, value: &str) -> String {
        let selected = self.has(key, value);
        let mut pairs: Vec<(String, String)> = self
            .pairs
            .iter()
            .filter(|(k, _)| k != key && !(key == "district_code" && k == "district"))
            .cloned()
            .collect();
        if !selected {
            pairs.push((key.to_owned(), value.to_owned()));
        }
        Self::href(&pairs)
    }

    fn without(&self, key: &str) -> String {
        let pairs: Vec<_> = self
            .pairs
            .iter()
            .filter(|(k, _)| k != key)
            .cloned()
            .collect();
        Self::href(&pairs)
    }

    fn with_page(&self, page: u32) -> String {
        let mut pairs = self.pairs.clone();
        pairs.push(("page".to_owned(), page.to_string()));
        Self::href(&pairs)
    }
}

fn facet_links(
    links: &Links,
    key: &str,
    counts: &[crate::search::FacetCount],
    label: impl Fn(&str) -> String,
) -> Vec<FacetLink> {
    counts
        .iter()
        .map(|f| FacetLink {
            label: label(&f.value),
            count: f.count,
            href: links.toggled(key, &f.value),
            selected: links.has(key, &f.value),
        })
        .collect()
}

/// `GET /viec-lam?q=&district=&work_location=&sort=&page=`
pub async fn search_page(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    user: crate::web::session::MaybeSignedIn,
    Query(params): Query<SearchParams>,
) -> Result<Response> {
    let today = state.ctx.clock.today();
    // Conditions that are not valid (a malformed code, a code that names
    // nothing, garbled text) are set aside and named above the results,
    // and the search goes on with the rest, so nothing else typed is lost.
    let mut refused: Vec<FieldError> = Vec::new();
    let mut set_aside = |params: &SearchParams, errors: Vec<FieldError>| {
        let kept = params.without(errors.iter().map(|e| e.field));
        refused.extend(errors);
        let request = kept.to_request(today).map_err(Error::Validation)?;
        Ok::<_, Error>((kept, request))
    };
    let (params, request) = match params.to_request(today) {
        Ok(request) => (params, request),
        Err(errors) => set_aside(&params, errors)?,
    };
    let (params, request, results) =
        match search::search_jobs(&state.ctx, &state.search, request.clone()).await {
            Ok(results) => (params, request, results),
            Err(Error::Validation(errors)) => {
                let (kept, request) = set_aside(&params, errors)?;
                let results =
                    search::search_jobs(&state.ctx, &state.search, request.clone()).await?;
                (kept, request, results)
            }
            Err(other) => return Err(other),
        };
    let labels: Labels = search::labels(&state.ctx).await?;
    let mut links = Links::from_uri(&uri);
    links.pairs.retain(|(key, _)| {
        !refused.iter().any(|e| {
            e.field == key.as_str() || (e.field == "district_code" && key.as_str() == "district")
        })
    });
    // The search as kept, for saving it: what was set aside is not saved.
    let kept_uri: Uri = Links::href(&links.pairs)
        .parse()
        .unwrap_or_else(|_| uri.clone());
    let t = lang.strings();
    let location_label = |v: &str| {
        WorkLocation::parse(v).map_or_else(
            || v.to_owned(),
            |l| lang.pick(l.label_vi(), l.label_en()).to_owned(),
        )
    };
    let last_page = u32::try_from(results.total.div_ceil(u64::from(request.per_page)).max(1))
        .unwrap_or(u32::MAX);
    let selected_district = request.district_code.clone().unwrap_or_default();
    let widen: Vec<FacetLink> = [
        (
            "district_code",
            request.district_code.is_some(),
            t.filter_district,
        ),
        (
            "district",
            request.district_code.is_some(),
            t.filter_district,
        ),
        (
            "work_location",
            request.work_location.is_some(),
            t.filter_location,
        ),
        (
            "occupation",
            request.occupation.is_some(),
            t.filter_occupation,
        ),
        ("salary_min", request.salary_min.is_some(), t.salary),
        (
            "employment_type",
            request.employment_type.is_some(),
            t.employment_type,
        ),
    ]
    .into_iter()
    .filter(|(key, active, _)| *active && links.pairs.iter().any(|(k, _)| k == key))
    .map(|(key, _, label)| FacetLink {
        label: label.to_owned(),
        count: 0,
        href: links.without(key),
        selected: false,
    })
    .collect();
    let folded = crate::domain::text::fold(&request.text);
    let folded_href =
        (results.total == 0 && !request.text.is_empty() && folded != request.text.to_lowercase())
            .then(|| {
                let mut pairs: Vec<_> = links
                    .pairs
                    .iter()
                    .filter(|(k, _)| k != "q")
                    .cloned()
                    .collect();
                pairs.push(("q".to_owned(), folded.clone()));
                (folded.clone(), Links::href(&pairs))
            });
    let status = if refused.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let refused = refused
        .into_iter()
        .map(|error| RefusedCondition {
            label: field_label(error.field, t).to_owned(),
            message: error.message,
        })
        .collect();
    let mut response = render(&SearchPage {
        frame: Frame::for_user(lang, &uri, t.jobs_heading, &user),
        refused,
        q: request.text.clone(),
        districts: labels
            .districts
            .iter()
            .map(|(code, name)| MenuOption {
                value: code.clone(),
                label: name.clone(),
                selected: *code == selected_district,
            })
            .collect(),
        locations: WorkLocation::ALL
            .iter()
            .map(|l| MenuOption {
                value: l.as_str().to_owned(),
                label: lang.pick(l.label_vi(), l.label_en()).to_owned(),
                selected: request.work_location == Some(*l),
            })
            .collect(),
        sorts: [
            ("relevance", lang.pick("Phù hợp nhất", "Best match")),
            ("newest", lang.pick("Mới nhất", "Newest")),
            ("salary", lang.pick("Lương cao nhất", "Highest pay")),
        ]
        .into_iter()
        .map(|(value, label)| MenuOption {
            value: value.to_owned(),
            label: label.to_owned(),
            selected: params.sort.as_deref() == Some(value),
        })
        .collect(),
        total: results.total,
        hits: results
            .items
            .iter()
            .map(|h| HitView::new(h, lang))
            .collect(),
        district_facets: facet_links(&links, "district_code", &results.facets.district, |v| {
            labels.district(v)
        }),
        location_facets: facet_links(
            &links,
            "work_location",
            &results.facets.work_location,
            location_label,
        ),
        group_facets: facet_links(
            &links,
            "occupation",
            &results.facets.occupation_group,
            |v| {
                labels
                    .occupation_groups
                    .get(v)
                    .cloned()
                    .unwrap_or_else(|| v.to_owned())
            },
        ),
        page: request.page,
        last_page,
        previous_href: (request.page > 1).then(|| links.with_page(request.page - 1)),
        next_href: (request.page < last_page).then(|| links.with_page(request.page + 1)),
        widen,
        folded_href,
        save_search: super::alerts::save_search_box(&user, &kept_uri, &request.text),
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// How the search form names a field of the query string, for telling
/// people which of their conditions was set aside.
fn field_label(field: &str, t: &i18n::Strings) -> &'static str {
    match field {
        "q" => t.search_label,
        "district_code" => t.filter_district,
        "work_location" => t.filter_location,
        "occupation" => t.filter_occupation,
        "salary_min" | "salary_max" | "negotiable" => t.salary,
        "employment_type" => t.employment_type,
        "sort" => t.sort_label,
        "commune_code" => t.filter_commune,
        "country" => t.filter_country,
        "posted_since" => t.filter_posted_since,
        _ => "",
    }
}

/// schema.org `JobPosting` data for search engines, as JSON that is safe
/// inside a `<script>` element: `<`, `>` and `&` are written as `\u` escapes,
/// so no posting text can close the element.
#[derive(Debug, Clone)]
pub struct JsonLd(String);

impl JsonLd {
    fn new(value: &serde_json::Value) -> Self {
        let text = value.to_string();
        Self(
            text.replace('<', "\\u003c")
                .replace('>', "\\u003e")
                .replace('&', "\\u0026"),
        )
    }
}

impl std::fmt::Display for JsonLd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn job_posting_json(detail: &crate::domain::job::JobDetail, url: &str) -> serde_json::Value {
    use crate::db::date_text;
    let employment = match detail.employment_type {
        crate::domain::job::EmploymentType::FullTime => "FULL_TIME",
        crate::domain::job::EmploymentType::PartTime => "PART_TIME",
        crate::domain::job::EmploymentType::Seasonal => "TEMPORARY",
        crate::domain::job::EmploymentType::Contract => "CONTRACTOR",
        crate::domain::job::EmploymentType::Apprenticeship => "INTERN",
    };
    let card = &detail.card;
    let country = match card.work_location {
        WorkLocation::Abroad => serde_json::Value::String(card.place_name.clone()),
        _ => serde_json::Value::String("VN".to_owned()),
    };
    let mut posting = serde_json::json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": card.title,
        "description": detail.description,
        "identifier": { "@type": "PropertyValue", "name": card.employer_name, "value": card.id.get() },
        "hiringOrganization": { "@type": "Organization", "name": card.employer_name },
        "employmentType": employment,
        "totalJobOpenings": card.quantity,
        "url": url,
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": card.place_name,
                "addressRegion": card.district_name,
                "addressCountry": country,
            }
        },
    });
    if let Some(published) = detail
        .published_at
        .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
    {
        posting["datePosted"] = date_text(published.to_offset(crate::clock::VIETNAM).date()).into();
    }
    if let Some(deadline) = card.deadline {
        posting["validThrough"] = date_text(deadline).into();
    }
    // schema.org's ContactPoint (a Thing) carries the employer's own words on
    // applying as its description, beside the phone and e-mail to use.
    let how_to_apply = detail.how_to_apply.trim();
    if !how_to_apply.is_empty()
        || detail.employer_phone.is_some()
        || detail.employer_email.is_some()
    {
        let mut contact = serde_json::json!({ "@type": "ContactPoint" });
        if !how_to_apply.is_empty() {
            contact["description"] = how_to_apply.into();
        }
        if let Some(phone) = &detail.employer_phone {
            contact["telephone"] = phone.clone().into();
        }
        if let Some(email) = &detail.employer_email {
            contact["email"] = email.clone().into();
        }
        posting["applicationContact"] = contact;
    }
    if card.salary_min.is_some() || card.salary_max.is_some() {
        posting["baseSalary"] = serde_json::json!({
            "@type": "MonetaryAmount",
            "currency": "VND",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": card.salary_min.map(|v| v.value()),
                "maxValue": card.salary_max.map(|v| v.value()),
                "unitText": "MONTH",
            }
        });
    }
    posting
}

/// Splits text into its paragraphs (blank lines separate them).
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A posting's facts and text as its pages show them: the public page and
/// the staff and employer previews (templates/jobs/body.html).
#[derive(Debug, Clone)]
pub struct JobBody {
    pub card: super::JobCardView,
    pub occupation: Option<String>,
    pub employment_type: &'static str,
    pub quantity: u32,
    pub description: Vec<String>,
    pub how_to_apply: Vec<String>,
    pub employer_address: String,
    pub employer_phone: Option<String>,
    pub employer_email: Option<String>,
    pub employer_verified: bool,
}

impl JobBody {
    /// Formats a posting for `lang`.
    pub fn new(detail: &crate::domain::job::JobDetail, lang: Lang) -> Self {
        Self {
            card: super::JobCardView::new(&detail.card, lang),
            occupation: detail.occupation_name.clone(),
            employment_type: lang.pick(
                detail.employment_type.label_vi(),
                detail.employment_type.label_en(),
            ),
            quantity: detail.card.quantity,
            description: paragraphs(&detail.description),
            how_to_apply: paragraphs(&detail.how_to_apply),
            employer_address: detail.employer_address.clone(),
            employer_phone: detail.employer_phone.clone(),
            employer_email: detail.employer_email.clone(),
            employer_verified: detail.employer_verified,
        }
    }
}

#[derive(Template)]
#[template(path = "jobs/detail.html")]
struct DetailPage {
    frame: Frame,
    json_ld: JsonLd,
    body: JobBody,
    is_open: bool,
    /// The printable notice and the Zalo text (shown while the posting is open).
    print_href: String,
    zalo_href: String,
    /// Applying online (job seekers) or signing in to apply.
    apply: super::seeker::ApplyBox,
}

/// `GET /viec-lam/{id}`
pub async fn show(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    user: crate::web::session::MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Response> {
    let id: JobId = id.parse().map_err(|_| Error::NotFound)?;
    let detail = jobs::public_detail(&state.ctx, id).await?;
    let is_open = detail.status == JobStatus::Published
        && detail
            .card
            .deadline
            .is_none_or(|d| d >= state.ctx.clock.today());
    let url = format!("{}{}", state.public_url, paths::job(id));
    let apply = super::seeker::apply_box(&state, &user, id, is_open, lang).await?;
    render(&DetailPage {
        frame: Frame::for_user(lang, &uri, detail.card.title.clone(), &user),
        json_ld: JsonLd::new(&job_posting_json(&detail, &url)),
        body: JobBody::new(&detail, lang),
        is_open,
        print_href: paths::job_print(id),
        zalo_href: paths::job_zalo(id),
        apply,
    })
}
