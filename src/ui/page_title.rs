//! Every page names itself in `document.title` and, after an in-app page
//! change, takes focus on its `h1` — a single-page app gets neither for free.
//! Focus on the heading is what screen readers announce, so no live region
//! repeats it.

use leptos::prelude::*;

use crate::browser::document;
use crate::i18n::{strip_isolation, use_i18n};
use crate::state::journey::use_journey;

/// The id every page gives its `h1`.
pub const HEADING_ID: &str = "main-heading";

/// `title` is reactive (language, error state); focus moves only once per
/// page, not when the language or an error changes the title.
pub fn use_page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let journey = use_journey();
    let i18n = use_i18n();
    Effect::new(move |_| {
        let product = i18n.t("product-name");
        document::set_title(&strip_isolation(&format!("{} – {}", title(), product)));
        document::set_description(&i18n.t_plain("meta-description"));
    });
    if journey.navigated_untracked() {
        request_animation_frame(|| {
            document::scroll_to_top();
            document::focus_by_id(HEADING_ID);
        });
    }
}
