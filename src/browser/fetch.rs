//! Same-origin GETs with gloo-net. Relative URLs, so the app also works
//! when hosted below a path.

use gloo_net::http::Request;

/// The body as text, or a short technical reason (logged, never shown raw).
pub async fn text(url: &str) -> Result<String, String> {
    text_and_source(url).await.map(|(body, _)| body)
}

/// The body, and whether the service worker answered from its cache
/// because the network was not there (it marks such responses).
pub async fn text_and_source(url: &str) -> Result<(String, bool), String> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("network: {e}"))?;
    if !response.ok() {
        return Err(format!("http {} for {url}", response.status()));
    }
    let cached = response.headers().get("x-vagvisaren-cached").is_some();
    let body = response.text().await.map_err(|e| format!("body: {e}"))?;
    Ok((body, cached))
}
