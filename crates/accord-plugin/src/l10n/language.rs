//! The languages Accord speaks, and how each writes numbers in prose.
//!
//! One table, [`LANGUAGES`], shared by the host and the plugins: adding a language is adding
//! its line here and its Fluent files.

/// A language: its BCP 47 tag, its own name, and how it writes numbers and dates.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// The tag, lowercase: `en`, `fr`, `es`, `qps-ploc`.
    pub tag: &'static str,
    /// The language's name in itself, for a language picker: `français`.
    pub name: &'static str,
    pub numbers: Numbers,
    pub dates: Dates,
    /// The word that joins the last two items of a list: `and`, `et`, `y`.
    pub and: &'static str,
    /// The pseudo-language for tests (accented, lengthened English), never offered to users.
    pub pseudo: bool,
}

/// How a language writes numbers in running text.
#[derive(Debug, PartialEq, Eq)]
pub struct Numbers {
    /// The decimal separator.
    pub decimal: char,
    /// The thousands separator, used from [`group_from`](Self::group_from) integer digits on;
    /// `None` for none.
    pub group: Option<char>,
    pub group_from: usize,
    /// What follows a percentage: `%`, or a no-break space and `%`.
    pub percent: &'static str,
}

/// How a language writes a date in running text (`31 March 2021`, `1er avril 2019`).
#[derive(Debug, PartialEq, Eq)]
pub struct Dates {
    /// The months' names, January first, as they stand inside a sentence.
    pub months: [&'static str; 12],
    /// The date, with `{day}`, `{month}` and `{year}` for its parts: `{day} de {month} de
    /// {year}`.
    pub pattern: &'static str,
    /// The first day of a month, where the language does not write it `1`: `1er` in French.
    pub first: &'static str,
}

const ENGLISH_DATES: Dates = Dates {
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    pattern: "{day} {month} {year}",
    first: "1",
};

/// English as messages have always written it: `12.5%`, `400000` (no separators, plain text).
const ENGLISH: Numbers = Numbers {
    decimal: '.',
    group: None,
    group_from: 0,
    percent: "%",
};

/// Every language, English (the source language) first.
///
/// French: decimal comma, a narrow no-break space between thousands and before `%` (`12,5 %`,
/// `400 000`), as the Imprimerie nationale's rules and CLDR write them. Spanish: the decimal
/// point that the Ortografía de la lengua española (RAE and ASALE, 2010) recommends and Peru
/// and Mexico use, a space between thousands from five digits on, and a space before `%`
/// (`12.5 %`, `400 000`), as the Ortografía asks. docs/l10n/glossary.md records these choices.
pub const LANGUAGES: &[Language] = &[
    Language {
        tag: "en",
        and: "and",
        name: "English",
        numbers: ENGLISH,
        dates: ENGLISH_DATES,
        pseudo: false,
    },
    Language {
        tag: "fr",
        and: "et",
        name: "français",
        numbers: Numbers {
            decimal: ',',
            group: Some('\u{202F}'),
            group_from: 5,
            percent: "\u{202F}%",
        },
        dates: Dates {
            months: [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            pattern: "{day} {month} {year}",
            first: "1er",
        },
        pseudo: false,
    },
    Language {
        tag: "es",
        and: "y",
        name: "español",
        numbers: Numbers {
            decimal: '.',
            group: Some('\u{202F}'),
            group_from: 5,
            percent: "\u{A0}%",
        },
        dates: Dates {
            months: [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            pattern: "{day} de {month} de {year}",
            first: "1",
        },
        pseudo: false,
    },
    Language {
        tag: super::PSEUDO,
        and: "ȧȧƞḓ",
        name: "pseudo",
        numbers: ENGLISH,
        // English's, accented as the rest of the sentence ([`Language::date`]).
        dates: ENGLISH_DATES,
        pseudo: true,
    },
];

/// The source language, English.
pub fn source() -> &'static Language {
    &LANGUAGES[0]
}

/// The language a BCP 47 tag asks for: the same tag, or a language whose tag is the primary
/// subtag of the one asked (`fr-HT` is French, `es-PE` Spanish), case-insensitively. The
/// pseudo-language answers only to its own tag.
pub fn language(tag: &str) -> Option<&'static Language> {
    let tag = tag.trim();
    if let Some(exact) = LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag)) {
        return Some(exact);
    }
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    LANGUAGES
        .iter()
        .find(|l| !l.pseudo && l.tag.eq_ignore_ascii_case(primary))
}

