//! Files the user takes away: SVG, PNG, CSV and JSON, made from data in the browser (never a
//! screenshot of the page), and text copied to the clipboard.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Scale of a PNG export relative to the chart's SVG size: 2 × 720 px is sharp on a slide.
pub const PNG_SCALE: f64 = 2.0;

fn blob(content: &str, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&content.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn save_blob(blob: &Blob, filename: &str) -> Result<(), String> {
    let failed = || "Het bestand kon niet worden gemaakt.".to_string();
    let url = Url::create_object_url_with_blob(blob).map_err(|_| failed())?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(failed)?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| failed())?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// Offers `content` as a download. CSV gets a byte-order mark so spreadsheets read UTF-8.
pub fn save_text(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let content = if mime.starts_with("text/csv") {
        format!("\u{feff}{content}")
    } else {
        content.to_string()
    };
    let blob =
        blob(&content, mime).ok_or_else(|| "Het bestand kon niet worden gemaakt.".to_string())?;
    save_blob(&blob, filename)
}

/// Said after every CSV download: what the file is, so a spreadsheet in another language can be
/// told how to read it.
pub const CSV_SAVED: &str =
    "CSV opgeslagen: velden gescheiden door puntkomma's, komma als decimaalteken, zoals een Nederlandse spreadsheet het verwacht.";

/// Offers a CSV file and returns what to tell the user: how to open it, or what went wrong.
pub fn save_csv(filename: &str, content: &str) -> String {
    match save_text(filename, "text/csv;charset=utf-8", content) {
        Ok(()) => CSV_SAVED.to_string(),
        Err(error) => error,
    }
}

/// Draws the SVG on a canvas at [`PNG_SCALE`] and offers it as a PNG; `source` (the stamp) goes
/// into the file's metadata as well (`report::provenance::png_with_text`).
pub fn save_png(
    filename: &str,
    svg: &str,
    width: u32,
    height: u32,
    source: Option<String>,
) -> Result<(), String> {
    let failed = || "De afbeelding kon niet worden gemaakt.".to_string();
    let svg_blob = blob(svg, "image/svg+xml").ok_or_else(failed)?;
    let svg_url = Url::create_object_url_with_blob(&svg_blob).map_err(|_| failed())?;
    let image = HtmlImageElement::new().map_err(|_| failed())?;
    let filename = filename.to_string();
    let image_for_load = image.clone();
    let url_for_load = svg_url.clone();
    let onload = Closure::once(move || {
        let _ = draw_and_save(&image_for_load, &filename, width, height, source);
        let _ = Url::revoke_object_url(&url_for_load);
    });
    image.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    image.set_src(&svg_url);
    Ok(())
}

fn draw_and_save(
    image: &HtmlImageElement,
    filename: &str,
    width: u32,
    height: u32,
    source: Option<String>,
) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.unchecked_into();
    canvas.set_width((f64::from(width) * PNG_SCALE) as u32);
    canvas.set_height((f64::from(height) * PNG_SCALE) as u32);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.unchecked_into();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            image,
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .ok()?;
    let filename = filename.to_string();
    let on_blob = Closure::once(move |blob: Option<Blob>| {
        let Some(blob) = blob else {
            return;
        };
        let Some(source) = source else {
            let _ = save_blob(&blob, &filename);
            return;
        };
        leptos::task::spawn_local(async move {
            let blob = with_source(&blob, &source).await.unwrap_or(blob);
            let _ = save_blob(&blob, &filename);
        });
    });
    canvas.to_blob(on_blob.as_ref().unchecked_ref()).ok()?;
    on_blob.forget();
    Some(())
}

/// The PNG in `blob` with `source` in an `iTXt` chunk; `None` if its bytes cannot be read.
async fn with_source(blob: &Blob, source: &str) -> Option<Blob> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let stamped = crate::report::provenance::png_with_text(&bytes, "Source", source);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(stamped.as_slice()));
    let options = BlobPropertyBag::new();
    options.set_type("image/png");
    Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()
}

/// Copies text to the clipboard; the returned future resolves to whether it worked.
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Copies `text` and says in `message` how it went: `done` when it worked, else that the user can
/// select `what` ("de tekst", "de tabel") and copy it by hand. Every copy button but the share
/// link's (which repeats the link itself) says it this way.
pub fn copy_and_tell(
    text: String,
    message: leptos::prelude::RwSignal<Option<String>>,
    done: &'static str,
    what: &'static str,
) {
    use leptos::prelude::Set;
    leptos::task::spawn_local(async move {
        message.set(Some(if copy_text(text).await {
            done.to_string()
        } else {
            format!("Kopiëren lukte niet: selecteer {what} en kopieer hem zelf.")
        }));
    });
}

/// Puts `html` and `plain` on the clipboard as one item (`text/html` for a word processor,
/// `text/plain` for the rest), through `navigator.clipboard.write` with a `ClipboardItem`;
/// `false` when the browser has neither or refuses. Read through `Reflect`, so no web-sys
/// feature is added for two calls.
pub async fn copy_formatted(html: &str, plain: &str) -> bool {
    use js_sys::{Array, Function, Object, Promise, Reflect};
    let attempt = || -> Option<Promise> {
        let window = web_sys::window()?;
        let item_type: Function = Reflect::get(&window, &"ClipboardItem".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let parts = Object::new();
        Reflect::set(
            &parts,
            &"text/html".into(),
            &blob(html, "text/html")?.into(),
        )
        .ok()?;
        Reflect::set(
            &parts,
            &"text/plain".into(),
            &blob(plain, "text/plain")?.into(),
        )
        .ok()?;
        let item = Reflect::construct(&item_type, &Array::of1(&parts)).ok()?;
        let clipboard = window.navigator().clipboard();
        let write: Function = Reflect::get(&clipboard, &"write".into())
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(&clipboard, &Array::of1(&item))
            .ok()?
            .dyn_into()
            .ok()
    };
    match attempt() {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// Selects the contents of the element with `id`, so a user can copy them with the keyboard
/// when the browser refuses the clipboard.
pub fn select_contents(id: &str) {
    use js_sys::{Function, Reflect};
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(element) = window.document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let Some(selection) = Reflect::get(&window, &"getSelection".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call0(&window).ok())
    else {
        return;
    };
    if let Some(select) = Reflect::get(&selection, &"selectAllChildren".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        let _ = select.call1(&selection, &element);
    }
}

/// A file name from a scenario name: lower case, letters and digits, dashes.
pub fn file_stem(name: &str, fallback: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .map(crate::model::format::lower_char)
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        fallback.to_string()
    } else {
        stem
    }
}
