//! One question per page: the legend is the `h1`, the hint is tied to the
//! fieldset and to each radio with `aria-describedby`, and Continue with
//! nothing chosen shows the error summary (again on every such Continue),
//! the error under the question, and marks the radios invalid.

use leptos::prelude::*;
use vagvisare_domain::flow::Question;

use crate::state::journey::use_journey;
use crate::ui::back_link::BackLink;
use crate::ui::bilingual::T;
use crate::ui::error_summary::{ErrorSummary, Submits};
use crate::ui::municipality_question::MunicipalityQuestion;
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::question_parts::{question_title, QuestionCounter, QuestionError};

#[component]
pub fn QuestionPage(question: Question) -> impl IntoView {
    if question == Question::Municipality {
        return view! { <MunicipalityQuestion /> }.into_any();
    }
    let journey = use_journey();
    let submits = Submits::new();
    let error = submits.error();
    use_page_title(question_title(question, error));
    let selected = RwSignal::new(
        journey
            .url
            .with_untracked(|s| s.answers.value_key(question)),
    );
    let options = question.options();
    let first_id = options
        .first()
        .map(|o| format!("{}-{}", question.key(), o.value))
        .unwrap_or_default();
    let hint_id = question.hint_id();
    let described_by = move || {
        let mut ids = vec![];
        if hint_id.is_some() {
            ids.push("question-hint");
        }
        if error.get() {
            ids.push("question-error");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match selected.get_untracked() {
            Some(value) => journey.answer(question, &value),
            None => submits.failed(),
        }
    };
    // Each radio carries the question's hint and, while it shows, the error
    // (and is marked invalid): a screen reader that reads a control's
    // description but not its group's (Orca in Firefox) still hears both
    // when it comes back to the radios.
    let control_described_by = move |option_hint: Option<String>| {
        let mut ids: Vec<String> = vec![];
        if hint_id.is_some() {
            ids.push("question-hint".into());
        }
        if error.get() {
            ids.push("question-error".into());
        }
        ids.extend(option_hint);
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <BackLink />
        <ErrorSummary message_id=question.error_id() field_id=first_id.clone() submits=submits />
        <form on:submit=submit novalidate>
            <div class="form-group" class:form-group--error=move || error.get()>
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend">
                        <QuestionCounter question=question />
                        <h1 id=HEADING_ID tabindex="-1" class="heading-l">
                            <T id=question.title_id() />
                        </h1>
                    </legend>
                    {hint_id.map(|h| view! { <p id="question-hint" class="hint"><T id=h /></p> })}
                    <QuestionError question=question error=error />
                    <div class="radios">
                        {options
                            .iter()
                            .map(|option| {
                                let id = format!("{}-{}", question.key(), option.value);
                                let option_hint_id = format!("{id}-hint");
                                let value = option.value;
                                view! {
                                    <div class="radios__item">
                                        <input
                                            class="radios__input"
                                            type="radio"
                                            id=id.clone()
                                            name=question.key()
                                            value=value
                                            prop:checked=move || selected.get().as_deref() == Some(value)
                                            aria-invalid=move || error.get().then_some("true")
                                            aria-describedby={
                                                let own = option.hint_id.map(|_| option_hint_id.clone());
                                                move || control_described_by(own.clone())
                                            }
                                            on:change=move |_| {
                                                selected.set(Some(value.to_string()));
                                            }
                                        />
                                        <label class="radios__label" for=id>
                                            <T id=option.label_id />
                                        </label>
                                        {option
                                            .hint_id
                                            .map(|h| {
                                                view! {
                                                    <p id=option_hint_id.clone() class="hint radios__hint">
                                                        <T id=h />
                                                    </p>
                                                }
                                            })}
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
            </div>
            <button type="submit" class="button"><T id="continue" /></button>
        </form>
    }
    .into_any()
}
