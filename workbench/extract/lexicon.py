"""Word lists that extraction reads figures with.

Kept apart from the rules so a reviewer can see, and extend, what the extractor
knows without reading regular expressions.
"""

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Magnitude words and abbreviations written after a figure ("10 million", "£1.2bn").
SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000,
    "million": 1_000_000, "mln": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
    "billion": 1_000_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
    # Capital B and T after a currency sign: '€10B', '$2.174T' (read as 'b' and 't').
    "b": 1_000_000_000, "t": 1_000_000_000_000,
    # South Asian magnitudes: 'Rs 5,000 crore', '₹20 lakh'.
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}

# Words that name one member of a numbered series: the small number after one says which, not
# how many ('type 2 diabetes', 'phase 3 trials', 'a category 4 hurricane', 'stage 2 of the race').
SERIES_WORDS = frozenset("type phase stage grade category tier class level version series season episode chapter".split())

# Plural magnitude words: never an exact number. Bounds follow DESIGN.md.
VAGUE = {
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}

CURRENCY_SYMBOLS = {
    "US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "$": "USD",
    "R$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs. ": "INR", "Rs.": "INR", "Rs ": "INR", "Rs": "INR",
    # 'KSh37.7 billion', 'KSh 227.6', '₦5,000', '₽100', '₩1,200', '₺50', '₱20'
    "KSh ": "KES", "KSh": "KES", "Ksh ": "KES", "Ksh": "KES", "₦": "NGN", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₱": "PHP",
}
# Signs written after the figure in Continental style: '15 €', '-15€'.
CURRENCY_AFTER = {"€": "EUR", "$": "USD", "£": "GBP"}
CURRENCY_CODES = ("USD", "GBP", "EUR", "JPY", "CHF", "CAD", "AUD", "CNY", "INR")
# Currency written after the figure; the value is multiplied by the factor (pence to pounds).
CURRENCY_WORDS = {
    "dlrs": ("USD", 1), "dlr": ("USD", 1), "dollars": ("USD", 1), "dollar": ("USD", 1),
    "pounds": ("GBP", 1), "pound": ("GBP", 1), "stg": ("GBP", 1), "sterling": ("GBP", 1),
    "euros": ("EUR", 1), "euro": ("EUR", 1), "yen": ("JPY", 1), "yuan": ("CNY", 1),
    "marks": ("DEM", 1), "francs": ("FRF", 1), "guilders": ("NLG", 1), "lire": ("ITL", 1),
    "pesetas": ("ESP", 1), "rupees": ("INR", 1), "riyals": ("SAR", 1), "rand": ("ZAR", 1),
    "kronor": ("SEK", 1), "ringgit": ("MYR", 1), "baht": ("THB", 1), "schillings": ("ATS", 1),
    "ecus": ("XEU", 1), "ecu": ("XEU", 1), "drachmas": ("GRD", 1), "escudos": ("PTE", 1),
    "pence": ("GBP", 0.01), "p": ("GBP", 0.01), "cents": ("USD", 0.01), "cts": ("USD", 0.01),
    "euro cents": ("EUR", 0.01), "naira": ("NGN", 1), "cedis": ("GHS", 1), "roubles": ("RUB", 1),
    "rubles": ("RUB", 1),
    # the singular before the noun an amount modifies: 'a 25 mln Swiss franc convertible issue'
    "franc": ("FRF", 1), "guilder": ("NLG", 1), "peseta": ("ESP", 1), "rupee": ("INR", 1), "riyal": ("SAR", 1),
    "schilling": ("ATS", 1), "drachma": ("GRD", 1), "escudo": ("PTE", 1), "rouble": ("RUB", 1),
}
# A nationality before a currency word names the currency: 'Canadian dlrs', 'Swiss francs'.
CURRENCY_NATIONS = {
    "canadian": "CAD", "australian": "AUD", "u.s.": "USD", "us": "USD", "hong kong": "HKD", "h.k.": "HKD",
    "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "swiss": "CHF", "french": "FRF",
    "belgian": "BEF", "irish": "IEP", "danish": "DKK", "swedish": "SEK", "norwegian": "NOK",
}

