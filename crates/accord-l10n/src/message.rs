//! [`Message`]: a host sentence kept typed (its id and arguments) until it is shown, so that
//! the same diagnostic, reason or error can be written in whichever language its reader speaks.

use std::fmt;

use accord_plugin::l10n::{Arg, Args};

use crate::Lang;

/// A host sentence not yet written: the id of a Fluent message and its arguments, some of which
/// may be sentences themselves (written in the same language). Its `Display` is English, for
/// logs and for the machine fields that stay English.
///
/// ```
/// use accord_l10n::{Lang, msg};
///
/// let reason = msg!("verdict-unwaived-errors", count = 3);
/// assert_eq!(reason.to_string(), "3 unwaived errors");
/// assert_eq!(reason.text(Lang::from_tag("fr").unwrap()), "3 erreurs sans dérogation");
/// ```
#[derive(Debug, Clone)]
pub struct Message {
    // Boxed: messages travel inside errors and diagnostics, which should stay small.
    body: Box<Body>,
}

#[derive(Debug, Clone)]
enum Body {
    Fluent {
        id: &'static str,
        args: Vec<(&'static str, Value)>,
    },
    /// Text that is the same in every language: a parser's or the system's own words, a name.
    Verbatim(String),
    /// A message whose id is only known at run time (a schema key's description), with its
    /// English for a language that lacks it.
    Keyed { id: String, english: String },
}

/// One argument of a [`Message`].
#[derive(Debug, Clone)]
pub enum Value {
    /// A text, a whole number (plural forms select on it) or a number written the language's
    /// way.
    Arg(Arg<'static>),
    /// A sentence or phrase of its own, written in the message's language.
    Message(Message),
}

impl Message {
    /// The host message `id`, without arguments yet ([`Message::arg`] adds them; [`msg!`](
    /// crate::msg) does both).
    pub fn new(id: &'static str) -> Message {
        Message {
            body: Box::new(Body::Fluent {
                id,
                args: Vec::new(),
            }),
        }
    }

    /// Text written the same in every language (a parser's own words, a file name).
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message {
            body: Box::new(Body::Verbatim(text.into())),
        }
    }

    /// The host message `id`, chosen at run time; `english` where the language (even English)
    /// has no such message.
    pub fn keyed(id: impl Into<String>, english: impl Into<String>) -> Message {
        Message {
            body: Box::new(Body::Keyed {
                id: id.into(),
                english: english.into(),
            }),
        }
    }

    /// Adds the argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Value>) -> Message {
        if let Body::Fluent { args, .. } = &mut *self.body {
            args.push((name, value.into()));
        }
        self
    }

    /// The message's id (`None` for verbatim text).
    pub fn id(&self) -> Option<&'static str> {
        match &*self.body {
            Body::Fluent { id, .. } => Some(id),
            Body::Verbatim(_) | Body::Keyed { .. } => None,
        }
    }

    /// The sentence in `lang` (English where `lang` lacks it).
    pub fn text(&self, lang: Lang) -> String {
        match &*self.body {
            Body::Verbatim(text) => text.clone(),
            Body::Keyed { id, .. } if crate::has(lang, id) => crate::text(lang, id, &Args::new()),
            Body::Keyed { english, .. } => english.clone(),
            Body::Fluent { id, args } => {
                let mut fluent = Args::new();
                for (name, value) in args {
                    fluent = match value {
                        Value::Arg(arg) => fluent.arg(name, arg.clone()),
                        Value::Message(m) => fluent.arg(name, m.text(lang)),
                    };
                }
                crate::text(lang, id, &fluent)
            }
        }
    }
}

/// English.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::EN))
    }
}

impl std::error::Error for Message {}

/// Two messages are equal when they say the same in English (the ids and arguments that make
/// them are not compared one by one: a number argument is a float).
impl PartialEq for Message {
    fn eq(&self, other: &Message) -> bool {
        self.id() == other.id() && self.to_string() == other.to_string()
    }
}

impl Eq for Message {}

impl From<Message> for Value {
    fn from(m: Message) -> Value {
        Value::Message(m)
    }
}

impl From<Arg<'static>> for Value {
    fn from(arg: Arg<'static>) -> Value {
        Value::Arg(arg)
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Arg(Arg::from(text))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Arg(Arg::from(text.to_owned()))
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Value {
        Value::Arg(Arg::from(text.clone()))
    }
}

impl From<std::borrow::Cow<'_, str>> for Value {
    fn from(text: std::borrow::Cow<'_, str>) -> Value {
        Value::Arg(Arg::from(text.into_owned()))
    }
}

/// An amount, at most two decimals.
impl From<f64> for Value {
    fn from(value: f64) -> Value {
        Value::Arg(Arg::amount(value))
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        /// A whole number (plural forms select on it).
        impl From<$t> for Value {
            fn from(value: $t) -> Value {
                Value::Arg(Arg::from(value))
            }
        }
    )*};
}
whole_numbers!(usize, u32, u64, i32, i64);

impl From<u8> for Value {
    fn from(value: u8) -> Value {
        Value::Arg(Arg::from(u32::from(value)))
    }
}

impl From<u16> for Value {
    fn from(value: u16) -> Value {
        Value::Arg(Arg::from(u32::from(value)))
    }
}

/// `msg!("id")` or `msg!("id", name = value, …)`: a [`Message`], written later in any
/// language. A value is a text, a whole number, an amount (`f64`), an [`Arg`] or another
/// [`Message`].
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::Message::new($id)$(.arg(stringify!($name), $value))+
    };
}
