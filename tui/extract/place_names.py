"""Folded names of countries and of the first-level regions news names most (US states,
Canadian provinces, Australian states): places a name may carry inside it ("University of
Southern Indiana", "Colorado State University") when the article does not name them alone.
"""

from __future__ import annotations


def _names(text: str) -> frozenset[str]:
    return frozenset(" ".join(n.split()) for n in text.split("|"))


COUNTRIES = _names("""afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|
australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|
bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|
cape verde|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|denmark|
djibouti|dominica|dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|
ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|
guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|
japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|
liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|
mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|
netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palau|
palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|
samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|
south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|
tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|
ukraine|united arab emirates|united kingdom|united states|uruguay|uzbekistan|vanuatu|venezuela|vietnam|
yemen|zambia|zimbabwe|england|scotland|wales|northern ireland|hong kong|macau|puerto rico|greenland""")

REGIONS = _names("""alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|
idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|
mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|
north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|
vermont|virginia|washington|west virginia|wisconsin|wyoming|alberta|british columbia|manitoba|new brunswick|
newfoundland|nova scotia|ontario|quebec|saskatchewan|new south wales|queensland|south australia|tasmania|
victoria|western australia""")

#: Countries and regions: a known place.
PLACES = COUNTRIES | REGIONS

#: Words before a place that name a part of it ("Southern Indiana", "northern Syria").
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                     "southeastern", "southwestern", "upstate", "downstate"})
