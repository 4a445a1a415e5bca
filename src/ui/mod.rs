//! One component per file, in the GOV.UK Design System spirit.

pub mod about_page;
pub mod back_link;
pub mod bilingual;
pub mod check_answers_page;
pub mod data_error;
pub mod error_summary;
pub mod fallback_notice;
pub mod language_picker;
pub mod local_places;
pub mod municipality_question;
pub mod offline_notice;
pub mod overview_page;
pub mod page_title;
pub mod phone_link;
pub mod qr_handout;
pub mod question_page;
pub mod question_parts;
pub mod result_page;
pub mod shell;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod staff_banner;
pub mod staff_toggle;
pub mod start_page;
pub mod visitor_language_page;
