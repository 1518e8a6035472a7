"""A real room's content, for tests that must not be tuned to the demo's short notes.

Written for these tests (not copied from anywhere): 96 community proposals of 20–280
characters in eleven languages and five scripts — Polish first, as in the trial that showed
the projector cutting ideas off, then Spanish, German (long compound words), French,
English, Ukrainian, Greek, Arabic, Welsh, Vietnamese and Turkish. About a quarter are over
100 characters and a few are close to the 280 a real city's list runs to; one holds a word
too wide for any tile. Fourteen people in six organisations, one of them with only two
members (secret ballots must not reveal a two-person organisation's choice).

``fill_board`` puts the ideas on a brainstorm through the real operations, optionally with
authors and with eight clusters; the ideas not in :data:`CLUSTERS` stay loose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from workshop.domain.board import Cluster, Note
from workshop.domain.roster import RosterEntry
from workshop.storage import read, read_board
from workshop.storage.document import Document
from workshop.storage.ops import board, participants

#: (theme, text) — the theme is the cluster an idea belongs to, "" for a loose idea.
_IDEAS: tuple[tuple[str, str], ...] = (
    # --- Polish (34)
    ("Zieleń", "Posadzić drzewa wzdłuż ulicy Grochowskiej"),
    ("Zieleń", "Chronimy jerzyki i wróble na osiedlu: budki lęgowe na blokach i zakaz "
     "ocieplania ścian w sezonie lęgowym bez ekspertyzy ornitologicznej"),
    ("Zieleń", "Dokrzewienia skwerów przy szkołach, żeby dzieci miały cień i mniej kurzu"),
    ("Zieleń", "Łąka kwietna zamiast trawnika koszonego co tydzień przy ul. Żółkiewskiego"),
    ("Zieleń", "Ogród społeczny na dachu biblioteki: grządki dla mieszkańców, kompostownik, "
     "deszczówka do podlewania i warsztaty dla seniorów oraz przedszkolaków w każdą sobotę "
     "od kwietnia do października"),
    ("Zieleń", "Więcej ławek w cieniu w parku Skaryszewskim"),
    ("Transport", "Bezpieczne przejście dla pieszych przy szkole podstawowej nr 7"),
    ("Transport", "Stojaki rowerowe przy przychodni i urzędzie dzielnicy"),
    ("Transport", "Ścieżka rowerowa łącząca Gocław z centrum, oddzielona od jezdni i chodnika, "
     "z oświetleniem i zimowym odśnieżaniem, bo dziś rowerzyści jeżdżą między autami"),
    ("Transport", "Wiata przystankowa z ławką na pętli autobusowej"),
    ("Transport", "Progi zwalniające na ulicy Igańskiej"),
    ("Młodzież", "Darmowe zajęcia sportowe dla młodzieży w weekendy"),
    ("Młodzież", "Klub młodzieżowy otwarty do 21:00 z opiekunem, konsolą, stołem do "
     "ping-ponga i miejscem do odrabiania lekcji"),
    ("Młodzież", "Warsztaty programowania i robotyki dla dziewcząt z osiedla"),
    ("Kultura", "Kino plenerowe latem na Placu Szembeka"),
    ("Kultura", "Potańcówki dla seniorów w domu kultury raz w miesiącu"),
    ("Kultura", "Mural upamiętniający historię Pragi Południe, zaprojektowany razem z "
     "mieszkańcami i młodzieżą z pobliskiego liceum plastycznego"),
    ("Bezpieczeństwo", "Oświetlenie ciemnego przejścia pod wiaduktem"),
    ("Bezpieczeństwo", "Defibrylatory AED w trzech miejscach dzielnicy"),
    ("", "Czujniki jakości powietrza antysmogowe przy każdej szkole"),
    ("", "Toaleta publiczna w parku"),
    ("", "Tablice z rozkładem jazdy w czasie rzeczywistym na przystankach przy szpitalu, "
     "szkołach i bazarze, czytelne także dla osób słabowidzących (duża czcionka i komunikat "
     "głosowy)"),
    ("", "Kurs pierwszej pomocy dla mieszkańców, prowadzony przez ratowników medycznych, "
     "z certyfikatem i ćwiczeniami na fantomach"),
    ("", "Wybieg dla psów z ogrodzeniem i koszami na odchody"),
    ("Pomoc sąsiedzka", "Bezpłatne porady prawne dla lokatorów zagrożonych eksmisją lub "
     "podwyżkami czynszu, w świetlicy raz w tygodniu, także po ukraińsku i angielsku"),
    ("", "Naprawa chodnika na ul. Kobielskiej: płyty są popękane i wystają, seniorzy z "
     "pobliskiego domu opieki się przewracają, a osoby na wózkach i rodzice z wózkami muszą "
     "schodzić na jezdnię, gdzie auta jeżdżą szybko, a przejścia nie ma przez trzysta metrów, "
     "prosimy o nowe płyty"),
    ("", "Książkomat przy stacji metra"),
    ("", "Poidełka z wodą pitną w parkach i na placach zabaw"),
    ("Dostępność", "Plac zabaw dostępny dla dzieci z niepełnosprawnościami: huśtawka dla wózków, "
     "nawierzchnia bezpieczna i ścieżka sensoryczna"),
    ("Języki", "Zajęcia z języka polskiego dla cudzoziemców"),
    ("", "Festyn sąsiedzki na podwórku"),
    ("", "Lodowisko sezonowe przy Orliku, z wypożyczalnią łyżew za symboliczną opłatą "
     "i darmowymi godzinami dla szkół"),
    ("", "Skrzynki na ulotki i ogłoszenia sąsiedzkie"),
    ("", "Remont świetlicy środowiskowej na Grochowie: nowa podłoga, kuchnia, meble i "
     "sprzęt komputerowy, żeby dzieci po szkole miały gdzie odrabiać lekcje, a rodzice "
     "mogli spotykać się wieczorami na zebraniach wspólnoty"),
    # --- Spanish (12)
    ("Zieleń", "Huertos urbanos en los solares vacíos del barrio"),
    ("Transport", "Carril bici protegido en la avenida principal, con semáforos para "
     "bicicletas y aparcamientos seguros junto a las estaciones de cercanías"),
    ("Młodzież", "Un espacio joven con wifi y talleres de música"),
    ("Kultura", "Biblioteca de semillas y de herramientas"),
    ("", "Más fuentes de agua potable en las plazas y los parques infantiles, revisadas cada "
     "verano y con un grifo bajo para perros"),
    ("", "Bancos a la sombra en la calle de la Ribera"),
    ("Dostępność", "Rampas de acceso en todos los edificios públicos del distrito"),
    ("Języki", "Clases de español gratuitas para personas recién llegadas, por la mañana y "
     "por la tarde, con guardería para que las madres también puedan asistir, materiales en "
     "árabe, ucraniano e inglés, y una merienda compartida al final de cada trimestre"),
    ("", "Mercadillo de trueque el primer domingo de cada mes"),
    ("Bezpieczeństwo", "Iluminación del parque de la Alameda por la noche"),
    ("Pomoc sąsiedzka", "Comedor social abierto también los fines de semana"),
    ("", "Recogida de aceite usado en cada mercado municipal"),
    # --- German (8)
    ("Transport", "Fahrradstraße durch die Innenstadt"),
    ("Dostępność", "Barrierefreie Bushaltestellen mit Sitzgelegenheiten und Witterungsschutz für "
     "ältere Menschen"),
    ("", "Donaudampfschifffahrtsgesellschaftskapitänsmützenausstellung im Heimatmuseum"),
    ("Zieleń", "Nachbarschaftsgarten mit Hochbeeten für Rollstuhlfahrende"),
    ("", "Öffentliche Bücherschränke an drei Plätzen"),
    ("Kultura", "Straßenfest für alle Generationen"),
    ("", "Reparaturcafé im Gemeindezentrum, jeden zweiten Samstag, mit Ehrenamtlichen, die "
     "Fahrräder, Kleidung, Toaster und Laptops reparieren und zeigen, wie man es selbst macht"),
    ("", "Grünpfeil für Radfahrende an allen Kreuzungen"),
    # --- French (8)
    ("Zieleń", "Végétaliser les cours d'école"),
    ("", "Une maison des associations ouverte le soir"),
    ("Młodzież", "Ateliers d'écriture et de slam pour les adolescents du quartier, animés "
     "par des artistes locaux, avec une scène ouverte à la fin de l'année scolaire"),
    ("Dostępność", "Des toilettes publiques gratuites et accessibles"),
    ("Transport", "Navette électrique gratuite vers l'hôpital"),
    ("", "Fête des voisins dans chaque cour"),
    ("Pomoc sąsiedzka", "Épicerie solidaire gérée par les habitants, où chacun paie selon "
     "ses moyens et où les invendus du marché sont redistribués chaque soir"),
    ("", "Des bancs et des tables de pique-nique au bord du canal"),
    # --- English (10)
    ("Zieleń", "Plant fruit trees in the park"),
    ("Transport", "A safe crossing outside the primary school on Mill Lane"),
    ("Młodzież", "Youth club open on Friday evenings"),
    ("", "A repair café once a month"),
    ("Kultura", "Open-air cinema nights in August"),
    ("", "Free period products in every public toilet, school, library and community "
     "centre in the district, restocked weekly by the youth forum, with a small card in "
     "five languages explaining where to find more and whom to talk to in confidence, "
     "free of charge"),
    ("Pomoc sąsiedzka", "A community fridge at the food bank so surplus food from shops "
     "reaches people instead of the bin, with volunteers checking dates every morning"),
    ("", "Warm spaces in libraries during winter, with hot drinks, phone charging, board "
     "games and someone from the advice service on Tuesdays, so nobody has to choose "
     "between heating and eating; open until eight on weekdays and all day on Saturdays, "
     "with a quiet corner for homework"),
    ("Bezpieczeństwo", "Better lighting on the canal towpath"),
    ("", "Benches at every bus stop on the hill"),
    # --- Ukrainian (6)
    ("Języki", "Курси польської мови для дорослих"),
    ("Młodzież", "Гурток для підлітків: футбол і шахи"),
    ("", "Юридичні консультації українською мовою щотижня"),
    ("Kultura", "Бібліотека українських книжок у будинку культури"),
    ("", "Психологічна підтримка для матерів з дітьми, які пережили війну, в групах і "
     "індивідуально, з перекладачем"),
    ("Pomoc sąsiedzka", "Спільна кухня для сусідів"),
    # --- Greek (4)
    ("Zieleń", "Περισσότερα δέντρα στην πλατεία"),
    ("", "Δωρεάν μαθήματα κολύμβησης για παιδιά του δημοτικού κάθε καλοκαίρι στο δημοτικό "
     "κολυμβητήριο, με ναυαγοσώστες και μεταφορά από τα σχολεία"),
    ("Pomoc sąsiedzka", "Κοινωνικό παντοπωλείο στη γειτονιά"),
    ("Transport", "Ποδηλατόδρομος προς το λιμάνι"),
    # --- Arabic (6)
    ("Języki", "دروس لغة مجانية للقادمين الجدد"),
    ("Młodzież", "نادٍ رياضي للشباب في عطلة نهاية الأسبوع"),
    ("Zieleń", "حديقة مجتمعية يزرع فيها الجيران الخضار معًا"),
    ("", "مساحة آمنة للنساء لتبادل الخبرات والمهارات"),
    ("", "مكتبة متنقلة تزور الأحياء البعيدة كل أسبوع مع أنشطة قراءة للأطفال وكبار السن"),
    ("Kultura", "مهرجان الطعام والموسيقى من ثقافات الحي"),
    # --- Welsh (4)
    ("", "Clwb ieuenctid yn y neuadd bentref"),
    ("Zieleń", "Plannu coed ffrwythau ger yr ysgol"),
    ("Języki", "Gwersi Cymraeg am ddim i oedolion"),
    ("Transport", "Bws gwennol i'r ysbyty bob awr"),
    # --- Vietnamese (2)
    ("Języki", "Lớp học tiếng Ba Lan miễn phí cho người Việt"),
    ("Kultura", "Lễ hội Trung Thu cho trẻ em trong khu phố"),
    # --- Turkish (2)
    ("", "Mahallede ücretsiz bisiklet tamir atölyesi"),
    ("Młodzież", "Gençler için akşam etüt merkezi: ders çalışmak için sessiz bir oda, "
     "gönüllü öğretmenler ve sıcak çorba"),
)

#: The 96 ideas, in the order a scribe typed them.
IDEAS: tuple[str, ...] = tuple(text for _theme, text in _IDEAS)

#: Cluster title → indices into :data:`IDEAS` (every index at most once).
CLUSTERS: dict[str, tuple[int, ...]] = {}
for _index, (_theme, _text) in enumerate(_IDEAS):
    if _theme:
        CLUSTERS.setdefault(_theme, ())
        CLUSTERS[_theme] = (*CLUSTERS[_theme], _index)

#: A word wider than any tile at readable size (it may break, with a hyphen).
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenausstellung"

ORGANISATIONS = (
    "Biblioteka Publiczna Praga-Południe",
    "Rada Osiedla Gocław",
    "Fundacja Młodzi Razem",
    "Bank Żywności SOS",
    "Stowarzyszenie Ukraińców „Dім”",
    "Spółdzielnia Mieszkaniowa Grochów",
)
#: (name, organisation): fourteen people; the last organisation has only two.
PEOPLE: tuple[tuple[str, str], ...] = (
    ("Agnieszka Wiśniewska-Dąbrowska", ORGANISATIONS[0]),
    ("Łukasz Żółtowski", ORGANISATIONS[0]),
    ("Małgorzata Chmielewska", ORGANISATIONS[0]),
    ("Grzegorz Brzęczyszczykiewicz", ORGANISATIONS[1]),
    ("Zofia Ćwiklińska", ORGANISATIONS[1]),
    ("Jędrzej Śliwa", ORGANISATIONS[1]),
    ("Oliwia Nowak", ORGANISATIONS[2]),
    ("Mateusz Kowalczyk", ORGANISATIONS[2]),
    ("María José Fernández de la Peña", ORGANISATIONS[3]),
    ("Fatima Al-Hassan", ORGANISATIONS[3]),
    ("Олена Коваленко", ORGANISATIONS[4]),
    ("Андрій Шевчук", ORGANISATIONS[4]),
    ("Bartosz Kęsicki", ORGANISATIONS[5]),
    ("Nguyễn Thị Hương", ORGANISATIONS[5]),
)


@dataclass
class BoardFill:
    """What :func:`fill_board` made: note ids in :data:`IDEAS` order, cluster ids by title."""

    note_ids: list[int] = field(default_factory=list)
    cluster_ids: dict[str, int] = field(default_factory=dict)

    @property
    def loose_note_ids(self) -> list[int]:
        clustered = {i for indices in CLUSTERS.values() for i in indices}
        return [n for i, n in enumerate(self.note_ids) if i not in clustered]


def add_people(doc: Document) -> list[int]:
    """Add :data:`PEOPLE` (one undo step) and return their ids in order."""
    participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE])
    by_name = {p.name: p.id for p in read.participants(doc)}
    return [by_name[name] for name, _org in PEOPLE]


def fill_board(
    doc: Document,
    activity_id: int,
    *,
    ideas: Sequence[str] = IDEAS,
    authors: Sequence[int] = (),
    clusters: bool = True,
) -> BoardFill:
    """Put ``ideas`` on the board through the real operations.

    With ``authors``, idea *i* is written by ``authors[i % len(authors)]`` (one operation
    per note, as a scribe types them); without, they arrive as one pasted list. With
    ``clusters`` (and the full corpus), the eight themes become clusters.
    """
    before = {n.id for n in _notes(doc, activity_id)}
    if authors:
        for index, text in enumerate(ideas):
            board.add_note(doc, activity_id, text, author_id=authors[index % len(authors)])
    else:
        board.add_notes(doc, activity_id, list(ideas))
    made = sorted(n.id for n in _notes(doc, activity_id) if n.id not in before)
    fill = BoardFill(note_ids=made)
    if clusters and tuple(ideas) == IDEAS:
        for title, indices in CLUSTERS.items():
            board.group_notes(doc, [made[i] for i in indices], title)
        fill.cluster_ids = {c.title: c.id for c in _clusters(doc, activity_id)}
    return fill


def _notes(doc: Document, activity_id: int) -> list[Note]:
    return read_board.notes(doc, activity_id)


def _clusters(doc: Document, activity_id: int) -> list[Cluster]:
    return read_board.clusters(doc, activity_id)
