//! rustc-style snippets: the charter line, the span underlined, then help and notes.

use std::ops::Range;

use accord_core::Diagnostic;
use accord_core::load::Source;
use accord_core::source::Location;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Where a diagnostic points, as line and column.
pub fn location(diagnostic: &Diagnostic, source: Option<&Source>) -> Option<Location> {
    let (span, source) = (diagnostic.span.as_ref()?, source?);
    Some(source.lines.location(&source.text, span.start))
}

/// One message to render: a titled, located problem with footers.
pub struct Message<'a> {
    pub level: Level<'a>,
    pub id: &'a str,
    pub title: &'a str,
    /// The file as the user named it.
    pub path: &'a str,
    pub source: Option<&'a Source>,
    pub span: Option<Range<usize>>,
    /// (label, text) lines after the snippet, e.g. ("help", "…").
    pub footers: Vec<(Level<'a>, String)>,
}

/// Renders a validation diagnostic.
pub fn render(
    diagnostic: &Diagnostic,
    path: &str,
    source: Option<&Source>,
    colour: bool,
) -> String {
    let footers = diagnostic
        .help
        .iter()
        .map(|h| (Level::HELP, h.clone()))
        .collect();
    render_message(
        Message {
            level: Level::ERROR,
            id: diagnostic.kind.as_str(),
            title: &diagnostic.message,
            path,
            source,
            span: diagnostic.span.clone(),
            footers,
        },
        colour,
    )
}

pub fn render_message(m: Message<'_>, colour: bool) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut groups: Vec<Group<'_>> = Vec::new();
    let title = m.level.clone().primary_title(m.title).id(m.id);
    let primary = match m.span.zip(m.source) {
        Some((span, source)) => {
            let loc = source.lines.location(&source.text, span.start);
            // Show the first line of the span; underline at most to its end.
            let line = source.lines.line_span(&source.text, loc.line);
            let text = &source.text[line.clone()];
            // Clamp into the line and onto character boundaries: a span must never split a
            // character (the renderer would panic).
            let start = floor_char(text, span.start.clamp(line.start, line.end) - line.start);
            let end = floor_char(text, span.end.clamp(line.start, line.end) - line.start);
            let end = if end <= start {
                next_char_end(text, start)
            } else {
                end
            };
            title.element(
                Snippet::source(text)
                    .line_start(loc.line)
                    .path(m.path)
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )
        }
        None => title.element(Level::NOTE.message(format!("in {}", m.path))),
    };
    groups.push(primary);
    for (level, text) in &m.footers {
        groups.push(Group::with_title(
            level.clone().secondary_title(text.as_str()),
        ));
    }
    renderer.render(&groups).to_string()
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The end of the character starting at `start` (or `start` at the end of the line), so an
/// empty span still shows a caret.
fn next_char_end(text: &str, start: usize) -> usize {
    text[start..]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8())
}
