//! The frame every page shares: skip link, header, main landmark, footer.

use leptos::prelude::*;

use crate::app::Screen;
use crate::ui::{
    about_page::AboutPage, check_answers_page::CheckAnswersPage, fallback_notice::FallbackNotice,
    question_page::QuestionPage, result_page::ResultPage, site_footer::SiteFooter,
    site_header::SiteHeader, skip_link::SkipLink, start_page::StartPage,
};

#[component]
pub fn Shell(screen: Memo<Screen>) -> impl IntoView {
    view! {
        <SkipLink />
        <SiteHeader />
        <div class="width-container">
            <FallbackNotice />
            <main id="main-content" class="main" tabindex="-1">
                {move || match screen.get() {
                    Screen::Start => view! { <StartPage /> }.into_any(),
                    Screen::About => view! { <AboutPage /> }.into_any(),
                    Screen::Overview => view! { <StartPage /> }.into_any(),
                    Screen::Question(q) => view! { <QuestionPage question=q /> }.into_any(),
                    Screen::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
                    Screen::Result(outcome) => view! { <ResultPage outcome=*outcome /> }.into_any(),
                }}
            </main>
        </div>
        <SiteFooter />
    }
}