# Written after a figure, with the unit the percentage carries.
PERCENT_UNITS = {
    "%": "%", "per cent": "%", "percent": "%", "pct": "%", "pc": "%",
    "percentage points": "pp", "percentage point": "pp", "pct points": "pp", "points": None,
    "basis points": "bp", "bp": "bp", "bps": "bp",
}

# Units of measure: the written form maps to the unit the claim carries.
MEASURES = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "sq km": "sq km",
    "square kilometres": "sq km", "square miles": "sq mile", "miles": "mile", "mile": "mile",
    "metres": "m", "meters": "m", "metre": "m", "cm": "cm", "mm": "mm", "feet": "ft", "ft": "ft",
    "inches": "in", "kg": "kg", "kilograms": "kg", "kilos": "kg", "grams": "g",
    "mg": "mg", "milligrams": "mg", "ml": "ml", "millilitres": "ml", "milliliters": "ml",
    "tonnes": "t", "tons": "t", "tonne": "t", "ton": "t", "ounces": "oz", "troy ounces": "oz",
    "litres": "l", "liters": "l", "gallons": "gal", "barrels per day": "bpd", "bpd": "bpd",
    "cubic feet per day": "cfd", "cubic feet": "cu ft", "cubic metres": "cu m", "square feet": "sq ft",
    "sq ft": "sq ft", "km²": "sq km", "km2": "sq km", "square kilometers": "sq km", "square kilometre": "sq km",
    "square kilometer": "sq km", "square mile": "sq mile", "sq mi": "sq mile", "mi²": "sq mile", "m²": "sq m",
    "sq m": "sq m", "square metres": "sq m", "square meters": "sq m", "ft²": "sq ft",
    "µg/m³": "µg/m³", "μg/m³": "µg/m³", "ug/m3": "µg/m³", "micrograms per cubic metre": "µg/m³",
    "micrograms per cubic meter": "µg/m³", "µg": "µg", "μg": "µg",
    "barrels": "barrel", "barrel": "barrel", "bbl": "barrel", "bushels": "bushel", "bales": "bale",
    "mph": "mph", "km/h": "km/h", "°C": "°C", "°F": "°F", "degrees": "degree",
    "degrees celsius": "°C", "degrees centigrade": "°C", "degrees fahrenheit": "°F",
    "acres": "acre", "hectares": "ha", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh",
    "megawatts": "MW", "gigabytes": "GB", "gb": "GB", "mb": "MB", "tb": "TB", "mbps": "Mbps",
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "months": "month", "years": "year", "decades": "decade", "centuries": "century",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day",
    "week": "week", "month": "month", "year": "year", "decade": "decade",
    "mths": "month", "mth": "month", "yrs": "year", "wks": "week", "hrs": "hour",
    "lbs": "lb", "lb": "lb", "oz": "oz", "kph": "km/h", "ghz": "GHz", "mhz": "MHz", "inch": "in",
    "cups": "cup", "cup": "cup", "tbsp": "tbsp", "tsp": "tsp", "m³": "cu m", "m/s": "m/s", "m/s²": "m/s²",
    "mol/L": "mol/L", "mol/l": "mol/L", "miles per gallon": "mpg", "mpg": "mpg",
}

# A record of occasions: '13 wins in 15 league games', '18 times out of the last 20 years', '36
# wins from his 50 rubbers'. Each occasion gives at most one of the part, so the part is within
# the whole. A year or season may hold many wins, so it is a whole only after 'out of'.
OCCASION_PARTS = frozenset("time win victory defeat loss draw occasion success".split())
OCCASION_EVENTS = frozenset("game match appearance attempt start race outing election final fixture meeting "
                            "contest bout tie rubber test".split())
