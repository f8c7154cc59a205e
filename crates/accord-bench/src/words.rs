//! Word lists the generator draws from. Places and organisation words are real-sounding;
//! every organisation is fictional.

/// A country the partnerships work in.
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub currency: &'static str,
    /// BCP 47 tags of languages the community speaks.
    pub languages: &'static [&'static str],
    pub regions: &'static [&'static str],
    pub places: &'static [&'static str],
    /// Words local organisations are named with.
    pub org_words: &'static [&'static str],
}

pub const COUNTRIES: &[Country] = &[
    Country {
        code: "HT",
        name: "Haiti",
        currency: "HTG",
        languages: &["ht", "fr"],
        regions: &[
            "Ouest department, commune of Port-au-Prince",
            "Artibonite department",
            "Nord department",
            "Sud-Est department",
        ],
        places: &[
            "Carrefour-Feuilles",
            "Gonaïves",
            "Cap-Haïtien",
            "Saint-Marc",
            "Jacmel",
            "Fort National",
        ],
        org_words: &["Konbit", "Lakou", "Fanm Vanyan", "Solidarite", "Tèt Ansanm"],
    },
    Country {
        code: "BD",
        name: "Bangladesh",
        currency: "BDT",
        languages: &["bn"],
        regions: &[
            "Kurigram district, Rangpur division",
            "Sunamganj district, Sylhet division",
            "Cox's Bazar district",
        ],
        places: &["Kurigram", "Sunamganj", "Ukhia", "Gaibandha", "Chilmari"],
        org_words: &["Samity", "Unnayan", "Nodi", "Shakti", "Prottasha"],
    },
    Country {
        code: "KE",
        name: "Kenya",
        currency: "KES",
        languages: &["sw", "en", "luo"],
        regions: &[
            "Kisumu county",
            "Turkana county",
            "Nairobi county",
            "Kilifi county",
        ],
        places: &[
            "Kibera", "Lodwar", "Nyalenda", "Kakuma", "Mathare", "Malindi",
        ],
        org_words: &["Harambee", "Tuungane", "Maji", "Jamii", "Umoja"],
    },
    Country {
        code: "PE",
        name: "Peru",
        currency: "PEN",
        languages: &["es", "qu", "ay"],
        regions: &[
            "Cusco region",
            "Puno region",
            "Lima region",
            "Ayacucho region",
        ],
        places: &[
            "Ocongate",
            "Juliaca",
            "Villa El Salvador",
            "Ayaviri",
            "Huanta",
        ],
        org_words: &["Ayllu", "Minka", "Sumaq", "Wasi", "Allin Kawsay"],
    },
    Country {
        code: "MW",
        name: "Malawi",
        currency: "MWK",
        languages: &["ny", "en", "tum"],
        regions: &[
            "Chikwawa district",
            "Zomba district",
            "Mzimba district",
            "Nsanje district",
        ],
        places: &["Chikwawa", "Nsanje", "Mzuzu", "Zomba", "Ngabu"],
        org_words: &["Tiyeni", "Chitukuko", "Madzi", "Tigwirizane"],
    },
    Country {
        code: "NP",
        name: "Nepal",
        currency: "NPR",
        languages: &["ne", "new", "tmg"],
        regions: &[
            "Sindhupalchok district",
            "Gorkha district",
            "Karnali province",
        ],
        places: &["Chautara", "Barpak", "Jumla", "Melamchi", "Kalikot"],
        org_words: &["Sahayog", "Samudaya", "Jagaran", "Sahakari"],
    },
    Country {
        code: "PH",
        name: "the Philippines",
        currency: "PHP",
        languages: &["fil", "ceb", "war"],
        regions: &["Eastern Visayas", "Bicol region", "Lanao del Sur, Mindanao"],
        places: &["Tacloban", "Guiuan", "Legazpi", "Marawi", "Palo"],
        org_words: &["Bayanihan", "Kapwa", "Tulong", "Damayan"],
    },
    Country {
        code: "UG",
        name: "Uganda",
        currency: "UGX",
        languages: &["lg", "en", "ach"],
        regions: &[
            "Gulu district",
            "Kampala capital city",
            "Arua district",
            "Kitgum district",
        ],
        places: &["Gulu", "Kawempe", "Arua", "Kitgum", "Bidibidi"],
        org_words: &["Tukolere Wamu", "Bulamu", "Kwagala", "Can Ber"],
    },
    Country {
        code: "GT",
        name: "Guatemala",
        currency: "GTQ",
        languages: &["es", "quc", "mam", "ixl"],
        regions: &[
            "Quiché department",
            "Huehuetenango department",
            "Alta Verapaz department",
        ],
        places: &["Nebaj", "Chiantla", "Cobán", "Chajul", "Todos Santos"],
        org_words: &["Tejedoras", "Ixoqib", "Qachuu Aloom", "Ri Ixoq"],
    },
    Country {
        code: "SN",
        name: "Senegal",
        currency: "XOF",
        languages: &["wo", "fr", "ff"],
        regions: &[
            "Kaolack region",
            "Matam region",
            "Dakar region",
            "Saint-Louis region",
        ],
        places: &["Kaolack", "Podor", "Pikine", "Ourossogui", "Guédiawaye"],
        org_words: &["Jappo", "Teranga", "Dimbaya", "Book Jom"],
    },
    Country {
        code: "ET",
        name: "Ethiopia",
        currency: "ETB",
        languages: &["am", "om", "so"],
        regions: &[
            "Oromia region",
            "Amhara region",
            "Somali region",
            "Afar region",
        ],
        places: &["Adama", "Dessie", "Jijiga", "Semera", "Shashemene"],
        org_words: &["Edir", "Tesfa", "Andinet", "Hiwot"],
    },
    Country {
        code: "CO",
        name: "Colombia",
        currency: "COP",
        languages: &["es", "guc"],
        regions: &[
            "Chocó department",
            "La Guajira department",
            "Nariño department",
        ],
        places: &["Quibdó", "Riohacha", "Tumaco", "Uribia", "Istmina"],
        org_words: &["Minga", "Raíces", "Tejiendo Futuro", "Manos Unidas"],
    },
    Country {
        code: "MZ",
        name: "Mozambique",
        currency: "MZN",
        languages: &["pt", "ndc", "seh"],
        regions: &[
            "Sofala province",
            "Cabo Delgado province",
            "Zambézia province",
        ],
        places: &["Beira", "Pemba", "Dondo", "Buzi", "Metuge"],
        org_words: &["Kubatsirana", "Xirico", "Txuma", "Ophenta"],
    },
    Country {
        code: "NG",
        name: "Nigeria",
        currency: "NGN",
        languages: &["ha", "yo", "ig", "kr"],
        regions: &["Borno state", "Kano state", "Lagos state", "Benue state"],
        places: &["Maiduguri", "Kano", "Makoko", "Makurdi", "Bama"],
        org_words: &["Ajo", "Gidauniya", "Ireti", "Zumunci"],
    },
    Country {
        code: "JO",
        name: "Jordan",
        currency: "JOD",
        languages: &["ar", "ar-JO"],
        regions: &[
            "Mafraq governorate",
            "Irbid governorate",
            "Amman governorate",
        ],
        places: &["Mafraq", "Zaatari", "Ramtha", "Sahab", "Azraq"],
        org_words: &["Tamkeen", "Nahda", "Amal", "Sanad"],
    },
    Country {
        code: "ID",
        name: "Indonesia",
        currency: "IDR",
        languages: &["id", "jv", "bug"],
        regions: &[
            "Central Sulawesi province",
            "East Nusa Tenggara province",
            "Aceh province",
        ],
        places: &["Palu", "Kupang", "Banda Aceh", "Sigi", "Donggala"],
        org_words: &["Gotong Royong", "Swadaya", "Harapan", "Sejahtera"],
    },
];

