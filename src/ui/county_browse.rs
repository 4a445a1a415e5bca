//! An equal way to the municipality for people who cannot type its name in
//! Latin letters: choose the county, then the municipality, from two native
//! lists (keyboard and screen readers handle them as they always do).

use std::sync::Arc;

use leptos::prelude::*;
use vagvisare_domain::lookup::swedish_order_key;
use vagvisare_domain::services::ServiceData;

use crate::i18n::use_i18n;
use crate::ui::bilingual::T;

const COUNTY_ID: &str = "municipality-county";
const LIST_ID: &str = "municipality-list";

#[component]
pub fn CountyBrowse(
    data: Arc<ServiceData>,
    /// The chosen municipality's code; choosing here sets it.
    chosen: RwSignal<Option<String>>,
    /// The search field, set to the chosen name so the radio list agrees.
    query: RwSignal<String>,
    /// Continue found no municipality: the lists are marked invalid and
    /// described by the question's error, as the search field is.
    error: Signal<bool>,
) -> impl IntoView {
    let invalid = move || error.get().then_some("true");
    let described = move || error.get().then_some("question-error");
    // An <option> holds plain text only: the visitor's language, no halves.
    let i18n = use_i18n();
    let county = RwSignal::new(
        chosen
            .get_untracked()
            .and_then(|c| data.municipality(&c).map(|m| m.county.clone()))
            .unwrap_or_default(),
    );
    let mut counties: Vec<String> = data
        .municipalities
        .iter()
        .map(|m| m.county.clone())
        .collect();
    counties.sort_by_cached_key(|c| swedish_order_key(c));
    counties.dedup();
    let county_options = counties
        .into_iter()
        .map(|c| {
            let selected = c.clone();
            view! { <option value=c.clone() selected=move || county.with(|v| *v == selected)>{c.clone()}</option> }
        })
        .collect_view();
    let in_county = {
        let data = Arc::clone(&data);
        move || {
            let c = county.get();
            let mut list: Vec<(String, String)> = data
                .municipalities
                .iter()
                .filter(|m| m.county == c)
                .map(|m| (m.code.clone(), m.name.clone()))
                .collect();
            list.sort_by_cached_key(|(_, name)| swedish_order_key(name));
            list
        }
    };
    let names = Arc::clone(&data);
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        match names.municipality(&code) {
            Some(m) => {
                chosen.set(Some(m.code.clone()));
                query.set(m.name.clone());
            }
            None => chosen.set(None),
        }
    };
    view! {
        <fieldset class="fieldset county-browse">
            <legend class="fieldset__legend fieldset__legend--s"><T id="municipality-browse-heading" /></legend>
            <div class="form-group">
                <label class="label" for=COUNTY_ID><T id="municipality-county-label" /></label>
                <select
                    class="select"
                    id=COUNTY_ID
                    name="municipality-county"
                    aria-invalid=invalid
                    aria-describedby=described
                    on:change=move |ev| county.set(event_target_value(&ev))
                >
                    <option value="" selected=move || county.with(String::is_empty)>
                        {move || i18n.t("municipality-county-none")}
                    </option>
                    {county_options}
                </select>
            </div>
            <Show when=move || county.with(|c| !c.is_empty())>
                <div class="form-group">
                    <label class="label" for=LIST_ID><T id="municipality-list-label" /></label>
                    <select
                        class="select"
                        id=LIST_ID
                        name="municipality-list"
                        aria-invalid=invalid
                        aria-describedby=described
                        on:change=choose.clone()
                    >
                        <option value="">{move || i18n.t("municipality-list-none")}</option>
                        {
                            let in_county = in_county.clone();
                            move || {
                                in_county()
                                    .into_iter()
                                    .map(|(code, name)| {
                                        let is = code.clone();
                                        view! {
                                            <option value=code selected=move || chosen.with(|c| c.as_deref() == Some(is.as_str()))>
                                                {name}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }
                        }
                    </select>
                </div>
            </Show>
        </fieldset>
    }
}
