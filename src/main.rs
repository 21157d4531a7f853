//! Entry point. The app lives in the library so tests and benches can reach it.

#[cfg(target_arch = "wasm32")]
fn main() {
    steunwijzer::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Steunwijzer draait in de browser: start het met scripts/serve.sh (zie README.md).");
}
