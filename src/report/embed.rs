//! The code a host pastes to embed a view of Steunwijzer (`/inbedden/…`, `app::pages::embed`).

/// What the embed view sends its parent page: `{ type: "steunwijzer-hoogte", hoogte: <px> }`.
pub const HEIGHT_MESSAGE: &str = "steunwijzer-hoogte";

/// The iframe for `src` (an absolute embed link) and a few lines of script that fit it to the
/// height the view reports, accepting that message only from Steunwijzer's `origin`. A host that
/// strips scripts keeps a working iframe of the default height.
pub fn iframe_snippet(origin: &str, src: &str, title: &str) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"520\" style=\"border:0\" loading=\"lazy\" data-steunwijzer></iframe>\n\
         <script>addEventListener('message',function(e){{if(e.origin!=='{}'||!e.data||e.data.type!=='{HEIGHT_MESSAGE}')return;\
         document.querySelectorAll('iframe[data-steunwijzer]').forEach(function(f){{if(f.contentWindow===e.source)f.style.height=e.data.hoogte+'px';}});}});</script>",
        escape(src),
        escape(&format!("Steunwijzer: {title}")),
        origin.replace('\'', "")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_frames_the_link_and_listens_only_to_its_origin() {
        let code = iframe_snippet(
            "https://steunwijzer.example",
            "https://steunwijzer.example/inbedden/kerncijfers?naam=A%20%26%20B&k.home-start=20",
            "Kerncijfers \"Zuid\"",
        );
        let (frame, script) = code.split_once('\n').unwrap();
        assert!(frame.starts_with("<iframe src=\"https://steunwijzer.example/inbedden/kerncijfers?naam=A%20%26%20B&amp;k.home-start=20\""), "{frame}");
        assert!(
            frame.contains("title=\"Steunwijzer: Kerncijfers &quot;Zuid&quot;\""),
            "{frame}"
        );
        assert!(frame.ends_with("</iframe>"));
        assert!(script.starts_with("<script>") && script.ends_with("</script>"));
        assert!(
            script.contains("e.origin!=='https://steunwijzer.example'"),
            "{script}"
        );
        assert!(script.contains(HEIGHT_MESSAGE));
    }
}