/// Names of international organisations (fictional).
pub const INTL_WORDS: &[&str] = &[
    "Keystone",
    "Northstar",
    "Common Ground",
    "Open Hands",
    "Bridgeway",
    "Wellspring",
    "Horizon",
    "Lifeline",
    "Meridian",
    "Evergreen",
    "Kindred",
    "Safe Harbour",
    "Tideline",
    "Cornerstone",
];

pub const SURNAMES: &[&str] = &[
    "Whitfield",
    "Okafor",
    "Moreau",
    "Lindqvist",
    "Hargreaves",
    "Castellanos",
    "Nakamura",
    "Adeyemi",
    "Brennan",
    "Osei",
    "Van der Berg",
    "Haddad",
];

pub const DONOR_COUNTRIES: &[&str] = &["Norland", "Westmark", "Austral", "Eastvale", "Lowmere"];

pub const INTL_CITIES: &[&str] = &["Geneva", "Oslo", "Toronto", "Edinburgh", "Melbourne"];

/// A theme of the work, with the goals a partnership on it sets itself.
pub struct Theme {
    pub name: &'static str,
    pub title: &'static str,
    /// What the partnership does, as the start of a summary sentence.
    pub actions: &'static [&'static str],
    pub ministry: &'static str,
    pub goals: &'static [GoalTemplate],
}