OCCASION_PERIODS = frozenset("year season".split())

# Units of time: a figure in them is a duration, which frames an event rather than measuring it.
DURATION_UNITS = frozenset("second minute hour day night week month year decade century".split())
# Units that are nouns too: in the singular after a number above one they name what is counted
# ('1,300 day workers', 'two cup ties'), unless hyphened ('a three-day event').
NOUN_UNITS = DURATION_UNITS | {"cup"}

# Written with a space or a hyphen: 'two thirds', 'two-thirds'.
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5,
    "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2, "two fifths": 0.4, "a tenth": 0.1, "one tenth": 0.1,
}

# Denominators spelled out, after a numeral: 'one sixth', 'nine-tenths', 'three halves'. The singular
# follows 'one', the plural a larger numeral. 'Second' is left out, being a unit of time, and
# 'quarter', being a period too ('for two quarters'): FRACTIONS holds its shares.
DENOMINATORS = {
    "half": 2, "third": 3, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "twelfth": 12, "sixteenth": 16, "twentieth": 20, "hundredth": 100, "thousandth": 1000,
}
PLURAL_DENOMINATORS = {("halves" if word == "half" else word + "s"): size for word, size in DENOMINATORS.items()}

# Words for a group of a set size, counted after 'a' or a numeral and before 'of' ('a gross of
# pencils', 'two pair of shoes'; not 'gross domestic product', nor 'a score of 85'), and a baker's
# dozen, which needs no 'of'.
COLLECTIVES = {"gross": 144, "pair": 2, "brace": 2, "trio": 3, "score": 20, "couple": 2}
BAKERS_DOZEN = {"baker's dozen": 13, "baker’s dozen": 13}
# Of these, the one whose size is meant only roughly: 'a couple of officials' is about two.
ROUGH_COLLECTIVES = frozenset({"couple"})

# Fractions written as one character ('1½ miles', '⅓ cup'), as numerator and denominator.
VULGAR_FRACTIONS = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5),
    "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅐": (1, 7), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
    "⅑": (1, 9), "⅒": (1, 10),
}

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)

# Words written as a figure's sign: 'minus 4 per cent', 'negative 3 percent'.
SIGN_WORDS = {"minus": -1, "negative": -1}

# Hedge and bound words as written before a figure, with how they widen the bounds:
# (low factor or None for unbounded, high factor or None, approx).
QUALIFIERS = {
    "around": (0.9, 1.1, True), "about": (0.9, 1.1, True), "some": (0.9, 1.1, True),
    "roughly": (0.9, 1.1, True), "approximately": (0.9, 1.1, True),
    "an estimated": (0.9, 1.1, True), "estimated": (0.9, 1.1, True),
    "close to": (0.9, 1.0, True), "nearly": (0.9, 1.0, True), "almost": (0.9, 1.0, True),
    "just under": (0.9, 1.0, True), "just over": (1.0, 1.1, True),
    "more than": (1.0, None, False), "over": (1.0, None, False), "at least": (1.0, None, False),
    "upwards of": (1.0, None, False), "above": (1.0, None, False), "in excess of": (1.0, None, False),
    "up to": (None, 1.0, False), "as many as": (None, 1.0, False), "as much as": (None, 1.0, False),
    "less than": (None, 1.0, False), "fewer than": (None, 1.0, False), "under": (None, 1.0, False),
    "at most": (None, 1.0, False), "below": (None, 1.0, False), "no more than": (None, 1.0, False),
}

# Hedges and bounds written after the figure: 'three or more cups', '100 or so people',
# 'aged 65 and over'. Each sets the bounds as its counterpart before a figure does.
QUALIFIERS_AFTER = {
    "or more": (1.0, None, False), "or over": (1.0, None, False), "or above": (1.0, None, False),
    "and over": (1.0, None, False), "and above": (1.0, None, False), "or higher": (1.0, None, False),
    "or fewer": (None, 1.0, False), "or less": (None, 1.0, False), "or under": (None, 1.0, False),
    "or so": (0.9, 1.1, True),
}

