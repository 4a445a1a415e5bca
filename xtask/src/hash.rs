//! Content hashes: file names, Subresource Integrity and the CSP's script
//! hashes. A leaf, so the page and the pipeline both use it without
//! importing each other.

use base64::Engine as _;
use sha2::{Digest, Sha256, Sha384};

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A Subresource Integrity value.
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64(&Sha384::digest(bytes)))
}

/// A CSP source expression allowing one inline script.
pub fn csp_script(body: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(body.as_bytes())))
}

fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}
