//! Host sentences as HTML: the translated text escaped, its `**strong**` and `` `code` `` spans
//! (the convention the Markdown report shares) as markup, and arguments either escaped with the
//! text or inserted as markup already made safe ([`Markup`]). Translators write no markup.

use std::borrow::Cow;

use accord_core::lang::{Arg, Args, Lang};

/// HTML made safe by its maker: inserted into a sentence as it is.
pub struct Markup(pub String);

/// A sentence being built by [`html!`](crate::html).
#[derive(Default)]
pub struct Sentence {
    args: Args<'static>,
    markup: Vec<String>,
}

/// What an [`html!`](crate::html) argument may be: markup, or a value written (and escaped)
/// with the sentence.
pub trait SentenceArg {
    fn add_to(self, name: &'static str, sentence: Sentence) -> Sentence;
}

impl SentenceArg for Markup {
    fn add_to(self, name: &'static str, mut sentence: Sentence) -> Sentence {
        let placeholder = placeholder(sentence.markup.len());
        sentence.markup.push(self.0);
        sentence.args = sentence.args.arg(name, placeholder);
        sentence
    }
}

/// A value a message selects on (`$verdict -> [pass] …`): given to Fluent as it is. Only for
/// machine words, never for text a reader wrote.
pub struct Select(pub &'static str);

impl SentenceArg for Select {
    fn add_to(self, name: &'static str, mut sentence: Sentence) -> Sentence {
        sentence.args = sentence.args.arg(name, self.0);
        sentence
    }
}

// Text is escaped and inserted after the sentence's own spans became markup, so a backtick or
// an asterisk in a name stays what it is.
impl SentenceArg for &str {
    fn add_to(self, name: &'static str, sentence: Sentence) -> Sentence {
        Markup(escape(self)).add_to(name, sentence)
    }
}

impl SentenceArg for String {
    fn add_to(self, name: &'static str, sentence: Sentence) -> Sentence {
        Markup(escape(&self)).add_to(name, sentence)
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl SentenceArg for $t {
            fn add_to(self, name: &'static str, mut sentence: Sentence) -> Sentence {
                sentence.args = sentence.args.arg(name, Arg::from(self));
                sentence
            }
        }
    )*};
}
numbers!(usize, u32, u64, i64);

/// A number written the language's way (`Arg::decimal`, `Arg::percent`).
impl SentenceArg for Arg<'static> {
    fn add_to(self, name: &'static str, mut sentence: Sentence) -> Sentence {
        sentence.args = sentence.args.arg(name, self);
        sentence
    }
}

/// Private-use characters around an index: no translation, escape or argument holds them.
fn placeholder(index: usize) -> String {
    format!("\u{E000}{index}\u{E001}")
}

impl Sentence {
    pub fn add(self, name: &'static str, value: impl SentenceArg) -> Sentence {
        value.add_to(name, self)
    }

    /// The message `id` in `lang` as HTML.
    pub fn finish(self, lang: Lang, id: &str) -> String {
        let text = accord_core::lang::text(lang, id, &self.args);
        let mut html = spans(&escape(&text));
        for (i, markup) in self.markup.iter().enumerate() {
            html = html.replace(&placeholder(i), markup);
        }
        html
    }
}

/// `html!(lang, "id", name = value, …)`: the host sentence `id` in `lang` as HTML (see
/// [`crate::markup`]).
#[macro_export]
macro_rules! html {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        let sentence = $crate::markup::Sentence::default();
        $(let sentence = sentence.add(stringify!($name), $value);)*
        sentence.finish($lang, $id)
    }};
}

/// Text escaped for HTML content and attributes, as the templates escape values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = askama::filters::Escaper::write_escaped_str(&crate::html::Escaper, &mut out, text);
    out
}

/// `**strong**` and `` `code` `` spans of escaped text as markup; an unpaired marker stays.
fn spans(text: &str) -> String {
    let text = pairs(text, "**", "<strong>", "</strong>");
    pairs(&text, "`", "<code>", "</code>").into_owned()
}

fn pairs<'t>(text: &'t str, marker: &str, open: &str, close: &str) -> Cow<'t, str> {
    let count = text.matches(marker).count();
    if count < 2 {
        return Cow::Borrowed(text);
    }
    let paired = count - count % 2;
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    for i in 0..paired {
        let Some(at) = rest.find(marker) else { break };
        out.push_str(&rest[..at]);
        out.push_str(if i % 2 == 0 { open } else { close });
        rest = &rest[at + marker.len()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Running text from a rule, a plugin or a translation: escaped, its `code` as `<code>`.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for piece in crate::html::prose_pieces(text) {
        if piece.code {
            out.push_str("<code>");
            out.push_str(&escape(piece.text));
            out.push_str("</code>");
        } else {
            out.push_str(&escape(piece.text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_become_markup_and_arguments_stay_as_given() {
        assert_eq!(
            spans("**Why:** a `b<c>` d"),
            "<strong>Why:</strong> a <code>b<c></code> d"
        );
        assert_eq!(spans("one ` tick"), "one ` tick");
        assert_eq!(pairs("a ** b", "**", "<b>", "</b>"), "a ** b");
        // A text argument is escaped and its markers stay text; markup goes in as it is.
        let plain = crate::html!(
            Lang::EN,
            "report-html-validate-again",
            path = "a<b>`c`.toml"
        );
        assert_eq!(
            plain,
            "Run <code>accord validate a&lt;b&gt;`c`.toml</code> to check the charter again after fixing these."
        );
        let markup = crate::html!(
            Lang::EN,
            "report-html-validate-again",
            path = Markup("<i>x</i>".into())
        );
        assert!(
            markup.contains("<code>accord validate <i>x</i></code>"),
            "{markup}"
        );
    }
}