# 'most' and 'least' are left out: 'the most recent' ranks nothing by size.
SUPERLATIVES = ("largest", "biggest", "highest", "smallest", "lowest", "fewest")

# Words that end the search for a counted noun: verbs, prepositions, conjunctions.
NOUN_STOPS = frozenset("""
a an the of to in on at by for from with without into onto over under than as and or but
nor so yet if that which who whom whose this these those it its their there here then
is are was were be been being have has had do does did will would shall should can could
may might must not no more less per each every all any some most other another such
said says say claims claimed told reported according while when where after before since
vs versus against compared them us they these those afterwards towards backwards always
sometimes perhaps nowadays whereas besides nevertheless overseas abroad
during until between among across against about around up down out off only also just
consists comprises includes totals means remains stands makes
""".split())
# Accounts named by their year ('1985 revs includes 700,000 finder's fee', '1986 sales rose'):
# after a bare 1800-2099 these make it a year, though they look like counted nouns.
YEAR_ACCOUNTS = frozenset("revs revenues sales earnings results profits losses figures accounts budgets".split())

# Nouns that count as plurals with no plural ending: 'employs 3,400 staff', '500 personnel',
# '2,000 cattle'; each is its own lemma.
COLLECTIVE_NOUNS = frozenset("staff personnel cattle livestock poultry clergy".split())
# Words between a figure and its noun that say nothing of what is counted: '12 other firms'.
COUNT_MODIFIERS = frozenset("other more fewer less additional further extra".split())

# Verbs in -s that follow a bare figure and would read as plural nouns: '10.1 mln includes'.
VERBS_IN_S = frozenset("""
includes comprises represents means remains compares rises falls gains makes takes shows leaves
holds gives goes comes totals exceeds equals reaches amounts accounts marks sees seems appears
brings needs plans expects faces hits tops tracks says claims reports puts sets gets keeps
translates suggests indicates compares remains represents
""".split())

# Verbs after which a name at the start of a clause is what the figure is about.
SUBJECT_VERBS = frozenset(
    "had has have saw sees took takes received receives sent sends recorded records lost "
    "loses gained gains contributed contributes hosts hosted accounted accounts".split()
)

# Sentence-initial words that are capitalised only because they start the sentence.
FUNCTION_WORDS = frozenset("""
The A An But And Or So Yet In On At By For From With As Another Some Most This That
These Those It Its Their There Here Then When Where While After Before Since During
Until If Only Just Exactly Fully All Nearly Almost Around About Over Under Roughly
Approximately Between Of Up More Less Fewer Last Next Top Still Even Perhaps Maybe
Estimated Each Every Both To Than Close Upwards Are Were However Nor Meanwhile Instead
""".split())

