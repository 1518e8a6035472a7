<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActionsPanel</name>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BallotsTab</name>
        <message numerus="yes">
            <source>On paper: %n approval(s)</source>
            <translation>
                <numerusform>On paper: %n approval</numerusform>
                <numerusform>On paper: %n approvals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> on %n project(s).</source>
            <translation>
                <numerusform> on %n project.</numerusform>
                <numerusform> on %n projects.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n project(s)</source>
            <translation>
                <numerusform>at most %n project</numerusform>
                <numerusform>at most %n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{given} of {points} points given to %n project(s), costing %1 of the budget %2</source>
            <translation>
                <numerusform>{given} of {points} points given to %n project, costing %1 of the budget %2</numerusform>
                <numerusform>{given} of {points} points given to %n projects, costing %1 of the budget %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approved, costing %1 of the budget %2</source>
            <translation>
                <numerusform>%n approved, costing %1 of the budget %2</numerusform>
                <numerusform>%n approved, costing %1 of the budget %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardGrouping</name>
        <message numerus="yes">
            <source>Nothing grouped: all %n notes are already in clusters.</source>
            <translation>
                <numerusform>Nothing grouped: the note is already in a cluster.</numerusform>
                <numerusform>Nothing grouped: all %n notes are already in clusters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardPaste</name>
        <message numerus="yes">
            <source>Add %n note(s), one for each line of {source}?</source>
            <translation>
                <numerusform>Add %n note, one for each line of {source}?</numerusform>
                <numerusform>Add %n notes, one for each line of {source}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loose</source>
            <translation>
                <numerusform>%n loose</numerusform>
                <numerusform>%n loose</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreakoutActions</name>
        <message numerus="yes">
            <source>Wrote %n breakout cop(ies) to {folder}:</source>
            <translation>
                <numerusform>Wrote %n breakout copy to {folder}:</numerusform>
                <numerusform>Wrote %n breakout copies to {folder}:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreakoutReport</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n new person</numerusform>
                <numerusform>%n new people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n purpose statement(s)</source>
            <translation>
                <numerusform>%n purpose statement</numerusform>
                <numerusform>%n purpose statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offer(s) or ask(s)</source>
            <translation>
                <numerusform>%n offer or ask</numerusform>
                <numerusform>%n offers and asks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>%n commitment</numerusform>
                <numerusform>%n commitments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse statement(s)</source>
            <translation>
                <numerusform>%n pulse statement</numerusform>
                <numerusform>%n pulse statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse round(s)</source>
            <translation>
                <numerusform>%n pulse round</numerusform>
                <numerusform>%n pulse rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n ballot</numerusform>
                <numerusform>%n ballots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paper vote tally(-ies)</source>
            <translation>
                <numerusform>%n paper vote tally</numerusform>
                <numerusform>%n paper vote tallies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept as edited in the main file</source>
            <translation>
                <numerusform>%n kept as edited in the main file</numerusform>
                <numerusform>%n kept as edited in the main file</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DotList</name>
        <message numerus="yes">
            <source>(%n note(s))</source>
            <translation>
                <numerusform>(%n note)</numerusform>
                <numerusform>(%n notes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportQuestions</name>
        <message numerus="yes">
            <source>%n files already exist in {folder} ({names}). Replace them?</source>
            <translation>
                <numerusform>%n file already exists in {folder} ({names}). Replace it?</numerusform>
                <numerusform>%n files already exist in {folder} ({names}). Replace them?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LaptopPanel</name>
        <message numerus="yes">
            <source>%1 of %n dot(s) left</source>
            <translation>
                <numerusform>%1 of %n dot left</numerusform>
                <numerusform>%1 of %n dots left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OffersAsksScreen</name>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>%n commitment</numerusform>
                <numerusform>%n commitments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ask(s) still open</source>
            <translation>
                <numerusform>%n ask still open</numerusform>
                <numerusform>%n asks still open</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PulseResults</name>
        <message numerus="yes">
            <source>%n answer(s) — hidden until you show them.</source>
            <translation>
                <numerusform>%n answer — hidden until you show them.</numerusform>
                <numerusform>%n answers — hidden until you show them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PulseScreen</name>
        <message numerus="yes">
            <source>%n answer(s) typed this round</source>
            <translation>
                <numerusform>%n answer typed this round</numerusform>
                <numerusform>%n answers typed this round</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReciprocityMap</name>
        <message numerus="yes">
            <source>%n name(s) on the map</source>
            <translation>
                <numerusform>%n name on the map</numerusform>
                <numerusform>%n names on the map</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>%n arrow</numerusform>
                <numerusform>%n arrows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message numerus="yes">
            <source>%1 of %n people have voted; %2 paper dots tallied.</source>
            <translation>
                <numerusform>%1 of %n person has voted; %2 paper dots tallied.</numerusform>
                <numerusform>%1 of %n people have voted; %2 paper dots tallied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n voter</numerusform>
                <numerusform>%n voters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) on ballots</source>
            <translation>
                <numerusform>%n dot on ballots</numerusform>
                <numerusform>%n dots on ballots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n on paper</numerusform>
                <numerusform>%n on paper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) cast in all</source>
            <translation>
                <numerusform>%n dot cast in all</numerusform>
                <numerusform>%n dots cast in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tie for place %1 (%n dot(s) each): %2</source>
            <translation>
                <numerusform>Tie for place %1 (%n dot each): %2</numerusform>
                <numerusform>Tie for place %1 (%n dots each): %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more tie(s) (see the ranking).</source>
            <translation>
                <numerusform>… and %n more tie (see the ranking).</numerusform>
                <numerusform>… and %n more ties (see the ranking).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the equal-weight ranking: %1.</source>
            <translation>
                <numerusform>Adds %n activity after this vote, from the equal-weight ranking: %1.</numerusform>
                <numerusform>Adds %n activities after this vote, from the equal-weight ranking: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the ranking as cast: %1.</source>
            <translation>
                <numerusform>Adds %n activity after this vote, from the ranking as cast: %1.</numerusform>
                <numerusform>Adds %n activities after this vote, from the ranking as cast: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundsPanel</name>
        <message numerus="yes">
            <source>%1 (%n group(s))</source>
            <translation>
                <numerusform>%1 (%n group)</numerusform>
                <numerusform>%1 (%n groups)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message numerus="yes">
            <source>Paper dots: %1 on %n item(s).</source>
            <translation>
                <numerusform>Paper dots: %1 on %n item.</numerusform>
                <numerusform>Paper dots: %1 on %n items.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message numerus="yes">
            <source>2 · Where they meet (%n shared theme(s))</source>
            <translation>
                <numerusform>2 · Where they meet (%n shared theme)</numerusform>
                <numerusform>2 · Where they meet (%n shared themes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message numerus="yes">
            <source>%1 of %n have voted</source>
            <translation>
                <numerusform>%1 of %n has voted</numerusform>
                <numerusform>%1 of %n have voted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n by proxy)</source>
            <translation>
                <numerusform>(%n by proxy)</numerusform>
                <numerusform>(%n by proxy)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) each</source>
            <translation>
                <numerusform>%n dot each</numerusform>
                <numerusform>%n dots each</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n on one item</source>
            <translation>
                <numerusform>at most %n on one item</numerusform>
                <numerusform>at most %n on one item</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the ballot: every note, one by one (%n note(s)).</source>
            <translation>
                <numerusform>On the ballot: every note, one by one (%n note).</numerusform>
                <numerusform>On the ballot: every note, one by one (%n notes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cluster(s) are not used.</source>
            <translation>
                <numerusform>The %n cluster are not used.</numerusform>
                <numerusform>The %n clusters are not used.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) (with their %1)</source>
            <translation>
                <numerusform>%n cluster (with their %1)</numerusform>
                <numerusform>%n clusters (with their %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not on it: %n loose note(s) (in no cluster) — choose “clusters and loose notes” to include them.</source>
            <translation>
                <numerusform>Not on it: %n loose note (in no cluster) — choose “clusters and loose notes” to include them.</numerusform>
                <numerusform>Not on it: %n loose notes (in no cluster) — choose “clusters and loose notes” to include them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loose note(s)</source>
            <translation>
                <numerusform>%n loose note</numerusform>
                <numerusform>%n loose notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No dots left: all %n are placed. Remove one to move it, or press Done.</source>
            <translation>
                <numerusform>No dots left: all %n are placed. Remove one to move it, or press Done.</numerusform>
                <numerusform>No dots left: all %n are placed. Remove one to move it, or press Done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Item cap reached: at most %n dot(s) on one item.</source>
            <translation>
                <numerusform>Item cap reached: at most %n dot on one item.</numerusform>
                <numerusform>Item cap reached: at most %n dots on one item.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Exporter</name>
        <message numerus="yes">
            <source>Wrote %n organisation handout(s) to {folder}: {names}</source>
            <translation>
                <numerusform>Wrote %n organisation handout to {folder}: {names}</numerusform>
                <numerusform>Wrote %n organisation handouts to {folder}: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to {folder}.</source>
            <translation>
                <numerusform>Wrote %n CSV file to {folder}.</numerusform>
                <numerusform>Wrote %n CSV files to {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pulse</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
    </context>
</TS>
