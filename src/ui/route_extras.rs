//! The phone number or web address beside a step or an alternative.

use leptos::prelude::*;
use vagvisare_domain::routing::{Contact, Link};

use crate::ui::bilingual::T;
use crate::ui::phone_link::PhoneLink;

#[component]
pub fn Extras(contact: Option<Contact>, link: Option<Link>) -> impl IntoView {
    view! {
        {contact.map(|c| view! { " " <PhoneLink contact=c /> })}
        {link.map(|l| {
            view! {
                " "
                <a href=l.href() rel="noopener"><T id=l.label_id() /></a>
            }
        })}
    }
}
