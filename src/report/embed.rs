//! The code a host pastes to embed a view of Steunwijzer (`/inbedden/…`, `app::pages::embed`).

/// What the embed view sends its parent page: `{ type: "steunwijzer-hoogte", hoogte: <px> }`.
pub const HEIGHT_MESSAGE: &str = "steunwijzer-hoogte";

/// The sandbox flags the view needs in a host that sandboxes its frames: scripts, its own origin
/// (without it the browser refuses the app's script, wasm and data) and a new window for "Open in
/// Steunwijzer", one that is not sandboxed itself.
pub const SANDBOX_FLAGS: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// The iframe for `src` (an absolute embed link) and a few lines of script that fit it to the
/// height the view reports, accepting that message only from Steunwijzer's `origin`. A host that
/// strips scripts keeps a working iframe of the default height. A last line names the sandbox
/// flags, for a site whose system adds a `sandbox` attribute to every frame.
pub fn iframe_snippet(origin: &str, src: &str, title: &str) -> String {
    let escape = crate::model::format::escape_markup;
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"520\" style=\"border:0\" loading=\"lazy\" data-steunwijzer></iframe>\n\
         <script>addEventListener('message',function(e){{if(e.origin!=='{}'||!e.data||e.data.type!=='{HEIGHT_MESSAGE}')return;\
         document.querySelectorAll('iframe[data-steunwijzer]').forEach(function(f){{if(f.contentWindow===e.source)f.style.height=e.data.hoogte+'px';}});}});</script>\n\
         <!-- Krijgt dit frame een sandbox-attribuut, geef het dan: sandbox=\"{SANDBOX_FLAGS}\" -->",
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
        let lines: Vec<&str> = code.lines().collect();
        let [frame, script, comment] = lines[..] else {
            panic!("three lines: {code}");
        };
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
        assert!(
            comment.starts_with("<!--")
                && comment.ends_with("-->")
                && comment.contains(
                    "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\""
                ),
            "{comment}"
        );
    }
}
