//! For staff (`?page=overview`): all 290 municipalities in one table, so
//! "where should a visitor from Dorotea go?" takes seconds. A tolerant
//! search and a county filter narrow the rows; the Kommun and Län columns
//! sort both ways. Every count and sort change is announced politely.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::i18n::Arg;
use leptos::prelude::*;
use vagvisare_domain::lookup;
use vagvisare_domain::services::{Municipality, ServiceData, Standing};

use crate::i18n::{msg, use_i18n};
use crate::state::data::use_data;
use crate::state::data::DataState;
use crate::ui::back_link::BackLink;
use crate::ui::bilingual::T;
use crate::ui::data_error::DataError;
use crate::ui::network_notice::NetworkNotice;
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::places::{date_text, NearestList, OfficeItem, PresenceItem};

const SEARCH_ID: &str = "overview-search";
const SEARCH_HINT_ID: &str = "overview-search-hint";
const COUNTY_ID: &str = "overview-county";
const CHANGED_ID: &str = "overview-changed";
const STATUS_ID: &str = "overview-status";
const CAPTION_ID: &str = "overview-caption";
/// More than there are municipalities: a search never hides a match.
const ALL: usize = 290;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Name,
    County,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

/// The user's choices. `sort` is `None` until a header is clicked: then the
/// rows are by name, or best match first while searching (and no column
/// claims to be sorted).
#[derive(Clone, Copy)]
struct Controls {
    query: RwSignal<String>,
    county: RwSignal<String>,
    /// Only municipalities where a source records a change since 2021.
    changed_only: RwSignal<bool>,
    sort: RwSignal<Option<(Column, Direction)>>,
    /// True right after a sort, so the status line says how rows are sorted;
    /// typing or filtering announces only the count again.
    announce_sort: RwSignal<bool>,
}

impl Controls {
    fn new() -> Controls {
        Controls {
            query: RwSignal::new(String::new()),
            county: RwSignal::new(String::new()),
            changed_only: RwSignal::new(false),
            sort: RwSignal::new(None),
            announce_sort: RwSignal::new(false),
        }
    }

    fn searching(&self) -> bool {
        self.query.with(|q| !q.trim().is_empty())
    }

    /// The order actually shown.
    fn effective_sort(&self) -> Option<(Column, Direction)> {
        effective_sort(self.sort.get(), self.searching())
    }

    fn aria_sort(&self, column: Column) -> &'static str {
        match self.effective_sort() {
            Some((c, d)) if c == column => d.aria(),
            _ => "none",
        }
    }

    fn toggle(&self, column: Column) {
        let current = effective_sort(
            self.sort.get_untracked(),
            self.query.with_untracked(|q| !q.trim().is_empty()),
        );
        let direction = match current {
            Some((c, Direction::Ascending)) if c == column => Direction::Descending,
            _ => Direction::Ascending,
        };
        self.sort.set(Some((column, direction)));
        self.announce_sort.set(true);
    }
}

fn effective_sort(
    chosen: Option<(Column, Direction)>,
    searching: bool,
) -> Option<(Column, Direction)> {
    chosen.or((!searching).then_some((Column::Name, Direction::Ascending)))
}

/// Indices into `data.municipalities` of the rows to show, in order.
fn visible_rows(
    data: &ServiceData,
    query: &str,
    county: &str,
    changed_only: bool,
    sort: Option<(Column, Direction)>,
) -> Vec<usize> {
    let all = &data.municipalities;
    let rows: Vec<usize> = if query.trim().is_empty() {
        (0..all.len()).collect()
    } else {
        lookup::search(data, query, ALL)
            .into_iter()
            .filter_map(|m| all.iter().position(|x| x.code == m.code))
            .collect()
    };
    let rows = rows
        .into_iter()
        .filter(|&i| county.is_empty() || all[i].county == county)
        .filter(|&i| !changed_only || all[i].changed_since_report());
    let Some((column, direction)) = sort else {
        return rows.collect();
    };
    let mut keyed: Vec<(Vec<u32>, Vec<u32>, usize)> = rows
        .map(|i| {
            let m = &all[i];
            let primary = match column {
                Column::Name => lookup::swedish_order_key(&m.name),
                Column::County => lookup::swedish_order_key(&m.county),
            };
            (primary, lookup::swedish_order_key(&m.name), i)
        })
        .collect();
    vagvisare_domain::small_sort::sort_by(&mut keyed, |a, b| {
        let primary = a.0.cmp(&b.0);
        let primary = match direction {
            Direction::Ascending => primary,
            Direction::Descending => primary.reverse(),
        };
        // Within a county, municipalities stay in alphabetical order.
        primary
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| all[a.2].code.cmp(&all[b.2].code))
    });
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// The counties in the data, in Swedish alphabetical order.
fn counties(data: &ServiceData) -> Vec<String> {
    let unique: BTreeSet<&str> = data
        .municipalities
        .iter()
        .map(|m| m.county.as_str())
        .collect();
    let mut list: Vec<String> = unique.into_iter().map(String::from).collect();
    list.sort_by_cached_key(|c| lookup::swedish_order_key(c));
    list
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    data.ensure();
    use_page_title(move || i18n.t("overview-title"));
    let t = move |id: &'static str| move || i18n.t(id);
    view! {
        <BackLink />
        <h1 id=HEADING_ID tabindex="-1" class="heading-xl">{t("overview-title")}</h1>
        <p class="lead">{t("overview-lead")}</p>
        <NetworkNotice />
        {move || match data.state.get() {
            DataState::Ready(data) => view! { <Overview data=data /> }.into_any(),
            DataState::Failed(f) => view! { <DataError failure=f /> }.into_any(),
            DataState::Idle | DataState::Loading => {
                view! { <p class="hint">{t("local-loading")}</p> }.into_any()
            }
        }}
    }
}

