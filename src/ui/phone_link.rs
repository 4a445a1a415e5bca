use leptos::prelude::*;
use vagvisare_domain::routing::Contact;

/// A number as a `tel:` link. `dir="ltr"` isolates it, so "0771-416 416"
/// never reverses inside Arabic or Persian text.
#[component]
pub fn PhoneLink(contact: Contact) -> impl IntoView {
    view! {
        <a class="phone" href=contact.tel_href() dir="ltr">
            {contact.display()}
        </a>
    }
}
