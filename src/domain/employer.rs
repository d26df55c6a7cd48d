//! Employers: enterprises, cooperatives and agencies that post vacancies.

use super::values::TaxCode;

/// An employer as registered, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEmployer {
    pub name: String,
    pub tax_code: Option<TaxCode>,
    pub sector: String,
    /// Licence number for sending workers abroad (Law 69/2020/QH14), if any.
    pub overseas_licence_no: Option<String>,
    pub commune_code: Option<String>,
    pub province_code: Option<String>,
    pub address: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub is_verified: bool,
}
