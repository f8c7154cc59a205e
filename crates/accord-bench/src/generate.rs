//! Builds one realistic charter (docs/charter.md) as a `serde_json::Value`, keys in the order the
//! charter format documents them. Every charter is valid; how healthy it is varies with a
//! per-charter "quality", so a corpus spans healthy to troubled partnerships.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::date::Date;
use crate::rng::Rng;
use crate::words::{self, COUNTRIES, Country, THEMES, Theme};

/// Charter `index` (1-based by convention) of the corpus seeded with `seed`.
pub fn charter(seed: u64, index: u64) -> Value {
    Gen::new(Rng::for_charter(seed, index)).charter()
}

struct Partner {
    id: String,
    name: String,
    sector: &'static str,
    base: &'static str,
    roles: Vec<&'static str>,
    affiliated: bool,
}

impl Partner {
    /// The rules' reading of local: local or national, and not an international organisation's affiliate.
    fn is_local(&self) -> bool {
        self.base != "international" && !self.affiliated
    }

    fn only_funds(&self) -> bool {
        self.roles == ["funding"]
    }
}

/// A JSON object under construction, keys kept in insertion order.
#[derive(Default)]
struct Obj(Map<String, Value>);

impl Obj {
    fn new() -> Obj {
        Obj::default()
    }
    fn set(&mut self, key: &str, value: impl Into<Value>) -> &mut Obj {
        self.0.insert(key.to_owned(), value.into());
        self
    }
    fn date(&mut self, key: &str, date: Date) -> &mut Obj {
        self.set(key, date.to_string())
    }
    fn set_if(&mut self, cond: bool, key: &str, value: impl Into<Value>) -> &mut Obj {
        if cond {
            self.set(key, value);
        }
        self
    }
    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

fn strings(items: &[&str]) -> Value {
    Value::Array(items.iter().map(|s| Value::from(*s)).collect())
}

/// A slug of a name: lowercase ASCII letters, digits and single hyphens; accents folded.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut hyphen = false;
    for c in text.chars() {
        let folded = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c.to_ascii_lowercase(),
        };
        if folded.is_ascii_lowercase() || folded.is_ascii_digit() {
            if hyphen && !out.is_empty() {
                out.push('-');
            }
            hyphen = false;
            out.push(folded);
        } else if folded != '\'' {
            hyphen = true;
        }
    }
    out
}

/// A short id for a name: its first significant words, slugified.
fn short_id(name: &str, max_words: usize) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !words::STOP_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        .collect();
    let mut id = slugify(&words[..words.len().min(max_words)].join(" "));
    if id.len() > 28 {
        id = slugify(&words[..words.len().min(2)].join(" "));
    }
    if id.is_empty() {
        "partner".to_owned()
    } else {
        id
    }
}

/// Makes `id` unique within `seen` by appending `-2`, `-3`, ….
fn unique(seen: &mut HashSet<String>, id: String) -> String {
    if seen.insert(id.clone()) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| seen.insert(candidate.clone()))
        .expect("some suffix is free")
}

