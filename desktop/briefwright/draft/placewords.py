"""The words and patterns that tell where an event happens: places, transport nodes, the
prepositions and verbs that place an event, and the phrases that name an actor instead."""

from __future__ import annotations

import re

from briefwright.model.calendar import MONTHS, WEEKDAYS

# Besides its own, the types whose cues make a sentence one about the event: hazards that
# come together (a storm's floods, an earthquake's landslides), and what travellers meet
# whatever the event (protests, curfews; closures and cancelled flights, see _about_event).
FAMILIES = (
    frozenset({"earthquake", "flood", "storm", "wildfire", "natural_hazard"}),
    frozenset({"armed_conflict", "terrorism"}),
    frozenset({"coup", "armed_conflict"}),  # troops in the streets
)
ALSO = frozenset({"unrest", "transport"})
# Events whose weak cues are everyday words of the news.
TALLIES = frozenset({"legal", "economic", "election", "crime", "general"})
EVENT_STRENGTH = 0.6  # a cue this strong marks a sentence about the event
MOST_PLACES = 8  # towns, transport nodes and regions; countries come on top
SCENE_WINDOW = 24  # words back from a place to the preposition or verb that places it

TOWN, NODE, REGION, COUNTRY = 0, 1, 2, 3
REGION_WORDS = (
    "province|district|state|region|county|department|governorate|prefecture|oblast|"
    "island|islands|municipality|territory"
)
REGION_AFTER = re.compile(rf"^\s+(?:{REGION_WORDS})s?\b")
REGION_BEFORE = re.compile(
    rf"\b(?:{REGION_WORDS}|mountains|hills|valley|coast) of\s+(?:the\s+)?$", re.IGNORECASE
)
REGION_NAME = re.compile(rf"\s(?:{REGION_WORDS})$", re.IGNORECASE)
COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+$")
NODE_WORDS = (
    "airport|airports|airfield|port|ports|harbour|harbor|station|terminal|border crossing|"
    "crossing|border post|road|highway|motorway|expressway|bridge"
)
NODE_NAME = re.compile(rf"\b(?:{NODE_WORDS})$", re.IGNORECASE)
NAME = r"[A-Z0-9][\w'’.-]*(?:\s+(?:de\s+|da\s+|do\s+|del\s+|la\s+)?[A-Z0-9][\w'’.-]*){0,4}"
# "Mpondwe border crossing", "Entebbe International Airport", "Paris Charles de Gaulle and
# Orly airports", "the port of Arica", "the N2 highway".
NODES = re.compile(
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<other>{NAME}))?\s+(?P<kind>(?i:{NODE_WORDS}))\b"
    rf"|\b(?P<kind2>[Pp]ort|[Hh]arbou?r) of (?P<name2>{NAME})"
)
# A node named by the town it serves, told before: "shells landed near the city's airport".
OWNED_NODE = re.compile(
    r"\b[Tt]he (?:city|town)['’]s (?P<kind>airport|port|harbou?r|(?:main )?station)\b"
)
PLACE_PATTERNS = (
    re.compile(
        rf"\b(?:town|village|city|resort|suburb|district|province|region|island|state|county)"
        rf" of (?P<name>{NAME})"
    ),
    re.compile(rf"(?P<name>{NAME}) (?:district|province|region|county)\b"),
    re.compile(rf"(?P<name>{NAME}), (?:a|the) (?:\w+ )?(?:town|village|city|resort)\b"),
)
NOT_NAMES = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "main", "one"}
)
LEADING = re.compile(r"^(?:The|A|An|At|In|On|From|To|Near|And|But)\s+")
# A particle that continues a name the recogniser cut short ("Rio Grande do Sul").
NAME_TAIL = re.compile(r"^\s+(?:do|da|dos|das|de|del)\s+[A-Z][\w-]+")