impl Language {
    /// Items as a list in running text: `A, B and C`, `A, B et C`, `A, B y C` (Spanish writes
    /// `e` before a word that starts with the sound /i/: `B e Ideas`).
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        match items {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                let last = last.as_ref();
                let lower = last.to_lowercase();
                let and = if self.tag == "es"
                    && (lower.starts_with('i') || lower.starts_with("hi"))
                    && !["hia", "hie", "hio", "hiu"]
                        .iter()
                        .any(|d| lower.starts_with(d))
                {
                    "e"
                } else {
                    self.and
                };
                format!("{} {and} {last}", init.join(", "))
            }
        }
    }

    /// A `YYYY-MM-DD` date as this language writes it in a sentence (`31 mars 2021`); `None`
    /// for anything that is not a date of the calendar.
    pub fn date(&self, iso: &str) -> Option<String> {
        let (year, month, day) = calendar_date(iso)?;
        let dates = &self.dates;
        let day = if day == 1 {
            dates.first.to_owned()
        } else {
            day.to_string()
        };
        let text = dates
            .pattern
            .replace("{day}", &day)
            .replace("{month}", dates.months[usize::from(month - 1)])
            .replace("{year}", year);
        Some(if self.pseudo {
            super::pseudo::pseudo(&text)
        } else {
            text
        })
    }
}

/// The year (as written), month and day of a `YYYY-MM-DD` date that the calendar has.
fn calendar_date(iso: &str) -> Option<(&str, u8, u8)> {
    let bytes = iso.as_bytes();
    if bytes.len() != 10
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || !bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
    {
        return None;
    }
    let year: u32 = iso[..4].parse().ok()?;
    let month: u8 = iso[5..7].parse().ok()?;
    let day: u8 = iso[8..].parse().ok()?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((&iso[..4], month, day))
}

impl Numbers {
    /// `value` with between `min` and `max` decimals (rounded half away from zero at `max`,
    /// trailing zeros dropped down to `min`), never `-0`.
    pub fn decimal(&self, value: f64, min: usize, max: usize) -> String {
        let scale = 10f64.powi(max as i32);
        self.scaled((value * scale).round(), min, max)
    }

    /// A share (`0.125`) as a percentage (`12.5%`, `12,5 %`), with between `min` and `max`
    /// decimals. The share is scaled in one step: `share * 100 * 100` can round differently at
    /// a half.
    pub fn percent(&self, share: f64, min: usize, max: usize) -> String {
        let scale = 100.0 * 10f64.powi(max as i32);
        let mut text = self.scaled((share * scale).round(), min, max);
        text.push_str(self.percent);
        text
    }