pub struct GoalTemplate {
    pub slug: &'static str,
    pub statement: &'static str,
    pub benchmarks: &'static [BenchmarkTemplate],
}

pub struct BenchmarkTemplate {
    pub slug: &'static str,
    pub description: &'static str,
    pub indicator: &'static str,
    /// Baseline and target ranges, and whether they are percentages.
    pub baseline: (i64, i64),
    pub target: (i64, i64),
}

const fn b(
    slug: &'static str,
    description: &'static str,
    indicator: &'static str,
    baseline: (i64, i64),
    target: (i64, i64),
) -> BenchmarkTemplate {
    BenchmarkTemplate {
        slug,
        description,
        indicator,
        baseline,
        target,
    }
}

pub const THEMES: &[Theme] = &[
    Theme {
        name: "water",
        title: "Clean Water",
        actions: &[
            "Rebuild and maintain community water points",
            "Drill boreholes and set up water committees",
            "Extend piped water to households",
        ],
        ministry: "Water and Sanitation",
        goals: &[
            GoalTemplate {
                slug: "safe-water",
                statement: "Every household has safe water within 200 metres, run by residents.",
                benchmarks: &[
                    b(
                        "water-points-restored",
                        "Water points restored and tested",
                        "Working water points meeting WHO turbidity and chlorine standards",
                        (0, 5),
                        (12, 40),
                    ),
                    b(
                        "households-served",
                        "Households with safe water nearby",
                        "Share of households within 200 metres of a working water point, in percent",
                        (10, 45),
                        (80, 98),
                    ),
                    b(
                        "downtime",
                        "Water points repaired quickly",
                        "Median days a broken water point stays out of service",
                        (20, 60),
                        (2, 7),
                    ),
                ],
            },
            GoalTemplate {
                slug: "water-committees",
                statement: "Residents run and pay for their water points without outside help.",
                benchmarks: &[
                    b(
                        "committees-trained",
                        "Water committees trained in maintenance and bookkeeping",
                        "Number of committees with a trained treasurer and caretaker",
                        (0, 3),
                        (10, 30),
                    ),
                    b(
                        "tariff-coverage",
                        "Water points covering their running costs",
                        "Share of water points covering running costs from tariffs, in percent",
                        (0, 20),
                        (75, 95),
                    ),
                ],
            },
        ],
    },
    Theme {
        name: "sanitation",
        title: "Sanitation",
        actions: &[
            "Build household latrines and promote hand washing",
            "Set up community-led total sanitation",
        ],
        ministry: "Water and Sanitation",
        goals: &[GoalTemplate {
            slug: "open-defecation-free",
            statement: "Every village is certified free of open defecation and stays so.",
            benchmarks: &[
                b(
                    "latrines-built",
                    "Household latrines built and in use",
                    "Number of households with an improved latrine in use",
                    (100, 800),
                    (2000, 6000),
                ),
                b(
                    "villages-certified",
                    "Villages certified open-defecation free",
                    "Number of villages certified by the district health office",
                    (0, 2),
                    (15, 45),
                ),
                b(
                    "handwashing",
                    "Households with a hand-washing station",
                    "Share of households with soap and water at the latrine, in percent",
                    (5, 30),
                    (70, 90),
                ),
            ],
        }],
    },
    Theme {
        name: "health",
        title: "Community Health",
        actions: &[
            "Run community clinics and train community health workers",
            "Strengthen maternal and newborn care",
            "Bring primary care to remote villages",
        ],
        ministry: "Health",
        goals: &[
            GoalTemplate {
                slug: "maternal-health",
                statement: "Every mother gives birth with a skilled attendant and gets postnatal care.",
                benchmarks: &[
                    b(
                        "skilled-births",
                        "Births attended by a skilled attendant",
                        "Share of births attended by a skilled attendant, in percent",
                        (30, 55),
                        (80, 95),
                    ),
                    b(
                        "antenatal-visits",
                        "Mothers with four antenatal visits",
                        "Share of mothers with at least four antenatal visits, in percent",
                        (25, 50),
                        (75, 90),
                    ),
                    b(
                        "postnatal-care",
                        "Newborns seen within two days of birth",
                        "Share of newborns visited by a health worker within 48 hours, in percent",
                        (10, 40),
                        (70, 90),
                    ),
                ],
            },
            GoalTemplate {
                slug: "primary-care",
                statement: "Every family can reach primary care within one hour on foot.",
                benchmarks: &[
                    b(
                        "health-workers",
                        "Community health workers trained and paid",
                        "Number of active community health workers with a monthly stipend",
                        (0, 20),
                        (60, 200),
                    ),
                    b(
                        "clinics-open",
                        "Clinics open five days a week",
                        "Number of clinics open at least five days a week with stocked medicines",
                        (1, 4),
                        (8, 20),
                    ),
                    b(
                        "stockouts",
                        "Essential medicines in stock",
                        "Share of months without a stock-out of essential medicines, in percent",
                        (30, 60),
                        (90, 98),
                    ),
                ],
            },
        ],
    },
    Theme {
        name: "education",
        title: "Schools",
        actions: &[
            "Rebuild classrooms and train teachers",
            "Run school meals with food from local farmers",
            "Bring children back to school after displacement",
        ],
        ministry: "Education",
        goals: &[
            GoalTemplate {
                slug: "children-learning",
                statement: "Every child finishes primary school able to read and count.",
                benchmarks: &[
                    b(
                        "enrolment",
                        "Children enrolled in primary school",
                        "Net primary enrolment rate, in percent",
                        (50, 75),
                        (90, 98),
                    ),
                    b(
                        "reading",
                        "Children reading at grade level",
                        "Share of grade 3 pupils reading a short text fluently, in percent",
                        (10, 35),
                        (60, 80),
                    ),
                    b(
                        "teachers-trained",
                        "Teachers trained in structured pedagogy",
                        "Number of teachers completing the training and observed in class",
                        (0, 30),
                        (120, 400),
                    ),
                ],
            },
            GoalTemplate {
                slug: "school-meals",
                statement: "Every pupil gets a daily meal made with food bought from local farmers.",
                benchmarks: &[
                    b(
                        "meals-served",
                        "Pupils receiving a daily school meal",
                        "Number of pupils served a meal on at least 90% of school days",
                        (0, 2000),
                        (8000, 30000),
                    ),
                    b(
                        "local-purchase",
                        "Food bought from local smallholders",
                        "Share of school-meal food by value bought from local smallholders, in percent",
                        (0, 15),
                        (50, 80),
                    ),
                ],
            },
        ],
    },
    Theme {
        name: "shelter",
        title: "Housing",
        actions: &[
            "Repair and rebuild damaged homes",
            "Build safer homes and train local masons",
        ],
        ministry: "Public Works",
        goals: &[GoalTemplate {
            slug: "safe-homes",
            statement: "Every family lives in a safe, permanent home built to the hazard-resistant code.",
            benchmarks: &[
                b(
                    "homes-repaired",
                    "Damaged homes repaired to the retrofit standard",
                    "Number of homes repaired and certified by an engineer",
                    (0, 100),
                    (600, 3000),
                ),
                b(
                    "homes-rebuilt",
                    "Destroyed homes rebuilt",
                    "Number of new homes handed over with a building permit",
                    (0, 50),
                    (300, 1500),
                ),
                b(
                    "masons-certified",
                    "Masons certified in safe construction",
                    "Number of local masons holding the certificate",
                    (0, 20),
                    (100, 400),
                ),
            ],
        }],
    },
    Theme {
        name: "livelihoods",
        title: "Livelihoods",
        actions: &[
            "Support savings groups and small businesses",
            "Train young people for local jobs",
            "Restore the livelihoods of families who lost their income",
        ],
        ministry: "Social Affairs",
        goals: &[
            GoalTemplate {
                slug: "income",
                statement: "Households have a steady income above the poverty line.",
                benchmarks: &[
                    b(
                        "savings-groups",
                        "Savings groups meeting and lending",
                        "Number of savings groups with a loan fund of their own",
                        (0, 40),
                        (150, 500),
                    ),
                    b(
                        "households-above-line",
                        "Households above the poverty line",
                        "Share of households with an income above the national poverty line, in percent",
                        (15, 40),
                        (55, 75),
                    ),
                    b(
                        "businesses-started",
                        "Small businesses started and still running after a year",
                        "Number of businesses trading twelve months after start",
                        (0, 50),
                        (300, 900),
                    ),
                ],
            },
            GoalTemplate {
                slug: "youth-jobs",
                statement: "Young people find decent work in their own community.",
                benchmarks: &[
                    b(
                        "youth-trained",
                        "Young people trained in a trade",
                        "Number of people aged 15 to 24 completing vocational training",
                        (0, 100),
                        (800, 2500),
                    ),
                    b(
                        "youth-employed",
                        "Trained young people in work",
                        "Share of trained young people employed or self-employed six months later, in percent",
                        (10, 30),
                        (55, 75),
                    ),
                ],
            },
        ],
    },
    Theme {
        name: "food security",
        title: "Food Security",
        actions: &[
            "Help smallholder farmers grow more and sell together",
            "Restore farmland and seed systems",
        ],
        ministry: "Agriculture",
        goals: &[
            GoalTemplate {
                slug: "harvests",
                statement: "Smallholder families grow enough food for the whole year.",
                benchmarks: &[
                    b(
                        "yields",
                        "Maize yields of participating farmers",
                        "Average maize yield, in kilograms per hectare",
                        (700, 1200),
                        (2000, 3500),
                    ),
                    b(
                        "hungry-months",
                        "Months of food shortage",
                        "Average number of months a household lacks enough food",
                        (4, 7),
                        (0, 2),
                    ),
                    b(
                        "seed-banks",
                        "Community seed banks running",
                        "Number of seed banks lending seed to at least 50 farmers",
                        (0, 3),
                        (10, 30),
                    ),
                ],
            },
            GoalTemplate {
                slug: "markets",
                statement: "Farmers sell their surplus together at fair prices.",
                benchmarks: &[
                    b(
                        "cooperatives-selling",
                        "Cooperatives selling collectively",
                        "Number of cooperatives with a signed buyer contract",
                        (0, 2),
                        (8, 25),
                    ),
                    b(
                        "farmgate-price",
                        "Farm-gate price received",
                        "Share of the market price received at the farm gate, in percent",
                        (30, 50),
                        (65, 85),
                    ),
                ],
            },
        ],
    },
    Theme {
        name: "nutrition",
        title: "Nutrition",
        actions: &[
            "Treat and prevent child malnutrition",
            "Promote breastfeeding and diverse diets",
        ],
        ministry: "Health",
        goals: &[GoalTemplate {
            slug: "child-nutrition",
            statement: "No child under five in the community is stunted or wasted.",
            benchmarks: &[
                b(
                    "stunting",
                    "Stunting among children under five",
                    "Share of children under five who are stunted, in percent",
                    (25, 45),
                    (10, 20),
                ),
                b(
                    "wasting-treated",
                    "Wasted children treated and recovered",
                    "Share of treated children discharged as recovered, in percent",
                    (50, 70),
                    (80, 92),
                ),
                b(
                    "diet-diversity",
                    "Children eating a diverse diet",
                    "Share of children aged 6 to 23 months eating at least five food groups, in percent",
                    (10, 30),
                    (50, 70),
                ),
            ],
        }],
    },
    Theme {
        name: "disaster risk reduction",
        title: "Disaster Resilience",
        actions: &[
            "Set up community early-warning groups",
            "Raise homesteads above flood level",
            "Prepare villages for cyclones and floods",
        ],
        ministry: "Disaster Management",
        goals: &[GoalTemplate {
            slug: "early-warning",
            statement: "Every household gets a hazard warning at least 48 hours ahead and knows where to go.",
            benchmarks: &[
                b(
                    "warning-groups",
                    "Early-warning groups active",
                    "Number of villages with a trained early-warning group",
                    (0, 5),
                    (20, 60),
                ),
                b(
                    "warning-coverage",
                    "Households warned in time",
                    "Share of households warned at least 48 hours ahead of the last hazard, in percent",
                    (10, 40),
                    (85, 98),
                ),
                b(
                    "homesteads-raised",
                    "Homesteads raised above flood level",
                    "Number of homesteads raised and checked by an engineer",
                    (0, 200),
                    (1500, 5000),
                ),
            ],
        }],
    },
    Theme {
        name: "energy",
        title: "Clean Energy",
        actions: &[
            "Bring solar power to health centres and schools",
            "Set up community-owned mini-grids",
        ],
        ministry: "Energy",
        goals: &[GoalTemplate {
            slug: "power",
            statement: "Clinics, schools and homes have reliable clean power, owned by the community.",
            benchmarks: &[
                b(
                    "connections",
                    "Households connected to the mini-grid",
                    "Number of households with a paid-up connection",
                    (0, 50),
                    (600, 2500),
                ),
                b(
                    "uptime",
                    "Mini-grid availability",
                    "Share of hours with power at the clinic, in percent",
                    (20, 60),
                    (95, 99),
                ),
                b(
                    "technicians",
                    "Local technicians running the grid",
                    "Number of certified local technicians on the operator's staff",
                    (0, 2),
                    (6, 15),
                ),
            ],
        }],
    },
    Theme {
        name: "protection",
        title: "Protection",
        actions: &[
            "Run safe spaces and case management for women and children",
            "Prevent and respond to gender-based violence",
        ],
        ministry: "Social Affairs",
        goals: &[GoalTemplate {
            slug: "safety",
            statement: "Women and children are safe at home and in public, and survivors get help.",
            benchmarks: &[
                b(
                    "safe-spaces",
                    "Safe spaces open and used",
                    "Number of safe spaces open six days a week",
                    (0, 2),
                    (6, 20),
                ),
                b(
                    "case-response",
                    "Survivors receiving care quickly",
                    "Share of reported cases receiving care within 72 hours, in percent",
                    (20, 50),
                    (85, 95),
                ),
                b(
                    "committees-active",
                    "Community protection committees active",
                    "Number of committees meeting monthly with women members",
                    (0, 5),
                    (15, 40),
                ),
            ],
        }],
    },
    Theme {
        name: "climate adaptation",
        title: "Climate Adaptation",
        actions: &[
            "Restore watersheds and mangroves",
            "Help farmers adapt to drought",
        ],
        ministry: "Environment",
        goals: &[GoalTemplate {
            slug: "land-restored",
            statement: "Degraded land is restored and managed by the community.",
            benchmarks: &[
                b(
                    "hectares-restored",
                    "Degraded land restored",
                    "Hectares restored with community management plans",
                    (0, 100),
                    (800, 4000),
                ),
                b(
                    "trees-surviving",
                    "Planted trees surviving",
                    "Share of planted seedlings alive after two years, in percent",
                    (20, 45),
                    (70, 85),
                ),
                b(
                    "water-harvesting",
                    "Water-harvesting structures built",
                    "Number of check dams and ponds maintained by user groups",
                    (0, 10),
                    (50, 200),
                ),
            ],
        }],
    },
];

