//! Shared by the generator's tests.

use vagvisare_data_gen::{checked_date, default_data_dir, Inputs, UPDATES_FILE};

/// The repository's data, as of the day the updates were last checked (the
/// `# checked:` line of `data/source/updates.tsv`): a fixed date, so the
/// tests never depend on the machine's clock, and one that moves with the
/// data (a row dated later than its table's check is refused here).
pub fn inputs() -> Inputs {
    let dir = default_data_dir();
    let updates = std::fs::read_to_string(dir.join(UPDATES_FILE)).expect("updates.tsv");
    let today = checked_date(&updates).expect("updates.tsv has a `# checked:` line");
    Inputs::read_from(&dir, &today).expect("the data sources are readable")
}