    /// `units` (an integral float) divided by 10^`max`, written out.
    fn scaled(&self, units: f64, min: usize, max: usize) -> String {
        let rounded = units / 10f64.powi(max as i32);
        let text = format!("{rounded:.max$}");
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut frac = frac.to_owned();
        while frac.len() > min && frac.ends_with('0') {
            frac.pop();
        }
        let (sign, digits) = match int.strip_prefix('-') {
            // Never `-0`: a negative number rounded to zero is zero.
            Some(d) if !(d.bytes().all(|b| b == b'0') && frac.bytes().all(|b| b == b'0')) => {
                ("-", d)
            }
            Some(d) => ("", d),
            None => ("", int),
        };
        let mut out = String::from(sign);
        match self.group {
            Some(sep) if digits.len() >= self.group_from.max(1) => {
                for (i, c) in digits.chars().enumerate() {
                    if i > 0 && (digits.len() - i) % 3 == 0 {
                        out.push(sep);
                    }
                    out.push(c);
                }
            }
            _ => out.push_str(digits),
        }
        if !frac.is_empty() {
            out.push(self.decimal);
            out.push_str(&frac);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> &'static Numbers {
        &language(tag).expect("a known language").numbers
    }

    #[test]
    fn tags_match_by_primary_subtag() {
        assert_eq!(language("fr-HT").map(|l| l.tag), Some("fr"));
        assert_eq!(language("ES-pe").map(|l| l.tag), Some("es"));
        assert_eq!(language("en_GB").map(|l| l.tag), Some("en"));
        assert_eq!(language("qps-ploc").map(|l| l.tag), Some("qps-ploc"));
        assert_eq!(language("qps").map(|l| l.tag), None);
        assert_eq!(language("de"), None);
    }

    #[test]
    fn lists_join_with_the_language_s_and() {
        let list = |tag, items: &[&str]| language(tag).map(|l| l.list(items));
        assert_eq!(list("en", &["A", "B", "C"]).as_deref(), Some("A, B and C"));
        assert_eq!(list("fr", &["A", "B"]).as_deref(), Some("A et B"));
        assert_eq!(
            list("es", &["SMS", "radio"]).as_deref(),
            Some("SMS y radio")
        );
        assert_eq!(
            list("es", &["SMS", "Internet"]).as_deref(),
            Some("SMS e Internet")
        );
        assert_eq!(
            list("es", &["agua", "hielo"]).as_deref(),
            Some("agua y hielo")
        );
        assert_eq!(list("en", &["A"]).as_deref(), Some("A"));
    }

    #[test]
    fn dates_are_written_out_the_language_s_way() {
        let date = |tag, iso| language(tag).and_then(|l| l.date(iso));
        assert_eq!(date("en", "2021-03-31").as_deref(), Some("31 March 2021"));
        assert_eq!(date("fr", "2021-03-31").as_deref(), Some("31 mars 2021"));
        assert_eq!(date("fr", "2019-04-01").as_deref(), Some("1er avril 2019"));
        assert_eq!(date("fr", "2019-08-02").as_deref(), Some("2 août 2019"));
        assert_eq!(
            date("es", "2021-03-31").as_deref(),
            Some("31 de marzo de 2021")
        );
        assert_eq!(
            date("es", "2019-04-01").as_deref(),
            Some("1 de abril de 2019")
        );
        assert_eq!(
            date("qps-ploc", "2021-03-31").as_deref(),
            Some("31 Ḿȧȧřƈħ 2021")
        );
        assert_eq!(
            date("en", "2024-02-29").as_deref(),
            Some("29 February 2024")
        );
    }

    #[test]
    fn what_is_not_a_calendar_date_is_no_date() {
        let en = language("en").expect("English");
        for not_a_date in [
            "2023-02-29",
            "1900-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-04-31",
            "2021-04-00",
            "2021-4-01",
            "21-04-01",
            "2021-04-01T00:00",
            "2021/04/01",
            "+021-04-01",
            "soon",
            "",
        ] {
            assert_eq!(en.date(not_a_date), None, "{not_a_date}");
        }
        assert_eq!(en.date("2000-02-29").as_deref(), Some("29 February 2000"));
    }

    #[test]
    fn english_reads_as_messages_always_have() {
        let en = lang("en");
        assert_eq!(en.decimal(48000.0, 0, 2), "48000");
        assert_eq!(en.decimal(0.1 + 0.2, 0, 2), "0.3");
        assert_eq!(en.decimal(-0.001, 0, 2), "0");
        assert_eq!(en.decimal(12.0, 1, 1), "12.0");
        assert_eq!(en.percent(0.125, 0, 2), "12.5%");
        assert_eq!(en.percent(23.0 / 160.0, 0, 2), "14.38%");
    }

    #[test]
    fn french_writes_a_decimal_comma_and_narrow_spaces() {
        let fr = lang("fr");
        assert_eq!(fr.percent(0.125, 0, 2), "12,5\u{202F}%");
        assert_eq!(fr.decimal(400000.0, 0, 2), "400\u{202F}000");
        assert_eq!(fr.decimal(1250.5, 0, 2), "1250,5");
        assert_eq!(
            fr.decimal(-1234567.891, 0, 2),
            "-1\u{202F}234\u{202F}567,89"
        );
        assert_eq!(fr.decimal(12.0, 1, 1), "12,0");
    }

    #[test]
    fn spanish_groups_from_five_digits_and_spaces_the_percent_sign() {
        let es = lang("es");
        assert_eq!(es.percent(0.25, 0, 2), "25\u{A0}%");
        assert_eq!(es.decimal(48000.0, 0, 2), "48\u{202F}000");
        assert_eq!(es.decimal(2500.0, 0, 2), "2500");
        assert_eq!(es.decimal(0.5, 0, 2), "0.5");
    }
}