# What a figure measures (measured.py). A verb of value ties the noun phrase before it to the
# figure after it: 'Inflation fell to 2.1%', 'Turkey had 900', 'the farm covers 12,900 acres'.
# Verbs of change and of level: the subject is the measured quantity itself.
CHANGE_AND_LEVEL_VERBS = frozenset("""
rose rise rises rising risen fell fall falls falling fallen grew grow grows growing grown
increased increase increases increasing decreased decrease decreases declined decline declines
dropped drop drops jumped jump jumps climbed climb climbs soared soar soars surged surge surges
slumped slump slumps plunged plunge plunges slipped slip slips dipped dip dips edged edges
gained gains shrank shrink shrinks shrunk tumbled tumble tumbles eased ease eases widened
narrowed doubled tripled trebled halved advanced retreated rebounded recovered improved
slid slide slides sank sink sinks leapt leaped leap leaps spiked spike spikes totalled totaled
totalling totaling total totals stood stands stand reached reach reaches hit hits topped tops
exceeded exceeds amounted amounts averaged averages peaked peaks equalled equaled equals
numbered numbers was were is are be been being remained remains came comes accounted
represented represents expanded contracted accelerated slowed fallen ranged ranges
""".split())
# Verbs of holding and doing: the subject holds, earns or does what the figure counts.
HOLDING_VERBS = frozenset("""
had has have having holds held hold owns owned own employs employed employ covers covered cover
earned earns earn made makes make spent spends spend sold sells sell paid pays pay raised raises
raise received receives receive won wins win recorded records record reported reports report posted
posts attracted attracts produced produces exported exports imported imports shipped ships
bought buys retail retails retailed cost costs charged charges scored scores collected collects generated generates
owes owed borrowed borrows lent lends issued issues offered offers sought seeks invested
invests lost loses lose saved saves shed sheds created creates cut cuts added adds killed kills
injured hosts hosted took takes saw sees sent sends contributed contributes handled handles
carried carries served serves treated treats housed houses attracted drew draws got gets
feature features featured contain contains contained comprise comprises comprised include includes
included boast boasts boasted get getting gotten consist consists consisted
""".split())
# Verbs of time, whose subject a duration is about: 'the courts sit six days a week', 'the
# talks lasted three hours', 'the artisans need 3 years of training'.
DURATION_VERBS = frozenset("""
sit sits sat last lasts lasted take spend serve stay stays stayed need needs needed wait waits
waited
""".split())
VALUE_VERBS = CHANGE_AND_LEVEL_VERBS | HOLDING_VERBS | DURATION_VERBS
# A count followed by a verb in its plain form counts no noun of its own: 'Of the 360 million
# households, 100 million receive cable TV' (not 100 million programmes). Plain forms that are
# as often nouns, or words before one, are left out: '3 million pay rises', 'two cost cuts'.
# Past forms are verbs here ('while the two held talks'), though one may be a participle
# before a noun ('1,500 North-American made cars').
_AS_OFTEN_NOUNS = frozenset("""
cost cut pay record report win hold cover rise fall increase decrease decline drop jump climb surge
slump dip total stand hit top peak spike leap need wait stay last sit ease average equal number
shed issue offer import export ship retail charge score house treat feature draw raise loss
drew gain advance slip slide sink plunge soar tumble own lost
""".split())
PLAIN_VERBS = frozenset(word for word in VALUE_VERBS if not word.endswith(("s", "ed", "ing", "en")) and word not in _AS_OFTEN_NOUNS)
# Words between a verb of value and its figure: 'rose by almost', 'stood at a record', 'fell to'.
FIGURE_LEAD = frozenset("""
to by at from for of a an the record new some about around almost nearly roughly approximately worth
over under more less than fewer just only up down estimated further another additional
least most as much many much high low total between
""".split())
# Words between a subject and its verb: 'has also risen', 'was now', 'had already'.
VERB_LEAD = frozenset("""
has have had was were is are will would could may might should also now already still only
just reportedly then currently together combined alone been be being not never sharply
steadily slightly traditionally usually typically normally generally recently previously
initially originally eventually finally actually already
""".split())
DETERMINERS = frozenset("the a an its their his her our your this that these those each every some any all".split())
ARTICLES = frozenset("a an the".split())
POSSESSIVE_PRONOUNS = frozenset("his her its their".split())
# Pronouns that stand for a source named just before them: 'the company said it would bid'.
# A pronoun is one with its verb contracted to it: "They've promised", "it's".
_CONTRACTED = [quote + ending for quote in "'’" for ending in ("ve", "re", "ll", "d", "s", "m")]


def _with_contractions(words: str) -> frozenset[str]:
    return frozenset(words.split()) | {word + ending for word in words.split() for ending in _CONTRACTED}


