<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Your data</source>
            <translation>Twoje dane</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Kopie zapasowe</translation>
        </message>
        <message>
            <source>Log files</source>
            <translation>Pliki dziennika</translation>
        </message>
        <message>
            <source>Offline facilitation for in-person workshops: sticky notes, dot voting, purpose blending, a projector view and PDF handouts.</source>
            <translation>Prowadzenie warsztatów na żywo bez internetu: karteczki, głosowanie kropkami, łączenie celów, widok na projektorze i materiały PDF.</translation>
        </message>
        <message>
            <source>Your workshop files stay where you save them; every change is written to the file as you make it.</source>
            <translation>Pliki warsztatów zostają tam, gdzie je zapiszesz; każda zmiana trafia do pliku od razu.</translation>
        </message>
        <message>
            <source>Licence: {licence}. Workshop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
            <translation>Licencja: {licence}. Workshop to wolne oprogramowanie: możesz je rozpowszechniać i zmieniać na warunkach Powszechnej Licencji Publicznej GNU w wersji 3 lub dowolnej późniejszej. Nie ma żadnej gwarancji.</translation>
        </message>
        <message>
            <source>About Workshop</source>
            <translation>O programie Workshop</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Open</source>
            <translatorcomment>ActionStatus: an action not started yet (adjective, neuter: 'zadanie otwarte'). Elsewhere: the verb.</translatorcomment>
            <translation>Otwarte</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>W toku</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>added here</source>
            <translation>dodane tutaj</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Karteczka</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <source>Vote result</source>
            <translation>Wynik głosowania</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Zobowiązanie</translation>
        </message>
        <message>
            <source>New action: what</source>
            <translation>Nowe zadanie: co</translation>
        </message>
        <message>
            <source>What needs doing? (Enter adds)</source>
            <translation>Co trzeba zrobić? (Enter dodaje)</translation>
        </message>
        <message>
            <source>New action: owner</source>
            <translation>Nowe zadanie: kto</translation>
        </message>
        <message>
            <source>New action: due date</source>
            <translation>Nowe zadanie: termin</translation>
        </message>
        <message>
            <source>Due: YYYY-MM-DD</source>
            <translation>Termin: RRRR-MM-DD</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Dodaj zadanie</translation>
        </message>
        <message>
            <source>Add the action (Enter)</source>
            <translation>Dodaj zadanie (Enter)</translation>
        </message>
        <message>
            <source>Show actions</source>
            <translation>Pokaż zadania</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Wszystkie zadania</translation>
        </message>
        <message>
            <source>{status} only</source>
            <translation>Tylko: {status}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Niezrobione</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Do kiedy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Skąd</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Zadania</translation>
        </message>
        <message>
            <source>Move along</source>
            <translation>Dalej</translation>
        </message>
        <message>
            <source>Move the selected actions along</source>
            <translation>Przesuń zaznaczone zadania dalej</translation>
        </message>
        <message>
            <source>Open → doing → done (Space)</source>
            <translation>Otwarte → w toku → zrobione (Spacja)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove the selected actions</source>
            <translation>Usuń zaznaczone zadania</translation>
        </message>
        <message>
            <source>Remove the selected actions (Delete)</source>
            <translation>Usuń zaznaczone zadania (Delete)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <source>Confirmed commitments appear here by themselves. Space: move along · F2: edit · Delete: remove</source>
            <translation>Potwierdzone zobowiązania pojawiają się tu same. Spacja: dalej · F2: edycja · Delete: usuń</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n zadanie</numerusform>
                <numerusform>%n zadania</numerusform>
                <numerusform>%n zadań</numerusform>
            </translation>
        </message>
        <message>
            <source>{open} open · {doing} doing · {done} done</source>
            <translation>otwarte: {open} · w toku: {doing} · zrobione: {done}</translation>
        </message>
        <message>
            <source>{status} · overdue</source>
            <translation>{status} · po terminie</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Po terminie</translation>
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation>{text}, po terminie</translation>
        </message>
        <message>
            <source>%1 (removed)</source>
            <translation>%1 (usunięto)</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Nie przypisano</translation>
        </message>
        <message>
            <source>No owner yet: double-click or F2 to choose one</source>
            <translation>Nikt jeszcze nie odpowiada: kliknij dwukrotnie lub F2, by wybrać</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Activity</source>
            <translation>Aktywność</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Rodzaj</translation>
        </message>
        <message>
            <source>Activity kind</source>
            <translation>Rodzaj aktywności</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <source>Activity title</source>
            <translation>Tytuł aktywności</translation>
        </message>
        <message>
            <source>&amp;Prompt for the room</source>
            <translation>&amp;Pytanie dla sali</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pytanie pokazywane sali</translation>
        </message>
        <message>
            <source>Time&amp;box</source>
            <translation>&amp;Czas</translation>
        </message>
        <message>
            <source>Timebox in minutes</source>
            <translation>Czas w minutach</translation>
        </message>
        <message>
            <source> min</source>
            <translatorcomment>Suffix of a number of minutes in a spin box (with its leading space).</translatorcomment>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Authors</source>
            <translation>&amp;Autorzy</translation>
        </message>
        <message>
            <source>Show authors</source>
            <translation>Pokaż autorów</translation>
        </message>
        <message>
            <source>&amp;Facilitator notes</source>
            <translation>&amp;Notatki prowadzącego</translation>
        </message>
        <message>
            <source>Facilitator notes, never shown to the room</source>
            <translation>Notatki prowadzącego, nigdy nie pokazywane sali</translation>
        </message>
        <message>
            <source>Only on this laptop, never on the projector</source>
            <translation>Tylko na tym laptopie, nigdy na projektorze</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Follow the workshop setting</source>
            <translation>Jak w ustawieniach warsztatu</translation>
        </message>
        <message>
            <source>Hide authors</source>
            <translation>Ukryj autorów</translation>
        </message>
        <message>
            <source>Show authors</source>
            <translation>Pokaż autorów</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Edytuj aktywność</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Dodaj aktywność</translation>
        </message>
    </context>
    <context>
        <name>ActivityStatus</name>
        <message>
            <source>planned</source>
            <translation>zaplanowane</translation>
        </message>
        <message>
            <source>running</source>
            <translation>trwa</translation>
        </message>
        <message>
            <source>done</source>
            <translation>zakończone</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Dodaj…</translation>
        </message>
        <message>
            <source>Add an activity (Insert)</source>
            <translation>Dodaj aktywność (Insert)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <source>Edit the activity (F2)</source>
            <translation>Edytuj aktywność (F2)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove the activity (Delete)</source>
            <translatorcomment>The part before ' (' is read out as the button's accessible name: keep ' (' before the key.</translatorcomment>
            <translation>Usuń aktywność (Delete)</translation>
        </message>
        <message>
            <source>Move earlier (Alt+Up)</source>
            <translation>Wcześniej (Alt+Góra)</translation>
        </message>
        <message>
            <source>Move later (Alt+Down)</source>
            <translation>Później (Alt+Dół)</translation>
        </message>
        <message>
            <source>{kind} · {minutes} min</source>
            <translation>{kind} · {minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuta</numerusform>
                <numerusform>%n minuty</numerusform>
                <numerusform>%n minut</numerusform>
            </translation>
        </message>
        <message>
            <source>{planned} planned</source>
            <translation>zaplanowano {planned}</translation>
        </message>
        <message>
            <source>{planned} planned of {available}: {over} over</source>
            <translation>zaplanowano {planned} z {available}: {over} za dużo</translation>
        </message>
        <message>
            <source>{planned} planned of {available}: {spare} spare</source>
            <translation>zaplanowano {planned} z {available}: {spare} zapasu</translation>
        </message>
    </context>
    <context>
        <name>AnswerPad</name>
        <message>
            <source>Answer pad: press a number to record one answer</source>
            <translation>Klawiatura odpowiedzi: naciśnij cyfrę, by zapisać jedną odpowiedź</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Workshop — audience view</source>
            <translation>Workshop — widok dla sali</translation>
        </message>
        <message>
            <source>Audience view (what the projector shows)</source>
            <translation>Widok dla sali (to, co pokazuje projektor)</translation>
        </message>
        <message>
            <source>Close audience view</source>
            <translation>Zamknij widok dla sali</translation>
        </message>
    </context>
    <context>
        <name>BallotsTab</name>
        <message>
            <source>Who votes</source>
            <translation>Kto głosuje</translation>
        </message>
        <message>
            <source>by proxy</source>
            <translation>przez pełnomocnika</translation>
        </message>
        <message>
            <source>Cast by proxy for someone absent</source>
            <translation>Głos oddany za nieobecną osobę</translation>
        </message>
        <message>
            <source>V&amp;oter:</source>
            <translation>&amp;Głosujący:</translation>
        </message>
        <message>
            <source>Projects to approve</source>
            <translation>Projekty do poparcia</translation>
        </message>
        <message>
            <source>Points per project: type a number, or + and −</source>
            <translation>Punkty dla projektów: wpisz liczbę albo + i −</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <source>Cast ballot</source>
            <translation>Oddaj głos</translation>
        </message>
        <message>
            <source>Cast this ballot (Ctrl+Enter)</source>
            <translation>Oddaj ten głos (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <source>Clear the ticks without casting</source>
            <translation>Wyczyść zaznaczenia bez oddawania głosu</translation>
        </message>
        <message>
            <source>Paper ballot — type the numbers it ticks, then Enter:</source>
            <translation>Karta papierowa — wpisz zaznaczone numery, potem Enter:</translation>
        </message>
        <message>
            <source>Paper ballot: project numbers</source>
            <translation>Karta papierowa: numery projektów</translation>
        </message>
        <message>
            <source>e.g. 2 5 7</source>
            <translation>np. 2 5 7</translation>
        </message>
        <message>
            <source>Paper &amp;tally per project (type the count, or + and −):</source>
            <translation>Zlicze&amp;nie z papieru dla projektów (wpisz liczbę albo + i −):</translation>
        </message>
        <message>
            <source>Approvals counted on paper: each counts as a ballot for that project alone.</source>
            <translation>Poparcia policzone na kartkach: każde liczy się jak karta tylko dla tego projektu.</translation>
        </message>
        <message>
            <source>Paper tally per project: type the count, or + and −</source>
            <translation>Zliczenie z papieru dla projektów: wpisz liczbę albo + i −</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>Na papierze</translation>
        </message>
        <message>
            <source>Ballots cast (who, never what)</source>
            <translation>Oddane głosy (kto, nigdy na co)</translation>
        </message>
        <message>
            <source>Remove ballot</source>
            <translation>Usuń głos</translation>
        </message>
        <message>
            <source>Remove the selected ballot</source>
            <translation>Usuń zaznaczony głos</translation>
        </message>
        <message numerus="yes">
            <source>On paper: %n approval(s)</source>
            <translation>
                <numerusform>Na papierze: %n poparcie</numerusform>
                <numerusform>Na papierze: %n poparcia</numerusform>
                <numerusform>Na papierze: %n poparć</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> on %n project(s).</source>
            <translation>
                <numerusform> dla %n projektu.</numerusform>
                <numerusform> dla %n projektów.</numerusform>
                <numerusform> dla %n projektów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n project(s)</source>
            <translation>
                <numerusform>najwyżej %n projekt</numerusform>
                <numerusform>najwyżej %n projekty</numerusform>
                <numerusform>najwyżej %n projektów</numerusform>
            </translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>najwyżej %1</translation>
        </message>
        <message numerus="yes">
            <source>{given} of {points} points given to %n project(s), costing %1 of the budget %2</source>
            <translation>
                <numerusform>Przyznano {given} z {points} punktów %n projektowi, koszt %1 z budżetu %2</numerusform>
                <numerusform>Przyznano {given} z {points} punktów %n projektom, koszt %1 z budżetu %2</numerusform>
                <numerusform>Przyznano {given} z {points} punktów %n projektom, koszt %1 z budżetu %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approved, costing %1 of the budget %2</source>
            <translation>
                <numerusform>%n poparty, koszt %1 z budżetu %2</numerusform>
                <numerusform>%n poparte, koszt %1 z budżetu %2</numerusform>
                <numerusform>%n popartych, koszt %1 z budżetu %2</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>Everyone on the list has voted: type paper ballots instead.</source>
            <translation>Wszyscy z listy już głosowali: wpisuj teraz karty papierowe.</translation>
        </message>
        <message>
            <source>%1 (proxy)</source>
            <translation>%1 (pełnomocnik)</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>left</source>
            <translation>w lewo</translation>
        </message>
        <message>
            <source>right</source>
            <translation>w prawo</translation>
        </message>
        <message>
            <source>up</source>
            <translation>w górę</translation>
        </message>
        <message>
            <source>down</source>
            <translation>w dół</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupuj</translation>
        </message>
        <message>
            <source>Group the selected notes (Ctrl+G)</source>
            <translation>Zgrupuj zaznaczone karteczki (Ctrl+G)</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Rozgrupuj</translation>
        </message>
        <message>
            <source>Remove the selected cluster frames (Ctrl+Shift+G)</source>
            <translation>Usuń ramki zaznaczonych grup (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>Uporządkuj</translation>
        </message>
        <message>
            <source>Arrange clusters and loose notes without overlaps (Ctrl+T)</source>
            <translation>Rozmieść grupy i luźne karteczki tak, by na siebie nie nachodziły (Ctrl+T)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Szukaj</translation>
        </message>
        <message>
            <source>Find notes (Ctrl+F)</source>
            <translation>Szukaj karteczek (Ctrl+F)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Całość</translation>
        </message>
        <message>
            <source>Show the whole board (Ctrl+0)</source>
            <translation>Pokaż całą tablicę (Ctrl+0)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Show the notes as a list in reading order (Ctrl+L)</source>
            <translation>Pokaż karteczki jako listę w kolejności czytania (Ctrl+L)</translation>
        </message>
        <message>
            <source>Drag notes to move · drag the background to pan · Shift+drag to select · arrows pick a note, Enter or F2 edits</source>
            <translatorcomment>The board's hint beside its buttons: keep it as short as the English, or it wraps into many lines.</translatorcomment>
            <translation>Przeciągnij: przesuń · tło: przewiń · Shift: zaznacz · strzałki: wybór · Enter/F2: edycja</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>Usuń karteczki</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Edytuj karteczkę</translation>
        </message>
        <message>
            <source>Notes as a list</source>
            <translation>Karteczki jako lista</translation>
        </message>
        <message>
            <source>Select all notes</source>
            <translation>Zaznacz wszystkie karteczki</translation>
        </message>
        <message>
            <source>Group notes</source>
            <translation>Zgrupuj karteczki</translation>
        </message>
        <message>
            <source>Fit board</source>
            <translation>Cała tablica</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Powiększ</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Pomniejsz</translation>
        </message>
        <message>
            <source>Copy note text</source>
            <translation>Kopiuj tekst karteczki</translation>
        </message>
        <message>
            <source>Paste as notes</source>
            <translation>Wklej jako karteczki</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>Utwórz zadanie</translation>
        </message>
        <message>
            <source>Nudge {direction}</source>
            <translation>Przesuń lekko {direction}</translation>
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation>Kolor karteczki: {name}</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kolor</translation>
        </message>
    </context>
    <context>
        <name>BoardGrouping</name>
        <message>
            <source>No note matches what you typed in Find: nothing to group.</source>
            <translation>Żadna karteczka nie pasuje do wyszukiwania: nie ma czego grupować.</translation>
        </message>
        <message>
            <source>Select the notes to group first (click, Ctrl+click or Shift+drag), or find them (Ctrl+F, a few words, then Ctrl+G).</source>
            <translation>Najpierw zaznacz karteczki do zgrupowania (kliknięcie, Ctrl+kliknięcie lub Shift+przeciągnięcie) albo je wyszukaj (Ctrl+F, kilka słów, potem Ctrl+G).</translation>
        </message>
        <message>
            <source>{count} in “{cluster}”</source>
            <translation>{count} w „{cluster}”</translation>
        </message>
        <message>
            <source>{count} of the {total} notes are already in a cluster ({where}). Move them into the new cluster, or leave them where they are?</source>
            <translation>{count} z {total} karteczek jest już w grupie ({where}). Przenieść je do nowej grupy czy zostawić tam, gdzie są?</translation>
        </message>
        <message>
            <source>Nothing grouped.</source>
            <translation>Nic nie zgrupowano.</translation>
        </message>
        <message>
            <source>left {where}</source>
            <translatorcomment>Said of notes not moved into the new cluster; {where} lists '2 in “cluster”'.</translatorcomment>
            <translation>pozostawiono: {where}</translation>
        </message>
        <message numerus="yes">
            <source>Nothing grouped: all %n notes are already in clusters.</source>
            <translation>
                <numerusform>Nic nie zgrupowano: ta karteczka jest już w grupie.</numerusform>
                <numerusform>Nic nie zgrupowano: wszystkie %n karteczki są już w grupach.</numerusform>
                <numerusform>Nic nie zgrupowano: wszystkie %n karteczek jest już w grupach.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a cluster (its title) or notes in one to ungroup.</source>
            <translation>Zaznacz grupę (jej tytuł) lub karteczki w niej, aby rozgrupować.</translation>
        </message>
        <message>
            <source>Select a note or a cluster first: it becomes an action on the list.</source>
            <translation>Najpierw zaznacz karteczkę lub grupę: stanie się zadaniem na liście.</translation>
        </message>
    </context>
    <context>
        <name>BoardOutline</name>
        <message>
            <source>Notes in reading order</source>
            <translation>Karteczki w kolejności czytania</translation>
        </message>
    </context>
    <context>
        <name>BoardPaste</name>
        <message>
            <source>Nobody called “{name}” is on the participant list. Pick a name as you type, or clear the author box for an anonymous note.</source>
            <translation>Na liście uczestników nie ma nikogo o imieniu „{name}”. Wybierz imię podczas pisania albo wyczyść pole autora, by dodać karteczkę anonimowo.</translation>
        </message>
        <message>
            <source>That text is {length} characters long; a note holds at most {most}. Nothing was pasted: shorten it, or put each idea on its own line to add one note per line.</source>
            <translation>Ten tekst ma {length} znaków; karteczka mieści najwyżej {most}. Nic nie wklejono: skróć go albo umieść każdy pomysł w osobnym wierszu, by dodać po karteczce na wiersz.</translation>
        </message>
        <message>
            <source>the pasted text</source>
            <translatorcomment>Inserted as {source} in 'Add %n notes, one for each line of {source}?': genitive.</translatorcomment>
            <translation>wklejonego tekstu</translation>
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation>„{name}” nie jest plikiem.</translation>
        </message>
        <message>
            <source>“{name}” is larger than 1 MB; drop a plain text file of ideas, one per line.</source>
            <translation>„{name}” ma ponad 1 MB; upuść zwykły plik tekstowy z pomysłami, po jednym w wierszu.</translation>
        </message>
        <message>
            <source>“{name}” is not a plain text file (UTF-8); nothing was added.</source>
            <translation>„{name}” nie jest zwykłym plikiem tekstowym (UTF-8); nic nie dodano.</translation>
        </message>
        <message>
            <source>Could not read “{name}”: {reason}</source>
            <translation>Nie udało się odczytać „{name}”: {reason}</translation>
        </message>
        <message>
            <source>The dropped file has no text to add.</source>
            <translation>Upuszczony plik nie zawiera tekstu do dodania.</translation>
        </message>
        <message>
            <source>the dropped file</source>
            <translatorcomment>Inserted as {source}: genitive ('każdy wiersz upuszczonego pliku').</translatorcomment>
            <translation>upuszczonego pliku</translation>
        </message>
        <message>
            <source>the dropped files</source>
            <translation>upuszczonych plików</translation>
        </message>
        <message>
            <source>Line {number} of {source} is {length} characters long; a note holds at most {most}. Nothing was added.</source>
            <translation>Wiersz {number} {source} ma {length} znaków; karteczka mieści najwyżej {most}. Nic nie dodano.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n note(s), one for each line of {source}?</source>
            <translation>
                <numerusform>Dodać %n karteczkę, po jednej na każdy wiersz {source}?</numerusform>
                <numerusform>Dodać %n karteczki, po jednej na każdy wiersz {source}?</numerusform>
                <numerusform>Dodać %n karteczek, po jednej na każdy wiersz {source}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pytanie pokazywane sali</translation>
        </message>
        <message>
            <source>Notes and clusters on the board</source>
            <translation>Karteczki i grupy na tablicy</translation>
        </message>
        <message>
            <source>No prompt for the room yet.</source>
            <translation>Nie ma jeszcze pytania dla sali.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n karteczka</numerusform>
                <numerusform>%n karteczki</numerusform>
                <numerusform>%n karteczek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n grupa</numerusform>
                <numerusform>%n grupy</numerusform>
                <numerusform>%n grup</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loose</source>
            <translation>
                <numerusform>%n luźna</numerusform>
                <numerusform>%n luźne</numerusform>
                <numerusform>%n luźnych</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Sticky-note board</source>
            <translation>Tablica karteczek</translation>
        </message>
    </context>
    <context>
        <name>BreakoutActions</name>
        <message>
            <source>Workshop files (*.workshop)</source>
            <translation>Pliki warsztatów (*.workshop)</translation>
        </message>
        <message>
            <source>Make &amp;breakout copies…</source>
            <translation>Utwórz &amp;kopie dla stolików…</translation>
        </message>
        <message>
            <source>&amp;Merge breakout…</source>
            <translation>&amp;Scal kopię ze stolika…</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting…</source>
            <translation>Następne spo&amp;tkanie…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n breakout cop(ies) to {folder}:</source>
            <translation>
                <numerusform>Zapisano %n kopię dla stolika w {folder}:</numerusform>
                <numerusform>Zapisano %n kopie dla stolików w {folder}:</numerusform>
                <numerusform>Zapisano %n kopii dla stolików w {folder}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged (one Undo takes it back):</source>
            <translation>Scalono (jedno Cofnij to odwraca):</translation>
        </message>
        <message>
            <source>That is this meeting's own file: choose another name.</source>
            <translation>To plik tego spotkania: wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>“{name}” already exists: choose another name.</source>
            <translation>„{name}” już istnieje: wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>Meeting {number} is open: it starts by reviewing what was promised. “{name}” is unchanged.</source>
            <translation>Spotkanie {number} jest otwarte: zaczyna się od przeglądu obietnic. „{name}” pozostaje bez zmian.</translation>
        </message>
    </context>
    <context>
        <name>BreakoutReport</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n notatka</numerusform>
                <numerusform>%n notatki</numerusform>
                <numerusform>%n notatek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n grupa</numerusform>
                <numerusform>%n grupy</numerusform>
                <numerusform>%n grup</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n nowa osoba</numerusform>
                <numerusform>%n nowe osoby</numerusform>
                <numerusform>%n nowych osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n purpose statement(s)</source>
            <translation>
                <numerusform>%n deklaracja celu</numerusform>
                <numerusform>%n deklaracje celu</numerusform>
                <numerusform>%n deklaracji celu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offer(s) or ask(s)</source>
            <translation>
                <numerusform>%n oferta lub prośba</numerusform>
                <numerusform>%n oferty i prośby</numerusform>
                <numerusform>%n ofert i próśb</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>%n zobowiązanie</numerusform>
                <numerusform>%n zobowiązania</numerusform>
                <numerusform>%n zobowiązań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse statement(s)</source>
            <translation>
                <numerusform>%n stwierdzenie nastroju</numerusform>
                <numerusform>%n stwierdzenia nastroju</numerusform>
                <numerusform>%n stwierdzeń nastroju</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse round(s)</source>
            <translation>
                <numerusform>%n runda nastroju</numerusform>
                <numerusform>%n rundy nastroju</numerusform>
                <numerusform>%n rund nastroju</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n karta do głosowania</numerusform>
                <numerusform>%n karty do głosowania</numerusform>
                <numerusform>%n kart do głosowania</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paper vote tally(-ies)</source>
            <translation>
                <numerusform>%n wynik liczenia kart papierowych</numerusform>
                <numerusform>%n wyniki liczenia kart papierowych</numerusform>
                <numerusform>%n wyników liczenia kart papierowych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n działanie</numerusform>
                <numerusform>%n działania</numerusform>
                <numerusform>%n działań</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nic nowego</translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n zaktualizowany</numerusform>
                <numerusform>%n zaktualizowane</numerusform>
                <numerusform>%n zaktualizowanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept as edited in the main file</source>
            <translation>
                <numerusform>%n zachowany tak, jak zmieniono w głównym pliku</numerusform>
                <numerusform>%n zachowane tak, jak zmieniono w głównym pliku</numerusform>
                <numerusform>%n zachowanych tak, jak zmieniono w głównym pliku</numerusform>
            </translation>
        </message>
        <message>
            <source>{table}: {what}</source>
            <translation>{table}: {what}</translation>
        </message>
    </context>
    <context>
        <name>BudgetScreen</name>
        <message>
            <source>Pro&amp;jects</source>
            <translation>P&amp;rojekty</translation>
        </message>
        <message>
            <source>&amp;Ballots</source>
            <translation>Gł&amp;osy</translation>
        </message>
        <message>
            <source>Res&amp;ults</source>
            <translation>W&amp;yniki</translation>
        </message>
    </context>
    <context>
        <name>CaptureRow</name>
        <message>
            <source>Author of the next note</source>
            <translation>Autor następnej karteczki</translation>
        </message>
        <message>
            <source>Author, or anonymous</source>
            <translation>Autor lub anonimowo</translation>
        </message>
        <message>
            <source>Type the start of a participant's name; it stays chosen for the next notes. Leave empty or type “anonymous” for no author.</source>
            <translatorcomment>“anonymous” is the word the app recognises: keep it in English.</translatorcomment>
            <translation>Wpisz początek imienia uczestnika; zostaje wybrany dla kolejnych karteczek. Zostaw puste lub wpisz „anonymous”, aby nie podawać autora.</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>Au&amp;tor</translation>
        </message>
        <message>
            <source>New note text</source>
            <translation>Tekst nowej karteczki</translation>
        </message>
        <message>
            <source>Type an idea and press Enter</source>
            <translation>Wpisz pomysł i naciśnij Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Dodaj karteczkę</translation>
        </message>
        <message>
            <source>Add the note (Enter)</source>
            <translation>Dodaj karteczkę (Enter)</translation>
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation>Kolor karteczki: {name}</translation>
        </message>
        <message>
            <source>Colour by organisation</source>
            <translation>Kolor według organizacji</translation>
        </message>
        <message>
            <source>Colour notes by the author's organisation</source>
            <translation>Koloruj karteczki według organizacji autora</translation>
        </message>
        <message>
            <source>Colour legend</source>
            <translation>Legenda kolorów</translation>
        </message>
        <message>
            <source>Not on the list</source>
            <translation>Spoza listy</translation>
        </message>
        <message>
            <source>Not on the participant list</source>
            <translation>Spoza listy uczestników</translation>
        </message>
    </context>
    <context>
        <name>CountsTable</name>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The details are in the log file:</source>
            <translation>Szczegóły są w pliku dziennika:</translation>
        </message>
        <message>
            <source>The details could not be written to a log file; they are shown below.</source>
            <translation>Nie udało się zapisać szczegółów w pliku dziennika; są pokazane poniżej.</translation>
        </message>
        <message>
            <source>Workshop ran into an unexpected problem and did not finish what you asked.</source>
            <translation>W programie Workshop wystąpił nieoczekiwany problem i polecenie nie zostało dokończone.</translation>
        </message>
        <message>
            <source>Your workshop file is safe: every change was saved to disk the moment you made it, so nothing has been lost. You can carry on working; if something looks wrong, close the file and open it again.</source>
            <translation>Plik warsztatu jest bezpieczny: każda zmiana trafiła na dysk w chwili jej zrobienia, więc nic nie przepadło. Możesz pracować dalej; jeśli coś wygląda źle, zamknij plik i otwórz go ponownie.</translation>
        </message>
        <message>
            <source>Workshop: unexpected problem</source>
            <translation>Workshop: nieoczekiwany problem</translation>
        </message>
        <message>
            <source>Open Log Folder</source>
            <translation>Otwórz folder dziennika</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Workshop title</source>
            <translation>Tytuł warsztatu</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>RRRR-MM-DD</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Prowadzący</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Godzina rozpoczęcia</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>GG:MM</translation>
        </message>
        <message>
            <source>Time available in minutes</source>
            <translation>Dostępny czas w minutach</translation>
        </message>
        <message>
            <source> min</source>
            <translatorcomment>Suffix of a number of minutes in a spin box (with its leading space).</translatorcomment>
            <translation> min</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nie ustawiono</translation>
        </message>
        <message>
            <source>Goal of the day</source>
            <translation>Cel dnia</translation>
        </message>
        <message>
            <source>Hide who wrote what (anonymous by default)</source>
            <translation>Ukryj, kto co napisał (domyślnie anonimowo)</translation>
        </message>
        <message>
            <source>Anonymous by default</source>
            <translation>Domyślnie anonimowo</translation>
        </message>
        <message>
            <source>Workshop language</source>
            <translation>Język warsztatu</translation>
        </message>
        <message>
            <source>The language of the handout's labels, dates and numbers and of the projector, whatever the language of this app</source>
            <translation>Język napisów, dat i liczb w materiałach oraz na projektorze, niezależnie od języka tej aplikacji</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <source>Ven&amp;ue</source>
            <translation>&amp;Miejsce</translation>
        </message>
        <message>
            <source>Faci&amp;litator</source>
            <translation>P&amp;rowadzący</translation>
        </message>
        <message>
            <source>&amp;Goal of the day</source>
            <translation>Ce&amp;l dnia</translation>
        </message>
        <message>
            <source>&amp;Starts at</source>
            <translation>P&amp;oczątek o</translation>
        </message>
        <message>
            <source>Time availa&amp;ble</source>
            <translation>&amp;Dostępny czas</translation>
        </message>
        <message>
            <source>Language of the &amp;room</source>
            <translation>Jęz&amp;yk sali</translation>
        </message>
        <message>
            <source>Changes are saved as you go. Ctrl+Z undoes them.</source>
            <translation>Zmiany zapisują się na bieżąco. Ctrl+Z je cofa.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFiles</name>
        <message>
            <source>The demo could not be written: {error}</source>
            <translation>Nie udało się zapisać przykładu: {error}</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Otwieranie {name}…</translation>
        </message>
        <message>
            <source>The backup could not be copied to a folder you can write to.</source>
            <translation>Nie udało się skopiować kopii zapasowej do folderu z prawem zapisu.</translation>
        </message>
        <message>
            <source>Create workshop file</source>
            <translation>Utwórz plik warsztatu</translation>
        </message>
        <message>
            <source>That file is the workshop that is open now; choose another name.</source>
            <translation>To plik warsztatu, który jest teraz otwarty; wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>Save a copy and continue in it</source>
            <translation>Zapisz kopię i pracuj dalej w niej</translation>
        </message>
    </context>
    <context>
        <name>DotList</name>
        <message numerus="yes">
            <source>(%n note(s))</source>
            <translation>
                <numerusform>(%n karteczka)</numerusform>
                <numerusform>(%n karteczki)</numerusform>
                <numerusform>(%n karteczek)</numerusform>
            </translation>
        </message>
        <message>
            <source>(your note: not for your dots)</source>
            <translation>(twoja karteczka: nie na twoje kropki)</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n kropka</numerusform>
                <numerusform>%n kropki</numerusform>
                <numerusform>%n kropek</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1: Space puts a dot on it, or type the next digit.</source>
            <translation>Pozycja %1: Spacja stawia na niej kropkę, albo wpisz kolejną cyfrę.</translation>
        </message>
        <message>
            <source>There is no item %1: the items are 1–%2.</source>
            <translation>Nie ma pozycji %1: pozycje mają numery 1–%2.</translation>
        </message>
        <message>
            <source>No item has “%1” in it.</source>
            <translation>Żadna pozycja nie zawiera „%1”.</translation>
        </message>
    </context>
    <context>
        <name>DraftsPanel</name>
        <message>
            <source>Draft %1</source>
            <translation>Wersja %1</translation>
        </message>
        <message>
            <source>(from draft %1)</source>
            <translation>(z wersji %1)</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>przyjęta</translation>
        </message>
        <message>
            <source>Drafts of the common purpose</source>
            <translation>Wersje wspólnego celu</translation>
        </message>
        <message>
            <source>Start from selected (Ctrl+D)</source>
            <translation>Zacznij od zaznaczonej (Ctrl+D)</translation>
        </message>
        <message>
            <source>Start a new draft from the selected</source>
            <translation>Zacznij nową wersję od zaznaczonej</translation>
        </message>
        <message>
            <source>Remove draft</source>
            <translation>Usuń wersję</translation>
        </message>
        <message>
            <source>Remove the selected draft</source>
            <translation>Usuń zaznaczoną wersję</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>Nowa wersja</translation>
        </message>
        <message>
            <source>Text of the next draft</source>
            <translation>Tekst następnej wersji</translation>
        </message>
        <message>
            <source>Together we… (Ctrl+Enter keeps it as a new draft)</source>
            <translation>Razem… (Ctrl+Enter zapisuje jako nową wersję)</translation>
        </message>
        <message>
            <source>&amp;Keep as new draft</source>
            <translation>Zapisz jako &amp;nową wersję</translation>
        </message>
        <message>
            <source>Keep the text as a new numbered draft</source>
            <translation>Zapisz tekst jako nową, numerowaną wersję</translation>
        </message>
        <message>
            <source>Pick phrases: select words below, Ctrl+P adds them to the list</source>
            <translation>Wybierz wyrażenia: zaznacz słowa poniżej, Ctrl+P dodaje je do listy</translation>
        </message>
        <message>
            <source>Statements and blends to pick phrases from</source>
            <translation>Stwierdzenia i połączenia, z których wybierasz wyrażenia</translation>
        </message>
        <message>
            <source>Phrases for a new draft</source>
            <translation>Wyrażenia do nowej wersji</translation>
        </message>
        <message>
            <source>Add phrase (Ctrl+P)</source>
            <translation>Dodaj wyrażenie (Ctrl+P)</translation>
        </message>
        <message>
            <source>Add the selected words as a phrase</source>
            <translation>Dodaj zaznaczone słowa jako wyrażenie</translation>
        </message>
        <message>
            <source>Draft from phrase&amp;s</source>
            <translation>Wersja z wy&amp;rażeń</translation>
        </message>
        <message>
            <source>Make a new draft from the phrases</source>
            <translation>Utwórz nową wersję z wyrażeń</translation>
        </message>
        <message>
            <source>Blend:</source>
            <translation>Połączenie:</translation>
        </message>
        <message>
            <source>Next draft starts from draft %1</source>
            <translation>Następna wersja zaczyna się od wersji %1</translation>
        </message>
        <message>
            <source>Next draft: new text</source>
            <translation>Następna wersja: nowy tekst</translation>
        </message>
        <message>
            <source>Select some words in the statements first.</source>
            <translation>Najpierw zaznacz słowa w stwierdzeniach.</translation>
        </message>
    </context>
    <context>
        <name>EndorsePanel</name>
        <message>
            <source>Party</source>
            <translation>Strona</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Uwzględnione</translation>
        </message>
        <message>
            <source>In the draft</source>
            <translation>W wersji</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Brakuje</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <source>Draft being rated</source>
            <translation>Oceniana wersja</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <source>Ad&amp;opt this draft</source>
            <translation>P&amp;rzyjmij tę wersję</translation>
        </message>
        <message>
            <source>Adopt this draft as the common purpose</source>
            <translation>Przyjmij tę wersję jako wspólny cel</translation>
        </message>
        <message>
            <source>Text of the draft being rated</source>
            <translation>Tekst ocenianej wersji</translation>
        </message>
        <message>
            <source>Party giving the rating</source>
            <translation>Strona, która ocenia</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Ocenia</translation>
        </message>
        <message>
            <source>Fist of five, 0 to 5</source>
            <translation>Pięść i pięć palców, od 0 do 5</translation>
        </message>
        <message>
            <source>Fist of five: </source>
            <translation>Pięść i pięć palców: </translation>
        </message>
        <message>
            <source>Comment with the rating (optional)</source>
            <translation>Komentarz do oceny (opcjonalnie)</translation>
        </message>
        <message>
            <source>Comment (optional) — Enter rates</source>
            <translation>Komentarz (opcjonalnie) — Enter zapisuje ocenę</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>&amp;Oceń</translation>
        </message>
        <message>
            <source>Record the rating</source>
            <translation>Zapisz ocenę</translation>
        </message>
        <message>
            <source>Ratings and coverage per party</source>
            <translation>Oceny i uwzględnienie według stron</translation>
        </message>
        <message>
            <source>No draft yet: write one in the Drafts tab.</source>
            <translation>Nie ma jeszcze wersji: napisz ją w karcie Wersje.</translation>
        </message>
        <message>
            <source>Un-ad&amp;opt</source>
            <translation>Cofnij p&amp;rzyjęcie</translation>
        </message>
        <message>
            <source>Un-adopt this draft</source>
            <translation>Cofnij przyjęcie tej wersji</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>jeszcze nie</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>bez komentarza</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>jeszcze nic</translation>
        </message>
        <message>
            <source>Least covered: %1</source>
            <translation>Najsłabiej uwzględnione: %1</translation>
        </message>
        <message>
            <source>Adopted: its ratings are kept as they were.</source>
            <translation>Przyjęta: jej oceny zostają takie, jak były.</translation>
        </message>
        <message>
            <source>Choose a draft and a party to rate it.</source>
            <translation>Wybierz wersję i stronę, która ją oceni.</translation>
        </message>
    </context>
    <context>
        <name>ExportQuestions</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Pliki JSON (*.json)</translation>
        </message>
        <message>
            <source>Full record (every note, participants)</source>
            <translation>Pełny zapis (wszystkie karteczki, uczestnicy)</translation>
        </message>
        <message>
            <source>Short handout (cover, agenda, results)</source>
            <translation>Krótki materiał (okładka, program, wyniki)</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translatorcomment>The paper size's name.</translatorcomment>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Export handout</source>
            <translation>Eksportuj materiał</translation>
        </message>
        <message>
            <source>Which handout?</source>
            <translation>Który materiał?</translation>
        </message>
        <message>
            <source>“{name}” already exists in {folder}. Replace it?</source>
            <translation>„{name}” już istnieje w {folder}. Zastąpić?</translation>
        </message>
        <message numerus="yes">
            <source>%n files already exist in {folder} ({names}). Replace them?</source>
            <translation>
                <numerusform>%n plik już istnieje w {folder} ({names}). Zastąpić?</numerusform>
                <numerusform>%n pliki już istnieją w {folder} ({names}). Zastąpić?</numerusform>
                <numerusform>%n plików już istnieje w {folder} ({names}). Zastąpić?</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace?</source>
            <translation>Zastąpić?</translation>
        </message>
        <message>
            <source>Handout ready</source>
            <translation>Materiał gotowy</translation>
        </message>
        <message>
            <source>The handout was saved as “{name}”. Open it now?</source>
            <translation>Materiał zapisano jako „{name}”. Otworzyć teraz?</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translatorcomment>The app's name: kept as it is.</translatorcomment>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Export &amp;handout (PDF)…</source>
            <translation>Eksportuj &amp;materiał (PDF)…</translation>
        </message>
        <message>
            <source>Export a handout per &amp;organisation (PDF)…</source>
            <translation>Eksportuj materiał dla każdej &amp;organizacji (PDF)…</translation>
        </message>
        <message>
            <source>Export data as &amp;CSV…</source>
            <translation>Eksportuj dane jako &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as &amp;JSON…</source>
            <translation>Eksportuj jako &amp;JSON…</translation>
        </message>
    </context>
    <context>
        <name>FileQuestions</name>
        <message>
            <source>Workshop files (*.workshop);;All files (*)</source>
            <translation>Pliki warsztatów (*.workshop);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>Otwórz warsztat</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translatorcomment>The app's name: kept as it is.</translatorcomment>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Copy taken when it was opened on {when}</source>
            <translation>Kopia zrobiona przy otwarciu {when}</translation>
        </message>
        <message>
            <source>Workshop — open a backup?</source>
            <translation>Workshop — otworzyć kopię zapasową?</translation>
        </message>
        <message>
            <source>Workshop keeps a copy each time a file is opened. Open a copy of one of these backups instead? (The damaged file is left as it is.)</source>
            <translation>Workshop robi kopię przy każdym otwarciu pliku. Otworzyć zamiast niego kopię jednej z tych kopii zapasowych? (Uszkodzony plik zostaje bez zmian.)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find:</source>
            <translation>Szukaj:</translation>
        </message>
        <message>
            <source>Find notes</source>
            <translation>Szukaj karteczek</translation>
        </message>
        <message>
            <source>Words in notes — Enter: next match, Ctrl+G: group the matches, Esc: close</source>
            <translation>Słowa na karteczkach — Enter: następne, Ctrl+G: zgrupuj znalezione, Esc: zamknij</translation>
        </message>
        <message>
            <source>Matches found</source>
            <translation>Znalezione</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Dalej</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Następne znalezione</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Zamknij szukanie</translation>
        </message>
        <message>
            <source>Close find (Esc)</source>
            <translation>Zamknij szukanie (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Brak wyników</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n wynik</numerusform>
                <numerusform>%n wyniki</numerusform>
                <numerusform>%n wyników</numerusform>
            </translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} z {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupingHost</name>
        <message>
            <source>Group notes</source>
            <translation>Zgrupuj karteczki</translation>
        </message>
        <message>
            <source>&amp;Move them</source>
            <translation>&amp;Przenieś je</translation>
        </message>
        <message>
            <source>&amp;Leave them</source>
            <translation>&amp;Zostaw je</translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <source>counts %1</source>
            <translation>liczby %1</translation>
        </message>
    </context>
    <context>
        <name>ImpactAcrossWidget</name>
        <message>
            <source>Meeting %1</source>
            <translation>Spotkanie %1</translation>
        </message>
        <message>
            <source>Collective impact across meetings</source>
            <translation>Wspólny wpływ na kolejnych spotkaniach</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Nie pytano</translation>
        </message>
        <message>
            <source>Meetings %1 (latest boldest)</source>
            <translation>Spotkania %1 (najnowsze najgrubiej)</translation>
        </message>
    </context>
    <context>
        <name>ImpactRadar</name>
        <message>
            <source>Collective impact check: medians</source>
            <translation>Sprawdzenie wspólnego wpływu: mediany</translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <source>Join from your phone: {address}, code {code}</source>
            <translation>Dołącz z telefonu: {address}, kod {code}</translation>
        </message>
    </context>
    <context>
        <name>LaptopPanel</name>
        <message numerus="yes">
            <source>%1 of %n dot(s) left</source>
            <translation>
                <numerusform>Zostało %1 z %n kropki</numerusform>
                <numerusform>Zostało %1 z %n kropek</numerusform>
                <numerusform>Zostało %1 z %n kropek</numerusform>
            </translation>
        </message>
        <message>
            <source>The item shown: its whole text and the notes inside it</source>
            <translation>Pokazana pozycja: cały jej tekst i karteczki w niej</translation>
        </message>
        <message>
            <source>Message for the next voter</source>
            <translation>Wiadomość dla następnej osoby głosującej</translation>
        </message>
        <message>
            <source>Step up to vote: choose your name (type to jump to it) and press Enter.</source>
            <translation>Podejdź, by zagłosować: wybierz swoje imię (pisz, by do niego przejść) i naciśnij Enter.</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>Wybierz swoje imię</translation>
        </message>
        <message>
            <source>Start my ballot</source>
            <translation>Zaczynam głosować</translation>
        </message>
        <message>
            <source>Type an item's number to put a dot on it (or click it, or Space / + on the one shown); letters find an item. Right-click, - or Backspace takes a dot back. Ctrl+Enter when you are done.</source>
            <translation>Wpisz numer pozycji, by postawić na niej kropkę (albo kliknij ją, albo Spacja / + na pokazanej); litery wyszukują pozycję. Prawy przycisk, - lub Backspace cofa kropkę. Ctrl+Enter, gdy skończysz.</translation>
        </message>
        <message>
            <source>Items to vote on</source>
            <translation>Pozycje do głosowania</translation>
        </message>
        <message>
            <source>Why the dot was refused</source>
            <translation>Dlaczego kropki nie przyjęto</translation>
        </message>
        <message>
            <source>Not now (Esc)</source>
            <translation>Nie teraz (Esc)</translation>
        </message>
        <message>
            <source>Leave without finishing</source>
            <translation>Wyjdź bez kończenia</translation>
        </message>
        <message>
            <source>Done: hide my ballot</source>
            <translation>Gotowe: ukryj mój głos</translation>
        </message>
        <message>
            <source>Done, hide my ballot</source>
            <translation>Gotowe, ukryj mój głos</translation>
        </message>
        <message>
            <source>%1: has voted</source>
            <translation>%1: głos oddany</translation>
        </message>
        <message>
            <source>%1: voted by proxy</source>
            <translation>%1: głos przez pełnomocnika</translation>
        </message>
        <message>
            <source>There is nothing to vote on yet: the brainstorm has no items.</source>
            <translation>Nie ma jeszcze na co głosować: burza mózgów nie ma pozycji.</translation>
        </message>
        <message>
            <source>Choose a name that has not voted yet.</source>
            <translation>Wybierz imię osoby, która jeszcze nie głosowała.</translation>
        </message>
        <message>
            <source>The vote is closed.</source>
            <translation>Głosowanie jest zamknięte.</translation>
        </message>
        <message>
            <source>%1 is voting</source>
            <translation>%1 głosuje</translation>
        </message>
        <message>
            <source>Thank you, %1. Your ballot is saved and hidden. Next person: choose your name.</source>
            <translation>Dziękujemy, %1. Twój głos jest zapisany i ukryty. Następna osoba: wybierz swoje imię.</translation>
        </message>
        <message>
            <source>Ballot left open. Next person: choose your name.</source>
            <translation>Głos pozostawiony niedokończony. Następna osoba: wybierz swoje imię.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Make breakout copies</source>
            <translation>Utwórz kopie dla stolików</translation>
        </message>
        <message>
            <source>How many tables?</source>
            <translation>Ile stolików?</translation>
        </message>
        <message>
            <source>Where to write the copies (a USB stick or a shared folder)</source>
            <translation>Gdzie zapisać kopie (pendrive lub folder współdzielony)</translation>
        </message>
        <message>
            <source>Merge breakout copies</source>
            <translation>Scal kopie ze stolików</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Następne spotkanie</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translatorcomment>The app's name: kept as it is.</translatorcomment>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[tylko do odczytu]</translation>
        </message>
        <message>
            <source>{title} — {file} — Workshop</source>
            <translation>{title} — {file} — Workshop</translation>
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation>Zapisano: {change}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Tylko do odczytu</translation>
        </message>
        <message>
            <source>All changes are saved as you go · format {version}</source>
            <translation>Wszystkie zmiany zapisują się na bieżąco · format {version}</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Nowy warsztat</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <source>Workshop title</source>
            <translation>Tytuł warsztatu</translation>
        </message>
        <message>
            <source>e.g. Riverside partnership kick-off</source>
            <translation>np. Pierwsze spotkanie partnerstwa Nadrzecze</translation>
        </message>
        <message>
            <source>&amp;Start from</source>
            <translation>&amp;Zacznij od</translation>
        </message>
        <message>
            <source>Agenda template</source>
            <translation>Szablon programu</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note text</source>
            <translation>Tekst karteczki</translation>
        </message>
    </context>
    <context>
        <name>NoteItem</name>
        <message>
            <source>From {table}</source>
            <translation>Ze stolika {table}</translation>
        </message>
    </context>
    <context>
        <name>OffersAsksScreen</name>
        <message>
            <source>no match yet</source>
            <translation>jeszcze bez dopasowania</translation>
        </message>
        <message>
            <source>only gives</source>
            <translation>tylko daje</translation>
        </message>
        <message>
            <source>only receives</source>
            <translation>tylko otrzymuje</translation>
        </message>
        <message>
            <source>Confirm commitment</source>
            <translation>Potwierdź zobowiązanie</translation>
        </message>
        <message>
            <source>By when? (YYYY-MM-DD, or leave empty)</source>
            <translation>Do kiedy? (RRRR-MM-DD lub zostaw puste)</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>Edytuj kartę</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Tekst:</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pytanie pokazywane sali</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>The next cards are offers (Alt+O)</source>
            <translation>Następne karty to oferty (Alt+O)</translation>
        </message>
        <message>
            <source>Next card is an offer</source>
            <translation>Następna karta to oferta</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Prośba</translation>
        </message>
        <message>
            <source>The next cards are asks (Alt+K)</source>
            <translation>Następne karty to prośby (Alt+K)</translation>
        </message>
        <message>
            <source>Next card is an ask</source>
            <translation>Następna karta to prośba</translation>
        </message>
        <message>
            <source>Whose card: participant or organisation</source>
            <translation>Czyja karta: uczestnik lub organizacja</translation>
        </message>
        <message>
            <source>Card text</source>
            <translation>Tekst karty</translation>
        </message>
        <message>
            <source>What they offer or need (Enter adds; start with + offer, ? ask)</source>
            <translation>Co oferują lub czego potrzebują (Enter dodaje; + na początku: oferta, ?: prośba)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Dodaj kartę</translation>
        </message>
        <message>
            <source>Add the card (Enter)</source>
            <translation>Dodaj kartę (Enter)</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Oferty</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>Prośby</translation>
        </message>
        <message>
            <source>Suggested offers for the ask</source>
            <translation>Proponowane oferty dla prośby</translation>
        </message>
        <message>
            <source>Confirm ma&amp;tch…</source>
            <translation>Potwierdź &amp;dopasowanie…</translation>
        </message>
        <message>
            <source>Confirm the selected match as a commitment</source>
            <translation>Potwierdź zaznaczone dopasowanie jako zobowiązanie</translation>
        </message>
        <message>
            <source>Confirm the selected offer for this ask (Ctrl+M)</source>
            <translation>Potwierdź zaznaczoną ofertę dla tej prośby (Ctrl+M)</translation>
        </message>
        <message>
            <source>Balance: what each party gives and receives</source>
            <translation>Bilans: co każda strona daje i otrzymuje</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Strona</translation>
        </message>
        <message>
            <source>Gives</source>
            <translation>Daje</translation>
        </message>
        <message>
            <source>Gets</source>
            <translation>Otrzymuje</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Zobowiązania</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Dla</translation>
        </message>
        <message>
            <source>By</source>
            <translatorcomment>Commitments table: the due date ('by when').</translatorcomment>
            <translation>Termin</translation>
        </message>
        <message>
            <source>&amp;Balance</source>
            <translation>&amp;Bilans</translation>
        </message>
        <message>
            <source>Co&amp;mmitments</source>
            <translation>Z&amp;obowiązania</translation>
        </message>
        <message>
            <source>&amp;Who</source>
            <translation>K&amp;to</translation>
        </message>
        <message>
            <source>Suggested matches</source>
            <translation>Proponowane dopasowania</translation>
        </message>
        <message>
            <source>Reciprocity map</source>
            <translation>Mapa wzajemności</translation>
        </message>
        <message>
            <source>Confirm match</source>
            <translation>Potwierdź dopasowanie</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>Nowa karta</translation>
        </message>
        <message>
            <source>Next cards are offers</source>
            <translation>Następne karty to oferty</translation>
        </message>
        <message>
            <source>Next cards are asks</source>
            <translation>Następne karty to prośby</translation>
        </message>
        <message>
            <source>Remove cards</source>
            <translation>Usuń karty</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Usuń zobowiązanie</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Zmień datę</translation>
        </message>
        <message>
            <source>What can you offer? What do you need?</source>
            <translation>Co możesz zaoferować? Czego potrzebujesz?</translation>
        </message>
        <message>
            <source>Offers (%1)</source>
            <translation>Oferty (%1)</translation>
        </message>
        <message>
            <source>Asks (%1)</source>
            <translation>Prośby (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>%n zobowiązanie</numerusform>
                <numerusform>%n zobowiązania</numerusform>
                <numerusform>%n zobowiązań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ask(s) still open</source>
            <translation>
                <numerusform>%n prośba wciąż otwarta</numerusform>
                <numerusform>%n prośby wciąż otwarte</numerusform>
                <numerusform>%n próśb wciąż otwartych</numerusform>
            </translation>
        </message>
        <message>
            <source>Alt+O offer · Alt+K ask · Ctrl+M confirm match · Delete remove · F2 edit or re-date</source>
            <translation>Alt+O oferta · Alt+K prośba · Ctrl+M potwierdź · Delete usuń · F2 edytuj lub zmień datę</translation>
        </message>
        <message>
            <source>gives and receives</source>
            <translation>daje i otrzymuje</translation>
        </message>
        <message>
            <source>%1 offers, %2 asks</source>
            <translation>oferty: %1, prośby: %2</translation>
        </message>
        <message>
            <source>no date yet</source>
            <translation>jeszcze bez daty</translation>
        </message>
        <message>
            <source>Select an ask to see the offers that could meet it.</source>
            <translation>Zaznacz prośbę, by zobaczyć oferty, które mogą na nią odpowiedzieć.</translation>
        </message>
        <message>
            <source>For “%1” (%2):</source>
            <translation>Dla „%1” (%2):</translation>
        </message>
        <message>
            <source>why: %1</source>
            <translation>dlaczego: %1</translation>
        </message>
        <message>
            <source>No offer meets this ask yet (nothing beyond common words like “help” is shared).</source>
            <translation>Żadna oferta nie odpowiada jeszcze na tę prośbę (wspólne są tylko ogólne słowa, jak „pomoc”).</translation>
        </message>
        <message>
            <source>Select an ask and one of its suggested offers first.</source>
            <translation>Najpierw zaznacz prośbę i jedną z proponowanych ofert.</translation>
        </message>
        <message>
            <source>%1 gives “%2” to %3.</source>
            <translation>%1 daje „%2” dla: %3.</translation>
        </message>
        <message>
            <source>%1 gives “%2” to %3 (now: %4).</source>
            <translation>%1 daje „%2” dla: %3 (teraz: %4).</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>bez daty</translation>
        </message>
        <message>
            <source>Part of a commitment</source>
            <translation>Część zobowiązania</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>Uczestnik</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Imię i nazwisko</translation>
        </message>
        <message>
            <source>Participant name</source>
            <translation>Imię i nazwisko uczestnika</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organizacja</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>&amp;Colour</source>
            <translation>&amp;Kolor</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kolor</translation>
        </message>
        <message>
            <source>optional, like #ffcc00</source>
            <translation>opcjonalnie, np. #ffcc00</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Edit participant</source>
            <translation>Edytuj uczestnika</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Dodaj uczestnika</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Paste a list of participants</source>
            <translation>Wklej listę uczestników</translation>
        </message>
        <message>
            <source>List of participants</source>
            <translation>Lista uczestników</translation>
        </message>
        <message>
            <source>One person per line:
Ana Silva, Riverside Library
Ben Ode, Youth Forum</source>
            <translation>Jedna osoba w wierszu:
Anna Nowak, Biblioteka Nadrzecze
Jan Kowalski, Rada Młodzieży</translation>
        </message>
        <message>
            <source>Add them</source>
            <translation>Dodaj ich</translation>
        </message>
        <message>
            <source>Add everyone listed (Ctrl+Enter)</source>
            <translation>Dodaj wszystkich z listy (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>One person per line: name, then organisation after a comma or tab. Ctrl+Enter adds them.</source>
            <translation>Jedna osoba w wierszu: imię i nazwisko, potem organizacja po przecinku lub tabulatorze. Ctrl+Enter dodaje.</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Importuj uczestników</translation>
        </message>
        <message>
            <source>CSV or text (*.csv *.txt);;All files (*)</source>
            <translation>CSV lub tekst (*.csv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>New participant name</source>
            <translation>Imię i nazwisko nowego uczestnika</translation>
        </message>
        <message>
            <source>Organisation (optional)</source>
            <translation>Organizacja (opcjonalnie)</translation>
        </message>
        <message>
            <source>New participant organisation</source>
            <translation>Organizacja nowego uczestnika</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add participant (Enter)</source>
            <translation>Dodaj uczestnika (Enter)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kolor</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>Paste list…</source>
            <translation>Wklej listę…</translation>
        </message>
        <message>
            <source>Paste a list (Ctrl+Shift+V)</source>
            <translation>Wklej listę (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importuj CSV…</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Importuj plik CSV</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <source>Edit participant</source>
            <translation>Edytuj uczestnika</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove participants (Delete)</source>
            <translation>Usuń uczestników (Delete)</translation>
        </message>
        <message>
            <source>“{name}” is too large for a list of people (at most {size} KB).</source>
            <translation>„{name}” jest za duży jak na listę osób (najwyżej {size} KB).</translation>
        </message>
        <message>
            <source>“{name}” could not be read as a text file: {error}.</source>
            <translation>Nie udało się odczytać „{name}” jako pliku tekstowego: {error}.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translatorcomment>Followed by '{people} from {organisations}': genitive forms read 'z 2 organizacji'.</translatorcomment>
            <translation>
                <numerusform>%n uczestnik</numerusform>
                <numerusform>%n uczestników</numerusform>
                <numerusform>%n uczestników</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translatorcomment>Used after 'z' ('from'): genitive in every form.</translatorcomment>
            <translation>
                <numerusform>%n organizacji</numerusform>
                <numerusform>%n organizacji</numerusform>
                <numerusform>%n organizacji</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} from {organisations}</source>
            <translation>{people} z {organisations}</translation>
        </message>
    </context>
    <context>
        <name>PartyEdit</name>
        <message>
            <source>Owner (optional): a person or an organisation</source>
            <translation>Kto (opcjonalnie): osoba lub organizacja</translation>
        </message>
        <message>
            <source>Who: a person or an organisation</source>
            <translation>Kto: osoba lub organizacja</translation>
        </message>
    </context>
    <context>
        <name>PasteHost</name>
        <message>
            <source>Add notes</source>
            <translation>Dodaj karteczki</translation>
        </message>
    </context>
    <context>
        <name>PhoneSession</name>
        <message>
            <source>Phones cannot join: {address} is not available ({reason}). Choose another network.</source>
            <translation>Telefony nie mogą dołączyć: {address} jest niedostępny ({reason}). Wybierz inną sieć.</translation>
        </message>
    </context>
    <context>
        <name>PhonesPanel</name>
        <message>
            <source>Let the room join from their phones</source>
            <translation>Pozwól sali dołączyć z telefonów</translation>
        </message>
        <message>
            <source>Network the phones use</source>
            <translation>Sieć, której używają telefony</translation>
        </message>
        <message>
            <source>Open the live activity to phones</source>
            <translation>Otwórz bieżącą aktywność dla telefonów</translation>
        </message>
        <message>
            <source>Phone notes wait for my approval</source>
            <translation>Karteczki z telefonów czekają na moją zgodę</translation>
        </message>
        <message>
            <source>People not on the list may add themselves</source>
            <translation>Osoby spoza listy mogą się dopisać</translation>
        </message>
        <message>
            <source>New join &amp;code</source>
            <translation>Nowy &amp;kod</translation>
        </message>
        <message>
            <source>The old code (and every phone joined with it) stops at once</source>
            <translation>Stary kod (i każdy telefon, który z nim dołączył) od razu przestaje działać</translation>
        </message>
        <message>
            <source>&amp;Stop sharing</source>
            <translation>&amp;Zakończ udostępnianie</translation>
        </message>
        <message>
            <source>Phone notes waiting for approval</source>
            <translation>Karteczki z telefonów czekające na zgodę</translation>
        </message>
        <message>
            <source>Approve (Enter)</source>
            <translation>Zatwierdź (Enter)</translation>
        </message>
        <message>
            <source>Discard (Delete)</source>
            <translation>Odrzuć (Delete)</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Sieć:</translation>
        </message>
        <message>
            <source>&amp;Waiting for approval:</source>
            <translation>&amp;Czeka na zgodę:</translation>
        </message>
        <message>
            <source>Open a workshop to let phones join.</source>
            <translation>Otwórz warsztat, aby telefony mogły dołączyć.</translation>
        </message>
        <message>
            <source>Phones join at {join}
or open {base} and type the code {code}</source>
            <translation>Telefony dołączają pod {join}
lub otwórz {base} i wpisz kod {code}</translation>
        </message>
        <message>
            <source>Phones are off: no network connection is open.</source>
            <translation>Telefony są wyłączone: żadne połączenie sieciowe nie jest otwarte.</translation>
        </message>
        <message>
            <source>Open “{title}” to phones</source>
            <translation>Otwórz „{title}” dla telefonów</translation>
        </message>
        <message>
            <source>Phones connected: {count}</source>
            <translation>Połączone telefony: {count}</translation>
        </message>
        <message>
            <source>No phone contributions to this activity yet.</source>
            <translation>Nikt jeszcze nie dodał nic z telefonu do tej aktywności.</translation>
        </message>
        <message>
            <source>{name} (voted)</source>
            <translatorcomment>The name may be of any gender: 'zagłosował/a'.</translatorcomment>
            <translation>{name} (zagłosował/a)</translation>
        </message>
        <message>
            <source>Contributed from phones ({count}): {names}</source>
            <translation>Z telefonów dodali ({count}): {names}</translation>
        </message>
        <message>
            <source>&amp;Waiting for approval ({count}):</source>
            <translation>&amp;Czeka na zgodę ({count}):</translation>
        </message>
    </context>
    <context>
        <name>PhonesWiring</name>
        <message>
            <source>Phones</source>
            <translation>Telefony</translation>
        </message>
        <message>
            <source>&amp;Phones panel</source>
            <translation>Panel &amp;telefonów</translation>
        </message>
        <message>
            <source>Phones…</source>
            <translation>Telefony…</translation>
        </message>
        <message>
            <source>Let the room join from their phones: the Phones panel</source>
            <translation>Pozwól sali dołączyć z telefonów: panel Telefony</translation>
        </message>
        <message>
            <source>Phones: {connected} connected · {contributed} contributed to this activity</source>
            <translation>Telefony: połączone {connected} · dodali do tej aktywności: {contributed}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencje</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Język systemu</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Język aplikacji</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <source>The new language applies when Workshop starts again. Handouts and the projector follow each workshop's own language (Details).</source>
            <translation>Nowy język zacznie działać po ponownym uruchomieniu programu Workshop. Materiały i projektor używają języka danego warsztatu (Szczegóły).</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <source>&amp;Projector</source>
            <translatorcomment>Menu title: its mnemonic must differ from &amp;Plik (File).</translatorcomment>
            <translation>Pro&amp;jektor</translation>
        </message>
        <message>
            <source>Show the audience view on the projector (F5)</source>
            <translation>Pokaż widok dla sali na projektorze (F5)</translation>
        </message>
        <message>
            <source>&amp;Blank projector</source>
            <translation>&amp;Wygaś projektor</translation>
        </message>
        <message>
            <source>Show black on the projector (B)</source>
            <translation>Pokaż czarny ekran na projektorze (B)</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>Wygaś</translation>
        </message>
        <message>
            <source>&amp;Freeze projector</source>
            <translation>&amp;Zamroź projektor</translation>
        </message>
        <message>
            <source>Keep the projector on the current picture while you work (F)</source>
            <translation>Zatrzymaj bieżący obraz na projektorze, gdy pracujesz (F)</translation>
        </message>
        <message>
            <source>Freeze</source>
            <translation>Zamroź</translation>
        </message>
        <message>
            <source>Show in &amp;room</source>
            <translation>Pokaż na &amp;sali</translation>
        </message>
        <message>
            <source>Send the activity you are looking at to the projector (Shift+F5)</source>
            <translation>Wyślij oglądaną aktywność na projektor (Shift+F5)</translation>
        </message>
        <message>
            <source>Next &amp;page on projector</source>
            <translation>&amp;Następna strona na projektorze</translation>
        </message>
        <message>
            <source>Turn the projector to the next page (Page Down)</source>
            <translation>Przełącz projektor na następną stronę (Page Down)</translation>
        </message>
        <message>
            <source>Previous pa&amp;ge on projector</source>
            <translation>P&amp;oprzednia strona na projektorze</translation>
        </message>
        <message>
            <source>Turn the projector to the previous page (Page Up)</source>
            <translation>Przełącz projektor na poprzednią stronę (Page Up)</translation>
        </message>
        <message>
            <source>Spot&amp;light on projector</source>
            <translation>Wy&amp;różnij na projektorze</translation>
        </message>
        <message>
            <source>Put the selected note or cluster full screen on the projector (S; Esc returns)</source>
            <translation>Pokaż zaznaczoną karteczkę lub grupę na cały ekran projektora (S; Esc wraca)</translation>
        </message>
        <message>
            <source>End spotlight</source>
            <translation>Zakończ wyróżnienie</translation>
        </message>
        <message>
            <source>Back to the live activity (Esc)</source>
            <translation>Wróć do bieżącej aktywności (Esc)</translation>
        </message>
        <message>
            <source>Show &amp;agenda on projector</source>
            <translation>Pokaż &amp;program na projektorze</translation>
        </message>
        <message>
            <source>Show the day's agenda</source>
            <translation>Pokaż program dnia</translation>
        </message>
        <message>
            <source>&amp;Dark projector theme</source>
            <translation>&amp;Ciemny motyw projektora</translation>
        </message>
        <message>
            <source>White on dark (off: black on white)</source>
            <translation>Biały na ciemnym (wyłączone: czarny na białym)</translation>
        </message>
        <message>
            <source>Projector &amp;screen</source>
            <translation>&amp;Ekran projektora</translation>
        </message>
        <message>
            <source>Select a note or a cluster on the board to spotlight it.</source>
            <translation>Zaznacz karteczkę lub grupę na tablicy, aby ją wyróżnić.</translation>
        </message>
        <message>
            <source>Automatic (the screen the laptop is not on)</source>
            <translation>Automatycznie (ekran, na którym nie ma laptopa)</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWiring</name>
        <message>
            <source>Run</source>
            <translation>Prowadzenie</translation>
        </message>
        <message>
            <source>&amp;Projector</source>
            <translatorcomment>Menu title: its mnemonic must differ from &amp;Plik (File).</translatorcomment>
            <translation>Pro&amp;jektor</translation>
        </message>
        <message>
            <source>&amp;Run panel</source>
            <translation>Panel &amp;prowadzenia</translation>
        </message>
        <message>
            <source>&amp;Start activity</source>
            <translation>&amp;Rozpocznij aktywność</translation>
        </message>
        <message>
            <source>&amp;Finish activity</source>
            <translation>&amp;Zakończ aktywność</translation>
        </message>
        <message>
            <source>Go to &amp;next activity</source>
            <translation>Przejdź do &amp;następnej aktywności</translation>
        </message>
    </context>
    <context>
        <name>ProjectsTab</name>
        <message>
            <source>Paste projects</source>
            <translation>Wklej projekty</translation>
        </message>
        <message>
            <source>One project a line: title; cost; category; organisation</source>
            <translation>Jeden projekt w wierszu: tytuł; koszt; kategoria; organizacja</translation>
        </message>
        <message>
            <source>Import a Pabulib file</source>
            <translation>Importuj plik Pabulib</translation>
        </message>
        <message>
            <source>Pabulib (*.pb)</source>
            <translation>Pabulib (*.pb)</translation>
        </message>
        <message>
            <source>Export as Pabulib</source>
            <translation>Eksportuj jako Pabulib</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budżet</translation>
        </message>
        <message>
            <source>e.g. 20000</source>
            <translation>np. 20000</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Waluta</translation>
        </message>
        <message>
            <source>Set budget</source>
            <translation>Ustaw budżet</translation>
        </message>
        <message>
            <source>Set the budget and its currency</source>
            <translation>Ustaw budżet i jego walutę</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Budżet:</translation>
        </message>
        <message>
            <source>Secret ballots until revealed</source>
            <translation>Głosy tajne do ujawnienia wyników</translation>
        </message>
        <message>
            <source>Most projects on a ballot</source>
            <translation>Najwięcej projektów na karcie</translation>
        </message>
        <message>
            <source>Most total cost on a ballot</source>
            <translation>Największy łączny koszt na karcie</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>bez limitu</translation>
        </message>
        <message>
            <source>Points per ballot (cumulative)</source>
            <translation>Punkty na kartę (kumulowane)</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Ustaw</translation>
        </message>
        <message>
            <source>Set the ballot rules</source>
            <translation>Ustaw zasady głosowania</translation>
        </message>
        <message>
            <source>Ballot limits:</source>
            <translation>Limity na karcie:</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekty</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Tytuł projektu</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>Nowy projekt…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add the project (Enter)</source>
            <translation>Dodaj projekt (Enter)</translation>
        </message>
        <message>
            <source>Note or cluster to make a project from</source>
            <translation>Karteczka lub grupa, z której powstanie projekt</translation>
        </message>
        <message>
            <source>Fro&amp;m the board:</source>
            <translation>Z &amp;tablicy:</translation>
        </message>
        <message>
            <source>Make project</source>
            <translation>Utwórz projekt</translation>
        </message>
        <message>
            <source>Make a project from the note or cluster, with the cost typed</source>
            <translation>Utwórz projekt z karteczki lub grupy, z wpisanym kosztem</translation>
        </message>
        <message>
            <source>Paste…</source>
            <translation>Wklej…</translation>
        </message>
        <message>
            <source>Paste projects, one a line</source>
            <translation>Wklej projekty, po jednym w wierszu</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove the selected project</source>
            <translation>Usuń zaznaczony projekt</translation>
        </message>
        <message>
            <source>Import .pb…</source>
            <translation>Importuj .pb…</translation>
        </message>
        <message>
            <source>Export .pb…</source>
            <translation>Eksportuj .pb…</translation>
        </message>
        <message>
            <source>Export as a Pabulib file</source>
            <translation>Eksportuj jako plik Pabulib</translation>
        </message>
        <message>
            <source>%1 (0: no limit)</source>
            <translation>%1 (0: bez limitu)</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>aprobata</translation>
        </message>
        <message>
            <source>No brainstorm notes or clusters to make a project from.</source>
            <translation>Nie ma karteczek ani grup z burzy mózgów, z których powstałby projekt.</translation>
        </message>
        <message>
            <source>Type the project's cost in the Cost box first.</source>
            <translation>Najpierw wpisz koszt projektu w polu Koszt.</translation>
        </message>
        <message>
            <source>Imported. %1</source>
            <translation>Zaimportowano. %1</translation>
        </message>
        <message>
            <source>The ballots are secret: reveal the results before exporting.</source>
            <translation>Głosy są tajne: ujawnij wyniki przed eksportem.</translation>
        </message>
    </context>
    <context>
        <name>PromptScreen</name>
        <message>
            <source>No prompt for the room yet.</source>
            <translation>Nie ma jeszcze pytania dla sali.</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pytanie pokazywane sali</translation>
        </message>
        <message>
            <source>Facilitator notes (never shown to the room): {notes}</source>
            <translation>Notatki prowadzącego (nigdy nie pokazywane sali): {notes}</translation>
        </message>
    </context>
    <context>
        <name>ProxyPanel</name>
        <message>
            <source>Vote on behalf of:</source>
            <translation>Głosuj w imieniu:</translation>
        </message>
        <message>
            <source>Participant voted for by proxy</source>
            <translation>Uczestnik, w którego imieniu głosuje pełnomocnik</translation>
        </message>
        <message>
            <source>Place their dots as they asked (click or +, right-click or -), then cast the ballot (Ctrl+Enter). It is recorded as a proxy.</source>
            <translation>Postaw ich kropki tak, jak prosili (kliknięcie lub +, prawy przycisk lub -), potem oddaj głos (Ctrl+Enter). Zostanie zapisany jako głos przez pełnomocnika.</translation>
        </message>
        <message>
            <source>Items on the proxy ballot</source>
            <translation>Pozycje na karcie pełnomocnika</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Od nowa</translation>
        </message>
        <message>
            <source>Clear the proxy ballot</source>
            <translation>Wyczyść kartę pełnomocnika</translation>
        </message>
        <message>
            <source>Cast proxy ballot (Ctrl+Enter)</source>
            <translation>Oddaj głos pełnomocnika (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cast proxy ballot</source>
            <translation>Oddaj głos pełnomocnika</translation>
        </message>
        <message>
            <source>Everyone already has a ballot.</source>
            <translation>Wszyscy już mają oddany głos.</translation>
        </message>
        <message>
            <source>Proxy ballot for %1 cast.</source>
            <translation>Oddano głos pełnomocnika za: %1.</translation>
        </message>
    </context>
    <context>
        <name>PulseEntry</name>
        <message>
            <source>Tally: counts lowest value first</source>
            <translation>Zliczenie: liczby od najniższej wartości</translation>
        </message>
        <message>
            <source>Counts, lowest value first, e.g. 0 1 3 6 2 0 (Enter)</source>
            <translation>Liczby od najniższej wartości, np. 0 1 3 6 2 0 (Enter)</translation>
        </message>
        <message>
            <source>Who is answering (when not anonymous)</source>
            <translation>Kto odpowiada (gdy nie anonimowo)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>Paper tally (Alt+T)</source>
            <translatorcomment>In the pulse: the room's show of hands counted, typed as one tally.</translatorcomment>
            <translation>Zliczenie z rąk (Alt+T)</translation>
        </message>
        <message>
            <source>One &amp;by one</source>
            <translation>Po k&amp;olei</translation>
        </message>
        <message>
            <source>Count for %1: %2</source>
            <translation>Liczba dla %1: %2</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anonimowo</translation>
        </message>
    </context>
    <context>
        <name>PulseResults</name>
        <message>
            <source>Results, rounds side by side</source>
            <translation>Wyniki, rundy obok siebie</translation>
        </message>
        <message>
            <source>Histogram of round %1</source>
            <translation>Histogram rundy %1</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <source>moved %1</source>
            <translation>zmiana %1</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) — hidden until you show them.</source>
            <translation>
                <numerusform>%n odpowiedź — ukryta, dopóki jej nie pokażesz.</numerusform>
                <numerusform>%n odpowiedzi — ukryte, dopóki ich nie pokażesz.</numerusform>
                <numerusform>%n odpowiedzi — ukryte, dopóki ich nie pokażesz.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PulseScreen</name>
        <message>
            <source>Edit statement</source>
            <translation>Edytuj stwierdzenie</translation>
        </message>
        <message>
            <source>Statement:</source>
            <translation>Stwierdzenie:</translation>
        </message>
        <message>
            <source>Record the tally?</source>
            <translation>Zapisać zliczenie?</translation>
        </message>
        <message>
            <source>Ask again</source>
            <translation>Zapytaj ponownie</translation>
        </message>
        <message>
            <source>Name of the new round (e.g. Check-out):</source>
            <translation>Nazwa nowej rundy (np. Na koniec):</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pytanie pokazywane sali</translation>
        </message>
        <message>
            <source>New statement</source>
            <translation>Nowe stwierdzenie</translation>
        </message>
        <message>
            <source>New statement, e.g. I trust this group… (Enter)</source>
            <translation>Nowe stwierdzenie, np. Ufam tej grupie… (Enter)</translation>
        </message>
        <message>
            <source>Scale of the new statement</source>
            <translation>Skala nowego stwierdzenia</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add statement (Enter)</source>
            <translation>Dodaj stwierdzenie (Enter)</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Stwierdzenia</translation>
        </message>
        <message>
            <source>Impact check</source>
            <translation>Test wpływu</translation>
        </message>
        <message>
            <source>Add the five collective impact statements (Ctrl+I)</source>
            <translation>Dodaj pięć stwierdzeń o wspólnym wpływie (Ctrl+I)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove the selected statement (Delete)</source>
            <translation>Usuń zaznaczone stwierdzenie (Delete)</translation>
        </message>
        <message>
            <source>Statement asked</source>
            <translation>Zadane stwierdzenie</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runda</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Runda</translation>
        </message>
        <message>
            <source>Ask again…</source>
            <translatorcomment>Button in the pulse's round row: keep it short.</translatorcomment>
            <translation>Zapytaj znów…</translation>
        </message>
        <message>
            <source>Ask the statement again as a new round (Ctrl+R)</source>
            <translation>Zadaj stwierdzenie ponownie jako nową rundę (Ctrl+R)</translation>
        </message>
        <message>
            <source>Show results</source>
            <translation>Pokaż wyniki</translation>
        </message>
        <message>
            <source>Show or hide this round's results (Ctrl+Shift+R)</source>
            <translation>Pokaż lub ukryj wyniki tej rundy (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Clear answers</source>
            <translatorcomment>Button in the pulse's round row beside Ask again and Show results: keep it short.</translatorcomment>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <source>Clear this round's tally and answers</source>
            <translation>Wyczyść zliczenie i odpowiedzi tej rundy</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ukryj wyniki</translation>
        </message>
        <message>
            <source>Sho&amp;w the shift</source>
            <translation>Pokaż z&amp;mianę</translation>
        </message>
        <message>
            <source>Show the rounds side by side with the change to the room</source>
            <translation>Pokaż sali rundy obok siebie ze zmianą</translation>
        </message>
        <message>
            <source>Show this statement's rounds side by side, with the change, on the projector</source>
            <translation>Pokaż na projektorze rundy tego stwierdzenia obok siebie, ze zmianą</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Type the tally</source>
            <translation>Wpisz zliczenie</translation>
        </message>
        <message>
            <source>Show or hide results</source>
            <translation>Pokaż lub ukryj wyniki</translation>
        </message>
        <message>
            <source>Collective impact check</source>
            <translation>Sprawdzenie wspólnego wpływu</translation>
        </message>
        <message>
            <source>Remove statement</source>
            <translation>Usuń stwierdzenie</translation>
        </message>
        <message>
            <source>How true is this for you? Show your fingers.</source>
            <translation>Na ile to dla ciebie prawda? Pokaż na palcach.</translation>
        </message>
        <message>
            <source>Add a statement to ask the room (Ctrl+N).</source>
            <translation>Dodaj stwierdzenie, o które zapytasz salę (Ctrl+N).</translation>
        </message>
        <message>
            <source>Click here, then press %1–%2 for each answer.</source>
            <translation>Kliknij tu i naciskaj %1–%2 przy każdej odpowiedzi.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) typed this round</source>
            <translation>
                <numerusform>%n odpowiedź wpisana w tej rundzie</numerusform>
                <numerusform>%n odpowiedzi wpisane w tej rundzie</numerusform>
                <numerusform>%n odpowiedzi wpisanych w tej rundzie</numerusform>
            </translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonimowo</translation>
        </message>
        <message>
            <source>Results stay hidden while people answer at the laptop; show them with Ctrl+Shift+R. Undo (Ctrl+Z) takes back a wrong key.</source>
            <translation>Wyniki są ukryte, gdy ludzie odpowiadają przy laptopie; pokaż je przez Ctrl+Shift+R. Cofnij (Ctrl+Z) odwołuje zły klawisz.</translation>
        </message>
        <message>
            <source>“%1” looks like the show of hands. Record it as the tally of “%2” (%3) rather than as a new statement?</source>
            <translation>„%1” wygląda na wynik głosowania rękami. Zapisać to jako zliczenie „%2” (%3) zamiast jako nowe stwierdzenie?</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translatorcomment>The suggested name of a pulse's second round (the closing check).</translatorcomment>
            <translation>Na koniec</translation>
        </message>
        <message>
            <source>%1 is not on this scale: press %2–%3.</source>
            <translation>%1 nie ma na tej skali: naciśnij %2–%3.</translation>
        </message>
    </context>
    <context>
        <name>PurposeScreen</name>
        <message>
            <source>Who states a purpose</source>
            <translation>Kto formułuje cel</translation>
        </message>
        <message>
            <source>One purpose per participant</source>
            <translation>Jeden cel na uczestnika</translation>
        </message>
        <message>
            <source>One purpose per organisation</source>
            <translation>Jeden cel na organizację</translation>
        </message>
        <message>
            <source>Language of the statements</source>
            <translation>Język stwierdzeń</translation>
        </message>
        <message>
            <source>Anonymous on the projector</source>
            <translation>Anonimowo na projektorze</translation>
        </message>
        <message>
            <source>Hide who wrote each purpose on the projector</source>
            <translation>Ukryj na projektorze, kto napisał który cel</translation>
        </message>
        <message>
            <source>Purposes from</source>
            <translation>Cele od</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Blend rounds, drafts and endorsement</source>
            <translation>Rundy łączenia, wersje i poparcie</translation>
        </message>
        <message>
            <source>3 · Rounds</source>
            <translation>3 · Rundy</translation>
        </message>
        <message>
            <source>4 · Drafts</source>
            <translation>4 · Wersje</translation>
        </message>
        <message>
            <source>5 · Endorse</source>
            <translation>5 · Poparcie</translation>
        </message>
        <message>
            <source>Each party states its own purpose.</source>
            <translation>Każda strona formułuje własny cel.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Our common purpose&lt;/b&gt; (draft %1): %2</source>
            <translation>&lt;b&gt;Nasz wspólny cel&lt;/b&gt; (wersja %1): %2</translation>
        </message>
    </context>
    <context>
        <name>RadarWidget</name>
        <message>
            <source>median %1</source>
            <translation>mediana %1</translation>
        </message>
        <message>
            <source>Collective impact radar</source>
            <translation>Radar wspólnego wpływu</translation>
        </message>
        <message>
            <source>%1: median %2</source>
            <translation>%1: mediana %2</translation>
        </message>
    </context>
    <context>
        <name>RankingTable</name>
        <message>
            <source>Rank</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Pozycja</translation>
        </message>
        <message>
            <source>Weighted dots</source>
            <translation>Kropki ważone</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Kropki</translation>
        </message>
        <message>
            <source>%1 (tie)</source>
            <translation>%1 (ex aequo)</translation>
        </message>
        <message>
            <source>(%1 on paper)</source>
            <translation>(%1 na papierze)</translation>
        </message>
        <message>
            <source>not ranked: no dots</source>
            <translation>bez miejsca: brak kropek</translation>
        </message>
    </context>
    <context>
        <name>ReciprocityMap</name>
        <message>
            <source>Reciprocity map</source>
            <translation>Mapa wzajemności</translation>
        </message>
        <message>
            <source>%1 gives %2 (%3)</source>
            <translation>%1 daje %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) on the map</source>
            <translation>
                <numerusform>%n nazwa na mapie</numerusform>
                <numerusform>%n nazwy na mapie</numerusform>
                <numerusform>%n nazw na mapie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>%n strzałka</numerusform>
                <numerusform>%n strzałki</numerusform>
                <numerusform>%n strzałek</numerusform>
            </translation>
        </message>
        <message>
            <source>No offers or asks yet: the map fills as they come.</source>
            <translation>Nie ma jeszcze ofert ani próśb: mapa wypełni się, gdy się pojawią.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>kept secret: fewer than 3 voters</source>
            <translation>tajne: mniej niż 3 głosujących</translation>
        </message>
        <message>
            <source>Ballots are secret: an organisation's choices are shown only when at least 3 of its people voted (with fewer, they would nearly give away each person's ballot).</source>
            <translation>Głosy są tajne: wybory organizacji są pokazywane tylko wtedy, gdy głosowały co najmniej 3 jej osoby (przy mniejszej liczbie zdradzałyby niemal głos każdej osoby).</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>Ujawnij wyniki</translation>
        </message>
        <message>
            <source>Reveal or hide the results</source>
            <translation>Ujawnij lub ukryj wyniki</translation>
        </message>
        <message>
            <source>Reveal or hide the results (Ctrl+R); undoable</source>
            <translation>Ujawnij lub ukryj wyniki (Ctrl+R); można cofnąć</translation>
        </message>
        <message>
            <source>Each organisation &amp;weighs the same</source>
            <translation>Każda organizacja wa&amp;ży tyle samo</translation>
        </message>
        <message>
            <source>Each organisation weighs the same</source>
            <translation>Każda organizacja waży tyle samo</translation>
        </message>
        <message>
            <source>Show both rankings side by side: dots as cast, and with each organisation weighing the same</source>
            <translation>Pokaż oba rankingi obok siebie: kropki, jak je postawiono, i z jednakową wagą każdej organizacji</translation>
        </message>
        <message>
            <source>Ranking by dots as cast</source>
            <translation>Ranking według postawionych kropek</translation>
        </message>
        <message>
            <source>Ranking with each organisation weighing the same</source>
            <translation>Ranking z jednakową wagą każdej organizacji</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dots as cast&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kropki, jak je postawiono&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Each organisation weighs the same&lt;/b&gt;</source>
            <translation>&lt;b&gt;Każda organizacja waży tyle samo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Ma&amp;ke action</source>
            <translation>Utwórz za&amp;danie</translation>
        </message>
        <message>
            <source>Make an action from the selected result</source>
            <translation>Utwórz zadanie z zaznaczonego wyniku</translation>
        </message>
        <message>
            <source>Put the selected result on the workshop's action list (Alt+K or Ctrl+Shift+T); undoable</source>
            <translation>Dodaj zaznaczony wynik do listy zadań warsztatu (Alt+K lub Ctrl+Shift+T); można cofnąć</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>Utwórz zadanie</translation>
        </message>
        <message>
            <source>Breakdown by organisation</source>
            <translation>Podział według organizacji</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Głosujący</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Kropki</translation>
        </message>
        <message>
            <source>Each dot counts</source>
            <translation>Każda kropka się liczy</translation>
        </message>
        <message>
            <source>Most dots on</source>
            <translation>Najwięcej kropek na</translation>
        </message>
        <message>
            <source>&lt;b&gt;By organisation&lt;/b&gt;</source>
            <translation>&lt;b&gt;Według organizacji&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Make agenda from results</source>
            <translation>Utwórz program z wyników</translation>
        </message>
        <message>
            <source>T&amp;op</source>
            <translation>Pie&amp;rwsze</translation>
        </message>
        <message>
            <source>Take the top items</source>
            <translation>Weź pierwsze pozycje</translation>
        </message>
        <message>
            <source>How many top items</source>
            <translation>Ile pierwszych pozycji</translation>
        </message>
        <message>
            <source>All with at &amp;least</source>
            <translatorcomment>Followed by a box of dots ('3 kropek'): 'at least [3 dots]'. Keep it short: the row holds five controls.</translatorcomment>
            <translation>Co naj&amp;mniej</translation>
        </message>
        <message>
            <source>Take all items with at least this many dots</source>
            <translation>Weź wszystkie pozycje z co najmniej tyloma kropkami</translation>
        </message>
        <message>
            <source>Minimum dots</source>
            <translation>Najmniej kropek</translation>
        </message>
        <message>
            <source> dots</source>
            <translation> kropek</translation>
        </message>
        <message>
            <source>Timebox of each new item in minutes</source>
            <translation>Czas każdej nowej pozycji w minutach</translation>
        </message>
        <message>
            <source> min</source>
            <translatorcomment>Suffix of a number of minutes in a spin box (with its leading space).</translatorcomment>
            <translation> min</translation>
        </message>
        <message>
            <source>Min&amp;utes each</source>
            <translation>M&amp;inut na każdą</translation>
        </message>
        <message>
            <source>&amp;Make agenda from results</source>
            <translatorcomment>Button ending the row 'Top [3] / At least [3 dots] / Minutes each [15]': adds the results to the agenda. Keep it short.</translatorcomment>
            <translation>Do pro&amp;gramu</translation>
        </message>
        <message>
            <source>Add the chosen results to the agenda after this vote (Alt+M); undoable</source>
            <translation>Dodaj wybrane wyniki do programu po tym głosowaniu (Alt+M); można cofnąć</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ukryj wyniki</translation>
        </message>
        <message>
            <source>Results are hidden until you reveal them (Ctrl+R).</source>
            <translation>Wyniki są ukryte, dopóki ich nie ujawnisz (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n people have voted; %2 paper dots tallied.</source>
            <translation>
                <numerusform>Zagłosowało %1 z %n osoby; zliczono papierowe kropki: %2.</numerusform>
                <numerusform>Zagłosowało %1 z %n osób; zliczono papierowe kropki: %2.</numerusform>
                <numerusform>Zagłosowało %1 z %n osób; zliczono papierowe kropki: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n głosujący</numerusform>
                <numerusform>%n głosujących</numerusform>
                <numerusform>%n głosujących</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) on ballots</source>
            <translation>
                <numerusform>%n kropka na kartach</numerusform>
                <numerusform>%n kropki na kartach</numerusform>
                <numerusform>%n kropek na kartach</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translatorcomment>The number of paper dots: no noun is needed, so every form is the same.</translatorcomment>
            <translation>
                <numerusform>%n na papierze</numerusform>
                <numerusform>%n na papierze</numerusform>
                <numerusform>%n na papierze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) cast in all</source>
            <translation>
                <numerusform>łącznie %n kropka</numerusform>
                <numerusform>łącznie %n kropki</numerusform>
                <numerusform>łącznie %n kropek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> i jeszcze %n</numerusform>
                <numerusform> i jeszcze %n</numerusform>
                <numerusform> i jeszcze %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tie for place %1 (%n dot(s) each): %2</source>
            <translatorcomment>Distributive 'po' as in '%n dot(s) each'.</translatorcomment>
            <translation>
                <numerusform>Remis o miejsce %1 (po %n kropce): %2</numerusform>
                <numerusform>Remis o miejsce %1 (po %n kropki): %2</numerusform>
                <numerusform>Remis o miejsce %1 (po %n kropek): %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more tie(s) (see the ranking).</source>
            <translation>
                <numerusform>… i jeszcze %n remis (zobacz ranking).</numerusform>
                <numerusform>… i jeszcze %n remisy (zobacz ranking).</numerusform>
                <numerusform>… i jeszcze %n remisów (zobacz ranking).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 min)</source>
            <translation>%1 (%2 min)</translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the equal-weight ranking: %1.</source>
            <translation>
                <numerusform>Dodaje %n aktywność po tym głosowaniu, z rankingu o równej wadze: %1.</numerusform>
                <numerusform>Dodaje %n aktywności po tym głosowaniu, z rankingu o równej wadze: %1.</numerusform>
                <numerusform>Dodaje %n aktywności po tym głosowaniu, z rankingu o równej wadze: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the ranking as cast: %1.</source>
            <translation>
                <numerusform>Dodaje %n aktywność po tym głosowaniu, z rankingu według kropek: %1.</numerusform>
                <numerusform>Dodaje %n aktywności po tym głosowaniu, z rankingu według kropek: %1.</numerusform>
                <numerusform>Dodaje %n aktywności po tym głosowaniu, z rankingu według kropek: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reveal the results first, then pick the result to act on.</source>
            <translation>Najpierw ujawnij wyniki, potem wybierz wynik do działania.</translation>
        </message>
        <message>
            <source>Select a result in the ranking first: it becomes an action.</source>
            <translation>Najpierw zaznacz wynik w rankingu: stanie się zadaniem.</translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>Greedy by votes</source>
            <translation>Zachłanna według głosów</translation>
        </message>
        <message>
            <source>Equal Shares (cost satisfaction)</source>
            <translation>Równe Udziały (zadowolenie z kosztu)</translation>
        </message>
        <message>
            <source>Equal Shares (cardinality satisfaction)</source>
            <translation>Równe Udziały (zadowolenie z liczby)</translation>
        </message>
        <message>
            <source>Equal Shares, completed</source>
            <translation>Równe Udziały, uzupełnione</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>Ujawnij wyniki</translation>
        </message>
        <message>
            <source>Reveal or hide the results (Ctrl+Shift+R)</source>
            <translation>Ujawnij lub ukryj wyniki (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Projector &amp;shows:</source>
            <translation>Projek&amp;tor pokazuje:</translation>
        </message>
        <message>
            <source>Rule the projector shows</source>
            <translation>Metoda pokazywana na projektorze</translation>
        </message>
        <message>
            <source>The ballots are secret: the results stay hidden until you reveal them.</source>
            <translation>Głosy są tajne: wyniki pozostają ukryte, dopóki ich nie ujawnisz.</translation>
        </message>
        <message>
            <source>Counting the votes… The results appear here when they are ready.</source>
            <translation>Liczenie głosów… Wyniki pojawią się tutaj, gdy będą gotowe.</translation>
        </message>
        <message>
            <source>Comparison of the two rules</source>
            <translation>Porównanie obu metod</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekty</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Wydano</translation>
        </message>
        <message>
            <source>Voters with a project funded</source>
            <translation>Głosujący z finansowanym projektem</translation>
        </message>
        <message>
            <source>Every project under both rules</source>
            <translation>Każdy projekt według obu metod</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Głosy</translation>
        </message>
        <message>
            <source>Greedy</source>
            <translation>Zachłanna</translation>
        </message>
        <message>
            <source>Why (greedy)</source>
            <translation>Dlaczego (zachłanna)</translation>
        </message>
        <message>
            <source>Equal Shares</source>
            <translation>Równe Udziały</translation>
        </message>
        <message>
            <source>Why (Equal Shares)</source>
            <translation>Dlaczego (Równe Udziały)</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ukryj wyniki</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 z %2</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Obietnica</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Dla kogo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Spotkanie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <source>&amp;1 Done</source>
            <translation>&amp;1 Zrobione</translation>
        </message>
        <message>
            <source>&amp;2 In progress</source>
            <translation>&amp;2 W toku</translation>
        </message>
        <message>
            <source>&amp;3 Dropped</source>
            <translation>&amp;3 Porzucone</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>Nieprzejrzane</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>W toku</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Porzucone</translation>
        </message>
        <message>
            <source>no status</source>
            <translation>bez stanu</translation>
        </message>
        <message>
            <source>no promise</source>
            <translation>bez obietnicy</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>bez odpowiedzialnego</translation>
        </message>
        <message>
            <source>no receiver</source>
            <translation>bez odbiorcy</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>bez terminu</translation>
        </message>
        <message>
            <source>no meeting</source>
            <translation>bez spotkania</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>bez uwagi</translation>
        </message>
        <message>
            <source>What was promised</source>
            <translation>Co obiecano</translation>
        </message>
        <message>
            <source>Mark as: %1</source>
            <translation>Oznacz jako: %1</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>Uwaga z przeglądu</translation>
        </message>
        <message>
            <source>A note on where it stands (Enter keeps it)</source>
            <translation>Uwaga o stanie rzeczy (Enter zapisuje)</translation>
        </message>
        <message>
            <source>Pulse statements across meetings</source>
            <translation>Stwierdzenia nastroju na kolejnych spotkaniach</translation>
        </message>
        <message>
            <source>Reciprocity over the series</source>
            <translation>Wzajemność w całym cyklu</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Oferty</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>Prośby</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Obiecane</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Dotrzymane</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Trendy</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <source>Reciprocity</source>
            <translation>Wzajemność</translation>
        </message>
        <message>
            <source>Meeting %1: what was promised since “%2”</source>
            <translation>Spotkanie %1: co obiecano od „%2”</translation>
        </message>
        <message>
            <source>Meeting %1: what was promised</source>
            <translation>Spotkanie %1: co obiecano</translation>
        </message>
        <message>
            <source>Our common purpose: %1</source>
            <translation>Nasz wspólny cel: %1</translation>
        </message>
        <message>
            <source>Nothing was promised at the last meeting (or this is the first one): use File › Next meeting… from a meeting to bring its promises here.</source>
            <translation>Na ostatnim spotkaniu nic nie obiecano (albo to pierwsze spotkanie): użyj Plik › Następne spotkanie… na spotkaniu, by przenieść tu jego obietnice.</translation>
        </message>
    </context>
    <context>
        <name>RoomSection</name>
        <message>
            <source>LIVE — the room sees this</source>
            <translation>NA ŻYWO — sala to widzi</translation>
        </message>
        <message>
            <source>BLANK — the projector is black</source>
            <translation>WYGASZONY — projektor jest czarny</translation>
        </message>
        <message>
            <source>FROZEN — the room sees a still picture</source>
            <translation>ZAMROŻONY — sala widzi nieruchomy obraz</translation>
        </message>
        <message>
            <source>Projector closed (F5 opens it)</source>
            <translation>Projektor zamknięty (F5 go otwiera)</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>Co widzi sala</translation>
        </message>
        <message>
            <source>The activity the room sees</source>
            <translation>Aktywność, którą widzi sala</translation>
        </message>
        <message>
            <source>The activity you are looking at (not shown)</source>
            <translation>Aktywność, którą oglądasz (niepokazywana)</translation>
        </message>
        <message>
            <source>Show in room</source>
            <translation>Pokaż na sali</translation>
        </message>
        <message>
            <source>Previous page on the projector</source>
            <translation>Poprzednia strona na projektorze</translation>
        </message>
        <message>
            <source>Next page on the projector</source>
            <translation>Następna strona na projektorze</translation>
        </message>
        <message>
            <source>Page the room sees</source>
            <translation>Strona, którą widzi sala</translation>
        </message>
        <message>
            <source>Preview of the projector</source>
            <translation>Podgląd projektora</translation>
        </message>
        <message>
            <source>On {screen}, full screen</source>
            <translation>Na {screen}, pełny ekran</translation>
        </message>
        <message>
            <source>On {screen}, a window</source>
            <translation>Na {screen}, w oknie</translation>
        </message>
        <message>
            <source>the welcome</source>
            <translation>powitanie</translation>
        </message>
        <message>
            <source>a note in the spotlight (Esc returns) — {name}</source>
            <translation>wyróżniona karteczka (Esc wraca) — {name}</translation>
        </message>
        <message>
            <source>a cluster in the spotlight (Esc returns) — {name}</source>
            <translation>wyróżniona grupa (Esc wraca) — {name}</translation>
        </message>
        <message>
            <source>the agenda — {name}</source>
            <translation>program — {name}</translation>
        </message>
        <message>
            <source>Room sees: {name}</source>
            <translation>Sala widzi: {name}</translation>
        </message>
        <message>
            <source>You are looking at: {title}</source>
            <translation>Oglądasz: {title}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Strona {page} z {pages}</translation>
        </message>
    </context>
    <context>
        <name>RoundsPanel</name>
        <message>
            <source>Pairs</source>
            <translation>Pary</translation>
        </message>
        <message>
            <source>Pair %1</source>
            <translation>Para %1</translation>
        </message>
        <message>
            <source>A new pair</source>
            <translation>Nowa para</translation>
        </message>
        <message>
            <source>Fours</source>
            <translation>Czwórki</translation>
        </message>
        <message>
            <source>Four %1</source>
            <translation>Czwórka %1</translation>
        </message>
        <message>
            <source>A new four</source>
            <translation>Nowa czwórka</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n group(s))</source>
            <translation>
                <numerusform>%1 (%n grupa)</numerusform>
                <numerusform>%1 (%n grupy)</numerusform>
                <numerusform>%1 (%n grup)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pr&amp;opose pairs</source>
            <translation>Zaproponuj par&amp;y</translation>
        </message>
        <message>
            <source>Propose pairs</source>
            <translation>Zaproponuj pary</translation>
        </message>
        <message>
            <source>Propose fo&amp;urs</source>
            <translation>Zaproponuj czwó&amp;rki</translation>
        </message>
        <message>
            <source>Propose fours from the pairs</source>
            <translation>Zaproponuj czwórki z par</translation>
        </message>
        <message>
            <source>Most &amp;similar together</source>
            <translation>Najbardziej podo&amp;bne razem</translation>
        </message>
        <message>
            <source>Group the most similar statements</source>
            <translation>Zgrupuj najbardziej podobne stwierdzenia</translation>
        </message>
        <message>
            <source>By default each group joins the least similar statements, so the blend crosses differences.</source>
            <translation>Domyślnie każda grupa łączy najmniej podobne stwierdzenia, aby połączenie przekraczało różnice.</translation>
        </message>
        <message>
            <source>Blend groups</source>
            <translation>Grupy łączenia</translation>
        </message>
        <message>
            <source>Group to move the selected party to</source>
            <translation>Grupa, do której przenieść zaznaczoną stronę</translation>
        </message>
        <message>
            <source>Move selected party to</source>
            <translation>Przenieś zaznaczoną stronę do</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Przenieś</translation>
        </message>
        <message>
            <source>Move the selected party</source>
            <translation>Przenieś zaznaczoną stronę</translation>
        </message>
        <message>
            <source>Clear round</source>
            <translation>Wyczyść rundę</translation>
        </message>
        <message>
            <source>Clear the selected round</source>
            <translation>Wyczyść zaznaczoną rundę</translation>
        </message>
        <message>
            <source>Select a group to capture what it blended.</source>
            <translation>Zaznacz grupę, by zapisać, co połączyła.</translation>
        </message>
        <message>
            <source>The selected group's blended statement</source>
            <translation>Połączone stwierdzenie zaznaczonej grupy</translation>
        </message>
        <message>
            <source>What this group blended… (Ctrl+Enter captures)</source>
            <translation>Co ta grupa połączyła… (Ctrl+Enter zapisuje)</translation>
        </message>
        <message>
            <source>Captu&amp;re</source>
            <translation>Zap&amp;isz</translation>
        </message>
        <message>
            <source>Capture the group's blended statement</source>
            <translation>Zapisz połączone stwierdzenie grupy</translation>
        </message>
        <message>
            <source>%1: none proposed yet</source>
            <translation>%1: jeszcze nic nie zaproponowano</translation>
        </message>
        <message>
            <source>similarity %1</source>
            <translation>podobieństwo %1</translation>
        </message>
        <message>
            <source>What did this group blend? (Ctrl+Enter captures)</source>
            <translation>Co połączyła ta grupa? (Ctrl+Enter zapisuje)</translation>
        </message>
    </context>
    <context>
        <name>RunClock</name>
        <message>
            <source>Time left</source>
            <translation>Pozostały czas</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation>Uruchom lub wstrzymaj minutnik</translation>
        </message>
        <message>
            <source>Reset</source>
            <translatorcomment>The timer's button: back to the full time.</translatorcomment>
            <translation>Od nowa</translation>
        </message>
        <message>
            <source>Reset the timer to the full timebox</source>
            <translation>Ustaw minutnik na pełny czas</translation>
        </message>
        <message>
            <source>One more minute</source>
            <translation>Minuta więcej</translation>
        </message>
        <message>
            <source>One minute less</source>
            <translation>Minuta mniej</translation>
        </message>
        <message>
            <source>Sound at zero</source>
            <translation>Dźwięk na zero</translation>
        </message>
        <message>
            <source>Beep when the time is up</source>
            <translation>Sygnał, gdy czas minie</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Wznów</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <source>overtime — planned {minutes} min</source>
            <translation>po czasie — plan {minutes} min</translation>
        </message>
        <message>
            <source>last minute</source>
            <translation>ostatnia minuta</translation>
        </message>
        <message>
            <source>planned {minutes} min</source>
            <translation>plan {minutes} min</translation>
        </message>
        <message>
            <source>done · planned {minutes} min</source>
            <translation>zakończone · plan {minutes} min</translation>
        </message>
        <message>
            <source>done · took {took} · planned {minutes} min</source>
            <translation>zakończone · trwało {took} · plan {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>RunPanel</name>
        <message>
            <source>Start activity</source>
            <translatorcomment>A narrow button in the run panel: keep it short.</translatorcomment>
            <translation>Rozpocznij</translation>
        </message>
        <message>
            <source>Start this activity (status: running)</source>
            <translation>Rozpocznij tę aktywność (stan: trwa)</translation>
        </message>
        <message>
            <source>Finish activity</source>
            <translatorcomment>A narrow button in the run panel: keep it short.</translatorcomment>
            <translation>Zakończ</translation>
        </message>
        <message>
            <source>Finish this activity (status: done)</source>
            <translation>Zakończ tę aktywność (stan: zakończone)</translation>
        </message>
        <message>
            <source>Go to next</source>
            <translation>Następna</translation>
        </message>
        <message>
            <source>Go to the proposed next activity</source>
            <translation>Przejdź do proponowanej następnej aktywności</translation>
        </message>
        <message>
            <source>Restart activity</source>
            <translation>Rozpocznij ponownie</translation>
        </message>
        <message>
            <source>No activity selected</source>
            <translation>Nie wybrano aktywności</translation>
        </message>
        <message>
            <source>No workshop open</source>
            <translation>Brak otwartego warsztatu</translation>
        </message>
        <message>
            <source>Next: {title}</source>
            <translation>Następna: {title}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <source>Brainstorm to vote on</source>
            <translation>Burza mózgów do głosowania</translation>
        </message>
        <message>
            <source>Vote on notes or clusters</source>
            <translation>Głosuj na karteczki lub grupy</translation>
        </message>
        <message>
            <source>its notes</source>
            <translation>jej karteczki</translation>
        </message>
        <message>
            <source>its clusters</source>
            <translation>jej grupy</translation>
        </message>
        <message>
            <source>its clusters and loose notes</source>
            <translation>jej grupy i luźne karteczki</translation>
        </message>
        <message>
            <source>What is on the ballot</source>
            <translation>Co jest na karcie</translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>Kropki na osobę</translation>
        </message>
        <message>
            <source>Most dots one person may put on one item</source>
            <translation>Najwięcej kropek, jakie jedna osoba może postawić na jednej pozycji</translation>
        </message>
        <message>
            <source>People may vote for their own notes</source>
            <translation>Można głosować na własne karteczki</translation>
        </message>
        <message>
            <source>Secret ballots</source>
            <translation>Głosy tajne</translation>
        </message>
        <message>
            <source>The screen shows who has voted, never what.</source>
            <translation>Ekran pokazuje, kto zagłosował, nigdy na co.</translation>
        </message>
        <message>
            <source>Vote on the brainstorm</source>
            <translation>Głosuj na burzę mózgów</translation>
        </message>
        <message>
            <source>Vote on</source>
            <translation>Głosuj na</translation>
        </message>
        <message>
            <source>Most dots on one item</source>
            <translation>Najwięcej kropek na pozycji</translation>
        </message>
        <message>
            <source>Appl&amp;y settings</source>
            <translation>Zastosuj ustaw&amp;ienia</translation>
        </message>
        <message>
            <source>Apply settings</source>
            <translation>Zastosuj ustawienia</translation>
        </message>
        <message>
            <source>Reset vote</source>
            <translation>Wyzeruj głosowanie</translation>
        </message>
        <message>
            <source>Reset vote: remove every ballot and tally (undoable)</source>
            <translation>Wyzeruj głosowanie: usuń wszystkie głosy i zliczenia (można cofnąć)</translation>
        </message>
        <message>
            <source>Removes every ballot, dot and paper tally. Ctrl+Z brings them back.</source>
            <translation>Usuwa wszystkie głosy, kropki i zliczenia z papieru. Ctrl+Z je przywraca.</translation>
        </message>
        <message>
            <source>Close vote</source>
            <translation>Zamknij głosowanie</translation>
        </message>
        <message>
            <source>Close or reopen the vote</source>
            <translation>Zamknij lub otwórz ponownie głosowanie</translation>
        </message>
        <message>
            <source>(choose a brainstorm)</source>
            <translation>(wybierz burzę mózgów)</translation>
        </message>
        <message>
            <source>Settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>Ustawienia są zablokowane, bo postawiono już kropki. Wyzeruj głosowanie, by je zmienić (wyzerowanie można cofnąć).</translation>
        </message>
        <message>
            <source>Reopen vote</source>
            <translation>Otwórz ponownie głosowanie</translation>
        </message>
    </context>
    <context>
        <name>Share</name>
        <message>
            <source>Share a copy</source>
            <translation>Udostępnij kopię</translation>
        </message>
        <message>
            <source>The copy shows each secret vote as totals per item, not who put which dots.

Keep the list of who has voted (without their choices)?</source>
            <translation>Kopia pokazuje każde tajne głosowanie jako sumy dla pozycji, a nie kto postawił które kropki.

Zachować listę osób, które głosowały (bez ich wyborów)?</translation>
        </message>
        <message>
            <source>Share an anonymised copy</source>
            <translation>Udostępnij zanonimizowaną kopię</translation>
        </message>
        <message>
            <source>The shared copy needs another name than the workshop itself.</source>
            <translation>Udostępniana kopia musi mieć inną nazwę niż sam warsztat.</translation>
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item (with who has voted).</source>
            <translation>Zapisano zanonimizowaną kopię w „{name}”: bez autorów anonimowych karteczek, stwierdzeń i odpowiedzi; tajne głosowania jako sumy dla pozycji (z listą głosujących).</translation>
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item.</source>
            <translation>Zapisano zanonimizowaną kopię w „{name}”: bez autorów anonimowych karteczek, stwierdzeń i odpowiedzi; tajne głosowania jako sumy dla pozycji.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Workshop</source>
            <translatorcomment>The app's name: kept as it is.</translatorcomment>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Capture ideas, vote fairly, blend purposes and keep time — offline, in one file.</source>
            <translation>Zbieraj pomysły, głosuj uczciwie, łącz cele i pilnuj czasu — bez internetu, w jednym pliku.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nowy warsztat…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Otwórz…</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Otwórz przykład</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Ostatnie warsztaty</translation>
        </message>
    </context>
    <context>
        <name>StatementsPanel</name>
        <message>
            <source>1 · Own purposes</source>
            <translation>1 · Własne cele</translation>
        </message>
        <message>
            <source>Whose purpose (type a name)</source>
            <translation>Czyj cel (wpisz nazwę)</translation>
        </message>
        <message>
            <source>Whose purpose?</source>
            <translation>Czyj cel?</translation>
        </message>
        <message>
            <source>Purpose statement</source>
            <translation>Stwierdzenie celu</translation>
        </message>
        <message>
            <source>We are here to…  (Enter adds it)</source>
            <translation>Jesteśmy tu, aby…  (Enter dodaje)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add purpose statement</source>
            <translation>Dodaj stwierdzenie celu</translation>
        </message>
        <message>
            <source>Purpose statements</source>
            <translation>Stwierdzenia celów</translation>
        </message>
        <message>
            <source>Edi&amp;t</source>
            <translation>E&amp;dytuj</translation>
        </message>
        <message>
            <source>Edit the selected statement</source>
            <translation>Edytuj zaznaczone stwierdzenie</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove the selected statement</source>
            <translation>Usuń zaznaczone stwierdzenie</translation>
        </message>
        <message>
            <source>Organisation…</source>
            <translation>Organizacja…</translation>
        </message>
        <message>
            <source>Participant…</source>
            <translation>Uczestnik…</translation>
        </message>
        <message>
            <source>1 · Own purposes (%1)</source>
            <translation>1 · Własne cele (%1)</translation>
        </message>
        <message>
            <source>Nobody called “%1” is on the participant list.</source>
            <translation>Na liście uczestników nie ma nikogo o nazwie „%1”.</translation>
        </message>
        <message>
            <source>Type whose purpose this is.</source>
            <translation>Wpisz, czyj to cel.</translation>
        </message>
        <message>
            <source>Saved the purpose of %1. Next party:</source>
            <translation>Zapisano cel: %1. Następna strona:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Editing the purpose of %1: Enter saves, Escape cancels.</source>
            <translation>Edycja celu: %1. Enter zapisuje, Escape anuluje.</translation>
        </message>
    </context>
    <context>
        <name>TableFilter</name>
        <message>
            <source>Show the notes of</source>
            <translation>Pokaż karteczki</translation>
        </message>
        <message>
            <source>Show every table's notes together, or one table at a time</source>
            <translation>Pokaż karteczki wszystkich stolików razem lub jednego stolika naraz</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>Wszystkie stoliki</translation>
        </message>
        <message>
            <source>Main room only</source>
            <translation>Tylko sala główna</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <source>Count the paper dots on each sticky. Type the number and press Enter to go to the next item; + and - adjust the current one; Up/Down move.</source>
            <translation>Policz papierowe kropki na każdej karteczce. Wpisz liczbę i naciśnij Enter, by przejść dalej; + i - poprawiają bieżącą; Góra/Dół przechodzą.</translation>
        </message>
        <message>
            <source>Items and their paper dots</source>
            <translation>Pozycje i ich papierowe kropki</translation>
        </message>
        <message>
            <source>Paper dots on this item</source>
            <translation>Papierowe kropki na tej pozycji</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>kropki</translation>
        </message>
        <message>
            <source>One paper dot less</source>
            <translation>Jedna papierowa kropka mniej</translation>
        </message>
        <message>
            <source>One paper dot more</source>
            <translation>Jedna papierowa kropka więcej</translation>
        </message>
        <message numerus="yes">
            <source>Paper dots: %1 on %n item(s).</source>
            <translation>
                <numerusform>Papierowe kropki: %1 na %n pozycji.</numerusform>
                <numerusform>Papierowe kropki: %1 na %n pozycjach.</numerusform>
                <numerusform>Papierowe kropki: %1 na %n pozycjach.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to tally yet.</source>
            <translation>Nie ma jeszcze czego liczyć.</translation>
        </message>
        <message>
            <source>“%1”: %2 on paper</source>
            <translation>„%1”: %2 na papierze</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <source>2 · Where they meet</source>
            <translation>2 · Gdzie się spotykają</translation>
        </message>
        <message>
            <source>Shared themes</source>
            <translation>Wspólne tematy</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Temat</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Strony</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>&amp;Merge (M)</source>
            <translation>Sca&amp;l (M)</translation>
        </message>
        <message>
            <source>Merge the selected themes into one</source>
            <translation>Scal zaznaczone tematy w jeden</translation>
        </message>
        <message>
            <source>Hide (H)</source>
            <translation>Ukryj (H)</translation>
        </message>
        <message>
            <source>Hide the selected themes as noise</source>
            <translation>Ukryj zaznaczone tematy jako szum</translation>
        </message>
        <message>
            <source>All terms</source>
            <translation>Wszystkie wyrazy</translation>
        </message>
        <message>
            <source>Show terms used by one party too</source>
            <translation>Pokaż też wyrazy użyte przez jedną stronę</translation>
        </message>
        <message>
            <source>Sho&amp;w themes to the room</source>
            <translation>Pokaż te&amp;maty sali</translation>
        </message>
        <message>
            <source>Show the shared themes on the projector</source>
            <translation>Pokaż wspólne tematy na projektorze</translation>
        </message>
        <message>
            <source>Phrases to count as one, separated by =</source>
            <translation>Wyrażenia liczone jako jedno, rozdzielone znakiem =</translation>
        </message>
        <message>
            <source>young people = youth   (Enter merges)</source>
            <translation>młodzi ludzie = młodzież   (Enter scala)</translation>
        </message>
        <message>
            <source>Merged (select, Delete splits) · Hidden (select, Delete shows)</source>
            <translation>Scalone (zaznacz, Delete rozdziela) · Ukryte (zaznacz, Delete pokazuje)</translation>
        </message>
        <message>
            <source>Merged terms</source>
            <translation>Scalone wyrazy</translation>
        </message>
        <message>
            <source>Hidden terms</source>
            <translation>Ukryte wyrazy</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Rozdziel</translation>
        </message>
        <message>
            <source>Split the selected merge</source>
            <translation>Rozdziel zaznaczone scalenie</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <source>Show the selected hidden term again</source>
            <translation>Pokaż ponownie zaznaczony ukryty wyraz</translation>
        </message>
        <message numerus="yes">
            <source>2 · Where they meet (%n shared theme(s))</source>
            <translation>
                <numerusform>2 · Gdzie się spotykają (%n wspólny temat)</numerusform>
                <numerusform>2 · Gdzie się spotykają (%n wspólne tematy)</numerusform>
                <numerusform>2 · Gdzie się spotykają (%n wspólnych tematów)</numerusform>
            </translation>
        </message>
        <message>
            <source>theme %1, </source>
            <translation>temat %1, </translation>
        </message>
        <message>
            <source>Select two or more themes to merge (Ctrl+click or Shift+arrows).</source>
            <translation>Zaznacz dwa lub więcej tematów do scalenia (Ctrl+kliknięcie lub Shift+strzałki).</translation>
        </message>
    </context>
    <context>
        <name>TitleEditor</name>
        <message>
            <source>Cluster title</source>
            <translation>Tytuł grupy</translation>
        </message>
    </context>
    <context>
        <name>TrendsWidget</name>
        <message>
            <source>not asked</source>
            <translation>nie pytano</translation>
        </message>
        <message>
            <source> then </source>
            <translation> potem </translation>
        </message>
        <message>
            <source>Nothing asked yet</source>
            <translation>Jeszcze o nic nie pytano</translation>
        </message>
        <message>
            <source>No trend yet: nothing was asked at two meetings.</source>
            <translation>Jeszcze bez trendu: nic nie pytano na dwóch spotkaniach.</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>Spotkanie %1</translation>
        </message>
    </context>
    <context>
        <name>UndoRunner</name>
        <message>
            <source>Workshop</source>
            <translatorcomment>The app's name: kept as it is.</translatorcomment>
            <translation>Workshop</translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message>
            <source>Ways to vote, results and settings</source>
            <translation>Sposoby głosowania, wyniki i ustawienia</translation>
        </message>
        <message>
            <source>&amp;Ballot at the laptop</source>
            <translation>Głos przy &amp;laptopie</translation>
        </message>
        <message>
            <source>&amp;Tally from paper</source>
            <translation>Zlicza&amp;nie z papieru</translation>
        </message>
        <message>
            <source>Pro&amp;xy ballot</source>
            <translation>Przez pełn&amp;omocnika</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>W&amp;yniki</translation>
        </message>
        <message>
            <source>Settin&amp;gs</source>
            <translation>Us&amp;tawienia</translation>
        </message>
        <message>
            <source>&lt;b&gt;Who has voted&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kto zagłosował&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Who has voted</source>
            <translation>Kto zagłosował</translation>
        </message>
        <message>
            <source>No brainstorm chosen yet: pick one under Settings.</source>
            <translation>Nie wybrano jeszcze burzy mózgów: wybierz ją w Ustawieniach.</translation>
        </message>
        <message>
            <source>the vote is closed</source>
            <translation>głosowanie zamknięte</translation>
        </message>
        <message>
            <source>by proxy</source>
            <translation>przez pełnomocnika</translation>
        </message>
        <message>
            <source>has voted</source>
            <translation>zagłosował(a)</translation>
        </message>
        <message>
            <source>voting</source>
            <translation>głosuje</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n have voted</source>
            <translation>
                <numerusform>Zagłosowało %1 z %n</numerusform>
                <numerusform>Zagłosowało %1 z %n</numerusform>
                <numerusform>Zagłosowało %1 z %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n by proxy)</source>
            <translation>
                <numerusform>(%n przez pełnomocnika)</numerusform>
                <numerusform>(%n przez pełnomocnika)</numerusform>
                <numerusform>(%n przez pełnomocnika)</numerusform>
            </translation>
        </message>
        <message>
            <source>Ballots are secret: this list shows who has voted, never what.</source>
            <translation>Głosy są tajne: ta lista pokazuje, kto zagłosował, nigdy na co.</translation>
        </message>
        <message>
            <source>Ballots are open: what each person voted for is shown.</source>
            <translation>Głosy są jawne: widać, na co głosowała każda osoba.</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) each</source>
            <translatorcomment>Distributive 'po': dative singular for 1 ('po 1 kropce'), accusative for 2–4 ('po 3 kropki'), genitive for 5+ ('po 5 kropek').</translatorcomment>
            <translation>
                <numerusform>po %n kropce</numerusform>
                <numerusform>po %n kropki</numerusform>
                <numerusform>po %n kropek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n on one item</source>
            <translation>
                <numerusform>najwyżej %n na pozycji</numerusform>
                <numerusform>najwyżej %n na pozycji</numerusform>
                <numerusform>najwyżej %n na pozycji</numerusform>
            </translation>
        </message>
        <message>
            <source>own notes allowed</source>
            <translation>własne karteczki dozwolone</translation>
        </message>
        <message>
            <source>not on your own notes</source>
            <translation>nie na własne karteczki</translation>
        </message>
        <message>
            <source>secret ballots</source>
            <translation>głosy tajne</translation>
        </message>
        <message>
            <source>open ballots</source>
            <translation>głosy jawne</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>On the ballot: every note, one by one (%n note(s)).</source>
            <translation>
                <numerusform>Na karcie: każda karteczka osobno (%n karteczka).</numerusform>
                <numerusform>Na karcie: każda karteczka osobno (%n karteczki).</numerusform>
                <numerusform>Na karcie: każda karteczka osobno (%n karteczek).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cluster(s) are not used.</source>
            <translation>
                <numerusform>Grupa (%n) nie jest używana.</numerusform>
                <numerusform>Grupy (%n) nie są używane.</numerusform>
                <numerusform>Grupy (%n) nie są używane.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) (with their %1)</source>
            <translation>
                <numerusform>%n grupa (z jej: %1)</numerusform>
                <numerusform>%n grupy (z ich: %1)</numerusform>
                <numerusform>%n grup (z ich: %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n karteczka</numerusform>
                <numerusform>%n karteczki</numerusform>
                <numerusform>%n karteczek</numerusform>
            </translation>
        </message>
        <message>
            <source>On the ballot: %1.</source>
            <translation>Na karcie: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Not on it: %n loose note(s) (in no cluster) — choose “clusters and loose notes” to include them.</source>
            <translation>
                <numerusform>Poza nią: %n luźna karteczka (w żadnej grupie) — wybierz „grupy i luźne karteczki”, by ją dołączyć.</numerusform>
                <numerusform>Poza nią: %n luźne karteczki (w żadnej grupie) — wybierz „grupy i luźne karteczki”, by je dołączyć.</numerusform>
                <numerusform>Poza nią: %n luźnych karteczek (w żadnej grupie) — wybierz „grupy i luźne karteczki”, by je dołączyć.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the ballot: %1 and %2.</source>
            <translation>Na karcie: %1 i %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n loose note(s)</source>
            <translation>
                <numerusform>%n luźna karteczka</numerusform>
                <numerusform>%n luźne karteczki</numerusform>
                <numerusform>%n luźnych karteczek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No dots left: all %n are placed. Remove one to move it, or press Done.</source>
            <translation>
                <numerusform>Brak kropek: postawiono już %n. Zdejmij ją, by przenieść, albo naciśnij Gotowe.</numerusform>
                <numerusform>Brak kropek: postawiono już wszystkie %n. Zdejmij jedną, by ją przenieść, albo naciśnij Gotowe.</numerusform>
                <numerusform>Brak kropek: postawiono już wszystkie %n. Zdejmij jedną, by ją przenieść, albo naciśnij Gotowe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Item cap reached: at most %n dot(s) on one item.</source>
            <translation>
                <numerusform>Limit pozycji: najwyżej %n kropka na jednej pozycji.</numerusform>
                <numerusform>Limit pozycji: najwyżej %n kropki na jednej pozycji.</numerusform>
                <numerusform>Limit pozycji: najwyżej %n kropek na jednej pozycji.</numerusform>
            </translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added.</source>
            <translation>Głosowanie jest zamknięte: nie można dodać kolejnych kropek.</translation>
        </message>
        <message>
            <source>This is your own note: in this vote you cannot put dots on your own notes.</source>
            <translation>To twoja karteczka: w tym głosowaniu nie możesz stawiać kropek na swoich karteczkach.</translation>
        </message>
        <message>
            <source>The vote is closed: dots can no longer be removed.</source>
            <translation>Głosowanie jest zamknięte: nie można już zdejmować kropek.</translation>
        </message>
        <message>
            <source>There is no dot of yours on this item to remove.</source>
            <translation>Na tej pozycji nie ma twojej kropki do zdjęcia.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>A&amp;ctivity</source>
            <translatorcomment>The menu: its letter must differ from the &amp;Aktywność tab's (A).</translatorcomment>
            <translation>A&amp;ktywność</translation>
        </message>
        <message>
            <source>&amp;Add activity…</source>
            <translation>&amp;Dodaj aktywność…</translation>
        </message>
        <message>
            <source>&amp;Use a template agenda…</source>
            <translation>&amp;Użyj szablonu programu…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>&amp;About Workshop</source>
            <translation>&amp;O programie Workshop</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nowy warsztat…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Otwórz…</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Otwórz &amp;przykład</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ostatnie p&amp;liki</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Zapisz &amp;jako…</translation>
        </message>
        <message>
            <source>S&amp;hare a copy…</source>
            <translation>&amp;Udostępnij kopię…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Eksport</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>Za&amp;mknij warsztat</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>P&amp;referencje…</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;Aktywność</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Uczestnicy</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Szczegóły</translation>
        </message>
        <message>
            <source>Ac&amp;tions</source>
            <translation>&amp;Zadania</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Cofnij: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Ponów: {action}</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>Read-only: this file cannot be changed here. Use File › Save As… to continue in a copy you can edit.</source>
            <translation>Tylko do odczytu: tego pliku nie można tu zmieniać. Użyj Plik › Zapisz jako…, aby pracować dalej na kopii.</translation>
        </message>
        <message>
            <source>Select an activity in the agenda, or add one (Insert).</source>
            <translation>Wybierz aktywność w programie albo dodaj nową (Insert).</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;Aktywność</translation>
        </message>
        <message>
            <source>Participa&amp;nts</source>
            <translation>&amp;Uczestnicy</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Szczegóły</translation>
        </message>
        <message>
            <source>Act&amp;ions</source>
            <translation>&amp;Zadania</translation>
        </message>
    </context>
    <context>
        <name>_Exporter</name>
        <message>
            <source>Export handout</source>
            <translation>Eksportuj materiał</translation>
        </message>
        <message>
            <source>Laying out the handout…</source>
            <translation>Składanie materiału…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>No participant has an organisation: there is nothing to split by.</source>
            <translation>Żaden uczestnik nie ma organizacji: nie ma według czego dzielić.</translation>
        </message>
        <message>
            <source>Export a handout per organisation (one file each, beside this name)</source>
            <translation>Eksportuj materiał dla każdej organizacji (osobny plik, obok tej nazwy)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n organisation handout(s) to {folder}: {names}</source>
            <translation>
                <numerusform>Zapisano %n materiał dla organizacji w {folder}: {names}</numerusform>
                <numerusform>Zapisano %n materiały dla organizacji w {folder}: {names}</numerusform>
                <numerusform>Zapisano %n materiałów dla organizacji w {folder}: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export data as CSV into…</source>
            <translation>Eksportuj dane jako CSV do…</translation>
        </message>
        <message>
            <source>Writing the CSV files…</source>
            <translation>Zapisywanie plików CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to {folder}.</source>
            <translation>
                <numerusform>Zapisano %n plik CSV w {folder}.</numerusform>
                <numerusform>Zapisano %n pliki CSV w {folder}.</numerusform>
                <numerusform>Zapisano %n plików CSV w {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>Eksportuj jako JSON</translation>
        </message>
        <message>
            <source>Saved the whole workshop as {name}.</source>
            <translation>Zapisano cały warsztat jako {name}.</translation>
        </message>
        <message>
            <source>Open a workshop first.</source>
            <translation>Najpierw otwórz warsztat.</translation>
        </message>
    </context>
    <context>
        <name>colours</name>
        <message>
            <source>Yellow</source>
            <translation>Żółty</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Różowy</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Niebieski</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Zielony</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Pomarańczowy</translation>
        </message>
        <message>
            <source>Lilac</source>
            <translation>Liliowy</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>What the action is</source>
            <translation>Treść działania</translation>
        </message>
        <message>
            <source>“{value}” is not a real date.</source>
            <translation>„{value}” nie jest prawdziwą datą.</translation>
        </message>
        <message>
            <source>A note cannot be empty: type the idea first.</source>
            <translation>Notatka nie może być pusta: najpierw wpisz pomysł.</translation>
        </message>
        <message>
            <source>That note is {count} characters long; a note holds at most {note_text_max}. Nothing was added: shorten it or split it into several notes.</source>
            <translation>Ta notatka ma {count} znaków; notatka mieści najwyżej {note_text_max}. Nic nie dodano: skróć ją lub podziel na kilka notatek.</translation>
        </message>
        <message>
            <source>A cluster needs a title.</source>
            <translation>Grupa potrzebuje tytułu.</translation>
        </message>
        <message>
            <source>That cluster title is {count} characters long; the limit is {cluster_title_max}.</source>
            <translation>Ten tytuł grupy ma {count} znaków; limit to {cluster_title_max}.</translation>
        </message>
        <message>
            <source>A sticky colour is one of 1–{count}.</source>
            <translation>Kolor karteczki to jeden z 1–{count}.</translation>
        </message>
        <message>
            <source>The cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Type an amount, for example 12000.</source>
            <translation>Wpisz kwotę, na przykład 12000.</translation>
        </message>
        <message>
            <source>{what} cannot be negative.</source>
            <translation>{what}: wartość nie może być ujemna.</translation>
        </message>
        <message>
            <source>{what} is too large.</source>
            <translation>{what}: wartość jest za duża.</translation>
        </message>
        <message>
            <source>A project needs a title.</source>
            <translation>Projekt potrzebuje tytułu.</translation>
        </message>
        <message>
            <source>A project title is at most {title_max} characters.</source>
            <translation>Tytuł projektu ma najwyżej {title_max} znaków.</translation>
        </message>
        <message>
            <source>A description is at most {description_max} characters.</source>
            <translation>Opis ma najwyżej {description_max} znaków.</translation>
        </message>
        <message>
            <source>“{title}” needs a cost above zero.</source>
            <translation>„{title}” potrzebuje kosztu większego od zera.</translation>
        </message>
        <message>
            <source>The ballot names a project that is not on the list.</source>
            <translation>Karta do głosowania wymienia projekt, którego nie ma na liście.</translation>
        </message>
        <message>
            <source>A ballot approves each project at most once.</source>
            <translation>Karta do głosowania popiera każdy projekt najwyżej raz.</translation>
        </message>
        <message>
            <source>At most {max_projects} projects on one ballot.</source>
            <translation>Najwyżej {max_projects} projektów na jednej karcie (liczba projektów).</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>„{text}” nie jest kwotą.</translation>
        </message>
        <message>
            <source>The projects approved cost {total}; at most {max_cost}.</source>
            <translation>Poparte projekty kosztują {total}; najwyżej {max_cost}.</translation>
        </message>
        <message>
            <source>Points cannot be negative.</source>
            <translation>Punkty nie mogą być ujemne.</translation>
        </message>
        <message>
            <source>At most {points} points on one ballot.</source>
            <translation>Najwyżej {points} pkt na jednej karcie.</translation>
        </message>
        <message>
            <source>“{value}” is not a workshop language Workshop knows ({known}).</source>
            <translation>„{value}” nie jest językiem warsztatu znanym Workshop ({known}).</translation>
        </message>
        <message>
            <source>{section} line {number}: a column name appears twice.</source>
            <translation>{section}, wiersz {number}: nazwa kolumny występuje dwa razy.</translation>
        </message>
        <message>
            <source>META: no “budget” line.</source>
            <translation>META: brak wiersza „budget”.</translation>
        </message>
        <message>
            <source>META: the budget is negative.</source>
            <translation>META: budżet jest ujemny.</translation>
        </message>
        <message>
            <source>META: unknown vote_type “{vote_type}”.</source>
            <translation>META: nieznany vote_type „{vote_type}”.</translation>
        </message>
        <message>
            <source>line {number}: the file must start with META.</source>
            <translation>wiersz {number}: plik musi zaczynać się od META.</translation>
        </message>
        <message>
            <source>{section} line {number}: {count} values for {count_b} columns.</source>
            <translation>{section}, wiersz {number}: {count} wartości dla {count_b} kolumn.</translation>
        </message>
        <message>
            <source>the file has no {name} section.</source>
            <translation>w pliku brak sekcji {name}.</translation>
        </message>
        <message>
            <source>{section} line {number}: the header has no “{column}” column.</source>
            <translation>{section}, wiersz {number}: nagłówek nie ma kolumny „{column}”.</translation>
        </message>
        <message>
            <source>META: the budget “{budget}” is not a number.</source>
            <translation>META: budżet „{budget}” nie jest liczbą.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: a project without project_id.</source>
            <translation>PROJECTS, wiersz {number}: projekt bez project_id.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: project “{pid}” appears twice.</source>
            <translation>PROJECTS, wiersz {number}: projekt „{pid}” występuje dwa razy.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: the cost is negative.</source>
            <translation>PROJECTS, wiersz {number}: koszt jest ujemny.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a vote without voter_id.</source>
            <translation>VOTES, wiersz {number}: głos bez voter_id.</translation>
        </message>
        <message>
            <source>VOTES line {number}: voter “{voter}” votes twice.</source>
            <translation>VOTES, wiersz {number}: głosujący „{voter}” głosuje dwa razy.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a project is named twice.</source>
            <translation>VOTES, wiersz {number}: projekt wymieniono dwa razy.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a choose-1 vote names one project.</source>
            <translation>VOTES, wiersz {number}: głos choose-1 wymienia jeden projekt.</translation>
        </message>
        <message>
            <source>{name} line {number}: the section appears twice.</source>
            <translation>{name}, wiersz {number}: sekcja występuje dwa razy.</translation>
        </message>
        <message>
            <source>META line {number}: expected “key;value”.</source>
            <translation>META, wiersz {number}: oczekiwano „klucz;wartość”.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: the cost “{cost}” is not a number.</source>
            <translation>PROJECTS, wiersz {number}: koszt „{cost}” nie jest liczbą.</translation>
        </message>
        <message>
            <source>VOTES line {number}: project “{pid}” is not in PROJECTS.</source>
            <translation>VOTES, wiersz {number}: projektu „{pid}” nie ma w PROJECTS.</translation>
        </message>
        <message>
            <source>VOTES line {number}: “points” must give a whole number per project.</source>
            <translation>VOTES, wiersz {number}: „points” musi podawać liczbę całkowitą dla każdego projektu.</translation>
        </message>
        <message>
            <source>A tally must be between 0 and {tally_max}.</source>
            <translation>Wynik liczenia musi mieścić się między 0 a {tally_max}.</translation>
        </message>
        <message>
            <source>Type the count for each value, lowest first, e.g. “0 1 3 6 2 0”.</source>
            <translation>Wpisz liczbę dla każdej wartości, od najniższej, np. „0 1 3 6 2 0”.</translation>
        </message>
        <message>
            <source>The {label} scale has {count} values; {count_b} counts were typed.</source>
            <translation>Skala {label} ma {count} wartości; wpisano {count_b} liczb.</translation>
        </message>
        <message>
            <source>{value} is not on the {label} scale ({low}–{high}).</source>
            <translation>{value} nie leży na skali {label} ({low}–{high}).</translation>
        </message>
        <message>
            <source>“{part}” is not a count: type whole numbers.</source>
            <translation>„{part}” nie jest liczbą: wpisz liczby całkowite.</translation>
        </message>
        <message>
            <source>“{shown}” is not a language Workshop can analyse; choose one of {names}.</source>
            <translation>„{shown}” nie jest językiem, który Workshop umie analizować; wybierz jeden z: {names}.</translation>
        </message>
        <message>
            <source>Select at least one phrase to start a draft from.</source>
            <translation>Zaznacz co najmniej jedną frazę, od której zacznie się szkic.</translation>
        </message>
        <message>
            <source>Nobody called “{typed}” is in the room: add them under Participants first, or choose a name from the list.</source>
            <translation>Nikogo o imieniu „{typed}” nie ma na sali: najpierw dodaj tę osobę w zakładce Uczestnicy albo wybierz imię z listy.</translation>
        </message>
        <message>
            <source>Type whose card this is: a participant or an organisation.</source>
            <translation>Wpisz, czyja to karta: uczestnika lub organizacji.</translation>
        </message>
        <message>
            <source>Several participants are called “{typed}”: choose one from the list.</source>
            <translation>Kilka osób nazywa się „{typed}”: wybierz jedną z listy.</translation>
        </message>
        <message>
            <source>A participant's name</source>
            <translation>Imię i nazwisko uczestnika</translation>
        </message>
        <message>
            <source>The organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>The list is empty: one person per line, like “Ana Silva, Library”.</source>
            <translation>Lista jest pusta: jedna osoba w wierszu, np. „Ana Silva, Biblioteka”.</translation>
        </message>
        <message>
            <source>The list is {count} characters long; a list of people holds at most {roster_max_bytes}.</source>
            <translation>Lista ma {count} znaków; lista osób mieści najwyżej {roster_max_bytes}.</translation>
        </message>
        <message>
            <source>No names found: one person per line, like “Ana Silva, Library”.</source>
            <translation>Nie znaleziono nazwisk: jedna osoba w wierszu, np. „Ana Silva, Biblioteka”.</translation>
        </message>
        <message>
            <source>Line {line_number} has no name before the comma.</source>
            <translation>W wierszu {line_number} brak imienia przed przecinkiem.</translation>
        </message>
        <message>
            <source>Line {line_number} is longer than {name_max} characters.</source>
            <translation>Wiersz {line_number} ma więcej niż {name_max} znaków.</translation>
        </message>
        <message>
            <source>Line {line_number} has more than two columns; expected “name, organisation”.</source>
            <translation>Wiersz {line_number} ma więcej niż dwie kolumny; oczekiwano „imię, organizacja”.</translation>
        </message>
        <message>
            <source>Line {value} cannot be read: {exc}.</source>
            <translation>Nie można odczytać wiersza {value}: {exc}.</translation>
        </message>
        <message>
            <source>Line {line_number}: {exc}</source>
            <translation>Wiersz {line_number}: {exc}</translation>
        </message>
        <message>
            <source>The list has more than {roster_max_people} people; add them in parts.</source>
            <translation>Lista ma więcej niż {roster_max_people} osób; dodawaj ją w częściach.</translation>
        </message>
        <message>
            <source>The template “{key}” is not valid: {exc}</source>
            <translation>Szablon „{key}” jest nieprawidłowy: {exc}</translation>
        </message>
        <message>
            <source>The timer cannot count down from less than one minute.</source>
            <translation>Minutnik nie może odliczać od mniej niż minuty.</translation>
        </message>
        <message>
            <source>{what} cannot be empty.</source>
            <translation>{what}: pole nie może być puste.</translation>
        </message>
        <message>
            <source>{what} is {count} characters long; the limit is {limit}.</source>
            <translation>{what}: tekst ma {count} znaków; limit to {limit}.</translation>
        </message>
        <message>
            <source>“{value}” is not a colour like #ffcc00.</source>
            <translation>„{value}” nie jest kolorem w rodzaju #ffcc00.</translation>
        </message>
        <message>
            <source>A timebox must be between 1 and {timebox_max} minutes.</source>
            <translation>Czas na aktywność musi wynosić od 1 do {timebox_max} minut.</translation>
        </message>
        <message>
            <source>“{value}” is not a date like 2026-11-27.</source>
            <translation>„{value}” nie jest datą w rodzaju 2026-11-27.</translation>
        </message>
        <message>
            <source>“{value}” is not a time like 09:30.</source>
            <translation>„{value}” nie jest godziną w rodzaju 09:30.</translation>
        </message>
        <message>
            <source>Time available must be between 0 minutes and a week.</source>
            <translation>Dostępny czas musi wynosić od 0 minut do tygodnia.</translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added.</source>
            <translation>Głosowanie jest zamknięte: nie można dodać więcej kropek.</translation>
        </message>
        <message>
            <source>No dots left: all {dots} are placed. Remove one to move it, or press Done.</source>
            <translation>Brak kropek: wszystkie ({dots}) są rozdane. Usuń jedną, aby ją przenieść, albo naciśnij Gotowe.</translation>
        </message>
        <message>
            <source>Item cap reached: at most {cap} dots on one item.</source>
            <translation>Osiągnięto limit: najwyżej {cap} kropek na jednej pozycji.</translation>
        </message>
        <message>
            <source>This is your own note: in this vote you cannot put dots on your own notes.</source>
            <translation>To Twoja własna notatka: w tym głosowaniu nie można stawiać kropek na własnych notatkach.</translation>
        </message>
        <message>
            <source>The vote is closed: dots can no longer be removed.</source>
            <translation>Głosowanie jest zamknięte: kropek nie można już usuwać.</translation>
        </message>
        <message>
            <source>There is no dot of yours on this item to remove.</source>
            <translation>Na tej pozycji nie ma Twojej kropki do usunięcia.</translation>
        </message>
        <message>
            <source>Dots per person must be between {dots_min} and {dots_max} (not {dots_per_person}).</source>
            <translation>Liczba kropek na osobę musi wynosić od {dots_min} do {dots_max} (nie {dots_per_person}).</translation>
        </message>
        <message>
            <source>The most dots on one item must be between {dots_min} and {dots_max} (not {max_per_item}).</source>
            <translation>Największa liczba kropek na jednej pozycji musi wynosić od {dots_min} do {dots_max} (nie {max_per_item}).</translation>
        </message>
        <message>
            <source>The settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>Ustawienia są zablokowane, bo oddano już kropki. Wyzeruj głosowanie, aby je zmienić (wyzerowanie można cofnąć).</translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added or removed.</source>
            <translation>Głosowanie jest zamknięte: nie można już dodawać ani usuwać kropek.</translation>
        </message>
        <message>
            <source>A paper tally must be between 0 and {tally_max} dots.</source>
            <translation>Wynik liczenia kart papierowych musi wynosić od 0 do {tally_max} kropek.</translation>
        </message>
        <message>
            <source>Choose either the top N items or a minimum number of dots.</source>
            <translation>Wybierz albo N najwyżej ocenionych pozycji, albo minimalną liczbę kropek.</translation>
        </message>
        <message>
            <source>No item has enough dots to go on the agenda.</source>
            <translation>Żadna pozycja nie ma dość kropek, by trafić do planu dnia.</translation>
        </message>
        <message>
            <source>A ballot cannot hold a negative number of dots.</source>
            <translation>Karta nie może zawierać ujemnej liczby kropek.</translation>
        </message>
        <message>
            <source>One of the items on this ballot no longer exists.</source>
            <translation>Jedna z pozycji na tej karcie już nie istnieje.</translation>
        </message>
        <message>
            <source>Take at least the top 1 item.</source>
            <translation>Weź co najmniej 1 najwyżej ocenioną pozycję.</translation>
        </message>
        <message>
            <source>The minimum number of dots must be more than 0.</source>
            <translation>Minimalna liczba kropek musi być większa od 0.</translation>
        </message>
        <message>
            <source>Cannot create a temporary file in “{parent}”.</source>
            <translation>Nie można utworzyć pliku tymczasowego w „{parent}”.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist.</source>
            <translation>Folder „{folder}” nie istnieje.</translation>
        </message>
        <message>
            <source>“{folder}” is not a folder.</source>
            <translation>„{folder}” nie jest folderem.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{folder}”.</source>
            <translation>Nie można zapisywać w folderze „{folder}”.</translation>
        </message>
        <message>
            <source>“{target}” is a folder, not a file name.</source>
            <translation>„{target}” jest folderem, a nie nazwą pliku.</translation>
        </message>
        <message>
            <source>“{target}” already exists (use --force to replace it).</source>
            <translation>„{target}” już istnieje (użyj --force, aby go zastąpić).</translation>
        </message>
        <message>
            <source>Cannot write in “{parent}”: {reason}.</source>
            <translation>Nie można zapisywać w „{parent}”: {reason}.</translation>
        </message>
        <message>
            <source>Could not write “{targets}”: {reason}.</source>
            <translation>Nie udało się zapisać „{targets}”: {reason}.</translation>
        </message>
        <message>
            <source>The bundled font {file} is missing or damaged.</source>
            <translation>Dołączona czcionka {file} jest brakująca lub uszkodzona.</translation>
        </message>
        <message>
            <source>“{name}”, {where}: {reason}.</source>
            <translation>„{name}”, {where}: {reason}.</translation>
        </message>
        <message>
            <source>The file has a value that is neither text nor a number.</source>
            <translation>Plik zawiera wartość, która nie jest ani tekstem, ani liczbą.</translation>
        </message>
        <message>
            <source>The file has a list where a single value belongs.</source>
            <translation>Plik zawiera listę tam, gdzie powinna być pojedyncza wartość.</translation>
        </message>
        <message>
            <source>“{name}” is JSON, but not a Workshop export.</source>
            <translation>„{name}” to JSON, ale nie eksport z Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid format_version.</source>
            <translation>„{name}” nie ma prawidłowego format_version.</translation>
        </message>
        <message>
            <source>“{name}” was exported by a newer Workshop (export format {version}); this version reads format {format_version}. Please update Workshop.</source>
            <translation>„{name}” wyeksportowano w nowszej wersji Workshop (format eksportu {version}); ta wersja czyta format {format_version}. Zaktualizuj Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid document_format.</source>
            <translation>„{name}” nie ma prawidłowego document_format.</translation>
        </message>
        <message>
            <source>“{name}” holds a workshop from a newer Workshop (file format {format_major}.{format_minor}). Please update Workshop.</source>
            <translation>„{name}” zawiera warsztat z nowszej wersji Workshop (format pliku {format_major}.{format_minor}). Zaktualizuj Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid tables.</source>
            <translation>„{name}” nie ma prawidłowych tabel.</translation>
        </message>
        <message>
            <source>“{name}” has tables this version does not know ({names}): it was exported by a newer Workshop.</source>
            <translation>„{name}” ma tabele nieznane tej wersji ({names}): wyeksportowano go w nowszej wersji Workshop.</translation>
        </message>
        <message>
            <source>“{name}” holds {total} rows; Workshop imports at most {max_rows} (see docs/file-format.md, “Limits”).</source>
            <translation>„{name}” zawiera {total} wierszy; Workshop importuje najwyżej {max_rows} (zob. docs/file-format.md, „Limits”).</translation>
        </message>
        <message>
            <source>“{name}” has a board of {values} notes; Workshop imports at most {max_notes_per_board} notes on one board, so that the board stays responsive (see docs/file-format.md, “Limits”).</source>
            <translation>„{name}” ma tablicę z {values} notatkami; Workshop importuje najwyżej {max_notes_per_board} notatek na jednej tablicy, aby tablica działała płynnie (zob. docs/file-format.md, „Limits”).</translation>
        </message>
        <message>
            <source>“{name}” is {value} MB; Workshop imports JSON files of at most {value_b} MB (see docs/file-format.md, “Limits”).</source>
            <translation>„{name}” ma {value} MB; Workshop importuje pliki JSON o rozmiarze najwyżej {value_b} MB (zob. docs/file-format.md, „Limits”).</translation>
        </message>
        <message>
            <source>“{source}” does not exist.</source>
            <translation>„{source}” nie istnieje.</translation>
        </message>
        <message>
            <source>“{source}” is a folder, not a JSON file.</source>
            <translation>„{source}” jest folderem, a nie plikiem JSON.</translation>
        </message>
        <message>
            <source>“{source}” cannot be read: {value}.</source>
            <translation>Nie można odczytać „{source}”: {value}.</translation>
        </message>
        <message>
            <source>“{name}” is not a Workshop JSON export (not text).</source>
            <translation>„{name}” nie jest eksportem JSON z Workshop (to nie tekst).</translation>
        </message>
        <message>
            <source>“{name}” holds a number JSON does not allow ({exc}).</source>
            <translation>„{name}” zawiera liczbę niedozwoloną w JSON ({exc}).</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (it may be truncated): {msg} at line {lineno}.</source>
            <translation>„{name}” nie jest prawidłowym JSON-em (może być ucięty): {msg} w wierszu {lineno}.</translation>
        </message>
        <message>
            <source>“{name}” is nested too deeply to be a Workshop export.</source>
            <translation>„{name}” jest zagnieżdżony zbyt głęboko, by był eksportem Workshop.</translation>
        </message>
        <message>
            <source>“{name}” is not a consistent workshop: {exc}.</source>
            <translation>„{name}” nie jest spójnym warsztatem: {exc}.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>brak wartości</translation>
        </message>
        <message>
            <source>A binary value in the file is damaged.</source>
            <translation>Wartość binarna w pliku jest uszkodzona.</translation>
        </message>
        <message>
            <source>“{name}” is too large for a Pabulib file.</source>
            <translation>„{name}” jest za duży jak na plik Pabulib.</translation>
        </message>
        <message>
            <source>“{file}” does not exist.</source>
            <translation>„{file}” nie istnieje.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a .pb file.</source>
            <translation>„{file}” jest folderem, a nie plikiem .pb.</translation>
        </message>
        <message>
            <source>Cannot read “{file}”: {value}.</source>
            <translation>Nie można odczytać „{file}”: {value}.</translation>
        </message>
        <message>
            <source>“{name}” line {line} is not UTF-8 text.</source>
            <translation>„{name}”, wiersz {line}, nie jest tekstem UTF-8.</translation>
        </message>
        <message>
            <source>Unknown page size “{page_size}”: use A4 or Letter.</source>
            <translation>Nieznany rozmiar strony „{page_size}”: użyj A4 lub Letter.</translation>
        </message>
        <message>
            <source>No participant has an organisation: there is nothing to split by.</source>
            <translation>Żaden uczestnik nie ma organizacji: nie ma według czego dzielić.</translation>
        </message>
        <message>
            <source>The page sent something unexpected; reload it.</source>
            <translation>Strona wysłała coś nieoczekiwanego; odśwież ją.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>Nie znaleziono.</translation>
        </message>
        <message>
            <source>That is too long to send.</source>
            <translation>To za długie, by wysłać.</translation>
        </message>
        <message>
            <source>That name is no longer on the list.</source>
            <translation>Tego imienia nie ma już na liście.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{parent}”.</source>
            <translation>Nie można zapisywać w folderze „{parent}”.</translation>
        </message>
        <message>
            <source>Could not write a copy to “{target}”: {reason}.</source>
            <translation>Nie udało się zapisać kopii w „{target}”: {reason}.</translation>
        </message>
        <message>
            <source>The number of tables must be 1 to {max_tables} (got {count}).</source>
            <translation>Liczba stołów musi wynosić od 1 do {max_tables} (podano {count}).</translation>
        </message>
        <message>
            <source>“{name}” is itself a breakout copy: make breakouts from the main workshop.</source>
            <translation>„{name}” sam jest kopią dla stołu: twórz kopie z głównego warsztatu.</translation>
        </message>
        <message>
            <source>The folder “{out_dir}” does not exist.</source>
            <translation>Folder „{out_dir}” nie istnieje.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{out_dir}”.</source>
            <translation>Nie można zapisywać w folderze „{out_dir}”.</translation>
        </message>
        <message>
            <source>Give one non-empty label per table.</source>
            <translation>Podaj jedną niepustą nazwę dla każdego stołu.</translation>
        </message>
        <message>
            <source>Two tables have the same label.</source>
            <translation>Dwa stoły mają tę samą nazwę.</translation>
        </message>
        <message>
            <source>Could not write the breakout copies: {exc}.</source>
            <translation>Nie udało się zapisać kopii dla stołów: {exc}.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then a {noun} (number {number}) has been added in its place by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>Nie można cofnąć „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, dodał w tym miejscu {noun} (numer {number}). Nic nie cofnięto: tamta zmiana zostaje, a cofanie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then a {noun} (number {number}) has been added in its place by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>Nie można ponowić „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, dodał w tym miejscu {noun} (numer {number}). Nic nie ponowiono: tamta zmiana zostaje, a ponawianie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been deleted by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>Nie można cofnąć „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, usunął {noun} {row}. Nic nie cofnięto: tamta zmiana zostaje, a cofanie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been deleted by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>Nie można ponowić „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, usunął {noun} {row}. Nic nie ponowiono: tamta zmiana zostaje, a ponawianie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been changed (its {columns}) by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>Nie można cofnąć „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, zmienił {noun} {row} ({columns}). Nic nie cofnięto: tamta zmiana zostaje, a cofanie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been changed (its {columns}) by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>Nie można ponowić „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, zmienił {noun} {row} ({columns}). Nic nie ponowiono: tamta zmiana zostaje, a ponawianie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been changed by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>Nie można cofnąć „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, zmienił {noun} {row}. Nic nie cofnięto: tamta zmiana zostaje, a cofanie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been changed by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>Nie można ponowić „{label}”: od tamtej pory inny program, np. sqlite-utils lub Datasette, zmienił {noun} {row}. Nic nie ponowiono: tamta zmiana zostaje, a ponawianie zatrzymuje się na tym kroku.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a workshop file.</source>
            <translation>„{file}” jest folderem, a nie plikiem warsztatu.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>„{name}” jest pusty: to nie jest plik warsztatu.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not a SQLite database).</source>
            <translation>„{name}” nie jest plikiem warsztatu (to nie baza danych SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is truncated: its header is incomplete.</source>
            <translation>„{name}” jest ucięty: jego nagłówek jest niepełny.</translation>
        </message>
        <message>
            <source>“{name}” is a SQLite database, but not a workshop file.</source>
            <translation>„{name}” to baza danych SQLite, ale nie plik warsztatu.</translation>
        </message>
        <message>
            <source>“{name}” was made by a newer Workshop (file format {major}.{minor}); this version reads format {format_major}. Please update Workshop.</source>
            <translation>„{name}” utworzono w nowszej wersji Workshop (format pliku {major}.{minor}); ta wersja czyta format {format_major}. Zaktualizuj Workshop.</translation>
        </message>
        <message>
            <source>“{name}” is an incomplete workshop file (no format).</source>
            <translation>„{name}” to niekompletny plik warsztatu (brak formatu).</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({result}). An automatic backup may help.</source>
            <translation>„{name}” jest uszkodzony ({result}). Może pomóc automatyczna kopia zapasowa.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a file name.</source>
            <translation>„{file}” jest folderem, a nie nazwą pliku.</translation>
        </message>
        <message>
            <source>“{file}” already exists (use --force to replace it).</source>
            <translation>„{file}” już istnieje (użyj --force, aby go zastąpić).</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>Folder „{parent}” nie istnieje.</translation>
        </message>
        <message>
            <source>The change could not be saved: an earlier one failed.</source>
            <translation>Nie udało się zapisać zmiany: wcześniejsza się nie powiodła.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only: changes cannot be saved. Use File › Save As… to continue in a copy you can edit.</source>
            <translation>„{name}” jest otwarty tylko do odczytu: zmian nie da się zapisać. Użyj Plik › Zapisz jako…, aby pracować dalej w kopii, którą można edytować.</translation>
        </message>
        <message>
            <source>“{file}” cannot be read: {reason}.</source>
            <translation>Nie można odczytać „{file}”: {reason}.</translation>
        </message>
        <message>
            <source>Cannot create “{file}”: {reason}.</source>
            <translation>Nie można utworzyć „{file}”: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged and could not be read ({reason}). An automatic backup may help.</source>
            <translation>„{name}” jest uszkodzony i nie dało się go odczytać ({reason}). Może pomóc automatyczna kopia zapasowa.</translation>
        </message>
        <message>
            <source>The change could not be saved: {reason}.</source>
            <translation>Nie udało się zapisać zmiany: {reason}.</translation>
        </message>
        <message>
            <source>Cannot {verb} “{label}”: rows added outside Workshop since then depend on it ({reason}). Nothing was changed.</source>
            <translation>Nie można wykonać „{label}” ({verb}): zależą od tego wiersze dodane od tamtej pory poza Workshop ({reason}). Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>Could not save a copy as “{target}”: {reason}.</source>
            <translation>Nie udało się zapisać kopii jako „{target}”: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” uses an older format and is read-only, so it cannot be upgraded. Copy it to a folder you can write to and open the copy.</source>
            <translation>„{name}” ma starszy format i jest tylko do odczytu, więc nie da się go uaktualnić. Skopiuj go do folderu z prawem zapisu i otwórz kopię.</translation>
        </message>
        <message>
            <source>“{name}” is already open in another Workshop window (through another name for the same file: a link or another path). Switch to that window, or close it first.</source>
            <translation>„{name}” jest już otwarty w innym oknie Workshop (pod inną nazwą tego samego pliku: dowiązaniem lub inną ścieżką). Przejdź do tamtego okna albo najpierw je zamknij.</translation>
        </message>
        <message>
            <source>“{document}” is already open in another Workshop window{holder}. Switch to that window, or close it first.</source>
            <translation>„{document}” jest już otwarty w innym oknie Workshop{holder}. Przejdź do tamtego okna albo najpierw je zamknij.</translation>
        </message>
        <message>
            <source>Cannot write “{document}”: the folder “{parent}” does not accept new files ({reason}).</source>
            <translation>Nie można zapisać „{document}”: folder „{parent}” nie przyjmuje nowych plików ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and could not be read ({exc}). An automatic backup may help.</source>
            <translation>„{name}” jest uszkodzony i nie dało się go odczytać ({exc}). Może pomóc automatyczna kopia zapasowa.</translation>
        </message>
        <message>
            <source>No breakout files to merge.</source>
            <translation>Brak plików ze stołów do scalenia.</translation>
        </message>
        <message>
            <source>“{name}” is not a breakout copy of a workshop.</source>
            <translation>„{name}” nie jest kopią warsztatu dla stołu.</translation>
        </message>
        <message>
            <source>“{name}” is a breakout of another workshop, not of this one.</source>
            <translation>„{name}” to kopia dla stołu innego warsztatu, nie tego.</translation>
        </message>
        <message>
            <source>“{name}” holds {what}, which Workshop itself would not accept (was it edited with another tool?): nothing was merged.</source>
            <translation>„{name}” zawiera {what}, czego sam Workshop by nie przyjął (czy edytowano go innym narzędziem?): niczego nie scalono.</translation>
        </message>
        <message>
            <source>“{name}” and “{name_b}” are the same table: merge one of them.</source>
            <translation>„{name}” i „{name_b}” to ten sam stół: scal tylko jeden z nich.</translation>
        </message>
        <message>
            <source>The breakouts could not be merged: {exc}.</source>
            <translation>Nie udało się scalić stołów: {exc}.</translation>
        </message>
        <message>
            <source>“{name}” is not a breakout copy (it was made by an older Workshop).</source>
            <translation>„{name}” nie jest kopią dla stołu (utworzyła go starsza wersja Workshop).</translation>
        </message>
        <message>
            <source>Select the actions to remove first.</source>
            <translation>Najpierw zaznacz działania do usunięcia.</translation>
        </message>
        <message>
            <source>That action no longer exists.</source>
            <translation>To działanie już nie istnieje.</translation>
        </message>
        <message>
            <source>Choose what the action comes from.</source>
            <translation>Wybierz, z czego wynika działanie.</translation>
        </message>
        <message>
            <source>What the action comes from no longer exists.</source>
            <translation>To, z czego wynika działanie, już nie istnieje.</translation>
        </message>
        <message>
            <source>The activity title</source>
            <translation>Tytuł aktywności</translation>
        </message>
        <message>
            <source>The prompt</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <source>The facilitator notes</source>
            <translation>Notatki prowadzącego</translation>
        </message>
        <message>
            <source>Select the activities to remove first.</source>
            <translation>Najpierw zaznacz aktywności do usunięcia.</translation>
        </message>
        <message>
            <source>That activity no longer exists.</source>
            <translation>Ta aktywność już nie istnieje.</translation>
        </message>
        <message>
            <source>The agenda already has activities; a template fills an empty one.</source>
            <translation>Plan dnia ma już aktywności; szablon wypełnia tylko pusty plan.</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>There is no text to add as notes.</source>
            <translation>Brak tekstu do dodania jako notatki.</translation>
        </message>
        <message>
            <source>Select the notes to group first.</source>
            <translation>Najpierw zaznacz notatki do zgrupowania.</translation>
        </message>
        <message>
            <source>Select a cluster to ungroup first.</source>
            <translation>Najpierw zaznacz grupę do rozgrupowania.</translation>
        </message>
        <message>
            <source>That participant no longer exists.</source>
            <translation>Ten uczestnik już nie istnieje.</translation>
        </message>
        <message>
            <source>Select one or more notes first.</source>
            <translation>Najpierw zaznacz jedną lub więcej notatek.</translation>
        </message>
        <message>
            <source>Some of those notes no longer exist.</source>
            <translation>Niektóre z tych notatek już nie istnieją.</translation>
        </message>
        <message>
            <source>That cluster no longer exists.</source>
            <translation>Ta grupa już nie istnieje.</translation>
        </message>
        <message>
            <source>Only notes of one board can be grouped together.</source>
            <translation>Grupować razem można tylko notatki z jednej tablicy.</translation>
        </message>
        <message>
            <source>Line {number}: {exc}</source>
            <translation>Wiersz {number}: {exc}</translation>
        </message>
        <message>
            <source>Notes can only join a cluster on their own board.</source>
            <translation>Notatki mogą dołączyć tylko do grupy na własnej tablicy.</translation>
        </message>
        <message>
            <source>The budget</source>
            <translation>Budżet</translation>
        </message>
        <message>
            <source>This works only in a participatory budget activity.</source>
            <translation>To działa tylko w aktywności budżetu partycypacyjnego.</translation>
        </message>
        <message>
            <source>{what} can have at most two decimals.</source>
            <translation>{what}: najwyżej dwa miejsca po przecinku.</translation>
        </message>
        <message>
            <source>The budget must be above zero.</source>
            <translation>Budżet musi być większy od zera.</translation>
        </message>
        <message>
            <source>A currency is at most {currency_max} characters (e.g. EUR, zł).</source>
            <translation>Waluta ma najwyżej {currency_max} znaków (np. EUR, zł).</translation>
        </message>
        <message>
            <source>A ballot must allow at least one project.</source>
            <translation>Karta do głosowania musi pozwalać na co najmniej jeden projekt.</translation>
        </message>
        <message>
            <source>The limit on a ballot's cost</source>
            <translation>Limit kosztu na jednej karcie</translation>
        </message>
        <message>
            <source>Points per ballot: between 0 (approval) and 1,000.</source>
            <translation>Punkty na kartę: od 0 (poparcie) do 1000.</translation>
        </message>
        <message>
            <source>A category or organisation is at most {category_max} characters.</source>
            <translation>Kategoria lub organizacja ma najwyżej {category_max} znaków.</translation>
        </message>
        <message>
            <source>Nothing to add: paste one project a line, “title; cost”.</source>
            <translation>Nie ma czego dodać: wklej jeden projekt w wierszu, „tytuł; koszt”.</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>Ta notatka już nie istnieje.</translation>
        </message>
        <message>
            <source>A paper tally is between 0 and {tally_max} approvals.</source>
            <translation>Liczba poparć z kart papierowych wynosi od 0 do {tally_max}.</translation>
        </message>
        <message>
            <source>That project is no longer on the list.</source>
            <translation>Tego projektu nie ma już na liście.</translation>
        </message>
        <message>
            <source>There are no paper approvals on this project to take away.</source>
            <translation>Ten projekt nie ma poparć z kart papierowych do odjęcia.</translation>
        </message>
        <message>
            <source>A paper ballot ticks each project once.</source>
            <translation>Karta papierowa zaznacza każdy projekt raz.</translation>
        </message>
        <message>
            <source>The file has more than {ballots_max} votes.</source>
            <translation>Plik ma więcej niż {ballots_max} głosów.</translation>
        </message>
        <message>
            <source>The limit on a ballot's cost must be above zero.</source>
            <translation>Limit kosztu na jednej karcie musi być większy od zera.</translation>
        </message>
        <message>
            <source>Ballots were cast under the present rules: clear them before changing the rules.</source>
            <translation>Oddano już głosy według obecnych zasad: wyczyść je przed zmianą zasad.</translation>
        </message>
        <message>
            <source>That project no longer exists.</source>
            <translation>Ten projekt już nie istnieje.</translation>
        </message>
        <message>
            <source>Line {number}: write “title; cost”.</source>
            <translation>Wiersz {number}: wpisz „tytuł; koszt”.</translation>
        </message>
        <message>
            <source>A project comes from a note or a cluster.</source>
            <translation>Projekt powstaje z notatki lub grupy.</translation>
        </message>
        <message>
            <source>That note is already a project.</source>
            <translation>Ta notatka jest już projektem.</translation>
        </message>
        <message>
            <source>That cluster is already a project.</source>
            <translation>Ta grupa jest już projektem.</translation>
        </message>
        <message>
            <source>{name} has already voted in this budget.</source>
            <translation>{name} już głosował(a) w tym budżecie.</translation>
        </message>
        <message>
            <source>This budget holds as many ballots as it can.</source>
            <translation>Ten budżet mieści już tyle kart, ile może.</translation>
        </message>
        <message>
            <source>A tallied approval is a ballot for “{title}” alone, and such a ballot breaks the rules: {problem}</source>
            <translation>Poparcie z liczenia to karta tylko dla „{title}”, a taka karta łamie zasady: {problem}</translation>
        </message>
        <message>
            <source>“{part}” is not a project number (1–{count}).</source>
            <translation>„{part}” nie jest numerem projektu (1–{count}).</translation>
        </message>
        <message>
            <source>That ballot no longer exists.</source>
            <translation>Ta karta już nie istnieje.</translation>
        </message>
        <message>
            <source>This budget already has projects: import into a new participatory budget.</source>
            <translation>Ten budżet ma już projekty: importuj do nowego budżetu partycypacyjnego.</translation>
        </message>
        <message>
            <source>PROJECTS, project “{id}”: {exc}</source>
            <translation>PROJECTS, projekt „{id}”: {exc}</translation>
        </message>
        <message>
            <source>The venue</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>The facilitator's name</source>
            <translation>Imię i nazwisko prowadzącego</translation>
        </message>
        <message>
            <source>The goal</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nie ma nic do zmiany.</translation>
        </message>
        <message>
            <source>There is nobody to add.</source>
            <translation>Nie ma nikogo do dodania.</translation>
        </message>
        <message>
            <source>Select the participants to remove first.</source>
            <translation>Najpierw zaznacz uczestników do usunięcia.</translation>
        </message>
        <message>
            <source>A join code is {code_length} letters or digits.</source>
            <translation>Kod dołączenia ma {code_length} liter lub cyfr.</translation>
        </message>
        <message>
            <source>Phones have nothing to do in “{title}”.</source>
            <translation>Telefony nie mają nic do roboty w „{title}”.</translation>
        </message>
        <message>
            <source>Those phone notes are no longer waiting.</source>
            <translation>Te notatki z telefonów już nie czekają.</translation>
        </message>
        <message>
            <source>The phone sent a post without a valid key; reload the page.</source>
            <translation>Telefon wysłał wpis bez ważnego klucza; odśwież stronę.</translation>
        </message>
        <message>
            <source>Ask the facilitator to add you to the list.</source>
            <translation>Poproś prowadzącego, aby dodał Cię do listy.</translation>
        </message>
        <message>
            <source>You are no longer on the participant list: join again.</source>
            <translation>Nie ma Cię już na liście uczestników: dołącz ponownie.</translation>
        </message>
        <message>
            <source>This activity is not open to phones.</source>
            <translation>Ta aktywność nie jest otwarta dla telefonów.</translation>
        </message>
        <message>
            <source>The activity has changed: the page will follow.</source>
            <translation>Aktywność się zmieniła: strona za nią podąży.</translation>
        </message>
        <message>
            <source>That question is no longer asked.</source>
            <translation>To pytanie nie jest już zadawane.</translation>
        </message>
        <message>
            <source>You have already answered this one.</source>
            <translation>Już na to odpowiedziałeś/odpowiedziałaś.</translation>
        </message>
        <message>
            <source>That draft is no longer there.</source>
            <translation>Tego szkicu już nie ma.</translation>
        </message>
        <message>
            <source>This purpose is rated by organisation, and yours is not on the list: ask the facilitator.</source>
            <translation>Ten cel oceniają organizacje, a Twojej nie ma na liście: zapytaj prowadzącego.</translation>
        </message>
        <message>
            <source>The statement</source>
            <translation>Stwierdzenie</translation>
        </message>
        <message>
            <source>The round's name</source>
            <translation>Nazwa rundy</translation>
        </message>
        <message>
            <source>Statements can only be added to a pulse check activity.</source>
            <translation>Stwierdzenia można dodawać tylko do aktywności „Sprawdzenie nastroju”.</translation>
        </message>
        <message>
            <source>“{condition_key}” is not a collective impact condition.</source>
            <translation>„{condition_key}” nie jest warunkiem wspólnego oddziaływania.</translation>
        </message>
        <message>
            <source>That round no longer exists.</source>
            <translation>Ta runda już nie istnieje.</translation>
        </message>
        <message>
            <source>This activity already asks all five collective impact checks.</source>
            <translation>Ta aktywność zawiera już wszystkie pięć pytań o wspólne oddziaływanie.</translation>
        </message>
        <message>
            <source>That statement no longer exists.</source>
            <translation>To stwierdzenie już nie istnieje.</translation>
        </message>
        <message>
            <source>A statement has at least one round: clear its answers, or remove the statement.</source>
            <translation>Stwierdzenie ma co najmniej jedną rundę: wyczyść jego odpowiedzi albo usuń stwierdzenie.</translation>
        </message>
        <message>
            <source>That statement has been removed.</source>
            <translation>To stwierdzenie zostało usunięte.</translation>
        </message>
        <message>
            <source>People have already answered on this scale: add a new statement to use another scale.</source>
            <translation>Odpowiedziano już na tej skali: dodaj nowe stwierdzenie, aby użyć innej skali.</translation>
        </message>
        <message>
            <source>This pulse check is anonymous: answers are not linked to people. Turn anonymity off for this activity to record who answered.</source>
            <translation>To sprawdzenie nastroju jest anonimowe: odpowiedzi nie są powiązane z osobami. Wyłącz anonimowość tej aktywności, aby zapisywać, kto odpowiedział.</translation>
        </message>
        <message>
            <source>That participant is no longer on the list.</source>
            <translation>Tego uczestnika nie ma już na liście.</translation>
        </message>
        <message>
            <source>{name} has already answered this round.</source>
            <translation>{name} już odpowiedział(a) w tej rundzie.</translation>
        </message>
        <message>
            <source>A purpose statement</source>
            <translation>Deklaracja celu</translation>
        </message>
        <message>
            <source>The blended statement</source>
            <translation>Połączona deklaracja</translation>
        </message>
        <message>
            <source>The comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <source>The draft</source>
            <translation>Szkic</translation>
        </message>
        <message>
            <source>Those terms are no longer merged.</source>
            <translation>Te terminy nie są już połączone.</translation>
        </message>
        <message>
            <source>That term is not hidden any more.</source>
            <translation>Ten termin nie jest już ukryty.</translation>
        </message>
        <message>
            <source>Choose pairs or fours.</source>
            <translation>Wybierz pary lub czwórki.</translation>
        </message>
        <message>
            <source>That group no longer exists.</source>
            <translation>Ta grupa już nie istnieje.</translation>
        </message>
        <message>
            <source>A rating is a whole number from {score_min} to {score_max}.</source>
            <translation>Ocena to liczba całkowita od {score_min} do {score_max}.</translation>
        </message>
        <message>
            <source>That activity is not a purpose blend.</source>
            <translation>Ta aktywność nie jest łączeniem celów.</translation>
        </message>
        <message>
            <source>This activity takes one purpose per organisation: choose one.</source>
            <translation>W tej aktywności każda organizacja ma jeden cel: wybierz jeden.</translation>
        </message>
        <message>
            <source>The organisation's name</source>
            <translation>Nazwa organizacji</translation>
        </message>
        <message>
            <source>Choose at least two different terms to merge.</source>
            <translation>Wybierz co najmniej dwa różne terminy do połączenia.</translation>
        </message>
        <message>
            <source>Type a term.</source>
            <translation>Wpisz termin.</translation>
        </message>
        <message>
            <source>A draft cannot be empty.</source>
            <translation>Szkic nie może być pusty.</translation>
        </message>
        <message>
            <source>That draft no longer exists.</source>
            <translation>Ten szkic już nie istnieje.</translation>
        </message>
        <message>
            <source>Statements have already been captured by participant; remove them before changing who states purposes.</source>
            <translation>Deklaracje zostały już zapisane według uczestników; usuń je przed zmianą tego, kto formułuje cele.</translation>
        </message>
        <message>
            <source>Statements have already been captured by organisation; remove them before changing who states purposes.</source>
            <translation>Deklaracje zostały już zapisane według organizacji; usuń je przed zmianą tego, kto formułuje cele.</translation>
        </message>
        <message>
            <source>{label} already has a purpose statement; edit that one.</source>
            <translation>{label} ma już deklarację celu; edytuj tamtą.</translation>
        </message>
        <message>
            <source>Those terms are already counted as one.</source>
            <translation>Te terminy są już liczone jako jeden.</translation>
        </message>
        <message>
            <source>“{already}” is already hidden.</source>
            <translation>„{already}” jest już ukryty.</translation>
        </message>
        <message>
            <source>Pairs need at least two purpose statements.</source>
            <translation>Pary potrzebują co najmniej dwóch deklaracji celu.</translation>
        </message>
        <message>
            <source>Fours need at least three purpose statements.</source>
            <translation>Czwórki potrzebują co najmniej trzech deklaracji celu.</translation>
        </message>
        <message>
            <source>The statement is already in that group.</source>
            <translation>Ta deklaracja jest już w tej grupie.</translation>
        </message>
        <message>
            <source>Draft {number} has been rated or adopted, so it stays as it was; start a new draft from it instead.</source>
            <translation>Szkic {number} został już oceniony lub przyjęty, więc zostaje bez zmian; zamiast tego zacznij od niego nowy szkic.</translation>
        </message>
        <message>
            <source>Draft {number} is the adopted purpose; un-adopt it first.</source>
            <translation>Szkic {number} jest przyjętym celem; najpierw cofnij przyjęcie.</translation>
        </message>
        <message>
            <source>Draft {number} is adopted: its ratings are kept as they were at adoption. Un-adopt it to change them.</source>
            <translation>Szkic {number} jest przyjęty: jego oceny zostają takie jak w chwili przyjęcia. Cofnij przyjęcie, aby je zmienić.</translation>
        </message>
        <message>
            <source>That rating no longer exists.</source>
            <translation>Ta ocena już nie istnieje.</translation>
        </message>
        <message>
            <source>Draft {row} is adopted; un-adopt it to change ratings.</source>
            <translation>Szkic {row} jest przyjęty; cofnij przyjęcie, aby zmienić oceny.</translation>
        </message>
        <message>
            <source>Draft {number} is already the adopted purpose.</source>
            <translation>Szkic {number} jest już przyjętym celem.</translation>
        </message>
        <message>
            <source>Draft {number} is not adopted.</source>
            <translation>Szkic {number} nie jest przyjęty.</translation>
        </message>
        <message>
            <source>This activity takes one purpose per participant: choose one.</source>
            <translation>W tej aktywności każdy uczestnik ma jeden cel: wybierz jeden.</translation>
        </message>
        <message>
            <source>“{phrase}” has only common words, which are never counted.</source>
            <translation>„{phrase}” zawiera tylko pospolite słowa, których się nie liczy.</translation>
        </message>
        <message>
            <source>The draft to start from no longer exists.</source>
            <translation>Szkic, od którego miało się zacząć, już nie istnieje.</translation>
        </message>
        <message>
            <source>A term</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>The commitment</source>
            <translation>Zobowiązanie</translation>
        </message>
        <message>
            <source>{name} is no longer on the participant list.</source>
            <translation>{name} nie ma już na liście uczestników.</translation>
        </message>
        <message>
            <source>Offers and asks can only be added to an offers-and-asks activity.</source>
            <translation>Oferty i prośby można dodawać tylko do aktywności „Oferty i prośby”.</translation>
        </message>
        <message>
            <source>Select the cards to remove first.</source>
            <translation>Najpierw zaznacz karty do usunięcia.</translation>
        </message>
        <message>
            <source>Select the commitments to remove first.</source>
            <translation>Najpierw zaznacz zobowiązania do usunięcia.</translation>
        </message>
        <message>
            <source>That card no longer exists.</source>
            <translation>Ta karta już nie istnieje.</translation>
        </message>
        <message>
            <source>This card is part of a commitment: remove the commitment before changing whose card it is or whether it offers or asks.</source>
            <translation>Ta karta jest częścią zobowiązania: usuń zobowiązanie, zanim zmienisz, czyja to karta albo czy oferuje, czy prosi.</translation>
        </message>
        <message>
            <source>A commitment joins an offer to an ask.</source>
            <translation>Zobowiązanie łączy ofertę z prośbą.</translation>
        </message>
        <message>
            <source>The offer and the ask belong to different activities.</source>
            <translation>Oferta i prośba należą do różnych aktywności.</translation>
        </message>
        <message>
            <source>{label} cannot meet their own ask: choose an offer from someone else.</source>
            <translation>{label} nie może spełnić własnej prośby: wybierz ofertę kogoś innego.</translation>
        </message>
        <message>
            <source>This offer is already committed to this ask.</source>
            <translation>Ta oferta jest już przypisana do tej prośby.</translation>
        </message>
        <message>
            <source>That commitment no longer exists.</source>
            <translation>To zobowiązanie już nie istnieje.</translation>
        </message>
        <message>
            <source>The action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>That promise is no longer on the list.</source>
            <translation>Tej obietnicy nie ma już na liście.</translation>
        </message>
        <message>
            <source>A review note</source>
            <translation>Notatka z przeglądu</translation>
        </message>
        <message>
            <source>Add or take away at least one minute.</source>
            <translation>Dodaj lub odejmij co najmniej jedną minutę.</translation>
        </message>
        <message>
            <source>Start the activity first: its timer runs while it is under way.</source>
            <translation>Najpierw rozpocznij aktywność: jej minutnik działa, gdy trwa.</translation>
        </message>
        <message>
            <source>“{title}” is not a dot vote.</source>
            <translation>„{title}” nie jest głosowaniem kropkami.</translation>
        </message>
        <message>
            <source>That item is no longer on the board.</source>
            <translation>Tej pozycji nie ma już na tablicy.</translation>
        </message>
        <message>
            <source>{name} has already finished their ballot.</source>
            <translation>{name} już zakończył(a) głosowanie.</translation>
        </message>
        <message>
            <source>{name} already has a ballot in this vote.</source>
            <translation>{name} ma już kartę w tym głosowaniu.</translation>
        </message>
        <message>
            <source>There are no paper dots on this item to take away.</source>
            <translation>Na tej pozycji nie ma kropek z papieru do odjęcia.</translation>
        </message>
        <message>
            <source>Choose a brainstorm for the vote to vote on.</source>
            <translation>Wybierz burzę mózgów, nad którą ma być głosowanie.</translation>
        </message>
        <message>
            <source>{name} already has a proxy ballot in this vote.</source>
            <translation>{name} ma już kartę oddaną przez pełnomocnika w tym głosowaniu.</translation>
        </message>
        <message>
            <source>The facilitator's notes</source>
            <translation>Notatki prowadzącego</translation>
        </message>
        <message>
            <source>A cluster title</source>
            <translation>Tytuł grupy</translation>
        </message>
        <message>
            <source>A blend</source>
            <translation>Połączenie</translation>
        </message>
        <message>
            <source>A draft</source>
            <translation>Szkic</translation>
        </message>
        <message>
            <source>An offer or ask</source>
            <translation>Oferta lub prośba</translation>
        </message>
        <message>
            <source>The condition</source>
            <translation>Warunek</translation>
        </message>
        <message>
            <source>{x} is not 0 (no) or 1 (yes).</source>
            <translation>{x} to nie 0 (nie) ani 1 (tak).</translation>
        </message>
        <message>
            <source>The merged terms are not a list of at least two terms.</source>
            <translation>Połączone terminy nie są listą co najmniej dwóch terminów.</translation>
        </message>
        <message>
            <source>this version does not know this column (a newer Workshop made it?)</source>
            <translation>ta wersja nie zna tej kolumny (czy utworzyła ją nowsza wersja Workshop?)</translation>
        </message>
        <message>
            <source>{shown} is out of range (at most {int_max})</source>
            <translation>{shown} jest poza zakresem (najwyżej {int_max})</translation>
        </message>
        <message>
            <source>“{one_line}” is not one of {names}.</source>
            <translation>„{one_line}” nie jest jednym z: {names}.</translation>
        </message>
        <message>
            <source>{x} is outside {low} to {high}.</source>
            <translation>{x} leży poza zakresem od {low} do {high}.</translation>
        </message>
        <message>
            <source>The merged terms are not a list.</source>
            <translation>Połączone terminy nie są listą.</translation>
        </message>
        <message>
            <source>cannot be empty (null)</source>
            <translation>nie może być puste (null)</translation>
        </message>
        <message>
            <source>{typed} is not an id (a whole number from 1 to {id_max})</source>
            <translation>{typed} nie jest identyfikatorem (liczbą całkowitą od 1 do {id_max})</translation>
        </message>
        <message>
            <source>a whole number is needed, not {shown}</source>
            <translation>potrzebna liczba całkowita, a nie {shown}</translation>
        </message>
        <message>
            <source>a number is needed, not {shown}</source>
            <translation>potrzebna liczba, a nie {shown}</translation>
        </message>
        <message>
            <source>a finite number is needed</source>
            <translation>potrzebna skończona liczba</translation>
        </message>
        <message>
            <source>text is needed, not {shown}</source>
            <translation>potrzebny tekst, a nie {shown}</translation>
        </message>
        <message>
            <source>the text holds a broken character (a lone surrogate)</source>
            <translation>tekst zawiera uszkodzony znak (samotny surogat)</translation>
        </message>
        <message>
            <source>The next meeting needs a file of its own: choose another name.</source>
            <translation>Następne spotkanie potrzebuje własnego pliku: wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>The workshop has just closed.</source>
            <translation>Warsztat został właśnie zamknięty.</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Brainstorm</source>
            <translation>Burza mózgów</translation>
        </message>
        <message>
            <source>Participatory budget</source>
            <translation>Budżet partycypacyjny</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Powitanie</translation>
        </message>
        <message>
            <source>Prompt / discussion</source>
            <translation>Pytanie / dyskusja</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Przerwa</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>kinds: the closing activity of the day (noun). Elsewhere: the verb on a button.</translatorcomment>
            <translation>Zakończenie</translation>
        </message>
        <message>
            <source>Dot vote</source>
            <translation>Głosowanie kropkami</translation>
        </message>
        <message>
            <source>Offers and asks</source>
            <translation>Oferty i prośby</translation>
        </message>
        <message>
            <source>Pulse check</source>
            <translation>Sprawdzenie nastroju</translation>
        </message>
        <message>
            <source>Purpose blend</source>
            <translation>Łączenie celów</translation>
        </message>
        <message>
            <source>Review of promises</source>
            <translation>Przegląd obietnic</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>en</source>
            <translation>pl</translation>
        </message>
    </context>
    <context>
        <name>pulse</name>
        <message>
            <source>Fist of five (0–5)</source>
            <translation>Pięć palców (0–5)</translation>
        </message>
        <message>
            <source>Agreement (1–5)</source>
            <translation>Zgoda (1–5)</translation>
        </message>
        <message>
            <source>Fist: block</source>
            <translation>Pięść: sprzeciw</translation>
        </message>
        <message>
            <source>Serious doubts</source>
            <translation>Poważne wątpliwości</translation>
        </message>
        <message>
            <source>Some doubts</source>
            <translation>Pewne wątpliwości</translation>
        </message>
        <message>
            <source>Can live with it</source>
            <translation>Da się z tym żyć</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Dobrze</translation>
        </message>
        <message>
            <source>Fully behind it</source>
            <translation>W pełni popieram</translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation>Zdecydowanie się nie zgadzam</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>Nie zgadzam się</translation>
        </message>
        <message>
            <source>Neither</source>
            <translation>Ani tak, ani nie</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Zgadzam się</translation>
        </message>
        <message>
            <source>Strongly agree</source>
            <translation>Zdecydowanie się zgadzam</translation>
        </message>
        <message>
            <source>Common agenda</source>
            <translation>Wspólny program</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Shared measurement</source>
            <translation>Wspólne mierniki</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Mierniki</translation>
        </message>
        <message>
            <source>Mutually reinforcing activities</source>
            <translation>Wzajemnie wzmacniające się działania</translation>
        </message>
        <message>
            <source>Reinforcing</source>
            <translation>Wzmacnianie</translation>
        </message>
        <message>
            <source>Continuous communication</source>
            <translation>Stała komunikacja</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Komunikacja</translation>
        </message>
        <message>
            <source>Backbone support</source>
            <translation>Organizacja wspierająca</translation>
        </message>
        <message>
            <source>Backbone</source>
            <translation>Wsparcie</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Runda %1</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Jeszcze bez odpowiedzi</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n odpowiedź</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
            </translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>mediana %1</translation>
        </message>
        <message>
            <source>middle half %1–%2</source>
            <translation>środkowa połowa %1–%2</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Make 1 breakout copy</source>
            <translation>Utwórz 1 kopię dla stołu</translation>
        </message>
        <message>
            <source>Make {count} breakout copies</source>
            <translation>Utwórz kopie dla stołów ({count})</translation>
        </message>
        <message>
            <source>Merge {count} breakout tables</source>
            <translation>Scal stoły ({count})</translation>
        </message>
        <message>
            <source>Merge {table}</source>
            <translation>Scal {table}</translation>
        </message>
        <message>
            <source>Mark action open</source>
            <translation>Oznacz działanie jako otwarte</translation>
        </message>
        <message>
            <source>Mark action doing</source>
            <translation>Oznacz działanie jako w toku</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Oznacz działanie jako zrobione</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Usuń działanie</translation>
        </message>
        <message>
            <source>Remove {count} actions</source>
            <translation>Usuń działania ({count})</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>Utwórz działanie</translation>
        </message>
        <message>
            <source>Make {count} actions</source>
            <translation>Utwórz działania ({count})</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Edytuj działanie</translation>
        </message>
        <message>
            <source>Add action “{text}”</source>
            <translation>Dodaj działanie „{text}”</translation>
        </message>
        <message>
            <source>Remove activity</source>
            <translation>Usuń aktywność</translation>
        </message>
        <message>
            <source>Remove {count} activities</source>
            <translation>Usuń aktywności ({count})</translation>
        </message>
        <message>
            <source>Change timebox</source>
            <translation>Zmień czas aktywności</translation>
        </message>
        <message>
            <source>Reorder agenda</source>
            <translation>Zmień kolejność planu dnia</translation>
        </message>
        <message>
            <source>Start activity</source>
            <translation>Rozpocznij aktywność</translation>
        </message>
        <message>
            <source>Finish activity</source>
            <translation>Zakończ aktywność</translation>
        </message>
        <message>
            <source>Mark activity as planned</source>
            <translation>Oznacz aktywność jako zaplanowaną</translation>
        </message>
        <message>
            <source>Add activity “{title}”</source>
            <translation>Dodaj aktywność „{title}”</translation>
        </message>
        <message>
            <source>Edit activity “{title}”</source>
            <translation>Edytuj aktywność „{title}”</translation>
        </message>
        <message>
            <source>Use template “{name}”</source>
            <translation>Użyj szablonu „{name}”</translation>
        </message>
        <message>
            <source>Add {count} notes</source>
            <translation>Dodaj notatki ({count})</translation>
        </message>
        <message>
            <source>Colour note {name}</source>
            <translation>Zmień kolor notatki: {name}</translation>
        </message>
        <message>
            <source>Colour {count} notes {name}</source>
            <translation>Zmień kolor notatek ({count}): {name}</translation>
        </message>
        <message>
            <source>Change author of note</source>
            <translation>Zmień autora notatki</translation>
        </message>
        <message>
            <source>Change author of {count} notes</source>
            <translation>Zmień autora notatek ({count})</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Rozgrupuj</translation>
        </message>
        <message>
            <source>Ungroup {count} clusters</source>
            <translation>Rozgrupuj grupy ({count})</translation>
        </message>
        <message>
            <source>Group note as “{title}”, moved out of: {moved}</source>
            <translation>Zgrupuj notatkę jako „{title}”, przeniesione z: {moved}</translation>
        </message>
        <message>
            <source>Group {count} notes as “{title}”, moved out of: {moved}</source>
            <translation>Zgrupuj notatki ({count}) jako „{title}”, przeniesione z: {moved}</translation>
        </message>
        <message>
            <source>Move {clusters} clusters and {notes} notes</source>
            <translation>Przesuń grupy ({clusters}) i notatki ({notes})</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>Usuń zaznaczenie</translation>
        </message>
        <message>
            <source>Add note “{text}”</source>
            <translation>Dodaj notatkę „{text}”</translation>
        </message>
        <message>
            <source>Take note out of cluster</source>
            <translation>Wyjmij notatkę z grupy</translation>
        </message>
        <message>
            <source>Take {count} notes out of cluster</source>
            <translation>Wyjmij notatki z grupy ({count})</translation>
        </message>
        <message>
            <source>Put note in cluster</source>
            <translation>Włóż notatkę do grupy</translation>
        </message>
        <message>
            <source>Put {count} notes in cluster</source>
            <translation>Włóż notatki do grupy ({count})</translation>
        </message>
        <message>
            <source>Move cluster</source>
            <translation>Przesuń grupę</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>Uporządkuj</translation>
        </message>
        <message>
            <source>Group note as “{title}”</source>
            <translation>Zgrupuj notatkę jako „{title}”</translation>
        </message>
        <message>
            <source>Group {count} notes as “{title}”</source>
            <translation>Zgrupuj notatki ({count}) jako „{title}”</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Przesuń notatkę</translation>
        </message>
        <message>
            <source>Move {count} notes</source>
            <translation>Przesuń notatki ({count})</translation>
        </message>
        <message>
            <source>Move {count} clusters</source>
            <translation>Przesuń grupy ({count})</translation>
        </message>
        <message>
            <source>Move {clusters} clusters and 1 note</source>
            <translation>Przesuń grupy ({clusters}) i 1 notatkę</translation>
        </message>
        <message>
            <source>Edit note “{text}”</source>
            <translation>Edytuj notatkę „{text}”</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Usuń notatkę</translation>
        </message>
        <message>
            <source>Delete {count} notes</source>
            <translation>Usuń notatki ({count})</translation>
        </message>
        <message>
            <source>Rename cluster to “{title}”</source>
            <translation>Zmień nazwę grupy na „{title}”</translation>
        </message>
        <message>
            <source>Move 1 cluster and 1 note</source>
            <translation>Przesuń 1 grupę i 1 notatkę</translation>
        </message>
        <message>
            <source>Move 1 cluster and {notes} notes</source>
            <translation>Przesuń 1 grupę i notatki ({notes})</translation>
        </message>
        <message>
            <source>Show Greedy by votes</source>
            <translation>Pokaż: Zachłanna według głosów</translation>
        </message>
        <message>
            <source>Show Equal Shares (cost satisfaction)</source>
            <translation>Pokaż: Równe Udziały (zadowolenie z kosztu)</translation>
        </message>
        <message>
            <source>Show Equal Shares (cardinality satisfaction)</source>
            <translation>Pokaż: Równe Udziały (zadowolenie z liczby)</translation>
        </message>
        <message>
            <source>Show Equal Shares, completed</source>
            <translation>Pokaż: Równe Udziały, uzupełnione</translation>
        </message>
        <message>
            <source>Set budget</source>
            <translation>Ustaw budżet</translation>
        </message>
        <message>
            <source>Set ballot rules</source>
            <translation>Ustaw zasady głosowania</translation>
        </message>
        <message>
            <source>Secret ballots</source>
            <translation>Tajne głosowanie</translation>
        </message>
        <message>
            <source>Open ballots</source>
            <translation>Jawne głosowanie</translation>
        </message>
        <message>
            <source>Reveal budget results</source>
            <translation>Odsłoń wyniki budżetu</translation>
        </message>
        <message>
            <source>Hide budget results</source>
            <translation>Ukryj wyniki budżetu</translation>
        </message>
        <message>
            <source>Add project</source>
            <translation>Dodaj projekt</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>Edytuj projekt</translation>
        </message>
        <message>
            <source>Remove project</source>
            <translation>Usuń projekt</translation>
        </message>
        <message>
            <source>Project from the board</source>
            <translation>Projekt z tablicy</translation>
        </message>
        <message>
            <source>Remove ballot</source>
            <translation>Usuń kartę do głosowania</translation>
        </message>
        <message>
            <source>Clear ballots</source>
            <translation>Wyczyść karty do głosowania</translation>
        </message>
        <message>
            <source>Import participatory budget</source>
            <translation>Importuj budżet partycypacyjny</translation>
        </message>
        <message>
            <source>Paste {count} projects</source>
            <translation>Wklej projekty ({count})</translation>
        </message>
        <message>
            <source>Paper ballot</source>
            <translation>Karta papierowa</translation>
        </message>
        <message>
            <source>Paper tally of project {number}</source>
            <translation>Liczenie kart papierowych dla projektu {number}</translation>
        </message>
        <message>
            <source>Proxy ballot for {name}</source>
            <translation>Głos przez pełnomocnika za: {name}</translation>
        </message>
        <message>
            <source>Ballot of {name}</source>
            <translation>Karta do głosowania: {name}</translation>
        </message>
        <message>
            <source>Rename workshop</source>
            <translation>Zmień nazwę warsztatu</translation>
        </message>
        <message>
            <source>Change anonymity</source>
            <translation>Zmień anonimowość</translation>
        </message>
        <message>
            <source>Change the workshop's language</source>
            <translation>Zmień język warsztatu</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>Edytuj szczegóły warsztatu</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Usuń uczestnika</translation>
        </message>
        <message>
            <source>Remove {count} participants</source>
            <translation>Usuń uczestników ({count})</translation>
        </message>
        <message>
            <source>Add {count} participants</source>
            <translation>Dodaj uczestników ({count})</translation>
        </message>
        <message>
            <source>Add “{name}”</source>
            <translation>Dodaj „{name}”</translation>
        </message>
        <message>
            <source>Add participant “{name}”</source>
            <translation>Dodaj uczestnika „{name}”</translation>
        </message>
        <message>
            <source>Edit participant “{name}”</source>
            <translation>Edytuj uczestnika „{name}”</translation>
        </message>
        <message>
            <source>Phone notes wait for approval</source>
            <translation>Notatki z telefonów czekają na akceptację</translation>
        </message>
        <message>
            <source>Phone notes go to the board</source>
            <translation>Notatki z telefonów trafiają na tablicę</translation>
        </message>
        <message>
            <source>People may add themselves</source>
            <translation>Osoby mogą dodawać się same</translation>
        </message>
        <message>
            <source>Only listed people may join</source>
            <translation>Dołączyć mogą tylko osoby z listy</translation>
        </message>
        <message>
            <source>Open “{title}” to phones</source>
            <translation>Otwórz „{title}” dla telefonów</translation>
        </message>
        <message>
            <source>Close “{title}” to phones</source>
            <translation>Zamknij „{title}” dla telefonów</translation>
        </message>
        <message>
            <source>Approve phone note</source>
            <translation>Zaakceptuj notatkę z telefonu</translation>
        </message>
        <message>
            <source>Approve {count} phone notes</source>
            <translation>Zaakceptuj notatki z telefonów ({count})</translation>
        </message>
        <message>
            <source>Discard phone note</source>
            <translation>Odrzuć notatkę z telefonu</translation>
        </message>
        <message>
            <source>Discard {count} phone notes</source>
            <translation>Odrzuć notatki z telefonów ({count})</translation>
        </message>
        <message>
            <source>Phone note “{text}”</source>
            <translation>Notatka z telefonu „{text}”</translation>
        </message>
        <message>
            <source>Offer from a phone</source>
            <translation>Oferta z telefonu</translation>
        </message>
        <message>
            <source>Ask from a phone</source>
            <translation>Prośba z telefonu</translation>
        </message>
        <message>
            <source>Phones on</source>
            <translation>Telefony włączone</translation>
        </message>
        <message>
            <source>Stop sharing with phones</source>
            <translation>Przestań udostępniać telefonom</translation>
        </message>
        <message>
            <source>New join code</source>
            <translation>Nowy kod dołączenia</translation>
        </message>
        <message>
            <source>Join from a phone</source>
            <translation>Dołączenie z telefonu</translation>
        </message>
        <message>
            <source>Ballot from a phone</source>
            <translation>Głos z telefonu</translation>
        </message>
        <message>
            <source>Answer from a phone</source>
            <translation>Odpowiedź z telefonu</translation>
        </message>
        <message>
            <source>Rating from a phone</source>
            <translation>Ocena z telefonu</translation>
        </message>
        <message>
            <source>Budget ballot from a phone</source>
            <translation>Głos budżetowy z telefonu</translation>
        </message>
        <message>
            <source>Add pulse statement</source>
            <translation>Dodaj stwierdzenie nastroju</translation>
        </message>
        <message>
            <source>Add collective impact check</source>
            <translation>Dodaj pytanie o wspólne oddziaływanie</translation>
        </message>
        <message>
            <source>Edit pulse statement</source>
            <translation>Edytuj stwierdzenie nastroju</translation>
        </message>
        <message>
            <source>Remove pulse statement</source>
            <translation>Usuń stwierdzenie nastroju</translation>
        </message>
        <message>
            <source>Ask again</source>
            <translation>Zapytaj ponownie</translation>
        </message>
        <message>
            <source>Rename round</source>
            <translation>Zmień nazwę rundy</translation>
        </message>
        <message>
            <source>Remove round</source>
            <translation>Usuń rundę</translation>
        </message>
        <message>
            <source>Enter tally</source>
            <translation>Wpisz wynik liczenia</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>Dodaj odpowiedź</translation>
        </message>
        <message>
            <source>Clear answers</source>
            <translation>Wyczyść odpowiedzi</translation>
        </message>
        <message>
            <source>Show results</source>
            <translation>Pokaż wyniki</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ukryj wyniki</translation>
        </message>
        <message>
            <source>Show the shift to the room</source>
            <translation>Pokaż sali zmianę</translation>
        </message>
        <message>
            <source>Show statement to the room</source>
            <translation>Pokaż sali stwierdzenie</translation>
        </message>
        <message>
            <source>Change purpose settings</source>
            <translation>Zmień ustawienia celów</translation>
        </message>
        <message>
            <source>Hide “{term}”</source>
            <translation>Ukryj „{term}”</translation>
        </message>
        <message>
            <source>Hide {count} terms</source>
            <translation>Ukryj terminy ({count})</translation>
        </message>
        <message>
            <source>Clear pairs</source>
            <translation>Wyczyść pary</translation>
        </message>
        <message>
            <source>Clear fours</source>
            <translation>Wyczyść czwórki</translation>
        </message>
        <message>
            <source>Show themes to the room</source>
            <translation>Pokaż sali tematy</translation>
        </message>
        <message>
            <source>Hide themes from the room</source>
            <translation>Ukryj tematy przed salą</translation>
        </message>
        <message>
            <source>Add purpose statement</source>
            <translation>Dodaj deklarację celu</translation>
        </message>
        <message>
            <source>Add purpose of {party}</source>
            <translation>Dodaj cel: {party}</translation>
        </message>
        <message>
            <source>Edit purpose statement</source>
            <translation>Edytuj deklarację celu</translation>
        </message>
        <message>
            <source>Remove purpose statement</source>
            <translation>Usuń deklarację celu</translation>
        </message>
        <message>
            <source>Merge terms</source>
            <translation>Połącz terminy</translation>
        </message>
        <message>
            <source>Merge “{terms}”</source>
            <translation>Połącz „{terms}”</translation>
        </message>
        <message>
            <source>Split merged terms</source>
            <translation>Rozdziel połączone terminy</translation>
        </message>
        <message>
            <source>Hide terms</source>
            <translation>Ukryj terminy</translation>
        </message>
        <message>
            <source>Show hidden term</source>
            <translation>Pokaż ukryty termin</translation>
        </message>
        <message>
            <source>Move to another group</source>
            <translation>Przenieś do innej grupy</translation>
        </message>
        <message>
            <source>Capture blended statement</source>
            <translation>Zapisz połączoną deklarację</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>Nowy szkic</translation>
        </message>
        <message>
            <source>Draft {number}</source>
            <translation>Szkic {number}</translation>
        </message>
        <message>
            <source>Edit draft</source>
            <translation>Edytuj szkic</translation>
        </message>
        <message>
            <source>Edit draft {number}</source>
            <translation>Edytuj szkic {number}</translation>
        </message>
        <message>
            <source>Remove draft</source>
            <translation>Usuń szkic</translation>
        </message>
        <message>
            <source>Remove draft {number}</source>
            <translation>Usuń szkic {number}</translation>
        </message>
        <message>
            <source>Rate draft</source>
            <translation>Oceń szkic</translation>
        </message>
        <message>
            <source>Rate draft {number}: {party} {score}/5</source>
            <translation>Oceń szkic {number}: {party} {score}/5</translation>
        </message>
        <message>
            <source>Remove rating</source>
            <translation>Usuń ocenę</translation>
        </message>
        <message>
            <source>Adopt draft</source>
            <translation>Przyjmij szkic</translation>
        </message>
        <message>
            <source>Adopt draft {number}</source>
            <translation>Przyjmij szkic {number}</translation>
        </message>
        <message>
            <source>Un-adopt draft</source>
            <translation>Cofnij przyjęcie szkicu</translation>
        </message>
        <message>
            <source>Un-adopt draft {number}</source>
            <translation>Cofnij przyjęcie szkicu {number}</translation>
        </message>
        <message>
            <source>Propose pairs</source>
            <translation>Zaproponuj pary</translation>
        </message>
        <message>
            <source>Propose fours</source>
            <translation>Zaproponuj czwórki</translation>
        </message>
        <message>
            <source>Add offer “{text}”</source>
            <translation>Dodaj ofertę „{text}”</translation>
        </message>
        <message>
            <source>Add ask “{text}”</source>
            <translation>Dodaj prośbę „{text}”</translation>
        </message>
        <message>
            <source>Remove card</source>
            <translation>Usuń kartę</translation>
        </message>
        <message>
            <source>Remove {count} cards</source>
            <translation>Usuń karty ({count})</translation>
        </message>
        <message>
            <source>Confirm: {giver} → {receiver}</source>
            <translation>Potwierdź: {giver} → {receiver}</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Usuń zobowiązanie</translation>
        </message>
        <message>
            <source>Remove {count} commitments</source>
            <translation>Usuń zobowiązania ({count})</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>Edytuj kartę</translation>
        </message>
        <message>
            <source>Confirm commitment</source>
            <translation>Potwierdź zobowiązanie</translation>
        </message>
        <message>
            <source>Edit commitment</source>
            <translation>Edytuj zobowiązanie</translation>
        </message>
        <message>
            <source>Review promise: not reviewed</source>
            <translation>Przegląd obietnicy: nieprzejrzana</translation>
        </message>
        <message>
            <source>Review promise: in progress</source>
            <translation>Przegląd obietnicy: w toku</translation>
        </message>
        <message>
            <source>Review promise: done</source>
            <translation>Przegląd obietnicy: zrobiona</translation>
        </message>
        <message>
            <source>Review promise: dropped</source>
            <translation>Przegląd obietnicy: porzucona</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>Rozpocznij „{title}”</translation>
        </message>
        <message>
            <source>Finish “{title}”</source>
            <translation>Zakończ „{title}”</translation>
        </message>
        <message>
            <source>Pause timer</source>
            <translation>Wstrzymaj minutnik</translation>
        </message>
        <message>
            <source>Resume timer</source>
            <translation>Wznów minutnik</translation>
        </message>
        <message>
            <source>Reset timer</source>
            <translation>Wyzeruj minutnik</translation>
        </message>
        <message>
            <source>Timer +{minutes} min</source>
            <translation>Minutnik +{minutes} min</translation>
        </message>
        <message>
            <source>Timer −{minutes} min</source>
            <translation>Minutnik −{minutes} min</translation>
        </message>
        <message>
            <source>Weigh organisations equally</source>
            <translation>Równa waga organizacji</translation>
        </message>
        <message>
            <source>Count dots as cast</source>
            <translation>Licz kropki tak, jak oddano</translation>
        </message>
        <message>
            <source>Make agenda from results (1 item)</source>
            <translation>Utwórz plan dnia z wyników (1 pozycja)</translation>
        </message>
        <message>
            <source>Make agenda from results ({count} items)</source>
            <translation>Utwórz plan dnia z wyników (pozycje: {count})</translation>
        </message>
        <message>
            <source>Change vote settings</source>
            <translation>Zmień ustawienia głosowania</translation>
        </message>
        <message>
            <source>Add a dot</source>
            <translation>Dodaj kropkę</translation>
        </message>
        <message>
            <source>Remove a dot</source>
            <translation>Usuń kropkę</translation>
        </message>
        <message>
            <source>Tally paper dots</source>
            <translation>Policz kropki z papieru</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>Odsłoń wyniki</translation>
        </message>
        <message>
            <source>Close vote</source>
            <translation>Zamknij głosowanie</translation>
        </message>
        <message>
            <source>Reopen vote</source>
            <translation>Otwórz ponownie głosowanie</translation>
        </message>
        <message>
            <source>Reset vote</source>
            <translation>Wyzeruj głosowanie</translation>
        </message>
        <message>
            <source>Ballot of {name} done</source>
            <translation>Karta {name} zakończona</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Następne spotkanie</translation>
        </message>
    </context>
</TS>
