//! Where the person would go, said in the recommendation itself: the
//! service office in their municipality, or — where it has none to offer —
//! why, and the nearest ones with their distance; for a booked meeting, the
//! form of Arbetsförmedlingen's presence there, or the nearest. When the
//! nearest place is far, the recommendation says so and shows, right there,
//! the ways for this errand that need no travel.
//!
//! The domain decides every sentence (a message id and its arguments); the
//! result page renders them. `domain/tests/place.rs` runs this over every
//! municipality and every route that needs a place.

use crate::routing::{Alternative, Outcome, Route, Step, Way};
use crate::services::{Change, Municipality, Nearest, PresenceForm, ServiceData, Standing, Update};

/// Beyond this straight-line distance between municipal seats the nearest
/// place counts as far. The report calls a nearby office one "within less
/// than one hour by car, usually under 20 minutes" (§4.5.2, footnote 48);
/// 30 km in a straight line is about 35–45 km by road, half an hour by car
/// or more, and longer by bus: past the report's "usually", so the answer
/// says so and puts the ways without travel beside the route.
pub const FAR_KM: u32 = 30;

/// How close the second nearest place must be to the first (in km) to be
/// named beside it: "Torsby or Karlstad, about 60 km".
const SIMILAR_KM: u32 = 10;

/// One value of a message argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(u32),
    /// A date of the data, "2025-05-30" or "2025-05", for the page to write
    /// in the reader's language.
    Date(String),
}

/// A sentence to show: a message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

impl Sentence {
    fn new(id: &'static str) -> Sentence {
        Sentence {
            id,
            args: Vec::new(),
        }
    }

    fn text(mut self, name: &'static str, value: &str) -> Sentence {
        self.args.push((name, Value::Text(value.to_string())));
        self
    }

    fn number(mut self, name: &'static str, value: u32) -> Sentence {
        self.args.push((name, Value::Number(value)));
        self
    }
}

/// What the recommendation says about the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The sentences under the route's title, in reading order: where, and
    /// what is known of it (and its age).
    pub sentences: Vec<Sentence>,
    /// The step naming the place: it takes the place of the outcome's step
    /// of going somewhere ([`Summary::replaces`]); `None` keeps the route's
    /// own step.
    pub first_step: Option<Sentence>,
    /// The nearest place is farther than [`FAR_KM`].
    pub far: bool,
    /// The ways for this errand that need no travel, in the routing's order:
    /// shown in the recommendation when `far`.
    pub without_travel: Vec<Alternative>,
}

impl Summary {
    /// Whether [`Summary::first_step`] is said instead of this step.
    pub fn replaces(&self, step: &Step) -> bool {
        self.first_step.is_some() && step.way == Way::Visit
    }

    fn new(sentences: Vec<Sentence>) -> Summary {
        Summary {
            sentences,
            first_step: None,
            far: false,
            without_travel: Vec::new(),
        }
    }
}

/// Whether the route sends the person somewhere the data knows about.
/// A provider's meetings are held where the provider is (§4.5.3), which
/// the data does not hold.
pub fn route_needs_place(route: Route) -> bool {
    matches!(route, Route::ServiceOffice | Route::BookedMeeting)
}

/// The place summary for an outcome, for the person's municipality in the
/// data; `None` for the municipality when the person skipped the question
/// (or its code is not in the data): then only a line on how to get a
/// place-specific answer. `None` for a route that needs no place.
pub fn summary(
    outcome: &Outcome,
    municipality: Option<(&Municipality, &ServiceData)>,
) -> Option<Summary> {
    if !route_needs_place(outcome.route) {
        return None;
    }
    let Some((m, data)) = municipality else {
        return Some(Summary::new(vec![Sentence::new("place-no-municipality")]));
    };
    let mut summary = match outcome.route {
        Route::BookedMeeting => presence(m),
        _ => service_office(m, data),
    };
    if summary.far {
        summary.without_travel = outcome
            .alternatives
            .iter()
            .filter(|a| !a.route.needs_travel())
            .copied()
            .collect();
    }
    Some(summary)
}

