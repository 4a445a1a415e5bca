//! `<T id=…/>`: a message in the visitor's language — and, in staff mode,
//! with Swedish beside it, each half with its own `lang`/`dir`, so staff can
//! read along and a screen reader switches voice.

use leptos::prelude::*;

use crate::i18n::{use_i18n, Arg, Locale};
use crate::state::staff::use_staff;

/// True when the page shows Swedish beside the visitor's language.
pub fn is_bilingual() -> bool {
    let staff = use_staff();
    let i18n = use_i18n();
    staff.is_on() && i18n.locale() != Locale::SOURCE
}

#[component]
pub fn T(id: &'static str, #[prop(optional)] args: Vec<(&'static str, Arg)>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let (visitor, in_swedish) = i18n.t_marked(id, &args);
        if in_swedish {
            return view! { <span lang="sv" dir="ltr">{visitor}</span> }.into_any();
        }
        if is_bilingual() {
            let locale = i18n.locale();
            view! {
                <span class="bi">
                    <span class="bi__visitor" lang=locale.lang() dir=locale.dir()>{visitor}</span>
                    <span class="bi__sv" lang="sv" dir="ltr">{i18n.t_sv_args(id, &args)}</span>
                </span>
            }
            .into_any()
        } else {
            visitor.into_any()
        }
    }
}

/// Like `<T>`, for a message whose arguments depend on the language (dates
/// in the reader's words and digits): in staff mode each half gets its own.
pub fn t_for(
    id: &'static str,
    args: impl Fn(Locale) -> Vec<(&'static str, Arg)> + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let locale = i18n.locale();
        let visitor = i18n.t_args(id, &args(locale));
        if is_bilingual() {
            view! {
                <span class="bi">
                    <span class="bi__visitor" lang=locale.lang() dir=locale.dir()>{visitor}</span>
                    <span class="bi__sv" lang="sv" dir="ltr">
                        {i18n.t_sv_args(id, &args(Locale::SOURCE))}
                    </span>
                </span>
            }
            .into_any()
        } else {
            visitor.into_any()
        }
    }
}