pub const COMMUNITY_GROUPS: &[&str] = &[
    "Water Committee",
    "Women's Savings Group",
    "Farmers' Cooperative",
    "Youth Network",
    "Residents' Association",
    "Fishers' Association",
    "Parents' Association",
    "Community Health Volunteers",
    "Disability Rights Group",
    "Village Development Committee",
];

pub const NATIONAL_NETWORKS: &[&str] = &[
    "Water User Groups",
    "Savings Groups",
    "Village Health Workers",
    "Smallholder Farmers",
    "Women Traders",
    "Community Radio Stations",
];

pub const AGENCIES: &[&str] = &[
    "Water",
    "Disaster Risk Management",
    "Housing",
    "Rural Electrification",
    "Public Health",
    "Social Protection",
];

/// (brings, seeks) per sector.
pub fn brings_seeks(sector: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match sector {
        "community" => (
            &[
                "Neighbourhood committees, trust of residents and volunteers who know every household",
                "Local knowledge of land, water and who is most in need",
                "Volunteer labour and a network of village meetings",
                "Elected leaders and the confidence of the community",
            ],
            &[
                "To lead the work in its own community and keep it going after the outside partners leave",
                "A say in every decision that affects residents",
                "Lasting ownership of the services it helps build",
            ],
        ),
        "government" => (
            &[
                "Permits, land records and coordination with line ministries",
                "Staff seconded to the programme and a budget line from the second year",
                "The legal mandate to set standards and keep public registers",
                "Convening power over the other actors in the district",
            ],
            &[
                "Services it can take over and afford within its own budget",
                "Better data for planning and a model it can use elsewhere",
                "Fewer losses from disasters and fewer complaints from citizens",
            ],
        ),
        "nonprofit" => (
            &[
                "Years of field experience, trained staff and tested curricula",
                "Grant management, procurement systems and reporting to donors",
                "Technical specialists and a network of peer organisations",
                "Case management and community mobilisation skills",
            ],
            &[
                "A proven model it can take to other districts",
                "To show that locally led work is faster and cheaper",
                "Stable funding for its core staff",
            ],
        ),
        "business" => (
            &[
                "Locally made materials at cost and a supply yard close to the site",
                "Mobile-money payments and an agent network in every village",
                "Engineering staff and equipment for construction",
                "A guaranteed market for farmers' produce",
            ],
            &[
                "A stable market and apprentices it can hire",
                "New customers and a reputation for fair dealing",
                "Reliable supply of quality produce",
            ],
        ),
        "academic" => (
            &[
                "A testing laboratory and a certificate course",
                "Baseline and endline surveys and an independent evaluation",
                "Researchers who speak the community's languages",
            ],
            &[
                "Field data for research and placements for students",
                "Published evidence on what works",
            ],
        ),
        "philanthropy" => (
            &[
                "A multi-year grant and access to other funders",
                "Flexible core funding and help with fundraising",
                "Matching funds for community contributions",
            ],
            &[
                "Evidence that funding local organisations directly achieves more per dollar",
                "A partnership it can point other funders to",
                "Lasting results after its grant ends",
            ],
        ),
        _ => (
            &[
                "Co-financing, technical standards and policy dialogue with the government",
                "Pooled funding and cluster coordination",
            ],
            &[
                "Progress on national targets and a model for the regional programme",
                "Coordinated, non-duplicated assistance",
            ],
        ),
    }
}

