//! The municipality question: type a name (diacritics optional, localities
//! such as "Sveg" work too), pick from the matches, or skip the question.
//! The match count is announced politely; focus stays in the field.

use crate::i18n::Arg;
use leptos::prelude::*;
use vagvisare_domain::answers::MunicipalityAnswer;
use vagvisare_domain::flow::Question;
use vagvisare_domain::lookup;

use crate::i18n::use_i18n;
use crate::state::data::use_data;
use crate::state::data::DataState;
use crate::state::journey::use_journey;
use crate::ui::back_link::BackLink;
use crate::ui::bilingual::T;
use crate::ui::county_browse::CountyBrowse;
use crate::ui::data_error::DataError;
use crate::ui::error_summary::{ErrorSummary, Submits};
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::question_parts::{question_title, QuestionCounter, QuestionError};

const SEARCH_ID: &str = "municipality-search";
const MAX_MATCHES: usize = 8;

#[component]
pub fn MunicipalityQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let data = use_data();
    let question = Question::Municipality;
    data.ensure();
    let submits = Submits::new();
    let error = submits.error();
    use_page_title(question_title(question, error));

    let chosen = RwSignal::new(
        journey
            .url
            .with_untracked(|s| match &s.answers.municipality {
                Some(MunicipalityAnswer::Code(c)) => Some(c.clone()),
                _ => None,
            }),
    );
    let query = RwSignal::new(String::new());
    // Prefill the field with the chosen municipality's name once data is in.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        if let DataState::Ready(data) = data.state.get() {
            if let Some(m) = chosen
                .get_untracked()
                .and_then(|c| data.municipality(&c).cloned())
            {
                query.set(m.name.clone());
            }
            return true;
        }
        false
    });

    let matches = Memo::new(move |_| match data.state.get() {
        DataState::Ready(data) => lookup::search(&data, &query.get(), MAX_MATCHES)
            .into_iter()
            .map(|m| (m.code.clone(), m.name.clone(), m.county.clone()))
            .collect::<Vec<_>>(),
        _ => vec![],
    });

    let status = move || {
        if query.with(|q| q.trim().is_empty()) {
            return String::new();
        }
        // Names are Swedish, in Latin letters: say so, and point to the
        // lists, rather than advise something that cannot help.
        if query.with(|q| lookup::is_non_latin(q)) && matches.with(Vec::is_empty) {
            return i18n.t("municipality-non-latin");
        }
        i18n.t_args(
            "municipality-matches",
            &[("count", Arg::from(matches.with(Vec::len)))],
        )
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match chosen.get_untracked() {
            Some(code) => journey.answer(question, &code),
            None => submits.failed(),
        }
    };
    let skip = move |_| journey.answer(question, MunicipalityAnswer::SKIP_KEY);

    view! {
        <BackLink />
        <ErrorSummary message_id=question.error_id() field_id=SEARCH_ID.to_string() submits=submits />
        <form on:submit=submit novalidate>
            <div class="form-group" class:form-group--error=move || error.get()>
                <QuestionCounter question=question />
                <h1 id=HEADING_ID tabindex="-1" class="heading-l label-wrapper">
                    <label for=SEARCH_ID><T id=question.title_id() /></label>
                </h1>
                {question.hint_id().map(|h| view! { <p id="question-hint" class="hint"><T id=h /></p> })}
                <QuestionError question=question error=error />
                <input
                    class="input"
                    type="text"
                    id=SEARCH_ID
                    name="municipality-search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-invalid=move || error.get().then_some("true")
                    aria-describedby=move || {
                        if error.get() {
                            "question-hint question-error municipality-status"
                        } else {
                            "question-hint municipality-status"
                        }
                    }
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <p id="municipality-status" class="hint" role="status">{status}</p>
            {move || match data.state.get() {
                DataState::Failed(f) => view! { <DataError failure=f /> }.into_any(),
                DataState::Loading | DataState::Idle => {
                    view! { <p class="hint"><T id="municipality-loading" /></p> }.into_any()
                }
                DataState::Ready(data) => {
                    view! {
                        <Show when=move || !matches.with(Vec::is_empty)>
                            <fieldset class="fieldset">
                                <legend class="fieldset__legend fieldset__legend--s">
                                    <T id="municipality-choose" />
                                </legend>
                                <div class="radios">
                                    <For
                                        each=move || matches.get()
                                        key=|(code, _, _)| code.clone()
                                        children=move |(code, name, county)| {
                                            let id = format!("municipality-{code}");
                                            let hint = format!("{id}-hint");
                                            let value = code.clone();
                                            let is_checked = code.clone();
                                            view! {
                                                <div class="radios__item">
                                                    <input
                                                        class="radios__input"
                                                        type="radio"
                                                        id=id.clone()
                                                        name="municipality"
                                                        value=code.clone()
                                                        aria-invalid=move || error.get().then_some("true")
                                                        aria-describedby={
                                                            let hint = hint.clone();
                                                            move || {
                                                                if error.get() {
                                                                    format!("question-error {hint}")
                                                                } else {
                                                                    hint.clone()
                                                                }
                                                            }
                                                        }
                                                        prop:checked=move || chosen.get().as_deref() == Some(is_checked.as_str())
                                                        on:change=move |_| chosen.set(Some(value.clone()))
                                                    />
                                                    <label class="radios__label" for=id>{name}</label>
                                                    <p id=hint class="hint radios__hint">{county}</p>
                                                </div>
                                            }
                                        }
                                    />
                                </div>
                            </fieldset>
                        </Show>
                        <CountyBrowse data=data chosen=chosen query=query error=error />
                    }
                        .into_any()
                }
            }}
            <div class="button-group">
                <button type="submit" class="button"><T id="continue" /></button>
                <button type="button" class="button button--secondary" on:click=skip>
                    <T id=MunicipalityAnswer::skip_action_id() />
                </button>
            </div>
        </form>
    }
}