#[component]
fn Overview(data: Arc<ServiceData>) -> impl IntoView {
    let i18n = use_i18n();
    let controls = Controls::new();
    let rows = {
        let data = Arc::clone(&data);
        Memo::new(move |_| {
            let sort = controls.effective_sort();
            let changed_only = controls.changed_only.get();
            controls.query.with(|q| {
                controls
                    .county
                    .with(|c| visible_rows(&data, q, c, changed_only, sort))
            })
        })
    };
    let status = move || {
        let mut text = i18n.t_args(
            "overview-count",
            &[("count", Arg::from(rows.with(Vec::len)))],
        );
        if controls.announce_sort.get() {
            if let Some((column, direction)) = controls.effective_sort() {
                let column = match column {
                    Column::Name => "name",
                    Column::County => "county",
                };
                text.push(' ');
                text.push_str(&i18n.t_args(
                    "overview-sorted",
                    &[
                        ("column", Arg::from(column)),
                        ("direction", Arg::from(direction.aria())),
                    ],
                ));
            }
        }
        text
    };
    let county_options = counties(&data)
        .into_iter()
        .map(|c| {
            let selected = c.clone();
            view! {
                <option value=c.clone() selected=move || controls.county.with(|v| *v == selected)>
                    {c.clone()}
                </option>
            }
        })
        .collect_view();
    let source = data.source.clone();
    let date = data.source_date.clone();
    let source_text = move || {
        i18n.t_args(
            "overview-source",
            &[
                ("source", Arg::from(source.clone())),
                ("date", Arg::from(date.clone())),
            ],
        )
    };
    let t = move |id: &'static str| move || i18n.t(id);

    view! {
        <div class="overview-filters">
            <div class="form-group overview-filters__search">
                <label class="overview-label" for=SEARCH_ID>{t("overview-search-label")}</label>
                <p id=SEARCH_HINT_ID class="hint">{t("overview-search-hint")}</p>
                <input
                    class="input"
                    type="text"
                    id=SEARCH_ID
                    name="overview-search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=SEARCH_HINT_ID
                    prop:value=move || controls.query.get()
                    on:input=move |ev| {
                        controls.announce_sort.set(false);
                        controls.query.set(event_target_value(&ev));
                    }
                />
            </div>
            <div class="form-group overview-filters__county">
                <label class="overview-label" for=COUNTY_ID>{t("overview-county-label")}</label>
                <select
                    class="overview-select"
                    id=COUNTY_ID
                    name="overview-county"
                    on:change=move |ev| {
                        controls.announce_sort.set(false);
                        controls.county.set(event_target_value(&ev));
                    }
                >
                    <option value="" selected=move || controls.county.with(String::is_empty)>
                        {t("overview-county-all")}
                    </option>
                    {county_options}
                </select>
            </div>
            <div class="form-group overview-filters__changed">
                <div class="checkbox">
                    <input
                        class="checkbox__input"
                        type="checkbox"
                        id=CHANGED_ID
                        name="overview-changed"
                        prop:checked=move || controls.changed_only.get()
                        on:change=move |ev| {
                            controls.announce_sort.set(false);
                            controls.changed_only.set(event_target_checked(&ev));
                        }
                    />
                    <label class="checkbox__label" for=CHANGED_ID>{t("overview-changed-only")}</label>
                </div>
            </div>
        </div>
        <p id=STATUS_ID class="overview-status" role="status">{status}</p>
        // No scroll container: at narrow widths each row becomes a block with
        // its column names (style/main.css), so nothing needs scrolling and
        // nothing needs to be focusable (axe wants a scrolling region
        // focusable, IBM Equal Access wants no focusable region).
        <div class="table-wrap">
            <table class="overview-table">
                <caption id=CAPTION_ID>{t("overview-caption")}</caption>
                <thead>
                    <tr>
                        <SortHeader controls=controls column=Column::Name label=msg("overview-col-municipality") />
                        <SortHeader controls=controls column=Column::County label=msg("overview-col-county") />
                        <th scope="col">{t("overview-col-service-office")}</th>
                        <th scope="col">{t("overview-col-booked-meetings")}</th>
                        <th scope="col">{t("overview-col-changed")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || rows.get()
                        key=|i| *i
                        children=move |i| view! { <Row municipality=data.municipalities[i].clone() data=Arc::clone(&data) /> }
                    />
                </tbody>
            </table>
        </div>
        <p class="hint">{t("overview-unchanged-note")}</p>
        <p class="hint">{t("local-distances")}</p>
        <p class="hint">{source_text}</p>
    }
}

/// A column header whose button sorts by it; `aria-sort` tells screen
/// readers the current order, the arrow shows it.
#[component]
fn SortHeader(controls: Controls, column: Column, label: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let arrow = move || match controls.aria_sort(column) {
        "ascending" => "↑",
        "descending" => "↓",
        _ => "↕",
    };
    view! {
        <th scope="col" aria-sort=move || controls.aria_sort(column)>
            <button type="button" class="sort-button" on:click=move |_| controls.toggle(column)>
                {move || i18n.t(label)}
                <span class="sort-button__arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

#[component]
fn Row(municipality: Municipality, data: Arc<ServiceData>) -> impl IntoView {
    let m = municipality;
    let newest = m.newest_change(&data).map(str::to_string);
    let changed = match newest {
        Some(date) => view! { {move || date_text(&date, use_i18n().locale())} }.into_any(),
        None => view! { <T id="overview-unchanged" /> }.into_any(),
    };
    // Each cell names its column, for the narrow layout's labels.
    let i18n = use_i18n();
    let label = move |id: &'static str| move || i18n.t(id);
    view! {
        <tr data-code=m.code.clone()>
            <th scope="row">{m.name.clone()}</th>
            <td data-label=label("overview-col-county")>{m.county.clone()}</td>
            <td data-label=label("overview-col-service-office")>{service_offices(&m, &data)}</td>
            <td data-label=label("overview-col-booked-meetings")>{presence(&m)}</td>
            <td data-label=label("overview-col-changed")>{changed}</td>
        </tr>
    }
}

/// The same renderer as the result page: offices to go to, then closed,
/// announced and unconfirmed ones, each with its source; without an office
/// to go to, the nearest ones.
fn service_offices(m: &Municipality, data: &Arc<ServiceData>) -> impl IntoView {
    let offices: Vec<_> = Standing::ALL
        .iter()
        .flat_map(|&now| m.offices(now))
        .cloned()
        .map(|o| view! { <OfficeItem office=o municipality=m.name.clone() data=Arc::clone(data) brief=true /> })
        .collect();
    let list =
        (!offices.is_empty()).then(|| view! { <ul class="overview-list places">{offices}</ul> });
    let missing = (!m.has_service_office()).then(|| {
        view! {
            <p class="overview-none"><T id="overview-no-office" /></p>
            <NearestList list=m.nearest_service_office.clone() home=m.name.clone() />
        }
    });
    view! { {list} {missing} }
}

fn presence(m: &Municipality) -> impl IntoView {
    let items: Vec<_> = m
        .presence
        .iter()
        .cloned()
        .map(|p| view! { <PresenceItem presence=p municipality=m.name.clone() /> })
        .collect();
    let has_any = !items.is_empty();
    let list = has_any.then(|| view! { <ul class="overview-list">{items}</ul> });
    // Nothing ready yet (none at all, or only "klart senare"): the nearest.
    let missing = (!m.has_ready_presence()).then(|| {
        let id = if has_any {
            msg("overview-pending-nearest")
        } else {
            msg("overview-no-presence")
        };
        view! {
            <p class="overview-none"><T id=id /></p>
            <NearestList list=m.nearest_presence.clone() home=m.name.clone() />
        }
    });
    view! { {list} {missing} }
}