pub const FEEDBACK_CHANNELS: &[&str] = &[
    "free SMS line",
    "monthly village assemblies",
    "suggestion boxes at the distribution points",
    "community radio call-in show",
    "a toll-free hotline answered in the local languages",
    "WhatsApp group run by the youth network",
    "door-to-door visits by community volunteers",
    "women-only listening sessions",
    "quarterly feedback survey",
    "help desks on distribution days",
];

pub const ADAPTATIONS: &[&str] = &[
    "The steering committee reviews feedback every month and records each change it makes, or why it makes none; changes are announced on community radio.",
    "Feedback is summarised each quarter and discussed at the partners' meeting; agreed changes go into the work plan and are reported back at village assemblies.",
    "Community volunteers log every piece of feedback; the programme team answers within two weeks and publishes a list of changes made.",
    "Plans are revised every six months in a workshop with community representatives, using the feedback and monitoring data.",
];

pub const CONFLICT_RESOLUTIONS: &[&str] = &[
    "Disputes go first to the steering committee; unresolved ones to a mediator chosen jointly by all partners.",
    "Partners raise disputes in writing; the chair convenes a meeting within 14 days, and if no agreement is reached an independent mediator decides.",
    "Disagreements are settled by dialogue at the monthly meeting, then by a panel of one member per partner, then by mediation.",
    "Any partner may refer a dispute to the community elders' council, whose recommendation is discussed at a general assembly.",
];

