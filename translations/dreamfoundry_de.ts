<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArtifactText</name>
    <message>
        <source>%1 is still %2: its artifact shows here when it finishes.</source>
        <translation>%1 ist noch %2: Das Artefakt erscheint hier, sobald der Kandidat fertig ist.</translation>
    </message>
    <message>
        <source>%1 has no artifact (%2): %3</source>
        <translation>%1 hat kein Artefakt (%2): %3</translation>
    </message>
    <message>
        <source>%1 has no artifact (%2).</source>
        <translation>%1 hat kein Artefakt (%2).</translation>
    </message>
    <message>
        <source>%1 has no artifact.</source>
        <translation>%1 hat kein Artefakt.</translation>
    </message>
    <message>
        <source>The artifact %1 is no longer there: it was deleted or moved after the run was opened.</source>
        <translation>Das Artefakt %1 ist nicht mehr vorhanden: Es wurde gelöscht oder verschoben, nachdem der Lauf geöffnet wurde.</translation>
    </message>
    <message>
        <source>The artifact %1 is not a regular file.</source>
        <translation>Das Artefakt %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The artifact %1 is too large to compare (%2 MiB; the limit is %3 MiB).</source>
        <translation>Das Artefakt %1 ist zu groß zum Vergleichen (%2 MiB; die Grenze liegt bei %3 MiB).</translation>
    </message>
    <message>
        <source>The artifact %1 cannot be read: %2</source>
        <translation>Das Artefakt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Binary artifact (%1 bytes): not shown as text.</source>
        <translation>Binäres Artefakt (%1 Bytes): wird nicht als Text angezeigt.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::BackendSelection</name>
    <message>
        <source>Daytona is configured (API key from %1), so the run uses Daytona.</source>
        <translation>Daytona ist eingerichtet (API-Schlüssel aus %1), daher verwendet der Lauf Daytona.</translation>
    </message>
    <message>
        <source>Daytona is not configured, so the run uses the local backend. %1</source>
        <translation>Daytona ist nicht eingerichtet, daher verwendet der Lauf das lokale Backend. %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::BuiltInScorers</name>
    <message>
        <source>The script exited with code 0.</source>
        <translation>Das Skript wurde mit Code 0 beendet.</translation>
    </message>
    <message>
        <source>The script exited with code %1.</source>
        <translation>Das Skript wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>The script timed out, so it has no exit code.</source>
        <translation>Das Skript hat die Zeit überschritten und hat daher keinen Exit-Code.</translation>
    </message>
    <message>
        <source>The script was cancelled before it exited.</source>
        <translation>Das Skript wurde abgebrochen, bevor es sich beendet hat.</translation>
    </message>
    <message>
        <source>The script did not exit normally (killed or never started).</source>
        <translation>Das Skript wurde nicht normal beendet (zwangsweise beendet oder nie gestartet).</translation>
    </message>
    <message>
        <source>There is no artifact, so there are no events.</source>
        <translation>Es gibt kein Artefakt und daher keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>The artifact could not be read.</source>
        <translation>Das Artefakt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The artifact is not text (it holds a NUL byte or invalid UTF-8), so it holds no events.</source>
        <translation>Das Artefakt ist kein Text (es enthält ein NUL-Byte oder ungültiges UTF-8) und enthält daher keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>The artifact has no event lines (lines starting with &quot;- &quot; in the form &quot;- YYYY-MM-DD | [Title](https://url)&quot;).</source>
        <translation>Das Artefakt hat keine Veranstaltungszeilen (Zeilen, die mit „- “ beginnen, in der Form „- JJJJ-MM-TT | [Titel](https://url)“).</translation>
    </message>
    <message>
        <source>Only %1 of the at least %2 events.</source>
        <translation>Nur %1 der mindestens %2 Veranstaltungen.</translation>
    </message>
    <message>
        <source>%1 events (at least %2).</source>
        <translation>%1 Veranstaltungen (mindestens %2).</translation>
    </message>
    <message>
        <source>There are no events to check.</source>
        <translation>Es gibt keine Veranstaltungen zu prüfen.</translation>
    </message>
    <message>
        <source>Every event has a title, a YYYY-MM-DD date and an http(s) URL with a host.</source>
        <translation>Jede Veranstaltung hat einen Titel, ein Datum im Format JJJJ-MM-TT und eine http(s)-URL mit Host.</translation>
    </message>
    <message>
        <source>%1 of %2 events are not well formed; the first, line %3: %4.</source>
        <translation>%1 von %2 Veranstaltungen sind nicht wohlgeformt; die erste, Zeile %3: %4.</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>in der Vergangenheit</translation>
    </message>
    <message numerus="yes">
        <source>more than %n day(s) after the run</source>
        <translation>
            <numerusform>mehr als %n Tag nach dem Lauf</numerusform>
            <numerusform>mehr als %n Tage nach dem Lauf</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats an earlier event on the same day</source>
        <translation>wiederholt eine frühere Veranstaltung am selben Tag</translation>
    </message>
    <message>
        <source>off topic (no keyword or topic word in the title)</source>
        <translation>nicht zum Thema (kein Schlüssel- oder Themenwort im Titel)</translation>
    </message>
    <message>
        <source>Objective keywords: %1; topic words: %2.</source>
        <translation>Schlüsselwörter der Aufgabe: %1; Themenwörter: %2.</translation>
    </message>
    <message>
        <source>good, on topic: %1</source>
        <translation>gut, zum Thema: %1</translation>
    </message>
    <message>
        <source>Line %1: %2 %3: %4</source>
        <translation>Zeile %1: %2 %3: %4</translation>
    </message>
    <message>
        <source>... and %1 more events, counted but not listed.</source>
        <translation>… und %1 weitere Veranstaltungen, gezählt, aber nicht aufgeführt.</translation>
    </message>
    <message>
        <source>No events, so quality 0.</source>
        <translation>Keine Veranstaltungen, daher Qualität 0.</translation>
    </message>
    <message>
        <source>%1 of %2 events are good: coverage %3/%4 x precision %1/%2 = quality %5.</source>
        <translation>%1 von %2 Veranstaltungen sind gut: Abdeckung %3/%4 × Genauigkeit %1/%2 = Qualität %5.</translation>
    </message>
    <message>
        <source>The artifact %1 exists.</source>
        <translation>Das Artefakt %1 ist vorhanden.</translation>
    </message>
    <message>
        <source>The script wrote no artifact.</source>
        <translation>Das Skript hat kein Artefakt geschrieben.</translation>
    </message>
    <message>
        <source>There is no artifact to measure.</source>
        <translation>Es gibt kein Artefakt zum Messen.</translation>
    </message>
    <message>
        <source>The artifact holds %1 bytes (more than 10).</source>
        <translation>Das Artefakt enthält %1 Bytes (mehr als 10).</translation>
    </message>
    <message numerus="yes">
        <source>The artifact holds only %n byte(s); it must be longer than 10 bytes.</source>
        <translation>
            <numerusform>Das Artefakt enthält nur %n Byte; es muss länger als 10 Bytes sein.</numerusform>
            <numerusform>Das Artefakt enthält nur %n Bytes; es muss länger als 10 Bytes sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain scorer: gates only; quality is 100 when they pass, 0 otherwise.</source>
        <translation>Einfache Bewertung: nur Prüfungen; die Qualität ist 100, wenn sie bestanden sind, sonst 0.</translation>
    </message>
    <message>
        <source>Read the first %1 and at most %2 events of %3; the rest was not checked.</source>
        <translation>Die ersten %1 und höchstens %2 Veranstaltungen von %3 wurden gelesen; der Rest wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The scorer script %1 judges every candidate once the run ends.</source>
        <translation>Das Bewertungsskript %1 beurteilt jeden Kandidaten, sobald der Lauf endet.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Candidate</name>
    <message>
        <source>Candidate script not found: %1</source>
        <translation>Kandidatenskript nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Candidate script cannot be read (check its permissions): %1</source>
        <translation>Das Kandidatenskript kann nicht gelesen werden (prüfen Sie die Berechtigungen): %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateEnvironment</name>
    <message>
        <source>“%1” is not a valid variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Variablenname: Verwenden Sie Buchstaben, Ziffern und _ und beginnen Sie nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>%1 is set by the sandbox itself and cannot be overridden; choose another name.</source>
        <translation>%1 wird von der Sandbox selbst gesetzt und kann nicht überschrieben werden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The value of %1 contains a NUL byte, which no variable can hold.</source>
        <translation>Der Wert von %1 enthält ein NUL-Byte, das keine Variable aufnehmen kann.</translation>
    </message>
    <message>
        <source>Line %1 is not NAME=VALUE.</source>
        <translation>Zeile %1 hat nicht die Form NAME=WERT.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not NAME=VALUE.</source>
        <translation>„%1“ hat nicht die Form NAME=WERT.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateFolder</name>
    <message>
        <source>The candidate folder %1 holds more than %2 MiB (.git, __pycache__ and virtual environments left out), over the limit for a candidate folder; it was not run.</source>
        <translation>Der Kandidatenordner %1 enthält mehr als %2 MiB (ohne .git, __pycache__ und virtuelle Umgebungen) und überschreitet damit die Grenze für einen Kandidatenordner; er wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Could not copy %1 of the candidate folder into the sandbox.</source>
        <translation>%1 aus dem Kandidatenordner konnte nicht in die Sandbox kopiert werden.</translation>
    </message>
    <message>
        <source>The candidate folder %1 has no main.py: its entry script must be main.py (a file, not a link), or named as FOLDER:SCRIPT.py.</source>
        <translation>Der Kandidatenordner %1 hat keine main.py: Sein Startskript muss main.py sein (eine Datei, keine Verknüpfung) oder als ORDNER:SKRIPT.py angegeben werden.</translation>
    </message>
    <message>
        <source>The entry script %1 is not a file inside the candidate folder %2 (a link does not count).</source>
        <translation>Das Startskript %1 ist keine Datei im Kandidatenordner %2 (eine Verknüpfung zählt nicht).</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateResult</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>binary or large file, %1</source>
        <translation>binäre oder große Datei, %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateSecrets</name>
    <message>
        <source>The value of %1 is empty.</source>
        <translation>Der Wert von %1 ist leer.</translation>
    </message>
    <message>
        <source>The value of %1 is not UTF-8 text; the keychain keeps text.</source>
        <translation>Der Wert von %1 ist kein UTF-8-Text; der Schlüsselbund speichert Text.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain; add it with `dreamfoundry secret set %1` or in Settings &gt; Candidate Secrets.</source>
        <translation>Das Geheimnis %1 ist nicht im Schlüsselbund; fügen Sie es mit `dreamfoundry secret set %1` oder unter Einstellungen &gt; Geheimnisse für Kandidaten hinzu.</translation>
    </message>
    <message>
        <source>The secret %1 could not be read: %2</source>
        <translation>Das Geheimnis %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateSecretsSettings</name>
    <message>
        <source>Candidate Secrets</source>
        <translation>Geheimnisse für Kandidaten</translation>
    </message>
    <message>
        <source>Save Secre&amp;t</source>
        <translation>Geheimnis s&amp;peichern</translation>
    </message>
    <message>
        <source>Remove Secre&amp;t</source>
        <translation>Geheimnis en&amp;tfernen</translation>
    </message>
    <message>
        <source>Name, such as OPENAI_API_KEY</source>
        <translation>Name, etwa OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Value (never shown again)</source>
        <translation>Wert (wird nie wieder angezeigt)</translation>
    </message>
    <message>
        <source>Kept in %1; a run passes the ones you tick to its candidates as environment variables.</source>
        <translation>Aufbewahrt in %1; ein Lauf übergibt die Geheimnisse, die Sie anhaken, seinen Kandidaten als Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>%1   (not in the keychain)</source>
        <translation>%1   (nicht im Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CompareCommand</name>
    <message>
        <source>Ignore all white space.</source>
        <translation>Alle Leerraumzeichen ignorieren.</translation>
    </message>
    <message>
        <source>Ignore case.</source>
        <translation>Groß-/Kleinschreibung ignorieren.</translation>
    </message>
    <message>
        <source>CRLF and LF line endings differ, and so does a missing final newline (by default they are ignored).</source>
        <translation>CRLF- und LF-Zeilenenden gelten als verschieden, ebenso ein fehlender Zeilenumbruch am Ende (standardmäßig werden sie ignoriert).</translation>
    </message>
    <message>
        <source>Re-indent JSON artifacts before comparing.</source>
        <translation>JSON-Artefakte vor dem Vergleich neu einrücken.</translation>
    </message>
    <message>
        <source>With --json, sort every object&apos;s keys.</source>
        <translation>Mit --json die Schlüssel jedes Objekts sortieren.</translation>
    </message>
    <message>
        <source>Lines of context (default 3).</source>
        <translation>Kontextzeilen (Standard: 3).</translation>
    </message>
    <message>
        <source>auto (on a terminal), always or never.</source>
        <translation>auto (im Terminal), always oder never.</translation>
    </message>
    <message>
        <source>Open the comparison viewer on them instead of printing a diff.</source>
        <translation>Die Kandidaten im Vergleichsbetrachter öffnen, statt einen Diff auszugeben.</translation>
    </message>
    <message>
        <source>--context takes a number of lines, not &quot;%1&quot;</source>
        <translation>--context erwartet eine Anzahl von Zeilen, nicht „%1“</translation>
    </message>
    <message>
        <source>--color takes auto, always or never, not &quot;%1&quot;</source>
        <translation>--color erwartet auto, always oder never, nicht „%1“</translation>
    </message>
    <message>
        <source>no candidate &quot;%1&quot; in %2; it has %3</source>
        <translation>kein Kandidat „%1“ in %2; vorhanden sind %3</translation>
    </message>
    <message>
        <source>dreamfoundry compare: %1</source>
        <translation>dreamfoundry compare: %1</translation>
    </message>
    <message>
        <source>Prints a unified diff of candidate A&apos;s artifact against each other one&apos;s, from a saved run. Exit status: 0 when they are identical, 1 when they differ, 2 on bad usage or when an artifact is missing.</source>
        <translation>Gibt für einen gespeicherten Lauf einen Unified Diff des Artefakts von Kandidat A gegen das jedes anderen aus. Exit-Status: 0, wenn sie identisch sind, 1, wenn sie sich unterscheiden, 2 bei falscher Verwendung oder wenn ein Artefakt fehlt.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Ein Ergebnisordner.</translation>
    </message>
    <message>
        <source>2 to 4 candidate ids.</source>
        <translation>2 bis 4 Kandidaten-IDs.</translation>
    </message>
    <message>
        <source>give a results folder and 2 to 4 candidate ids, e.g. dreamfoundry compare ./results alpha beta</source>
        <translation>Geben Sie einen Ergebnisordner und 2 bis 4 Kandidaten-IDs an, z. B. dreamfoundry compare ./results alpha beta</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ComparePane</name>
    <message>
        <source>+%1 added</source>
        <translation>+%1 hinzugefügt</translation>
    </message>
    <message>
        <source>-%1 removed</source>
        <translation>-%1 entfernt</translation>
    </message>
    <message>
        <source>~%1 changed</source>
        <translation>~%1 geändert</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>identical to baseline</source>
        <translation>identisch mit der Referenz</translation>
    </message>
    <message>
        <source>not all UTF-8: shown as �</source>
        <translation>nicht durchgehend UTF-8: angezeigt als �</translation>
    </message>
    <message>
        <source>JSON pretty-printed</source>
        <translation>JSON formatiert</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>A binary artifact: it is not shown as text.

Size: %1
SHA-256: %2

First bytes:
%3</source>
        <translation>Ein binäres Artefakt: Es wird nicht als Text angezeigt.

Größe: %1
SHA-256: %2

Erste Bytes:
%3</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Compare the other candidates against this one</source>
        <translation>Die anderen Kandidaten mit diesem vergleichen</translation>
    </message>
    <message>
        <source>Remove this candidate from the comparison</source>
        <translation>Diesen Kandidaten aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Make Baseline</source>
        <translation>Zur Referenz machen</translation>
    </message>
    <message>
        <source>%1 is the baseline</source>
        <translation>%1 ist die Referenz</translation>
    </message>
    <message>
        <source>Make %1 the baseline</source>
        <translation>%1 zur Referenz machen</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>%1 aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Artifact of %1</source>
        <translation>Artefakt von %1</translation>
    </message>
    <message>
        <source>too large to render: shown as source</source>
        <translation>zu groß zum Darstellen: als Quelltext angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CompareWindow</name>
    <message>
        <source>Compare Artifacts</source>
        <translation>Artefakte vergleichen</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous difference (Alt+Up)</source>
        <translation>Vorheriger Unterschied (Alt+Hoch)</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next difference (Alt+Down)</source>
        <translation>Nächster Unterschied (Alt+Runter)</translation>
    </message>
    <message>
        <source>&amp;Differences Only</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Fold the unchanged lines, keeping 3 around each difference</source>
        <translation>Unveränderte Zeilen einklappen und um jeden Unterschied 3 Zeilen stehen lassen</translation>
    </message>
    <message>
        <source>Ignore &amp;White Space</source>
        <translation>&amp;Leerraum ignorieren</translation>
    </message>
    <message>
        <source>Lines that differ only in white space count as equal</source>
        <translation>Zeilen, die sich nur im Leerraum unterscheiden, gelten als gleich</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Lines that differ only in upper and lower case count as equal</source>
        <translation>Zeilen, die sich nur in Groß- und Kleinschreibung unterscheiden, gelten als gleich</translation>
    </message>
    <message>
        <source>Ignore Line &amp;Endings</source>
        <translation>&amp;Zeilenenden ignorieren</translation>
    </message>
    <message>
        <source>Lines ending in CR LF and in LF count as equal</source>
        <translation>Zeilen mit CR LF und mit LF am Ende gelten als gleich</translation>
    </message>
    <message>
        <source>Pretty-Print &amp;JSON</source>
        <translation>&amp;JSON formatieren</translation>
    </message>
    <message>
        <source>Indent JSON artifacts the same way before comparing them</source>
        <translation>JSON-Artefakte vor dem Vergleich einheitlich einrücken</translation>
    </message>
    <message>
        <source>&amp;Sort JSON Keys</source>
        <translation>JSON-&amp;Schlüssel sortieren</translation>
    </message>
    <message>
        <source>Sort the keys of every JSON object when pretty-printing</source>
        <translation>Beim Formatieren die Schlüssel jedes JSON-Objekts sortieren</translation>
    </message>
    <message>
        <source>White Space</source>
        <translation>Leerraum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Line Endings</source>
        <translation>Zeilenenden</translation>
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation>JSON formatiert</translation>
    </message>
    <message>
        <source>Sort Keys</source>
        <translation>Schlüssel sortiert</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>Ge&amp;rendert</translation>
    </message>
    <message>
        <source>Show Markdown artifacts rendered instead of as source</source>
        <translation>Markdown-Artefakte gerendert statt als Quelltext anzeigen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation>Ignorieren:</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>H&amp;inzufügen …</translation>
    </message>
    <message>
        <source>Add another candidate to the comparison</source>
        <translation>Einen weiteren Kandidaten zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Comparing...</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Add a candidate to compare with.</source>
        <translation>Fügen Sie einen Kandidaten zum Vergleichen hinzu.</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>No other candidates to add</source>
        <translation>Keine weiteren Kandidaten zum Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CompareWindowCommand</name>
    <message>
        <source>Open the comparison viewer instead of printing a diff.</source>
        <translation>Den Vergleichsbetrachter öffnen, statt einen Diff auszugeben.</translation>
    </message>
    <message>
        <source>Ignore all white space.</source>
        <translation>Alle Leerraumzeichen ignorieren.</translation>
    </message>
    <message>
        <source>Ignore case.</source>
        <translation>Groß-/Kleinschreibung ignorieren.</translation>
    </message>
    <message>
        <source>CRLF and LF line endings differ.</source>
        <translation>CRLF- und LF-Zeilenenden gelten als verschieden.</translation>
    </message>
    <message>
        <source>Re-indent JSON artifacts.</source>
        <translation>JSON-Artefakte neu einrücken.</translation>
    </message>
    <message>
        <source>With --json, sort every object&apos;s keys.</source>
        <translation>Mit --json die Schlüssel jedes Objekts sortieren.</translation>
    </message>
    <message>
        <source>Ignored by the viewer.</source>
        <translation>Wird vom Betrachter ignoriert.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Ein Ergebnisordner.</translation>
    </message>
    <message>
        <source>Two to four candidate ids, the first the baseline.</source>
        <translation>Zwei bis vier Kandidaten-IDs, die erste ist die Referenz.</translation>
    </message>
    <message>
        <source>Usage: dreamfoundry compare --window RESULTS_DIR A B [C D]</source>
        <translation>Aufruf: dreamfoundry compare --window ERGEBNISORDNER A B [C D]</translation>
    </message>
    <message>
        <source>No candidate &quot;%1&quot; in %2; it has: %3</source>
        <translation>Kein Kandidat „%1“ in %2; vorhanden sind: %3</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Comparison</name>
    <message>
        <source>Binary artifacts %1 and %2 differ</source>
        <translation>Die binären Artefakte %1 und %2 unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CredentialStore</name>
    <message>
        <source>No key is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: no keychain service (such as GNOME Keyring or KWallet) answers on the desktop session.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet) antwortet in der Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>The keychain is locked or access to it was denied: unlock it, allow Dream Foundry to use it, and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert: Entsperren Sie ihn, erlauben Sie Dream Foundry den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for you to unlock it.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; möglicherweise wartet er darauf, dass Sie ihn entsperren.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The keychain refused to read the key; its prompt may have been dismissed. (It said: %1)</source>
        <translation>Der Schlüsselbund hat das Lesen des Schlüssels verweigert; vielleicht wurde seine Abfrage geschlossen. (Meldung: %1)</translation>
    </message>
    <message>
        <source>The keychain refused to store the key; its prompt may have been dismissed, or it has no keyring to store it in. (It said: %1)</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels verweigert; vielleicht wurde seine Abfrage geschlossen oder er hat keinen Schlüsselring zum Speichern. (Meldung: %1)</translation>
    </message>
    <message>
        <source>The keychain refused to remove the key; its prompt may have been dismissed. (It said: %1)</source>
        <translation>Der Schlüsselbund hat das Entfernen des Schlüssels verweigert; vielleicht wurde seine Abfrage geschlossen. (Meldung: %1)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaAccount</name>
    <message>
        <source>for this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>from DAYTONA_API_KEY</source>
        <translation>aus DAYTONA_API_KEY</translation>
    </message>
    <message>
        <source>from .env</source>
        <translation>aus .env</translation>
    </message>
    <message>
        <source>Daytona: looking for the API key in the keychain…</source>
        <translation>Daytona: API-Schlüssel wird im Schlüsselbund gesucht …</translation>
    </message>
    <message>
        <source>Daytona is configured (API key %1).</source>
        <translation>Daytona ist eingerichtet (API-Schlüssel %1).</translation>
    </message>
    <message>
        <source>Daytona has no API key: %1</source>
        <translation>Daytona hat keinen API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Daytona has no API key yet.</source>
        <translation>Daytona hat noch keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The API URL must be an http or https address, such as %1.</source>
        <translation>Die API-URL muss eine http- oder https-Adresse sein, etwa %1.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaConfig</name>
    <message>
        <source>The Daytona API URL is not a valid http(s) URL.</source>
        <translation>Die Daytona-API-URL ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>No Daytona API key is configured: save one in the keychain with `dreamfoundry login`, or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Es ist kein Daytona-API-Schlüssel eingerichtet: Speichern Sie einen mit `dreamfoundry login` im Schlüsselbund oder setzen Sie DAYTONA_API_KEY in der Umgebung oder in einer .env-Datei im Arbeitsordner.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>the DAYTONA_API_KEY environment variable</source>
        <translation>der Umgebungsvariablen DAYTONA_API_KEY</translation>
    </message>
    <message>
        <source>the .env file</source>
        <translation>der .env-Datei</translation>
    </message>
    <message>
        <source>the window, for this session only</source>
        <translation>dem Fenster, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaError</name>
    <message numerus="yes">
        <source>Daytona (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>Daytona (%1) hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Daytona (%1) hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the API URL, the system certificates and any proxy that intercepts TLS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie die API-URL, die Systemzertifikate und jeden Proxy, der TLS abfängt.</translation>
    </message>
    <message>
        <source>Cannot reach Daytona at %1 (%2). Check the API URL and the network connection.</source>
        <translation>Daytona ist unter %1 nicht erreichbar (%2). Prüfen Sie die API-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Daytona (%1) closed the connection before answering.</source>
        <translation>Daytona (%1) hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The request to Daytona (%1) was cut off before it finished.</source>
        <translation>Die Anfrage an Daytona (%1) wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>The connection to Daytona at %1 failed (%2).</source>
        <translation>Die Verbindung zu Daytona unter %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The request to Daytona (%1) failed: %2.</source>
        <translation>Die Anfrage an Daytona (%1) ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Daytona rejected the API key (401). Check DAYTONA_API_KEY or the key stored in the keychain.</source>
        <translation>Daytona hat den API-Schlüssel abgelehnt (401). Prüfen Sie DAYTONA_API_KEY oder den im Schlüsselbund gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>Daytona refused the request (403)%1. The API key may lack the permission, or the region is not available to your organisation.</source>
        <translation>Daytona hat die Anfrage verweigert (403)%1. Dem API-Schlüssel fehlt vielleicht die Berechtigung, oder die Region steht Ihrer Organisation nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Daytona does not know this sandbox, command or file (404)%1.</source>
        <translation>Daytona kennt diese Sandbox, diesen Befehl oder diese Datei nicht (404)%1.</translation>
    </message>
    <message>
        <source>Daytona reports a conflict (409)%1.</source>
        <translation>Daytona meldet einen Konflikt (409)%1.</translation>
    </message>
    <message>
        <source>Daytona kept rate-limiting the requests (429); try again in a minute.</source>
        <translation>Daytona hat die Anfragen wiederholt gedrosselt (429); versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Your Daytona quota is exhausted%1. Stop or delete other sandboxes (dreamfoundry sandboxes reap), lower --parallel, or raise the limits.</source>
        <translation>Ihr Daytona-Kontingent ist erschöpft%1. Stoppen oder löschen Sie andere Sandboxen (dreamfoundry sandboxes reap), verringern Sie --parallel oder erhöhen Sie die Grenzen.</translation>
    </message>
    <message>
        <source>Daytona rejected the request (%1)%2.</source>
        <translation>Daytona hat die Anfrage abgelehnt (%1)%2.</translation>
    </message>
    <message>
        <source>Daytona had a server error (%1)%2. Try again later.</source>
        <translation>Bei Daytona ist ein Serverfehler aufgetreten (%1)%2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Daytona answered with an unexpected status %1.</source>
        <translation>Daytona hat mit dem unerwarteten Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Daytona sent an answer this version does not understand: %1.</source>
        <translation>Daytona hat eine Antwort gesendet, die diese Version nicht versteht: %1.</translation>
    </message>
    <message>
        <source>Sandbox %1 failed to start (state %2).</source>
        <translation>Die Sandbox %1 konnte nicht starten (Zustand %2).</translation>
    </message>
    <message>
        <source>Sandbox %1 failed to start (state %2): %3</source>
        <translation>Die Sandbox %1 konnte nicht starten (Zustand %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Daytona did not finish %1 within %n second(s).</source>
        <translation>
            <numerusform>Daytona hat %1 nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Daytona hat %1 nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaSandbox</name>
    <message>
        <source>Could not check whether sandbox %1 was created: %2 Daytona&apos;s auto-delete or `dreamfoundry sandboxes reap` will remove it.</source>
        <translation>Es konnte nicht geprüft werden, ob die Sandbox %1 erstellt wurde: %2 Das automatische Löschen von Daytona oder `dreamfoundry sandboxes reap` wird sie entfernen.</translation>
    </message>
    <message>
        <source>The artifact is %1 MiB, over the artifact limit of %2 MiB; it was not collected.</source>
        <translation>Das Artefakt ist %1 MiB groß und überschreitet die Artefaktgrenze von %2 MiB; es wurde nicht abgeholt.</translation>
    </message>
    <message>
        <source>The artifact grew past the artifact limit of %1 MiB while it was downloaded; it was not collected.</source>
        <translation>Das Artefakt ist beim Herunterladen über die Artefaktgrenze von %1 MiB hinausgewachsen; es wurde nicht abgeholt.</translation>
    </message>
    <message>
        <source>Could not download the artifact: %1</source>
        <translation>Das Artefakt konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>Could not delete Daytona sandbox %1: %2 Its auto-delete or `dreamfoundry sandboxes reap` will remove it.</source>
        <translation>Die Daytona-Sandbox %1 konnte nicht gelöscht werden: %2 Ihr automatisches Löschen oder `dreamfoundry sandboxes reap` wird sie entfernen.</translation>
    </message>
    <message>
        <source>creating the sandbox</source>
        <translation>das Erstellen der Sandbox</translation>
    </message>
    <message>
        <source>starting the sandbox</source>
        <translation>das Starten der Sandbox</translation>
    </message>
    <message>
        <source>uploading and starting the script</source>
        <translation>das Hochladen und Starten des Skripts</translation>
    </message>
    <message>
        <source>downloading the artifact</source>
        <translation>das Herunterladen des Artefakts</translation>
    </message>
    <message numerus="yes">
        <source>Deleting sandbox %1 took longer than %n second(s); its auto-delete or `dreamfoundry sandboxes reap` will remove it.</source>
        <translation>
            <numerusform>Das Löschen der Sandbox %1 hat länger als %n Sekunde gedauert; ihr automatisches Löschen oder `dreamfoundry sandboxes reap` wird sie entfernen.</numerusform>
            <numerusform>Das Löschen der Sandbox %1 hat länger als %n Sekunden gedauert; ihr automatisches Löschen oder `dreamfoundry sandboxes reap` wird sie entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: symbolic links were left out of the upload (not followed): %2</source>
        <translation>%1: Symbolische Verknüpfungen wurden beim Hochladen ausgelassen (nicht verfolgt): %2</translation>
    </message>
    <message>
        <source>Waiting for quota (Daytona said: %1); the candidate starts when one of the run&apos;s sandboxes is deleted.</source>
        <translation>Warten auf Kontingent (Meldung von Daytona: %1); der Kandidat startet, sobald eine der Sandboxen des Laufs gelöscht wird.</translation>
    </message>
    <message>
        <source>installing the dependencies</source>
        <translation>das Installieren der Abhängigkeiten</translation>
    </message>
    <message>
        <source>Waiting for a runner (Daytona said: %1); the candidate is tried again in a few seconds.</source>
        <translation>Warten auf einen Runner (Meldung von Daytona: %1); der Kandidat wird in wenigen Sekunden erneut versucht.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DependencyInstaller</name>
    <message>
        <source>Could not start the install: %1</source>
        <translation>Die Installation konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Could not prepare the install folder in %1.</source>
        <translation>Der Installationsordner in %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Could not make the sandbox&apos;s seccomp filter.</source>
        <translation>Der seccomp-Filter der Sandbox konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not move the installed environment into %1.</source>
        <translation>Die installierte Umgebung konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DependencySettings</name>
    <message>
        <source>Candidate Dependencies</source>
        <translation>Abhängigkeiten der Kandidaten</translation>
    </message>
    <message>
        <source>PyPI (pip&apos;s default)</source>
        <translation>PyPI (Standard von pip)</translation>
    </message>
    <message>
        <source>The package index pip installs candidates&apos; dependencies from, such as a private mirror. `dreamfoundry run --index-url` overrides it for one run.</source>
        <translation>Der Paketindex, aus dem pip die Abhängigkeiten der Kandidaten installiert, etwa ein privater Spiegel. `dreamfoundry run --index-url` ersetzt ihn für einen Lauf.</translation>
    </message>
    <message>
        <source>Package inde&amp;x:</source>
        <translation>Paketinde&amp;x:</translation>
    </message>
    <message>
        <source>The package index must be an http:// or https:// address, such as https://pypi.example.com/simple, not “%1”.</source>
        <translation>Der Paketindex muss eine http://- oder https://-Adresse sein, etwa https://pypi.example.com/simple, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DiffTextView</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s) hidden: click to show</source>
        <translation>
            <numerusform>⋯ %n unveränderte Zeile ausgeblendet: zum Anzeigen klicken</numerusform>
            <numerusform>⋯ %n unveränderte Zeilen ausgeblendet: zum Anzeigen klicken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DiscordMessages</name>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <source>**Dream Foundry winner** for “%1”: **%2** (%3)</source>
        <translation>**Sieger bei Dream Foundry** für „%1“: **%2** (%3)</translation>
    </message>
    <message>
        <source>**Dream Foundry candidate** for “%1”: **%2** (%3)</source>
        <translation>**Kandidat bei Dream Foundry** für „%1“: **%2** (%3)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DiscordWebhook</name>
    <message>
        <source>No webhook URL was given: copy it from the Discord channel&apos;s settings (Integrations, Webhooks, Copy Webhook URL).</source>
        <translation>Es wurde keine Webhook-URL angegeben: Kopieren Sie sie aus den Einstellungen des Discord-Kanals (Integrationen, Webhooks, Webhook-URL kopieren).</translation>
    </message>
    <message>
        <source>That is not a URL: copy the webhook URL from the Discord channel&apos;s settings (Integrations, Webhooks, Copy Webhook URL).</source>
        <translation>Das ist keine URL: Kopieren Sie die Webhook-URL aus den Einstellungen des Discord-Kanals (Integrationen, Webhooks, Webhook-URL kopieren).</translation>
    </message>
    <message>
        <source>A Discord webhook URL holds no user name, password or #fragment.</source>
        <translation>Eine Discord-Webhook-URL enthält keinen Benutzernamen, kein Passwort und kein #Fragment.</translation>
    </message>
    <message>
        <source>A webhook on this machine is accepted only by the tests&apos; option; use the https URL Discord gives.</source>
        <translation>Ein Webhook auf diesem Rechner wird nur mit der Option der Tests angenommen; verwenden Sie die https-URL, die Discord angibt.</translation>
    </message>
    <message>
        <source>The webhook URL must start with http:// or https://.</source>
        <translation>Die Webhook-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The webhook URL must start with https://, as Discord&apos;s webhook URLs do.</source>
        <translation>Die Webhook-URL muss wie die Webhook-URLs von Discord mit https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 is not Discord: a webhook URL is on discord.com or discordapp.com.</source>
        <translation>%1 ist nicht Discord: Eine Webhook-URL liegt auf discord.com oder discordapp.com.</translation>
    </message>
    <message>
        <source>A Discord webhook URL has no port number.</source>
        <translation>Eine Discord-Webhook-URL hat keine Portnummer.</translation>
    </message>
    <message>
        <source>That is not a webhook URL: a Discord webhook URL ends in /api/webhooks/&lt;number&gt;/&lt;token&gt;.</source>
        <translation>Das ist keine Webhook-URL: Eine Discord-Webhook-URL endet auf /api/webhooks/&lt;Nummer&gt;/&lt;Token&gt;.</translation>
    </message>
    <message>
        <source>the webhook</source>
        <translation>der Webhook</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DownloadFileJob</name>
    <message>
        <source>Could not write the downloaded file %1: %2</source>
        <translation>Die heruntergeladene Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 bytes.</source>
        <translation>Die Datei %1 ist größer als %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::EventList</name>
    <message>
        <source>the URL is not an http:// or https:// address</source>
        <translation>die URL ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>the URL holds spaces or control characters</source>
        <translation>die URL enthält Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>the URL&apos;s port is not a number</source>
        <translation>der Port der URL ist keine Zahl</translation>
    </message>
    <message>
        <source>the URL has no valid host name</source>
        <translation>die URL hat keinen gültigen Hostnamen</translation>
    </message>
    <message>
        <source>no &quot; | &quot; between the date and the event</source>
        <translation>kein „ | “ zwischen Datum und Veranstaltung</translation>
    </message>
    <message>
        <source>the event is not a Markdown link [Title](URL)</source>
        <translation>die Veranstaltung ist kein Markdown-Link [Titel](URL)</translation>
    </message>
    <message>
        <source>the date is not a valid YYYY-MM-DD date</source>
        <translation>das Datum ist kein gültiges Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>der Titel ist leer</translation>
    </message>
    <message>
        <source>there is no host</source>
        <translation>es gibt keinen Host</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a host name</source>
        <translation>%1 ist eine IP-Adresse, kein Hostname</translation>
    </message>
    <message>
        <source>%1 is a single name, not a public host</source>
        <translation>%1 ist ein einzelner Name, kein öffentlicher Host</translation>
    </message>
    <message>
        <source>%1 is a documentation name (example)</source>
        <translation>%1 ist ein Name für Dokumentationszwecke (example)</translation>
    </message>
    <message>
        <source>%1 is a reserved name (.%2)</source>
        <translation>%1 ist ein reservierter Name (.%2)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ExportCommand</name>
    <message>
        <source>dreamfoundry export: %1</source>
        <translation>dreamfoundry export: %1</translation>
    </message>
    <message>
        <source>Exports a saved run: md (the Markdown report), csv (the table, one row per candidate), html (one self-contained page, no script) or json (run.json).</source>
        <translation>Exportiert einen gespeicherten Lauf: md (der Markdown-Bericht), csv (die Tabelle, eine Zeile pro Kandidat), html (eine eigenständige Seite ohne Skript) oder json (run.json).</translation>
    </message>
    <message>
        <source>md, csv, html or json.</source>
        <translation>md, csv, html oder json.</translation>
    </message>
    <message>
        <source>The file to write; without it the export is printed.</source>
        <translation>Die zu schreibende Datei; ohne sie wird der Export ausgegeben.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Ein Ergebnisordner.</translation>
    </message>
    <message>
        <source>give one results folder, e.g. dreamfoundry export ./results --format html --out report.html</source>
        <translation>Geben Sie einen Ergebnisordner an, z. B. dreamfoundry export ./results --format html --out report.html</translation>
    </message>
    <message>
        <source>choose a format with --format md, csv, html or json</source>
        <translation>Wählen Sie ein Format mit --format md, csv, html oder json</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::HistoryChart</name>
    <message>
        <source>No runs to chart.</source>
        <translation>Keine Läufe für das Diagramm.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::HistoryModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>Chart of each candidate&apos;s score and runtime across runs</source>
        <translation>Diagramm der Punktzahl und Laufzeit jedes Kandidaten über die Läufe hinweg</translation>
    </message>
    <message>
        <source>The table above lists the same runs in words</source>
        <translation>Die Tabelle darüber beschreibt dieselben Läufe in Worten</translation>
    </message>
    <message>
        <source>Filter by objective, candidate or winner</source>
        <translation>Nach Aufgabe, Kandidat oder Sieger filtern</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Den Verlauf filtern</translation>
    </message>
    <message>
        <source>Backend of the runs shown</source>
        <translation>Backend der angezeigten Läufe</translation>
    </message>
    <message>
        <source>Any backend</source>
        <translation>Jedes Backend</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Daytona</source>
        <translation>Daytona</translation>
    </message>
    <message>
        <source>Age of the runs shown</source>
        <translation>Alter der angezeigten Läufe</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 von %n Lauf</numerusform>
            <numerusform>%1 von %n Läufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n kann nicht gelesen werden</numerusform>
            <numerusform>%n können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed between the two runs</source>
        <translation>Was sich zwischen den beiden Läufen geändert hat</translation>
    </message>
    <message>
        <source>Select two runs to compare.</source>
        <translation>Wählen Sie zwei Läufe zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n run(s) to the trash?</source>
        <translation>
            <numerusform>%n Lauf in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Läufe in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results folders go to the desktop&apos;s trash, from where they can be restored.</source>
        <translation>Ihre Ergebnisordner kommen in den Papierkorb der Arbeitsumgebung, aus dem sie wiederhergestellt werden können.</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>There is no trash for %n run(s). Delete them for good?</source>
        <translation>
            <numerusform>Für %n Lauf gibt es keinen Papierkorb. Endgültig löschen?</numerusform>
            <numerusform>Für %n Läufe gibt es keinen Papierkorb. Endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Move to Trash...</source>
        <translation>In den Papierkorb verschieben …</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::IsolationProbe</name>
    <message>
        <source>bwrap was not found (install the bubblewrap package)</source>
        <translation>bwrap wurde nicht gefunden (installieren Sie das Paket bubblewrap)</translation>
    </message>
    <message>
        <source>the seccomp filter could not be made: %1</source>
        <translation>der seccomp-Filter konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>no memfd</source>
        <translation>kein memfd</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here: %1</source>
        <translation>bwrap kann hier keine Sandbox erstellen: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>bwrap could not be started: %1</source>
        <translation>bwrap konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>bwrap did not answer within 10 seconds</source>
        <translation>bwrap hat nicht innerhalb von 10 Sekunden geantwortet</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::KeychainCredentialStore</name>
    <message>
        <source>the macOS Keychain (service “%1”)</source>
        <translation>dem macOS-Schlüsselbund (Dienst „%1“)</translation>
    </message>
    <message>
        <source>the Windows Credential Manager (service “%1”)</source>
        <translation>der Windows-Anmeldeinformationsverwaltung (Dienst „%1“)</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service, service “%1”)</source>
        <translation>dem Systemschlüsselbund (Secret Service, Dienst „%1“)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LocalSandbox</name>
    <message>
        <source>The artifact is %1 MiB (a sparse file), over the artifact limit of %2 MiB; it was not collected.</source>
        <translation>Das Artefakt ist %1 MiB groß (eine Sparse-Datei) und überschreitet die Artefaktgrenze von %2 MiB; es wurde nicht abgeholt.</translation>
    </message>
    <message>
        <source>The artifact is %1 MiB, over the artifact limit of %2 MiB; it was not collected.</source>
        <translation>Das Artefakt ist %1 MiB groß und überschreitet die Artefaktgrenze von %2 MiB; es wurde nicht abgeholt.</translation>
    </message>
    <message>
        <source>%1 runs WITHOUT isolation: %2.</source>
        <translation>%1 läuft OHNE Isolation: %2.</translation>
    </message>
    <message>
        <source>%1 uses the HOST network (its loopback services included): slirp4netns is not installed.</source>
        <translation>%1 verwendet das Netzwerk des HOSTS (einschließlich seiner Loopback-Dienste): slirp4netns ist nicht installiert.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder in the temporary folder: %1</source>
        <translation>Der Sandbox-Ordner konnte im temporären Ordner nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not copy the script %1 into the sandbox.</source>
        <translation>Das Skript %1 konnte nicht in die Sandbox kopiert werden.</translation>
    </message>
    <message>
        <source>Could not hand the sandbox folder to the candidate&apos;s user.</source>
        <translation>Der Sandbox-Ordner konnte nicht an den Benutzer des Kandidaten übergeben werden.</translation>
    </message>
    <message>
        <source>Could not write the sandbox&apos;s /etc files.</source>
        <translation>Die /etc-Dateien der Sandbox konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not make the sandbox&apos;s seccomp filter.</source>
        <translation>Der seccomp-Filter der Sandbox konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s private network could not be set up: %1.</source>
        <translation>Das private Netzwerk der Sandbox konnte nicht eingerichtet werden: %1.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Disk limit reached (%1 MiB or %2 files in /home/daytona and /tmp together).</source>
        <translation>Speicherplatzgrenze erreicht (%1 MiB oder %2 Dateien in /home/daytona und /tmp zusammen).</translation>
    </message>
    <message>
        <source>The artifact is a link or a folder, not a file; it was not collected.</source>
        <translation>Das Artefakt ist eine Verknüpfung oder ein Ordner, keine Datei; es wurde nicht abgeholt.</translation>
    </message>
    <message numerus="yes">
        <source>Collecting the artifact took longer than %n second(s); it was not collected.</source>
        <translation>
            <numerusform>Das Abholen des Artefakts hat länger als %n Sekunde gedauert; es wurde nicht abgeholt.</numerusform>
            <numerusform>Das Abholen des Artefakts hat länger als %n Sekunden gedauert; es wurde nicht abgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not collect the artifact into %1.</source>
        <translation>Das Artefakt konnte nicht nach %1 abgeholt werden.</translation>
    </message>
    <message>
        <source>Memory limit reached (%1 MiB for the whole sandbox).</source>
        <translation>Speichergrenze erreicht (%1 MiB für die gesamte Sandbox).</translation>
    </message>
    <message>
        <source>Process limit reached (%1 processes for the whole sandbox).</source>
        <translation>Prozessgrenze erreicht (%1 Prozesse für die gesamte Sandbox).</translation>
    </message>
    <message>
        <source>Could not remove the folder of sandbox %1.</source>
        <translation>Der Ordner der Sandbox %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder in the temporary folder.</source>
        <translation>Der Sandbox-Ordner konnte im temporären Ordner nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1: symbolic links were left out of the copy (not followed): %2</source>
        <translation>%1: Symbolische Verknüpfungen wurden beim Kopieren ausgelassen (nicht verfolgt): %2</translation>
    </message>
    <message>
        <source>Could not hand the candidate its environment variables.</source>
        <translation>Die Umgebungsvariablen konnten nicht an den Kandidaten übergeben werden.</translation>
    </message>
    <message>
        <source>Could not create the sandboxes&apos; /etc folder: %1</source>
        <translation>Der /etc-Ordner der Sandboxen konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1: /home/daytona is a folder on the host&apos;s disk without a size limit (no private disk could be made: dreamfoundry-scratch-disk is missing or failed).</source>
        <translation>%1: /home/daytona ist ein Ordner auf der Festplatte des Hosts ohne Größenbegrenzung (es konnte keine private Festplatte erstellt werden: dreamfoundry-scratch-disk fehlt oder ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Could not make the sandbox&apos;s start signal: %1</source>
        <translation>Das Startsignal der Sandbox konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LogView</name>
    <message>
        <source>A bar marks the lines the candidate wrote to stderr.</source>
        <translation>Ein Balken markiert die Zeilen, die der Kandidat nach stderr geschrieben hat.</translation>
    </message>
    <message numerus="yes">
        <source>[... %n earlier byte(s) not kept ...]
</source>
        <translation>
            <numerusform>[… %n früheres Byte nicht aufbewahrt …]
</numerusform>
            <numerusform>[… %n frühere Bytes nicht aufbewahrt …]
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LoginCommand</name>
    <message>
        <source>login takes no arguments: the key is never read from the command line, where other users can see it. Pipe it on standard input or type it at the prompt.</source>
        <translation>login nimmt keine Argumente an: Der Schlüssel wird nie von der Befehlszeile gelesen, wo andere Benutzer ihn sehen können. Leiten Sie ihn über die Standardeingabe weiter oder geben Sie ihn bei der Abfrage ein.</translation>
    </message>
    <message>
        <source>logout takes no arguments but --discord-webhook.</source>
        <translation>logout nimmt außer --discord-webhook keine Argumente an.</translation>
    </message>
    <message>
        <source>no key was given: pipe the Daytona API key on standard input or type it at the prompt.</source>
        <translation>Es wurde kein Schlüssel angegeben: Leiten Sie den Daytona-API-Schlüssel über die Standardeingabe weiter oder geben Sie ihn bei der Abfrage ein.</translation>
    </message>
    <message>
        <source>that is the placeholder of the sample .env file (“your_...”), not a Daytona API key; copy the key from the Daytona dashboard.</source>
        <translation>Das ist der Platzhalter aus der Beispiel-.env-Datei („your_...“), kein Daytona-API-Schlüssel; kopieren Sie den Schlüssel aus dem Daytona-Dashboard.</translation>
    </message>
    <message>
        <source>a Daytona API key is one word without spaces or control characters; check what was pasted.</source>
        <translation>Ein Daytona-API-Schlüssel ist ein Wort ohne Leerzeichen oder Steuerzeichen; prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>dreamfoundry login: %1</source>
        <translation>dreamfoundry login: %1</translation>
    </message>
    <message>
        <source>Usage: dreamfoundry login [--discord-webhook]
Reads the Daytona API key (with --discord-webhook: the Discord webhook URL dreamfoundry publish posts to) from standard input, or asks for it without echo, and stores it in %1.</source>
        <translation>Aufruf: dreamfoundry login [--discord-webhook]
Liest den Daytona-API-Schlüssel (mit --discord-webhook: die Discord-Webhook-URL, an die dreamfoundry publish sendet) von der Standardeingabe oder fragt ohne Echo danach und speichert ihn in %1.</translation>
    </message>
    <message>
        <source>Discord webhook URL (input hidden): </source>
        <translation>Discord-Webhook-URL (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>Daytona API key (input hidden): </source>
        <translation>Daytona-API-Schlüssel (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>the input is far longer than an API key; pipe only the key.</source>
        <translation>Die Eingabe ist viel länger als ein API-Schlüssel; leiten Sie nur den Schlüssel weiter.</translation>
    </message>
    <message>
        <source>Stored the Daytona API key in %1.</source>
        <translation>Der Daytona-API-Schlüssel wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>dreamfoundry run and the window use it before DAYTONA_API_KEY and .env; dreamfoundry logout removes it.</source>
        <translation>dreamfoundry run und das Fenster verwenden ihn vor DAYTONA_API_KEY und .env; dreamfoundry logout entfernt ihn.</translation>
    </message>
    <message>
        <source>Set DAYTONA_API_KEY in the environment or in a .env file in the working folder instead.</source>
        <translation>Setzen Sie stattdessen DAYTONA_API_KEY in der Umgebung oder in einer .env-Datei im Arbeitsordner.</translation>
    </message>
    <message>
        <source>Stored the Discord webhook in %1; dreamfoundry publish posts to it, dreamfoundry logout --discord-webhook removes it.</source>
        <translation>Der Discord-Webhook wurde in %1 gespeichert; dreamfoundry publish sendet an ihn, dreamfoundry logout --discord-webhook entfernt ihn.</translation>
    </message>
    <message>
        <source>dreamfoundry logout: %1</source>
        <translation>dreamfoundry logout: %1</translation>
    </message>
    <message>
        <source>Usage: dreamfoundry logout [--discord-webhook]
Removes the Daytona API key (with --discord-webhook: the Discord webhook) from %1.</source>
        <translation>Aufruf: dreamfoundry logout [--discord-webhook]
Entfernt den Daytona-API-Schlüssel (mit --discord-webhook: den Discord-Webhook) aus %1.</translation>
    </message>
    <message>
        <source>The Daytona API key is no longer stored in %1.</source>
        <translation>Der Daytona-API-Schlüssel ist nicht mehr in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No key is stored there.</source>
        <translation>Dort ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Note: a Daytona API key is still set in %1.</source>
        <translation>Hinweis: In %1 ist noch ein Daytona-API-Schlüssel hinterlegt.</translation>
    </message>
    <message>
        <source>No Discord webhook is stored in %1.</source>
        <translation>In %1 ist kein Discord-Webhook gespeichert.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::MainWindow</name>
    <message>
        <source>A run is in progress.</source>
        <translation>Ein Lauf ist im Gange.</translation>
    </message>
    <message>
        <source>The scores of the run on screen are being saved.</source>
        <translation>Die Punktzahlen des angezeigten Laufs werden gespeichert.</translation>
    </message>
    <message>
        <source>Daytona is not set up: see Settings &gt; Daytona Settings...</source>
        <translation>Daytona ist nicht eingerichtet: siehe Einstellungen &gt; Daytona-Einstellungen …</translation>
    </message>
    <message>
        <source>Add at least one candidate script.</source>
        <translation>Fügen Sie mindestens ein Kandidatenskript hinzu.</translation>
    </message>
    <message>
        <source>Run every candidate (%1)</source>
        <translation>Alle Kandidaten ausführen (%1)</translation>
    </message>
    <message>
        <source>Wait for the run to finish.</source>
        <translation>Warten Sie, bis der Lauf beendet ist.</translation>
    </message>
    <message>
        <source>No candidate of the run on screen failed.</source>
        <translation>Im angezeigten Lauf ist kein Kandidat fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Run the %n failed candidate(s) again</source>
        <translation>
            <numerusform>Den fehlgeschlagenen Kandidaten erneut ausführen</numerusform>
            <numerusform>Die %n fehlgeschlagenen Kandidaten erneut ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a candidate that has finished.</source>
        <translation>Wählen Sie einen Kandidaten aus, der fertig ist.</translation>
    </message>
    <message>
        <source>Run this candidate again</source>
        <translation>Diesen Kandidaten erneut ausführen</translation>
    </message>
    <message>
        <source>A run with at least two candidates is needed to compare.</source>
        <translation>Zum Vergleichen ist ein Lauf mit mindestens zwei Kandidaten nötig.</translation>
    </message>
    <message>
        <source>Select the candidates to compare.</source>
        <translation>Wählen Sie die zu vergleichenden Kandidaten aus.</translation>
    </message>
    <message>
        <source>Select at most %1 candidates to compare.</source>
        <translation>Wählen Sie höchstens %1 Kandidaten zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Compare the selected candidate&apos;s artifact with others; select 2 to %1 rows to compare them at once.</source>
        <translation>Das Artefakt des ausgewählten Kandidaten mit anderen vergleichen; wählen Sie 2 bis %1 Zeilen aus, um sie auf einmal zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare the artifacts of the %1 selected candidates side by side.</source>
        <translation>Die Artefakte der %1 ausgewählten Kandidaten nebeneinander vergleichen.</translation>
    </message>
    <message>
        <source>Daytona sandboxes are on Daytona&apos;s network; this applies to local sandboxes only.</source>
        <translation>Daytona-Sandboxen befinden sich im Netzwerk von Daytona; dies gilt nur für lokale Sandboxen.</translation>
    </message>
    <message>
        <source>Let local candidates reach the network</source>
        <translation>Lokalen Kandidaten den Netzwerkzugriff erlauben</translation>
    </message>
    <message>
        <source>The run is being scored.</source>
        <translation>Der Lauf wird bewertet.</translation>
    </message>
    <message>
        <source>Open or finish a run first.</source>
        <translation>Öffnen oder beenden Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <source>Cancel every candidate that has not finished</source>
        <translation>Jeden Kandidaten abbrechen, der noch nicht fertig ist</translation>
    </message>
    <message>
        <source>No run is in progress.</source>
        <translation>Es ist kein Lauf im Gange.</translation>
    </message>
    <message>
        <source>Stop this candidate and remove its sandbox</source>
        <translation>Diesen Kandidaten stoppen und seine Sandbox entfernen</translation>
    </message>
    <message>
        <source>Only a candidate still running can be cancelled.</source>
        <translation>Nur ein noch laufender Kandidat kann abgebrochen werden.</translation>
    </message>
    <message>
        <source>Add candidate scripts (.py)</source>
        <translation>Kandidatenskripte (.py) hinzufügen</translation>
    </message>
    <message>
        <source>Select the candidates to remove.</source>
        <translation>Wählen Sie die zu entfernenden Kandidaten aus.</translation>
    </message>
    <message>
        <source>Remove the selected candidates from the list</source>
        <translation>Die ausgewählten Kandidaten aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Open the results of an earlier run</source>
        <translation>Die Ergebnisse eines früheren Laufs öffnen</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it.</source>
        <translation>Warten Sie, bis der Lauf beendet ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Run or open a run first.</source>
        <translation>Starten oder öffnen Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <source>Save a copy of the results on screen</source>
        <translation>Eine Kopie der angezeigten Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Run or open a saved run first.</source>
        <translation>Starten Sie zuerst einen Lauf oder öffnen Sie einen gespeicherten.</translation>
    </message>
    <message>
        <source>Export the run on screen as HTML, CSV, Markdown or JSON</source>
        <translation>Den angezeigten Lauf als HTML, CSV, Markdown oder JSON exportieren</translation>
    </message>
    <message>
        <source>Delete Daytona sandboxes that runs left behind</source>
        <translation>Daytona-Sandboxen löschen, die Läufe zurückgelassen haben</translation>
    </message>
    <message>
        <source>Clean Up Sandboxes</source>
        <translation>Sandboxen aufräumen</translation>
    </message>
    <message>
        <source>About Dream Foundry</source>
        <translation>Über Dream Foundry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dream Foundry %1&lt;/h3&gt;&lt;p&gt;Runs candidate agent scripts side by side, each in its own sandbox, and keeps what they produced.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dream Foundry %1&lt;/h3&gt;&lt;p&gt;Führt Agentenskripte von Kandidaten nebeneinander aus, jedes in seiner eigenen Sandbox, und bewahrt auf, was sie erzeugt haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Displa&amp;y:</source>
        <translation>A&amp;nzeige:</translation>
    </message>
    <message>
        <source>Show every candidate, or only those you are looking for</source>
        <translation>Alle Kandidaten anzeigen oder nur die gesuchten</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Alle Kandidaten</translation>
    </message>
    <message>
        <source>Failed, timed out or cancelled</source>
        <translation>Fehlgeschlagen, Zeit überschritten oder abgebrochen</translation>
    </message>
    <message>
        <source>Running or queued</source>
        <translation>Laufend oder in der Warteschlange</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Dream Foundry Help</source>
        <translation>Hilfe zu Dream Foundry</translation>
    </message>
    <message>
        <source>Local (bubblewrap)</source>
        <translation>Lokal (bubblewrap)</translation>
    </message>
    <message>
        <source>Daytona</source>
        <translation>Daytona</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Not a candidate script</source>
        <translation>Kein Kandidatenskript</translation>
    </message>
    <message>
        <source>The sample candidates are already in the list.</source>
        <translation>Die Beispielkandidaten sind bereits in der Liste.</translation>
    </message>
    <message>
        <source>Cannot re-score</source>
        <translation>Neubewertung nicht möglich</translation>
    </message>
    <message>
        <source>Re-scoring...</source>
        <translation>Wird neu bewertet …</translation>
    </message>
    <message>
        <source>Scores changed; use File &gt; Save Results As... to keep them.</source>
        <translation>Die Punktzahlen haben sich geändert; verwenden Sie Datei &gt; Ergebnisse speichern unter …, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Scores saved.</source>
        <translation>Punktzahlen gespeichert.</translation>
    </message>
    <message>
        <source>The scores could not be saved</source>
        <translation>Die Punktzahlen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The new scores are shown, but the results folder could not be updated. Use File &gt; Save Results As... to keep them.</source>
        <translation>Die neuen Punktzahlen werden angezeigt, aber der Ergebnisordner konnte nicht aktualisiert werden. Verwenden Sie Datei &gt; Ergebnisse speichern unter …, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Checking local isolation...</source>
        <translation>Lokale Isolation wird geprüft …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local candidates will run WITHOUT isolation&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Lokale Kandidaten laufen OHNE Isolation&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <source>Auto uses Daytona.</source>
        <translation>Automatisch verwendet Daytona.</translation>
    </message>
    <message>
        <source>Auto uses local sandboxes. %1</source>
        <translation>Automatisch verwendet lokale Sandboxen. %1</translation>
    </message>
    <message>
        <source>Daytona needs an API key to run candidates.</source>
        <translation>Daytona benötigt einen API-Schlüssel, um Kandidaten auszuführen.</translation>
    </message>
    <message>
        <source>Add one in Daytona Settings, or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Fügen Sie in den Daytona-Einstellungen einen hinzu oder setzen Sie DAYTONA_API_KEY in der Umgebung oder in einer .env-Datei im Arbeitsordner.</translation>
    </message>
    <message>
        <source>Daytona Settings...</source>
        <translation>Daytona-Einstellungen …</translation>
    </message>
    <message>
        <source>Daytona has no API key, so this run uses local sandboxes.</source>
        <translation>Daytona hat keinen API-Schlüssel, daher verwendet dieser Lauf lokale Sandboxen.</translation>
    </message>
    <message>
        <source>Run &gt; Clean Up Sandboxes...</source>
        <translation>Lauf &gt; Sandboxen aufräumen …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Running: %1   Succeeded: %2   Failed: %3</source>
        <translation>Laufend: %1   Erfolgreich: %2   Fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>   %1: %2</source>
        <translation>   %1: %2</translation>
    </message>
    <message>
        <source>   Elapsed: %1</source>
        <translation>   Verstrichen: %1</translation>
    </message>
    <message>
        <source>Dream Foundry</source>
        <translation>Dream Foundry</translation>
    </message>
    <message>
        <source>Dream Foundry - %1</source>
        <translation>Dream Foundry – %1</translation>
    </message>
    <message>
        <source>Add Candidate Scripts</source>
        <translation>Kandidatenskripte hinzufügen</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Der Lauf kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Run %n candidate(s) again with which objective?</source>
        <translation>
            <numerusform>%n Kandidaten mit welcher Aufgabe erneut ausführen?</numerusform>
            <numerusform>%n Kandidaten mit welcher Aufgabe erneut ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The objective box has changed since this run. A rerun uses the run&apos;s objective and updates the run in place; the edited objective makes a new run.</source>
        <translation>Das Aufgabenfeld wurde seit diesem Lauf geändert. Eine erneute Ausführung verwendet die Aufgabe des Laufs und aktualisiert den Lauf an Ort und Stelle; die bearbeitete Aufgabe ergibt einen neuen Lauf.</translation>
    </message>
    <message>
        <source>Rerun with the Run&apos;s Objective</source>
        <translation>Mit der Aufgabe des Laufs erneut ausführen</translation>
    </message>
    <message>
        <source>New Run with the Edited Objective</source>
        <translation>Neuer Lauf mit der bearbeiteten Aufgabe</translation>
    </message>
    <message>
        <source>Cannot run again</source>
        <translation>Erneute Ausführung nicht möglich</translation>
    </message>
    <message>
        <source>The results could not be saved</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The run is still here: use File &gt; Save Results As... to keep it.</source>
        <translation>Der Lauf ist noch da: Verwenden Sie Datei &gt; Ergebnisse speichern unter …, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>%1 produced no artifact.</source>
        <translation>%1 hat kein Artefakt erzeugt.</translation>
    </message>
    <message>
        <source>The artifact appears when the candidate finishes.</source>
        <translation>Das Artefakt erscheint, wenn der Kandidat fertig ist.</translation>
    </message>
    <message>
        <source>%1: %2 bytes, binary or too large to show.

First bytes:
%3</source>
        <translation>%1: %2 Bytes, binär oder zu groß zum Anzeigen.

Erste Bytes:
%3</translation>
    </message>
    <message>
        <source>&amp;Cancel This Candidate</source>
        <translation>Diesen Kandidaten a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Rerun This Candidate</source>
        <translation>Diesen Kandidaten &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Open Artifact</source>
        <translation>Artefakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cannot open the artifact</source>
        <translation>Das Artefakt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No application on this computer opens %1. It is shown in the Artifact tab, and kept in the results folder.</source>
        <translation>Keine Anwendung auf diesem Rechner kann %1 öffnen. Es wird im Reiter Artefakt angezeigt und im Ergebnisordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Copy &amp;Sandbox ID</source>
        <translation>&amp;Sandbox-ID kopieren</translation>
    </message>
    <message>
        <source>Copied the sandbox ID %1.</source>
        <translation>Die Sandbox-ID %1 wurde kopiert.</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>&amp;Log anzeigen</translation>
    </message>
    <message>
        <source>Compare &amp;With...</source>
        <translation>&amp;Vergleichen mit …</translation>
    </message>
    <message>
        <source>&amp;Earlier Attempts</source>
        <translation>Frü&amp;here Versuche</translation>
    </message>
    <message>
        <source>Attempt %1: %2, %3</source>
        <translation>Versuch %1: %2, %3</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Compare Attempt %1 with Attempt %2</source>
        <translation>Versuch %1 mit Versuch %2 vergleichen</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Showing attempt %1 of %2; choose a row to see its latest attempt.</source>
        <translation>Versuch %1 von %2 wird angezeigt; wählen Sie eine Zeile, um ihren neuesten Versuch zu sehen.</translation>
    </message>
    <message>
        <source>Open Results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, first.</source>
        <translation>Warten Sie zuerst, bis der Lauf beendet ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Markdown-Bericht (*.md)</translation>
    </message>
    <message>
        <source>run.json (*.json)</source>
        <translation>run.json (*.json)</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Choose a file ending in .html, .csv, .md or .json.</source>
        <translation>Wählen Sie eine Datei mit der Endung .html, .csv, .md oder .json.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Save Results As</source>
        <translation>Ergebnisse speichern unter</translation>
    </message>
    <message>
        <source>Nothing was lost: the results are still on screen. Choose another folder, or make room, and save again.</source>
        <translation>Es ist nichts verloren: Die Ergebnisse werden weiterhin angezeigt. Wählen Sie einen anderen Ordner oder schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>Ergebnisse gespeichert in %1</translation>
    </message>
    <message>
        <source>The objective box shows the opened run&apos;s objective. The text you were writing is kept in Recent objectives.</source>
        <translation>Das Aufgabenfeld zeigt die Aufgabe des geöffneten Laufs. Der Text, den Sie geschrieben haben, bleibt unter „Letzte Aufgaben“ erhalten.</translation>
    </message>
    <message>
        <source>Restore My Text</source>
        <translation>Meinen Text wiederherstellen</translation>
    </message>
    <message>
        <source>Recent objectives...</source>
        <translation>Letzte Aufgaben …</translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation>%1/%2 erfolgreich</translation>
    </message>
    <message>
        <source>%1, %2 won</source>
        <translation>%1, %2 hat gewonnen</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Dream Foundry run finished</source>
        <translation>Dream-Foundry-Lauf beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n candidate(s) succeeded.</source>
        <translation>
            <numerusform>%1 von %n Kandidaten war erfolgreich.</numerusform>
            <numerusform>%1 von %n Kandidaten waren erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results folder %1 is no longer there.</source>
        <translation>Der Ergebnisordner %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>This folder is not a Dream Foundry results folder: %1
Choose the folder of one run, the one that holds run.json.</source>
        <translation>Dieser Ordner ist kein Ergebnisordner von Dream Foundry: %1
Wählen Sie den Ordner eines Laufs, der die Datei run.json enthält.</translation>
    </message>
    <message>
        <source>The results in %1 could not be read. The folder may be damaged, or written by a newer Dream Foundry.</source>
        <translation>Die Ergebnisse in %1 konnten nicht gelesen werden. Der Ordner ist vielleicht beschädigt oder wurde von einer neueren Version von Dream Foundry geschrieben.</translation>
    </message>
    <message>
        <source>Cannot open the results</source>
        <translation>Die Ergebnisse können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Post the winner&apos;s artifact to the Discord webhook</source>
        <translation>Das Artefakt des Siegers an den Discord-Webhook senden</translation>
    </message>
    <message>
        <source>No Daytona API key is configured: add one in Settings &gt; Daytona Settings..., or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Es ist kein Daytona-API-Schlüssel eingerichtet: Fügen Sie unter Einstellungen &gt; Daytona-Einstellungen … einen hinzu oder setzen Sie DAYTONA_API_KEY in der Umgebung oder in einer .env-Datei im Arbeitsordner.</translation>
    </message>
    <message>
        <source>Saving the scores before closing...</source>
        <translation>Die Punktzahlen werden vor dem Schließen gespeichert …</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Cancel the run, remove its sandboxes and quit? What finished is saved.</source>
        <translation>Den Lauf abbrechen, seine Sandboxen entfernen und beenden? Was fertig ist, wird gespeichert.</translation>
    </message>
    <message>
        <source>Cancel Run and Quit</source>
        <translation>Lauf abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Local sandboxes: bubblewrap, memory and processes capped per sandbox.</source>
        <translation>Lokale Sandboxen: bubblewrap, Arbeitsspeicher und Prozesse pro Sandbox begrenzt.</translation>
    </message>
    <message>
        <source>Local sandboxes: bubblewrap, memory and processes capped per process (no cgroup to use).</source>
        <translation>Lokale Sandboxen: bubblewrap, Arbeitsspeicher und Prozesse pro Prozess begrenzt (keine cgroup verfügbar).</translation>
    </message>
    <message>
        <source>With network on, they use the &lt;b&gt;HOST network&lt;/b&gt; (install slirp4netns for a private one).</source>
        <translation>Mit eingeschaltetem Netzwerk verwenden sie das &lt;b&gt;Netzwerk des HOSTS&lt;/b&gt; (installieren Sie slirp4netns für ein privates).</translation>
    </message>
    <message>
        <source>Each has a private network.</source>
        <translation>Jede hat ein eigenes privates Netzwerk.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Running candidates&lt;/h3&gt;&lt;p&gt;Add candidate scripts (.py), write the objective, choose the sandboxes and press Run (%1). Each candidate runs in its own sandbox; the table shows how each one is doing, and the Log, Artifact and Score tabs show the selected one.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;p&gt;In the table, Enter shows the candidate&apos;s log; the Menu key or Shift+F10 opens its actions. Compare Artifacts: %2. History: %3; in its list, Enter opens a run and Delete moves the selected runs to the trash.&lt;/p&gt;&lt;p&gt;The full manual: &lt;tt&gt;man dreamfoundry&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kandidaten ausführen&lt;/h3&gt;&lt;p&gt;Fügen Sie Kandidatenskripte (.py) hinzu, schreiben Sie die Aufgabe, wählen Sie die Sandboxen und klicken Sie auf „Starten“ (%1). Jeder Kandidat läuft in seiner eigenen Sandbox; die Tabelle zeigt, wie es um jeden steht, und die Reiter Log, Artefakt und Bewertung zeigen den ausgewählten.&lt;/p&gt;&lt;h3&gt;Tasten&lt;/h3&gt;&lt;p&gt;In der Tabelle zeigt die Eingabetaste das Log des Kandidaten; die Menütaste oder Umschalt+F10 öffnet seine Aktionen. Artefakte vergleichen: %2. Verlauf: %3; in seiner Liste öffnet die Eingabetaste einen Lauf, und Entf verschiebt die ausgewählten Läufe in den Papierkorb.&lt;/p&gt;&lt;p&gt;Das vollständige Handbuch: &lt;tt&gt;man dreamfoundry&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only Python scripts (.py) and folders with a main.py can be candidates. Not added: %1</source>
        <translation>Nur Python-Skripte (.py) und Ordner mit einer main.py können Kandidaten sein. Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The environment variables are not valid: %1</source>
        <translation>Die Umgebungsvariablen sind ungültig: %1</translation>
    </message>
    <message>
        <source>Attempt #%1 shows its own output when it ends; until then, the row of %2 shows the output of all its attempts as it comes.</source>
        <translation>Versuch #%1 zeigt seine eigene Ausgabe, wenn er endet; bis dahin zeigt die Zeile von %2 die Ausgabe aller seiner Versuche, wie sie eintrifft.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::MemoryCredentialStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>dem Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Orchestrator</name>
    <message>
        <source>Could not create a working folder for the run: %1</source>
        <translation>Für den Lauf konnte kein Arbeitsordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled: budget reached.</source>
        <translation>Abgebrochen: Budget erreicht.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::OverviewRuler</name>
    <message>
        <source>Where the differences are; click to go there</source>
        <translation>Wo die Unterschiede liegen; klicken Sie, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PostOutcome</name>
    <message>
        <source>Posted %1 messages to the webhook.</source>
        <translation>%1 Nachrichten an den Webhook gesendet.</translation>
    </message>
    <message>
        <source>%1 of %2 messages went out; message %3 was not posted: %4</source>
        <translation>%1 von %2 Nachrichten wurden gesendet; Nachricht %3 wurde nicht gesendet: %4</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PrivateNetwork</name>
    <message>
        <source>the private network was not up within %1 seconds</source>
        <translation>das private Netzwerk war nicht innerhalb von %1 Sekunden bereit</translation>
    </message>
    <message>
        <source>Could not make the pipes of the private network: %1</source>
        <translation>Die Pipes des privaten Netzwerks konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>bwrap did not say which process the sandbox is</source>
        <translation>bwrap hat nicht mitgeteilt, welcher Prozess die Sandbox ist</translation>
    </message>
    <message>
        <source>the sandbox ended before its network was set up</source>
        <translation>die Sandbox wurde beendet, bevor ihr Netzwerk eingerichtet war</translation>
    </message>
    <message>
        <source>could not open the sandbox&apos;s namespaces: %1</source>
        <translation>die Namensräume der Sandbox konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>slirp4netns ended before the network was up: %1</source>
        <translation>slirp4netns wurde beendet, bevor das Netzwerk bereit war: %1</translation>
    </message>
    <message>
        <source>slirp4netns could not be started: %1</source>
        <translation>slirp4netns konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PublishCommand</name>
    <message>
        <source>dreamfoundry publish: %1</source>
        <translation>dreamfoundry publish: %1</translation>
    </message>
    <message>
        <source>Posts the winner&apos;s artifact (or another candidate&apos;s) to the Discord webhook stored with dreamfoundry login --discord-webhook, after showing exactly the messages it will post.</source>
        <translation>Sendet das Artefakt des Siegers (oder eines anderen Kandidaten) an den mit dreamfoundry login --discord-webhook gespeicherten Discord-Webhook, nachdem genau die Nachrichten angezeigt wurden, die gesendet werden.</translation>
    </message>
    <message>
        <source>The candidate to publish instead of the winner.</source>
        <translation>Der Kandidat, der statt des Siegers veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>Post without asking; needed when standard input is not a terminal.</source>
        <translation>Ohne Rückfrage senden; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>A loopback webhook URL (tests).</source>
        <translation>Eine Loopback-Webhook-URL (Tests).</translation>
    </message>
    <message>
        <source>Accept a loopback webhook URL (tests).</source>
        <translation>Eine Loopback-Webhook-URL annehmen (Tests).</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Ein Ergebnisordner.</translation>
    </message>
    <message>
        <source>give one results folder, e.g. dreamfoundry publish ./results</source>
        <translation>Geben Sie einen Ergebnisordner an, z. B. dreamfoundry publish ./results</translation>
    </message>
    <message>
        <source>%1 Choose a candidate with --candidate ID.</source>
        <translation>%1 Wählen Sie einen Kandidaten mit --candidate ID.</translation>
    </message>
    <message>
        <source>a Discord webhook is never taken from the command line, where other users can see it; store it with dreamfoundry login --discord-webhook.</source>
        <translation>Ein Discord-Webhook wird nie von der Befehlszeile übernommen, wo andere Benutzer ihn sehen können; speichern Sie ihn mit dreamfoundry login --discord-webhook.</translation>
    </message>
    <message>
        <source>no Discord webhook is stored: store one with dreamfoundry login --discord-webhook, or in the window&apos;s Settings.</source>
        <translation>Es ist kein Discord-Webhook gespeichert: Speichern Sie einen mit dreamfoundry login --discord-webhook oder in den Einstellungen des Fensters.</translation>
    </message>
    <message>
        <source>the stored webhook is not usable: %1 Store another with dreamfoundry login --discord-webhook.</source>
        <translation>Der gespeicherte Webhook ist nicht verwendbar: %1 Speichern Sie einen anderen mit dreamfoundry login --discord-webhook.</translation>
    </message>
    <message>
        <source>nothing was posted: standard input is not a terminal to confirm on; add --yes to post without asking.</source>
        <translation>Es wurde nichts gesendet: Die Standardeingabe ist kein Terminal für eine Bestätigung; fügen Sie --yes hinzu, um ohne Rückfrage zu senden.</translation>
    </message>
    <message>
        <source>Publishing the winner, %1: %2 messages to the webhook.</source>
        <translation>Der Sieger %1 wird veröffentlicht: %2 Nachrichten an den Webhook.</translation>
    </message>
    <message>
        <source>Publishing %1: %2 messages to the webhook.</source>
        <translation>%1 wird veröffentlicht: %2 Nachrichten an den Webhook.</translation>
    </message>
    <message>
        <source>----- message %1 of %2 (%3 characters) -----</source>
        <translation>----- Nachricht %1 von %2 (%3 Zeichen) -----</translation>
    </message>
    <message>
        <source>----- end -----</source>
        <translation>----- Ende -----</translation>
    </message>
    <message>
        <source>Post these %1 messages to the webhook? [y/N] </source>
        <translation>Diese %1 Nachrichten an den Webhook senden? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was posted.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Posted message %1 of %2.</source>
        <translation>Nachricht %1 von %2 gesendet.</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s.</source>
        <translation>%1; neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>dreamfoundry publish: the publication could not be recorded in run.json: %1</source>
        <translation>dreamfoundry publish: Die Veröffentlichung konnte nicht in run.json festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PublishDialog</name>
    <message>
        <source>Preparing the messages…</source>
        <translation>Nachrichten werden vorbereitet …</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish to Discord</source>
        <translation>Auf Discord veröffentlichen</translation>
    </message>
    <message>
        <source>No Discord webhook is stored: set one in Settings, Publishing.</source>
        <translation>Es ist kein Discord-Webhook gespeichert: Legen Sie einen unter Einstellungen, Veröffentlichen fest.</translation>
    </message>
    <message>
        <source>The stored webhook is not usable: %1</source>
        <translation>Der gespeicherte Webhook ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Wait for the run to finish.</source>
        <translation>Warten Sie, bis der Lauf beendet ist.</translation>
    </message>
    <message>
        <source>Open or finish a saved run first.</source>
        <translation>Öffnen oder beenden Sie zuerst einen gespeicherten Lauf.</translation>
    </message>
    <message>
        <source>The run on screen has no winner: select a candidate with an artifact to publish it.</source>
        <translation>Der angezeigte Lauf hat keinen Sieger: Wählen Sie einen Kandidaten mit Artefakt aus, um ihn zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The winner, %1, as %2 messages to the Discord webhook:</source>
        <translation>Der Sieger %1 als %2 Nachrichten an den Discord-Webhook:</translation>
    </message>
    <message>
        <source>%1 as %2 messages to the Discord webhook:</source>
        <translation>%1 als %2 Nachrichten an den Discord-Webhook:</translation>
    </message>
    <message>
        <source>───── message %1 of %2 ─────</source>
        <translation>───── Nachricht %1 von %2 ─────</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Posted %1 of %2 messages…</source>
        <translation>%1 von %2 Nachrichten gesendet …</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s…</source>
        <translation>%1; neuer Versuch in %2 s …</translation>
    </message>
    <message>
        <source>It could not be recorded in run.json: %1</source>
        <translation>Die Veröffentlichung konnte nicht in run.json festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Nach der gerade gesendeten Nachricht wird angehalten …</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Publishing</name>
    <message>
        <source>the artifact is not text (it holds NUL bytes)</source>
        <translation>das Artefakt ist kein Text (es enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>the artifact is not UTF-8 text</source>
        <translation>das Artefakt ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>This run has no winner to publish.</source>
        <translation>Dieser Lauf hat keinen Sieger zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>This run has no winner to publish (%1).</source>
        <translation>Dieser Lauf hat keinen Sieger zum Veröffentlichen (%1).</translation>
    </message>
    <message>
        <source>This run has no candidate named “%1”.</source>
        <translation>Dieser Lauf hat keinen Kandidaten namens „%1“.</translation>
    </message>
    <message>
        <source>%1 produced no artifact to publish.</source>
        <translation>%1 hat kein Artefakt zum Veröffentlichen erzeugt.</translation>
    </message>
    <message>
        <source>The artifact of %1 cannot be read: %2</source>
        <translation>Das Artefakt von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The artifact of %1 is %2 KiB; at most %3 KiB is published (%4 messages). Share the file itself instead.</source>
        <translation>Das Artefakt von %1 ist %2 KiB groß; veröffentlicht werden höchstens %3 KiB (%4 Nachrichten). Teilen Sie stattdessen die Datei selbst.</translation>
    </message>
    <message>
        <source>Only text is published, and %1.</source>
        <translation>Nur Text wird veröffentlicht, und %1.</translation>
    </message>
    <message>
        <source>The artifact of %1 is empty.</source>
        <translation>Das Artefakt von %1 ist leer.</translation>
    </message>
    <message>
        <source>The artifact of %1 holds a stretch of white space longer than a Discord message, which Discord would refuse.</source>
        <translation>Das Artefakt von %1 enthält eine Folge von Leerraum, die länger als eine Discord-Nachricht ist; Discord würde sie ablehnen.</translation>
    </message>
    <message>
        <source>The artifact of %1 would take %2 messages; at most %3 are posted. Share the file itself instead.</source>
        <translation>Das Artefakt von %1 würde %2 Nachrichten benötigen; gesendet werden höchstens %3. Teilen Sie stattdessen die Datei selbst.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PublishingSettings</name>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Looking for a webhook in the keychain…</source>
        <translation>Webhook wird im Schlüsselbund gesucht …</translation>
    </message>
    <message>
        <source>S&amp;tore Webhook</source>
        <translation>Webhook spei&amp;chern</translation>
    </message>
    <message>
        <source>Remo&amp;ve Webhook</source>
        <translation>Webhook ent&amp;fernen</translation>
    </message>
    <message>
        <source>Paste a Discord webhook URL to store it</source>
        <translation>Fügen Sie eine Discord-Webhook-URL ein, um sie zu speichern</translation>
    </message>
    <message>
        <source>Discord &amp;webhook:</source>
        <translation>Discord-&amp;Webhook:</translation>
    </message>
    <message>
        <source>A webhook is stored in %1; Run &gt; Publish Winner... posts to it. Paste another to replace it.</source>
        <translation>In %1 ist ein Webhook gespeichert; Lauf &gt; Sieger veröffentlichen … sendet an ihn. Fügen Sie einen anderen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No webhook is stored.</source>
        <translation>Es ist kein Webhook gespeichert.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Ranking</name>
    <message>
        <source>%1 was picked by hand; the ranking picks %2.</source>
        <translation>%1 wurde von Hand gewählt; die Rangfolge wählt %2.</translation>
    </message>
    <message>
        <source>no winner</source>
        <translation>kein Sieger</translation>
    </message>
    <message>
        <source>No winner: the run has no candidates.</source>
        <translation>Kein Sieger: Der Lauf hat keine Kandidaten.</translation>
    </message>
    <message>
        <source>No winner: no candidate passed every gate with a score.</source>
        <translation>Kein Sieger: Kein Kandidat hat alle Prüfungen mit einer Punktzahl bestanden.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Reaper</name>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>other machine</source>
        <translation>anderer Rechner</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RepeatSummary</name>
    <message>
        <source>%1/%2 passed (%3%); runtime median %4, spread %5</source>
        <translation>%1/%2 bestanden (%3 %); Laufzeit: Median %4, Streuung %5</translation>
    </message>
    <message>
        <source>; total median %1, spread %2</source>
        <translation>; Gesamtwert: Median %1, Streuung %2</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Requirements</name>
    <message>
        <source>The requirement line &quot;%1&quot; is a pip option; options are not supported (use the --index-url setting for a private index).</source>
        <translation>Die Anforderungszeile „%1“ ist eine pip-Option; Optionen werden nicht unterstützt (verwenden Sie für einen privaten Index die Einstellung --index-url).</translation>
    </message>
    <message>
        <source>The requirement &quot;%1&quot; names a local file; only packages from an index can be installed.</source>
        <translation>Die Anforderung „%1“ verweist auf eine lokale Datei; nur Pakete aus einem Index können installiert werden.</translation>
    </message>
    <message>
        <source>the script&apos;s inline metadata</source>
        <translation>die Inline-Metadaten des Skripts</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Installing the dependencies failed (%1):
%2</source>
        <translation>Die Installation der Abhängigkeiten ist fehlgeschlagen (%1):
%2</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ResultStore</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not copy %1 into the results.</source>
        <translation>%1 konnte nicht in die Ergebnisse kopiert werden.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Der Ordner von %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not replace the existing results folder.</source>
        <translation>Der vorhandene Ergebnisordner konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not move the new results into place.</source>
        <translation>Die neuen Ergebnisse konnten nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>The results folder %1 is a file, not a folder.</source>
        <translation>Der Ergebnisordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 already holds other files; choose an empty folder or a results folder to replace.</source>
        <translation>Der Ordner %1 enthält bereits andere Dateien; wählen Sie einen leeren Ordner oder einen Ergebnisordner, der ersetzt werden soll.</translation>
    </message>
    <message>
        <source>The results folder %1 cannot be created.</source>
        <translation>Der Ergebnisordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The results folder %1 cannot be written: %2</source>
        <translation>In den Ergebnisordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Neben %1 konnte kein Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a results folder: it has no run.json.</source>
        <translation>%1 ist kein Ergebnisordner: Er enthält keine run.json.</translation>
    </message>
    <message>
        <source>No run.json in %1: %2</source>
        <translation>Keine run.json in %1: %2</translation>
    </message>
    <message>
        <source>run.json in %1 is not valid JSON: %2</source>
        <translation>run.json in %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>run.json in %1 names a candidate or an artifact that is not a plain file name; it was not opened.</source>
        <translation>run.json in %1 nennt einen Kandidaten oder ein Artefakt, dessen Name kein einfacher Dateiname ist; sie wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunChanges</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>new in the second run (%1)</source>
        <translation>neu im zweiten Lauf (%1)</translation>
    </message>
    <message>
        <source>not in the second run</source>
        <translation>nicht im zweiten Lauf</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>score %1 -&gt; %2</source>
        <translation>Punktzahl %1 -&gt; %2</translation>
    </message>
    <message>
        <source>artifact gone</source>
        <translation>Artefakt weg</translation>
    </message>
    <message>
        <source>artifact new</source>
        <translation>Artefakt neu</translation>
    </message>
    <message>
        <source>artifact changed</source>
        <translation>Artefakt geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunChangesView</name>
    <message>
        <source>Reading both runs...</source>
        <translation>Beide Läufe werden gelesen …</translation>
    </message>
    <message>
        <source>Compare &amp;Artifacts</source>
        <translation>&amp;Artefakte vergleichen</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>The runs cannot be compared: %1</source>
        <translation>Die Läufe können nicht verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n candidate(s) changed.</source>
        <translation>
            <numerusform>Von %1 nach %2: %n Kandidat hat sich geändert.</numerusform>
            <numerusform>Von %1 nach %2: %n Kandidaten haben sich geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunCommand</name>
    <message>
        <source>dreamfoundry run: %1</source>
        <translation>dreamfoundry run: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>no scripts given and no sample candidates found in %1.</source>
        <translation>Keine Skripte angegeben und keine Beispielkandidaten in %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n candidate(s) on the %1 backend: %2</source>
        <translation>
            <numerusform>%n Kandidat wird auf dem Backend %1 ausgeführt: %2</numerusform>
            <numerusform>%n Kandidaten werden auf dem Backend %1 ausgeführt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use Daytona: %1</source>
        <translation>Daytona kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Interrupted: cancelling every candidate...</source>
        <translation>Unterbrochen: Alle Kandidaten werden abgebrochen …</translation>
    </message>
    <message>
        <source>Could not save the results: %1</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>warning: [%1] %2</source>
        <translation>Warnung: [%1] %2</translation>
    </message>
    <message numerus="yes">
        <source>Warming %n Daytona sandbox(es)...</source>
        <translation>
            <numerusform>%n Daytona-Sandbox wird vorgewärmt …</numerusform>
            <numerusform>%n Daytona-Sandboxen werden vorgewärmt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warm pool ready: %n sandbox(es).</source>
        <translation>
            <numerusform>Warm-Pool bereit: %n Sandbox.</numerusform>
            <numerusform>Warm-Pool bereit: %n Sandboxen.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for quota</source>
        <translation>wartet auf Kontingent</translation>
    </message>
    <message>
        <source>waiting for a runner</source>
        <translation>wartet auf einen Runner</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunEnvironmentPanel</name>
    <message>
        <source>Secrets &amp;&amp; Environment</source>
        <translation>Geheimnisse &amp;&amp; Umgebung</translation>
    </message>
    <message>
        <source>Pass secret</source>
        <translation>Geheimnis übergeben</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Nur für</translation>
    </message>
    <message>
        <source>Secrets passed to the candidates</source>
        <translation>An die Kandidaten übergebene Geheimnisse</translation>
    </message>
    <message>
        <source>Tick a secret to pass it to the candidates as an environment variable. “Only for”: candidate names separated by commas; empty for all. Manage secrets in Settings.</source>
        <translation>Haken Sie ein Geheimnis an, um es den Kandidaten als Umgebungsvariable zu übergeben. „Nur für“: durch Kommas getrennte Kandidatennamen; leer für alle. Geheimnisse verwalten Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>NAME=VALUE, one per line (not for secrets)</source>
        <translation>NAME=WERT, eine pro Zeile (nicht für Geheimnisse)</translation>
    </message>
    <message>
        <source>Environment variables for every candidate</source>
        <translation>Umgebungsvariablen für jeden Kandidaten</translation>
    </message>
    <message>
        <source>Variables for every candidate:</source>
        <translation>Variablen für jeden Kandidaten:</translation>
    </message>
    <message>
        <source>No secrets are stored: add them in Settings &gt; Candidate Secrets.</source>
        <translation>Es sind keine Geheimnisse gespeichert: Fügen Sie sie unter Einstellungen &gt; Geheimnisse für Kandidaten hinzu.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunExport</name>
    <message>
        <source>Dream Foundry run</source>
        <translation>Dream-Foundry-Lauf</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Gestartet %1, beendet %2</translation>
    </message>
    <message>
        <source>Succeeded: %1 of %2</source>
        <translation>Erfolgreich: %1 von %2</translation>
    </message>
    <message>
        <source>Scorer: %1; weights success %2, quality %3, speed %4</source>
        <translation>Bewerter: %1; Gewichte Erfolg %2, Qualität %3, Geschwindigkeit %4</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>disqualified by %1</source>
        <translation>disqualifiziert durch %1</translation>
    </message>
    <message>
        <source>unscored: %1</source>
        <translation>nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Totals and runtimes</source>
        <translation>Gesamtwerte und Laufzeiten</translation>
    </message>
    <message>
        <source>Total (0-100)</source>
        <translation>Gesamt (0–100)</translation>
    </message>
    <message>
        <source>Runtime (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>No artifact.</source>
        <translation>Kein Artefakt.</translation>
    </message>
    <message>
        <source>%1, %2 bytes, sha256 %3</source>
        <translation>%1, %2 Bytes, SHA-256 %3</translation>
    </message>
    <message>
        <source>(binary or too large to show)</source>
        <translation>(binär oder zu groß zum Anzeigen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Output, stdout and stderr (last %1 lines)</source>
        <translation>Ausgabe, stdout und stderr (letzte %1 Zeilen)</translation>
    </message>
    <message>
        <source>Dream Foundry run: %1</source>
        <translation>Dream-Foundry-Lauf: %1</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Could not read run.json: %1</source>
        <translation>run.json konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Winner: %1 (picked by hand)</source>
        <translation>Sieger: %1 (von Hand gewählt)</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Sieger: %1</translation>
    </message>
    <message numerus="yes">
        <source>Each candidate ran %n time(s); ranked by median total:</source>
        <translation>
            <numerusform>Jeder Kandidat lief %n-mal; Rangfolge nach dem Median des Gesamtwerts:</numerusform>
            <numerusform>Jeder Kandidat lief %n-mal; Rangfolge nach dem Median des Gesamtwerts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunHistory</name>
    <message>
        <source>This folder holds no run.json: it is not a Dream Foundry results folder.</source>
        <translation>Dieser Ordner enthält keine run.json: Er ist kein Ergebnisordner von Dream Foundry.</translation>
    </message>
    <message>
        <source>%1 is not a results folder; nothing was moved.</source>
        <translation>%1 ist kein Ergebnisordner; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>There is no trash for %1.</source>
        <translation>Für %1 gibt es keinen Papierkorb.</translation>
    </message>
    <message>
        <source>%1 is not a results folder; nothing was removed.</source>
        <translation>%1 ist kein Ergebnisordner; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>%1 could not be removed completely.</source>
        <translation>%1 konnte nicht vollständig entfernt werden.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunPipeline</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es ist bereits ein Lauf im Gange.</translation>
    </message>
    <message>
        <source>The scores of the run on screen are being saved; try again in a moment.</source>
        <translation>Die Punktzahlen des angezeigten Laufs werden gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Choose at least one candidate to run again.</source>
        <translation>Wählen Sie mindestens einen Kandidaten zum erneuten Ausführen.</translation>
    </message>
    <message>
        <source>Each candidate to run again needs its script.</source>
        <translation>Jeder erneut auszuführende Kandidat braucht sein Skript.</translation>
    </message>
    <message>
        <source>The candidates to run again are not all in the run.</source>
        <translation>Nicht alle erneut auszuführenden Kandidaten gehören zu diesem Lauf.</translation>
    </message>
    <message>
        <source>The script of %1 is gone: %2</source>
        <translation>Das Skript von %1 ist nicht mehr vorhanden: %2</translation>
    </message>
    <message>
        <source>Add at least one candidate script.</source>
        <translation>Fügen Sie mindestens ein Kandidatenskript hinzu.</translation>
    </message>
    <message>
        <source>The run could not be scored: %1</source>
        <translation>Der Lauf konnte nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, first.</source>
        <translation>Warten Sie zuerst, bis der Lauf beendet ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The scores are being saved; try again in a moment.</source>
        <translation>Die Punktzahlen werden gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secret %1 is meant for %2, which is not a candidate of this run.</source>
        <translation>Das Geheimnis %1 ist für %2 bestimmt, aber %2 ist kein Kandidat dieses Laufs.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain; add it in Settings &gt; Candidate Secrets or with `dreamfoundry secret set %1`.</source>
        <translation>Das Geheimnis %1 ist nicht im Schlüsselbund; fügen Sie es unter Einstellungen &gt; Geheimnisse für Kandidaten oder mit `dreamfoundry secret set %1` hinzu.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunPlan</name>
    <message>
        <source>Each candidate must run at least once: a repeat count of %1 runs nothing.</source>
        <translation>Jeder Kandidat muss mindestens einmal laufen: Eine Wiederholungsanzahl von %1 führt nichts aus.</translation>
    </message>
    <message>
        <source>A repeat count of %1 is over the limit of %2 attempts per candidate.</source>
        <translation>Eine Wiederholungsanzahl von %1 überschreitet die Grenze von %2 Versuchen pro Kandidat.</translation>
    </message>
    <message>
        <source>%1 must be at least 1 second; a budget of %2 s would stop the run before it starts. Leave it unset for no limit.</source>
        <translation>%1 muss mindestens 1 Sekunde betragen; ein Budget von %2 s würde den Lauf stoppen, bevor er beginnt. Lassen Sie es ungesetzt, wenn es keine Grenze geben soll.</translation>
    </message>
    <message>
        <source>The wall-clock budget</source>
        <translation>Das Echtzeitbudget</translation>
    </message>
    <message>
        <source>The sandbox-seconds budget</source>
        <translation>Das Sandbox-Sekunden-Budget</translation>
    </message>
    <message>
        <source>Budget reached: the run&apos;s wall-clock limit of %1 s stopped it; the candidates still running were cancelled and what finished was kept.</source>
        <translation>Budget erreicht: Die Echtzeitgrenze des Laufs von %1 s hat ihn gestoppt; die noch laufenden Kandidaten wurden abgebrochen, und was fertig war, wurde behalten.</translation>
    </message>
    <message>
        <source>Budget reached: the run&apos;s limit of %1 sandbox-seconds stopped it; the candidates still running were cancelled and what finished was kept.</source>
        <translation>Budget erreicht: Die Grenze des Laufs von %1 Sandbox-Sekunden hat ihn gestoppt; die noch laufenden Kandidaten wurden abgebrochen, und was fertig war, wurde behalten.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunRecord</name>
    <message>
        <source>Not a Dream Foundry run (format &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>Kein Lauf von Dream Foundry (Format „%1“, erwartet „%2“).</translation>
    </message>
    <message>
        <source>This run was saved by a newer Dream Foundry (format &quot;%1&quot;); this version reads up to &quot;%2&quot;. Update Dream Foundry to open it.</source>
        <translation>Dieser Lauf wurde von einer neueren Version von Dream Foundry gespeichert (Format „%1“); diese Version liest bis „%2“. Aktualisieren Sie Dream Foundry, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunRequest</name>
    <message>
        <source>What the candidates are asked to do.</source>
        <translation>Was die Kandidaten tun sollen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Where sandboxes come from: local, daytona or auto.</source>
        <translation>Woher die Sandboxen kommen: local, daytona oder auto.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Same as --backend daytona.</source>
        <translation>Wie --backend daytona.</translation>
    </message>
    <message>
        <source>Seconds each candidate may run (default 300).</source>
        <translation>Sekunden, die jeder Kandidat laufen darf (Standard: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Candidates running at once (default: one per core).</source>
        <translation>Gleichzeitig laufende Kandidaten (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Folder to write the results into.</source>
        <translation>Ordner, in den die Ergebnisse geschrieben werden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Cut local sandboxes off the network.</source>
        <translation>Lokale Sandboxen vom Netzwerk trennen.</translation>
    </message>
    <message>
        <source>A host folder local sandboxes see read-only at the same path (repeatable); otherwise they see only the system folders.</source>
        <translation>Ein Ordner des Hosts, den lokale Sandboxen schreibgeschützt unter demselben Pfad sehen (mehrfach möglich); sonst sehen sie nur die Systemordner.</translation>
    </message>
    <message>
        <source>Memory each local candidate may use, in MiB (default 2048).</source>
        <translation>Arbeitsspeicher, den jeder lokale Kandidat nutzen darf, in MiB (Standard: 2048).</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Processes each local candidate may start (default 256).</source>
        <translation>Prozesse, die jeder lokale Kandidat starten darf (Standard: 256).</translation>
    </message>
    <message>
        <source>What a local candidate&apos;s /home/daytona and /tmp may hold together, in MiB (default 1024).</source>
        <translation>Was /home/daytona und /tmp eines lokalen Kandidaten zusammen enthalten dürfen, in MiB (Standard: 1024).</translation>
    </message>
    <message>
        <source>Largest artifact collected, in MiB (default 100).</source>
        <translation>Größtes abgeholtes Artefakt, in MiB (Standard: 100).</translation>
    </message>
    <message>
        <source>Daytona API URL.</source>
        <translation>Daytona-API-URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--read-only-folder: &quot;%1&quot; is not a folder.</source>
        <translation>--read-only-folder: „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number above 0, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl größer als 0, nicht „%2“.</translation>
    </message>
    <message>
        <source>Runs candidate scripts against one objective, each in its own sandbox, and writes the results to a folder. With no scripts it runs the sample candidates.</source>
        <translation>Führt Kandidatenskripte mit einer Aufgabe aus, jedes in seiner eigenen Sandbox, und schreibt die Ergebnisse in einen Ordner. Ohne Skripte werden die Beispielkandidaten ausgeführt.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;: use local, daytona or auto.</source>
        <translation>Unbekanntes Backend „%1“: Verwenden Sie local, daytona oder auto.</translation>
    </message>
    <message>
        <source>--api-url needs a URL, such as https://app.daytona.io/api.</source>
        <translation>--api-url erwartet eine URL, etwa https://app.daytona.io/api.</translation>
    </message>
    <message>
        <source>Package index pip installs the candidates&apos; dependencies from (default: the dependencies/index_url setting, else PyPI).</source>
        <translation>Paketindex, aus dem pip die Abhängigkeiten der Kandidaten installiert (Standard: die Einstellung dependencies/index_url, sonst PyPI).</translation>
    </message>
    <message>
        <source>Seconds installing a candidate&apos;s dependencies may take (default 600).</source>
        <translation>Sekunden, die die Installation der Abhängigkeiten eines Kandidaten dauern darf (Standard: 600).</translation>
    </message>
    <message>
        <source>Pass the keychain secret NAME (see `dreamfoundry secret`) to every candidate, or with NAME:ID,ID... to those candidates only (repeatable).</source>
        <translation>Das Geheimnis NAME aus dem Schlüsselbund (siehe `dreamfoundry secret`) an jeden Kandidaten übergeben, oder mit NAME:ID,ID... nur an diese Kandidaten (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A variable every candidate gets (repeatable); not for secrets.</source>
        <translation>Eine Variable, die jeder Kandidat erhält (mehrfach möglich); nicht für Geheimnisse.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Variables every candidate gets, from a dotenv file.</source>
        <translation>Variablen, die jeder Kandidat erhält, aus einer dotenv-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Daytona: start this many sandboxes before the run (at most %1) so that candidates skip the create and start; they count against the account&apos;s quota.</source>
        <translation>Daytona: So viele Sandboxen vor dem Lauf starten (höchstens %1), damit Kandidaten das Erstellen und Starten überspringen; sie zählen zum Kontingent des Kontos.</translation>
    </message>
    <message>
        <source>Run each candidate this many times, each in its own sandbox, and rank candidates by their median (default 1, at most %1).</source>
        <translation>Jeden Kandidaten so oft ausführen, jedes Mal in einer eigenen Sandbox, und die Kandidaten nach ihrem Median einstufen (Standard: 1, höchstens %1).</translation>
    </message>
    <message>
        <source>Stop the whole run after this many seconds of wall clock; what finished is kept.</source>
        <translation>Den gesamten Lauf nach so vielen Sekunden Echtzeit stoppen; was fertig ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stop the run once its sandboxes have run this many seconds together (two sandboxes for 30 s spend 60); what finished is kept.</source>
        <translation>Den Lauf stoppen, sobald seine Sandboxen zusammen so viele Sekunden gelaufen sind (zwei Sandboxen für 30 s verbrauchen 60); was fertig ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>--env-file: cannot read &quot;%1&quot;: %2</source>
        <translation>--env-file: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--env-file %1: %2</source>
        <translation>--env-file %1: %2</translation>
    </message>
    <message>
        <source>--env: %1</source>
        <translation>--env: %1</translation>
    </message>
    <message>
        <source>--secret: %1</source>
        <translation>--secret: %1</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--warm needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--warm erwartet eine ganze Zahl von 0 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Candidate scripts (.py) or folders with a main.py.</source>
        <translation>Kandidatenskripte (.py) oder Ordner mit einer main.py.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunScorer</name>
    <message>
        <source>Could not prepare a folder for the scorer script in %1.</source>
        <translation>In %1 konnte kein Ordner für das Bewertungsskript vorbereitet werden.</translation>
    </message>
    <message>
        <source>Could not write run.json for the scorer script: %1</source>
        <translation>run.json konnte für das Bewertungsskript nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not copy the artifact of %1 for the scorer script.</source>
        <translation>Das Artefakt von %1 konnte nicht für das Bewertungsskript kopiert werden.</translation>
    </message>
    <message>
        <source>The scorer script %1 cannot be read.</source>
        <translation>Das Bewertungsskript %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The scorer script could not run: %1</source>
        <translation>Das Bewertungsskript konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The scorer script did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Das Bewertungsskript wurde nicht innerhalb von %n Sekunde fertig und wurde gestoppt.</numerusform>
            <numerusform>Das Bewertungsskript wurde nicht innerhalb von %n Sekunden fertig und wurde gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scorer script was stopped or killed before it finished. %1</source>
        <translation>Das Bewertungsskript wurde gestoppt oder zwangsweise beendet, bevor es fertig war. %1</translation>
    </message>
    <message>
        <source>The scorer script exited with code %1. %2</source>
        <translation>Das Bewertungsskript wurde mit Code %1 beendet. %2</translation>
    </message>
    <message>
        <source>The scorer script printed more than %1 MiB.</source>
        <translation>Das Bewertungsskript hat mehr als %1 MiB ausgegeben.</translation>
    </message>
    <message>
        <source>The scorer script gave no score for %1.</source>
        <translation>Das Bewertungsskript hat für %1 keine Punktzahl geliefert.</translation>
    </message>
    <message>
        <source>The scorer script named candidates that are not in this run, ignored: %1.</source>
        <translation>Das Bewertungsskript hat Kandidaten genannt, die nicht zu diesem Lauf gehören, und wurde dabei ignoriert: %1.</translation>
    </message>
    <message>
        <source>The run is already being scored.</source>
        <translation>Der Lauf wird bereits bewertet.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the scorer script.</source>
        <translation>Für das Bewertungsskript konnte kein temporärer Ordner erstellt werden.</translation>
    </message>
    <message>
        <source>scoring was cancelled before the script started.</source>
        <translation>Die Bewertung wurde abgebrochen, bevor das Skript gestartet ist.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunSession</name>
    <message numerus="yes">
        <source>Timed out after %n second(s); the sandbox was stopped.</source>
        <translation>
            <numerusform>Zeitüberschreitung nach %n Sekunde; die Sandbox wurde gestoppt.</numerusform>
            <numerusform>Zeitüberschreitung nach %n Sekunden; die Sandbox wurde gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The script was killed (out of memory or a signal). %1</source>
        <translation>Das Skript wurde zwangsweise beendet (Speicher erschöpft oder ein Signal). %1</translation>
    </message>
    <message>
        <source>Exited with code %1. %2</source>
        <translation>Mit Code %1 beendet. %2</translation>
    </message>
    <message>
        <source>Exited with code 0 but wrote no artifact.</source>
        <translation>Mit Code 0 beendet, aber kein Artefakt geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Installing the dependencies took longer than %n second(s); the sandbox was stopped.</source>
        <translation>
            <numerusform>Die Installation der Abhängigkeiten hat länger als %n Sekunde gedauert; die Sandbox wurde gestoppt.</numerusform>
            <numerusform>Die Installation der Abhängigkeiten hat länger als %n Sekunden gedauert; die Sandbox wurde gestoppt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunSettings</name>
    <message>
        <source>The objective is empty.</source>
        <translation>Die Aufgabe ist leer.</translation>
    </message>
    <message>
        <source>The objective is %1 bytes long; the limit is %2 bytes. Shorten it or move the detail into a file.</source>
        <translation>Die Aufgabe ist %1 Bytes lang; die Grenze liegt bei %2 Bytes. Kürzen Sie sie oder lagern Sie die Details in eine Datei aus.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunTable</name>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>DQ</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation>disqualifiziert: %1</translation>
    </message>
    <message>
        <source>unscored: %1</source>
        <translation>nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>* quality set by hand</source>
        <translation>* Qualität von Hand festgelegt</translation>
    </message>
    <message>
        <source>No winner: no candidate passed every gate.</source>
        <translation>Kein Sieger: Kein Kandidat hat alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Winner: %1 (score %2)</source>
        <translation>Sieger: %1 (Punktzahl %2)</translation>
    </message>
    <message>
        <source>%1, picked by hand</source>
        <translation>%1, von Hand gewählt</translation>
    </message>
    <message numerus="yes">
        <source>Each candidate ran %n time(s); ranked by median total:</source>
        <translation>
            <numerusform>Jeder Kandidat lief %n-mal; Rangfolge nach dem Median des Gesamtwerts:</numerusform>
            <numerusform>Jeder Kandidat lief %n-mal; Rangfolge nach dem Median des Gesamtwerts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunTableModel</name>
    <message>
        <source>disqualified: %1</source>
        <translation>disqualifiziert: %1</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manuell)</translation>
    </message>
    <message>
        <source>quality %1 (manual)</source>
        <translation>Qualität %1 (manuell)</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>Qualität %1</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>the scorer gave none (%1)</source>
        <translation>der Bewerter hat keine geliefert (%1)</translation>
    </message>
    <message>
        <source>the scorer gave %1</source>
        <translation>der Bewerter hat %1 geliefert</translation>
    </message>
    <message>
        <source>Total %1 of 100: success %2, quality %3, speed %4.</source>
        <translation>Gesamt %1 von 100: Erfolg %2, Qualität %3, Geschwindigkeit %4.</translation>
    </message>
    <message>
        <source>Quality %1 of 100; the total and the rank follow when the run ends.</source>
        <translation>Qualität %1 von 100; Gesamtwert und Rang folgen, wenn der Lauf endet.</translation>
    </message>
    <message>
        <source>Unscored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Quality set by hand to %1; %2.</source>
        <translation>Qualität von Hand auf %1 festgelegt; %2.</translation>
    </message>
    <message>
        <source>The winner, chosen by the ranking.</source>
        <translation>Der Sieger, bestimmt durch die Rangfolge.</translation>
    </message>
    <message>
        <source>The winner, picked by hand; the ranking found none.</source>
        <translation>Der Sieger, von Hand gewählt; die Rangfolge hat keinen gefunden.</translation>
    </message>
    <message>
        <source>The winner, picked by hand; the ranking chose %1.</source>
        <translation>Der Sieger, von Hand gewählt; die Rangfolge hat %1 bestimmt.</translation>
    </message>
    <message>
        <source>Exited with code %1.</source>
        <translation>Mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Sandbox ID</source>
        <translation>Sandbox-ID</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, total %1</source>
        <translation>, gesamt %1</translation>
    </message>
    <message>
        <source>%1/%2 passed (%3%)</source>
        <translation>%1/%2 bestanden (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) to go, %1</source>
        <translation>
            <numerusform>%n Versuch ausstehend, %1</numerusform>
            <numerusform>%n Versuche ausstehend, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (spread %2)</source>
        <translation>%1 (Streuung %2)</translation>
    </message>
    <message>
        <source>⚠ contains a secret: %1</source>
        <translation>⚠ enthält ein Geheimnis: %1</translation>
    </message>
    <message>
        <source>The artifact file holds the value of a secret passed to this candidate; the file is kept as written, its preview shows [secret NAME] instead.
%1</source>
        <translation>Die Artefaktdatei enthält den Wert eines an diesen Kandidaten übergebenen Geheimnisses; die Datei bleibt so erhalten, wie sie geschrieben wurde, ihre Vorschau zeigt stattdessen [secret NAME].
%1</translation>
    </message>
    <message>
        <source>Queued (waiting for quota)</source>
        <translation>In der Warteschlange (wartet auf Kontingent)</translation>
    </message>
    <message>
        <source>Waiting for quota</source>
        <translation>Wartet auf Kontingent</translation>
    </message>
    <message>
        <source>Waiting for room in the account&apos;s quota; the candidate starts when one of the run&apos;s sandboxes is deleted. Daytona said: %1</source>
        <translation>Wartet auf Platz im Kontingent des Kontos; der Kandidat startet, sobald eine der Sandboxen des Laufs gelöscht wird. Meldung von Daytona: %1</translation>
    </message>
    <message>
        <source>Queued (waiting for a runner)</source>
        <translation>In der Warteschlange (wartet auf einen Runner)</translation>
    </message>
    <message>
        <source>Daytona has no runner free for a moment; the candidate is tried again in a few seconds. Daytona said: %1</source>
        <translation>Daytona hat gerade keinen Runner frei; der Kandidat wird in wenigen Sekunden erneut versucht. Meldung von Daytona: %1</translation>
    </message>
    <message>
        <source>Waiting for a runner</source>
        <translation>Wartet auf einen Runner</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Attempt #%1 of %2, in a sandbox of its own.</source>
        <translation>Versuch #%1 von %2, in einer eigenen Sandbox.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SafeMarkdownView</name>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>This artifact was written by a candidate. Open this link in your browser?

%1</source>
        <translation>Dieses Artefakt wurde von einem Kandidaten geschrieben. Diesen Link im Browser öffnen?

%1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SandboxCleanup</name>
    <message>
        <source>Could not list the sandboxes: %1</source>
        <translation>Die Sandboxen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sandbox was left behind: %n sandbox(es) of live runs or other machines.</source>
        <translation>
            <numerusform>Es wurde keine Sandbox zurückgelassen: %n Sandbox gehört zu aktiven Läufen oder anderen Rechnern.</numerusform>
            <numerusform>Es wurde keine Sandbox zurückgelassen: %n Sandboxen gehören zu aktiven Läufen oder anderen Rechnern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean Up Sandboxes</source>
        <translation>Sandboxen aufräumen</translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox(es) were left behind by runs that are no longer running. Delete them?</source>
        <translation>
            <numerusform>%n Sandbox wurde von Läufen zurückgelassen, die nicht mehr laufen. Löschen?</numerusform>
            <numerusform>%n Sandboxen wurden von Läufen zurückgelassen, die nicht mehr laufen. Löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Sandboxes</source>
        <translation>Sandboxen löschen</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of the sandboxes; %n could not be deleted and will be deleted by Daytona when they stop.</source>
        <translation>
            <numerusform>%1 der Sandboxen gelöscht; %n konnte nicht gelöscht werden und wird von Daytona gelöscht, wenn sie stoppt.</numerusform>
            <numerusform>%1 der Sandboxen gelöscht; %n konnten nicht gelöscht werden und werden von Daytona gelöscht, wenn sie stoppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sandbox(es).</source>
        <translation>
            <numerusform>%n Sandbox gelöscht.</numerusform>
            <numerusform>%n Sandboxen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SandboxesCommand</name>
    <message>
        <source>dreamfoundry sandboxes: %1</source>
        <translation>dreamfoundry sandboxes: %1</translation>
    </message>
    <message>
        <source>Lists the Daytona sandboxes Dream Foundry made (list), or deletes those whose run is no longer live (reap).</source>
        <translation>Listet die Daytona-Sandboxen auf, die Dream Foundry erstellt hat (list), oder löscht jene, deren Lauf nicht mehr aktiv ist (reap).</translation>
    </message>
    <message>
        <source>Daytona API URL.</source>
        <translation>Daytona-API-URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also reap sandboxes made on other machines (their runs cannot be checked).</source>
        <translation>Auch Sandboxen löschen, die auf anderen Rechnern erstellt wurden (ihre Läufe lassen sich nicht prüfen).</translation>
    </message>
    <message>
        <source>list or reap.</source>
        <translation>list oder reap.</translation>
    </message>
    <message>
        <source>expected &quot;list&quot; or &quot;reap&quot;, not &quot;%1&quot;.</source>
        <translation>„list“ oder „reap“ erwartet, nicht „%1“.</translation>
    </message>
    <message>
        <source>No Dream Foundry sandboxes in Daytona.</source>
        <translation>Keine Sandboxen von Dream Foundry bei Daytona.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>NOT deleted: %1</source>
        <translation>NICHT gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sandbox(es).</source>
        <translation>
            <numerusform>%n Sandbox gelöscht.</numerusform>
            <numerusform>%n Sandboxen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, warm pool</source>
        <translation>%1, Warm-Pool</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoreCard</name>
    <message>
        <source>Weights must be three numbers separated by commas (success,quality,speed), such as 0.2,0.6,0.2; got &quot;%1&quot;.</source>
        <translation>Gewichte müssen drei durch Kommas getrennte Zahlen sein (Erfolg,Qualität,Geschwindigkeit), etwa 0.2,0.6,0.2; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>The weight &quot;%1&quot; is not a number; weights look like 0.2,0.6,0.2.</source>
        <translation>Das Gewicht „%1“ ist keine Zahl; Gewichte sehen so aus: 0.2,0.6,0.2.</translation>
    </message>
    <message>
        <source>Every weight must be a finite number.</source>
        <translation>Jedes Gewicht muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>Weights cannot be negative (got %1); use 0 to leave a part out.</source>
        <translation>Gewichte dürfen nicht negativ sein (erhalten: %1); verwenden Sie 0, um einen Teil auszulassen.</translation>
    </message>
    <message>
        <source>The weights are all zero, so nothing would count; give at least one a value above 0.</source>
        <translation>Alle Gewichte sind null, sodass nichts zählen würde; geben Sie mindestens einem einen Wert über 0.</translation>
    </message>
    <message>
        <source>The weights %1 do not add up to 1; they were scaled to %2, %3, %4.</source>
        <translation>Die Gewichte %1 ergeben zusammen nicht 1; sie wurden auf %2, %3, %4 skaliert.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoreCardView</name>
    <message>
        <source>%1: the winner, chosen by the ranking.</source>
        <translation>%1: der Sieger, bestimmt durch die Rangfolge.</translation>
    </message>
    <message>
        <source>%1: the winner, picked by hand (the ranking found none).</source>
        <translation>%1: der Sieger, von Hand gewählt (die Rangfolge hat keinen gefunden).</translation>
    </message>
    <message>
        <source>%1: the winner, picked by hand (the ranking chose %2).</source>
        <translation>%1: der Sieger, von Hand gewählt (die Rangfolge hat %2 bestimmt).</translation>
    </message>
    <message>
        <source>%1: not the winner (%2 is).</source>
        <translation>%1: nicht der Sieger (%2 ist es).</translation>
    </message>
    <message>
        <source>%1: no winner in this run. %2</source>
        <translation>%1: kein Sieger in diesem Lauf. %2</translation>
    </message>
    <message>
        <source>Rank %1 of %2.</source>
        <translation>Rang %1 von %2.</translation>
    </message>
    <message>
        <source>Rank %1.</source>
        <translation>Rang %1.</translation>
    </message>
    <message>
        <source>Not ranked yet: the rank follows when the run ends.</source>
        <translation>Noch ohne Rang: Der Rang folgt, wenn der Lauf endet.</translation>
    </message>
    <message>
        <source>Not ranked: the candidate is unscored.</source>
        <translation>Ohne Rang: Der Kandidat ist nicht bewertet.</translation>
    </message>
    <message>
        <source>Total %1 of 100 = %2 x success %3 + %4 x quality %5 + %6 x speed %7.</source>
        <translation>Gesamt %1 von 100 = %2 × Erfolg %3 + %4 × Qualität %5 + %6 × Geschwindigkeit %7.</translation>
    </message>
    <message>
        <source>Disqualified by the gate &quot;%1&quot;: %2</source>
        <translation>Disqualifiziert durch die Prüfung „%1“: %2</translation>
    </message>
    <message>
        <source>Gates: none.</source>
        <translation>Prüfungen: keine.</translation>
    </message>
    <message>
        <source>Gates:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>  passed  %1: %2</source>
        <translation>  bestanden  %1: %2</translation>
    </message>
    <message>
        <source>  FAILED  %1: %2</source>
        <translation>  NICHT BESTANDEN  %1: %2</translation>
    </message>
    <message>
        <source>the scorer gave none: %1</source>
        <translation>der Bewerter hat keine geliefert: %1</translation>
    </message>
    <message>
        <source>the scorer gave %1</source>
        <translation>der Bewerter hat %1 geliefert</translation>
    </message>
    <message>
        <source>  Quality %1%2: manual, set by hand; %3.</source>
        <translation>  Qualität %1%2: manuell, von Hand festgelegt; %3.</translation>
    </message>
    <message>
        <source>  Quality: unscored%1. %2</source>
        <translation>  Qualität: nicht bewertet%1. %2</translation>
    </message>
    <message>
        <source>  Quality %1%2: from the scorer.</source>
        <translation>  Qualität %1%2: vom Bewerter.</translation>
    </message>
    <message>
        <source>  Speed %1%2: only candidates passing every gate score for speed.</source>
        <translation>  Geschwindigkeit %1%2: Nur Kandidaten, die alle Prüfungen bestehen, erhalten Punkte für Geschwindigkeit.</translation>
    </message>
    <message>
        <source>  Speed %1%2: the fastest candidate passing every gate scores 100, the others fastest/own x 100.</source>
        <translation>  Geschwindigkeit %1%2: Der schnellste Kandidat, der alle Prüfungen besteht, erhält 100, die anderen schnellste/eigene × 100.</translation>
    </message>
    <message>
        <source>  Speed: none%1, as the candidate is unscored.</source>
        <translation>  Geschwindigkeit: keine%1, da der Kandidat nicht bewertet ist.</translation>
    </message>
    <message>
        <source>  Speed: follows when the run is ranked%1.</source>
        <translation>  Geschwindigkeit: folgt, wenn der Lauf eingestuft ist%1.</translation>
    </message>
    <message>
        <source> (weight %1)</source>
        <translation> (Gewicht %1)</translation>
    </message>
    <message>
        <source>Sub-scores, 0 to 100:</source>
        <translation>Teilpunktzahlen, 0 bis 100:</translation>
    </message>
    <message>
        <source>  Success %1%2: every gate passed.</source>
        <translation>  Erfolg %1%2: alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>  Success %1%2: a gate failed.</source>
        <translation>  Erfolg %1%2: eine Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>events (built in)</source>
        <translation>Veranstaltungen (eingebaut)</translation>
    </message>
    <message>
        <source>plain (gates only, built in)</source>
        <translation>einfach (nur Prüfungen, eingebaut)</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>Skript %1</translation>
    </message>
    <message>
        <source>Scorer: %1</source>
        <translation>Bewerter: %1</translation>
    </message>
    <message>
        <source>The scorer script failed: %1</source>
        <translation>Das Bewertungsskript ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>What the scorer saw:</source>
        <translation>Was der Bewerter gesehen hat:</translation>
    </message>
    <message>
        <source>  ... and %1 more lines.</source>
        <translation>  … und %1 weitere Zeilen.</translation>
    </message>
    <message>
        <source>The end of the scorer script&apos;s error output:</source>
        <translation>Das Ende der Fehlerausgabe des Bewertungsskripts:</translation>
    </message>
    <message>
        <source>%1 has not finished; its score card appears when it does.</source>
        <translation>%1 ist noch nicht fertig; seine Bewertungskarte erscheint, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>%1 has no score card: the run was saved before scoring, or its scoring has not finished. Re-score in the Scoring panel scores it from the saved artifacts.</source>
        <translation>%1 hat keine Bewertungskarte: Der Lauf wurde vor der Bewertung gespeichert, oder seine Bewertung ist noch nicht fertig. „Neu bewerten“ im Bereich Bewertung bewertet ihn anhand der gespeicherten Artefakte.</translation>
    </message>
    <message>
        <source>Unscored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Score card</source>
        <translation>Bewertungskarte</translation>
    </message>
    <message>
        <source>How the selected candidate was scored</source>
        <translation>Wie der ausgewählte Kandidat bewertet wurde</translation>
    </message>
    <message>
        <source>Set &amp;Quality...</source>
        <translation>&amp;Qualität festlegen …</translation>
    </message>
    <message>
        <source>Give this candidate a quality by hand; the scorer&apos;s value is kept beside it</source>
        <translation>Diesem Kandidaten von Hand eine Qualität geben; der Wert des Bewerters bleibt daneben erhalten</translation>
    </message>
    <message>
        <source>Clear Q&amp;uality Override</source>
        <translation>Manuelle Q&amp;ualität aufheben</translation>
    </message>
    <message>
        <source>Use the scorer&apos;s quality for this candidate again</source>
        <translation>Für diesen Kandidaten wieder die Qualität des Bewerters verwenden</translation>
    </message>
    <message>
        <source>Pic&amp;k as Winner</source>
        <translation>Als Sie&amp;ger wählen</translation>
    </message>
    <message>
        <source>Make this candidate the winner, whatever the ranking says</source>
        <translation>Diesen Kandidaten zum Sieger machen, unabhängig von der Rangfolge</translation>
    </message>
    <message>
        <source>Give t&amp;he Winner Back to the Ranking</source>
        <translation>Sieger wieder der &amp;Rangfolge überlassen</translation>
    </message>
    <message>
        <source>Undo the winner picked by hand: the ranking chooses again</source>
        <translation>Den von Hand gewählten Sieger zurücknehmen: Die Rangfolge wählt erneut</translation>
    </message>
    <message>
        <source>Select a candidate to see how it was scored.</source>
        <translation>Wählen Sie einen Kandidaten aus, um zu sehen, wie er bewertet wurde.</translation>
    </message>
    <message>
        <source>Set Quality of %1</source>
        <translation>Qualität von %1 festlegen</translation>
    </message>
    <message>
        <source>The scorer gave no quality.</source>
        <translation>Der Bewerter hat keine Qualität geliefert.</translation>
    </message>
    <message>
        <source>The scorer gave %1.</source>
        <translation>Der Bewerter hat %1 geliefert.</translation>
    </message>
    <message>
        <source>&amp;Quality (0 to 100):</source>
        <translation>&amp;Qualität (0 bis 100):</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoreCommand</name>
    <message>
        <source>dreamfoundry score: %1</source>
        <translation>dreamfoundry score: %1</translation>
    </message>
    <message>
        <source>Scores a saved run again, without running its candidates, and rewrites its run.json and report.md. Without options it uses the run&apos;s own weights and scorer.</source>
        <translation>Bewertet einen gespeicherten Lauf erneut, ohne seine Kandidaten auszuführen, und schreibt seine run.json und report.md neu. Ohne Optionen werden die Gewichte und das Bewertungsverfahren des Laufs verwendet.</translation>
    </message>
    <message>
        <source>Drop the qualities and the winner set by hand.</source>
        <translation>Die von Hand festgelegten Qualitäten und den von Hand gewählten Sieger verwerfen.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Ein Ergebnisordner.</translation>
    </message>
    <message>
        <source>give one results folder, e.g. dreamfoundry score ./results</source>
        <translation>Geben Sie einen Ergebnisordner an, z. B. dreamfoundry score ./results</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Could not save the new scores: %1</source>
        <translation>Die neuen Punktzahlen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Scores saved in %1</source>
        <translation>Punktzahlen gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScorerScript</name>
    <message>
        <source>The scorer gave a gate without a text &quot;id&quot; and a true/false &quot;passed&quot;.</source>
        <translation>Das Bewertungsskript hat eine Prüfung ohne Text-„id“ und ohne true/false-Wert „passed“ geliefert.</translation>
    </message>
    <message>
        <source>The scorer&apos;s entry is not an object.</source>
        <translation>Der Eintrag des Bewertungsskripts ist kein Objekt.</translation>
    </message>
    <message>
        <source>The scorer gave no number as &quot;quality&quot;.</source>
        <translation>Das Bewertungsskript hat keine Zahl als „quality“ geliefert.</translation>
    </message>
    <message>
        <source>The scorer gave quality %1, outside 0 to 100.</source>
        <translation>Das Bewertungsskript hat die Qualität %1 geliefert, außerhalb von 0 bis 100.</translation>
    </message>
    <message>
        <source>The scorer printed nothing on stdout.</source>
        <translation>Das Bewertungsskript hat nichts auf stdout ausgegeben.</translation>
    </message>
    <message>
        <source>The scorer&apos;s output is not a JSON object: %1.</source>
        <translation>Die Ausgabe des Bewertungsskripts ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>The scorer&apos;s output has no &quot;candidates&quot; object.</source>
        <translation>Die Ausgabe des Bewertungsskripts hat kein Objekt „candidates“.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoringOptions</name>
    <message>
        <source>How much success, quality and speed count in the total (default 0.2,0.6,0.2).</source>
        <translation>Wie stark Erfolg, Qualität und Geschwindigkeit in den Gesamtwert eingehen (Standard: 0.2,0.6,0.2).</translation>
    </message>
    <message>
        <source>What judges the artifacts&apos; quality: events (the sample event lists, the default), plain (gates only) or a scorer script.</source>
        <translation>Was die Qualität der Artefakte beurteilt: events (die Beispiel-Veranstaltungslisten, der Standard), plain (nur Prüfungen) oder ein Bewertungsskript.</translation>
    </message>
    <message>
        <source>--weights: %1</source>
        <translation>--weights: %1</translation>
    </message>
    <message>
        <source>--scorer: &quot;%1&quot; is neither events, plain nor a readable scorer script.</source>
        <translation>--scorer: „%1“ ist weder events noch plain noch ein lesbares Bewertungsskript.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoringPanel</name>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>S </source>
        <translation>E </translation>
    </message>
    <message>
        <source>Success weight</source>
        <translation>Gewicht des Erfolgs</translation>
    </message>
    <message>
        <source>Q </source>
        <translation>Q </translation>
    </message>
    <message>
        <source>Quality weight</source>
        <translation>Gewicht der Qualität</translation>
    </message>
    <message>
        <source>V </source>
        <translation>G </translation>
    </message>
    <message>
        <source>Speed weight</source>
        <translation>Gewicht der Geschwindigkeit</translation>
    </message>
    <message>
        <source>Events (built in)</source>
        <translation>Veranstaltungen (eingebaut)</translation>
    </message>
    <message>
        <source>Checks the sample event lists: dates, links, topic, count</source>
        <translation>Prüft die Beispiel-Veranstaltungslisten: Daten, Links, Thema, Anzahl</translation>
    </message>
    <message>
        <source>Plain (gates only)</source>
        <translation>Einfach (nur Prüfungen)</translation>
    </message>
    <message>
        <source>Any artifact: it exists, is longer than 10 bytes, exit code 0</source>
        <translation>Jedes Artefakt: Es ist vorhanden, länger als 10 Bytes, Exit-Code 0</translation>
    </message>
    <message>
        <source>Choose Script...</source>
        <translation>Skript auswählen …</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>An event counts when its date lies within this many days after the run</source>
        <translation>Eine Veranstaltung zählt, wenn ihr Datum höchstens so viele Tage nach dem Lauf liegt</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Veranstaltungen</translation>
    </message>
    <message>
        <source>This many good events give full quality</source>
        <translation>So viele gute Veranstaltungen ergeben die volle Qualität</translation>
    </message>
    <message>
        <source>Words on the objective&apos;s topic besides its own keywords, separated by commas</source>
        <translation>Wörter zum Thema der Aufgabe neben ihren eigenen Schlüsselwörtern, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>R&amp;e-score</source>
        <translation>Ne&amp;u bewerten</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>Ge&amp;wichtung:</translation>
    </message>
    <message>
        <source>Sc&amp;orer:</source>
        <translation>Bewertungs&amp;verfahren:</translation>
    </message>
    <message>
        <source>W&amp;indow:</source>
        <translation>H&amp;orizont:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>Topic wor&amp;ds:</source>
        <translation>Themenw&amp;örter:</translation>
    </message>
    <message>
        <source>Choose a Scorer Script</source>
        <translation>Bewertungsskript auswählen</translation>
    </message>
    <message>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Python-Skripte (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Skript: %1</translation>
    </message>
    <message>
        <source>Open or finish a run first.</source>
        <translation>Öffnen oder beenden Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <source>Score the run on screen again from its saved artifacts, with these settings; manual overrides stay</source>
        <translation>Den angezeigten Lauf mit diesen Einstellungen anhand seiner gespeicherten Artefakte neu bewerten; manuelle Vorgaben bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SecretCommand</name>
    <message>
        <source>Usage: dreamfoundry secret set NAME | list | remove NAME
Keeps secrets for candidates (API keys such as OPENAI_API_KEY) in the keychain. set reads the value from standard input, or asks for it without echo; list prints the names; remove deletes one. A run passes a secret with --secret NAME.</source>
        <translation>Aufruf: dreamfoundry secret set NAME | list | remove NAME
Bewahrt Geheimnisse für Kandidaten (API-Schlüssel wie OPENAI_API_KEY) im Schlüsselbund auf. set liest den Wert von der Standardeingabe oder fragt ohne Echo danach; list gibt die Namen aus; remove löscht eines. Ein Lauf übergibt ein Geheimnis mit --secret NAME.</translation>
    </message>
    <message>
        <source>dreamfoundry secret: %1</source>
        <translation>dreamfoundry secret: %1</translation>
    </message>
    <message>
        <source>set takes a name only: the value is never read from the command line, where other users can see it. Pipe it on standard input or type it at the prompt.</source>
        <translation>set nimmt nur einen Namen an: Der Wert wird nie von der Befehlszeile gelesen, wo andere Benutzer ihn sehen können. Leiten Sie ihn über die Standardeingabe weiter oder geben Sie ihn bei der Abfrage ein.</translation>
    </message>
    <message>
        <source>The secret %1 is no longer stored.</source>
        <translation>Das Geheimnis %1 ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Value of %1 (input hidden): </source>
        <translation>Wert von %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>the input is over %1 bytes; pipe only the value.</source>
        <translation>Die Eingabe ist länger als %1 Bytes; leiten Sie nur den Wert weiter.</translation>
    </message>
    <message>
        <source>Stored the secret %1 in %2; a run passes it with --secret %1.</source>
        <translation>Das Geheimnis %1 wurde in %2 gespeichert; ein Lauf übergibt es mit --secret %1.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SettingsDialog</name>
    <message>
        <source>Looking for a key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gesucht …</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>No API key is in use. %1 %2</source>
        <translation>Es wird kein API-Schlüssel verwendet. %1 %2</translation>
    </message>
    <message>
        <source>The key in use comes %1. A key saved here takes its place.</source>
        <translation>Der verwendete Schlüssel stammt %1. Ein hier gespeicherter Schlüssel tritt an seine Stelle.</translation>
    </message>
    <message>
        <source>A key is in use, %1.</source>
        <translation>Ein Schlüssel wird verwendet, %1.</translation>
    </message>
    <message>
        <source>Forget the stored key.</source>
        <translation>Den gespeicherten Schlüssel vergessen.</translation>
    </message>
    <message>
        <source>Only a key stored by Dream Foundry can be removed here; a key from DAYTONA_API_KEY or .env is changed where it is set.</source>
        <translation>Hier kann nur ein von Dream Foundry gespeicherter Schlüssel entfernt werden; ein Schlüssel aus DAYTONA_API_KEY oder .env wird dort geändert, wo er gesetzt ist.</translation>
    </message>
    <message>
        <source>Another change to the key is under way; try again when it is done.</source>
        <translation>Eine andere Änderung am Schlüssel ist im Gange; versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>“%1…” is a placeholder, not an API key. Paste the key from the Daytona dashboard.</source>
        <translation>„%1…“ ist ein Platzhalter, kein API-Schlüssel. Fügen Sie den Schlüssel aus dem Daytona-Dashboard ein.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Keeping the key for this session…</source>
        <translation>Schlüssel wird für diese Sitzung behalten …</translation>
    </message>
    <message>
        <source>You can try again, keep the key for this session only (Dream Foundry forgets it when it quits, and never writes it to a file), or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Sie können es erneut versuchen, den Schlüssel nur für diese Sitzung behalten (Dream Foundry vergisst ihn beim Beenden und schreibt ihn nie in eine Datei) oder DAYTONA_API_KEY in der Umgebung oder in einer .env-Datei im Arbeitsordner setzen.</translation>
    </message>
    <message>
        <source>The key was not saved. %1
%2</source>
        <translation>Der Schlüssel wurde nicht gespeichert. %1
%2</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Schlüssel wird entfernt …</translation>
    </message>
    <message>
        <source>The key was not removed. %1</source>
        <translation>Der Schlüssel wurde nicht entfernt. %1</translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation>Der Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>The key was removed; the key %1 is in use now.</source>
        <translation>Der Schlüssel wurde entfernt; jetzt wird der Schlüssel %1 verwendet.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::State</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Wird abgeholt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WaitForSandboxJob</name>
    <message>
        <source>it disappeared while starting</source>
        <translation>sie ist beim Starten verschwunden</translation>
    </message>
    <message>
        <source>starting sandbox %1</source>
        <translation>das Starten der Sandbox %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WarmPoolKeeper</name>
    <message>
        <source>Warm sandboxes are off.</source>
        <translation>Vorgewärmte Sandboxen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Warm sandboxes start once Daytona is the backend and candidates are listed.</source>
        <translation>Vorgewärmte Sandboxen starten, sobald Daytona das Backend ist und Kandidaten aufgeführt sind.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sandbox(es) warm; they count against your Daytona quota.</source>
        <translation>
            <numerusform>%1 von %n Sandbox vorgewärmt; sie zählen zu Ihrem Daytona-Kontingent.</numerusform>
            <numerusform>%1 von %n Sandboxen vorgewärmt; sie zählen zu Ihrem Daytona-Kontingent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WarmPoolPanel</name>
    <message>
        <source>Keep sandboxes warm, pool si&amp;ze</source>
        <translation>Da&amp;ytona-Sandboxen vorgewärmt halten, Poolgröße</translation>
    </message>
    <message>
        <source>Start sandboxes while you set up the run, so that Run does not wait for them. Warm sandboxes count against your Daytona quota.</source>
        <translation>Sandboxen starten, während Sie den Lauf einrichten, damit „Starten“ nicht auf sie warten muss. Vorgewärmte Sandboxen zählen zu Ihrem Daytona-Kontingent.</translation>
    </message>
    <message>
        <source>Most warm sandboxes</source>
        <translation>Höchstzahl vorgewärmter Sandboxen</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WebhookPoster</name>
    <message>
        <source>publishing was stopped</source>
        <translation>die Veröffentlichung wurde gestoppt</translation>
    </message>
    <message>
        <source>Discord kept asking to wait (rate limited); try again later</source>
        <translation>Discord hat wiederholt um Wartezeit gebeten (Ratenbegrenzung); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Discord asked to wait (rate limited)</source>
        <translation>Discord hat um Wartezeit gebeten (Ratenbegrenzung)</translation>
    </message>
    <message>
        <source>Discord answered with a server error (HTTP %1) %2 times; try again later</source>
        <translation>Discord hat %2-mal mit einem Serverfehler (HTTP %1) geantwortet; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Discord answered with a server error (HTTP %1)</source>
        <translation>Discord hat mit einem Serverfehler geantwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>the webhook is invalid or was deleted; set a new one (Settings, Publishing, or dreamfoundry login --discord-webhook)</source>
        <translation>der Webhook ist ungültig oder wurde gelöscht; legen Sie einen neuen fest (Einstellungen, Veröffentlichen, oder dreamfoundry login --discord-webhook)</translation>
    </message>
    <message>
        <source>Discord answered with a redirect (HTTP %1), which is not followed: it would carry the webhook&apos;s token elsewhere</source>
        <translation>Discord hat mit einer Weiterleitung geantwortet (HTTP %1), der nicht gefolgt wird: Sie würde das Token des Webhooks anderswohin tragen</translation>
    </message>
    <message>
        <source>Discord refused it (HTTP %1)</source>
        <translation>Discord hat sie abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Discord refused it (HTTP %1: %2)</source>
        <translation>Discord hat sie abgelehnt (HTTP %1: %2)</translation>
    </message>
    <message>
        <source>nothing answered at the webhook&apos;s address (connection refused)</source>
        <translation>unter der Adresse des Webhooks hat nichts geantwortet (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>the webhook&apos;s host was not found; check the network connection</source>
        <translation>der Host des Webhooks wurde nicht gefunden; prüfen Sie die Netzwerkverbindung</translation>
    </message>
    <message>
        <source>no answer within %1 seconds; the message may or may not have arrived</source>
        <translation>keine Antwort innerhalb von %1 Sekunden; die Nachricht ist vielleicht angekommen, vielleicht auch nicht</translation>
    </message>
    <message>
        <source>the secure connection to Discord failed</source>
        <translation>die sichere Verbindung zu Discord ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the network failed (%1)</source>
        <translation>das Netzwerk ist ausgefallen (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dream Foundry</source>
        <translation>Dream Foundry</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Candidate scripts for the next run. Drop .py files here.</source>
        <translation>Kandidatenskripte für den nächsten Lauf. Legen Sie .py-Dateien hier ab.</translation>
    </message>
    <message>
        <source>Candidate scripts</source>
        <translation>Kandidatenskripte</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>H&amp;inzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Add Samp&amp;les</source>
        <translation>&amp;Beispiele hinzufügen</translation>
    </message>
    <message>
        <source>Add the five sample candidates that ship with Dream Foundry</source>
        <translation>Die fünf Beispielkandidaten hinzufügen, die mit Dream Foundry ausgeliefert werden</translation>
    </message>
    <message>
        <source>Ob&amp;jective</source>
        <translation>Au&amp;fgabe</translation>
    </message>
    <message>
        <source>What should the candidates do? For example: Generate weekly AI events for Discord</source>
        <translation>Was sollen die Kandidaten tun? Zum Beispiel: Wöchentliche KI-Veranstaltungen für Discord erstellen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>What the candidates are asked to do</source>
        <translation>Was die Kandidaten tun sollen</translation>
    </message>
    <message>
        <source>Pick a recent objective</source>
        <translation>Eine kürzlich verwendete Aufgabe auswählen</translation>
    </message>
    <message>
        <source>Recent objectives</source>
        <translation>Letzte Aufgaben</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Sandboxen</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>Bac&amp;kend:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Zeitli&amp;mit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long each candidate may run before it is stopped</source>
        <translation>Wie lange jeder Kandidat laufen darf, bevor er gestoppt wird</translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation>&amp;Parallel:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Candidates running at once (Automatic: one per core locally)</source>
        <translation>Gleichzeitig laufende Kandidaten (Automatisch: lokal einer pro Kern)</translation>
    </message>
    <message>
        <source>Allow networ&amp;k (local sandboxes)</source>
        <translation>Ne&amp;tzwerk erlauben (lokale Sandboxen)</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Ru&amp;n</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel All</source>
        <translation>Alle abbre&amp;chen</translation>
    </message>
    <message>
        <source>Rer&amp;un Failed</source>
        <translation>Fehlgeschla&amp;gene erneut ausführen</translation>
    </message>
    <message>
        <source>Candidates of the run</source>
        <translation>Kandidaten des Laufs</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;Results</source>
        <translation>&amp;Zuletzt geöffnete Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Add Candidates...</source>
        <translation>&amp;Kandidaten hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Open Results...</source>
        <translation>Ergebnisse ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save Results As...</source>
        <translation>Ergebnisse speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Rerun &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene erneut ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Publish Winner...</source>
        <translation>Sieger &amp;veröffentlichen …</translation>
    </message>
    <message>
        <source>Clean &amp;Up Sandboxes...</source>
        <translation>Sandboxen a&amp;ufräumen …</translation>
    </message>
    <message>
        <source>&amp;Compare Artifacts</source>
        <translation>Artefakte &amp;vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Show &amp;Setup Panel</source>
        <translation>&amp;Einrichtungsbereich anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Daytona Settings...</source>
        <translation>&amp;Daytona-Einstellungen …</translation>
    </message>
    <message>
        <source>Dream Foundry &amp;Help</source>
        <translation>&amp;Hilfe zu Dream Foundry</translation>
    </message>
    <message>
        <source>&amp;About Dream Foundry</source>
        <translation>Ü&amp;ber Dream Foundry</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Runs each (ma&amp;x 100):</source>
        <translation>Durchläufe (ma&amp;x. 100):</translation>
    </message>
    <message>
        <source> x</source>
        <translation> x</translation>
    </message>
    <message>
        <source>Runs of each candidate</source>
        <translation>Durchläufe je Kandidat</translation>
    </message>
    <message>
        <source>How many times each candidate runs, each in its own sandbox (at most 100); candidates are ranked by their median total</source>
        <translation>Wie oft jeder Kandidat läuft, jedes Mal in einer eigenen Sandbox (höchstens 100); die Kandidaten werden nach dem Median ihres Gesamtwerts eingestuft</translation>
    </message>
    <message>
        <source>Budget &amp;quota:</source>
        <translation>Budget &amp;je Lauf:</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Keine Zeitgrenze</translation>
    </message>
    <message>
        <source>Wall-clock budget</source>
        <translation>Echtzeitbudget</translation>
    </message>
    <message>
        <source>Stop the whole run after this long; candidates still running are cancelled and what finished is kept</source>
        <translation>Den gesamten Lauf nach dieser Zeit stoppen; noch laufende Kandidaten werden abgebrochen, und was fertig ist, bleibt erhalten</translation>
    </message>
    <message>
        <source> sandbox-s</source>
        <translation> Sandbox-s</translation>
    </message>
    <message>
        <source>No sandbox limit</source>
        <translation>Keine Sandbox-Grenze</translation>
    </message>
    <message>
        <source>Sandbox-seconds budget</source>
        <translation>Sandbox-Sekunden-Budget</translation>
    </message>
    <message>
        <source>Stop the run once its sandboxes have run this many seconds together (two sandboxes for 30 s spend 60)</source>
        <translation>Den Lauf stoppen, sobald seine Sandboxen zusammen so viele Sekunden gelaufen sind (zwei Sandboxen für 30 s verbrauchen 60)</translation>
    </message>
    <message>
        <source>One row per candidate: status, score, runtime and artifact; with repeats, its attempts are rows under it (Right or + shows them, Left or - hides them). Enter shows its log; the Menu key or Shift+F10 opens its actions.</source>
        <translation>Eine Zeile pro Kandidat: Status, Punktzahl, Laufzeit und Artefakt; bei Wiederholungen stehen seine Versuche als Zeilen darunter (Rechts oder + zeigt sie, Links oder - blendet sie aus). Die Eingabetaste zeigt sein Log; die Menütaste oder Umschalt+F10 öffnet seine Aktionen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Daytona Settings</source>
        <translation>Daytona-Einstellungen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Paste a new key to replace the one in use</source>
        <translation>Fügen Sie einen neuen Schlüssel ein, um den verwendeten zu ersetzen</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>Leave empty for Daytona&apos;s own service. DAYTONA_API_URL (or DAYTONA_BASE_URL) in the environment or in .env takes precedence.</source>
        <translation>Leer lassen für den eigenen Dienst von Daytona. DAYTONA_API_URL (oder DAYTONA_BASE_URL) in der Umgebung oder in .env hat Vorrang.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>The organisation&apos;s default region</source>
        <translation>Die Standardregion der Organisation</translation>
    </message>
    <message>
        <source>The region sandboxes run in, such as us or eu. DAYTONA_TARGET in the environment takes precedence.</source>
        <translation>Die Region, in der Sandboxen laufen, etwa us oder eu. DAYTONA_TARGET in der Umgebung hat Vorrang.</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>S&amp;napshot:</translation>
    </message>
    <message>
        <source>The server&apos;s default snapshot</source>
        <translation>Der Standard-Snapshot des Servers</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Nur für diese Sitzung &amp;behalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open with the sample candidates.</source>
        <translation>Mit den Beispielkandidaten öffnen.</translation>
    </message>
    <message>
        <source>local, daytona or auto.</source>
        <translation>local, daytona oder auto.</translation>
    </message>
    <message>
        <source>Candidate scripts to open with.</source>
        <translation>Kandidatenskripte, mit denen geöffnet wird.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;: use local, daytona or auto.</source>
        <translation>Unbekanntes Backend „%1“: Verwenden Sie local, daytona oder auto.</translation>
    </message>
    <message>
        <source>dreamfoundry: unknown command &quot;%1&quot;.
Commands: %2.
With no command, or with candidate scripts, it opens the window; dreamfoundry --help says more.</source>
        <translation>dreamfoundry: unbekannter Befehl „%1“.
Befehle: %2.
Ohne Befehl oder mit Kandidatenskripten öffnet es das Fenster; dreamfoundry --help sagt mehr.</translation>
    </message>
    <message>
        <source>dreamfoundry: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
To run candidates without a window: dreamfoundry run (dreamfoundry run --help says how).</source>
        <translation>dreamfoundry: keine Anzeige, auf der das Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Um Kandidaten ohne Fenster auszuführen: dreamfoundry run (dreamfoundry run --help erklärt, wie).</translation>
    </message>
    <message>
        <source>Runs candidate agent scripts side by side, each in its own sandbox.
With no command it opens the window. Commands:
  run        run candidates headless (dreamfoundry run --help)
  score      score a saved run again (dreamfoundry score --help)
  compare    diff candidates&apos; artifacts (dreamfoundry compare --help)
  export     a saved run as md, csv, html or json (dreamfoundry export --help)
  publish    post the winner to a Discord webhook (dreamfoundry publish --help)
  sandboxes  list or clean up Daytona sandboxes left behind
  login      store the Daytona API key in the keychain (--discord-webhook: the
             Discord webhook)
  logout     remove it
  secret     keep secrets for candidates in the keychain (set NAME, list, remove
             NAME); run --secret NAME passes one</source>
        <translation>Führt Agentenskripte von Kandidaten nebeneinander aus, jedes in seiner
eigenen Sandbox. Ohne Befehl öffnet es das Fenster. Befehle:
  run        Kandidaten ohne Fenster ausführen (dreamfoundry run --help)
  score      einen gespeicherten Lauf neu bewerten (dreamfoundry score --help)
  compare    Artefakte von Kandidaten vergleichen (dreamfoundry compare --help)
  export     einen gespeicherten Lauf als md, csv, html oder json exportieren
             (dreamfoundry export --help)
  publish    den Sieger an einen Discord-Webhook senden
             (dreamfoundry publish --help)
  sandboxes  zurückgelassene Daytona-Sandboxen auflisten oder aufräumen
  login      den Daytona-API-Schlüssel im Schlüsselbund speichern
             (--discord-webhook: den Discord-Webhook)
  logout     ihn entfernen
  secret     Geheimnisse für Kandidaten im Schlüsselbund aufbewahren
             (set NAME, list, remove NAME); run --secret NAME übergibt eines</translation>
    </message>
    <message>
        <source>dreamfoundry: could not start the window (%1: %2). Reinstalling Dream Foundry puts it back; dreamfoundry run works without it.</source>
        <translation>dreamfoundry: Das Fenster konnte nicht gestartet werden (%1: %2). Eine Neuinstallation von Dream Foundry stellt es wieder her; dreamfoundry run funktioniert auch ohne es.</translation>
    </message>
</context>
</TS>
