//! The JSON text of `data/services.json`, written with serde_json (which
//! the app never links: it reads the file with `vagvisare_domain::json`).

use crate::inputs::{err, GenerateError};
use vagvisare_domain::services::ServiceData;

/// The JSON text for the data: the top level is indented, and each
/// municipality is one compact line, so the file stays small for slow
/// connections and a change to one municipality is a one-line diff. Ends with
/// a newline.
pub fn to_json(data: &ServiceData) -> Result<String, GenerateError> {
    fn js<T: serde::Serialize + ?Sized>(v: &T) -> Result<String, GenerateError> {
        serde_json::to_string(v).map_err(|e| GenerateError(format!("cannot serialise: {e}")))
    }
    let mut out = String::from("{\n");
    out.push_str(&format!(
        "  \"schema_version\": {},\n",
        js(&data.schema_version)?
    ));
    out.push_str(&format!("  \"source\": {},\n", js(&data.source)?));
    out.push_str(&format!("  \"source_date\": {},\n", js(&data.source_date)?));
    out.push_str("  \"generated_from\": [\n");
    let credits: Vec<String> = data
        .generated_from
        .iter()
        .map(|c| js(c).map(|s| format!("    {s}")))
        .collect::<Result<_, _>>()?;
    out.push_str(&credits.join(",\n"));
    out.push_str(&format!(
        "\n  ],\n  \"updates_checked\": {},\n  \"updates\": [\n",
        js(&data.updates_checked)?
    ));
    let updates: Vec<String> = data
        .updates
        .iter()
        .map(|u| js(u).map(|s| format!("    {s}")))
        .collect::<Result<_, _>>()?;
    out.push_str(&updates.join(",\n"));
    out.push_str("\n  ],\n  \"municipalities\": [\n");
    let lines: Vec<String> = data
        .municipalities
        .iter()
        .map(|m| js(m).map(|s| format!("    {s}")))
        .collect::<Result<_, _>>()?;
    out.push_str(&lines.join(",\n"));
    out.push_str("\n  ]\n}\n");
    // The layout above lists the top-level fields by hand: make sure nothing
    // was left out or changed.
    match serde_json::from_str::<ServiceData>(&out) {
        Ok(back) if back == *data => Ok(out),
        _ => err("to_json does not round-trip: update it for the new fields of ServiceData"),
    }
}