fn service_office(m: &Municipality, data: &ServiceData) -> Summary {
    let offered: Vec<_> = m.offices_to_offer().collect();
    if let Some(first) = offered.first() {
        let place = first.place.clone().unwrap_or_else(|| m.name.clone());
        let mut sentences = vec![if offered.len() == 1 {
            Sentence::new("place-office-here").text("place", &place)
        } else {
            Sentence::new("place-offices-here")
                .text("municipality", &m.name)
                .number("count", offered.len() as u32)
        }];
        // Confirmed since 2021 only where a source says it opened; fewer
        // days where a source says so.
        let confirmed = offered.iter().all(|o| o.now == Standing::Opened);
        sentences.push(Sentence::new(if confirmed {
            "place-office-confirmed"
        } else {
            "place-office-listed-2021"
        }));
        if offered
            .iter()
            .any(|o| o.other_updates(data).any(|u| u.change == Change::FewerDays))
        {
            sentences.push(Sentence::new("place-office-fewer-days"));
        }
        let step = if offered.len() == 1 {
            Sentence::new("step-visit-office-here").text("place", &place)
        } else {
            Sentence::new("step-visit-offices-here").text("municipality", &m.name)
        };
        return Summary {
            first_step: Some(step),
            ..Summary::new(sentences)
        };
    }
    let mut sentences = vec![office_absence(m, data)];
    let (nearest, far) = nearest_sentence("place-nearest-office", &m.nearest_service_office);
    sentences.extend(nearest);
    // Where to check before the journey.
    sentences.push(Sentence::new("place-check-finder"));
    let step = m
        .nearest_service_office
        .first()
        .map(|n| Sentence::new("step-visit-office-nearest").text("place", &n.name));
    Summary {
        sentences,
        first_step: step,
        far,
        without_travel: Vec::new(),
    }
}

/// Why the municipality has no office to offer, in the most telling way the
/// data allows: closed and to open again (not known when), closed (with the
/// date), to close, planned in 2021 and not confirmed, or none at all.
fn office_absence(m: &Municipality, data: &ServiceData) -> Sentence {
    let with = |standing: Standing| m.offices(standing).next();
    let dated = |id: &'static str, update: Option<&Update>| {
        let mut s = Sentence::new(id).text("municipality", &m.name);
        let when = update.and_then(|u| u.date.clone());
        s.args.push((
            "precision",
            Value::Text(
                match when.as_deref().map(str::len) {
                    Some(10) => "day",
                    Some(_) => "month",
                    None => "none",
                }
                .to_string(),
            ),
        ));
        s.args.push(("date", Value::Date(when.unwrap_or_default())));
        s
    };
    if with(Standing::ReopeningAnnounced).is_some() {
        Sentence::new("place-office-reopening").text("municipality", &m.name)
    } else if let Some(o) = with(Standing::Closed) {
        dated("place-office-closed", o.standing_update(data))
    } else if let Some(o) = with(Standing::ClosureAnnounced) {
        dated("place-office-closing", o.standing_update(data))
    } else if with(Standing::Unconfirmed).is_some() {
        Sentence::new("place-office-planned-unconfirmed").text("municipality", &m.name)
    } else {
        Sentence::new("place-no-office").text("municipality", &m.name)
    }
}

fn presence(m: &Municipality) -> Summary {
    let ready: Vec<_> = m.presence.iter().filter(|p| !p.pending).collect();
    if let Some(p) = ready.first() {
        let place = p.place.clone().unwrap_or_else(|| m.name.clone());
        let id = match p.form {
            PresenceForm::FixedOffice => "place-presence-fixed",
            PresenceForm::TravelledToOffice => "place-presence-travelled",
            PresenceForm::Collaboration => "place-presence-collaboration",
        };
        return Summary::new(vec![
            Sentence::new(id).text("place", &place),
            Sentence::new("place-presence-2021"),
        ]);
    }
    let id = if m.presence.is_empty() {
        "place-no-presence"
    } else {
        "place-presence-pending"
    };
    let mut sentences = vec![Sentence::new(id).text("municipality", &m.name)];
    let (nearest, far) = nearest_sentence("place-nearest-presence", &m.nearest_presence);
    sentences.extend(nearest);
    sentences.push(Sentence::new("place-presence-2021"));
    Summary {
        sentences,
        first_step: None,
        far,
        without_travel: Vec::new(),
    }
}

/// "The nearest are in A or B, about N km in a straight line", and whether
/// that is far. The second is named only when it is about as near.
fn nearest_sentence(id: &'static str, list: &[Nearest]) -> (Option<Sentence>, bool) {
    let Some(first) = list.first() else {
        return (None, false);
    };
    let mut s = Sentence::new(id).text("first", &first.name);
    let second = list
        .get(1)
        .filter(|n| n.distance_km <= first.distance_km + SIMILAR_KM);
    s = s
        .text("names", if second.is_some() { "both" } else { "single" })
        .text("second", second.map_or("", |n| n.name.as_str()))
        .number("km", first.distance_km);
    (Some(s), first.distance_km > FAR_KM)
}

/// Every message id [`summary`] can emit, for the catalogue tests.
pub const MESSAGE_IDS: &[&str] = &[
    "place-no-municipality",
    "place-office-here",
    "place-offices-here",
    "place-office-confirmed",
    "place-office-listed-2021",
    "place-office-fewer-days",
    "place-office-closed",
    "place-office-closing",
    "place-office-planned-unconfirmed",
    "place-office-reopening",
    "place-no-office",
    "place-check-finder",
    "place-nearest-office",
    "place-presence-fixed",
    "place-presence-travelled",
    "place-presence-collaboration",
    "place-presence-2021",
    "place-no-presence",
    "place-presence-pending",
    "place-nearest-presence",
    "step-visit-office-here",
    "step-visit-offices-here",
    "step-visit-office-nearest",
];
