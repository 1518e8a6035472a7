"""Small stop-word lists for purpose statements, per stemmer language.

Only function words (articles, pronouns, auxiliaries, prepositions): words that
carry meaning (help, support, community…) are left for the facilitator to hide
as noise when the room agrees they say nothing. Languages without a list here
still get stemming, just no stop words.
"""

from __future__ import annotations

_ENGLISH = """
a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each etc even ever every few for from further get gets got
had hadn't has hasn't have haven't having he her here hers herself him himself his how i
i'm if in into is isn't it it's its itself just let's may me might more most must mustn't
my myself no nor not now of off on once only or other ought our ours ourselves out over own
per same shall she should shouldn't so some such than that that's the their theirs them
themselves then there there's these they they're this those through thus to too under
until up upon us very via was wasn't we we're we've were weren't what when where which
while who whom whose why will with within without won't would wouldn't yet you your yours
yourself yourselves
many much otherwise manner whether however therefore including across among around toward
towards already always often rather within whilst amongst etc e.g. i.e. such like way ways
"""

_FRENCH = """
au aux avec ce ces cette dans de des du elle elles en et eux il ils je la le les leur leurs
lui ma mais me mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son
sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été être est sont sommes
avons ont a ici afin ainsi aussi comme donc
"""

_GERMAN = """
aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der
des die dies diese dieser dieses du durch ein eine einem einen einer eines er es für hat
haben hier ich ihr ihre im in ist ja kein mit nach nicht noch nur oder sein sich sie sind
so um und uns unser unsere unter vom von vor war wie wir wird zu zum zur über
"""

_SPANISH = """
a al algo ante aquí como con de del desde donde el ella ellos en entre es esta este esto
estos fue ha hay la las le les lo los más me mi mis muy no nos nosotros nuestra nuestro
nuestras nuestros o para pero por que se sea ser si sin sobre son su sus también te tu un
una unas uno unos y ya estamos somos
"""

_DUTCH = """
aan al als bij dan dat de der deze die dit door een en er had heb hebben het hier hij
hoe hun ik in is je kan maar me met mij na naar niet nog nu of om onder ons onze ook op over
te tot u uit van voor was wat we wij wie wordt zal ze zich zij zijn zo
"""

_PORTUGUESE = """
a ao aos aqui as com como da das de do dos e ela elas ele eles em entre é está estamos
foi há isso isto mais mas me mesmo na nas no nos nossa nossas nosso nossos não o os ou para
pela pelas pelo pelos por que se sem ser somos sua suas são também te um uma umas uns
"""

_ITALIAN = """
a ai al alla alle anche che chi ci come con da dal dalla dei del della delle di e è gli
ha ho i il in io la le lo ma mi ne nei nel nella noi non nostra nostre nostri nostro o per
più qui se si siamo sono su sua sue suo suoi tra un una uno
"""

STOP_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(text.split())
    for language, text in (
        ("english", _ENGLISH),
        ("porter", _ENGLISH),
        ("french", _FRENCH),
        ("german", _GERMAN),
        ("spanish", _SPANISH),
        ("dutch", _DUTCH),
        ("dutch_porter", _DUTCH),
        ("portuguese", _PORTUGUESE),
        ("italian", _ITALIAN),
    )
}


#: Boilerplate of purpose statements and offers/asks: real words that say nothing about a
#: party on their own ("we provide…", "we need help with…"). They still count, lightly.
_GENERIC = {
    "english": """
provide provision need help support work ensure deliver enable offer ask make aim seek want
use give get take organisation organization mission purpose vision value exist able
allow bring look try keep run do go come find thing part lot kind sort good great best well
new available possible include everyone everybody anyone someone something anything sure
""",
    "french": """
fournir aider aide soutenir soutien besoin offrir travailler assurer permettre faire mission
organisation chercher vouloir donner prendre personne chose
""",
    "german": """
bieten helfen hilfe unterstützen unterstützung brauchen arbeiten sichern ermöglichen machen
organisation suchen wollen geben nehmen person ding
""",
    "spanish": """
ofrecer ayudar ayuda apoyar apoyo necesitar trabajar asegurar permitir hacer misión
organización buscar querer dar tomar persona cosa
""",
    "dutch": """
bieden helpen hulp steunen steun nodig werken zorgen maken organisatie zoeken willen geven
nemen persoon ding
""",
    "portuguese": """
oferecer ajudar ajuda apoiar apoio precisar trabalhar garantir permitir fazer missão
organização procurar querer dar tomar pessoa coisa
""",
    "italian": """
offrire aiutare aiuto sostenere sostegno bisogno lavorare garantire permettere fare missione
organizzazione cercare volere dare prendere persona cosa
""",
}
GENERIC: dict[str, frozenset[str]] = {
    language: frozenset(text.split()) for language, text in _GENERIC.items()
}
GENERIC["porter"] = GENERIC["english"]
GENERIC["dutch_porter"] = GENERIC["dutch"]


def generic_words(language: str) -> frozenset[str]:
    """The boilerplate lemmas of ``language`` (empty when none are bundled)."""
    return GENERIC.get(language, frozenset())


def stop_words(language: str) -> frozenset[str]:
    """The stop words of ``language`` (a snowballstemmer name); empty when none are bundled."""
    return STOP_WORDS.get(language, frozenset())
