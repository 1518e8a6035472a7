<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline facilitation for in-person workshops: sticky notes, dot voting, purpose blending, a projector view and PDF handouts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workshop files stay where you save them; every change is written to the file as you make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {licence}. Workshop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Workshop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Doing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>New action: what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs doing? (Enter adds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New action: owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New action: due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due: YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the action (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move along</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected actions along</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open → doing → done (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected actions (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed commitments appear here by themselves. Space: move along · F2: edit · Delete: remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} · overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner yet: double-click or F2 to choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{open} open · {doing} doing · {done} done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prompt for the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time&amp;box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timebox in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Facilitator notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator notes, never shown to the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only on this laptop, never on the projector</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add activity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityStatus</name>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an activity (Insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the activity (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the activity (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move earlier (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move later (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{planned} planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{planned} planned of {available}: {over} over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{planned} planned of {available}: {spare} spare</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Workshop — audience view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audience view (what the projector shows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close audience view</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group the selected notes (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ungroup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected cluster frames (Ctrl+Shift+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tidy up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrange clusters and loose notes without overlaps (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find notes (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the whole board (Ctrl+0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the notes as a list in reading order (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag notes to move · drag the background to pan · Shift+drag to select · arrows pick a note, Enter or F2 edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes as a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select all notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy note text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste as notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nudge {direction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardGrouping</name>
        <message>
            <source>No note matches what you typed in Find: nothing to group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the notes to group first (click, Ctrl+click or Shift+drag), or find them (Ctrl+F, a few words, then Ctrl+G).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} in “{cluster}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of the {total} notes are already in a cluster ({where}). Move them into the new cluster, or leave them where they are?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing grouped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left {where}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing grouped: all %n notes are already in clusters.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Select a cluster (its title) or notes in one to ungroup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a note or a cluster first: it becomes an action on the list.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Make %n action(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>BoardOutline</name>
        <message>
            <source>Notes in reading order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardPaste</name>
        <message>
            <source>Nobody called “{name}” is on the participant list. Pick a name as you type, or clear the author box for an anonymous note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That text is {length} characters long; a note holds at most {most}. Nothing was pasted: shorten it, or put each idea on its own line to add one note per line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the pasted text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is larger than 1 MB; drop a plain text file of ideas, one per line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a plain text file (UTF-8); nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read “{name}”: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dropped file has no text to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the dropped file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the dropped files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {number} of {source} is {length} characters long; a note holds at most {most}. Nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Add %n note(s), one for each line of {source}?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <source>Prompt shown to the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes and clusters on the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No prompt for the room yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loose</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {clusters} and {notes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {clusters}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {notes}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n cluster(s) moved</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) moved</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Sticky-note board</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreakoutActions</name>
        <message>
            <source>Workshop files (*.workshop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make &amp;breakout copies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge breakout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;xt meeting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n breakout cop(ies) to {folder}:</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Merged (one Undo takes it back):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is this meeting's own file: choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists: choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting {number} is open: it starts by reviewing what was promised. “{name}” is unchanged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureRow</name>
        <message>
            <source>Author of the next note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author, or anonymous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the start of a participant's name; it stays chosen for the next notes. Leave empty or type “anonymous” for no author.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an idea and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the note (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour by organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour notes by the author's organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on the participant list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The details are in the log file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details could not be written to a log file; they are shown below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop ran into an unexpected problem and did not finish what you asked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workshop file is safe: every change was saved to disk the moment you made it, so nothing has been lost. You can carry on working; if something looks wrong, close the file and open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop: unexpected problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Log Folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Workshop title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time available in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide who wrote what (anonymous by default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the handout's labels, dates and numbers and of the projector, whatever the language of this app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ven&amp;ue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faci&amp;litator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goal of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time availa&amp;ble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the &amp;room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes are saved as you go. Ctrl+Z undoes them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentFiles</name>
        <message>
            <source>The demo could not be written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be copied to a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create workshop file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file is the workshop that is open now; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy and continue in it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportQuestions</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full record (every note, participants)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short handout (cover, agenda, results)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which handout?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists in {folder}. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n files already exist in {folder} ({names}). Replace them?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Replace?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The handout was saved as “{name}”. Open it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy taken when it was opened on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop — open a backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop keeps a copy each time a file is opened. Open a copy of one of these backups instead? (The damaged file is left as it is.)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words in notes — Enter: next match, Ctrl+G: group the matches, Esc: close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close find (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupingHost</name>
        <message>
            <source>Group notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave them</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <source>Join from your phone: {address}, code {code}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Make breakout copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many tables?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to write the copies (a USB stick or a shared folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge breakout copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[read-only]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — {file} — Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All changes are saved as you go · format {version}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Riverside partnership kick-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda template</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteItem</name>
        <message>
            <source>From {table}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional, like #ffcc00</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Edit participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Paste a list of participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List of participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One person per line:
Ana Silva, Riverside Library
Ben Ode, Youth Forum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add everyone listed (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One person per line: name, then organisation after a comma or tab. Ctrl+Enter adds them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV or text (*.csv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New participant name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New participant organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a list (Ctrl+Shift+V)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove participants (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large for a list of people (at most {size} KB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be read as a text file: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{people} from {organisations}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasteHost</name>
        <message>
            <source>Add notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneSession</name>
        <message>
            <source>Phones cannot join: {address} is not available ({reason}). Choose another network.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhonesPanel</name>
        <message>
            <source>Let the room join from their phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network the phones use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the live activity to phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone notes wait for my approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People not on the list may add themselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New join &amp;code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The old code (and every phone joined with it) stops at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone notes waiting for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Waiting for approval:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workshop to let phones join.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones join at {join}
or open {base} and type the code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones are off: no network connection is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open “{title}” to phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones connected: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phone contributions to this activity yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (voted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contributed from phones ({count}): {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Waiting for approval ({count}):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhonesWiring</name>
        <message>
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phones panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the room join from their phones: the Phones panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones: {connected} connected · {contributed} contributed to this activity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language applies when Workshop starts again. Handouts and the projector follow each workshop's own language (Details).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <source>&amp;Projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the audience view on the projector (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Blank projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show black on the projector (B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Freeze projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the projector on the current picture while you work (F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Freeze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in &amp;room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the activity you are looking at to the projector (Shift+F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next &amp;page on projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn the projector to the next page (Page Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous pa&amp;ge on projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn the projector to the previous page (Page Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot&amp;light on projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the selected note or cluster full screen on the projector (S; Esc returns)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End spotlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the live activity (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;agenda on projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the day's agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark projector theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>White on dark (off: black on white)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector &amp;screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a note or a cluster on the board to spotlight it.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Run panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Finish activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to &amp;next activity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptScreen</name>
        <message>
            <source>No prompt for the room yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator notes (never shown to the room): {notes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomSection</name>
        <message>
            <source>LIVE — the room sees this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BLANK — the projector is black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FROZEN — the room sees a still picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector closed (F5 opens it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the room sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activity the room sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activity you are looking at (not shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous page on the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next page on the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page the room sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {screen}, full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {screen}, a window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a note in the spotlight (Esc returns) — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a cluster in the spotlight (Esc returns) — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the agenda — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room sees: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are looking at: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunClock</name>
        <message>
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset the timer to the full timebox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One more minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One minute less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound at zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beep when the time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overtime — planned {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done · planned {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done · took {took} · planned {minutes} min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunPanel</name>
        <message>
            <source>Start activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start this activity (status: running)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish this activity (status: done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the proposed next activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No workshop open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Share</name>
        <message>
            <source>Share a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy shows each secret vote as totals per item, not who put which dots.

Keep the list of who has voted (without their choices)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share an anonymised copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared copy needs another name than the workshop itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item (with who has voted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture ideas, vote fairly, blend purposes and keep time — offline, in one file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent workshops</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableFilter</name>
        <message>
            <source>Show the notes of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every table's notes together, or one table at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main room only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TitleEditor</name>
        <message>
            <source>Cluster title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoRunner</name>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ctivity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add activity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use a template agenda…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;hare a copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ac&amp;tions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>Read-only: this file cannot be changed here. Use File › Save As… to continue in a copy you can edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an activity in the agenda, or add one (Insert).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participa&amp;nts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Act&amp;ions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Exporter</name>
        <message>
            <source>Export handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laying out the handout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participant has an organisation: there is nothing to split by.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a handout per organisation (one file each, beside this name)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n organisation handout(s) to {folder}: {names}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export data as CSV into…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to {folder}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the whole workshop as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workshop first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>colours</name>
        <message>
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lilac</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Brainstorm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participatory budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt / discussion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dot vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers and asks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulse check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose blend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review of promises</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
