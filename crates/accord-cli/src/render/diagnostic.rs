//! rustc-style diagnostics: the charter line, the span underlined, then help.

use accord_core::Diagnostic;
use accord_core::load::Source;
use accord_core::source::Location;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Where a diagnostic points, as line and column (the root or an unlocated problem: 1:1).
pub fn location(diagnostic: &Diagnostic, source: Option<&Source>) -> Option<Location> {
    let (span, source) = (diagnostic.span.as_ref()?, source?);
    Some(source.lines.location(&source.text, span.start))
}

/// Renders one diagnostic. `path` is the file as the user named it.
pub fn render(
    diagnostic: &Diagnostic,
    path: &str,
    source: Option<&Source>,
    colour: bool,
) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let title = diagnostic.message.as_str();
    let kind = diagnostic.kind.as_str();
    let mut groups: Vec<Group<'_>> = Vec::new();
    let located = diagnostic.span.clone().zip(source);
    let primary = match located {
        Some((span, source)) => {
            let loc = source.lines.location(&source.text, span.start);
            // Show the whole first line of the span; underline at most to its end.
            let line = source.lines.line_span(&source.text, loc.line);
            let text = &source.text[line.clone()];
            let start = span.start.clamp(line.start, line.end) - line.start;
            let end = span.end.clamp(line.start, line.end) - line.start;
            let end = if end <= start {
                next_char_end(text, start)
            } else {
                end
            };
            Level::ERROR.primary_title(title).id(kind).element(
                Snippet::source(text)
                    .line_start(loc.line)
                    .path(path)
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )
        }
        None => Level::ERROR
            .primary_title(title)
            .id(kind)
            .element(Level::NOTE.message(format!("in {path}"))),
    };
    groups.push(primary);
    if let Some(help) = &diagnostic.help {
        groups.push(Group::with_title(
            Level::HELP.secondary_title(help.as_str()),
        ));
    }
    renderer.render(&groups).to_string()
}

/// The end of the character starting at `start` (or `start` at the end of the line), so an
/// empty span still shows a caret.
fn next_char_end(text: &str, start: usize) -> usize {
    text[start..]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8())
}