pub const TERMINATIONS: &[&str] = &[
    "Any partner may leave with six months' notice; the partnership ends at handover or by a two-thirds vote of all partners.",
    "The partnership ends on its end date or earlier by unanimous decision; assets pass to the local partners.",
    "A partner may withdraw with three months' notice after settling its commitments; the others decide whether to continue.",
    "The partnership dissolves when the exit criteria are met, or by a vote of the general assembly.",
];

pub const HISTORIES: &[&str] = &[
    "{place} grew quickly through migration from rural areas; most homes were self-built and earlier relief programmes left unfinished projects that residents still resent.",
    "The community has lived through repeated floods and droughts; aid has come in short bursts and left little behind.",
    "Decades of conflict displaced many families from {region}; some have returned and rebuilt, others still live with relatives.",
    "Earlier projects in {place} were run from the capital and ended when their funding did; committees formed for them have mostly dissolved.",
];

pub const POLITICS: &[&str] = &[
    "Local elections are due during the partnership; the district council and traditional leaders share authority and do not always agree.",
    "Land in {place} is contested between families and local elites; the municipality decides on land use but has little capacity.",
    "National ministries set standards but the district implements them; neighbourhood committees carry real authority and some are tied to political parties.",
    "Security is fragile in parts of {region}; humanitarian access is negotiated village by village.",
];

