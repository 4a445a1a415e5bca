//! The QR code of the result link, read back by an independent decoder
//! (rqrr): what a phone camera would see must be exactly the link.
#![cfg(not(target_arch = "wasm32"))]

use vagvisare::qr::{self, QUIET_ZONE};

/// Pixels per module in the test image, as a small screen would show it.
const SCALE: usize = 4;

/// The links the staff hand out: every named scenario's result
/// (tests/fixtures.json), each in the next language, as the app writes
/// them (`?lang=…#answers`), on a short host and on a long one with a path.
fn links() -> Vec<String> {
    let fixtures: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures.json"))
            .unwrap(),
    )
    .unwrap();
    let mut links = Vec::new();
    for (i, scenario) in fixtures["scenarios"]
        .as_object()
        .unwrap()
        .values()
        .enumerate()
    {
        let result = scenario["result"].as_str().unwrap();
        let languages = vagvisare::i18n::Locale::ALL;
        let lang = languages[i % languages.len()].code();
        let host = if i % 2 == 0 {
            "http://127.0.0.1:8080/"
        } else {
            "https://arbetsformedlingen-vagvisaren.statenssc.example.se/vagvisaren/service/"
        };
        links.push(format!("{host}?lang={lang}{result}"));
    }
    assert!(links.len() >= 6, "{} links", links.len());
    links
}

/// The modules drawn as a greyscale image with a white quiet zone.
fn image(width: usize, dark: &[bool]) -> (usize, Vec<u8>) {
    let side = (width + 2 * QUIET_ZONE) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / SCALE, y / SCALE);
            let inside = (QUIET_ZONE..QUIET_ZONE + width).contains(&mx)
                && (QUIET_ZONE..QUIET_ZONE + width).contains(&my);
            if inside && dark[(my - QUIET_ZONE) * width + (mx - QUIET_ZONE)] {
                pixels[y * side + x] = 0;
            }
        }
    }
    (side, pixels)
}

/// Everything rqrr reads in the image, or the errors it met.
fn decode(width: usize, dark: &[bool]) -> Vec<Result<String, String>> {
    let (side, pixels) = image(width, dark);
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
    prepared
        .detect_grids()
        .into_iter()
        .map(|grid| {
            grid.decode()
                .map(|(_, text)| text)
                .map_err(|e| e.to_string())
        })
        .collect()
}

fn decodes_to(width: usize, dark: &[bool], expected: &str) -> bool {
    decode(width, dark) == vec![Ok(expected.to_string())]
}

#[test]
fn every_result_link_decodes_back_exactly() {
    for link in &links() {
        let (width, dark) = qr::modules(link).expect("the link fits in a QR code");
        assert_eq!(dark.len(), width * width, "{link}");
        assert_eq!(decode(width, &dark), vec![Ok(link.to_string())], "{link}");
    }
}

#[test]
fn the_code_is_square_and_a_valid_qr_size() {
    for link in &links() {
        let (width, _) = qr::modules(link).unwrap();
        // Versions 1..=40 are 21..=177 modules wide, in steps of 4.
        assert!(
            (21..=177).contains(&width) && (width - 21) % 4 == 0,
            "{width}"
        );
    }
}

#[test]
fn a_damaged_finder_pattern_or_another_link_is_caught() {
    let links = links();
    let link = links[0].as_str();
    let (width, dark) = qr::modules(link).unwrap();
    assert!(decodes_to(width, &dark, link));

    // Wipe the top-left finder pattern (7×7 modules): the decoder must not
    // still claim to read the link, so the decoding test above can fail.
    let mut damaged = dark.clone();
    for y in 0..7 {
        for x in 0..7 {
            damaged[y * width + x] = false;
        }
    }
    assert!(!decodes_to(width, &damaged, link));

    // Another link makes another code, which does not read as this link.
    let other = link.replace("municipality=", "municipality=9");
    let (w2, d2) = qr::modules(&other).unwrap();
    assert!(!decodes_to(w2, &d2, link));
    assert!(decodes_to(w2, &d2, &other));
}

#[test]
fn too_much_data_gives_none_not_a_panic() {
    let huge = format!("https://example.se/?q={}", "x".repeat(5000));
    assert_eq!(qr::modules(&huge), None);
    assert_eq!(qr::svg(&huge), None);
    // The largest code at level M holds 2331 bytes.
    let edge = "a".repeat(2331);
    assert!(qr::modules(&edge).is_some());
    assert!(qr::modules(&"a".repeat(2332)).is_none());
}

#[test]
fn svg_is_inline_markup_with_no_text_and_no_links() {
    for link in &links() {
        let svg = qr::svg(link).unwrap();
        assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "{svg}");
        assert!(svg.ends_with("</svg>"));
        let lower = svg.to_lowercase();
        assert!(!lower.contains("<script"));
        assert!(!lower.contains("<text") && !lower.contains("<title") && !lower.contains("<desc"));
        assert!(!lower.contains("href"));
        let without_ns = lower.replace(r#"xmlns="http://www.w3.org/2000/svg""#, "");
        assert!(!without_ns.contains("http"), "{svg}");
        assert!(!svg.contains("127.0.0.1") && !svg.contains("municipality"));
        assert!(svg.contains("viewBox=\"0 0 "));
        assert!(svg.contains("#000000") && svg.contains("#ffffff"));
    }
}

/// The SVG draws exactly the modules, offset by the quiet zone.
#[test]
fn svg_draws_exactly_the_modules() {
    let links = links();
    let link = links[0].as_str();
    let (width, dark) = qr::modules(link).unwrap();
    let svg = qr::svg(link).unwrap();
    let side = width + 2 * QUIET_ZONE;
    assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
    let d = svg
        .split(" d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("one path");
    let mut drawn = vec![false; side * side];
    for segment in d.split('z').filter(|s| !s.is_empty()) {
        // "M{x} {y}h{n}v1h-{n}"
        let rest = segment.strip_prefix('M').expect(segment);
        let (x, rest) = rest.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (n, back) = rest.split_once("v1h-").unwrap();
        assert_eq!(n, back, "{segment}");
        let (x, y, n): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        for i in x..x + n {
            assert!(!drawn[y * side + i], "drawn twice at {i},{y}");
            drawn[y * side + i] = true;
        }
    }
    for y in 0..side {
        for x in 0..side {
            let inside = (QUIET_ZONE..QUIET_ZONE + width).contains(&x)
                && (QUIET_ZONE..QUIET_ZONE + width).contains(&y);
            let expected = inside && dark[(y - QUIET_ZONE) * width + (x - QUIET_ZONE)];
            assert_eq!(drawn[y * side + x], expected, "module {x},{y}");
        }
    }
}
