"""Two hundred news-like articles of about 400 words, generated deterministically from templates.

Nothing is downloaded: actors, places, organisations and figures come from the word lists
below, shuffled by a seeded generator, so every run analyses the same texts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

WORDS_PER_ARTICLE = 400
DEFAULT_COUNT = 200
SEED = 20231112

FIRST = (
    "Amina", "Jonas", "Fatima", "Pieter", "Lucia", "Kwame", "Ingrid", "Rahul", "Sofia", "Omar",
    "Mei", "Tomasz", "Chidi", "Helena", "Diego", "Yuki", "Nadia", "Viktor", "Grace", "Samir",
)
LAST = (
    "Okafor", "Lindqvist", "Haddad", "van der Berg", "Moreno", "Mensah", "Kowalski", "Sharma",
    "Rossi", "Tanaka", "Petrenko", "Nakamura", "Abdullah", "Fischer", "Castillo", "Osei",
    "Dubois", "Novak", "Achebe", "Larsen",
)
ROLES = (
    "the foreign minister", "the interior minister", "the finance minister", "the prime minister",
    "the opposition leader", "the army chief of staff", "the central bank governor",
    "the trade minister", "the president", "the defence minister", "the chief executive",
    "the union leader", "the mayor", "the energy minister", "a senior diplomat",
)
PLACES = (
    ("Ghana", "Accra", "Ghanaian"), ("Poland", "Warsaw", "Polish"), ("Peru", "Lima", "Peruvian"),
    ("Kenya", "Nairobi", "Kenyan"), ("Norway", "Oslo", "Norwegian"),
    ("Indonesia", "Jakarta", "Indonesian"), ("Chile", "Santiago", "Chilean"),
    ("Morocco", "Rabat", "Moroccan"), ("Vietnam", "Hanoi", "Vietnamese"),
    ("Portugal", "Lisbon", "Portuguese"), ("Nigeria", "Abuja", "Nigerian"),
    ("Ukraine", "Kyiv", "Ukrainian"), ("Colombia", "Bogota", "Colombian"),
    ("Senegal", "Dakar", "Senegalese"), ("Japan", "Tokyo", "Japanese"),
    ("Turkey", "Ankara", "Turkish"), ("Egypt", "Cairo", "Egyptian"),
    ("Argentina", "Buenos Aires", "Argentine"), ("Sweden", "Stockholm", "Swedish"),
    ("Malaysia", "Kuala Lumpur", "Malaysian"),
)
ORGS = (
    "the United Nations", "the African Union", "the European Union", "the World Bank",
    "the International Monetary Fund", "Nato", "the World Health Organization",
    "the Red Cross", "Amnesty International", "the World Trade Organization",
    "Human Rights Watch", "the Organization of American States",
)
COMPANIES = (
    "Northwind Energy", "Atlas Mining", "Helios Shipping", "Meridian Telecom", "Cobalt Rail",
    "Sable Pharmaceuticals", "Orion Steel", "Bluewater Ports", "Granite Cement", "Vela Airlines",
)
COMMODITIES = ("cocoa", "copper", "natural gas", "wheat", "lithium", "coffee", "crude oil", "gold")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TOPICS: dict[str, tuple[str, ...]] = {
    "election": (
        "Voters in {country} went to the polls on {weekday} in an election that {person} "
        "described as the most important in a generation.",
        "Turnout reached {pct} by early evening, according to the electoral commission in {city}.",
        "{person}, {role}, said the count would be completed within {small} days.",
        "Observers from {org} reported isolated irregularities in {small} districts but said "
        "the vote was broadly orderly.",
        "The ruling party had promised to cut fuel prices by {pct} and to build {number} homes.",
        "Opposition supporters gathered outside the commission's offices in {city} on "
        "{weekday} night, demanding a recount.",
        "Police said {small} people were arrested after scuffles near the main square.",
        "{person2} warned that a disputed result could deepen divisions across {country}.",
        "Preliminary results are expected on {weekday}, with final figures due in {month}.",
    ),
    "sanctions": (
        "{org} imposed sanctions on {country} on {weekday}, freezing assets worth {money}.",
        "The measures target {small} senior officials, including {person}, {role}.",
        "{person2} called the sanctions unjust and said {country} would not bow to pressure.",
        "Trade between {country} and its neighbours fell by {pct} last year, official data show.",
        "Diplomats in {city} said talks could resume if political prisoners were released.",
        "The {demonym} currency lost {pct} of its value against the dollar after the announcement.",
        "Exporters of {commodity} warned that shipments worth {money} could be stranded at port.",
        "A spokesman for {org} said the measures would be reviewed in {month}.",
    ),
    "disaster": (
        "Heavy flooding in {country} has killed at least {number} people and displaced "
        "thousands more, officials said on {weekday}.",
        "Rescue teams in {city} worked through the night to reach villages cut off by the water.",
        "{person}, {role}, declared a state of emergency in {small} provinces.",
        "{org} pledged {money} in emergency aid and sent a team of {small} specialists.",
        "Meteorologists said rainfall was {pct} above the seasonal average.",
        "Damage to roads and bridges was estimated at {money}, according to a government report.",
        "{person2} criticised the response, saying warnings had been ignored since {month}.",
        "Schools in the affected areas will remain closed until at least {weekday}.",
        "Aid agencies warned of a rising risk of cholera in crowded shelters.",
    ),
    "markets": (
        "Shares in {company} fell {pct} on {weekday} after the group cut its profit forecast.",
        "The company said demand for {commodity} had weakened sharply since {month}.",
        "{person}, {role} of {company}, told analysts that costs had risen by {money}.",
        "The central bank in {city} raised its main interest rate to {pct}.",
        "Inflation in {country} reached {pct} in {month}, the highest level in {small} years.",
        "{company} plans to cut {number} jobs and close {small} plants by the end of the year.",
        "{person2} said the government would not rescue loss-making firms.",
        "Investors moved {money} out of {demonym} bonds last week, according to fund data.",
        "Analysts expect growth of {pct} next year, down from an earlier estimate.",
    ),
    "security": (
        "Gunmen attacked a military post near {city} on {weekday}, killing {small} soldiers.",
        "{person}, {role}, said troops had regained control of the area by dawn.",
        "No group has claimed responsibility, but officials blamed insurgents active since "
        "{month}.",
        "{org} condemned the attack and called for restraint.",
        "More than {number} people have fled the region this year, according to aid agencies.",
        "{country} has spent {money} on security operations since the conflict began.",
        "{person2} announced a curfew in {small} districts and the closure of border crossings.",
        "Residents described hearing explosions for more than an hour.",
        "The government in {city} said it would request support from {org}.",
    ),
    "trade": (
        "{country} and its largest trading partner signed an agreement worth {money} on {weekday}.",
        "The deal cuts tariffs on {commodity} by {pct} over {small} years.",
        "{person}, {role}, said the pact would create {number} jobs in {country}.",
        "Farmers' groups protested in {city}, saying cheaper imports would hurt local producers.",
        "The agreement still needs approval from parliament, which reconvenes in {month}.",
        "{person2} said talks had taken {small} years and {number} hours of negotiation.",
        "{company} said it would invest {money} in a new plant near {city}.",
        "Officials from {org} welcomed the deal as a model for the region.",
    ),
    "health": (
        "Health officials in {country} confirmed {number} new cases of measles on {weekday}.",
        "{person}, {role}, urged parents to vaccinate children before schools reopen in {month}.",
        "Vaccination rates have fallen to {pct} in some districts, well below the target.",
        "{org} sent {small} medical teams to {city} and pledged {money} for vaccines.",
        "Hospitals in the capital said they were treating twice as many patients as last year.",
        "{person2} blamed shortages of staff and medicine on budget cuts.",
        "The ministry said a national campaign would begin on {weekday} and last {small} weeks.",
    ),
    "strike": (
        "Workers at {company} walked out on {weekday}, halting production at {small} sites.",
        "{person}, {role}, said members wanted a pay rise of {pct} to keep up with prices.",
        "The company said the strike was costing it {money} a day.",
        "Ports in {city} reported queues of more than {number} containers.",
        "{person2} called on both sides to return to talks mediated by {org}.",
        "The last national strike in {country}, in {month} of last year, lasted {small} days.",
        "Exports of {commodity} have been disrupted, traders said.",
    ),
}

TITLES: dict[str, str] = {
    "election": "{country} votes as opposition demands recount",
    "sanctions": "{org} sanctions {country}",
    "disaster": "Floods in {country} displace thousands",
    "markets": "{company} cuts forecast as {demonym} inflation climbs",
    "security": "Soldiers killed in attack near {city}",
    "trade": "{country} signs trade pact worth billions",
    "health": "Measles cases rise in {country}",
    "strike": "Strike halts {company} across {country}",
}

BACKGROUND = (
    "{country} has a population of about {number} thousand and relies heavily on exports of "
    "{commodity}.",
    "The government in {city} came to power in {month} after a closely fought campaign.",
    "{person2}, a former adviser to {role}, said the crisis had been building for months.",
    "Relations between {country} and {org} have been strained since a dispute over debt "
    "repayments worth {money}.",
    "\"We are doing everything we can,\" {person} told reporters in {city} on {weekday}.",
    "\"This is a test for the whole region,\" said {person2}, speaking by telephone.",
    "Critics say the authorities have been slow to act, pointing to a report published in "
    "{month} that warned of the risks.",
    "The economy of {country} grew by {pct} last year, but unemployment among young people "
    "remains above {pct}.",
    "Several embassies in {city} advised their citizens to avoid non-essential travel.",
    "Local newspapers reported that {small} ministers had met late into the night on {weekday}.",
    "A survey published in {month} found that {pct} of {demonym} adults distrust the government.",
    "Officials from {org} are expected to visit {city} next week.",
    "{company}, one of the largest employers in {country}, said its operations were unaffected.",
    "The finance ministry estimates the cost to the budget at {money} this year.",
    "Protesters in {city} carried banners criticising {person}, who has led the ministry since "
    "{month}.",
    "Television footage showed long queues outside banks and petrol stations in {city}.",
    "Analysts at {company} said the outcome would shape investment decisions for years.",
    "Neighbouring governments have called an emergency meeting for {weekday}.",
    "The {demonym} parliament is due to debate the matter when it reconvenes in {month}.",
    "{person} has previously served as {role} and is seen as a likely candidate for higher "
    "office.",
    "Human rights groups said at least {small} journalists had been detained in the past month.",
    "Prices of basic foods in {city} have risen by {pct} since {month}, according to traders.",
    "The announcement came hours after a meeting between {person} and envoys from {org}.",
    "A spokesperson for {org} declined to comment on the details of the talks.",
    "{demonym} officials said they had received assurances of support worth {money}.",
    "Opposition parties have called for a vote of no confidence in {person}.",
    "Thousands of people marched through the centre of {city} on {weekday} afternoon.",
    "Experts say the region faces its most serious test since the crisis of {month} {year}.",
)

CLOSING = (
    "It was not immediately clear how the decision would affect neighbouring countries.",
    "Officials said further details would be announced later in the week.",
    "The situation remains fluid, and analysts expect more announcements in the coming days.",
    "Neither side responded to requests for comment on {weekday}.",
)


@dataclass(frozen=True)
class GeneratedArticle:
    """One generated article: its file name, and its text with ``title`` and ``date`` headers."""

    name: str
    text: str


def generate_articles(count: int = DEFAULT_COUNT, seed: int = SEED) -> list[GeneratedArticle]:
    """Return ``count`` articles of about 400 words; the same ``seed`` gives the same texts.

    Raise ValueError when ``count`` is negative.
    """
    if count < 0:
        raise ValueError(f"count must not be negative, not {count}")
    rng = random.Random(seed)
    topics = sorted(TOPICS)
    return [_article(rng, i, topics[i % len(topics)]) for i in range(count)]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _slots(rng: random.Random) -> dict[str, str]:
    country, city, demonym = rng.choice(PLACES)
    person, person2 = _person(rng), _person(rng)
    while person2 == person:
        person2 = _person(rng)
    return {
        "country": country,
        "city": city,
        "demonym": demonym,
        "person": person,
        "person2": person2,
        "role": rng.choice(ROLES),
        "org": rng.choice(ORGS),
        "company": rng.choice(COMPANIES),
        "commodity": rng.choice(COMMODITIES),
        "weekday": rng.choice(WEEKDAYS),
        "month": date(2023, rng.randint(1, 12), 1).strftime("%B"),
    }


def _fill(template: str, rng: random.Random, slots: dict[str, str]) -> str:
    # Figures are drawn per sentence so one article carries many different numbers.
    values = dict(slots)
    decimals = f".{rng.randint(1, 9)}" if rng.random() < 0.3 else ""
    values["pct"] = f"{rng.randint(2, 95)}{decimals}%"
    values["money"] = rng.choice(("$", "€", "£")) + f"{rng.randint(2, 900)} million"
    values["number"] = f"{rng.randint(120, 98000):,}"
    values["small"] = str(rng.randint(2, 19))
    values["year"] = str(rng.randint(1998, 2021))
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _article(rng: random.Random, index: int, topic: str) -> GeneratedArticle:
    slots = _slots(rng)
    # The topic's own sentences lead (what happened); background and quotes fill the rest.
    topical = list(TOPICS[topic])
    rng.shuffle(topical)
    background = list(BACKGROUND)
    rng.shuffle(background)
    pool = topical[:4] + [s for pair in zip(topical[4:], background, strict=False) for s in pair]
    pool += background[len(topical) - 4 :]
    sentences: list[str] = []
    words = 0
    for template in pool:
        if words >= WORDS_PER_ARTICLE - 25:
            break
        sentence = _fill(template, rng, slots)
        sentences.append(sentence)
        words += len(sentence.split())
    sentences.append(_fill(rng.choice(CLOSING), rng, slots))
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.choice((1, 2, 2, 3))
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 364))
    title = _fill(TITLES[topic], rng, slots)
    text = f"title {title}\ndate {day.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"
    return GeneratedArticle(f"article-{index + 1:03d}.txt", text)


REPORT_WORDS = 500


def generate_reports(count: int, seed: int = SEED) -> list[GeneratedArticle]:
    """Return ``count`` reports of about 500 words of one event: the same people, places and
    topic, each report telling the event's sentences in its own order with figures of its
    own beside background of its own, so that merging them has sentences to join and
    figures that differ. The same ``seed`` gives the same texts."""
    if count < 0:
        raise ValueError(f"count must not be negative, not {count}")
    rng = random.Random(seed)
    topic = sorted(TOPICS)[0]
    slots = _slots(rng)
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 364))
    out = []
    for index in range(count):
        topical = list(TOPICS[topic])
        rng.shuffle(topical)
        background = list(BACKGROUND)
        rng.shuffle(background)
        pool = topical + background
        sentences: list[str] = []
        words = 0
        for template in pool:
            if words >= REPORT_WORDS - 25:
                break
            sentence = _fill(template, rng, slots)
            sentences.append(sentence)
            words += len(sentence.split())
        paragraphs = []
        i = 0
        while i < len(sentences):
            size = rng.choice((1, 2, 2, 3))
            paragraphs.append(" ".join(sentences[i : i + size]))
            i += size
        title = _fill(TITLES[topic], rng, slots)
        text = f"title {title}\ndate {day.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(GeneratedArticle(f"report-{index + 1:03d}.txt", text))
    return out
