//! rustc-style snippets: the charter line, the span underlined, then help and notes.
//!
//! Everything shown passes through [`crate::escape`]: the file name, the message, the footers
//! and the source line itself (its span moved to match), so no control character in a
//! charter reaches the terminal.

use std::ops::Range;

use accord_core::Diagnostic;
use accord_core::lang::{Lang, t};
use accord_core::load::Source;
use accord_core::source::Location;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::escape::{is_hidden, visible, visible_line};

/// Where a diagnostic points, as line and column.
pub fn location(diagnostic: &Diagnostic, source: Option<&Source>) -> Option<Location> {
    let (span, source) = (diagnostic.span.as_ref()?, source?);
    Some(source.lines.location(&source.text, span.start))
}

/// The label of a message or a footer: `error`, `warning`, `info`, `note`, `help` (in the
/// reader's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Error,
    Warning,
    Info,
    Note,
    Help,
}

impl Label {
    /// The renderer's level, named in `lang` (English keeps the renderer's own names).
    fn level(self, lang: Lang) -> Level<'static> {
        let (level, _) = self.parts();
        if lang.is_source() {
            level
        } else {
            level.with_name(Label::names(lang)[self as usize].0.as_str())
        }
    }

    /// The level of a footer line ("help: …"), which reads as prose: French puts a space
    /// before its colon.
    fn footer_level(self, lang: Lang) -> Level<'static> {
        let (level, _) = self.parts();
        if lang.is_source() {
            level
        } else {
            level.with_name(Label::names(lang)[self as usize].1.as_str())
        }
    }

    /// Each label's name in `lang`, as a title and as a footer, written once per language.
    fn names(lang: Lang) -> &'static [(String, String); 5] {
        static ALL: std::sync::OnceLock<Vec<[(String, String); 5]>> = std::sync::OnceLock::new();
        let all = ALL.get_or_init(|| {
            Lang::all()
                .map(|lang| {
                    [
                        Label::Error,
                        Label::Warning,
                        Label::Info,
                        Label::Note,
                        Label::Help,
                    ]
                    .map(|label| {
                        let name = label.parts().1;
                        (
                            t!(lang, "report-label", label = name),
                            t!(lang, "report-footer-label", label = name),
                        )
                    })
                })
                .collect()
        });
        &all[Lang::all().position(|l| l == lang).unwrap_or(0)]
    }

    fn parts(self) -> (Level<'static>, &'static str) {
        match self {
            Label::Error => (Level::ERROR, "error"),
            Label::Warning => (Level::WARNING, "warning"),
            Label::Info => (Level::INFO, "info"),
            Label::Note => (Level::NOTE, "note"),
            Label::Help => (Level::HELP, "help"),
        }
    }
}

/// One message to render: a titled, located problem with footers.
pub struct Message<'a> {
    pub level: Label,
    pub id: &'a str,
    pub title: &'a str,
    /// The file as the user named it.
    pub path: &'a str,
    pub source: Option<&'a Source>,
    pub span: Option<Range<usize>>,
    /// (label, text) lines after the snippet, e.g. (help, "…").
    pub footers: Vec<(Label, String)>,
}

/// Renders a validation diagnostic in `lang`.
pub fn render(
    diagnostic: &Diagnostic,
    path: &str,
    source: Option<&Source>,
    colour: bool,
    lang: Lang,
) -> String {
    let footers = diagnostic
        .help_in(lang)
        .into_iter()
        .map(|h| (Label::Help, h))
        .collect();
    render_message(
        Message {
            level: Label::Error,
            id: diagnostic.kind.as_str(),
            title: &diagnostic.message_in(lang),
            path,
            source,
            span: diagnostic.span.clone(),
            footers,
        },
        colour,
        lang,
    )
}

pub fn render_message(m: Message<'_>, colour: bool, lang: Lang) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let path = visible_line(m.path);
    let id = visible_line(m.id);
    let title_text = visible(m.title);
    let mut groups: Vec<Group<'_>> = Vec::new();
    let title = m.level.level(lang).primary_title(&*title_text).id(&*id);
    let shown_line;
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
            let (shown, start, end) = visible_span(text, start..end);
            shown_line = shown;
            title.element(
                Snippet::source(&*shown_line)
                    .line_start(loc.line)
                    .path(&*path)
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )
        }
        None => title.element(Label::Note.level(lang).message(t!(
            lang,
            "report-in-file",
            path = path.as_ref()
        ))),
    };
    groups.push(primary);
    let footers: Vec<(Level<'_>, String)> = m
        .footers
        .into_iter()
        .map(|(label, text)| (label.footer_level(lang), visible(&text).into_owned()))
        .collect();
    for (level, text) in &footers {
        groups.push(Group::with_title(
            level.clone().secondary_title(text.as_str()),
        ));
    }
    renderer.render(&groups).to_string()
}

/// A source line with its control characters escaped, and the span moved onto the escaped
/// text (`span` lies on character boundaries of `line`).
fn visible_span(line: &str, span: Range<usize>) -> (String, usize, usize) {
    let shown = visible(line);
    if !line.chars().any(is_hidden) {
        return (shown.into_owned(), span.start, span.end);
    }
    // Each hidden character before an offset grows it by its escape's extra length.
    let moved = |offset: usize| {
        offset
            + line[..offset]
                .chars()
                .filter(|&c| is_hidden(c))
                .map(|c| c.escape_debug().len() - c.len_utf8())
                .sum::<usize>()
    };
    (shown.into_owned(), moved(span.start), moved(span.end))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_in_the_source_are_shown_and_the_span_follows() {
        let text = "id = \"a\u{1b}[2J\u{202e}b\"\n";
        let source = Source::new("c\u{7}.toml".into(), text.to_owned());
        let at = text.find('b').expect("b");
        let shown = render_message(
            Message {
                level: Label::Error,
                id: "r.x",
                title: "bad \u{1b}]0;title\u{7}",
                path: "c\u{7}.toml",
                source: Some(&source),
                span: Some(at..at + 1),
                footers: vec![(Label::Help, "fix \u{8}it".to_owned())],
            },
            false,
            Lang::EN,
        );
        assert!(!shown.chars().any(is_hidden), "{shown}");
        assert!(
            shown.contains("error[r.x]: bad \\u{1b}]0;title\\u{7}"),
            "{shown}"
        );
        assert!(shown.contains("c\\u{7}.toml:1:"), "{shown}");
        assert!(shown.contains("help: fix \\u{8}it"), "{shown}");
        let lines: Vec<&str> = shown.lines().collect();
        let code = lines
            .iter()
            .find(|l| l.contains("id = "))
            .expect("the source line");
        assert!(code.contains("id = \"a\\u{1b}[2J\\u{202e}b\""), "{shown}");
        let caret = lines
            .iter()
            .find(|l| l.contains('^'))
            .expect("the caret line");
        // The caret sits under `b`, after the escapes.
        assert_eq!(caret.find('^'), code.find("b\""), "{shown}");
    }
}
