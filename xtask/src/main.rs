//! Vägvisaren's build driver, run as `cargo xtask …` (an alias in
//! `.cargo/config.toml`):
//!
//! - `cargo xtask build` — the debug build into `dist/`;
//! - `cargo xtask build --release` — the release build into `dist/` (what
//!   ships and what the end-to-end tests audit);
//! - `--out <folder>` after either writes that folder instead of `dist/`
//!   (the sub-path tests build for `VV_BASE_PATH=/vagvisaren/` beside it);
//! - `cargo xtask serve` — the debug build served on http://127.0.0.1:8080,
//!   rebuilt when a source changes.
//!
//! The steps are in `pipeline.rs`, in the order they run. Each one fails
//! with a message naming the step.

mod fill;
mod hash;
// The settings parser build.rs uses, for the base path (config/site.toml).
mod headers;
#[path = "../../build/inputs.rs"]
mod inputs;
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

const USAGE: &str = "usage: cargo xtask build [--release] [--out <folder>] | cargo xtask serve";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let dist = |out: Option<&str>| out.map_or_else(|| root.join("dist"), PathBuf::from);
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["build"] => pipeline::build(&root, pipeline::Profile::Debug, &dist(None)),
        ["build", "--release"] => pipeline::build(&root, pipeline::Profile::Release, &dist(None)),
        ["build", "--out", out] => {
            pipeline::build(&root, pipeline::Profile::Debug, &dist(Some(out)))
        }
        ["build", "--release", "--out", out] => {
            pipeline::build(&root, pipeline::Profile::Release, &dist(Some(out)))
        }
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
