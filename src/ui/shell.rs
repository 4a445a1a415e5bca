//! The frame every page shares: header (with the skip link), main landmark, footer.

use leptos::prelude::*;

use vagvisare_domain::journey::Screen;

use crate::state::staff::use_staff;
use crate::ui::lazy_page::LazyPage;
use crate::ui::offline_notice::OfflineNotice;
use crate::ui::staff_banner::StaffBanner;
use crate::ui::{
    fallback_notice::FallbackNotice, site_footer::SiteFooter, site_header::SiteHeader,
    start_page::StartPage,
};

#[component]
pub fn Shell(screen: Memo<Screen>) -> impl IntoView {
    let staff = use_staff();
    view! {
        <SiteHeader />
        <StaffBanner />
        <div class="width-container" class:staff-mode=move || staff.is_on()>
            // The notices are inside main: every piece of content belongs
            // to a landmark (IBM Equal Access), and they are about the page.
            <main id="main-content" class="main" tabindex="-1">
                <FallbackNotice />
                <OfflineNotice />
                {move || match screen.get() {
                    Screen::Start if !staff.is_on() && staff.kiosk.is_none() => view! { <StartPage /> }.into_any(),
                    other => view! { <LazyPage screen=other /> }.into_any(),
                }}
            </main>
        </div>
        <SiteFooter />
    }
}
