//! Same-origin GETs with gloo-net. Relative URLs, so the app also works
//! when hosted below a path.

use gloo_net::http::Request;

/// The body as text, or a short technical reason (logged, never shown raw).
pub async fn text(url: &str) -> Result<String, String> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("network: {e}"))?;
    if !response.ok() {
        return Err(format!("http {} for {url}", response.status()));
    }
    response.text().await.map_err(|e| format!("body: {e}"))
}
