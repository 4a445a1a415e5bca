//! Part of a page drawn after the page's first paint, in a task of its own:
//! on a slow phone the first paint (a result's recommendation) is not held
//! up by what is further down, and no single task is long (Lighthouse
//! counts each task's time over 50 ms as blocking; docs/performance.md).
//! Each level waits for one more paint, so each is laid out and painted on
//! its own too. Until its children are drawn it leaves an inert
//! `<template data-pending>`, which the tests wait for to be gone.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::schedule;

#[component]
pub fn AfterPaint(
    /// How many paints to wait for: 1 draws right after the first paint,
    /// 2 after the one that shows level 1.
    #[prop(default = 1)]
    level: u8,
    children: ChildrenFn,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        for _ in 0..level {
            schedule::after_paint().await;
        }
        // Gone already when the page was left meanwhile.
        shown.try_set(true);
    });
    move || match shown.get() {
        true => Either::Left(children()),
        false => Either::Right(view! { <template data-pending=""></template> }),
    }
}
