//! Writes `data/services.json` from the transcribed appendices and the
//! reference data.
//!
//! ```text
//! make data                                                       # the same as:
//! cargo run -p vagvisare-data-gen --bin generate-data             # write the file
//! cargo run -p vagvisare-data-gen --bin generate-data -- --check  # fail if it is stale
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use vagvisare_data_gen::{
    build_report, default_data_dir, parse_date, to_json, today, Appendix, Inputs, Precision,
    OUTPUT_FILE,
};

const USAGE: &str = "usage: generate-data [--check] [--data-dir DIR] [--today YYYY-MM-DD]

Builds DIR/services.json (DIR defaults to the repository's data/ folder) from
DIR/source/*.tsv and DIR/reference/*.csv.

  --check          do not write; exit with status 1 if the file on disk differs
                   from what would be written
  --data-dir DIR   use another data folder
  --today DATE     the date to check the updates against (an update dated
                   later is refused); defaults to today's date in UTC
  -q, --quiet      print only errors";

fn main() -> ExitCode {
    let mut check = false;
    let mut quiet = false;
    let mut data_dir: Option<PathBuf> = None;
    let mut date: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "-q" | "--quiet" => quiet = true,
            "--data-dir" => match args.next() {
                Some(dir) => data_dir = Some(PathBuf::from(dir)),
                None => {
                    eprintln!("--data-dir needs a folder\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--today" => match args.next() {
                Some(d) if parse_date(&d) == Some(Precision::Day) => date = Some(d),
                _ => {
                    eprintln!("--today needs a date, YYYY-MM-DD\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("unknown argument {other:?}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let data_dir = data_dir.unwrap_or_else(default_data_dir);
    let output = data_dir.join(OUTPUT_FILE);

    let date = date.unwrap_or_else(today);
    let report = match Inputs::read_from(&data_dir, &date).and_then(|i| build_report(&i)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("generate-data: {e}");
            return ExitCode::from(2);
        }
    };
    let json = match to_json(&report.data) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("generate-data: {e}");
            return ExitCode::from(2);
        }
    };

    if !quiet {
        for c in &report.corrections {
            let k = &c.correction;
            let rows = match k.appendix {
                Appendix::Bilaga1 => format!("{} row(s) in Bilaga 1", c.rows_bilaga1),
                Appendix::Bilaga2 => format!("{} row(s) in Bilaga 2", c.rows_bilaga2),
                Appendix::Both => format!(
                    "{} row(s) in Bilaga 1, {} in Bilaga 2",
                    c.rows_bilaga1, c.rows_bilaga2
                ),
            };
            println!("corrected {:?} -> {:?}: {rows}", k.printed, k.corrected);
        }
        let t = report.data.totals();
        println!(
            "{} municipalities; booked-meeting presence in {} ({} without): {} fixed-staffed, \
             {} travelled-to, {} collaboration rows ({} pending); service offices: {} existing, \
             {} opening, {} planned, in {} municipalities (+{} with only planned ones)",
            t.municipalities,
            t.with_presence,
            t.without_presence,
            t.fixed_offices,
            t.travelled_to_offices,
            t.collaborations,
            t.pending_presence,
            t.existing_offices,
            t.opening_offices,
            t.planned_offices,
            t.with_service_office,
            t.with_only_planned_service_office,
        );
    }

    if check {
        let on_disk = std::fs::read_to_string(&output).unwrap_or_default();
        if on_disk == json {
            if !quiet {
                println!("{} is up to date", output.display());
            }
            ExitCode::SUCCESS
        } else {
            eprintln!(
                "{} is stale: run `make data` and commit the result",
                output.display()
            );
            ExitCode::from(1)
        }
    } else {
        match std::fs::write(&output, json) {
            Ok(()) => {
                if !quiet {
                    println!("wrote {}", output.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("generate-data: cannot write {}: {e}", output.display());
                ExitCode::from(2)
            }
        }
    }
}
