//! The deployment settings (`config/site.toml`, checked by build.rs): who
//! runs this installation and where people report a problem. An empty value
//! means "not configured", and the app says so instead of inventing one.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Site {
    pub operator: &'static str,
    pub contact_email: &'static str,
    pub contact_url: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/site.rs"));

impl Site {
    pub fn operator(&self) -> Option<&'static str> {
        (!self.operator.is_empty()).then_some(self.operator)
    }

    pub fn email(&self) -> Option<&'static str> {
        (!self.contact_email.is_empty()).then_some(self.contact_email)
    }

    pub fn url(&self) -> Option<&'static str> {
        (!self.contact_url.is_empty()).then_some(self.contact_url)
    }

    /// Whether people can report a problem to this installation at all.
    pub fn has_contact(&self) -> bool {
        self.email().is_some() || self.url().is_some()
    }
}

pub fn provide_site(site: Site) {
    provide_context(site);
}

pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or(SITE)
}
