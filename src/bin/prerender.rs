//! Writes the start page in every language into index.html (see
//! `src/prerender.rs`). `--check` only reports whether it is up to date.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let check = std::env::args().any(|a| a == "--check");
    let updated = match vagvisare::prerender::updated_index(root) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = root.join("index.html");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == updated {
        println!("prerender: index.html is up to date");
        return ExitCode::SUCCESS;
    }
    if check {
        eprintln!("prerender: index.html is out of date; run `make prerender`");
        return ExitCode::FAILURE;
    }
    match std::fs::write(&path, updated) {
        Ok(()) => {
            println!("prerender: index.html updated");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
