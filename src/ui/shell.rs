//! The frame every page shares: skip link, header, main landmark, footer.

use leptos::prelude::*;

use crate::app::{use_app, Screen};
use crate::ui::offline_notice::OfflineNotice;
use crate::ui::staff_banner::StaffBanner;
use crate::ui::visitor_language_page::VisitorLanguagePage;
use crate::ui::{
    about_page::AboutPage, check_answers_page::CheckAnswersPage, fallback_notice::FallbackNotice,
    question_page::QuestionPage, result_page::ResultPage, site_footer::SiteFooter,
    site_header::SiteHeader, skip_link::SkipLink, start_page::StartPage,
};

#[component]
pub fn Shell(screen: Memo<Screen>) -> impl IntoView {
    let app = use_app();
    view! {
        <SkipLink />
        <SiteHeader />
        <StaffBanner />
        <div class="width-container" class:staff-mode=move || app.staff.get()>
            <FallbackNotice />
            <OfflineNotice />
            <main id="main-content" class="main" tabindex="-1">
                {move || match screen.get() {
                    Screen::Start if app.staff.get() => view! { <VisitorLanguagePage /> }.into_any(),
                    Screen::Start => view! { <StartPage /> }.into_any(),
                    Screen::About => view! { <AboutPage /> }.into_any(),
                    Screen::Overview => view! { <crate::ui::overview_page::OverviewPage /> }.into_any(),
                    Screen::Question(q) => view! { <QuestionPage question=q /> }.into_any(),
                    Screen::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
                    Screen::Result(outcome) => view! { <ResultPage outcome=*outcome /> }.into_any(),
                }}
            </main>
        </div>
        <SiteFooter />
    }
}
