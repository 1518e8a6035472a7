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
            <source>Actions</source>
            <translation>Zadania</translation>
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
        <message>
            <source>{status} · overdue</source>
            <translation>{status} · po terminie</translation>
        </message>
        <message>
            <source>No owner yet: double-click or F2 to choose one</source>
            <translation>Nikt jeszcze nie odpowiada: kliknij dwukrotnie lub F2, by wybrać</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Po terminie</translation>
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation>{text}, po terminie</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show authors</source>
            <translation type="unfinished" />
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
        <message numerus="yes">
            <source>Make %n action(s)</source>
            <translation>
                <numerusform>Utwórz %n zadanie</numerusform>
                <numerusform>Utwórz %n zadania</numerusform>
                <numerusform>Utwórz %n zadań</numerusform>
            </translation>
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
        <message>
            <source>Delete the selection</source>
            <translation>Usuń zaznaczenie</translation>
        </message>
        <message>
            <source>Move {clusters} and {notes}</source>
            <translation>Przesuń {clusters} i {notes}</translation>
        </message>
        <message>
            <source>Move {clusters}</source>
            <translation>Przesuń {clusters}</translation>
        </message>
        <message>
            <source>Move {notes}</source>
            <translation>Przesuń {notes}</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) moved</source>
            <translatorcomment>Inside 'Move {clusters}' (an undo step's name): accusative; the singular without its number ('Przesuń grupę').</translatorcomment>
            <translation>
                <numerusform>grupę</numerusform>
                <numerusform>%n grupy</numerusform>
                <numerusform>%n grup</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) moved</source>
            <translatorcomment>Inside 'Move {notes}': accusative; the singular without its number ('Przesuń karteczkę').</translatorcomment>
            <translation>
                <numerusform>karteczkę</numerusform>
                <numerusform>%n karteczki</numerusform>
                <numerusform>%n karteczek</numerusform>
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
            <translation>&amp;Prowadzący</translation>
        </message>
        <message>
            <source>&amp;Goal of the day</source>
            <translation>&amp;Cel dnia</translation>
        </message>
        <message>
            <source>&amp;Starts at</source>
            <translation>&amp;Początek o</translation>
        </message>
        <message>
            <source>Time availa&amp;ble</source>
            <translation>&amp;Dostępny czas</translation>
        </message>
        <message>
            <source>Language of the &amp;room</source>
            <translation>&amp;Język sali</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a handout per &amp;organisation (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export data as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as &amp;JSON…</source>
            <translation type="unfinished" />
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
        <name>JoinCard</name>
        <message>
            <source>Join from your phone: {address}, code {code}</source>
            <translation>Dołącz z telefonu: {address}, kod {code}</translation>
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
            <source>Participants</source>
            <translation>Uczestnicy</translation>
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
            <translation type="unfinished" />
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
        <name>TitleEditor</name>
        <message>
            <source>Cluster title</source>
            <translation>Tytuł grupy</translation>
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
</TS>
