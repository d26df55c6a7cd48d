//! Roles and what each may see.

use super::text_enum;

text_enum! {
    /// A user's role (see the architecture page's table).
    pub enum Role {
        JobSeeker = "job_seeker",
        Employer = "employer",
        CommuneOfficer = "commune_officer",
        Staff = "staff",
        Admin = "admin",
    }
}

impl Role {
    /// Whether this role may read sensitive personal data (household poverty
    /// status, ethnicity, citizen ID). Every such read is audited.
    pub fn reads_sensitive_data(self) -> bool {
        matches!(self, Self::Staff | Self::Admin)
    }

    /// The Vietnamese name of the role.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::JobSeeker => "Người lao động",
            Self::Employer => "Doanh nghiệp",
            Self::CommuneOfficer => "Cán bộ xã",
            Self::Staff => "Cán bộ Trung tâm",
            Self::Admin => "Quản trị",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_staff_and_admin_read_sensitive_data() {
        let readers: Vec<Role> = Role::ALL
            .iter()
            .copied()
            .filter(|r| r.reads_sensitive_data())
            .collect();
        assert_eq!(readers, vec![Role::Staff, Role::Admin]);
    }

    #[test]
    fn roles_round_trip_through_text() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(*role));
        }
    }
}
