//! GOV.UK error summary: a titled alert at the top that takes focus, with
//! links that move focus to the field in trouble.

use leptos::prelude::*;

use crate::browser::document;
use crate::ui::bilingual::T;

pub const SUMMARY_ID: &str = "error-summary";

#[component]
pub fn ErrorSummary(
    /// Fluent id of the error message.
    message_id: &'static str,
    /// The id of the first input to focus.
    field_id: String,
) -> impl IntoView {
    let href = format!("#{field_id}");
    request_animation_frame(|| document::focus_by_id(SUMMARY_ID));
    view! {
        <div
            id=SUMMARY_ID
            class="error-summary"
            role="alert"
            aria-labelledby="error-summary-title"
            tabindex="-1"
        >
            <h2 class="error-summary__title" id="error-summary-title">
                <T id="error-summary-title" />
            </h2>
            <ul class="error-summary__list">
                <li>
                    <a
                        href=href
                        on:click=move |ev| {
                            ev.prevent_default();
                            document::focus_by_id(&field_id);
                        }
                    >
                        <T id=message_id />
                    </a>
                </li>
            </ul>
        </div>
    }
}
