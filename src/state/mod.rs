//! The app's state, one small context per concern, each with its
//! `provide_*` and `use_*`. A component asks for the narrowest one it needs:
//! the staff flag to render bilingual text, the data to show places, the
//! journey to move on. The journey itself is the domain's
//! (`vagvisare_domain::journey`); [`journey::Journey`] only keeps it in the
//! address bar and the history.
//!
//! This layer imports `browser` and `i18n`, never `ui` or `app`.

pub mod chunk;
pub mod connectivity;
pub mod data;
pub mod journey;
pub mod staff;
