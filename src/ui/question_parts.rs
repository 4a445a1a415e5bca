//! The pieces every question page shares: the page title, "Question 2 of
//! 5" (or "Question 1" while the total is not known) and the inline error
//! message under the question. The count is the journey's
//! ([`journey::progress`]), not worked out here.

use crate::i18n::Arg;
use leptos::prelude::*;
use vagvisare_domain::flow::Question;
use vagvisare_domain::journey::{self, Progress};

use crate::i18n::use_i18n;
use crate::state::journey::use_journey;
use crate::ui::bilingual::T;

/// "Question 2 of 5" (or "Question 2") for this question and the answers in
/// the address.
fn progress(question: Question) -> Progress {
    use_journey().url.with(|s| journey::progress(s, question))
}

/// The document title: "Question 2 of 5: …" (or "Question 2: …"),
/// prefixed while an error shows.
pub fn question_title(
    question: Question,
    error: Signal<bool>,
) -> impl Fn() -> String + Send + Sync + Clone {
    let i18n = use_i18n();
    move || {
        let Progress { number, total } = progress(question);
        let heading = ("title", Arg::from(i18n.t(question.title_id())));
        let title = match total {
            Some(total) => i18n.t_args(
                "question-page-title",
                &[
                    ("number", Arg::from(number)),
                    ("total", Arg::from(total)),
                    heading,
                ],
            ),
            None => i18n.t_args(
                "question-page-title-no-total",
                &[("number", Arg::from(number)), heading],
            ),
        };
        if error.get() {
            i18n.t_args("error-title-prefix", &[("title", Arg::from(title))])
        } else {
            title
        }
    }
}

#[component]
pub fn QuestionCounter(question: Question) -> impl IntoView {
    let i18n = use_i18n();
    let Progress { number: n, total } = untrack(|| progress(question));
    view! {
        <span class="caption">
            {move || match total {
                Some(total) => {
                    i18n.t_args(
                        "question-counter",
                        &[("number", Arg::from(n)), ("total", Arg::from(total))],
                    )
                }
                None => i18n.t_args("question-counter-no-total", &[("number", Arg::from(n))]),
            }}
        </span>
    }
}

/// Shown with the error summary; `id="question-error"` is what the
/// fieldset's and each control's `aria-describedby` point at.
#[component]
pub fn QuestionError(question: Question, error: Signal<bool>) -> impl IntoView {
    view! {
        <Show when=move || error.get()>
            <p id="question-error" class="error-message">
                <span class="visually-hidden"><T id="error-prefix" /></span>
                <T id=question.error_id() />
            </p>
        </Show>
    }
}
