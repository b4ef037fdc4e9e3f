"""Country vocabulary for reading who met whom: names, formal names, adjectives.

Readouts name a person's country as a phrase ("of the Russian Federation",
"of the Republic of Korea"), as an adjective ("Russian President Putin") or as
part of a title pair ("Japan-ROK Summit Meeting"). Countries are kept as the
document writes them (without a leading "the"); adjectives and abbreviations
map to a short name.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, as a set."""
    return frozenset(text.split())


__all__ = [
    "ABBREVIATIONS",
    "DEMONYMS",
    "FORMAL_WORDS",
    "SHORT_NAMES",
    "SURNAME_FIRST_COUNTRIES",
    "known_country",
    "same_country",
]

#: Short names, as written after "of" or "from" ("of India", "from the Philippines").
SHORT_NAMES: frozenset[str] = frozenset(
    """Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia
    |Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan
    |Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Brunei Darussalam|Bulgaria|Burkina Faso
    |Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile
    |China|Colombia|Comoros|Congo|Costa Rica|Cote d'Ivoire|Côte d'Ivoire|Croatia|Cuba|Cyprus
    |Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador
    |Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia
    |Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary
    |Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya
    |Kiribati|Korea|Kosovo|Kuwait|Kyrgyzstan|Kyrgyz Republic|Laos|Lao PDR|Latvia|Lebanon|Lesotho
    |Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali
    |Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia
    |Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua
    |Niger|Nigeria|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama
    |Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda
    |Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino
    |Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia
    |Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname
    |Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|East Timor|Togo|Tonga
    |Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine
    |United Arab Emirates|United Kingdom|United States|United States of America|Uruguay|Uzbekistan
    |Vanuatu|Vatican|Holy See|Venezuela|Viet Nam|Vietnam|Yemen|Zambia|Zimbabwe|Russian Federation
    |Republic of Korea|Democratic People's Republic of Korea|People's Republic of China|Great Britain
    |United Kingdom of Great Britain and Northern Ireland|Lao People's Democratic Republic
    |Argentine Republic|European Union|Hong Kong|Macao|Macau""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Abbreviations used in titles and leads ("Japan-U.S. Summit Meeting").
ABBREVIATIONS: dict[str, str] = {
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "ROK": "Republic of Korea",
    "DPRK": "Democratic People's Republic of Korea",
    "PRC": "People's Republic of China",
    "UAE": "United Arab Emirates",
    "EU": "European Union",
    "PNG": "Papua New Guinea",
}

#: Adjectives before a title ("Russian President Putin") and the country they name.
DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan",
    "Algerian": "Algeria",
    "American": "United States",
    "Angolan": "Angola",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Armenian": "Armenia",
    "Australian": "Australia",
    "Austrian": "Austria",
    "Azerbaijani": "Azerbaijan",
    "Bahraini": "Bahrain",
    "Bangladeshi": "Bangladesh",
    "Belarusian": "Belarus",
    "Belgian": "Belgium",
    "Bhutanese": "Bhutan",
    "Bolivian": "Bolivia",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Bruneian": "Brunei",
    "Bulgarian": "Bulgaria",
    "Cambodian": "Cambodia",
    "Cameroonian": "Cameroon",
    "Canadian": "Canada",
    "Chilean": "Chile",
    "Chinese": "China",
    "Colombian": "Colombia",
    "Croatian": "Croatia",
    "Cuban": "Cuba",
    "Cypriot": "Cyprus",
    "Czech": "Czech Republic",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "Ecuadorian": "Ecuador",
    "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates",
    "Estonian": "Estonia",
    "Ethiopian": "Ethiopia",
    "Fijian": "Fiji",
    "Filipino": "Philippines",
    "Finnish": "Finland",
    "French": "France",
    "Georgian": "Georgia",
    "German": "Germany",
    "Ghanaian": "Ghana",
    "Greek": "Greece",
    "Hungarian": "Hungary",
    "Icelandic": "Iceland",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Jamaican": "Jamaica",
    "Japanese": "Japan",
    "Jordanian": "Jordan",
    "Kazakh": "Kazakhstan",
    "Kazakhstani": "Kazakhstan",
    "Kenyan": "Kenya",
    "Korean": "Korea",
    "Kuwaiti": "Kuwait",
    "Kyrgyz": "Kyrgyzstan",
    "Lao": "Laos",
    "Laotian": "Laos",
    "Latvian": "Latvia",
    "Lebanese": "Lebanon",
    "Libyan": "Libya",
    "Lithuanian": "Lithuania",
    "Luxembourgish": "Luxembourg",
    "Malagasy": "Madagascar",
    "Malaysian": "Malaysia",
    "Maldivian": "Maldives",
    "Maltese": "Malta",
    "Mexican": "Mexico",
    "Moldovan": "Moldova",
    "Mongolian": "Mongolia",
    "Moroccan": "Morocco",
    "Mozambican": "Mozambique",
    "Myanmar": "Myanmar",
    "Namibian": "Namibia",
    "Nepalese": "Nepal",
    "Nepali": "Nepal",
    "Nigerian": "Nigeria",
    "Norwegian": "Norway",
    "Omani": "Oman",
    "Pakistani": "Pakistan",
    "Palauan": "Palau",
    "Palestinian": "Palestine",
    "Panamanian": "Panama",
    "Paraguayan": "Paraguay",
    "Peruvian": "Peru",
    "Philippine": "Philippines",
    "Polish": "Poland",
    "Portuguese": "Portugal",
    "Qatari": "Qatar",
    "Romanian": "Romania",
    "Russian": "Russia",
    "Rwandan": "Rwanda",
    "Samoan": "Samoa",
    "Saudi": "Saudi Arabia",
    "Senegalese": "Senegal",
    "Serbian": "Serbia",
    "Singaporean": "Singapore",
    "Slovak": "Slovakia",
    "Slovenian": "Slovenia",
    "Somali": "Somalia",
    "Spanish": "Spain",
    "Sri Lankan": "Sri Lanka",
    "Sudanese": "Sudan",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Syrian": "Syria",
    "Taiwanese": "Taiwan",
    "Tajik": "Tajikistan",
    "Tanzanian": "Tanzania",
    "Thai": "Thailand",
    "Tongan": "Tonga",
    "Tunisian": "Tunisia",
    "Turkish": "Turkey",
    "Turkmen": "Turkmenistan",
    "Ugandan": "Uganda",
    "Ukrainian": "Ukraine",
    "Uruguayan": "Uruguay",
    "Uzbek": "Uzbekistan",
    "Venezuelan": "Venezuela",
    "Vietnamese": "Viet Nam",
    "Yemeni": "Yemen",
    "Zambian": "Zambia",
    "Zimbabwean": "Zimbabwe",
}

#: Words that build formal names ("Socialist Republic of Viet Nam", "Kingdom of Thailand").
FORMAL_WORDS: frozenset[str] = _words(
    "Republic Kingdom Federal Federative Democratic Islamic People's Peoples' Socialist Commonwealth "
    "State Sultanate Principality Grand Duchy United Union Hashemite Plurinational Bolivarian "
    "Independent Oriental Arab Federated States Co-operative Cooperative Popular Cooperative"
)

#: Countries whose people's names are written surname first (Chinese, Korean, Vietnamese).
SURNAME_FIRST_COUNTRIES: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "China",
        "People's Republic of China",
        "Korea",
        "Republic of Korea",
        "Democratic People's Republic of Korea",
        "Viet Nam",
        "Vietnam",
        "Socialist Republic of Viet Nam",
        "Socialist Republic of Vietnam",
        "Taiwan",
        "Hong Kong",
        "Macao",
        "Macau",
        "Cambodia",
        "Kingdom of Cambodia",
    )
)

_EXTRA_ADJECTIVES = _words("Hellenic Slovak Czech Gabonese Togolese Kyrgyz Lebanese Tunisian Arab")

_SHORT_FOLDED = {name.casefold(): name for name in SHORT_NAMES}


def known_country(text: str) -> bool:
    """Whether ``text`` (without a leading "the") is a short or formal country name we know."""
    key = text.casefold()
    if key in _SHORT_FOLDED or text in ABBREVIATIONS:
        return True
    words = text.split()
    # "Italian Republic", "Hellenic Republic": an adjective and a formal word
    if len(words) == 2 and (words[0] in DEMONYMS or words[0] in _EXTRA_ADJECTIVES) and words[1] in FORMAL_WORDS:
        return True
    # "<formal words> of [the] <short name>", or "<formal words> <short name>"
    for index, word in enumerate(words):
        if word not in FORMAL_WORDS:
            rest = words[index:]
            if rest and rest[0] == "of":
                rest = rest[1:]
                if rest and rest[0] == "the":
                    rest = rest[1:]
            return index > 0 and " ".join(rest).casefold() in _SHORT_FOLDED
    return False


def same_country(a: str | None, b: str | None) -> bool:
    """Whether two ways of writing a country name the same one, loosely.

    "Russia" and "Russian Federation", "Korea" and "Republic of Korea", "ROK" and
    "Republic of Korea" agree; a missing country agrees with nothing.
    """
    if a is None or b is None:
        return False
    x = ABBREVIATIONS.get(a, a).casefold().removeprefix("the ")
    y = ABBREVIATIONS.get(b, b).casefold().removeprefix("the ")
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    return long.startswith(short) or long.endswith(" " + short)
