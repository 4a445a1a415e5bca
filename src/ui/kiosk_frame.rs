//! Kiosk mode's frame around every page on a self-service computer: a
//! visible Start again, and the idle timer. After the idle time a modal
//! dialog (the platform's `<dialog>`: focus moves into it, the page behind
//! is inert, a screen reader announces it) asks whether the visitor needs
//! more time; without an answer within a minute the visit is wiped exactly
//! like New visitor. The timing rules are `vagvisare_domain::kiosk`.

use leptos::prelude::*;
// The texts say "within a minute": WARNING_SECONDS is 60 (domain test).
use vagvisare_domain::kiosk::{phase, Phase};

use crate::state::journey::{use_journey, Journey};
use crate::ui::bilingual::T;

const DIALOG_ID: &str = "kiosk-dialog";

thread_local! {
    /// One idle clock for the whole page life, not one per page: the frame
    /// is rebuilt on every page change, the clock must not be.
    static CLOCK: std::cell::Cell<Option<Clock>> = const { std::cell::Cell::new(None) };
}

#[derive(Clone, Copy)]
struct Clock {
    last_input: f64,
    warning: bool,
}

fn clock() -> Clock {
    CLOCK.with(|c| c.get()).unwrap_or(Clock {
        last_input: js_sys::Date::now(),
        warning: false,
    })
}

fn set_clock(clock: Clock) {
    CLOCK.with(|c| c.set(Some(clock)));
}

/// The dialog of the page on screen now.
fn dialog() -> Option<web_sys::HtmlDialogElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .get_element_by_id(DIALOG_ID)?
        .dyn_into()
        .ok()
}

fn extend() {
    set_clock(Clock {
        last_input: js_sys::Date::now(),
        warning: false,
    });
    if let Some(d) = dialog() {
        d.close();
    }
}

fn wipe(journey: Journey) {
    extend();
    journey.new_visitor();
}

/// Starts the clock once: input resets it (not while the warning shows:
/// then only an answer does), and a tick each second acts on the phase.
fn start_clock(journey: Journey, idle_seconds: u32) {
    if CLOCK.with(|c| c.get()).is_some() {
        return;
    }
    set_clock(clock());
    let touched = || {
        let c = clock();
        if !c.warning {
            set_clock(Clock {
                last_input: js_sys::Date::now(),
                ..c
            });
        }
    };
    // The listeners and the tick live as long as the page.
    std::mem::forget(window_event_listener(leptos::ev::keydown, move |_| {
        touched()
    }));
    std::mem::forget(window_event_listener(leptos::ev::pointerdown, move |_| {
        touched()
    }));
    std::mem::forget(window_event_listener(leptos::ev::input, move |_| touched()));
    std::mem::forget(window_event_listener(leptos::ev::wheel, move |_| touched()));
    let _ = set_interval_with_handle(
        move || {
            let c = clock();
            let idle = (js_sys::Date::now() - c.last_input).max(0.0) as u64;
            match phase(idle, idle_seconds) {
                Phase::Active => {}
                Phase::Warning { .. } if !c.warning => {
                    set_clock(Clock { warning: true, ..c });
                    if let Some(d) = dialog() {
                        let _ = d.show_modal();
                    }
                }
                Phase::Warning { .. } => {}
                Phase::Expired => wipe(journey),
            }
        },
        std::time::Duration::from_secs(1),
    );
}

#[component]
pub fn KioskFrame(idle_seconds: u32, children: Children) -> impl IntoView {
    let journey = use_journey();
    start_clock(journey, idle_seconds);
    // A page change is input; a new page starts with no warning open.
    extend();
    view! {
        <div class="kiosk-bar">
            <button type="button" class="button button--secondary kiosk-start-again" on:click=move |_| wipe(journey)>
                <T id="kiosk-start-again" />
            </button>
        </div>
        {children()}
        <dialog
            id=DIALOG_ID
            class="kiosk-dialog"
            aria-labelledby="kiosk-dialog-title"
            aria-describedby="kiosk-dialog-text"
            on:cancel=move |ev: leptos::ev::Event| {
                // Escape is an answer too: the visitor is there.
                ev.prevent_default();
                extend();
            }
        >
            <h2 id="kiosk-dialog-title" class="heading-m"><T id="kiosk-dialog-title" /></h2>
            <p id="kiosk-dialog-text">
                <T id="kiosk-dialog-text" />
            </p>
            <div class="button-group">
                <button type="button" class="button kiosk-extend" autofocus on:click=move |_| extend()>
                    <T id="kiosk-extend" />
                </button>
                <button type="button" class="button button--secondary kiosk-end" on:click=move |_| wipe(journey)>
                    <T id="kiosk-end-now" />
                </button>
            </div>
        </dialog>
    }
}
