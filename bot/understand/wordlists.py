"""Word lists written as blocks of text: long lists stay readable and a formatter keeps them compact."""


def words(text: str) -> set[str]:
    """The whitespace-separated words of `text`, as a set."""
    return set(text.split())


# Nationalities and languages: "Spanish-language heist thriller", "the German time-travel series" describe a show
DEMONYMS = frozenset(
    words(
        """
        German British French Korean Spanish Danish Swedish Norwegian Japanese Australian Canadian American Irish
        Scottish Welsh Italian Mexican Brazilian Indian Turkish Israeli Dutch Belgian Icelandic Finnish Polish
        Argentine Colombian Nigerian Chinese English Portuguese Hindi Tamil Telugu Malayalam Bengali Marathi Punjabi
        Urdu Arabic Russian Ukrainian Greek Thai Filipino Indonesian Vietnamese Egyptian Iranian Persian Chilean
        Peruvian Cuban Latin Kiwi Aussie Nordic Scandinavian European African Asian
        """
    )
)


# US states: "Roswell, New Mexico" is a town and its state; "New Mexico" alone is a place, not a title
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming""".split()
) | {
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
}

# Joining words of other languages, in lower case only ("Filhas da Lua", "Ar y Lôn", "Todo o Nada"; "Da Vinci" is a
# name): inside a title they join its capitalised words as English's "of" and "and" do
FOREIGN_JOIN = frozenset(
    "da das dos des del della di y e o ou el en und ng von van der och og et na nam ar do no ni sa wa "
    "los las les lo".split()
)
# The ones English never writes as words: a quote that has one is in another language ('Les Héritiers du vent')
FOREIGN_PARTICLES = FOREIGN_JOIN - frozenset("y e o ou en ng na nam ar do no ni sa wa lo van".split()) | {
    "du",
    "le",
    "la",
}
