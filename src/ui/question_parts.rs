//! The pieces every question page shares: "Question 2 of 5" and the inline
//! error message under the question.

use crate::i18n::Arg;
use leptos::prelude::*;
use vagvisare_domain::flow::Question;

use crate::i18n::use_i18n;
use crate::ui::bilingual::T;
use crate::ui::question_page::progress;

#[component]
pub fn QuestionCounter(question: Question) -> impl IntoView {
    let i18n = use_i18n();
    let (n, total) = untrack(|| progress(question));
    view! {
        <span class="caption">
            {move || {
                i18n.t_args(
                    "question-counter",
                    &[("number", Arg::from(n)), ("total", Arg::from(total))],
                )
            }}
        </span>
    }
}

/// Shown with the error summary; `id="question-error"` is what the field's
/// `aria-describedby` points at.
#[component]
pub fn QuestionError(question: Question, error: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || error.get()>
            <p id="question-error" class="error-message">
                <span class="visually-hidden"><T id="error-prefix" /></span>
                <T id=question.error_id() />
            </p>
        </Show>
    }
}
