//! A panic must never leave a dead page: show a Dutch message with a way to start again.

use wasm_bindgen::JsCast;

const MESSAGE: &str =
    "Er ging iets mis in Steunwijzer. Uw scenario staat nog in het adres van deze pagina: \
laad de pagina opnieuw om verder te gaan, of begin opnieuw zonder scenario.";

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

/// Builds the message with plain DOM calls: the reactive system may be what panicked.
fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("panic-panel");
    let _ = panel.set_attribute("role", "alert");
    // Focusable, so keyboard and screen-reader users land on the message and its links.
    let _ = panel.set_attribute("tabindex", "-1");
    let Ok(text) = document.create_element("p") else {
        return;
    };
    text.set_text_content(Some(MESSAGE));
    let _ = panel.append_child(&text);
    for (label, to) in [
        ("Pagina opnieuw laden", None),
        ("Opnieuw beginnen", Some(crate::routes::Route::Start)),
    ] {
        if let Ok(link) = document.create_element("a") {
            let href = match to {
                Some(route) => route.path(),
                None => web_sys::window()
                    .and_then(|w| w.location().href().ok())
                    .unwrap_or_default(),
            };
            let _ = link.set_attribute("href", &href);
            // A full page load: the router, which would otherwise handle the click, may be
            // what panicked.
            let _ = link.set_attribute("rel", "external");
            link.set_text_content(Some(label));
            let _ = panel.append_child(&link);
        }
    }
    if let Some(body) = document.body() {
        let _ = body.append_child(&panel);
        if let Ok(element) = panel.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
