//! Staff mode (service-office staff assisting a visitor) and kiosk mode (a
//! self-service computer). Read-only here: turning staff mode on or off
//! also rewrites the address, so it is [`super::journey::Journey::set_staff`].

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Staff {
    pub(super) on: RwSignal<bool>,
    /// Kiosk mode's idle seconds on a self-service computer, else `None`.
    /// Fixed for the page's life: `?kiosk=` is read before mounting.
    pub kiosk: Option<u32>,
}

impl Staff {
    /// Staff mode, tracked.
    pub fn is_on(&self) -> bool {
        self.on.get()
    }

    pub fn is_on_untracked(&self) -> bool {
        self.on.get_untracked()
    }
}

impl Staff {
    pub fn new(on: bool, kiosk: Option<u32>) -> Staff {
        Staff {
            on: RwSignal::new(on),
            kiosk,
        }
    }
}

pub fn use_staff() -> Staff {
    super::state().staff
}
