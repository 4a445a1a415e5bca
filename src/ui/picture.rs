//! `<Picture>`: a small drawing beside a route's title (the start page, the
//! result and its alternatives) and beside a step that needs something the
//! person must have (e-legitimation, a phone). Decorative: the text beside
//! it says the same, so it is `aria-hidden` and never focusable. Drawn in
//! `currentColor` lines (style/main.css, `.pic`), so forced colours, dark
//! and high-contrast settings draw it in the text's colour; a `viewBox`
//! sized in `em`, so it is sharp at any zoom and grows with the text. No
//! text inside and nothing that points a way, so it means the same in
//! every language and direction.

use leptos::prelude::*;
use vagvisare_domain::routing::Route;

/// Every drawing the app has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// A screen: the web.
    Web,
    /// A speech bubble: phone, chat or video.
    Talk,
    /// A building with a door: a service office.
    Office,
    /// A calendar: a booked meeting.
    Calendar,
    /// Two people: meeting one's provider.
    People,
    /// A padlock: e-legitimation, what logs a person in.
    ELegitimation,
    /// A mobile phone.
    Phone,
}

impl Picture {
    pub const ALL: [Picture; 7] = [
        Picture::Web,
        Picture::Talk,
        Picture::Office,
        Picture::Calendar,
        Picture::People,
        Picture::ELegitimation,
        Picture::Phone,
    ];

    /// A stable name, for the `data-picture` attribute the tests find it by.
    pub fn key(self) -> &'static str {
        self.parts().0
    }

    /// The drawing: one path on a 24 × 24 grid, stroked, not filled.
    pub fn path(self) -> &'static str {
        self.parts().1
    }

    /// The markup, the same for the app and the pre-rendered start page
    /// (src/prerender.rs): a constant string, so the app carries no SVG
    /// element code (the first view's budget, docs/performance.md).
    pub fn html(self) -> &'static str {
        self.parts().2
    }

    fn parts(self) -> (&'static str, &'static str, &'static str) {
        /// (key, path, markup) from the key and the path.
        macro_rules! drawing {
            ($key:literal, $d:literal) => {
                (
                    $key,
                    $d,
                    concat!(
                        "<svg class=\"pic\" data-picture=\"",
                        $key,
                        "\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"",
                        $d,
                        "\"/></svg>"
                    ),
                )
            };
        }
        match self {
            Picture::Web => drawing!("web", "M3 4h18v12H3zM8 20h8M12 16v4"),
            Picture::Talk => drawing!("talk", "M4 4h16v11h-9l-5 4v-4H4z"),
            Picture::Office => drawing!("office", "M3 21h18M5 21V9l7-5 7 5v12M10 21v-5h4v5"),
            Picture::Calendar => drawing!("calendar", "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5"),
            Picture::People => drawing!(
                "people",
                "M8 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20v-2a4 4 0 0 1 8 0v2M13 20v-2a4 4 0 0 1 8 0v2"
            ),
            Picture::ELegitimation => {
                drawing!("e-legitimation", "M6 11h12v10H6zM9 11V8a3 3 0 0 1 6 0v3")
            }
            Picture::Phone => drawing!("phone", "M7 2h10v20H7zM11 18h2"),
        }
    }
}

/// The picture of each route: every route has one (the match says so).
pub fn of_route(route: Route) -> Picture {
    match route {
        Route::Digital => Picture::Web,
        Route::Remote => Picture::Talk,
        Route::ServiceOffice => Picture::Office,
        Route::BookedMeeting => Picture::Calendar,
        Route::ProviderMeeting => Picture::People,
    }
}

/// The picture of a step that needs something the person must have: the
/// e-legitimation to log in with, a phone to call with.
/// `tests/pictures.rs` derives the list from the Swedish texts.
pub fn of_step(text_id: &str) -> Option<Picture> {
    match text_id {
        "step-register-online" | "step-log-in-mina-sidor" => Some(Picture::ELegitimation),
        "step-call-jobseeker-line"
        | "step-call-tell-needs"
        | "step-call-etablering-line"
        | "step-call-ask-meeting-etablering"
        | "step-call-ask-meeting" => Some(Picture::Phone),
        _ => None,
    }
}

/// The picture in a `span` of its own (`display: contents`, style/main.css),
/// which holds the markup.
#[component]
pub fn PictureOf(picture: Picture) -> impl IntoView {
    view! { <span class="pic-box" inner_html=picture.html()></span> }
}
