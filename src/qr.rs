//! QR codes of the result link, so a visitor can carry the answer away on
//! their phone from the shared computer at a service office. Pure Rust (no
//! Leptos, no web-sys): tested on the host by decoding the code back to the
//! link (tests/qr.rs).

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code; the QR standard asks for four.
pub const QUIET_ZONE: usize = 4;

const DARK: &str = "#000000";
const LIGHT: &str = "#ffffff";

/// Error-correction level M (about 15 % of the code may be damaged): enough
/// for a screen photographed at an angle, small enough for long links.
fn encode(url: &str) -> Option<QrCode> {
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()
}

/// The code as `(width, dark flags)`, row by row, without the quiet zone.
/// `None` when the link is too long for any QR code.
pub fn modules(url: &str) -> Option<(usize, Vec<bool>)> {
    let code = encode(url)?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some((width, dark))
}

/// The code as an inline SVG: black on white, a four-module quiet zone, one
/// unit per module in the `viewBox` so it scales without blurring. It holds
/// no text (no title, no link): the page around it names it. `None` when the
/// link is too long for any QR code.
///
/// Written by hand rather than with the crate's SVG renderer, which starts
/// with an XML declaration (wrong inside HTML) and fixes a pixel size.
pub fn svg(url: &str) -> Option<String> {
    let (width, dark) = modules(url)?;
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..width {
        let row = &dark[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    Some(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 {s} {s}""#,
            r#" width="100%" height="100%" shape-rendering="crispEdges" aria-hidden="true" focusable="false">"#,
            r#"<rect width="{s}" height="{s}" fill="{light}"/>"#,
            r#"<path fill="{dark}" d="{path}"/></svg>"#,
        ),
        s = size,
        light = LIGHT,
        dark = DARK,
        path = path,
    ))
}