PERSONAL_PRONOUNS = _with_contractions("it they he she we")
PRONOUNS = _with_contractions("it they he she we you i this that these those which who there one")
RELATIVE_PRONOUNS = frozenset("that which who".split())
# Prepositions a noun phrase holds: 'the price of oil', 'shares in Solidere', 'unemployment
# among young people'.
PHRASE_INNER = frozenset("of in at for among".split())
# Words that end a noun phrase read backwards, besides NOUN_STOPS and the verbs of value, or
# forwards after its first word ('a 125 mln dlr eurobond due 1997'), a list's opening ('including
# asset writedowns of $35.5m': the writedowns), or a consequence ('meaning real wages rose 1.6%').
PHRASE_STOPS = frozenset("""
said says say told announced added noted explained estimated expects expected showed shows
according figures data statistics report reports survey due including excluding
meaning suggesting indicating implying
""".split())
# Nouns of change: 'a rise of 5%' measures what rose, not the rise.
CHANGE_NOUNS = frozenset("rise increase fall drop decline gain jump growth cut reduction climb surge slump".split())
# Irregular past forms, which end in no '-ed' and so are known as verbs only by name: 'Ana wore
# the necklace for two years', 'The study found'. Forms that are as often nouns ('cut', 'set',
# 'hit', 'felt') are left out.
PAST_FORMS = frozenset("""
wore wrote gave went came ran kept left met began became brought caught fought taught thought
found told threw knew heard built led meant struck chose spoke broke drove flew sought stole
drank ate sang swam rang shook swore tore woke forgot froze fled slept stung swung wept hid rode
""".split())
# Words that show where a clause's verb starts, when no verb of value does: auxiliaries.
AUXILIARIES = frozenset("""
has have had is was were are will would can could may might should must did does do shall
""".split())
# A reporting verb ends a source, not a subject: 'Nintendo said 15 games would be available'
# is about the games.
REPORTING_VERBS = frozenset("""
said says say told tells claimed claims claim reported estimated estimates believes believe
added adds noted notes warned warns announced announces insists insisted argued argues
stated states wrote writes showed shows suggests suggested found finds predicted predicts
expects expected thinks thought
""".split())
# Words that open a clause inside another: a figure after one belongs to the inner clause, not
# to the outer clause's subject ('Allowing this change would stop the claim that thousands of
# ballots are dumped').
COMPLEMENTIZERS = frozenset("that whether".split())
# Openings of a fronted phrase that ends at a comma: 'In his 22 years in the Commons, he ...',
# 'According to the census, the town's population grew ...'.
FRONTED = frozenset("in on at after before since when while as although though if for with by despite under over during until according".split())
# Words of time that are never what a figure measures: 'December', 'the fourth quarter'.
TIME_WORDS = frozenset("""
year years month months week weeks day days quarter quarters half period time today yesterday
decade decades century morning evening night season
""".split())
# Hedges between a listed name's 'with' and its figure: 'Texas with approximately 1.225 mln'.
HEDGES_BEFORE_WITH = ("about", "around", "approximately", "nearly", "almost", "some", "over", r"more\s+than")
# Words that make a word of time a phrase of time: 'last year', 'this month', 'next week'.
TIME_DETERMINERS = frozenset("last this next previous past coming".split())
# Words between an owner and a figure that say which stretch it counts: 'his last two matches',
# 'her first 18 months in office' are the owner's.
SPAN_LEAD = frozenset("last next previous past first opening final".split())
# Words before a clause's subject that are no part of it: 'However the channel ...'.
# Subordinators that never front a phrase up to a comma ('where absentee votes can be processed').
CLAUSE_OPENERS = frozenset("and but so yet or however meanwhile also still now then thus instead where whereas because unless".split())
# Subordinators that open the figure's own clause when no comma ends a fronted phrase before the
# figure: 'If lockdowns had been implemented two weeks earlier' is about the lockdowns.
SUBORDINATORS = frozenset("if when whenever while although though until once".split())
# Words that name how a figure is written, never what it measures: 'pct', 'dlrs', 'million'.
NOT_MEASURED = frozenset(
    [*PERCENT_UNITS, *CURRENCY_WORDS, *SCALES, *UNITS_WORDS, *TENS_WORDS, "per", "cent", "low", "high"])