LOCATIVE = frozenset(
    {
        "in", "at", "near", "outside", "across", "around", "throughout", "into", "towards",
        "toward", "within", "inside", "along", "off", "on", "over", "out", "through",
        "reached", "reach",
    }
)  # fmt: skip
# "to" and "from" place only after a movement ("spread to Mombasa", "flights to Rhodes",
# "fled from Sake"), not "aid to Ukraine" or "soldiers from South Africa"; "from" a town
# also places ("a trader from Bwera").
MOVING = frozenset(
    {
        "spread", "spreading", "flew", "flown", "moved", "diverted", "sent", "evacuated",
        "fled", "fleeing", "travel", "travelled", "traveled", "travelling", "returned",
        "returning", "headed", "heading", "marched", "extended", "expanded", "went", "came",
        "arrived", "arriving", "taken", "brought", "deployed", "rerouted", "redirected",
        "withdrew", "rescued", "airlifted", "flights", "flight", "services", "sailings",
        "trains", "routes", "route", "road", "roads", "evacuation", "evacuations", "access",
        "power",
    }
)  # fmt: skip
# Verbs whose object is where the event happens ("struck western Nepal", "fled Sake").
SCENE_VERBS = frozenset(
    {
        "struck", "strikes", "hit", "hits", "battered", "lashed", "swept", "pounded", "rocked",
        "shook", "ravaged", "devastated", "engulfed", "fled", "flooded", "besieged", "shelled",
        "captured", "seized", "entered", "evacuated", "closed", "blocked", "toured", "close",
        "closes", "closing", "shut", "shuts", "flooding", "hitting", "battering",
    }
)  # fmt: skip
# Words that may stand between the preposition or verb and the place ("in the northwestern
# Pakistani city of Peshawar", "in Canoas and Eldorado do Sul").
BETWEEN = frozenset(
    {
        "the", "a", "an", "of", "and", "or", "capital", "city", "town", "village", "province",
        "district", "state", "region", "island", "islands", "port", "resort", "coast",
        "border", "north", "south", "east", "west", "northern", "southern", "eastern",
        "western", "central", "northwestern", "northeastern", "southwestern", "southeastern",
        "northwest", "northeast", "southwest", "southeast", "neighbouring",
        "neighboring", "commercial", "main", "old", "coastal", "mountainous", ",",
        "nearby", "remote", "rural", "hills", "mountains", "outskirts", "centre", "center",
        "parts", "part", "areas", "area", "much", "most", "all", "entire", "whole", "runway",
        "runways", "terminal", "terminals", "de", "da", "do", "del", "la", "le", "du", "des",
        "van", "von", "al", "el",
    }
)  # fmt: skip
# After a place, words that make it a modifier of who acts ("the Niger government",
# "Australia's foreign ministry"), not the scene.
ACTOR_NOUNS = (
    r"embass|government|official|forces|troops|authorit|military|army|president|minist|"
    r"police|nationals|citizens|leader|delegation|foreign|prime|spokes|consulate|envoy|"
    r"ambassador|state\s+media|state\s+television|parliament"
)
CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
MODIFIER = re.compile(
    rf"^\s+(?!(?:{'|'.join(CALENDAR)})\b)(?:[A-Z][a-z]|(?:{ACTOR_NOUNS})\w*)"
)
POSSESSIVE_ACTOR = re.compile(rf"^['’]s?\s+(?:[a-z]+\s+)?(?:{ACTOR_NOUNS})", re.IGNORECASE)
# A possessive that places: a part of the place follows ("Niger's capital", "Congo's
# Equateur province"), not what it has ("the US's dedication").
POSSESSIVE_PLACE = re.compile(
    r"^['’]s?\s+(?:[A-Z]|(?:north|south|east|west)\w*\b|(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:capital|coast|coastal|border|borders|province|provinces|region|regions|district|city|"
    r"cities|town|towns|islands|interior|highlands|countryside|streets|largest|second|main|oil|"
    r"ports?|airports?|central|remote|restive|volatile|war-torn|troubled|tribal)\b)"
)
# A place after a word of policy towards it is its topic or its target, not the scene:
# "sanctions on Iran", "talks with Iran", "negotiations between the U.S. and Iran over
# Tehran's nuclear program".
TOPIC_BEFORE = re.compile(
    r"\b(?:sanctions?|embargo|pressure|tariffs?|talks|negotiations|deal|agreement|accord|"
    r"policy|relations|ties|stance|dealings|diplomacy|engagement)\b[^;:]{0,40}?\s"
    r"(?:on|against|with|over|between|toward|towards|regarding)\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+and\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# A node named as disrupted: "The Grande Barriere crossing between Goma and Gisenyi was
# closed", "… Airport, where extra flights were taking holidaymakers home".
DISRUPTED = re.compile(
    r"^(?:\W+\w+){0,8}?\W+(?:was|were|is|are|has been|have been|remained|remains|stayed)?\s*"
    r"(?:closed|shut|suspended|reopened|cancelled|canceled|blocked|halted|flooded|damaged|"
    r"diverted|stranded|grounded|overrun|targeted|attacked|hit)\b",
    re.IGNORECASE,
)
# "near Congo border": the area named is this side of it, not the country beyond.
FRONTIER = re.compile(r"^\s+(?:border|frontier)\b")
# "The U.S. embassy in Islamabad advised …": the embassy acts; the city is not the scene.
MISSION_IN = re.compile(r"\b(?:embass(?:y|ies)|consulates?)\s+in\s+$", re.IGNORECASE)
WORD = re.compile(r"[\w'’.-]+|,")
