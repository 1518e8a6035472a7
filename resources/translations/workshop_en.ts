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
        <name>BoardGrouping</name>
        <message numerus="yes">
            <source>Nothing grouped: all %n notes are already in clusters.</source>
            <translation>
                <numerusform>Nothing grouped: the note is already in a cluster.</numerusform>
                <numerusform>Nothing grouped: all %n notes are already in clusters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n action(s)</source>
            <translation>
                <numerusform>Make %n action</numerusform>
                <numerusform>Make %n actions</numerusform>
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
        <message numerus="yes">
            <source>%n cluster(s) moved</source>
            <translation>
                <numerusform>cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) moved</source>
            <translation>
                <numerusform>note</numerusform>
                <numerusform>%n notes</numerusform>
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
</TS>
