//! `<T id=…/>`: a message in the visitor's language — and, in staff mode,
//! with Swedish beside it, each half with its own `lang`/`dir`, so staff can
//! read along and a screen reader switches voice.

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::app::use_app;
use crate::i18n::{use_i18n, Locale};

/// A Fluent argument that can cross into a view (FluentValue cannot).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(u32),
}

impl Arg {
    fn fluent(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

fn fluent_args(args: &[(&'static str, Arg)]) -> Vec<(&'static str, FluentValue<'static>)> {
    args.iter().map(|(k, v)| (*k, v.fluent())).collect()
}

/// True when the page shows Swedish beside the visitor's language.
pub fn is_bilingual() -> bool {
    let app = use_app();
    let i18n = use_i18n();
    app.staff.get() && i18n.locale() != Locale::SOURCE
}

#[component]
pub fn T(id: &'static str, #[prop(optional)] args: Vec<(&'static str, Arg)>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let fargs = fluent_args(&args);
        let visitor = i18n.t_args(id, &fargs);
        if is_bilingual() {
            let locale = i18n.locale();
            view! {
                <span class="bi">
                    <span class="bi__visitor" lang=locale.code() dir=locale.dir()>{visitor}</span>
                    <span class="bi__sv" lang="sv" dir="ltr">{i18n.t_sv_args(id, &fargs)}</span>
                </span>
            }
            .into_any()
        } else {
            visitor.into_any()
        }
    }
}
