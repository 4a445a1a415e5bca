//! The place in the recommendation: the sentences `domain::place` decides,
//! in the route's box, and when the nearest place is far, the ways for this
//! errand that need no travel, right there.

use leptos::prelude::*;
use vagvisare_domain::place::{Sentence, Summary, Value};

use crate::i18n::{Arg, Locale};
use crate::ui::bilingual::{t_for, T};
use crate::ui::places::date_text;
use crate::ui::route_extras::Extras;

/// One sentence of the domain's, its dates in the reader's language.
pub fn sentence(s: Sentence) -> impl IntoView {
    let Sentence { id, args } = s;
    t_for(id, move |locale: Locale| {
        args.iter()
            .map(|(name, value)| {
                let arg = match value {
                    Value::Text(t) => Arg::from(t.clone()),
                    Value::Number(n) => Arg::from(*n),
                    Value::Date(d) if d.is_empty() => Arg::from(""),
                    Value::Date(d) => Arg::from(date_text(d, locale)),
                };
                (*name, arg)
            })
            .collect()
    })
}

#[component]
pub fn PlaceSummary(summary: Summary) -> impl IntoView {
    let Summary {
        sentences,
        far,
        without_travel,
        ..
    } = summary;
    let far = (far && !without_travel.is_empty()).then(|| {
        view! {
            <div class="route__without-travel">
                <p><strong><T id="result-without-travel" /></strong></p>
                <ul class="list">
                    {without_travel
                        .into_iter()
                        .map(|alt| {
                            view! {
                                <li>
                                    <T id=alt.route.title_id() />
                                    ": "
                                    <T id=alt.text_id />
                                    <Extras contact=alt.contact link=alt.link />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    view! {
        <div class="route__place">
            {sentences.into_iter().map(|s| view! { <p>{sentence(s)}</p> }).collect_view()}
        </div>
        {far}
    }
}
