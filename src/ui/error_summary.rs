//! GOV.UK error summary: a titled alert at the top that takes focus, with
//! links that move focus to the field in trouble.

use leptos::prelude::*;

use crate::browser::document;
use crate::ui::bilingual::T;

pub const SUMMARY_ID: &str = "error-summary";

/// How many times Continue has found an error on this page. The page's
/// error state is "more than none"; every new one draws the summary anew.
#[derive(Clone, Copy)]
pub struct Submits(RwSignal<u32>);

impl Submits {
    pub fn new() -> Self {
        Submits(RwSignal::new(0))
    }

    /// Continue found an error: show (or show again) the summary.
    pub fn failed(&self) {
        self.0.update(|n| *n += 1);
    }

    /// Whether the page shows its error (tracked).
    pub fn error(&self) -> Signal<bool> {
        let n = self.0;
        Signal::derive(move || n.get() > 0)
    }
}

impl Default for Submits {
    fn default() -> Self {
        Self::new()
    }
}

/// Nothing until Continue has found an error; then the summary, drawn anew
/// on every such Continue, so that each one moves focus to it and puts a
/// new alert in the page, which screen readers announce (a summary that
/// merely stayed would make the second empty Continue silent).
#[component]
pub fn ErrorSummary(
    /// Fluent id of the error message.
    message_id: &'static str,
    /// The id of the first input to focus.
    field_id: String,
    submits: Submits,
) -> impl IntoView {
    // Keyed by the count: a new key is a new element, where a plain
    // re-render would update the old one in place (and say nothing).
    let count = submits.0;
    view! {
        <For
            each=move || Some(count.get()).filter(|n| *n > 0)
            key=|n| *n
            children=move |_| view! { <Summary message_id=message_id field_id=field_id.clone() /> }
        />
    }
}

#[component]
fn Summary(message_id: &'static str, field_id: String) -> impl IntoView {
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
