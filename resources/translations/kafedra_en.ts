<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentsTab</name>
    <message numerus="yes">
        <source>Preview: %n page(s). Numbers are issued when you save or print.</source>
        <translation>
            <numerusform>Preview: %n page. Numbers are issued when you save or print.</numerusform>
            <numerusform>Preview: %n pages. Numbers are issued when you save or print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}.</source>
        <translation>
            <numerusform>Saved %n file in {folder}.</numerusform>
            <numerusform>Saved %n files in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n registration(s)</source>
        <translation>
            <numerusform>&amp;Import %n registration</numerusform>
            <numerusform>&amp;Import %n registrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>The first rows of the file (%n):</source>
        <translation>
            <numerusform>The first row of the file:</numerusform>
            <numerusform>The first %n rows of the file:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsWindow</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantEdits</name>
    <message numerus="yes">
        <source>Register %n person(s)</source>
        <translation>
            <numerusform>Register %n person</numerusform>
            <numerusform>Register %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the role of %n participant(s)</source>
        <translation>
            <numerusform>Change the role of %n participant</numerusform>
            <numerusform>Change the role of %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the mode of %n participant(s)</source>
        <translation>
            <numerusform>Change the mode of %n participant</numerusform>
            <numerusform>Change the mode of %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the attendance of %n participant(s)</source>
        <translation>
            <numerusform>Change the attendance of %n participant</numerusform>
            <numerusform>Change the attendance of %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in person</source>
        <translation>
            <numerusform>%n in person</numerusform>
            <numerusform>%n in person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n online</numerusform>
            <numerusform>%n online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message numerus="yes">
        <source>The first %n shown; type more to narrow.</source>
        <translation>
            <numerusform>The first %n shown; type more to narrow.</numerusform>
            <numerusform>The first %n shown; type more to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>; %n new organisation(s)</source>
        <translation>
            <numerusform>; %n new organisation</numerusform>
            <numerusform>; %n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
</context>
</TS>