pub const REGULATIONS: &[&str] = &[
    "Construction needs a municipal permit and must follow the national building code; land tenure is mostly informal.",
    "Non-governmental organisations must register projects with the national coordination agency and report each quarter.",
    "Water tariffs are set by the regulator; community-run systems need a licence from the district water office.",
    "Health workers must be certified by the ministry; community health workers may treat only the conditions on the national list.",
];

pub const CULTURES: &[&str] = &[
    "Decisions are taken in the village council; women rarely speak at mixed meetings, so they meet separately.",
    "Families live in shared courtyards of related households and decide collectively; collective work days are a respected practice.",
    "Elders are consulted before any public decision; young people are organised in active associations.",
    "Religious leaders are trusted messengers; women lead most savings groups and market trading.",
];

pub const INITIATIVES: &[(&str, &str)] = &[
    (
        "Government social protection programme",
        "Ministry of Social Affairs",
    ),
    ("District health sector plan", "District health office"),
    ("Shelter cluster", "Cluster lead agency"),
    ("Regional resilience programme", "Regional Development Bank"),
    ("School feeding programme", "Ministry of Education"),
    ("Cash transfer pilot", "Lifeline Relief"),
    ("WASH sector working group", "National water agency"),
    ("Rural roads project", "Ministry of Public Works"),
];