# Words that set a figure against another on a line of a results table, and the words that
# may follow the last figure: 'Shr 18 cts vs 13 cts', 'Shrs 560.61 mln vs same',
# 'Qtly div 10 cts vs 10 cts prior'.
ROW_AGAINST = ("vs", r"vs\.", "versus", "against")
ROW_AFTER_LAST = ("prior", "same", "nil", "year ago", "a year ago")
# Verbs whose object is what the figure after 'by', 'at', 'to' or 'from' measures: 'reduce
# hijacking by a third', 'put unemployment at 7.2%', 'raised parking charges by 15%',
# 'estimated the 2016 population at 193 million'.
OBJECT_VERBS = frozenset("""
cut cuts cutting reduce reduces reduced reducing raise raises raised raising increase increases
increased increasing lift lifts lifted lower lowers lowered boost boosts boosted trim trims trimmed
slash slashes slashed put puts putting estimate estimates estimated estimating value values valued
peg pegs pegged set sets forecast forecasts projected projects revise revises revised double
doubles doubled halve halves halved expand expands expanded extend extends extended narrow
narrows narrowed widen widens widened
""".split())
OBJECT_MARKS = frozenset("by at to from".split())
# Words that place a count inside a phrase, so the count is of the noun it counts, not of the
# clause's subject: 'arrested for two misdemeanors', 'sanctions on three companies', 'a review of
# 253 journal articles', 'copied to thousands of machines'. Not 'with' ('this tweet with 1,200
# likes': the tweet's) nor 'by' ('won the state by 21,000 votes': the winner's margin).
COUNT_PLACES = frozenset("of for on to from in at among across during within against".split())
# Nouns that are themselves an amount of what their 'of' names, so the count measures them:
# 'worldwide annual sales of 39m cases', 'a back catalogue of 700 games', 'a sample of 1,981
# voters', 'a workforce of 5,000 people' (not 'a review of 253 articles': the articles).
AMOUNT_NOUNS = frozenset("""
sales revenue revenues turnover output production exports imports catalogue sample total tally sum
average workforce staff fleet population audience portfolio stock volume haul crowd
""".split())
# Words that take a part of a counted whole by 'of': 'each of the 43 pages', 'many of the 1.4m
# cash machines' count pages and machines.
PARTITIVES = frozenset("each many most some all several few both none any either neither".split())
# A verb and its particle, which take the count as their object: 'managed to pull in five million
# viewers' is the show's audience, not a count placed by 'in'.
PARTICLE_VERBS = frozenset("""
pull pulls pulled pulling bring brings brought bringing take takes took taking rake rakes raked
haul hauls hauled draw draws drew drawn let lets
""".split())
# Verbs of being after 'there' that set a count out as what exists: 'there have been four
# incidents', 'there is only two sentences'.
EXISTENTIAL = frozenset("is are was were be been being".split())
# Counted nouns that count what the clause's subject did, not things: 'shared 1,100 times'.
REPEATS = frozenset({"time"})
# Comparatives after a figure that set it against another: 'rates 114% higher than', 'a club
# 36 places inferior'; the noun right before the figure is what is compared.
COMPARATIVES = frozenset("""
higher lower more less greater smaller bigger larger fewer cheaper dearer faster slower longer
shorter older younger inferior superior above below
""".split())
# Words of a change set beside the noun it measures between commas: 'Exports, down 3% on the
# year, weighed on growth'; 'Profits for the year, up 19.4 pct, were ...'.
APPOSITIVE_CHANGES = frozenset("up down higher lower".split())
