//! Vägvisaren's build driver, run as `cargo xtask …` (an alias in
//! `.cargo/config.toml`):
//!
//! - `cargo xtask build` — the debug build into `dist/`;
//! - `cargo xtask build --release` — the release build into `dist/` (what
//!   ships and what the end-to-end tests audit);
//! - `cargo xtask serve` — the debug build served on http://127.0.0.1:8080,
//!   rebuilt when a source changes.
//!
//! The steps are in `pipeline.rs`, in the order they run. Each one fails
//! with a message naming the step.

mod fill;
mod hash;
mod headers;
mod page;
mod pipeline;
mod serve;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A failed step of the build: which one, and why.
#[derive(Debug)]
pub struct StepError {
    pub step: &'static str,
    pub message: String,
}

impl fmt::Display for StepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "step `{}` failed: {}", self.step, self.message)
    }
}

/// Names the step a fallible call belongs to.
pub trait InStep<T> {
    fn in_step(self, step: &'static str) -> Result<T, StepError>;
}

impl<T, E: fmt::Display> InStep<T> for Result<T, E> {
    fn in_step(self, step: &'static str) -> Result<T, StepError> {
        self.map_err(|e| StepError {
            step,
            message: e.to_string(),
        })
    }
}

/// The workspace root: xtask's own manifest sits one folder below it.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

const USAGE: &str = "usage: cargo xtask build [--release] | cargo xtask serve";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["build"] => pipeline::build(&root, pipeline::Profile::Debug),
        ["build", "--release"] => pipeline::build(&root, pipeline::Profile::Release),
        ["serve"] => serve::run(&root),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