/// 4200 → "4,200".
fn thousands(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Rounds to three significant digits.
fn round3(x: f64) -> i64 {
    if x < 1000.0 {
        return x.round() as i64;
    }
    let magnitude = 10f64.powi(x.log10().floor() as i32 - 2);
    ((x / magnitude).round() * magnitude) as i64
}

/// Rough units of a currency per US dollar, for plausible amounts.
fn per_usd(currency: &str) -> f64 {
    match currency {
        "HTG" | "KES" | "NPR" => 130.0,
        "BDT" => 110.0,
        "PEN" => 3.7,
        "MWK" => 1700.0,
        "PHP" => 56.0,
        "UGX" => 3700.0,
        "GTQ" => 7.8,
        "XOF" => 600.0,
        "ETB" => 57.0,
        "COP" => 4000.0,
        "MZN" => 64.0,
        "NGN" => 1500.0,
        "JOD" => 0.71,
        "IDR" => 15500.0,
        "EUR" => 0.92,
        _ => 1.0,
    }
}

struct Gen {
    r: Rng,
    country: &'static Country,
    /// 0 = troubled, 1 = healthy: shifts the odds of every good practice.
    quality: f64,
    themes: Vec<&'static Theme>,
    start: Date,
    end: Date,
    places: Vec<&'static str>,
    partners: Vec<Partner>,
    benchmark_ids: Vec<String>,
}

impl Gen {
    fn new(mut r: Rng) -> Gen {
        let country = r.pick(COUNTRIES);
        // Skewed towards healthy: most proposals are decent, some are troubled.
        let quality = r.unit().sqrt();
        Gen {
            r,
            country,
            quality,
            themes: Vec::new(),
            start: Date::ymd(2010, 1, 1),
            end: Date::ymd(2015, 1, 1),
            places: Vec::new(),
            partners: Vec::new(),
            benchmark_ids: Vec::new(),
        }
    }

    /// True with probability `p`, shifted up for healthy charters and down for troubled ones.
    fn good(&mut self, p: f64) -> bool {
        let shifted = (p + (self.quality - 0.5) * 0.7).clamp(0.02, 0.99);
        self.r.chance(shifted)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.r.chance(p)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        *self.r.pick(items)
    }

    fn span_days(&self) -> i64 {
        self.start.days_until(self.end)
    }

    /// The date a `fraction` of the way through the partnership, at the end of its month
    /// (clamped into the span).
    fn at(&self, fraction: f64) -> Date {
        let d = self
            .start
            .plus_days((self.span_days() as f64 * fraction) as i64)
            .end_of_month();
        if fraction <= 1.0 && d > self.end {
            self.end
        } else {
            d
        }
    }

    fn fraction(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.r.unit()
    }

    fn fill(&self, template: &str) -> String {
        template
            .replace("{place}", self.places[0])
            .replace("{region}", self.country.regions[0])
    }

    /// The partner best placed to take over: a local non-government partner, else any local one.
    fn natural_successor(&self) -> Option<usize> {
        let local = |p: &&Partner| p.is_local();
        self.partners
            .iter()
            .position(|p| local(&p) && p.sector != "government")
            .or_else(|| self.partners.iter().position(|p| local(&p)))
    }

    fn charter(mut self) -> Value {
        let mut doc = Obj::new();
        doc.set("charter_version", 1);
        let partnership = self.partnership();
        doc.set("partnership", partnership);
        let partners = self.partners();
        doc.set("partners", partners);
        if self.good(0.8) {
            let budget = self.budget();
            doc.set("budget", budget);
        }
        if self.good(0.75) {
            let governance = self.governance();
            doc.set("governance", governance);
        }
        if self.good(0.75) {
            let transparency = self.transparency();
            doc.set("transparency", transparency);
        }
        if self.good(0.75) {
            let listening = self.listening();
            doc.set("listening", listening);
        }
        if self.good(0.7) {
            let context = self.context();
            doc.set("context", context);
        }
        if self.good(0.6) {
            let coordination = self.coordination();
            doc.set("coordination", coordination);
        }
        let goals = self.goals();
        if !goals.is_empty() {
            doc.set("goals", goals);
        }
        if self.good(0.72) {
            let exit = self.exit();
            doc.set("exit", exit);
        }
        if self.chance(0.25) {
            let waivers = self.waivers();
            doc.set("waivers", waivers);
        }
        if self.chance(0.08) {
            let year = self.start.year();
            let form = format!("{}-household-{year}", slugify(self.places[0]));
            let mut kobo = Obj::new();
            kobo.set("form_id", form).set("sync_every_hours", 24);
            let mut ext = Obj::new();
            ext.set("kobo-sync", kobo.done());
            doc.set("extensions", ext.done());
        }
        doc.done()
    }

    fn partnership(&mut self) -> Value {
        let country = self.country;
        let k = self.r.range(1, 3) as usize;
        let mut themes: Vec<&'static Theme> = self.r.choose(THEMES, k).into_iter().collect();
        // The first theme drives the name, summary and first goals; shuffle which one it is.
        let lead = self.r.below(themes.len());
        themes.swap(0, lead);
        self.themes = themes;
        self.places = self
            .r
            .choose(country.places, 3)
            .into_iter()
            .copied()
            .collect();
        if self.chance(0.5) {
            self.places.swap(0, 1);
        }

        let year = self.r.range(2008, 2026);
        let month = self.r.range(1, 12) as u32;
        self.start = Date::ymd(year, month, 1);
        let years = self.pick(&[1i64, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8]);
        self.end = if self.chance(0.8) {
            Date::ymd(year + years, month, 1).plus_days(-1)
        } else {
            self.start
                .plus_days(years * 365 + self.r.range(-120, 120))
                .end_of_month()
        };

        let theme = self.themes[0];
        let place = self.places[0];
        let place2 = self.places[1];
        let org = self.pick(country.org_words);
        let name = match self.r.below(5) {
            0 => format!("{place} {} Partnership", theme.title),
            1 => format!("{org} {} Consortium", theme.title),
            2 => format!("{} for {place}", theme.title),
            3 => format!("{org} {place} Initiative"),
            _ => format!("{place} and {place2} {} Alliance", theme.title),
        };
        let id = format!(
            "{}-{}",
            slugify(if name.starts_with(org) { org } else { place }),
            slugify(theme.name.split(' ').next().unwrap_or("work"))
        );
        let action = self.pick(theme.actions);
        let tail = self.pick(&[
            ", then hand the work to a local organisation",
            ", with residents leading every step",
            ", working with the district authorities",
            "",
            " over the coming years",
        ]);
        let summary = format!("{action} in {place} and {place2}{tail}.");
        let n = round3(self.r.range(800, 40_000) as f64);
        let k = self.r.range(2, 9);
        let community = match self.r.below(6) {
            0 => format!("About {} households of {place} and {place2}", thousands(n)),
            1 => format!(
                "{} smallholder farming families in {}",
                thousands(n),
                country.regions[0]
            ),
            2 => format!("Residents of {k} neighbourhoods of {place}"),
            3 => format!("Women and girls in the informal settlements of {place}"),
            4 => format!("Displaced and host families in and around {place}"),
            _ => format!(
                "Children and parents of {} primary schools in {}",
                k * 4,
                country.regions[0]
            ),
        };

        let mut p = Obj::new();
        p.set("id", id)
            .set("name", name)
            .set("summary", summary)
            .set("country", country.code);
        if self.chance(0.85) {
            let region = self.pick(country.regions);
            p.set("region", region);
        }
        p.set("community", community)
            .date("start", self.start)
            .date("end", self.end);
        if self.chance(0.8) {
            let names: Vec<&str> = self.themes.iter().map(|t| t.name).collect();
            p.set("themes", strings(&names));
        }
        p.done()
    }

    fn partner_name(&mut self, sector: &str, base: &str, affiliated: bool) -> String {
        let c = self.country;
        let place = self.pick(&self.places.clone());
        let org = self.pick(c.org_words);
        let intl = self.pick(words::INTL_WORDS);
        let surname = self.pick(words::SURNAMES);
        let theme = self.pick(&self.themes.clone());
        if affiliated {
            return match self.r.below(3) {
                0 => format!("{intl} International {}", c.name.trim_start_matches("the ")),
                1 => format!(
                    "{intl} {} Country Office",
                    c.name.trim_start_matches("the ")
                ),
                _ => format!("{intl} Relief ({})", c.code),
            };
        }
        let choice = self.r.below(4);
        match (sector, base) {
            ("community", "local") => match choice {
                0 | 1 => format!("{place} {}", self.pick(words::COMMUNITY_GROUPS)),
                2 => format!("{org} {place}"),
                _ => format!("{org} {}", self.pick(words::COMMUNITY_GROUPS)),
            },
            ("community", _) => format!(
                "National Association of {}",
                self.pick(words::NATIONAL_NETWORKS)
            ),
            ("government", "local") => match choice {
                0 => format!("{place} District Council"),
                1 => format!("Municipality of {place}"),
                2 => format!("{place} District {} Office", theme.title),
                _ if ["HT", "SN"].contains(&c.code) => format!("Mairie de {place}"),
                _ => format!("{place} Town Council"),
            },
            ("government", "national") => match choice {
                0 | 1 => format!("Ministry of {}", theme.ministry),
                _ => format!("National {} Agency", self.pick(words::AGENCIES)),
            },
            ("government", _) => match choice {
                0 | 1 => format!(
                    "Development Cooperation Agency of {}",
                    self.pick(words::DONOR_COUNTRIES)
                ),
                _ => format!(
                    "Ministry of Foreign Affairs of {}",
                    self.pick(words::DONOR_COUNTRIES)
                ),
            },
            ("nonprofit", "local") => match choice {
                0 => format!("Association for the Development of {place}"),
                1 => format!("{place} Community Development Trust"),
                2 => format!("{org} Women's Network"),
                _ => format!("{org} Youth Action"),
            },
            ("nonprofit", "national") => match choice {
                0 => format!("{org} Development Trust"),
                1 => format!("{org} Foundation"),
                2 => format!("{org} Institute for {}", theme.title),
                _ => format!("Association {org}"),
            },
            ("nonprofit", _) => match choice {
                0 => format!("{intl} International"),
                1 => format!("{intl} Without Borders"),
                2 => format!("Global {} Alliance", theme.title),
                _ => format!("{intl} Relief"),
            },
            ("business", "local") => match choice {
                0 => format!("{place} Builders Cooperative"),
                1 => format!("{surname} and Sons Hardware"),
                2 => format!("{place} Transport Union"),
                _ => format!("{org} Agro-Dealers"),
            },
            ("business", "national") => match choice {
                0 => format!("{org} Telecom"),
                1 => format!("{org} Microfinance Bank"),
                2 => format!("{org} Energy S.A."),
                _ => format!("{org} Agro-Processing Ltd"),
            },
            ("business", _) => match choice {
                0 => format!("{intl} Mobile Money"),
                1 => format!("{intl} Engineering Group"),
                2 => format!("{intl} Pharmaceuticals"),
                _ => format!("{intl} Solar"),
            },
            ("academic", "local") => format!("{place} Technical College"),
            ("academic", "national") => match choice {
                0 | 1 => format!("University of {place}"),
                _ => format!("National Institute of {}", theme.title),
            },
            ("academic", _) => format!(
                "Institute for Development Studies, {}",
                self.pick(words::INTL_CITIES)
            ),
            ("philanthropy", "international") => match choice {
                0 => format!("{}Fund Foundation", intl.replace(' ', "")),
                1 => format!("{surname} Foundation"),
                2 => format!("{intl} Trust"),
                _ => format!("{surname} Family Foundation"),
            },
            ("philanthropy", _) => match choice {
                0 | 1 => format!("{org} Community Foundation"),
                _ => format!("{surname} Family Foundation"),
            },
            _ => match choice {
                0 => "Regional Development Bank".to_owned(),
                1 => format!("World {} Programme", theme.title),
                2 => format!("Global Fund for {}", theme.title),
                _ => format!("International {} Facility", theme.title),
            },
        }
    }

    fn roles(&mut self, sector: &str, base: &str) -> Vec<&'static str> {
        let options: &[&[&'static str]] = match (sector, base) {
            ("philanthropy", _) => &[&["funding"], &["funding"], &["funding", "advisory"]],
            ("multilateral", _) => &[&["funding"], &["funding", "advisory"], &["extending"]],
            ("government", "international") => &[&["funding"]],
            ("government", _) => &[
                &["accountable", "advisory"],
                &["accountable"],
                &["advisory"],
                &["implementing", "accountable"],
                &["funding", "accountable"],
            ],
            ("nonprofit", "international") => &[
                &["extending", "implementing"],
                &["implementing"],
                &["funding", "extending"],
                &["extending"],
            ],
            ("nonprofit", _) | ("community", _) => &[
                &["implementing"],
                &["implementing"],
                &["implementing", "accountable"],
                &["advisory"],
            ],
            ("business", _) => &[
                &["implementing"],
                &["funding"],
                &["implementing", "funding"],
            ],
            _ => &[
                &["advisory"],
                &["advisory", "implementing"],
                &["implementing"],
            ],
        };
        self.pick(options).to_vec()
    }

    fn partners(&mut self) -> Value {
        let n = self.pick(&[
            2usize, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12,
        ]);
        let mut specs: Vec<(&'static str, &'static str, bool)> = Vec::new();
        if self.good(0.85) {
            let sector = self.pick(&["community", "community", "nonprofit"]);
            let base = self.pick(&["local", "local", "national"]);
            specs.push((sector, base, false));
        }
        if self.good(0.9) {
            let sector = self.pick(&[
                "philanthropy",
                "philanthropy",
                "multilateral",
                "government",
                "nonprofit",
            ]);
            specs.push((sector, "international", false));
        }
        while specs.len() < n {
            let sector = self.pick(&[
                "nonprofit",
                "nonprofit",
                "nonprofit",
                "nonprofit",
                "community",
                "community",
                "government",
                "government",
                "government",
                "business",
                "business",
                "academic",
                "philanthropy",
                "multilateral",
            ]);
            let base = match sector {
                "community" => self.pick(&["local", "local", "local", "national"]),
                "government" => self.pick(&["local", "local", "national", "international"]),
                "multilateral" => "international",
                "philanthropy" => self.pick(&["international", "international", "national"]),
                _ => self.pick(&["local", "national", "national", "international"]),
            };
            let affiliated = sector == "nonprofit" && base != "international" && self.chance(0.25);
            specs.push((sector, base, affiliated));
        }
        // Partners are listed in no particular order.
        for i in (1..specs.len()).rev() {
            let j = self.r.below(i + 1);
            specs.swap(i, j);
        }

        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for (sector, base, affiliated) in specs {
            let mut name = self.partner_name(sector, base, affiliated);
            for _ in 0..4 {
                if !names.contains(&name) {
                    break;
                }
                name = self.partner_name(sector, base, affiliated);
            }
            names.insert(name.clone());
            let id = unique(&mut ids, short_id(&name, 3));
            let roles = self.roles(sector, base);
            self.partners.push(Partner {
                id,
                name,
                sector,
                base,
                roles,
                affiliated,
            });
        }
        // The funding and implementing roles are usually covered.
        if self.good(0.9) && !self.partners.iter().any(|p| p.roles.contains(&"funding")) {
            let i = self.r.below(self.partners.len());
            self.partners[i].roles.push("funding");
        }
        if self.good(0.9)
            && !self
                .partners
                .iter()
                .any(|p| p.roles.contains(&"implementing"))
        {
            let i = self.r.below(self.partners.len());
            if !self.partners[i].roles.contains(&"implementing") {
                self.partners[i].roles.insert(0, "implementing");
            }
        }

        let mut out = Vec::new();
        for i in 0..self.partners.len() {
            let (sector, base, affiliated) = {
                let p = &self.partners[i];
                (p.sector, p.base, p.affiliated)
            };
            let (brings, seeks) = words::brings_seeks(sector);
            let mut o = Obj::new();
            {
                let p = &self.partners[i];
                o.set("id", p.id.as_str())
                    .set("name", p.name.as_str())
                    .set("sector", sector)
                    .set("base", base)
                    .set("roles", strings(&p.roles));
            }
            if self.good(0.85) {
                o.set("brings", self.pick(brings));
            }
            if self.good(0.75) {
                o.set("seeks", self.pick(seeks));
            }
            if self.chance(0.6) {
                let f = self.fraction(0.5, 1.6);
                o.date("commitment_until", self.at(f));
            }
            if affiliated {
                o.set("affiliated_international", true);
            } else if self.chance(0.08) {
                o.set("affiliated_international", false);
            }
            let local = base != "international" && !affiliated;
            if local {
                let involved = self.good(0.7);
                o.set_if(involved || self.chance(0.4), "involved_in_design", involved);
            } else if self.chance(0.5) {
                let involved = self.chance(0.6);
                o.set("involved_in_design", involved);
            }
            out.push(o.done());
        }
        Value::Array(out)
    }

    fn budget(&mut self) -> Value {
        let currency = if self.chance(0.6) {
            self.country.currency
        } else {
            self.pick(&["USD", "USD", "USD", "USD", "USD", "USD", "EUR"])
        };
        let usd = 10f64.powf(self.fraction(4.9, 7.3));
        let zero = self.chance(0.02);
        let total = if zero {
            0
        } else {
            round3(usd * per_usd(currency))
        };
        let mut b = Obj::new();
        b.set("currency", currency)
            .set("total", total)
            .set("published", self.good(0.75));
        let pid = slugify(self.places[0]);
        if self.chance(0.45) {
            b.set("published_url", format!("https://{pid}.example.org/budget"));
        }
        if self.chance(0.6) {
            let share = self.r.range(4, 20) as f64 / 100.0;
            b.set("overhead_share", share);
        }
        if zero || !self.good(0.85) {
            return b.done();
        }
        let mut recipients: Vec<usize> = (0..self.partners.len())
            .filter(|&i| !self.partners[i].only_funds())
            .collect();
        if recipients.is_empty() {
            recipients = (0..self.partners.len()).collect();
        }
        let k = self.r.range(1, recipients.len().min(7) as i64) as usize;
        let chosen: Vec<usize> = self.r.choose(&recipients, k).into_iter().copied().collect();
        let weights: Vec<f64> = chosen
            .iter()
            .map(|&i| {
                let local_bonus = if self.partners[i].is_local() {
                    self.quality * 6.0
                } else {
                    0.0
                };
                1.0 + self.r.below(10) as f64 + local_bonus
            })
            .collect();
        let sum: f64 = weights.iter().sum();
        let unit = (total / 1000).max(1);
        let mut amounts: Vec<i64> = weights
            .iter()
            .map(|w| ((total as f64 * w / sum) as i64 / unit) * unit)
            .collect();
        let assigned: i64 = amounts.iter().sum();
        let last = amounts.len() - 1;
        amounts[last] += total - assigned;
        if !self.good(0.85) {
            // Allocations that do not add up.
            let off = (amounts[last] as f64 * self.fraction(0.1, 0.5)) as i64;
            amounts[last] = (amounts[last] - off).max(0);
        }
        let intermediaries: Vec<usize> = (0..self.partners.len())
            .filter(|&i| !self.partners[i].is_local())
            .collect();
        let mut allocations = Vec::new();
        for (&i, amount) in chosen.iter().zip(amounts) {
            let mut a = Obj::new();
            a.set("partner", self.partners[i].id.as_str())
                .set("amount", amount);
            let others: Vec<usize> = intermediaries.iter().copied().filter(|&j| j != i).collect();
            if self.partners[i].is_local() && !others.is_empty() && self.chance(0.4) {
                let hops = if others.len() > 1 && self.chance(0.2) {
                    2
                } else {
                    1
                };
                let mut via: Vec<usize> =
                    self.r.choose(&others, hops).into_iter().copied().collect();
                if self.chance(0.5) {
                    via.reverse();
                }
                let via: Vec<&str> = via.iter().map(|&j| self.partners[j].id.as_str()).collect();
                a.set("via", strings(&via));
            }
            allocations.push(a.done());
        }
        b.set("allocations", allocations);
        b.done()
    }

    fn governance(&mut self) -> Value {
        let mut g = Obj::new();
        let decision = if self.good(0.8) {
            self.pick(&["consensus", "consensus", "majority", "lead-partner"])
        } else {
            "funder"
        };
        g.set("decision_making", decision);
        if self.chance(0.85) {
            let days = if self.good(0.75) {
                self.pick(&[14, 30, 30, 30, 60, 90])
            } else {
                self.pick(&[120, 180, 365])
            };
            g.set("meeting_every_days", days);
        }
        if self.chance(0.75) {
            let total = self.r.range(3, 15);
            g.set("total_seats", total);
            let community = if self.good(0.7) {
                self.r.range(1, (total / 2).max(1))
            } else {
                0
            };
            g.set("community_seats", community);
        }
        if self.good(0.75) {
            g.set(
                "conflict_resolution",
                self.pick(words::CONFLICT_RESOLUTIONS),
            );
        }
        if self.good(0.7) {
            g.set("termination", self.pick(words::TERMINATIONS));
        }
        if self.chance(0.75) {
            let months = if self.good(0.8) {
                self.pick(&[3, 6, 6, 12])
            } else {
                self.pick(&[18, 24, 36])
            };
            g.set("review_every_months", months);
        }
        g.done()
    }

    fn transparency(&mut self) -> Value {
        let mut t = Obj::new();
        if self.chance(0.8) {
            let months = if self.good(0.8) {
                self.pick(&[1, 3, 3, 6])
            } else {
                self.pick(&[12, 24])
            };
            t.set("report_every_months", months);
        }
        if self.chance(0.8) {
            let public = self.good(0.75);
            t.set("public_reports", public);
        }
        if self.chance(0.8) {
            let audit = if self.good(0.7) {
                "independent"
            } else {
                self.pick(&["internal", "internal", "none"])
            };
            t.set("audit", audit);
        }
        if self.good(0.5) {
            let standard = self.pick(&[
                "IATI",
                "IATI",
                "IATI",
                "HXL",
                "Open Contracting Data Standard",
            ]);
            t.set("open_data", standard);
        }
        if self.chance(0.7) {
            let disclosed = self.good(0.75);
            t.set("interests_disclosed", disclosed);
        }
        if self.chance(0.6) {
            let published = self.good(0.6);
            t.set("local_share_published", published);
        }
        t.done()
    }

    fn local_partner_id(&mut self) -> Option<String> {
        let locals: Vec<usize> = (0..self.partners.len())
            .filter(|&i| self.partners[i].is_local())
            .collect();
        if locals.is_empty() {
            None
        } else {
            let i = self.pick(&locals);
            Some(self.partners[i].id.clone())
        }
    }

    fn any_partner_id(&mut self) -> String {
        let i = self.r.below(self.partners.len());
        self.partners[i].id.clone()
    }

    /// A local partner usually (`p_local`), else any partner.
    fn some_partner_id(&mut self, p_local: f64) -> String {
        if self.good(p_local)
            && let Some(id) = self.local_partner_id()
        {
            return id;
        }
        self.any_partner_id()
    }

    fn listening(&mut self) -> Value {
        let mut l = Obj::new();
        let predetermined = !self.good(0.8);
        l.set("solution_predetermined", predetermined);
        if self.good(0.75) {
            let k = self.r.range(1, 4) as usize;
            let channels: Vec<&str> = self
                .r
                .choose(words::FEEDBACK_CHANNELS, k)
                .into_iter()
                .copied()
                .collect();
            l.set("feedback_channels", strings(&channels));
        }
        if self.good(0.7) {
            l.set("adaptation", self.pick(words::ADAPTATIONS));
        }
        let count = if self.good(0.8) {
            self.pick(&[1usize, 1, 2, 2, 3, 4])
        } else {
            0
        };
        if count > 0 || self.chance(0.1) {
            let before = if self.good(0.85) {
                self.r.range(1, count.max(1) as i64) as usize
            } else {
                0
            };
            let mut consultations = Vec::new();
            for i in 0..count {
                let before_design = i < before;
                let date = if before_design {
                    self.start.plus_days(-self.r.range(14, 300) + 10 * i as i64)
                } else {
                    let days = self.r.range(30, (self.span_days() / 2).max(31));
                    self.start.plus_days(days)
                };
                let method = self.pick(&[
                    "survey",
                    "focus-group",
                    "community-meeting",
                    "interviews",
                    "co-design-workshop",
                    "other",
                ]);
                let participants = match method {
                    "survey" => self.r.range(200, 1500),
                    "community-meeting" => self.r.range(50, 500),
                    "focus-group" => self.r.range(8, 40),
                    "interviews" => self.r.range(10, 60),
                    "co-design-workshop" => self.r.range(15, 80),
                    _ => self.r.range(20, 200),
                };
                let participants = if self.chance(0.03) { 0 } else { participants };
                let mut c = Obj::new();
                c.date("date", date)
                    .set("method", method)
                    .set("participants", participants);
                if self.chance(0.85) {
                    let language = if self.good(0.85) {
                        self.pick(self.country.languages)
                    } else {
                        self.pick(&["en", "fr", "es", "pt", "ar"])
                    };
                    c.set("language", language);
                }
                c.set("before_design", before_design);
                if self.chance(0.6) {
                    let id = self.some_partner_id(0.8);
                    c.set("led_by", id);
                }
                consultations.push(c.done());
            }
            consultations.sort_by(|a, b| a["date"].as_str().cmp(&b["date"].as_str()));
            l.set("consultations", consultations);
        }
        if self.good(0.7) {
            let mut c = Obj::new();
            let exists = self.good(0.85);
            c.set("exists", exists);
            if exists {
                if self.chance(0.7) {
                    let anonymous = self.good(0.7);
                    c.set("anonymous", anonymous);
                }
                if self.chance(0.85) {
                    let days = if self.good(0.8) {
                        self.pick(&[7, 14, 14, 21, 30])
                    } else {
                        self.pick(&[45, 60, 90])
                    };
                    c.set("response_days", days);
                }
                if self.chance(0.6) {
                    let with = self.good(0.6);
                    c.set("designed_with_community", with);
                }
            }
            l.set("complaints", c.done());
        }
        l.done()
    }

    fn context(&mut self) -> Value {
        let mut c = Obj::new();
        for (key, list) in [
            ("history", words::HISTORIES),
            ("political", words::POLITICS),
            ("regulatory", words::REGULATIONS),
            ("culture", words::CULTURES),
        ] {
            if self.good(0.85) {
                let template = self.pick(list);
                let text = self.fill(template);
                c.set(key, text);
            }
        }
        if self.chance(0.8) {
            let languages = self.country.languages;
            let k = self.r.range(1, languages.len() as i64) as usize;
            let chosen: Vec<&str> = languages[..k].to_vec();
            c.set("languages", strings(&chosen));
        }
        if self.chance(0.6) {
            let before = self.r.range(10, 200);
            c.date("analysis_date", self.start.plus_days(-before));
        }
        c.done()
    }

    fn coordination(&mut self) -> Value {
        let mut c = Obj::new();
        if self.chance(0.9) {
            let done = self.good(0.8);
            c.set("mapping_done", done);
        }
        let k = self.pick(&[0usize, 1, 1, 2, 2, 3]);
        if k > 0 {
            let mut initiatives = Vec::new();
            for (name, lead) in self.r.choose(words::INITIATIVES, k) {
                let mut i = Obj::new();
                i.set("name", *name);
                if self.chance(0.8) {
                    i.set("lead", *lead);
                }
                let overlap = self.pick(&["none", "partial", "partial", "duplicate"]);
                i.set("overlap", overlap);
                let arranged = if overlap == "none" {
                    self.chance(0.3)
                } else {
                    self.good(0.8)
                };
                if arranged {
                    i.set("arrangement", self.pick(words::ARRANGEMENTS));
                }
                initiatives.push(i.done());
            }
            c.set("initiatives", initiatives);
        }
        c.done()
    }

    fn goals(&mut self) -> Vec<Value> {
        let count = if self.good(0.92) {
            self.pick(&[1usize, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6])
        } else {
            0
        };
        // Goal templates: the charter's themes first, then any others.
        let mut templates: Vec<&'static words::GoalTemplate> =
            self.themes.iter().flat_map(|t| t.goals.iter()).collect();
        let mut others: Vec<&'static words::GoalTemplate> = THEMES
            .iter()
            .filter(|t| !self.themes.iter().any(|c| c.name == t.name))
            .flat_map(|t| t.goals.iter())
            .collect();
        for i in (1..others.len()).rev() {
            let j = self.r.below(i + 1);
            others.swap(i, j);
        }
        templates.extend(others);

        let generic = [
            words::BenchmarkTemplate {
                slug: "health-review",
                description: "Partnership health reviews held with all partners",
                indicator: "Number of partnership health reviews held and minuted",
                baseline: (0, 0),
                target: (3, 8),
            },
            words::BenchmarkTemplate {
                slug: "satisfaction",
                description: "Residents satisfied with the services",
                indicator: "Share of surveyed residents rating the services good or very good, in percent",
                baseline: (20, 50),
                target: (70, 90),
            },
            words::BenchmarkTemplate {
                slug: "complaints-answered",
                description: "Complaints answered on time",
                indicator: "Share of complaints answered within the promised time, in percent",
                baseline: (30, 60),
                target: (85, 98),
            },
        ];

        let mut goal_ids = HashSet::new();
        let mut benchmark_ids = HashSet::new();
        let mut budget_left = 7usize;
        let mut goals = Vec::new();
        for template in templates.into_iter().take(count) {
            let mut g = Obj::new();
            let id = unique(&mut goal_ids, template.slug.to_owned());
            g.set("id", id).set("statement", template.statement);
            let k = if self.good(0.9) {
                self.pick(&[1usize, 1, 2, 2, 3, 3, 4])
            } else {
                0
            }
            .min(budget_left);
            budget_left -= k;
            let mut benchmarks = Vec::new();
            for j in 0..k {
                let t = template
                    .benchmarks
                    .get(j)
                    .unwrap_or_else(|| &generic[self.r.below(generic.len())]);
                let id = unique(&mut benchmark_ids, t.slug.to_owned());
                self.benchmark_ids.push(id.clone());
                let mut bm = Obj::new();
                bm.set("id", id).set("description", t.description);
                if self.good(0.85) {
                    bm.set("indicator", t.indicator);
                }
                if self.chance(0.75) {
                    let v = self.r.range(t.baseline.0, t.baseline.1);
                    bm.set("baseline", v);
                }
                if self.good(0.85) {
                    let v = self.r.range(t.target.0, t.target.1);
                    if self.chance(0.1) {
                        bm.set("target", v as f64 + 0.5);
                    } else {
                        bm.set("target", v);
                    }
                }
                if self.good(0.85) {
                    let f = (j as f64 + 1.0) / (k as f64 + 0.5) + self.fraction(-0.08, 0.05);
                    let f = if self.good(0.93) {
                        f.clamp(0.05, 1.0)
                    } else {
                        1.08
                    };
                    bm.date("due", self.at(f));
                }
                if self.good(0.8) {
                    let owner = self.some_partner_id(0.7);
                    bm.set("owner", owner);
                }
                benchmarks.push(bm.done());
            }
            if !benchmarks.is_empty() {
                g.set("benchmarks", benchmarks);
            }
            goals.push(g.done());
        }
        goals
    }

    fn exit(&mut self) -> Value {
        let mut e = Obj::new();
        let successor = self.natural_successor();
        let successor_name = successor.map_or_else(
            || "the local partners".to_owned(),
            |i| self.partners[i].name.clone(),
        );
        if self.good(0.85) {
            let text = self
                .pick(words::STRATEGIES)
                .replace("{successor}", &successor_name);
            e.set("strategy", text);
        }
        if self.good(0.75) {
            let approach = self.pick(&["phase-over", "phase-over", "phase-down", "phase-out"]);
            e.set("approach", approach);
        }
        if self.chance(0.8) {
            let f = if self.good(0.75) {
                self.fraction(0.0, 0.24)
            } else {
                self.fraction(0.3, 0.7)
            };
            e.date(
                "adopted",
                self.start.plus_days((self.span_days() as f64 * f) as i64),
            );
        }
        if !self.benchmark_ids.is_empty() && self.good(0.7) {
            let k = self.r.range(1, self.benchmark_ids.len().min(3) as i64) as usize;
            let criteria: Vec<String> = self
                .r
                .choose(&self.benchmark_ids.clone(), k)
                .into_iter()
                .cloned()
                .collect();
            e.set("criteria", criteria);
        }
        let handover = if self.good(0.85) {
            let f = self.fraction(0.6, 0.95);
            Some(self.at(f))
        } else if self.chance(0.5) {
            Some(self.at(1.1))
        } else {
            None
        };
        if let Some(h) = handover {
            e.date("handover_date", h);
        }
        if self.good(0.85) {
            let id = match successor {
                Some(i) if self.good(0.9) => self.partners[i].id.clone(),
                _ => self.any_partner_id(),
            };
            e.set("successor", id);
        }
        if self.chance(0.7) {
            let now = self.r.range(30, 85) as f64 / 100.0;
            let at_exit = if self.good(0.7) {
                (self.r.range(75, 98) as f64 / 100.0).max(now)
            } else {
                (now - 0.1).max(0.1)
            };
            e.set("local_staff_share_now", now)
                .set("local_staff_share_at_exit", at_exit);
        }
        if self.good(0.7) {
            e.set("funding_after_exit", self.pick(words::FUNDING_AFTER_EXIT));
        }
        if self.good(0.8) {
            let k = self.pick(&[1usize, 1, 2, 2, 3, 4]);
            let mut transfers = Vec::new();
            for skill in self.r.choose(words::SKILLS, k) {
                let mut t = Obj::new();
                let to = self.some_partner_id(0.85);
                t.set("skill", *skill).set("to", to);
                if self.good(0.85) {
                    let by = if self.good(0.9) {
                        let f = self.fraction(0.3, 0.58);
                        self.at(f)
                    } else {
                        self.at(0.99)
                    };
                    t.date("by", by);
                }
                if self.chance(0.85) {
                    let method = self.pick(&[
                        "training",
                        "mentoring",
                        "secondment",
                        "co-management",
                        "documentation",
                    ]);
                    t.set("method", method);
                }
                transfers.push(t.done());
            }
            e.set("capacity_transfer", transfers);
        }
        if self.chance(0.5) {
            let mut s = Obj::new();
            s.set("kind", self.pick(words::SUPPORT_KINDS));
            if self.good(0.7) {
                let base = handover.unwrap_or(self.end);
                let until = base.plus_days(self.r.range(180, 720)).end_of_month();
                s.date("until", until);
            }
            if self.chance(0.8) {
                let on_request = self.good(0.75);
                s.set("on_request", on_request);
            }
            e.set("support_after_exit", s.done());
        }
        e.done()
    }

    fn waivers(&mut self) -> Vec<Value> {
        let k = self.r.range(1, 3) as usize;
        let mut out = Vec::new();
        for rule in self.r.choose(words::WAIVER_RULES, k) {
            let rule = if self.chance(0.05) {
                "acme.site-visits"
            } else {
                rule
            };
            let mut w = Obj::new();
            w.set("rule", rule)
                .set("reason", self.pick(words::WAIVER_REASONS));
            if self.chance(0.7) {
                let approver = self.pick(words::APPROVERS);
                let f = self.fraction(0.0, 0.3);
                let (y, m, _) = self.at(f).parts();
                let month = [
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
                ][m as usize - 1];
                w.set("approved_by", format!("{approver}, {month} {y}"));
            }
            if self.chance(0.6) {
                let f = self.fraction(0.3, 1.5);
                w.date("expires", self.at(f));
            }
            out.push(w.done());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Konbit Lakou Carrefour-Feuilles"),
            "konbit-lakou-carrefour-feuilles"
        );
        assert_eq!(
            slugify("Gonaïves  Women's Savings Group"),
            "gonaives-womens-savings-group"
        );
        assert_eq!(slugify("Tèt Ansanm (HT)"), "tet-ansanm-ht");
        assert_eq!(short_id("Municipality of Quibdó", 3), "municipality-quibdo");
    }

    #[test]
    fn numbers() {
        assert_eq!(thousands(4200), "4,200");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(round3(1_234_567.0), 1_230_000);
        assert_eq!(round3(987.4), 987);
    }
}
