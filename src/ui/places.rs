//! How a municipality's places are shown — one renderer for the result page
//! and the staff overview, so both say the same about every office: what is
//! known of it now, with the source and date of that fact, and the nearest
//! alternatives sorted by distance.

use leptos::prelude::*;
use vagvisare_domain::services::{
    Change, Nearest, Presence, PresenceForm, ServiceData, ServiceOffice, Standing, Update,
};

use crate::i18n::{msg, use_i18n, Arg, Locale};
use crate::ui::bilingual::{t_for, T};

/// The month keys of `date-day` and `date-month`, January first.
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The message and arguments that write a date of the data ("2025-05-30",
/// or "2025-05" for a month) in `locale`: always the Gregorian calendar,
/// the month's name from the language's texts, the day and year in the
/// language's digits. `None` when the text is not such a date. Pure, so
/// `tests/locales.rs` formats one in every language; not `Intl` (see
/// `browser::intl`).
pub fn date_message(iso: &str, locale: Locale) -> Option<(&'static str, Vec<(&'static str, Arg)>)> {
    let parts: Vec<u32> = iso
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (year, month, day) = match parts.as_slice() {
        [y, m] => (*y, *m, None),
        [y, m, d] if (1..=31).contains(d) => (*y, *m, Some(*d)),
        _ => return None,
    };
    let month = *MONTHS.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
    let mut args = vec![
        ("month", Arg::from(month)),
        ("year", Arg::from(locale.digits(year))),
    ];
    let id = match day {
        Some(d) => {
            args.push(("day", Arg::from(locale.digits(d))));
            msg("date-day")
        }
        None => msg("date-month"),
    };
    Some((id, args))
}

/// A date of the data in `locale` (the visitor's language, or Swedish beside
/// it in staff mode), or as printed (ISO) if it is not a date.
pub fn date_text(iso: &str, locale: Locale) -> String {
    let Some((id, args)) = date_message(iso, locale) else {
        return iso.to_string();
    };
    let i18n = use_i18n();
    if locale == i18n.locale() {
        i18n.t_args(id, &args)
    } else {
        i18n.t_sv_args(id, &args)
    }
}

/// `$precision` for the messages: a day, a month, or no date.
fn precision(date: Option<&str>) -> &'static str {
    match date.map(|d| d.len()) {
        Some(10) => "day",
        Some(_) => "month",
        None => "none",
    }
}

/// The arguments every dated message takes: when, and the source.
fn update_args(u: &Update, locale: Locale) -> Vec<(&'static str, Arg)> {
    vec![
        ("precision", Arg::from(precision(u.date.as_deref()))),
        (
            "date",
            Arg::from(
                u.date
                    .as_deref()
                    .map(|d| date_text(d, locale))
                    .unwrap_or_default(),
            ),
        ),
        ("publisher", Arg::from(u.publisher.clone())),
        ("source_date", Arg::from(date_text(&u.source_date, locale))),
        ("place", Arg::from(u.detail.clone().unwrap_or_default())),
    ]
}

fn standing_id(now: Standing) -> &'static str {
    match now {
        Standing::AsInReport => msg("office-as-in-report"),
        Standing::Opened => msg("office-opened"),
        Standing::ClosureAnnounced => msg("office-closure-announced"),
        Standing::Closed => msg("office-closed"),
        Standing::ReopeningAnnounced => msg("office-reopening-announced"),
        Standing::Unconfirmed => msg("office-unconfirmed"),
    }
}

fn change_id(change: Change) -> &'static str {
    match change {
        Change::Moved => msg("office-moved"),
        _ => msg("office-fewer-days"),
    }
}

/// One service office: its name, then what is known of it, each sentence
/// with its source, in reading order. `brief` leaves out "as in the report,
/// no later change" (the overview says that once, under the table).
#[component]
pub fn OfficeItem(
    office: ServiceOffice,
    municipality: String,
    data: std::sync::Arc<ServiceData>,
    #[prop(optional)] brief: bool,
) -> impl IntoView {
    let place = office.place.clone().unwrap_or(municipality);
    let standing = office.standing_update(&data).cloned();
    let id = standing_id(office.now);
    let standing_text = (!(brief && office.now == Standing::AsInReport)).then(|| {
        let standing = standing.clone();
        view! {
            " "
            <span class="place__standing">
                {t_for(id, move |locale| {
                    standing.as_ref().map(|u| update_args(u, locale)).unwrap_or_default()
                })}
            </span>
        }
    });
    let others = office
        .other_updates(&data)
        .cloned()
        .map(|u| {
            let id = change_id(u.change);
            view! { " " <span class="place__standing">{t_for(id, move |locale| update_args(&u, locale))}</span> }
        })
        .collect_view();
    let class = if office.now == Standing::Closed {
        "place place--closed"
    } else {
        "place"
    };
    view! {
        <li class=class>
            <span class="place__name"><T id="office-in" args=vec![("place", Arg::from(place))] /></span>
            {standing_text}
            {others}
        </li>
    }
}

/// The nearest municipalities that have what this one lacks, nearest first;
/// one that borders this municipality, or that the report names, says so.
#[component]
pub fn NearestList(list: Vec<Nearest>, home: String) -> impl IntoView {
    let items = list
        .into_iter()
        .map(|n| {
            let border = n.shares_border.then(|| {
                let home = home.clone();
                view! { " " <span class="tag"><T id="local-nearest-border" args=vec![("municipality", Arg::from(home))] /></span> }
            });
            let named = n
                .named_in_report
                .then(|| view! { " " <span class="tag"><T id="local-nearest-named" /></span> });
            view! {
                <li>
                    <T id="local-nearest" args=vec![("municipality", Arg::from(n.name.clone())), ("km", Arg::from(n.distance_km))] />
                    {border}
                    {named}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="list nearest-list">{items}</ul> }
}

/// One form of booked-meeting presence (Bilaga 2) at its place, and whether
/// the report called it not ready yet.
#[component]
pub fn PresenceItem(presence: Presence, municipality: String) -> impl IntoView {
    let form = presence_form_id(presence.form);
    let place = presence.place.unwrap_or(municipality);
    view! {
        <li>
            <T id=form args=vec![("place", Arg::from(place))] />
            {presence.pending.then(|| view! { " " <span class="place__standing"><T id="presence-pending" /></span> })}
        </li>
    }
}

/// The message naming a form of booked-meeting presence at a place.
pub fn presence_form_id(form: PresenceForm) -> &'static str {
    match form {
        PresenceForm::FixedOffice => msg("presence-fixed"),
        PresenceForm::TravelledToOffice => msg("presence-travelled"),
        PresenceForm::Collaboration => msg("presence-collaboration"),
    }
}