pub const ARRANGEMENTS: &[&str] = &[
    "The two programmes share a beneficiary list and meet monthly to avoid double registration.",
    "This partnership works only in the villages the other programme does not cover.",
    "The partnership reports its caseload to the working group every fortnight.",
    "The other initiative gives cash; this one builds skills, so households get both without overlap.",
];

pub const STRATEGIES: &[&str] = &[
    "Phase the programme over to {successor}, with the local authorities as regulator; the outside partners step back in the last year.",
    "Reduce outside support step by step while {successor} takes over management, finance and reporting.",
    "Hand each service to {successor} once its exit criteria are met, and close the outside partners' field office.",
    "{successor} leads from the handover date; the international partners advise on request for one more year and then withdraw.",
];

pub const FUNDING_AFTER_EXIT: &[&str] = &[
    "User fees cover running costs; a district budget line covers major repairs.",
    "A revolving fund managed by the local partners, and a line in the municipal budget.",
    "The national programme takes over salaries; the community contributes labour and a small monthly fee.",
    "Income from the cooperative's sales and grants raised by the national partner.",
];

pub const SKILLS: &[&str] = &[
    "Grant and financial management to donor standards",
    "Procurement and supplier contracting",
    "Monitoring, evaluation and data management",
    "Technical inspection of construction",
    "Maintenance and bookkeeping for community assets",
    "Fundraising and proposal writing",
    "Safeguarding and complaints handling",
    "Supervision of community health workers",
    "Running the early-warning relay",
    "Leading partnership meetings and reporting to funders",
    "Training of trainers",
    "Managing a stock of essential supplies",
];

pub const SUPPORT_KINDS: &[&str] = &[
    "Technical advice on standards and grant applications",
    "Mentoring of the new management team",
    "Help with audits and annual reports",
    "Emergency stock in case of a new disaster",
];

pub const WAIVER_RULES: &[&str] = &[
    "transparency.open-data",
    "transparency.independent-audit",
    "transparency.local-share-published",
    "transparency.public-reporting",
    "humility.local-language",
    "humility.context-assessed",
    "exit.approach",
    "exit.support-bounded",
    "exit.local-staff-growth",
    "collaboration.long-term",
    "collaboration.benchmark-cadence",
    "collaboration.initiatives-mapped",
    "accountability.meeting-cadence",
    "accountability.health-review",
];

pub const WAIVER_REASONS: &[&str] = &[
    "No open-data publisher account until the partnership is registered.",
    "The national audit office audits the public partners' accounts; the partners agreed to rely on it.",
    "The approach is being renegotiated with the local authorities this quarter.",
    "The community asked for a shorter first phase; a second phase is being designed with them.",
    "The governing body meets every quarter because members travel far; working groups meet monthly.",
    "Reports are shared with the community at assemblies rather than published online, at its request.",
    "Benchmarks for the first year are set after the baseline survey, which is under way.",
];

pub const APPROVERS: &[&str] = &[
    "Steering committee",
    "General assembly",
    "Board of the lead partner",
    "Partnership council",
];

pub const STOP_WORDS: &[&str] = &[
    "of", "the", "for", "and", "de", "du", "des", "la", "le", "at", "in", "&",
];
