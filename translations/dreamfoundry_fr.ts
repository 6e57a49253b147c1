<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArtifactText</name>
    <message>
        <source>%1 is still %2: its artifact shows here when it finishes.</source>
        <translation>%1 est encore à l&apos;état «&#xa0;%2&#xa0;»&#xa0;: son artefact s&apos;affichera ici une fois terminé.</translation>
    </message>
    <message>
        <source>%1 has no artifact (%2): %3</source>
        <translation>%1 n&apos;a pas d&apos;artefact (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has no artifact (%2).</source>
        <translation>%1 n&apos;a pas d&apos;artefact (%2).</translation>
    </message>
    <message>
        <source>%1 has no artifact.</source>
        <translation>%1 n&apos;a pas d&apos;artefact.</translation>
    </message>
    <message>
        <source>The artifact %1 is no longer there: it was deleted or moved after the run was opened.</source>
        <translation>L&apos;artefact %1 n&apos;existe plus&#xa0;: il a été supprimé ou déplacé après l&apos;ouverture de l&apos;exécution.</translation>
    </message>
    <message>
        <source>The artifact %1 is not a regular file.</source>
        <translation>L&apos;artefact %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The artifact %1 is too large to compare (%2 MiB; the limit is %3 MiB).</source>
        <translation>L&apos;artefact %1 est trop volumineux pour être comparé (%2 Mio&#xa0;; la limite est de %3 Mio).</translation>
    </message>
    <message>
        <source>The artifact %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;artefact %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Binary artifact (%1 bytes): not shown as text.</source>
        <translation>Artefact binaire (%1 octets)&#xa0;: non affiché sous forme de texte.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::BackendSelection</name>
    <message>
        <source>Daytona is configured (API key from %1), so the run uses Daytona.</source>
        <translation>Daytona est configuré (clé d&apos;API fournie par %1)&#xa0;: l&apos;exécution utilise donc Daytona.</translation>
    </message>
    <message>
        <source>Daytona is not configured, so the run uses the local backend. %1</source>
        <translation>Daytona n&apos;est pas configuré&#xa0;: l&apos;exécution utilise donc le moteur local. %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::BuiltInScorers</name>
    <message>
        <source>The script exited with code 0.</source>
        <translation>Le script s&apos;est terminé avec le code 0.</translation>
    </message>
    <message>
        <source>The script exited with code %1.</source>
        <translation>Le script s&apos;est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>The script timed out, so it has no exit code.</source>
        <translation>Le script a dépassé le délai imparti&#xa0;: il n&apos;a donc pas de code de sortie.</translation>
    </message>
    <message>
        <source>The script was cancelled before it exited.</source>
        <translation>Le script a été annulé avant de se terminer.</translation>
    </message>
    <message>
        <source>The script did not exit normally (killed or never started).</source>
        <translation>Le script ne s&apos;est pas terminé normalement (tué ou jamais lancé).</translation>
    </message>
    <message>
        <source>There is no artifact, so there are no events.</source>
        <translation>Il n&apos;y a pas d&apos;artefact, donc pas d&apos;événements.</translation>
    </message>
    <message>
        <source>The artifact could not be read.</source>
        <translation>Impossible de lire l&apos;artefact.</translation>
    </message>
    <message>
        <source>The artifact is not text (it holds a NUL byte or invalid UTF-8), so it holds no events.</source>
        <translation>L&apos;artefact n&apos;est pas du texte (il contient un octet NUL ou de l&apos;UTF-8 invalide)&#xa0;: il ne contient donc aucun événement.</translation>
    </message>
    <message>
        <source>The artifact has no event lines (lines starting with &quot;- &quot; in the form &quot;- YYYY-MM-DD | [Title](https://url)&quot;).</source>
        <translation>L&apos;artefact ne contient aucune ligne d&apos;événement (lignes commençant par «&#xa0;-&#xa0;» de la forme «&#xa0;- AAAA-MM-JJ | [Titre](https://url)&#xa0;»).</translation>
    </message>
    <message>
        <source>Only %1 of the at least %2 events.</source>
        <translation>Seulement %1 des %2 événements minimum.</translation>
    </message>
    <message>
        <source>%1 events (at least %2).</source>
        <translation>%1 événements (au moins %2).</translation>
    </message>
    <message>
        <source>There are no events to check.</source>
        <translation>Il n&apos;y a aucun événement à vérifier.</translation>
    </message>
    <message>
        <source>Every event has a title, a YYYY-MM-DD date and an http(s) URL with a host.</source>
        <translation>Chaque événement a un titre, une date AAAA-MM-JJ et une URL http(s) avec un hôte.</translation>
    </message>
    <message>
        <source>%1 of %2 events are not well formed; the first, line %3: %4.</source>
        <translation>%1 événements sur %2 sont mal formés&#xa0;; le premier, ligne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>dans le passé</translation>
    </message>
    <message numerus="yes">
        <source>more than %n day(s) after the run</source>
        <translation>
            <numerusform>plus de %n jour après l&apos;exécution</numerusform>
            <numerusform>plus de %n jours après l&apos;exécution</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats an earlier event on the same day</source>
        <translation>répète un événement antérieur du même jour</translation>
    </message>
    <message>
        <source>off topic (no keyword or topic word in the title)</source>
        <translation>hors sujet (aucun mot-clé ni mot du sujet dans le titre)</translation>
    </message>
    <message>
        <source>Objective keywords: %1; topic words: %2.</source>
        <translation>Mots-clés de l&apos;objectif&#xa0;: %1&#xa0;; mots du sujet&#xa0;: %2.</translation>
    </message>
    <message>
        <source>good, on topic: %1</source>
        <translation>valable, dans le sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1: %2 %3: %4</source>
        <translation>Ligne %1&#xa0;: %2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>... and %1 more events, counted but not listed.</source>
        <translation>... et %1 événements de plus, comptés mais non listés.</translation>
    </message>
    <message>
        <source>No events, so quality 0.</source>
        <translation>Aucun événement&#xa0;: qualité 0.</translation>
    </message>
    <message>
        <source>%1 of %2 events are good: coverage %3/%4 x precision %1/%2 = quality %5.</source>
        <translation>%1 événements sur %2 sont valables&#xa0;: couverture %3/%4 x précision %1/%2 = qualité %5.</translation>
    </message>
    <message>
        <source>The artifact %1 exists.</source>
        <translation>L&apos;artefact %1 existe.</translation>
    </message>
    <message>
        <source>The script wrote no artifact.</source>
        <translation>Le script n&apos;a écrit aucun artefact.</translation>
    </message>
    <message>
        <source>There is no artifact to measure.</source>
        <translation>Il n&apos;y a aucun artefact à mesurer.</translation>
    </message>
    <message>
        <source>The artifact holds %1 bytes (more than 10).</source>
        <translation>L&apos;artefact contient %1 octets (plus de 10).</translation>
    </message>
    <message numerus="yes">
        <source>The artifact holds only %n byte(s); it must be longer than 10 bytes.</source>
        <translation>
            <numerusform>L&apos;artefact ne contient que %n octet&#xa0;; il doit dépasser 10 octets.</numerusform>
            <numerusform>L&apos;artefact ne contient que %n octets&#xa0;; il doit dépasser 10 octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain scorer: gates only; quality is 100 when they pass, 0 otherwise.</source>
        <translation>Évaluateur simple&#xa0;: critères uniquement&#xa0;; la qualité vaut 100 s&apos;ils sont satisfaits, 0 sinon.</translation>
    </message>
    <message>
        <source>Read the first %1 and at most %2 events of %3; the rest was not checked.</source>
        <translation>Lecture limitée aux %1 premiers (et à %2 événements au plus) sur %3&#xa0;; le reste n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>The scorer script %1 judges every candidate once the run ends.</source>
        <translation>Le script d&apos;évaluation %1 juge chaque candidat une fois l&apos;exécution terminée.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Candidate</name>
    <message>
        <source>Candidate script not found: %1</source>
        <translation>Script candidat introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Candidate script cannot be read (check its permissions): %1</source>
        <translation>Impossible de lire le script candidat (vérifiez ses permissions)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateEnvironment</name>
    <message>
        <source>“%1” is not a valid variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de variable valide&#xa0;: utilisez des lettres, des chiffres et _, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>%1 is set by the sandbox itself and cannot be overridden; choose another name.</source>
        <translation>%1 est défini par le bac à sable lui-même et ne peut pas être remplacé&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The value of %1 contains a NUL byte, which no variable can hold.</source>
        <translation>La valeur de %1 contient un octet NUL, qu&apos;aucune variable ne peut contenir.</translation>
    </message>
    <message>
        <source>Line %1 is not NAME=VALUE.</source>
        <translation>La ligne %1 n&apos;est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not NAME=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme NOM=VALEUR.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateFolder</name>
    <message>
        <source>The candidate folder %1 holds more than %2 MiB (.git, __pycache__ and virtual environments left out), over the limit for a candidate folder; it was not run.</source>
        <translation>Le dossier candidat %1 contient plus de %2 Mio (hors .git, __pycache__ et environnements virtuels), au-delà de la limite pour un dossier candidat&#xa0;; il n&apos;a pas été exécuté.</translation>
    </message>
    <message>
        <source>Could not copy %1 of the candidate folder into the sandbox.</source>
        <translation>Impossible de copier %1 du dossier candidat dans le bac à sable.</translation>
    </message>
    <message>
        <source>The candidate folder %1 has no main.py: its entry script must be main.py (a file, not a link), or named as FOLDER:SCRIPT.py.</source>
        <translation>Le dossier candidat %1 n&apos;a pas de main.py&#xa0;: son script d&apos;entrée doit être main.py (un fichier, et non un lien), ou être indiqué sous la forme DOSSIER:SCRIPT.py.</translation>
    </message>
    <message>
        <source>The entry script %1 is not a file inside the candidate folder %2 (a link does not count).</source>
        <translation>Le script d&apos;entrée %1 n&apos;est pas un fichier du dossier candidat %2 (un lien ne compte pas).</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateResult</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>binary or large file, %1</source>
        <translation>fichier binaire ou volumineux, %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateSecrets</name>
    <message>
        <source>The value of %1 is empty.</source>
        <translation>La valeur de %1 est vide.</translation>
    </message>
    <message>
        <source>The value of %1 is not UTF-8 text; the keychain keeps text.</source>
        <translation>La valeur de %1 n&apos;est pas du texte UTF-8&#xa0;; le trousseau conserve du texte.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain; add it with `dreamfoundry secret set %1` or in Settings &gt; Candidate Secrets.</source>
        <translation>Le secret %1 n&apos;est pas dans le trousseau&#xa0;; ajoutez-le avec `dreamfoundry secret set %1` ou dans Paramètres &gt; Secrets des candidats.</translation>
    </message>
    <message>
        <source>The secret %1 could not be read: %2</source>
        <translation>Impossible de lire le secret %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CandidateSecretsSettings</name>
    <message>
        <source>Candidate Secrets</source>
        <translation>Secrets des candidats</translation>
    </message>
    <message>
        <source>Save Secre&amp;t</source>
        <translation>Enregistrer le secre&amp;t</translation>
    </message>
    <message>
        <source>Remove Secre&amp;t</source>
        <translation>Supprimer le secre&amp;t</translation>
    </message>
    <message>
        <source>Name, such as OPENAI_API_KEY</source>
        <translation>Nom, par exemple OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Value (never shown again)</source>
        <translation>Valeur (jamais réaffichée)</translation>
    </message>
    <message>
        <source>Kept in %1; a run passes the ones you tick to its candidates as environment variables.</source>
        <translation>Conservés dans %1&#xa0;; une exécution transmet ceux que vous cochez à ses candidats sous forme de variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>%1   (not in the keychain)</source>
        <translation>%1   (absent du trousseau)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CompareCommand</name>
    <message>
        <source>Ignore all white space.</source>
        <translation>Ignorer toutes les espaces.</translation>
    </message>
    <message>
        <source>Ignore case.</source>
        <translation>Ignorer la casse.</translation>
    </message>
    <message>
        <source>CRLF and LF line endings differ, and so does a missing final newline (by default they are ignored).</source>
        <translation>Distinguer les fins de ligne CRLF et LF, ainsi que l&apos;absence de saut de ligne final (ignorées par défaut).</translation>
    </message>
    <message>
        <source>Re-indent JSON artifacts before comparing.</source>
        <translation>Réindenter les artefacts JSON avant la comparaison.</translation>
    </message>
    <message>
        <source>With --json, sort every object&apos;s keys.</source>
        <translation>Avec --json, trier les clés de chaque objet.</translation>
    </message>
    <message>
        <source>Lines of context (default 3).</source>
        <translation>Lignes de contexte (3 par défaut).</translation>
    </message>
    <message>
        <source>auto (on a terminal), always or never.</source>
        <translation>auto (dans un terminal), always ou never.</translation>
    </message>
    <message>
        <source>Open the comparison viewer on them instead of printing a diff.</source>
        <translation>Ouvrir le comparateur sur ces candidats au lieu d&apos;afficher un diff.</translation>
    </message>
    <message>
        <source>--context takes a number of lines, not &quot;%1&quot;</source>
        <translation>--context attend un nombre de lignes, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--color takes auto, always or never, not &quot;%1&quot;</source>
        <translation>--color attend auto, always ou never, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no candidate &quot;%1&quot; in %2; it has %3</source>
        <translation>aucun candidat «&#xa0;%1&#xa0;» dans %2&#xa0;; il contient %3</translation>
    </message>
    <message>
        <source>dreamfoundry compare: %1</source>
        <translation>dreamfoundry compare&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prints a unified diff of candidate A&apos;s artifact against each other one&apos;s, from a saved run. Exit status: 0 when they are identical, 1 when they differ, 2 on bad usage or when an artifact is missing.</source>
        <translation>Affiche un diff unifié de l&apos;artefact du candidat A par rapport à celui de chacun des autres, à partir d&apos;une exécution enregistrée. Code de sortie&#xa0;: 0 s&apos;ils sont identiques, 1 s&apos;ils diffèrent, 2 en cas d&apos;utilisation incorrecte ou d&apos;artefact manquant.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Un dossier de résultats.</translation>
    </message>
    <message>
        <source>2 to 4 candidate ids.</source>
        <translation>De 2 à 4 identifiants de candidats.</translation>
    </message>
    <message>
        <source>give a results folder and 2 to 4 candidate ids, e.g. dreamfoundry compare ./results alpha beta</source>
        <translation>indiquez un dossier de résultats et de 2 à 4 identifiants de candidats, par exemple dreamfoundry compare ./results alpha beta</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ComparePane</name>
    <message>
        <source>+%1 added</source>
        <translation>+%1 ajoutées</translation>
    </message>
    <message>
        <source>-%1 removed</source>
        <translation>-%1 supprimées</translation>
    </message>
    <message>
        <source>~%1 changed</source>
        <translation>~%1 modifiées</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>identical to baseline</source>
        <translation>identique à la référence</translation>
    </message>
    <message>
        <source>not all UTF-8: shown as �</source>
        <translation>pas entièrement en UTF-8&#xa0;: affiché comme �</translation>
    </message>
    <message>
        <source>JSON pretty-printed</source>
        <translation>JSON mis en forme</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>A binary artifact: it is not shown as text.

Size: %1
SHA-256: %2

First bytes:
%3</source>
        <translation>Artefact binaire&#xa0;: il n&apos;est pas affiché sous forme de texte.

Taille&#xa0;: %1
SHA-256&#xa0;: %2

Premiers octets&#xa0;:
%3</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Compare the other candidates against this one</source>
        <translation>Comparer les autres candidats à celui-ci</translation>
    </message>
    <message>
        <source>Remove this candidate from the comparison</source>
        <translation>Retirer ce candidat de la comparaison</translation>
    </message>
    <message>
        <source>Make Baseline</source>
        <translation>Prendre comme référence</translation>
    </message>
    <message>
        <source>%1 is the baseline</source>
        <translation>%1 est la référence</translation>
    </message>
    <message>
        <source>Make %1 the baseline</source>
        <translation>Prendre %1 comme référence</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>Retirer %1 de la comparaison</translation>
    </message>
    <message>
        <source>Artifact of %1</source>
        <translation>Artefact de %1</translation>
    </message>
    <message>
        <source>too large to render: shown as source</source>
        <translation>trop volumineux pour être rendu&#xa0;: affiché en source</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CompareWindow</name>
    <message>
        <source>Compare Artifacts</source>
        <translation>Comparer les artefacts</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Différence précédente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous difference (Alt+Up)</source>
        <translation>Différence précédente (Alt+Haut)</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>Différence &amp;suivante</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next difference (Alt+Down)</source>
        <translation>Différence suivante (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Differences Only</source>
        <translation>Différences &amp;uniquement</translation>
    </message>
    <message>
        <source>Fold the unchanged lines, keeping 3 around each difference</source>
        <translation>Replier les lignes inchangées, en gardant 3 lignes autour de chaque différence</translation>
    </message>
    <message>
        <source>Ignore &amp;White Space</source>
        <translation>Ignorer les &amp;espaces</translation>
    </message>
    <message>
        <source>Lines that differ only in white space count as equal</source>
        <translation>Les lignes qui ne diffèrent que par les espaces sont considérées comme identiques</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <source>Lines that differ only in upper and lower case count as equal</source>
        <translation>Les lignes qui ne diffèrent que par les majuscules et minuscules sont considérées comme identiques</translation>
    </message>
    <message>
        <source>Ignore Line &amp;Endings</source>
        <translation>Ignorer les fins de &amp;ligne</translation>
    </message>
    <message>
        <source>Lines ending in CR LF and in LF count as equal</source>
        <translation>Les lignes terminées par CR LF et par LF sont considérées comme identiques</translation>
    </message>
    <message>
        <source>Pretty-Print &amp;JSON</source>
        <translation>Mettre en forme le &amp;JSON</translation>
    </message>
    <message>
        <source>Indent JSON artifacts the same way before comparing them</source>
        <translation>Indenter les artefacts JSON de la même façon avant de les comparer</translation>
    </message>
    <message>
        <source>&amp;Sort JSON Keys</source>
        <translation>&amp;Trier les clés JSON</translation>
    </message>
    <message>
        <source>Sort the keys of every JSON object when pretty-printing</source>
        <translation>Trier les clés de chaque objet JSON lors de la mise en forme</translation>
    </message>
    <message>
        <source>White Space</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>Line Endings</source>
        <translation>Fins de ligne</translation>
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation>JSON mis en forme</translation>
    </message>
    <message>
        <source>Sort Keys</source>
        <translation>Trier les clés</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>&amp;Rendu</translation>
    </message>
    <message>
        <source>Show Markdown artifacts rendered instead of as source</source>
        <translation>Afficher les artefacts Markdown rendus plutôt qu&apos;en source</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation>Ignorer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>Add another candidate to the comparison</source>
        <translation>Ajouter un autre candidat à la comparaison</translation>
    </message>
    <message>
        <source>Comparing...</source>
        <translation>Comparaison...</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Comparer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a candidate to compare with.</source>
        <translation>Ajoutez un candidat avec lequel comparer.</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identiques</translation>
    </message>
    <message>
        <source>No other candidates to add</source>
        <translation>Aucun autre candidat à ajouter</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CompareWindowCommand</name>
    <message>
        <source>Open the comparison viewer instead of printing a diff.</source>
        <translation>Ouvrir le comparateur au lieu d&apos;afficher un diff.</translation>
    </message>
    <message>
        <source>Ignore all white space.</source>
        <translation>Ignorer toutes les espaces.</translation>
    </message>
    <message>
        <source>Ignore case.</source>
        <translation>Ignorer la casse.</translation>
    </message>
    <message>
        <source>CRLF and LF line endings differ.</source>
        <translation>Distinguer les fins de ligne CRLF et LF.</translation>
    </message>
    <message>
        <source>Re-indent JSON artifacts.</source>
        <translation>Réindenter les artefacts JSON.</translation>
    </message>
    <message>
        <source>With --json, sort every object&apos;s keys.</source>
        <translation>Avec --json, trier les clés de chaque objet.</translation>
    </message>
    <message>
        <source>Ignored by the viewer.</source>
        <translation>Ignoré par le comparateur.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Un dossier de résultats.</translation>
    </message>
    <message>
        <source>Two to four candidate ids, the first the baseline.</source>
        <translation>De deux à quatre identifiants de candidats, le premier servant de référence.</translation>
    </message>
    <message>
        <source>Usage: dreamfoundry compare --window RESULTS_DIR A B [C D]</source>
        <translation>Utilisation&#xa0;: dreamfoundry compare --window DOSSIER_RESULTATS A B [C D]</translation>
    </message>
    <message>
        <source>No candidate &quot;%1&quot; in %2; it has: %3</source>
        <translation>Aucun candidat «&#xa0;%1&#xa0;» dans %2&#xa0;; il contient&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Comparison</name>
    <message>
        <source>Binary artifacts %1 and %2 differ</source>
        <translation>Les artefacts binaires %1 et %2 sont différents</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CredentialStore</name>
    <message>
        <source>No key is stored in the keychain.</source>
        <translation>Aucune clé n&apos;est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: no keychain service (such as GNOME Keyring or KWallet) answers on the desktop session.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système&#xa0;: aucun service de trousseau (comme GNOME Keyring ou KWallet) ne répond dans la session de bureau.</translation>
    </message>
    <message>
        <source>The keychain is locked or access to it was denied: unlock it, allow Dream Foundry to use it, and try again.</source>
        <translation>Le trousseau est verrouillé ou son accès a été refusé&#xa0;: déverrouillez-le, autorisez Dream Foundry à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for you to unlock it.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps&#xa0;; il attend peut-être que vous le déverrouilliez.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The keychain refused to read the key; its prompt may have been dismissed. (It said: %1)</source>
        <translation>Le trousseau a refusé de lire la clé&#xa0;; sa fenêtre de demande a peut-être été fermée. (Message&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The keychain refused to store the key; its prompt may have been dismissed, or it has no keyring to store it in. (It said: %1)</source>
        <translation>Le trousseau a refusé d&apos;enregistrer la clé&#xa0;; sa fenêtre de demande a peut-être été fermée, ou il n&apos;a aucun trousseau où l&apos;enregistrer. (Message&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The keychain refused to remove the key; its prompt may have been dismissed. (It said: %1)</source>
        <translation>Le trousseau a refusé de supprimer la clé&#xa0;; sa fenêtre de demande a peut-être été fermée. (Message&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaAccount</name>
    <message>
        <source>for this session only</source>
        <translation>valable pour cette session uniquement</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>issue du trousseau</translation>
    </message>
    <message>
        <source>from DAYTONA_API_KEY</source>
        <translation>issue de DAYTONA_API_KEY</translation>
    </message>
    <message>
        <source>from .env</source>
        <translation>issue de .env</translation>
    </message>
    <message>
        <source>Daytona: looking for the API key in the keychain…</source>
        <translation>Daytona&#xa0;: recherche de la clé d&apos;API dans le trousseau…</translation>
    </message>
    <message>
        <source>Daytona is configured (API key %1).</source>
        <translation>Daytona est configuré (clé d&apos;API %1).</translation>
    </message>
    <message>
        <source>Daytona has no API key: %1</source>
        <translation>Daytona n&apos;a pas de clé d&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daytona has no API key yet.</source>
        <translation>Daytona n&apos;a pas encore de clé d&apos;API.</translation>
    </message>
    <message>
        <source>The API URL must be an http or https address, such as %1.</source>
        <translation>L&apos;URL de l&apos;API doit être une adresse http ou https, comme %1.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaConfig</name>
    <message>
        <source>The Daytona API URL is not a valid http(s) URL.</source>
        <translation>L&apos;URL de l&apos;API Daytona n&apos;est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>No Daytona API key is configured: save one in the keychain with `dreamfoundry login`, or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Aucune clé d&apos;API Daytona n&apos;est configurée&#xa0;: enregistrez-en une dans le trousseau avec `dreamfoundry login`, ou définissez DAYTONA_API_KEY dans l&apos;environnement ou dans un fichier .env du dossier de travail.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>the DAYTONA_API_KEY environment variable</source>
        <translation>la variable d&apos;environnement DAYTONA_API_KEY</translation>
    </message>
    <message>
        <source>the .env file</source>
        <translation>le fichier .env</translation>
    </message>
    <message>
        <source>the window, for this session only</source>
        <translation>la fenêtre, pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaError</name>
    <message numerus="yes">
        <source>Daytona (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>Daytona (%1) n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Daytona (%1) n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the API URL, the system certificates and any proxy that intercepts TLS.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Vérifiez l&apos;URL de l&apos;API, les certificats du système et tout proxy qui intercepterait le TLS.</translation>
    </message>
    <message>
        <source>Cannot reach Daytona at %1 (%2). Check the API URL and the network connection.</source>
        <translation>Impossible de joindre Daytona à l&apos;adresse %1 (%2). Vérifiez l&apos;URL de l&apos;API et la connexion réseau.</translation>
    </message>
    <message>
        <source>Daytona (%1) closed the connection before answering.</source>
        <translation>Daytona (%1) a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The request to Daytona (%1) was cut off before it finished.</source>
        <translation>La requête à Daytona (%1) a été interrompue avant la fin.</translation>
    </message>
    <message>
        <source>The connection to Daytona at %1 failed (%2).</source>
        <translation>La connexion à Daytona à l&apos;adresse %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>The request to Daytona (%1) failed: %2.</source>
        <translation>La requête à Daytona (%1) a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Daytona rejected the API key (401). Check DAYTONA_API_KEY or the key stored in the keychain.</source>
        <translation>Daytona a rejeté la clé d&apos;API (401). Vérifiez DAYTONA_API_KEY ou la clé enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Daytona refused the request (403)%1. The API key may lack the permission, or the region is not available to your organisation.</source>
        <translation>Daytona a refusé la requête (403)%1. La clé d&apos;API n&apos;a peut-être pas l&apos;autorisation nécessaire, ou la région n&apos;est pas disponible pour votre organisation.</translation>
    </message>
    <message>
        <source>Daytona does not know this sandbox, command or file (404)%1.</source>
        <translation>Daytona ne connaît pas ce bac à sable, cette commande ou ce fichier (404)%1.</translation>
    </message>
    <message>
        <source>Daytona reports a conflict (409)%1.</source>
        <translation>Daytona signale un conflit (409)%1.</translation>
    </message>
    <message>
        <source>Daytona kept rate-limiting the requests (429); try again in a minute.</source>
        <translation>Daytona a limité le débit des requêtes à plusieurs reprises (429)&#xa0;; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Your Daytona quota is exhausted%1. Stop or delete other sandboxes (dreamfoundry sandboxes reap), lower --parallel, or raise the limits.</source>
        <translation>Votre quota Daytona est épuisé%1. Arrêtez ou supprimez d&apos;autres bacs à sable (dreamfoundry sandboxes reap), réduisez --parallel ou relevez les limites.</translation>
    </message>
    <message>
        <source>Daytona rejected the request (%1)%2.</source>
        <translation>Daytona a rejeté la requête (%1)%2.</translation>
    </message>
    <message>
        <source>Daytona had a server error (%1)%2. Try again later.</source>
        <translation>Daytona a rencontré une erreur serveur (%1)%2. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Daytona answered with an unexpected status %1.</source>
        <translation>Daytona a répondu avec un code d&apos;état inattendu %1.</translation>
    </message>
    <message>
        <source>Daytona sent an answer this version does not understand: %1.</source>
        <translation>Daytona a envoyé une réponse que cette version ne comprend pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sandbox %1 failed to start (state %2).</source>
        <translation>Le bac à sable %1 n&apos;a pas pu démarrer (état %2).</translation>
    </message>
    <message>
        <source>Sandbox %1 failed to start (state %2): %3</source>
        <translation>Le bac à sable %1 n&apos;a pas pu démarrer (état %2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Daytona did not finish %1 within %n second(s).</source>
        <translation>
            <numerusform>Daytona n&apos;a pas terminé l&apos;étape «&#xa0;%1&#xa0;» en %n seconde.</numerusform>
            <numerusform>Daytona n&apos;a pas terminé l&apos;étape «&#xa0;%1&#xa0;» en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaSandbox</name>
    <message>
        <source>Could not check whether sandbox %1 was created: %2 Daytona&apos;s auto-delete or `dreamfoundry sandboxes reap` will remove it.</source>
        <translation>Impossible de vérifier si le bac à sable %1 a été créé&#xa0;: %2 La suppression automatique de Daytona ou `dreamfoundry sandboxes reap` le supprimera.</translation>
    </message>
    <message>
        <source>The artifact is %1 MiB, over the artifact limit of %2 MiB; it was not collected.</source>
        <translation>L&apos;artefact fait %1 Mio, au-delà de la limite de %2 Mio pour les artefacts&#xa0;; il n&apos;a pas été collecté.</translation>
    </message>
    <message>
        <source>The artifact grew past the artifact limit of %1 MiB while it was downloaded; it was not collected.</source>
        <translation>L&apos;artefact a dépassé la limite de %1 Mio pour les artefacts pendant son téléchargement&#xa0;; il n&apos;a pas été collecté.</translation>
    </message>
    <message>
        <source>Could not download the artifact: %1</source>
        <translation>Impossible de télécharger l&apos;artefact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not delete Daytona sandbox %1: %2 Its auto-delete or `dreamfoundry sandboxes reap` will remove it.</source>
        <translation>Impossible de supprimer le bac à sable Daytona %1&#xa0;: %2 Sa suppression automatique ou `dreamfoundry sandboxes reap` le supprimera.</translation>
    </message>
    <message>
        <source>creating the sandbox</source>
        <translation>création du bac à sable</translation>
    </message>
    <message>
        <source>starting the sandbox</source>
        <translation>démarrage du bac à sable</translation>
    </message>
    <message>
        <source>uploading and starting the script</source>
        <translation>envoi et lancement du script</translation>
    </message>
    <message>
        <source>downloading the artifact</source>
        <translation>téléchargement de l&apos;artefact</translation>
    </message>
    <message numerus="yes">
        <source>Deleting sandbox %1 took longer than %n second(s); its auto-delete or `dreamfoundry sandboxes reap` will remove it.</source>
        <translation>
            <numerusform>La suppression du bac à sable %1 a pris plus de %n seconde&#xa0;; sa suppression automatique ou `dreamfoundry sandboxes reap` le supprimera.</numerusform>
            <numerusform>La suppression du bac à sable %1 a pris plus de %n secondes&#xa0;; sa suppression automatique ou `dreamfoundry sandboxes reap` le supprimera.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: symbolic links were left out of the upload (not followed): %2</source>
        <translation>%1&#xa0;: les liens symboliques ont été exclus de l&apos;envoi (non suivis)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for quota (Daytona said: %1); the candidate starts when one of the run&apos;s sandboxes is deleted.</source>
        <translation>En attente de quota (Daytona indique&#xa0;: %1)&#xa0;; le candidat démarrera dès qu&apos;un des bacs à sable de l&apos;exécution sera supprimé.</translation>
    </message>
    <message>
        <source>installing the dependencies</source>
        <translation>installation des dépendances</translation>
    </message>
    <message>
        <source>Waiting for a runner (Daytona said: %1); the candidate is tried again in a few seconds.</source>
        <translation>En attente d&apos;un runner (Daytona indique&#xa0;: %1)&#xa0;; le candidat sera relancé dans quelques secondes.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DependencyInstaller</name>
    <message>
        <source>Could not start the install: %1</source>
        <translation>Impossible de lancer l&apos;installation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Installation arrêtée.</translation>
    </message>
    <message>
        <source>Could not prepare the install folder in %1.</source>
        <translation>Impossible de préparer le dossier d&apos;installation dans %1.</translation>
    </message>
    <message>
        <source>Could not make the sandbox&apos;s seccomp filter.</source>
        <translation>Impossible de créer le filtre seccomp du bac à sable.</translation>
    </message>
    <message>
        <source>Could not move the installed environment into %1.</source>
        <translation>Impossible de déplacer l&apos;environnement installé dans %1.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DependencySettings</name>
    <message>
        <source>Candidate Dependencies</source>
        <translation>Dépendances des candidats</translation>
    </message>
    <message>
        <source>PyPI (pip&apos;s default)</source>
        <translation>PyPI (par défaut pour pip)</translation>
    </message>
    <message>
        <source>The package index pip installs candidates&apos; dependencies from, such as a private mirror. `dreamfoundry run --index-url` overrides it for one run.</source>
        <translation>L&apos;index de paquets depuis lequel pip installe les dépendances des candidats, par exemple un miroir privé. `dreamfoundry run --index-url` le remplace pour une exécution.</translation>
    </message>
    <message>
        <source>Package inde&amp;x:</source>
        <translation>Inde&amp;x des paquets&#xa0;:</translation>
    </message>
    <message>
        <source>The package index must be an http:// or https:// address, such as https://pypi.example.com/simple, not “%1”.</source>
        <translation>L&apos;index de paquets doit être une adresse http:// ou https://, par exemple https://pypi.example.com/simple, et non «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DiffTextView</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s) hidden: click to show</source>
        <translation>
            <numerusform>⋯ %n ligne inchangée masquée&#xa0;: cliquez pour l&apos;afficher</numerusform>
            <numerusform>⋯ %n lignes inchangées masquées&#xa0;: cliquez pour les afficher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DiscordMessages</name>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>**Dream Foundry winner** for “%1”: **%2** (%3)</source>
        <translation>**Gagnant Dream Foundry** pour «&#xa0;%1&#xa0;»&#xa0;: **%2** (%3)</translation>
    </message>
    <message>
        <source>**Dream Foundry candidate** for “%1”: **%2** (%3)</source>
        <translation>**Candidat Dream Foundry** pour «&#xa0;%1&#xa0;»&#xa0;: **%2** (%3)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DiscordWebhook</name>
    <message>
        <source>No webhook URL was given: copy it from the Discord channel&apos;s settings (Integrations, Webhooks, Copy Webhook URL).</source>
        <translation>Aucune URL de webhook n&apos;a été fournie&#xa0;: copiez-la depuis les paramètres du salon Discord (Intégrations, Webhooks, Copier l&apos;URL du webhook).</translation>
    </message>
    <message>
        <source>That is not a URL: copy the webhook URL from the Discord channel&apos;s settings (Integrations, Webhooks, Copy Webhook URL).</source>
        <translation>Ce n&apos;est pas une URL&#xa0;: copiez l&apos;URL du webhook depuis les paramètres du salon Discord (Intégrations, Webhooks, Copier l&apos;URL du webhook).</translation>
    </message>
    <message>
        <source>A Discord webhook URL holds no user name, password or #fragment.</source>
        <translation>Une URL de webhook Discord ne contient ni nom d&apos;utilisateur, ni mot de passe, ni #fragment.</translation>
    </message>
    <message>
        <source>A webhook on this machine is accepted only by the tests&apos; option; use the https URL Discord gives.</source>
        <translation>Un webhook sur cette machine n&apos;est accepté qu&apos;avec l&apos;option réservée aux tests&#xa0;; utilisez l&apos;URL https fournie par Discord.</translation>
    </message>
    <message>
        <source>The webhook URL must start with http:// or https://.</source>
        <translation>L&apos;URL du webhook doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The webhook URL must start with https://, as Discord&apos;s webhook URLs do.</source>
        <translation>L&apos;URL du webhook doit commencer par https://, comme les URL de webhook Discord.</translation>
    </message>
    <message>
        <source>%1 is not Discord: a webhook URL is on discord.com or discordapp.com.</source>
        <translation>%1 n&apos;est pas Discord&#xa0;: une URL de webhook se trouve sur discord.com ou discordapp.com.</translation>
    </message>
    <message>
        <source>A Discord webhook URL has no port number.</source>
        <translation>Une URL de webhook Discord n&apos;a pas de numéro de port.</translation>
    </message>
    <message>
        <source>That is not a webhook URL: a Discord webhook URL ends in /api/webhooks/&lt;number&gt;/&lt;token&gt;.</source>
        <translation>Ce n&apos;est pas une URL de webhook&#xa0;: une URL de webhook Discord se termine par /api/webhooks/&lt;numéro&gt;/&lt;jeton&gt;.</translation>
    </message>
    <message>
        <source>the webhook</source>
        <translation>le webhook</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DownloadFileJob</name>
    <message>
        <source>Could not write the downloaded file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier téléchargé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 bytes.</source>
        <translation>Le fichier %1 dépasse %2 octets.</translation>
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
        <translation>l&apos;URL n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>the URL holds spaces or control characters</source>
        <translation>l&apos;URL contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <source>the URL&apos;s port is not a number</source>
        <translation>le port de l&apos;URL n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the URL has no valid host name</source>
        <translation>l&apos;URL n&apos;a pas de nom d&apos;hôte valide</translation>
    </message>
    <message>
        <source>no &quot; | &quot; between the date and the event</source>
        <translation>pas de «&#xa0;|&#xa0;» entre la date et l&apos;événement</translation>
    </message>
    <message>
        <source>the event is not a Markdown link [Title](URL)</source>
        <translation>l&apos;événement n&apos;est pas un lien Markdown [Titre](URL)</translation>
    </message>
    <message>
        <source>the date is not a valid YYYY-MM-DD date</source>
        <translation>la date n&apos;est pas une date AAAA-MM-JJ valide</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>there is no host</source>
        <translation>il n&apos;y a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a host name</source>
        <translation>%1 est une adresse IP, et non un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>%1 is a single name, not a public host</source>
        <translation>%1 est un nom simple, et non un hôte public</translation>
    </message>
    <message>
        <source>%1 is a documentation name (example)</source>
        <translation>%1 est un nom réservé à la documentation (example)</translation>
    </message>
    <message>
        <source>%1 is a reserved name (.%2)</source>
        <translation>%1 est un nom réservé (.%2)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ExportCommand</name>
    <message>
        <source>dreamfoundry export: %1</source>
        <translation>dreamfoundry export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exports a saved run: md (the Markdown report), csv (the table, one row per candidate), html (one self-contained page, no script) or json (run.json).</source>
        <translation>Exporte une exécution enregistrée&#xa0;: md (le rapport Markdown), csv (le tableau, une ligne par candidat), html (une page autonome, sans script) ou json (run.json).</translation>
    </message>
    <message>
        <source>md, csv, html or json.</source>
        <translation>md, csv, html ou json.</translation>
    </message>
    <message>
        <source>The file to write; without it the export is printed.</source>
        <translation>Le fichier à écrire&#xa0;; sans lui, l&apos;export est affiché.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Un dossier de résultats.</translation>
    </message>
    <message>
        <source>give one results folder, e.g. dreamfoundry export ./results --format html --out report.html</source>
        <translation>indiquez un seul dossier de résultats, par exemple dreamfoundry export ./results --format html --out report.html</translation>
    </message>
    <message>
        <source>choose a format with --format md, csv, html or json</source>
        <translation>choisissez un format avec --format md, csv, html ou json</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::HistoryChart</name>
    <message>
        <source>No runs to chart.</source>
        <translation>Aucune exécution à représenter.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::HistoryModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <source>Chart of each candidate&apos;s score and runtime across runs</source>
        <translation>Graphique du score et de la durée de chaque candidat au fil des exécutions</translation>
    </message>
    <message>
        <source>The table above lists the same runs in words</source>
        <translation>Le tableau ci-dessus décrit les mêmes exécutions en texte</translation>
    </message>
    <message>
        <source>Filter by objective, candidate or winner</source>
        <translation>Filtrer par objectif, candidat ou gagnant</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer l&apos;historique</translation>
    </message>
    <message>
        <source>Backend of the runs shown</source>
        <translation>Moteur des exécutions affichées</translation>
    </message>
    <message>
        <source>Any backend</source>
        <translation>Tous les moteurs</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Daytona</source>
        <translation>Daytona</translation>
    </message>
    <message>
        <source>Age of the runs shown</source>
        <translation>Ancienneté des exécutions affichées</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 sur %n exécution</numerusform>
            <numerusform>%1 sur %n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed between the two runs</source>
        <translation>Ce qui a changé entre les deux exécutions</translation>
    </message>
    <message>
        <source>Select two runs to compare.</source>
        <translation>Sélectionnez deux exécutions à comparer.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Move %n run(s) to the trash?</source>
        <translation>
            <numerusform>Mettre %n exécution à la corbeille&#xa0;?</numerusform>
            <numerusform>Mettre %n exécutions à la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results folders go to the desktop&apos;s trash, from where they can be restored.</source>
        <translation>Leurs dossiers de résultats iront dans la corbeille du bureau, d&apos;où ils pourront être restaurés.</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>There is no trash for %n run(s). Delete them for good?</source>
        <translation>
            <numerusform>Il n&apos;y a pas de corbeille pour %n exécution. La supprimer définitivement&#xa0;?</numerusform>
            <numerusform>Il n&apos;y a pas de corbeille pour %n exécutions. Les supprimer définitivement&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <source>Move to Trash...</source>
        <translation>Mettre à la corbeille...</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::IsolationProbe</name>
    <message>
        <source>bwrap was not found (install the bubblewrap package)</source>
        <translation>bwrap est introuvable (installez le paquet bubblewrap)</translation>
    </message>
    <message>
        <source>the seccomp filter could not be made: %1</source>
        <translation>impossible de créer le filtre seccomp&#xa0;: %1</translation>
    </message>
    <message>
        <source>no memfd</source>
        <translation>pas de memfd</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here: %1</source>
        <translation>bwrap ne peut pas créer de bac à sable ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>bwrap could not be started: %1</source>
        <translation>impossible de lancer bwrap&#xa0;: %1</translation>
    </message>
    <message>
        <source>bwrap did not answer within 10 seconds</source>
        <translation>bwrap n&apos;a pas répondu en 10 secondes</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::KeychainCredentialStore</name>
    <message>
        <source>the macOS Keychain (service “%1”)</source>
        <translation>le trousseau macOS (service «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the Windows Credential Manager (service “%1”)</source>
        <translation>le gestionnaire d&apos;identifiants Windows (service «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service, service “%1”)</source>
        <translation>le trousseau du système (Secret Service, service «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LocalSandbox</name>
    <message>
        <source>%1 runs WITHOUT isolation: %2.</source>
        <translation>%1 s&apos;exécute SANS isolation&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 uses the HOST network (its loopback services included): slirp4netns is not installed.</source>
        <translation>%1 utilise le réseau de l&apos;HÔTE (y compris ses services en boucle locale)&#xa0;: slirp4netns n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder in the temporary folder: %1</source>
        <translation>Impossible de créer le dossier du bac à sable dans le dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not copy the script %1 into the sandbox.</source>
        <translation>Impossible de copier le script %1 dans le bac à sable.</translation>
    </message>
    <message>
        <source>Could not hand the sandbox folder to the candidate&apos;s user.</source>
        <translation>Impossible de confier le dossier du bac à sable à l&apos;utilisateur du candidat.</translation>
    </message>
    <message>
        <source>Could not write the sandbox&apos;s /etc files.</source>
        <translation>Impossible d&apos;écrire les fichiers /etc du bac à sable.</translation>
    </message>
    <message>
        <source>Could not make the sandbox&apos;s seccomp filter.</source>
        <translation>Impossible de créer le filtre seccomp du bac à sable.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s private network could not be set up: %1.</source>
        <translation>Impossible de mettre en place le réseau privé du bac à sable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Disk limit reached (%1 MiB or %2 files in /home/daytona and /tmp together).</source>
        <translation>Limite de disque atteinte (%1 Mio ou %2 fichiers dans /home/daytona et /tmp réunis).</translation>
    </message>
    <message>
        <source>The artifact is a link or a folder, not a file; it was not collected.</source>
        <translation>L&apos;artefact est un lien ou un dossier, et non un fichier&#xa0;; il n&apos;a pas été collecté.</translation>
    </message>
    <message numerus="yes">
        <source>Collecting the artifact took longer than %n second(s); it was not collected.</source>
        <translation>
            <numerusform>La collecte de l&apos;artefact a pris plus de %n seconde&#xa0;; il n&apos;a pas été collecté.</numerusform>
            <numerusform>La collecte de l&apos;artefact a pris plus de %n secondes&#xa0;; il n&apos;a pas été collecté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not collect the artifact into %1.</source>
        <translation>Impossible de collecter l&apos;artefact dans %1.</translation>
    </message>
    <message>
        <source>Memory limit reached (%1 MiB for the whole sandbox).</source>
        <translation>Limite de mémoire atteinte (%1 Mio pour l&apos;ensemble du bac à sable).</translation>
    </message>
    <message>
        <source>Process limit reached (%1 processes for the whole sandbox).</source>
        <translation>Limite de processus atteinte (%1 processus pour l&apos;ensemble du bac à sable).</translation>
    </message>
    <message>
        <source>Could not remove the folder of sandbox %1.</source>
        <translation>Impossible de supprimer le dossier du bac à sable %1.</translation>
    </message>
    <message>
        <source>The artifact is %1 MiB (a sparse file), over the artifact limit of %2 MiB; it was not collected.</source>
        <translation>L&apos;artefact fait %1 Mio (fichier creux), au-delà de la limite de %2 Mio pour les artefacts&#xa0;; il n&apos;a pas été collecté.</translation>
    </message>
    <message>
        <source>The artifact is %1 MiB, over the artifact limit of %2 MiB; it was not collected.</source>
        <translation>L&apos;artefact fait %1 Mio, au-delà de la limite de %2 Mio pour les artefacts&#xa0;; il n&apos;a pas été collecté.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder in the temporary folder.</source>
        <translation>Impossible de créer le dossier du bac à sable dans le dossier temporaire.</translation>
    </message>
    <message>
        <source>%1: symbolic links were left out of the copy (not followed): %2</source>
        <translation>%1&#xa0;: les liens symboliques ont été exclus de la copie (non suivis)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not hand the candidate its environment variables.</source>
        <translation>Impossible de transmettre au candidat ses variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>Could not create the sandboxes&apos; /etc folder: %1</source>
        <translation>Impossible de créer le dossier /etc des bacs à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: /home/daytona is a folder on the host&apos;s disk without a size limit (no private disk could be made: dreamfoundry-scratch-disk is missing or failed).</source>
        <translation>%1&#xa0;: /home/daytona est un dossier sur le disque de l&apos;hôte, sans limite de taille (impossible de créer un disque privé&#xa0;: dreamfoundry-scratch-disk est absent ou a échoué).</translation>
    </message>
    <message>
        <source>Could not make the sandbox&apos;s start signal: %1</source>
        <translation>Impossible de créer le signal de démarrage du bac à sable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LogView</name>
    <message>
        <source>A bar marks the lines the candidate wrote to stderr.</source>
        <translation>Une barre signale les lignes que le candidat a écrites sur stderr.</translation>
    </message>
    <message numerus="yes">
        <source>[... %n earlier byte(s) not kept ...]
</source>
        <translation>
            <numerusform>[... %n octet antérieur non conservé ...]
</numerusform>
            <numerusform>[... %n octets antérieurs non conservés ...]
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LoginCommand</name>
    <message>
        <source>no key was given: pipe the Daytona API key on standard input or type it at the prompt.</source>
        <translation>aucune clé fournie&#xa0;: transmettez la clé d&apos;API Daytona sur l&apos;entrée standard ou saisissez-la à l&apos;invite.</translation>
    </message>
    <message>
        <source>that is the placeholder of the sample .env file (“your_...”), not a Daytona API key; copy the key from the Daytona dashboard.</source>
        <translation>ceci est la valeur d&apos;exemple du fichier .env fourni («&#xa0;your_...&#xa0;»), et non une clé d&apos;API Daytona&#xa0;; copiez la clé depuis le tableau de bord Daytona.</translation>
    </message>
    <message>
        <source>a Daytona API key is one word without spaces or control characters; check what was pasted.</source>
        <translation>une clé d&apos;API Daytona est un mot unique sans espaces ni caractères de contrôle&#xa0;; vérifiez ce qui a été collé.</translation>
    </message>
    <message>
        <source>dreamfoundry login: %1</source>
        <translation>dreamfoundry login&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: dreamfoundry login [--discord-webhook]
Reads the Daytona API key (with --discord-webhook: the Discord webhook URL dreamfoundry publish posts to) from standard input, or asks for it without echo, and stores it in %1.</source>
        <translation>Utilisation&#xa0;: dreamfoundry login [--discord-webhook]
Lit la clé d&apos;API Daytona (avec --discord-webhook&#xa0;: l&apos;URL du webhook Discord sur lequel publie dreamfoundry publish) sur l&apos;entrée standard, ou la demande sans l&apos;afficher, puis l&apos;enregistre dans %1.</translation>
    </message>
    <message>
        <source>Discord webhook URL (input hidden): </source>
        <translation>URL du webhook Discord (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>Daytona API key (input hidden): </source>
        <translation>Clé d&apos;API Daytona (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>the input is far longer than an API key; pipe only the key.</source>
        <translation>l&apos;entrée est bien plus longue qu&apos;une clé d&apos;API&#xa0;; ne transmettez que la clé.</translation>
    </message>
    <message>
        <source>Stored the Daytona API key in %1.</source>
        <translation>Clé d&apos;API Daytona enregistrée dans %1.</translation>
    </message>
    <message>
        <source>dreamfoundry run and the window use it before DAYTONA_API_KEY and .env; dreamfoundry logout removes it.</source>
        <translation>dreamfoundry run et la fenêtre l&apos;utilisent en priorité sur DAYTONA_API_KEY et .env&#xa0;; dreamfoundry logout la supprime.</translation>
    </message>
    <message>
        <source>Set DAYTONA_API_KEY in the environment or in a .env file in the working folder instead.</source>
        <translation>Définissez plutôt DAYTONA_API_KEY dans l&apos;environnement ou dans un fichier .env du dossier de travail.</translation>
    </message>
    <message>
        <source>Stored the Discord webhook in %1; dreamfoundry publish posts to it, dreamfoundry logout --discord-webhook removes it.</source>
        <translation>Webhook Discord enregistré dans %1&#xa0;; dreamfoundry publish y publie, dreamfoundry logout --discord-webhook le supprime.</translation>
    </message>
    <message>
        <source>login takes no arguments: the key is never read from the command line, where other users can see it. Pipe it on standard input or type it at the prompt.</source>
        <translation>login n&apos;accepte aucun argument&#xa0;: la clé n&apos;est jamais lue sur la ligne de commande, où d&apos;autres utilisateurs pourraient la voir. Transmettez-la sur l&apos;entrée standard ou saisissez-la à l&apos;invite.</translation>
    </message>
    <message>
        <source>logout takes no arguments but --discord-webhook.</source>
        <translation>logout n&apos;accepte aucun argument, hormis --discord-webhook.</translation>
    </message>
    <message>
        <source>dreamfoundry logout: %1</source>
        <translation>dreamfoundry logout&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: dreamfoundry logout [--discord-webhook]
Removes the Daytona API key (with --discord-webhook: the Discord webhook) from %1.</source>
        <translation>Utilisation&#xa0;: dreamfoundry logout [--discord-webhook]
Supprime la clé d&apos;API Daytona (avec --discord-webhook&#xa0;: le webhook Discord) de %1.</translation>
    </message>
    <message>
        <source>The Daytona API key is no longer stored in %1.</source>
        <translation>La clé d&apos;API Daytona n&apos;est plus enregistrée dans %1.</translation>
    </message>
    <message>
        <source>No key is stored there.</source>
        <translation>Aucune clé n&apos;y est enregistrée.</translation>
    </message>
    <message>
        <source>Note: a Daytona API key is still set in %1.</source>
        <translation>Remarque&#xa0;: une clé d&apos;API Daytona est encore définie dans %1.</translation>
    </message>
    <message>
        <source>No Discord webhook is stored in %1.</source>
        <translation>Aucun webhook Discord n&apos;est enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::MainWindow</name>
    <message numerus="yes">
        <source>Run the %n failed candidate(s) again</source>
        <translation>
            <numerusform>Relancer %n candidat en échec</numerusform>
            <numerusform>Relancer les %n candidats en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean Up Sandboxes</source>
        <translation>Nettoyer les bacs à sable</translation>
    </message>
    <message>
        <source>About Dream Foundry</source>
        <translation>À propos de Dream Foundry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dream Foundry %1&lt;/h3&gt;&lt;p&gt;Runs candidate agent scripts side by side, each in its own sandbox, and keeps what they produced.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dream Foundry %1&lt;/h3&gt;&lt;p&gt;Exécute des scripts d&apos;agents candidats côte à côte, chacun dans son propre bac à sable, et conserve ce qu&apos;ils ont produit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Displa&amp;y:</source>
        <translation>Aff&amp;icher&#xa0;:</translation>
    </message>
    <message>
        <source>Show every candidate, or only those you are looking for</source>
        <translation>Afficher tous les candidats, ou seulement ceux que vous cherchez</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Tous les candidats</translation>
    </message>
    <message>
        <source>Failed, timed out or cancelled</source>
        <translation>Échoués, délai dépassé ou annulés</translation>
    </message>
    <message>
        <source>Running or queued</source>
        <translation>En cours ou en attente</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Dream Foundry Help</source>
        <translation>Aide de Dream Foundry</translation>
    </message>
    <message>
        <source>Local (bubblewrap)</source>
        <translation>Local (bubblewrap)</translation>
    </message>
    <message>
        <source>Daytona</source>
        <translation>Daytona</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Not a candidate script</source>
        <translation>Pas un script candidat</translation>
    </message>
    <message>
        <source>The sample candidates are already in the list.</source>
        <translation>Les candidats d&apos;exemple sont déjà dans la liste.</translation>
    </message>
    <message>
        <source>Cannot re-score</source>
        <translation>Impossible de réévaluer</translation>
    </message>
    <message>
        <source>Re-scoring...</source>
        <translation>Réévaluation...</translation>
    </message>
    <message>
        <source>Scores changed; use File &gt; Save Results As... to keep them.</source>
        <translation>Les scores ont changé&#xa0;; utilisez Fichier &gt; Enregistrer les résultats sous... pour les conserver.</translation>
    </message>
    <message>
        <source>Scores saved.</source>
        <translation>Scores enregistrés.</translation>
    </message>
    <message>
        <source>The scores could not be saved</source>
        <translation>Impossible d&apos;enregistrer les scores</translation>
    </message>
    <message>
        <source>The new scores are shown, but the results folder could not be updated. Use File &gt; Save Results As... to keep them.</source>
        <translation>Les nouveaux scores sont affichés, mais le dossier de résultats n&apos;a pas pu être mis à jour. Utilisez Fichier &gt; Enregistrer les résultats sous... pour les conserver.</translation>
    </message>
    <message>
        <source>Checking local isolation...</source>
        <translation>Vérification de l&apos;isolation locale...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local candidates will run WITHOUT isolation&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Les candidats locaux s&apos;exécuteront SANS isolation&lt;/b&gt;&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Auto uses Daytona.</source>
        <translation>Le mode Auto utilise Daytona.</translation>
    </message>
    <message>
        <source>Auto uses local sandboxes. %1</source>
        <translation>Le mode Auto utilise les bacs à sable locaux. %1</translation>
    </message>
    <message>
        <source>Daytona needs an API key to run candidates.</source>
        <translation>Daytona a besoin d&apos;une clé d&apos;API pour exécuter des candidats.</translation>
    </message>
    <message>
        <source>Add one in Daytona Settings, or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Ajoutez-en une dans les paramètres Daytona, ou définissez DAYTONA_API_KEY dans l&apos;environnement ou dans un fichier .env du dossier de travail.</translation>
    </message>
    <message>
        <source>Daytona Settings...</source>
        <translation>Paramètres Daytona...</translation>
    </message>
    <message>
        <source>Daytona has no API key, so this run uses local sandboxes.</source>
        <translation>Daytona n&apos;a pas de clé d&apos;API&#xa0;: cette exécution utilise donc les bacs à sable locaux.</translation>
    </message>
    <message>
        <source>Run &gt; Clean Up Sandboxes...</source>
        <translation>Exécution &gt; Nettoyer les bacs à sable...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Running: %1   Succeeded: %2   Failed: %3</source>
        <translation>En cours&#xa0;: %1   Réussis&#xa0;: %2   Échoués&#xa0;: %3</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>   %1: %2</source>
        <translation>   %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>   Elapsed: %1</source>
        <translation>   Temps écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dream Foundry</source>
        <translation>Dream Foundry</translation>
    </message>
    <message>
        <source>Dream Foundry - %1</source>
        <translation>Dream Foundry - %1</translation>
    </message>
    <message>
        <source>Add Candidate Scripts</source>
        <translation>Ajouter des scripts candidats</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Impossible de lancer l&apos;exécution</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Relancer</translation>
    </message>
    <message numerus="yes">
        <source>Run %n candidate(s) again with which objective?</source>
        <translation>
            <numerusform>Relancer %n candidat avec quel objectif&#xa0;?</numerusform>
            <numerusform>Relancer %n candidats avec quel objectif&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The objective box has changed since this run. A rerun uses the run&apos;s objective and updates the run in place; the edited objective makes a new run.</source>
        <translation>Le champ Objectif a changé depuis cette exécution. Une relance utilise l&apos;objectif de l&apos;exécution et met à jour celle-ci&#xa0;; l&apos;objectif modifié crée une nouvelle exécution.</translation>
    </message>
    <message>
        <source>Rerun with the Run&apos;s Objective</source>
        <translation>Relancer avec l&apos;objectif de l&apos;exécution</translation>
    </message>
    <message>
        <source>New Run with the Edited Objective</source>
        <translation>Nouvelle exécution avec l&apos;objectif modifié</translation>
    </message>
    <message>
        <source>Cannot run again</source>
        <translation>Impossible de relancer</translation>
    </message>
    <message>
        <source>The results could not be saved</source>
        <translation>Impossible d&apos;enregistrer les résultats</translation>
    </message>
    <message>
        <source>The run is still here: use File &gt; Save Results As... to keep it.</source>
        <translation>L&apos;exécution est toujours là&#xa0;: utilisez Fichier &gt; Enregistrer les résultats sous... pour la conserver.</translation>
    </message>
    <message>
        <source>%1 produced no artifact.</source>
        <translation>%1 n&apos;a produit aucun artefact.</translation>
    </message>
    <message>
        <source>The artifact appears when the candidate finishes.</source>
        <translation>L&apos;artefact apparaîtra lorsque le candidat aura terminé.</translation>
    </message>
    <message>
        <source>%1: %2 bytes, binary or too large to show.

First bytes:
%3</source>
        <translation>%1&#xa0;: %2 octets, binaire ou trop volumineux pour être affiché.

Premiers octets&#xa0;:
%3</translation>
    </message>
    <message>
        <source>&amp;Cancel This Candidate</source>
        <translation>&amp;Annuler ce candidat</translation>
    </message>
    <message>
        <source>&amp;Rerun This Candidate</source>
        <translation>Re&amp;lancer ce candidat</translation>
    </message>
    <message>
        <source>&amp;Open Artifact</source>
        <translation>&amp;Ouvrir l&apos;artefact</translation>
    </message>
    <message>
        <source>Cannot open the artifact</source>
        <translation>Impossible d&apos;ouvrir l&apos;artefact</translation>
    </message>
    <message>
        <source>No application on this computer opens %1. It is shown in the Artifact tab, and kept in the results folder.</source>
        <translation>Aucune application de cet ordinateur ne peut ouvrir %1. L&apos;artefact est affiché dans l&apos;onglet Artefact et conservé dans le dossier de résultats.</translation>
    </message>
    <message>
        <source>Copy &amp;Sandbox ID</source>
        <translation>Copier l&apos;&amp;ID du bac à sable</translation>
    </message>
    <message>
        <source>Copied the sandbox ID %1.</source>
        <translation>ID du bac à sable %1 copié.</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
        <source>Compare &amp;With...</source>
        <translation>Comparer a&amp;vec...</translation>
    </message>
    <message>
        <source>&amp;Earlier Attempts</source>
        <translation>&amp;Tentatives précédentes</translation>
    </message>
    <message>
        <source>Attempt %1: %2, %3</source>
        <translation>Tentative %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Compare Attempt %1 with Attempt %2</source>
        <translation>Comparer la tentative %1 avec la tentative %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>Showing attempt %1 of %2; choose a row to see its latest attempt.</source>
        <translation>Affichage de la tentative %1 sur %2&#xa0;; choisissez une ligne pour voir sa dernière tentative.</translation>
    </message>
    <message>
        <source>Open Results</source>
        <translation>Ouvrir des résultats</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, first.</source>
        <translation>Attendez d&apos;abord la fin de l&apos;exécution, ou annulez-la.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Rapport Markdown (*.md)</translation>
    </message>
    <message>
        <source>run.json (*.json)</source>
        <translation>run.json (*.json)</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Choose a file ending in .html, .csv, .md or .json.</source>
        <translation>Choisissez un fichier se terminant par .html, .csv, .md ou .json.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Save Results As</source>
        <translation>Enregistrer les résultats sous</translation>
    </message>
    <message>
        <source>Nothing was lost: the results are still on screen. Choose another folder, or make room, and save again.</source>
        <translation>Rien n&apos;a été perdu&#xa0;: les résultats sont toujours affichés. Choisissez un autre dossier, ou libérez de l&apos;espace, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>Résultats enregistrés dans %1</translation>
    </message>
    <message>
        <source>The objective box shows the opened run&apos;s objective. The text you were writing is kept in Recent objectives.</source>
        <translation>Le champ Objectif affiche l&apos;objectif de l&apos;exécution ouverte. Le texte que vous rédigiez est conservé dans Objectifs récents.</translation>
    </message>
    <message>
        <source>Restore My Text</source>
        <translation>Restaurer mon texte</translation>
    </message>
    <message>
        <source>Recent objectives...</source>
        <translation>Objectifs récents...</translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation>%1/%2 réussis</translation>
    </message>
    <message>
        <source>%1, %2 won</source>
        <translation>%1, %2 a gagné</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Dream Foundry run finished</source>
        <translation>Exécution Dream Foundry terminée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n candidate(s) succeeded.</source>
        <translation>
            <numerusform>Candidat réussi&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Candidats réussis&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results folder %1 is no longer there.</source>
        <translation>Le dossier de résultats %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This folder is not a Dream Foundry results folder: %1
Choose the folder of one run, the one that holds run.json.</source>
        <translation>Ce dossier n&apos;est pas un dossier de résultats Dream Foundry&#xa0;: %1
Choisissez le dossier d&apos;une exécution, celui qui contient run.json.</translation>
    </message>
    <message>
        <source>The results in %1 could not be read. The folder may be damaged, or written by a newer Dream Foundry.</source>
        <translation>Impossible de lire les résultats de %1. Le dossier est peut-être endommagé, ou écrit par une version plus récente de Dream Foundry.</translation>
    </message>
    <message>
        <source>Cannot open the results</source>
        <translation>Impossible d&apos;ouvrir les résultats</translation>
    </message>
    <message>
        <source>Post the winner&apos;s artifact to the Discord webhook</source>
        <translation>Publier l&apos;artefact du gagnant sur le webhook Discord</translation>
    </message>
    <message>
        <source>No Daytona API key is configured: add one in Settings &gt; Daytona Settings..., or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Aucune clé d&apos;API Daytona n&apos;est configurée&#xa0;: ajoutez-en une dans Paramètres &gt; Paramètres Daytona..., ou définissez DAYTONA_API_KEY dans l&apos;environnement ou dans un fichier .env du dossier de travail.</translation>
    </message>
    <message>
        <source>Saving the scores before closing...</source>
        <translation>Enregistrement des scores avant la fermeture...</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Une exécution est en cours</translation>
    </message>
    <message>
        <source>Cancel the run, remove its sandboxes and quit? What finished is saved.</source>
        <translation>Annuler l&apos;exécution, supprimer ses bacs à sable et quitter&#xa0;? Ce qui est terminé est enregistré.</translation>
    </message>
    <message>
        <source>Cancel Run and Quit</source>
        <translation>Annuler l&apos;exécution et quitter</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Continuer l&apos;exécution</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>Une exécution est en cours.</translation>
    </message>
    <message>
        <source>The scores of the run on screen are being saved.</source>
        <translation>Les scores de l&apos;exécution affichée sont en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Daytona is not set up: see Settings &gt; Daytona Settings...</source>
        <translation>Daytona n&apos;est pas configuré&#xa0;: voir Paramètres &gt; Paramètres Daytona...</translation>
    </message>
    <message>
        <source>Add at least one candidate script.</source>
        <translation>Ajoutez au moins un script candidat.</translation>
    </message>
    <message>
        <source>Run every candidate (%1)</source>
        <translation>Exécuter tous les candidats (%1)</translation>
    </message>
    <message>
        <source>Wait for the run to finish.</source>
        <translation>Attendez la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>No candidate of the run on screen failed.</source>
        <translation>Aucun candidat de l&apos;exécution affichée n&apos;a échoué.</translation>
    </message>
    <message>
        <source>Select a candidate that has finished.</source>
        <translation>Sélectionnez un candidat terminé.</translation>
    </message>
    <message>
        <source>Run this candidate again</source>
        <translation>Exécuter de nouveau ce candidat</translation>
    </message>
    <message>
        <source>A run with at least two candidates is needed to compare.</source>
        <translation>Il faut une exécution d&apos;au moins deux candidats pour comparer.</translation>
    </message>
    <message>
        <source>Select the candidates to compare.</source>
        <translation>Sélectionnez les candidats à comparer.</translation>
    </message>
    <message>
        <source>Select at most %1 candidates to compare.</source>
        <translation>Sélectionnez au plus %1 candidats à comparer.</translation>
    </message>
    <message>
        <source>Compare the selected candidate&apos;s artifact with others; select 2 to %1 rows to compare them at once.</source>
        <translation>Comparer l&apos;artefact du candidat sélectionné avec d&apos;autres&#xa0;; sélectionnez de 2 à %1 lignes pour les comparer en une fois.</translation>
    </message>
    <message>
        <source>Compare the artifacts of the %1 selected candidates side by side.</source>
        <translation>Comparer côte à côte les artefacts des %1 candidats sélectionnés.</translation>
    </message>
    <message>
        <source>Daytona sandboxes are on Daytona&apos;s network; this applies to local sandboxes only.</source>
        <translation>Les bacs à sable Daytona sont sur le réseau de Daytona&#xa0;; ce réglage ne s&apos;applique qu&apos;aux bacs à sable locaux.</translation>
    </message>
    <message>
        <source>Let local candidates reach the network</source>
        <translation>Autoriser les candidats locaux à accéder au réseau</translation>
    </message>
    <message>
        <source>The run is being scored.</source>
        <translation>L&apos;exécution est en cours d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Open or finish a run first.</source>
        <translation>Ouvrez ou terminez d&apos;abord une exécution.</translation>
    </message>
    <message>
        <source>Cancel every candidate that has not finished</source>
        <translation>Annuler tous les candidats qui n&apos;ont pas terminé</translation>
    </message>
    <message>
        <source>No run is in progress.</source>
        <translation>Aucune exécution n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Stop this candidate and remove its sandbox</source>
        <translation>Arrêter ce candidat et supprimer son bac à sable</translation>
    </message>
    <message>
        <source>Only a candidate still running can be cancelled.</source>
        <translation>Seul un candidat encore en cours d&apos;exécution peut être annulé.</translation>
    </message>
    <message>
        <source>Add candidate scripts (.py)</source>
        <translation>Ajouter des scripts candidats (.py)</translation>
    </message>
    <message>
        <source>Select the candidates to remove.</source>
        <translation>Sélectionnez les candidats à retirer.</translation>
    </message>
    <message>
        <source>Remove the selected candidates from the list</source>
        <translation>Retirer les candidats sélectionnés de la liste</translation>
    </message>
    <message>
        <source>Open the results of an earlier run</source>
        <translation>Ouvrir les résultats d&apos;une exécution précédente</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it.</source>
        <translation>Attendez la fin de l&apos;exécution, ou annulez-la.</translation>
    </message>
    <message>
        <source>Run or open a run first.</source>
        <translation>Lancez ou ouvrez d&apos;abord une exécution.</translation>
    </message>
    <message>
        <source>Save a copy of the results on screen</source>
        <translation>Enregistrer une copie des résultats affichés</translation>
    </message>
    <message>
        <source>Run or open a saved run first.</source>
        <translation>Lancez d&apos;abord une exécution ou ouvrez une exécution enregistrée.</translation>
    </message>
    <message>
        <source>Export the run on screen as HTML, CSV, Markdown or JSON</source>
        <translation>Exporter l&apos;exécution affichée en HTML, CSV, Markdown ou JSON</translation>
    </message>
    <message>
        <source>Delete Daytona sandboxes that runs left behind</source>
        <translation>Supprimer les bacs à sable Daytona laissés par des exécutions</translation>
    </message>
    <message>
        <source>Local sandboxes: bubblewrap, memory and processes capped per sandbox.</source>
        <translation>Bacs à sable locaux&#xa0;: bubblewrap, mémoire et processus limités par bac à sable.</translation>
    </message>
    <message>
        <source>Local sandboxes: bubblewrap, memory and processes capped per process (no cgroup to use).</source>
        <translation>Bacs à sable locaux&#xa0;: bubblewrap, mémoire et processus limités par processus (aucun cgroup disponible).</translation>
    </message>
    <message>
        <source>With network on, they use the &lt;b&gt;HOST network&lt;/b&gt; (install slirp4netns for a private one).</source>
        <translation>Avec le réseau activé, ils utilisent le &lt;b&gt;réseau de l&apos;HÔTE&lt;/b&gt; (installez slirp4netns pour un réseau privé).</translation>
    </message>
    <message>
        <source>Each has a private network.</source>
        <translation>Chacun dispose d&apos;un réseau privé.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Running candidates&lt;/h3&gt;&lt;p&gt;Add candidate scripts (.py), write the objective, choose the sandboxes and press Run (%1). Each candidate runs in its own sandbox; the table shows how each one is doing, and the Log, Artifact and Score tabs show the selected one.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;p&gt;In the table, Enter shows the candidate&apos;s log; the Menu key or Shift+F10 opens its actions. Compare Artifacts: %2. History: %3; in its list, Enter opens a run and Delete moves the selected runs to the trash.&lt;/p&gt;&lt;p&gt;The full manual: &lt;tt&gt;man dreamfoundry&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Exécuter des candidats&lt;/h3&gt;&lt;p&gt;Ajoutez des scripts candidats (.py), rédigez l&apos;objectif, choisissez les bacs à sable et appuyez sur Lancer (%1). Chaque candidat s&apos;exécute dans son propre bac à sable&#xa0;; le tableau montre où en est chacun, et les onglets Journal, Artefact et Score affichent celui qui est sélectionné.&lt;/p&gt;&lt;h3&gt;Touches&lt;/h3&gt;&lt;p&gt;Dans le tableau, Entrée affiche le journal du candidat&#xa0;; la touche Menu ou Maj+F10 ouvre ses actions. Comparer les artefacts&#xa0;: %2. Historique&#xa0;: %3&#xa0;; dans sa liste, Entrée ouvre une exécution et Suppr met les exécutions sélectionnées à la corbeille.&lt;/p&gt;&lt;p&gt;Le manuel complet&#xa0;: &lt;tt&gt;man dreamfoundry&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only Python scripts (.py) and folders with a main.py can be candidates. Not added: %1</source>
        <translation>Seuls les scripts Python (.py) et les dossiers contenant un main.py peuvent être candidats. Non ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The environment variables are not valid: %1</source>
        <translation>Les variables d&apos;environnement ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempt #%1 shows its own output when it ends; until then, the row of %2 shows the output of all its attempts as it comes.</source>
        <translation>La tentative n°&#xa0;%1 affiche sa propre sortie quand elle se termine&#xa0;; d&apos;ici là, la ligne de %2 affiche la sortie de toutes ses tentatives au fil de l&apos;eau.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::MemoryCredentialStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>la mémoire, pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Orchestrator</name>
    <message>
        <source>Could not create a working folder for the run: %1</source>
        <translation>Impossible de créer un dossier de travail pour l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: budget reached.</source>
        <translation>Annulé&#xa0;: budget atteint.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::OverviewRuler</name>
    <message>
        <source>Where the differences are; click to go there</source>
        <translation>Emplacement des différences&#xa0;; cliquez pour y aller</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PostOutcome</name>
    <message>
        <source>Posted %1 messages to the webhook.</source>
        <translation>%1 messages publiés sur le webhook.</translation>
    </message>
    <message>
        <source>%1 of %2 messages went out; message %3 was not posted: %4</source>
        <translation>%1 messages sur %2 envoyés&#xa0;; le message %3 n&apos;a pas été publié&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PrivateNetwork</name>
    <message>
        <source>the private network was not up within %1 seconds</source>
        <translation>le réseau privé n&apos;était pas prêt au bout de %1 secondes</translation>
    </message>
    <message>
        <source>Could not make the pipes of the private network: %1</source>
        <translation>Impossible de créer les tubes du réseau privé&#xa0;: %1</translation>
    </message>
    <message>
        <source>bwrap did not say which process the sandbox is</source>
        <translation>bwrap n&apos;a pas indiqué quel processus est le bac à sable</translation>
    </message>
    <message>
        <source>the sandbox ended before its network was set up</source>
        <translation>le bac à sable s&apos;est terminé avant la mise en place de son réseau</translation>
    </message>
    <message>
        <source>could not open the sandbox&apos;s namespaces: %1</source>
        <translation>impossible d&apos;ouvrir les espaces de noms du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>slirp4netns ended before the network was up: %1</source>
        <translation>slirp4netns s&apos;est terminé avant que le réseau soit prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>slirp4netns could not be started: %1</source>
        <translation>impossible de lancer slirp4netns&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PublishCommand</name>
    <message>
        <source>dreamfoundry publish: %1</source>
        <translation>dreamfoundry publish&#xa0;: %1</translation>
    </message>
    <message>
        <source>Posts the winner&apos;s artifact (or another candidate&apos;s) to the Discord webhook stored with dreamfoundry login --discord-webhook, after showing exactly the messages it will post.</source>
        <translation>Publie l&apos;artefact du gagnant (ou d&apos;un autre candidat) sur le webhook Discord enregistré avec dreamfoundry login --discord-webhook, après avoir affiché exactement les messages qui seront publiés.</translation>
    </message>
    <message>
        <source>The candidate to publish instead of the winner.</source>
        <translation>Le candidat à publier à la place du gagnant.</translation>
    </message>
    <message>
        <source>Post without asking; needed when standard input is not a terminal.</source>
        <translation>Publier sans demander confirmation&#xa0;; nécessaire lorsque l&apos;entrée standard n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>A loopback webhook URL (tests).</source>
        <translation>Une URL de webhook en boucle locale (tests).</translation>
    </message>
    <message>
        <source>Accept a loopback webhook URL (tests).</source>
        <translation>Accepter une URL de webhook en boucle locale (tests).</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Un dossier de résultats.</translation>
    </message>
    <message>
        <source>give one results folder, e.g. dreamfoundry publish ./results</source>
        <translation>indiquez un seul dossier de résultats, par exemple dreamfoundry publish ./results</translation>
    </message>
    <message>
        <source>%1 Choose a candidate with --candidate ID.</source>
        <translation>%1 Choisissez un candidat avec --candidate ID.</translation>
    </message>
    <message>
        <source>a Discord webhook is never taken from the command line, where other users can see it; store it with dreamfoundry login --discord-webhook.</source>
        <translation>un webhook Discord n&apos;est jamais lu sur la ligne de commande, où d&apos;autres utilisateurs pourraient le voir&#xa0;; enregistrez-le avec dreamfoundry login --discord-webhook.</translation>
    </message>
    <message>
        <source>no Discord webhook is stored: store one with dreamfoundry login --discord-webhook, or in the window&apos;s Settings.</source>
        <translation>aucun webhook Discord n&apos;est enregistré&#xa0;: enregistrez-en un avec dreamfoundry login --discord-webhook, ou dans les paramètres de la fenêtre.</translation>
    </message>
    <message>
        <source>the stored webhook is not usable: %1 Store another with dreamfoundry login --discord-webhook.</source>
        <translation>le webhook enregistré n&apos;est pas utilisable&#xa0;: %1 Enregistrez-en un autre avec dreamfoundry login --discord-webhook.</translation>
    </message>
    <message>
        <source>nothing was posted: standard input is not a terminal to confirm on; add --yes to post without asking.</source>
        <translation>rien n&apos;a été publié&#xa0;: l&apos;entrée standard n&apos;est pas un terminal permettant de confirmer&#xa0;; ajoutez --yes pour publier sans demander.</translation>
    </message>
    <message>
        <source>Publishing the winner, %1: %2 messages to the webhook.</source>
        <translation>Publication du gagnant, %1&#xa0;: %2 messages vers le webhook.</translation>
    </message>
    <message>
        <source>Publishing %1: %2 messages to the webhook.</source>
        <translation>Publication de %1&#xa0;: %2 messages vers le webhook.</translation>
    </message>
    <message>
        <source>----- message %1 of %2 (%3 characters) -----</source>
        <translation>----- message %1 sur %2 (%3 caractères) -----</translation>
    </message>
    <message>
        <source>----- end -----</source>
        <translation>----- fin -----</translation>
    </message>
    <message>
        <source>Post these %1 messages to the webhook? [y/N] </source>
        <translation>Publier ces %1 messages sur le webhook&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was posted.</source>
        <translation>Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>Posted message %1 of %2.</source>
        <translation>Message %1 sur %2 publié.</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s.</source>
        <translation>%1&#xa0;; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>dreamfoundry publish: the publication could not be recorded in run.json: %1</source>
        <translation>dreamfoundry publish&#xa0;: la publication n&apos;a pas pu être consignée dans run.json&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PublishDialog</name>
    <message>
        <source>Preparing the messages…</source>
        <translation>Préparation des messages…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish to Discord</source>
        <translation>Publier sur Discord</translation>
    </message>
    <message>
        <source>No Discord webhook is stored: set one in Settings, Publishing.</source>
        <translation>Aucun webhook Discord n&apos;est enregistré&#xa0;: définissez-en un dans Paramètres, Publication.</translation>
    </message>
    <message>
        <source>The stored webhook is not usable: %1</source>
        <translation>Le webhook enregistré n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wait for the run to finish.</source>
        <translation>Attendez la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Open or finish a saved run first.</source>
        <translation>Ouvrez ou terminez d&apos;abord une exécution enregistrée.</translation>
    </message>
    <message>
        <source>The run on screen has no winner: select a candidate with an artifact to publish it.</source>
        <translation>L&apos;exécution affichée n&apos;a pas de gagnant&#xa0;: sélectionnez un candidat ayant un artefact pour le publier.</translation>
    </message>
    <message>
        <source>The winner, %1, as %2 messages to the Discord webhook:</source>
        <translation>Le gagnant, %1, en %2 messages vers le webhook Discord&#xa0;:</translation>
    </message>
    <message>
        <source>%1 as %2 messages to the Discord webhook:</source>
        <translation>%1 en %2 messages vers le webhook Discord&#xa0;:</translation>
    </message>
    <message>
        <source>───── message %1 of %2 ─────</source>
        <translation>───── message %1 sur %2 ─────</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Posted %1 of %2 messages…</source>
        <translation>%1 messages sur %2 publiés…</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s…</source>
        <translation>%1&#xa0;; nouvel essai dans %2 s…</translation>
    </message>
    <message>
        <source>It could not be recorded in run.json: %1</source>
        <translation>La publication n&apos;a pas pu être consignée dans run.json&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Arrêt après le message en cours d&apos;envoi…</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Publishing</name>
    <message>
        <source>the artifact is not text (it holds NUL bytes)</source>
        <translation>l&apos;artefact n&apos;est pas du texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>the artifact is not UTF-8 text</source>
        <translation>l&apos;artefact n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>This run has no winner to publish.</source>
        <translation>Cette exécution n&apos;a pas de gagnant à publier.</translation>
    </message>
    <message>
        <source>This run has no winner to publish (%1).</source>
        <translation>Cette exécution n&apos;a pas de gagnant à publier (%1).</translation>
    </message>
    <message>
        <source>This run has no candidate named “%1”.</source>
        <translation>Cette exécution n&apos;a pas de candidat nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 produced no artifact to publish.</source>
        <translation>%1 n&apos;a produit aucun artefact à publier.</translation>
    </message>
    <message>
        <source>The artifact of %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;artefact de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The artifact of %1 is %2 KiB; at most %3 KiB is published (%4 messages). Share the file itself instead.</source>
        <translation>L&apos;artefact de %1 fait %2 Kio&#xa0;; au plus %3 Kio sont publiés (%4 messages). Partagez plutôt le fichier lui-même.</translation>
    </message>
    <message>
        <source>Only text is published, and %1.</source>
        <translation>Seul du texte peut être publié, or %1.</translation>
    </message>
    <message>
        <source>The artifact of %1 is empty.</source>
        <translation>L&apos;artefact de %1 est vide.</translation>
    </message>
    <message>
        <source>The artifact of %1 holds a stretch of white space longer than a Discord message, which Discord would refuse.</source>
        <translation>L&apos;artefact de %1 contient une suite d&apos;espaces plus longue qu&apos;un message Discord, ce que Discord refuserait.</translation>
    </message>
    <message>
        <source>The artifact of %1 would take %2 messages; at most %3 are posted. Share the file itself instead.</source>
        <translation>L&apos;artefact de %1 nécessiterait %2 messages&#xa0;; au plus %3 sont publiés. Partagez plutôt le fichier lui-même.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::PublishingSettings</name>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Looking for a webhook in the keychain…</source>
        <translation>Recherche d&apos;un webhook dans le trousseau…</translation>
    </message>
    <message>
        <source>S&amp;tore Webhook</source>
        <translation>&amp;Enregistrer le webhook</translation>
    </message>
    <message>
        <source>Remo&amp;ve Webhook</source>
        <translation>Supprimer le &amp;webhook</translation>
    </message>
    <message>
        <source>Paste a Discord webhook URL to store it</source>
        <translation>Collez l&apos;URL d&apos;un webhook Discord pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Discord &amp;webhook:</source>
        <translation>Webhook &amp;Discord&#xa0;:</translation>
    </message>
    <message>
        <source>A webhook is stored in %1; Run &gt; Publish Winner... posts to it. Paste another to replace it.</source>
        <translation>Un webhook est enregistré dans %1&#xa0;; Exécution &gt; Publier le gagnant... publie dessus. Collez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>No webhook is stored.</source>
        <translation>Aucun webhook n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Ranking</name>
    <message>
        <source>%1 was picked by hand; the ranking picks %2.</source>
        <translation>%1 a été choisi manuellement&#xa0;; le classement désigne %2.</translation>
    </message>
    <message>
        <source>no winner</source>
        <translation>aucun gagnant</translation>
    </message>
    <message>
        <source>No winner: the run has no candidates.</source>
        <translation>Aucun gagnant&#xa0;: l&apos;exécution n&apos;a aucun candidat.</translation>
    </message>
    <message>
        <source>No winner: no candidate passed every gate with a score.</source>
        <translation>Aucun gagnant&#xa0;: aucun candidat ayant un score n&apos;a satisfait tous les critères.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Reaper</name>
    <message>
        <source>live</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>orphelin</translation>
    </message>
    <message>
        <source>other machine</source>
        <translation>autre machine</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RepeatSummary</name>
    <message>
        <source>%1/%2 passed (%3%); runtime median %4, spread %5</source>
        <translation>%1/%2 réussis (%3&#xa0;%)&#xa0;; durée médiane %4, écart %5</translation>
    </message>
    <message>
        <source>; total median %1, spread %2</source>
        <translation>&#xa0;; total médian %1, écart %2</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::Requirements</name>
    <message>
        <source>The requirement line &quot;%1&quot; is a pip option; options are not supported (use the --index-url setting for a private index).</source>
        <translation>La ligne de dépendance «&#xa0;%1&#xa0;» est une option de pip&#xa0;; les options ne sont pas prises en charge (utilisez le réglage --index-url pour un index privé).</translation>
    </message>
    <message>
        <source>The requirement &quot;%1&quot; names a local file; only packages from an index can be installed.</source>
        <translation>La dépendance «&#xa0;%1&#xa0;» désigne un fichier local&#xa0;; seuls les paquets d&apos;un index peuvent être installés.</translation>
    </message>
    <message>
        <source>the script&apos;s inline metadata</source>
        <translation>les métadonnées intégrées du script</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Installing the dependencies failed (%1):
%2</source>
        <translation>L&apos;installation des dépendances a échoué (%1)&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ResultStore</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not copy %1 into the results.</source>
        <translation>Impossible de copier %1 dans les résultats.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Could not replace the existing results folder.</source>
        <translation>Impossible de remplacer le dossier de résultats existant.</translation>
    </message>
    <message>
        <source>Could not move the new results into place.</source>
        <translation>Impossible de mettre les nouveaux résultats en place.</translation>
    </message>
    <message>
        <source>The results folder %1 is a file, not a folder.</source>
        <translation>Le dossier de résultats %1 est un fichier, et non un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 already holds other files; choose an empty folder or a results folder to replace.</source>
        <translation>Le dossier %1 contient déjà d&apos;autres fichiers&#xa0;; choisissez un dossier vide ou un dossier de résultats à remplacer.</translation>
    </message>
    <message>
        <source>The results folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de résultats %1.</translation>
    </message>
    <message>
        <source>The results folder %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier de résultats %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Impossible de créer un dossier à côté de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a results folder: it has no run.json.</source>
        <translation>%1 n&apos;est pas un dossier de résultats&#xa0;: il ne contient pas de run.json.</translation>
    </message>
    <message>
        <source>No run.json in %1: %2</source>
        <translation>Pas de run.json dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>run.json in %1 is not valid JSON: %2</source>
        <translation>Le fichier run.json de %1 n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>run.json in %1 names a candidate or an artifact that is not a plain file name; it was not opened.</source>
        <translation>Le fichier run.json de %1 désigne un candidat ou un artefact qui n&apos;est pas un simple nom de fichier&#xa0;; il n&apos;a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunChanges</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>new in the second run (%1)</source>
        <translation>nouveau dans la seconde exécution (%1)</translation>
    </message>
    <message>
        <source>not in the second run</source>
        <translation>absent de la seconde exécution</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>score %1 -&gt; %2</source>
        <translation>score %1 -&gt; %2</translation>
    </message>
    <message>
        <source>artifact gone</source>
        <translation>artefact disparu</translation>
    </message>
    <message>
        <source>artifact new</source>
        <translation>nouvel artefact</translation>
    </message>
    <message>
        <source>artifact changed</source>
        <translation>artefact modifié</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunChangesView</name>
    <message>
        <source>Reading both runs...</source>
        <translation>Lecture des deux exécutions...</translation>
    </message>
    <message>
        <source>Compare &amp;Artifacts</source>
        <translation>Comparer les &amp;artefacts</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>The runs cannot be compared: %1</source>
        <translation>Impossible de comparer les exécutions&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n candidate(s) changed.</source>
        <translation>
            <numerusform>De %1 à %2&#xa0;: %n candidat a changé.</numerusform>
            <numerusform>De %1 à %2&#xa0;: %n candidats ont changé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunCommand</name>
    <message>
        <source>dreamfoundry run: %1</source>
        <translation>dreamfoundry run&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>no scripts given and no sample candidates found in %1.</source>
        <translation>aucun script indiqué et aucun candidat d&apos;exemple trouvé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n candidate(s) on the %1 backend: %2</source>
        <translation>
            <numerusform>Exécution de %n candidat sur le moteur %1&#xa0;: %2</numerusform>
            <numerusform>Exécution de %n candidats sur le moteur %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use Daytona: %1</source>
        <translation>impossible d&apos;utiliser Daytona&#xa0;: %1</translation>
    </message>
    <message>
        <source>Interrupted: cancelling every candidate...</source>
        <translation>Interruption&#xa0;: annulation de tous les candidats...</translation>
    </message>
    <message>
        <source>Could not save the results: %1</source>
        <translation>Impossible d&apos;enregistrer les résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: [%1] %2</source>
        <translation>avertissement&#xa0;: [%1] %2</translation>
    </message>
    <message numerus="yes">
        <source>Warming %n Daytona sandbox(es)...</source>
        <translation>
            <numerusform>Préchauffage de %n bac à sable Daytona...</numerusform>
            <numerusform>Préchauffage de %n bacs à sable Daytona...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warm pool ready: %n sandbox(es).</source>
        <translation>
            <numerusform>Réserve préchauffée prête&#xa0;: %n bac à sable.</numerusform>
            <numerusform>Réserve préchauffée prête&#xa0;: %n bacs à sable.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for quota</source>
        <translation>en attente de quota</translation>
    </message>
    <message>
        <source>waiting for a runner</source>
        <translation>en attente d&apos;un runner</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunEnvironmentPanel</name>
    <message>
        <source>Secrets &amp;&amp; Environment</source>
        <translation>Secrets et environnement</translation>
    </message>
    <message>
        <source>Pass secret</source>
        <translation>Secret à transmettre</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Seulement pour</translation>
    </message>
    <message>
        <source>Secrets passed to the candidates</source>
        <translation>Secrets transmis aux candidats</translation>
    </message>
    <message>
        <source>Tick a secret to pass it to the candidates as an environment variable. “Only for”: candidate names separated by commas; empty for all. Manage secrets in Settings.</source>
        <translation>Cochez un secret pour le transmettre aux candidats sous forme de variable d&apos;environnement. «&#xa0;Seulement pour&#xa0;»&#xa0;: noms de candidats séparés par des virgules&#xa0;; vide pour tous. Gérez les secrets dans Paramètres.</translation>
    </message>
    <message>
        <source>NAME=VALUE, one per line (not for secrets)</source>
        <translation>NOM=VALEUR, une par ligne (pas pour les secrets)</translation>
    </message>
    <message>
        <source>Environment variables for every candidate</source>
        <translation>Variables d&apos;environnement de tous les candidats</translation>
    </message>
    <message>
        <source>Variables for every candidate:</source>
        <translation>Variables pour tous les candidats&#xa0;:</translation>
    </message>
    <message>
        <source>No secrets are stored: add them in Settings &gt; Candidate Secrets.</source>
        <translation>Aucun secret n&apos;est enregistré&#xa0;: ajoutez-en dans Paramètres &gt; Secrets des candidats.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunExport</name>
    <message>
        <source>Dream Foundry run</source>
        <translation>Exécution Dream Foundry</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Démarrée le %1, terminée le %2</translation>
    </message>
    <message>
        <source>Succeeded: %1 of %2</source>
        <translation>Réussis&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Scorer: %1; weights success %2, quality %3, speed %4</source>
        <translation>Évaluateur&#xa0;: %1&#xa0;; pondérations réussite %2, qualité %3, vitesse %4</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>disqualified by %1</source>
        <translation>disqualifié par le critère %1</translation>
    </message>
    <message>
        <source>unscored: %1</source>
        <translation>non évalué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Totals and runtimes</source>
        <translation>Totaux et durées</translation>
    </message>
    <message>
        <source>Total (0-100)</source>
        <translation>Total (0-100)</translation>
    </message>
    <message>
        <source>Runtime (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>No artifact.</source>
        <translation>Aucun artefact.</translation>
    </message>
    <message>
        <source>%1, %2 bytes, sha256 %3</source>
        <translation>%1, %2 octets, sha256 %3</translation>
    </message>
    <message>
        <source>(binary or too large to show)</source>
        <translation>(binaire ou trop volumineux pour être affiché)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Output, stdout and stderr (last %1 lines)</source>
        <translation>Sortie, stdout et stderr (%1 dernières lignes)</translation>
    </message>
    <message>
        <source>Dream Foundry run: %1</source>
        <translation>Exécution Dream Foundry&#xa0;: %1</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Could not read run.json: %1</source>
        <translation>Impossible de lire run.json&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Winner: %1 (picked by hand)</source>
        <translation>Gagnant&#xa0;: %1 (choisi manuellement)</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Gagnant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Each candidate ran %n time(s); ranked by median total:</source>
        <translation>
            <numerusform>Chaque candidat a été exécuté %n fois&#xa0;; classement par total médian&#xa0;:</numerusform>
            <numerusform>Chaque candidat a été exécuté %n fois&#xa0;; classement par total médian&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunHistory</name>
    <message>
        <source>This folder holds no run.json: it is not a Dream Foundry results folder.</source>
        <translation>Ce dossier ne contient pas de run.json&#xa0;: ce n&apos;est pas un dossier de résultats Dream Foundry.</translation>
    </message>
    <message>
        <source>%1 is not a results folder; nothing was moved.</source>
        <translation>%1 n&apos;est pas un dossier de résultats&#xa0;; rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <source>There is no trash for %1.</source>
        <translation>Il n&apos;y a pas de corbeille pour %1.</translation>
    </message>
    <message>
        <source>%1 is not a results folder; nothing was removed.</source>
        <translation>%1 n&apos;est pas un dossier de résultats&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>%1 could not be removed completely.</source>
        <translation>%1 n&apos;a pas pu être entièrement supprimé.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunPipeline</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
    <message>
        <source>The scores of the run on screen are being saved; try again in a moment.</source>
        <translation>Les scores de l&apos;exécution affichée sont en cours d&apos;enregistrement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Choose at least one candidate to run again.</source>
        <translation>Choisissez au moins un candidat à relancer.</translation>
    </message>
    <message>
        <source>Each candidate to run again needs its script.</source>
        <translation>Chaque candidat à relancer a besoin de son script.</translation>
    </message>
    <message>
        <source>The candidates to run again are not all in the run.</source>
        <translation>Les candidats à relancer ne font pas tous partie de l&apos;exécution.</translation>
    </message>
    <message>
        <source>The script of %1 is gone: %2</source>
        <translation>Le script de %1 a disparu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add at least one candidate script.</source>
        <translation>Ajoutez au moins un script candidat.</translation>
    </message>
    <message>
        <source>The run could not be scored: %1</source>
        <translation>Impossible d&apos;évaluer l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, first.</source>
        <translation>Attendez d&apos;abord la fin de l&apos;exécution, ou annulez-la.</translation>
    </message>
    <message>
        <source>The scores are being saved; try again in a moment.</source>
        <translation>Les scores sont en cours d&apos;enregistrement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The secret %1 is meant for %2, which is not a candidate of this run.</source>
        <translation>Le secret %1 est destiné à %2, qui n&apos;est pas un candidat de cette exécution.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain; add it in Settings &gt; Candidate Secrets or with `dreamfoundry secret set %1`.</source>
        <translation>Le secret %1 n&apos;est pas dans le trousseau&#xa0;; ajoutez-le dans Paramètres &gt; Secrets des candidats ou avec `dreamfoundry secret set %1`.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunPlan</name>
    <message>
        <source>Each candidate must run at least once: a repeat count of %1 runs nothing.</source>
        <translation>Chaque candidat doit s&apos;exécuter au moins une fois&#xa0;: un nombre de répétitions de %1 n&apos;exécute rien.</translation>
    </message>
    <message>
        <source>A repeat count of %1 is over the limit of %2 attempts per candidate.</source>
        <translation>Un nombre de répétitions de %1 dépasse la limite de %2 tentatives par candidat.</translation>
    </message>
    <message>
        <source>%1 must be at least 1 second; a budget of %2 s would stop the run before it starts. Leave it unset for no limit.</source>
        <translation>%1 doit être d&apos;au moins 1 seconde&#xa0;; un budget de %2 s arrêterait l&apos;exécution avant son démarrage. Ne le définissez pas pour n&apos;avoir aucune limite.</translation>
    </message>
    <message>
        <source>The wall-clock budget</source>
        <translation>Le budget de temps réel</translation>
    </message>
    <message>
        <source>The sandbox-seconds budget</source>
        <translation>Le budget en secondes de bac à sable</translation>
    </message>
    <message>
        <source>Budget reached: the run&apos;s wall-clock limit of %1 s stopped it; the candidates still running were cancelled and what finished was kept.</source>
        <translation>Budget atteint&#xa0;: la limite de temps réel de %1 s a arrêté l&apos;exécution&#xa0;; les candidats encore en cours ont été annulés et ce qui était terminé a été conservé.</translation>
    </message>
    <message>
        <source>Budget reached: the run&apos;s limit of %1 sandbox-seconds stopped it; the candidates still running were cancelled and what finished was kept.</source>
        <translation>Budget atteint&#xa0;: la limite de %1 secondes de bac à sable a arrêté l&apos;exécution&#xa0;; les candidats encore en cours ont été annulés et ce qui était terminé a été conservé.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunRecord</name>
    <message>
        <source>Not a Dream Foundry run (format &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>Ce n&apos;est pas une exécution Dream Foundry (format «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» attendu).</translation>
    </message>
    <message>
        <source>This run was saved by a newer Dream Foundry (format &quot;%1&quot;); this version reads up to &quot;%2&quot;. Update Dream Foundry to open it.</source>
        <translation>Cette exécution a été enregistrée par une version plus récente de Dream Foundry (format «&#xa0;%1&#xa0;»)&#xa0;; cette version lit jusqu&apos;au format «&#xa0;%2&#xa0;». Mettez à jour Dream Foundry pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunRequest</name>
    <message>
        <source>Runs candidate scripts against one objective, each in its own sandbox, and writes the results to a folder. With no scripts it runs the sample candidates.</source>
        <translation>Exécute des scripts candidats sur un même objectif, chacun dans son propre bac à sable, et écrit les résultats dans un dossier. Sans script, exécute les candidats d&apos;exemple.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;: use local, daytona or auto.</source>
        <translation>Moteur inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez local, daytona ou auto.</translation>
    </message>
    <message>
        <source>--api-url needs a URL, such as https://app.daytona.io/api.</source>
        <translation>--api-url attend une URL, comme https://app.daytona.io/api.</translation>
    </message>
    <message>
        <source>What the candidates are asked to do.</source>
        <translation>Ce que les candidats doivent faire.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Where sandboxes come from: local, daytona or auto.</source>
        <translation>Provenance des bacs à sable&#xa0;: local, daytona ou auto.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Same as --backend daytona.</source>
        <translation>Équivaut à --backend daytona.</translation>
    </message>
    <message>
        <source>Seconds each candidate may run (default 300).</source>
        <translation>Durée d&apos;exécution maximale de chaque candidat, en secondes (300 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Candidates running at once (default: one per core).</source>
        <translation>Nombre de candidats exécutés simultanément (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Folder to write the results into.</source>
        <translation>Dossier où écrire les résultats.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Cut local sandboxes off the network.</source>
        <translation>Couper l&apos;accès au réseau des bacs à sable locaux.</translation>
    </message>
    <message>
        <source>A host folder local sandboxes see read-only at the same path (repeatable); otherwise they see only the system folders.</source>
        <translation>Un dossier de l&apos;hôte que les bacs à sable locaux voient en lecture seule au même chemin (option répétable)&#xa0;; sinon, ils ne voient que les dossiers du système.</translation>
    </message>
    <message>
        <source>Memory each local candidate may use, in MiB (default 2048).</source>
        <translation>Mémoire utilisable par chaque candidat local, en Mio (2048 par défaut).</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Processes each local candidate may start (default 256).</source>
        <translation>Nombre de processus que chaque candidat local peut lancer (256 par défaut).</translation>
    </message>
    <message>
        <source>What a local candidate&apos;s /home/daytona and /tmp may hold together, in MiB (default 1024).</source>
        <translation>Espace que /home/daytona et /tmp d&apos;un candidat local peuvent occuper ensemble, en Mio (1024 par défaut).</translation>
    </message>
    <message>
        <source>Largest artifact collected, in MiB (default 100).</source>
        <translation>Taille maximale d&apos;un artefact collecté, en Mio (100 par défaut).</translation>
    </message>
    <message>
        <source>Daytona API URL.</source>
        <translation>URL de l&apos;API Daytona.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--read-only-folder: &quot;%1&quot; is not a folder.</source>
        <translation>--read-only-folder&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number above 0, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier supérieur à 0, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Package index pip installs the candidates&apos; dependencies from (default: the dependencies/index_url setting, else PyPI).</source>
        <translation>Index de paquets depuis lequel pip installe les dépendances des candidats (par défaut&#xa0;: le réglage dependencies/index_url, sinon PyPI).</translation>
    </message>
    <message>
        <source>Seconds installing a candidate&apos;s dependencies may take (default 600).</source>
        <translation>Durée maximale de l&apos;installation des dépendances d&apos;un candidat, en secondes (600 par défaut).</translation>
    </message>
    <message>
        <source>Pass the keychain secret NAME (see `dreamfoundry secret`) to every candidate, or with NAME:ID,ID... to those candidates only (repeatable).</source>
        <translation>Transmettre le secret NOM du trousseau (voir `dreamfoundry secret`) à tous les candidats, ou, avec NOM:ID,ID..., à ces seuls candidats (option répétable).</translation>
    </message>
    <message>
        <source>A variable every candidate gets (repeatable); not for secrets.</source>
        <translation>Une variable que reçoit chaque candidat (option répétable)&#xa0;; pas pour les secrets.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOM=VALEUR</translation>
    </message>
    <message>
        <source>Variables every candidate gets, from a dotenv file.</source>
        <translation>Variables que reçoit chaque candidat, lues dans un fichier dotenv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Daytona: start this many sandboxes before the run (at most %1) so that candidates skip the create and start; they count against the account&apos;s quota.</source>
        <translation>Daytona&#xa0;: démarrer ce nombre de bacs à sable avant l&apos;exécution (au plus %1) pour que les candidats n&apos;aient pas à les créer ni à les démarrer&#xa0;; ils sont décomptés du quota du compte.</translation>
    </message>
    <message>
        <source>Run each candidate this many times, each in its own sandbox, and rank candidates by their median (default 1, at most %1).</source>
        <translation>Exécuter chaque candidat ce nombre de fois, chaque fois dans son propre bac à sable, et classer les candidats selon leur médiane (1 par défaut, au plus %1).</translation>
    </message>
    <message>
        <source>Stop the whole run after this many seconds of wall clock; what finished is kept.</source>
        <translation>Arrêter toute l&apos;exécution après ce nombre de secondes de temps réel&#xa0;; ce qui est terminé est conservé.</translation>
    </message>
    <message>
        <source>Stop the run once its sandboxes have run this many seconds together (two sandboxes for 30 s spend 60); what finished is kept.</source>
        <translation>Arrêter l&apos;exécution dès que ses bacs à sable ont fonctionné ce nombre de secondes au total (deux bacs à sable pendant 30 s en consomment 60)&#xa0;; ce qui est terminé est conservé.</translation>
    </message>
    <message>
        <source>--env-file: cannot read &quot;%1&quot;: %2</source>
        <translation>--env-file&#xa0;: impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>--env-file %1: %2</source>
        <translation>--env-file %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--env: %1</source>
        <translation>--env&#xa0;: %1</translation>
    </message>
    <message>
        <source>--secret: %1</source>
        <translation>--secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--warm needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--warm attend un nombre entier de 0 à %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Candidate scripts (.py) or folders with a main.py.</source>
        <translation>Scripts candidats (.py) ou dossiers contenant un main.py.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunScorer</name>
    <message>
        <source>The run is already being scored.</source>
        <translation>L&apos;exécution est déjà en cours d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the scorer script.</source>
        <translation>Impossible de créer un dossier temporaire pour le script d&apos;évaluation.</translation>
    </message>
    <message>
        <source>scoring was cancelled before the script started.</source>
        <translation>l&apos;évaluation a été annulée avant le lancement du script.</translation>
    </message>
    <message>
        <source>Could not prepare a folder for the scorer script in %1.</source>
        <translation>Impossible de préparer un dossier pour le script d&apos;évaluation dans %1.</translation>
    </message>
    <message>
        <source>Could not write run.json for the scorer script: %1</source>
        <translation>Impossible d&apos;écrire run.json pour le script d&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not copy the artifact of %1 for the scorer script.</source>
        <translation>Impossible de copier l&apos;artefact de %1 pour le script d&apos;évaluation.</translation>
    </message>
    <message>
        <source>The scorer script %1 cannot be read.</source>
        <translation>Impossible de lire le script d&apos;évaluation %1.</translation>
    </message>
    <message>
        <source>The scorer script could not run: %1</source>
        <translation>Impossible de lancer le script d&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The scorer script did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Le script d&apos;évaluation ne s&apos;est pas terminé en %n seconde et a été arrêté.</numerusform>
            <numerusform>Le script d&apos;évaluation ne s&apos;est pas terminé en %n secondes et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scorer script was stopped or killed before it finished. %1</source>
        <translation>Le script d&apos;évaluation a été arrêté ou tué avant la fin. %1</translation>
    </message>
    <message>
        <source>The scorer script exited with code %1. %2</source>
        <translation>Le script d&apos;évaluation s&apos;est terminé avec le code %1. %2</translation>
    </message>
    <message>
        <source>The scorer script printed more than %1 MiB.</source>
        <translation>Le script d&apos;évaluation a écrit plus de %1 Mio.</translation>
    </message>
    <message>
        <source>The scorer script gave no score for %1.</source>
        <translation>Le script d&apos;évaluation n&apos;a donné aucun score pour %1.</translation>
    </message>
    <message>
        <source>The scorer script named candidates that are not in this run, ignored: %1.</source>
        <translation>Le script d&apos;évaluation a cité des candidats absents de cette exécution, ignorés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunSession</name>
    <message numerus="yes">
        <source>Timed out after %n second(s); the sandbox was stopped.</source>
        <translation>
            <numerusform>Délai dépassé après %n seconde&#xa0;; le bac à sable a été arrêté.</numerusform>
            <numerusform>Délai dépassé après %n secondes&#xa0;; le bac à sable a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The script was killed (out of memory or a signal). %1</source>
        <translation>Le script a été tué (mémoire insuffisante ou signal). %1</translation>
    </message>
    <message>
        <source>Exited with code %1. %2</source>
        <translation>Terminé avec le code %1. %2</translation>
    </message>
    <message>
        <source>Exited with code 0 but wrote no artifact.</source>
        <translation>Terminé avec le code 0, mais aucun artefact n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Installing the dependencies took longer than %n second(s); the sandbox was stopped.</source>
        <translation>
            <numerusform>L&apos;installation des dépendances a pris plus de %n seconde&#xa0;; le bac à sable a été arrêté.</numerusform>
            <numerusform>L&apos;installation des dépendances a pris plus de %n secondes&#xa0;; le bac à sable a été arrêté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunSettings</name>
    <message>
        <source>The objective is empty.</source>
        <translation>L&apos;objectif est vide.</translation>
    </message>
    <message>
        <source>The objective is %1 bytes long; the limit is %2 bytes. Shorten it or move the detail into a file.</source>
        <translation>L&apos;objectif fait %1 octets&#xa0;; la limite est de %2 octets. Raccourcissez-le ou placez les détails dans un fichier.</translation>
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
        <translation>DISQ</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation>disqualifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>unscored: %1</source>
        <translation>non évalué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>* quality set by hand</source>
        <translation>* qualité fixée manuellement</translation>
    </message>
    <message>
        <source>No winner: no candidate passed every gate.</source>
        <translation>Aucun gagnant&#xa0;: aucun candidat n&apos;a satisfait tous les critères.</translation>
    </message>
    <message>
        <source>Winner: %1 (score %2)</source>
        <translation>Gagnant&#xa0;: %1 (score %2)</translation>
    </message>
    <message>
        <source>%1, picked by hand</source>
        <translation>%1, choisi manuellement</translation>
    </message>
    <message numerus="yes">
        <source>Each candidate ran %n time(s); ranked by median total:</source>
        <translation>
            <numerusform>Chaque candidat a été exécuté %n fois&#xa0;; classement par total médian&#xa0;:</numerusform>
            <numerusform>Chaque candidat a été exécuté %n fois&#xa0;; classement par total médian&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunTableModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (tentative %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Sandbox ID</source>
        <translation>ID du bac à sable</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation>disqualifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manuel)</translation>
    </message>
    <message>
        <source>quality %1 (manual)</source>
        <translation>qualité %1 (manuelle)</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>qualité %1</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>the scorer gave none (%1)</source>
        <translation>l&apos;évaluateur n&apos;en a donné aucune (%1)</translation>
    </message>
    <message>
        <source>the scorer gave %1</source>
        <translation>l&apos;évaluateur a donné %1</translation>
    </message>
    <message>
        <source>Total %1 of 100: success %2, quality %3, speed %4.</source>
        <translation>Total %1 sur 100&#xa0;: réussite %2, qualité %3, vitesse %4.</translation>
    </message>
    <message>
        <source>Quality %1 of 100; the total and the rank follow when the run ends.</source>
        <translation>Qualité %1 sur 100&#xa0;; le total et le rang suivront à la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Unscored: %1</source>
        <translation>Non évalué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quality set by hand to %1; %2.</source>
        <translation>Qualité fixée manuellement à %1&#xa0;; %2.</translation>
    </message>
    <message>
        <source>The winner, chosen by the ranking.</source>
        <translation>Le gagnant, choisi par le classement.</translation>
    </message>
    <message>
        <source>The winner, picked by hand; the ranking found none.</source>
        <translation>Le gagnant, choisi manuellement&#xa0;; le classement n&apos;en a trouvé aucun.</translation>
    </message>
    <message>
        <source>The winner, picked by hand; the ranking chose %1.</source>
        <translation>Le gagnant, choisi manuellement&#xa0;; le classement avait désigné %1.</translation>
    </message>
    <message>
        <source>Exited with code %1.</source>
        <translation>Terminé avec le code %1.</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>n°&#xa0;%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, total %1</source>
        <translation>, total %1</translation>
    </message>
    <message>
        <source>%1/%2 passed (%3%)</source>
        <translation>%1/%2 réussis (%3&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) to go, %1</source>
        <translation>
            <numerusform>%n tentative restante, %1</numerusform>
            <numerusform>%n tentatives restantes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (spread %2)</source>
        <translation>%1 (écart %2)</translation>
    </message>
    <message>
        <source>⚠ contains a secret: %1</source>
        <translation>⚠ contient un secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The artifact file holds the value of a secret passed to this candidate; the file is kept as written, its preview shows [secret NAME] instead.
%1</source>
        <translation>Le fichier d&apos;artefact contient la valeur d&apos;un secret transmis à ce candidat&#xa0;; le fichier est conservé tel qu&apos;il a été écrit, son aperçu affiche [secret NOM] à la place.
%1</translation>
    </message>
    <message>
        <source>Queued (waiting for quota)</source>
        <translation>En attente (quota atteint)</translation>
    </message>
    <message>
        <source>Waiting for quota</source>
        <translation>En attente de quota</translation>
    </message>
    <message>
        <source>Waiting for room in the account&apos;s quota; the candidate starts when one of the run&apos;s sandboxes is deleted. Daytona said: %1</source>
        <translation>En attente de place dans le quota du compte&#xa0;; le candidat démarrera dès qu&apos;un des bacs à sable de l&apos;exécution sera supprimé. Daytona indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued (waiting for a runner)</source>
        <translation>En attente (aucun runner libre)</translation>
    </message>
    <message>
        <source>Daytona has no runner free for a moment; the candidate is tried again in a few seconds. Daytona said: %1</source>
        <translation>Daytona n&apos;a momentanément aucun runner libre&#xa0;; le candidat sera relancé dans quelques secondes. Daytona indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for a runner</source>
        <translation>En attente d&apos;un runner</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Attempt #%1 of %2, in a sandbox of its own.</source>
        <translation>Tentative n°&#xa0;%1 de %2, dans son propre bac à sable.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SafeMarkdownView</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>This artifact was written by a candidate. Open this link in your browser?

%1</source>
        <translation>Cet artefact a été écrit par un candidat. Ouvrir ce lien dans votre navigateur&#xa0;?

%1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SandboxCleanup</name>
    <message>
        <source>Could not list the sandboxes: %1</source>
        <translation>Impossible de lister les bacs à sable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sandbox was left behind: %n sandbox(es) of live runs or other machines.</source>
        <translation>
            <numerusform>Aucun bac à sable abandonné&#xa0;: %n bac à sable appartient à une exécution active ou à une autre machine.</numerusform>
            <numerusform>Aucun bac à sable abandonné&#xa0;: les %n bacs à sable appartiennent à des exécutions actives ou à d&apos;autres machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean Up Sandboxes</source>
        <translation>Nettoyer les bacs à sable</translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox(es) were left behind by runs that are no longer running. Delete them?</source>
        <translation>
            <numerusform>%n bac à sable a été laissé par une exécution qui n&apos;est plus en cours. Le supprimer&#xa0;?</numerusform>
            <numerusform>%n bacs à sable ont été laissés par des exécutions qui ne sont plus en cours. Les supprimer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Sandboxes</source>
        <translation>Supprimer les bacs à sable</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Les conserver</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of the sandboxes; %n could not be deleted and will be deleted by Daytona when they stop.</source>
        <translation>
            <numerusform>Bacs à sable supprimés&#xa0;: %1&#xa0;; %n n&apos;a pas pu être supprimé et le sera par Daytona à son arrêt.</numerusform>
            <numerusform>Bacs à sable supprimés&#xa0;: %1&#xa0;; %n n&apos;ont pas pu être supprimés et le seront par Daytona à leur arrêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sandbox(es).</source>
        <translation>
            <numerusform>%n bac à sable supprimé.</numerusform>
            <numerusform>%n bacs à sable supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SandboxesCommand</name>
    <message>
        <source>dreamfoundry sandboxes: %1</source>
        <translation>dreamfoundry sandboxes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lists the Daytona sandboxes Dream Foundry made (list), or deletes those whose run is no longer live (reap).</source>
        <translation>Liste les bacs à sable Daytona créés par Dream Foundry (list), ou supprime ceux dont l&apos;exécution n&apos;est plus active (reap).</translation>
    </message>
    <message>
        <source>Daytona API URL.</source>
        <translation>URL de l&apos;API Daytona.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Also reap sandboxes made on other machines (their runs cannot be checked).</source>
        <translation>Supprimer aussi les bacs à sable créés sur d&apos;autres machines (leurs exécutions ne peuvent pas être vérifiées).</translation>
    </message>
    <message>
        <source>list or reap.</source>
        <translation>list ou reap.</translation>
    </message>
    <message>
        <source>expected &quot;list&quot; or &quot;reap&quot;, not &quot;%1&quot;.</source>
        <translation>«&#xa0;list&#xa0;» ou «&#xa0;reap&#xa0;» attendu, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No Dream Foundry sandboxes in Daytona.</source>
        <translation>Aucun bac à sable Dream Foundry dans Daytona.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>NOT deleted: %1</source>
        <translation>NON supprimé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sandbox(es).</source>
        <translation>
            <numerusform>%n bac à sable supprimé.</numerusform>
            <numerusform>%n bacs à sable supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, warm pool</source>
        <translation>%1, réserve préchauffée</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoreCard</name>
    <message>
        <source>Weights must be three numbers separated by commas (success,quality,speed), such as 0.2,0.6,0.2; got &quot;%1&quot;.</source>
        <translation>Les pondérations doivent être trois nombres séparés par des virgules (réussite,qualité,vitesse), comme 0.2,0.6,0.2&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The weight &quot;%1&quot; is not a number; weights look like 0.2,0.6,0.2.</source>
        <translation>La pondération «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;; les pondérations s&apos;écrivent comme 0.2,0.6,0.2.</translation>
    </message>
    <message>
        <source>Every weight must be a finite number.</source>
        <translation>Chaque pondération doit être un nombre fini.</translation>
    </message>
    <message>
        <source>Weights cannot be negative (got %1); use 0 to leave a part out.</source>
        <translation>Les pondérations ne peuvent pas être négatives (reçu %1)&#xa0;; utilisez 0 pour ignorer une composante.</translation>
    </message>
    <message>
        <source>The weights are all zero, so nothing would count; give at least one a value above 0.</source>
        <translation>Les pondérations sont toutes nulles&#xa0;: rien ne compterait&#xa0;; donnez à au moins l&apos;une d&apos;elles une valeur supérieure à 0.</translation>
    </message>
    <message>
        <source>The weights %1 do not add up to 1; they were scaled to %2, %3, %4.</source>
        <translation>La somme des pondérations %1 ne fait pas 1&#xa0;; elles ont été ramenées à %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoreCardView</name>
    <message>
        <source>Score card</source>
        <translation>Fiche de score</translation>
    </message>
    <message>
        <source>How the selected candidate was scored</source>
        <translation>Comment le candidat sélectionné a été évalué</translation>
    </message>
    <message>
        <source>Set &amp;Quality...</source>
        <translation>Fixer la &amp;qualité...</translation>
    </message>
    <message>
        <source>Give this candidate a quality by hand; the scorer&apos;s value is kept beside it</source>
        <translation>Attribuer manuellement une qualité à ce candidat&#xa0;; la valeur de l&apos;évaluateur est conservée à côté</translation>
    </message>
    <message>
        <source>Clear Q&amp;uality Override</source>
        <translation>&amp;Rétablir la qualité de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Use the scorer&apos;s quality for this candidate again</source>
        <translation>Utiliser de nouveau la qualité donnée par l&apos;évaluateur pour ce candidat</translation>
    </message>
    <message>
        <source>Pic&amp;k as Winner</source>
        <translation>Désigner comme &amp;gagnant</translation>
    </message>
    <message>
        <source>Make this candidate the winner, whatever the ranking says</source>
        <translation>Faire de ce candidat le gagnant, quel que soit le classement</translation>
    </message>
    <message>
        <source>Give t&amp;he Winner Back to the Ranking</source>
        <translation>Re&amp;ndre le choix du gagnant au classement</translation>
    </message>
    <message>
        <source>Undo the winner picked by hand: the ranking chooses again</source>
        <translation>Annuler le gagnant choisi manuellement&#xa0;: le classement choisit de nouveau</translation>
    </message>
    <message>
        <source>Select a candidate to see how it was scored.</source>
        <translation>Sélectionnez un candidat pour voir comment il a été évalué.</translation>
    </message>
    <message>
        <source>Set Quality of %1</source>
        <translation>Fixer la qualité de %1</translation>
    </message>
    <message>
        <source>The scorer gave no quality.</source>
        <translation>L&apos;évaluateur n&apos;a donné aucune qualité.</translation>
    </message>
    <message>
        <source>The scorer gave %1.</source>
        <translation>L&apos;évaluateur a donné %1.</translation>
    </message>
    <message>
        <source>&amp;Quality (0 to 100):</source>
        <translation>&amp;Qualité (0 à 100)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: the winner, chosen by the ranking.</source>
        <translation>%1&#xa0;: le gagnant, choisi par le classement.</translation>
    </message>
    <message>
        <source>%1: the winner, picked by hand (the ranking found none).</source>
        <translation>%1&#xa0;: le gagnant, choisi manuellement (le classement n&apos;en a trouvé aucun).</translation>
    </message>
    <message>
        <source>%1: the winner, picked by hand (the ranking chose %2).</source>
        <translation>%1&#xa0;: le gagnant, choisi manuellement (le classement avait désigné %2).</translation>
    </message>
    <message>
        <source>%1: not the winner (%2 is).</source>
        <translation>%1&#xa0;: pas le gagnant (c&apos;est %2).</translation>
    </message>
    <message>
        <source>%1: no winner in this run. %2</source>
        <translation>%1&#xa0;: aucun gagnant dans cette exécution. %2</translation>
    </message>
    <message>
        <source>Rank %1 of %2.</source>
        <translation>Rang %1 sur %2.</translation>
    </message>
    <message>
        <source>Rank %1.</source>
        <translation>Rang %1.</translation>
    </message>
    <message>
        <source>Not ranked yet: the rank follows when the run ends.</source>
        <translation>Pas encore classé&#xa0;: le rang suivra à la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Not ranked: the candidate is unscored.</source>
        <translation>Non classé&#xa0;: le candidat n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>Total %1 of 100 = %2 x success %3 + %4 x quality %5 + %6 x speed %7.</source>
        <translation>Total %1 sur 100 = %2 x réussite %3 + %4 x qualité %5 + %6 x vitesse %7.</translation>
    </message>
    <message>
        <source>Disqualified by the gate &quot;%1&quot;: %2</source>
        <translation>Disqualifié par le critère «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Gates: none.</source>
        <translation>Critères&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>Gates:</source>
        <translation>Critères&#xa0;:</translation>
    </message>
    <message>
        <source>  passed  %1: %2</source>
        <translation>  réussi  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  FAILED  %1: %2</source>
        <translation>  ÉCHOUÉ  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the scorer gave none: %1</source>
        <translation>l&apos;évaluateur n&apos;en a donné aucune&#xa0;: %1</translation>
    </message>
    <message>
        <source>the scorer gave %1</source>
        <translation>l&apos;évaluateur a donné %1</translation>
    </message>
    <message>
        <source>  Quality %1%2: manual, set by hand; %3.</source>
        <translation>  Qualité %1%2&#xa0;: fixée manuellement&#xa0;; %3.</translation>
    </message>
    <message>
        <source>  Quality: unscored%1. %2</source>
        <translation>  Qualité&#xa0;: non évaluée%1. %2</translation>
    </message>
    <message>
        <source>  Quality %1%2: from the scorer.</source>
        <translation>  Qualité %1%2&#xa0;: donnée par l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>  Speed %1%2: only candidates passing every gate score for speed.</source>
        <translation>  Vitesse %1%2&#xa0;: seuls les candidats qui satisfont tous les critères obtiennent un score de vitesse.</translation>
    </message>
    <message>
        <source>  Speed %1%2: the fastest candidate passing every gate scores 100, the others fastest/own x 100.</source>
        <translation>  Vitesse %1%2&#xa0;: le candidat le plus rapide parmi ceux qui satisfont tous les critères obtient 100, les autres (durée la plus rapide / leur durée) x 100.</translation>
    </message>
    <message>
        <source>  Speed: none%1, as the candidate is unscored.</source>
        <translation>  Vitesse&#xa0;: aucune%1, car le candidat n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>  Speed: follows when the run is ranked%1.</source>
        <translation>  Vitesse&#xa0;: suivra lorsque l&apos;exécution sera classée%1.</translation>
    </message>
    <message>
        <source> (weight %1)</source>
        <translation> (poids %1)</translation>
    </message>
    <message>
        <source>Sub-scores, 0 to 100:</source>
        <translation>Sous-scores, de 0 à 100&#xa0;:</translation>
    </message>
    <message>
        <source>  Success %1%2: every gate passed.</source>
        <translation>  Réussite %1%2&#xa0;: tous les critères sont satisfaits.</translation>
    </message>
    <message>
        <source>  Success %1%2: a gate failed.</source>
        <translation>  Réussite %1%2&#xa0;: un critère n&apos;est pas satisfait.</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>events (built in)</source>
        <translation>events (intégré)</translation>
    </message>
    <message>
        <source>plain (gates only, built in)</source>
        <translation>plain (critères uniquement, intégré)</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>script %1</translation>
    </message>
    <message>
        <source>Scorer: %1</source>
        <translation>Évaluateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scorer script failed: %1</source>
        <translation>Le script d&apos;évaluation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the scorer saw:</source>
        <translation>Ce que l&apos;évaluateur a reçu&#xa0;:</translation>
    </message>
    <message>
        <source>  ... and %1 more lines.</source>
        <translation>  ... et %1 lignes de plus.</translation>
    </message>
    <message>
        <source>The end of the scorer script&apos;s error output:</source>
        <translation>Fin de la sortie d&apos;erreur du script d&apos;évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 has not finished; its score card appears when it does.</source>
        <translation>%1 n&apos;est pas terminé&#xa0;; sa fiche de score apparaîtra à ce moment-là.</translation>
    </message>
    <message>
        <source>%1 has no score card: the run was saved before scoring, or its scoring has not finished. Re-score in the Scoring panel scores it from the saved artifacts.</source>
        <translation>%1 n&apos;a pas de fiche de score&#xa0;: l&apos;exécution a été enregistrée avant l&apos;évaluation, ou son évaluation n&apos;est pas terminée. «&#xa0;Réévaluer&#xa0;» dans le panneau Évaluation l&apos;évalue à partir des artefacts enregistrés.</translation>
    </message>
    <message>
        <source>Unscored: %1</source>
        <translation>Non évalué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoreCommand</name>
    <message>
        <source>dreamfoundry score: %1</source>
        <translation>dreamfoundry score&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scores a saved run again, without running its candidates, and rewrites its run.json and report.md. Without options it uses the run&apos;s own weights and scorer.</source>
        <translation>Réévalue une exécution enregistrée, sans relancer ses candidats, et réécrit ses fichiers run.json et report.md. Sans option, utilise les pondérations et l&apos;évaluateur propres à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Drop the qualities and the winner set by hand.</source>
        <translation>Abandonner les qualités et le gagnant fixés manuellement.</translation>
    </message>
    <message>
        <source>A results folder.</source>
        <translation>Un dossier de résultats.</translation>
    </message>
    <message>
        <source>give one results folder, e.g. dreamfoundry score ./results</source>
        <translation>indiquez un seul dossier de résultats, par exemple dreamfoundry score ./results</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the new scores: %1</source>
        <translation>Impossible d&apos;enregistrer les nouveaux scores&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scores saved in %1</source>
        <translation>Scores enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScorerScript</name>
    <message>
        <source>The scorer gave a gate without a text &quot;id&quot; and a true/false &quot;passed&quot;.</source>
        <translation>L&apos;évaluateur a fourni un critère sans «&#xa0;id&#xa0;» textuel ni «&#xa0;passed&#xa0;» vrai/faux.</translation>
    </message>
    <message>
        <source>The scorer&apos;s entry is not an object.</source>
        <translation>L&apos;entrée de l&apos;évaluateur n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The scorer gave no number as &quot;quality&quot;.</source>
        <translation>L&apos;évaluateur n&apos;a pas donné de nombre pour «&#xa0;quality&#xa0;».</translation>
    </message>
    <message>
        <source>The scorer gave quality %1, outside 0 to 100.</source>
        <translation>L&apos;évaluateur a donné une qualité de %1, hors de l&apos;intervalle 0 à 100.</translation>
    </message>
    <message>
        <source>The scorer printed nothing on stdout.</source>
        <translation>L&apos;évaluateur n&apos;a rien écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>The scorer&apos;s output is not a JSON object: %1.</source>
        <translation>La sortie de l&apos;évaluateur n&apos;est pas un objet JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The scorer&apos;s output has no &quot;candidates&quot; object.</source>
        <translation>La sortie de l&apos;évaluateur n&apos;a pas d&apos;objet «&#xa0;candidates&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoringOptions</name>
    <message>
        <source>How much success, quality and speed count in the total (default 0.2,0.6,0.2).</source>
        <translation>Poids de la réussite, de la qualité et de la vitesse dans le total (0.2,0.6,0.2 par défaut).</translation>
    </message>
    <message>
        <source>What judges the artifacts&apos; quality: events (the sample event lists, the default), plain (gates only) or a scorer script.</source>
        <translation>Ce qui juge la qualité des artefacts&#xa0;: events (les listes d&apos;événements d&apos;exemple, par défaut), plain (critères uniquement) ou un script d&apos;évaluation.</translation>
    </message>
    <message>
        <source>--weights: %1</source>
        <translation>--weights&#xa0;: %1</translation>
    </message>
    <message>
        <source>--scorer: &quot;%1&quot; is neither events, plain nor a readable scorer script.</source>
        <translation>--scorer&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni events, ni plain, ni un script d&apos;évaluation lisible.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ScoringPanel</name>
    <message>
        <source>Scoring</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>S </source>
        <translation>R </translation>
    </message>
    <message>
        <source>Success weight</source>
        <translation>Poids de la réussite</translation>
    </message>
    <message>
        <source>Q </source>
        <translation>Q </translation>
    </message>
    <message>
        <source>Quality weight</source>
        <translation>Poids de la qualité</translation>
    </message>
    <message>
        <source>V </source>
        <translation>V </translation>
    </message>
    <message>
        <source>Speed weight</source>
        <translation>Poids de la vitesse</translation>
    </message>
    <message>
        <source>Events (built in)</source>
        <translation>Événements (intégré)</translation>
    </message>
    <message>
        <source>Checks the sample event lists: dates, links, topic, count</source>
        <translation>Vérifie les listes d&apos;événements d&apos;exemple&#xa0;: dates, liens, sujet, nombre</translation>
    </message>
    <message>
        <source>Plain (gates only)</source>
        <translation>Simple (critères uniquement)</translation>
    </message>
    <message>
        <source>Any artifact: it exists, is longer than 10 bytes, exit code 0</source>
        <translation>Tout artefact&#xa0;: il existe, dépasse 10 octets, code de sortie 0</translation>
    </message>
    <message>
        <source>Choose Script...</source>
        <translation>Choisir un script...</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>An event counts when its date lies within this many days after the run</source>
        <translation>Un événement compte si sa date tombe dans ce nombre de jours après l&apos;exécution</translation>
    </message>
    <message>
        <source> events</source>
        <translation> événements</translation>
    </message>
    <message>
        <source>This many good events give full quality</source>
        <translation>Ce nombre d&apos;événements valables donne la qualité maximale</translation>
    </message>
    <message>
        <source>Words on the objective&apos;s topic besides its own keywords, separated by commas</source>
        <translation>Mots liés au sujet de l&apos;objectif, en plus de ses propres mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>R&amp;e-score</source>
        <translation>Réé&amp;valuer</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>Pondération&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;orer:</source>
        <translation>Éval&amp;uateur&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;indow:</source>
        <translation>Hori&amp;zon&#xa0;:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Quantité visée&#xa0;:</translation>
    </message>
    <message>
        <source>Topic wor&amp;ds:</source>
        <translation>&amp;Mots du sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a Scorer Script</source>
        <translation>Choisir un script d&apos;évaluation</translation>
    </message>
    <message>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Scripts Python (*.py);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Script&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open or finish a run first.</source>
        <translation>Ouvrez ou terminez d&apos;abord une exécution.</translation>
    </message>
    <message>
        <source>Score the run on screen again from its saved artifacts, with these settings; manual overrides stay</source>
        <translation>Réévaluer l&apos;exécution affichée à partir de ses artefacts enregistrés, avec ces réglages&#xa0;; les modifications manuelles sont conservées</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SecretCommand</name>
    <message>
        <source>Usage: dreamfoundry secret set NAME | list | remove NAME
Keeps secrets for candidates (API keys such as OPENAI_API_KEY) in the keychain. set reads the value from standard input, or asks for it without echo; list prints the names; remove deletes one. A run passes a secret with --secret NAME.</source>
        <translation>Utilisation&#xa0;: dreamfoundry secret set NOM | list | remove NOM
Conserve dans le trousseau des secrets pour les candidats (des clés d&apos;API comme OPENAI_API_KEY). set lit la valeur sur l&apos;entrée standard, ou la demande sans l&apos;afficher&#xa0;; list affiche les noms&#xa0;; remove en supprime un. Une exécution transmet un secret avec --secret NOM.</translation>
    </message>
    <message>
        <source>dreamfoundry secret: %1</source>
        <translation>dreamfoundry secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>set takes a name only: the value is never read from the command line, where other users can see it. Pipe it on standard input or type it at the prompt.</source>
        <translation>set n&apos;accepte qu&apos;un nom&#xa0;: la valeur n&apos;est jamais lue sur la ligne de commande, où d&apos;autres utilisateurs pourraient la voir. Transmettez-la sur l&apos;entrée standard ou saisissez-la à l&apos;invite.</translation>
    </message>
    <message>
        <source>The secret %1 is no longer stored.</source>
        <translation>Le secret %1 n&apos;est plus enregistré.</translation>
    </message>
    <message>
        <source>Value of %1 (input hidden): </source>
        <translation>Valeur de %1 (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>the input is over %1 bytes; pipe only the value.</source>
        <translation>l&apos;entrée dépasse %1 octets&#xa0;; ne transmettez que la valeur.</translation>
    </message>
    <message>
        <source>Stored the secret %1 in %2; a run passes it with --secret %1.</source>
        <translation>Secret %1 enregistré dans %2&#xa0;; une exécution le transmet avec --secret %1.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SettingsDialog</name>
    <message>
        <source>Looking for a key in the keychain…</source>
        <translation>Recherche d&apos;une clé dans le trousseau…</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Aucune clé d&apos;API n&apos;est définie.</translation>
    </message>
    <message>
        <source>No API key is in use. %1 %2</source>
        <translation>Aucune clé d&apos;API n&apos;est utilisée. %1 %2</translation>
    </message>
    <message>
        <source>The key in use comes %1. A key saved here takes its place.</source>
        <translation>La clé utilisée est %1. Une clé enregistrée ici la remplacera.</translation>
    </message>
    <message>
        <source>A key is in use, %1.</source>
        <translation>Une clé est utilisée, %1.</translation>
    </message>
    <message>
        <source>Forget the stored key.</source>
        <translation>Oublier la clé enregistrée.</translation>
    </message>
    <message>
        <source>Only a key stored by Dream Foundry can be removed here; a key from DAYTONA_API_KEY or .env is changed where it is set.</source>
        <translation>Seule une clé enregistrée par Dream Foundry peut être supprimée ici&#xa0;; une clé issue de DAYTONA_API_KEY ou de .env se modifie là où elle est définie.</translation>
    </message>
    <message>
        <source>Another change to the key is under way; try again when it is done.</source>
        <translation>Une autre modification de la clé est en cours&#xa0;; réessayez lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>“%1…” is a placeholder, not an API key. Paste the key from the Daytona dashboard.</source>
        <translation>«&#xa0;%1…&#xa0;» est une valeur d&apos;exemple, et non une clé d&apos;API. Collez la clé depuis le tableau de bord Daytona.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Keeping the key for this session…</source>
        <translation>Conservation de la clé pour cette session…</translation>
    </message>
    <message>
        <source>You can try again, keep the key for this session only (Dream Foundry forgets it when it quits, and never writes it to a file), or set DAYTONA_API_KEY in the environment or in a .env file in the working folder.</source>
        <translation>Vous pouvez réessayer, conserver la clé pour cette session uniquement (Dream Foundry l&apos;oublie en quittant et ne l&apos;écrit jamais dans un fichier), ou définir DAYTONA_API_KEY dans l&apos;environnement ou dans un fichier .env du dossier de travail.</translation>
    </message>
    <message>
        <source>The key was not saved. %1
%2</source>
        <translation>La clé n&apos;a pas été enregistrée. %1
%2</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Suppression de la clé…</translation>
    </message>
    <message>
        <source>The key was not removed. %1</source>
        <translation>La clé n&apos;a pas été supprimée. %1</translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation>La clé a été supprimée.</translation>
    </message>
    <message>
        <source>The key was removed; the key %1 is in use now.</source>
        <translation>La clé a été supprimée&#xa0;; la clé %1 est désormais utilisée.</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::State</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WaitForSandboxJob</name>
    <message>
        <source>it disappeared while starting</source>
        <translation>il a disparu pendant son démarrage</translation>
    </message>
    <message>
        <source>starting sandbox %1</source>
        <translation>démarrage du bac à sable %1</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WarmPoolKeeper</name>
    <message>
        <source>Warm sandboxes are off.</source>
        <translation>Les bacs à sable préchauffés sont désactivés.</translation>
    </message>
    <message>
        <source>Warm sandboxes start once Daytona is the backend and candidates are listed.</source>
        <translation>Les bacs à sable préchauffés démarrent dès que Daytona est le moteur et que la liste contient des candidats.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sandbox(es) warm; they count against your Daytona quota.</source>
        <translation>
            <numerusform>Bac à sable préchauffé&#xa0;: %1 sur %n&#xa0;; il est décompté de votre quota Daytona.</numerusform>
            <numerusform>Bacs à sable préchauffés&#xa0;: %1 sur %n&#xa0;; ils sont décomptés de votre quota Daytona.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WarmPoolPanel</name>
    <message>
        <source>Keep sandboxes warm, pool si&amp;ze</source>
        <translation>Préchauffer des bacs &amp;à sable, taille de la réserve</translation>
    </message>
    <message>
        <source>Start sandboxes while you set up the run, so that Run does not wait for them. Warm sandboxes count against your Daytona quota.</source>
        <translation>Démarrer des bacs à sable pendant que vous préparez l&apos;exécution, pour que Lancer n&apos;ait pas à les attendre. Les bacs à sable préchauffés sont décomptés de votre quota Daytona.</translation>
    </message>
    <message>
        <source>Most warm sandboxes</source>
        <translation>Nombre maximal de bacs à sable préchauffés</translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WebhookPoster</name>
    <message>
        <source>publishing was stopped</source>
        <translation>la publication a été arrêtée</translation>
    </message>
    <message>
        <source>Discord kept asking to wait (rate limited); try again later</source>
        <translation>Discord a demandé d&apos;attendre à plusieurs reprises (limitation de débit)&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>Discord asked to wait (rate limited)</source>
        <translation>Discord a demandé d&apos;attendre (limitation de débit)</translation>
    </message>
    <message>
        <source>Discord answered with a server error (HTTP %1) %2 times; try again later</source>
        <translation>Discord a répondu par une erreur serveur (HTTP %1) %2 fois&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>Discord answered with a server error (HTTP %1)</source>
        <translation>Discord a répondu par une erreur serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>the webhook is invalid or was deleted; set a new one (Settings, Publishing, or dreamfoundry login --discord-webhook)</source>
        <translation>le webhook n&apos;est pas valide ou a été supprimé&#xa0;; définissez-en un nouveau (Paramètres, Publication, ou dreamfoundry login --discord-webhook)</translation>
    </message>
    <message>
        <source>Discord answered with a redirect (HTTP %1), which is not followed: it would carry the webhook&apos;s token elsewhere</source>
        <translation>Discord a répondu par une redirection (HTTP %1), qui n&apos;est pas suivie&#xa0;: elle transmettrait le jeton du webhook ailleurs</translation>
    </message>
    <message>
        <source>Discord refused it (HTTP %1)</source>
        <translation>Discord l&apos;a refusé (HTTP %1)</translation>
    </message>
    <message>
        <source>Discord refused it (HTTP %1: %2)</source>
        <translation>Discord l&apos;a refusé (HTTP %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>nothing answered at the webhook&apos;s address (connection refused)</source>
        <translation>rien n&apos;a répondu à l&apos;adresse du webhook (connexion refusée)</translation>
    </message>
    <message>
        <source>the webhook&apos;s host was not found; check the network connection</source>
        <translation>l&apos;hôte du webhook est introuvable&#xa0;; vérifiez la connexion réseau</translation>
    </message>
    <message>
        <source>no answer within %1 seconds; the message may or may not have arrived</source>
        <translation>aucune réponse en %1 secondes&#xa0;; le message est peut-être arrivé, ou peut-être pas</translation>
    </message>
    <message>
        <source>the secure connection to Discord failed</source>
        <translation>la connexion sécurisée à Discord a échoué</translation>
    </message>
    <message>
        <source>the network failed (%1)</source>
        <translation>le réseau a échoué (%1)</translation>
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
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Candidate scripts for the next run. Drop .py files here.</source>
        <translation>Scripts candidats de la prochaine exécution. Déposez des fichiers .py ici.</translation>
    </message>
    <message>
        <source>Candidate scripts</source>
        <translation>Scripts candidats</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>A&amp;jouter...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add Samp&amp;les</source>
        <translation>Ajouter les e&amp;xemples</translation>
    </message>
    <message>
        <source>Add the five sample candidates that ship with Dream Foundry</source>
        <translation>Ajouter les cinq candidats d&apos;exemple fournis avec Dream Foundry</translation>
    </message>
    <message>
        <source>Ob&amp;jective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>What should the candidates do? For example: Generate weekly AI events for Discord</source>
        <translation>Que doivent faire les candidats&#xa0;? Par exemple&#xa0;: Générer les événements IA de la semaine pour Discord</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>What the candidates are asked to do</source>
        <translation>Ce que les candidats doivent faire</translation>
    </message>
    <message>
        <source>Pick a recent objective</source>
        <translation>Choisir un objectif récent</translation>
    </message>
    <message>
        <source>Recent objectives</source>
        <translation>Objectifs récents</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Bacs à sable</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Dé&amp;lai&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long each candidate may run before it is stopped</source>
        <translation>Durée pendant laquelle chaque candidat peut s&apos;exécuter avant d&apos;être arrêté</translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation>E&amp;n parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Candidates running at once (Automatic: one per core locally)</source>
        <translation>Nombre de candidats exécutés simultanément (Automatique&#xa0;: un par cœur en local)</translation>
    </message>
    <message>
        <source>Allow networ&amp;k (local sandboxes)</source>
        <translation>Autoriser le réseau (&amp;bacs à sable locaux)</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Ru&amp;n</source>
        <translation>Lan&amp;cer</translation>
    </message>
    <message>
        <source>&amp;Cancel All</source>
        <translation>&amp;Tout annuler</translation>
    </message>
    <message>
        <source>Rer&amp;un Failed</source>
        <translation>Relancer les éc&amp;hecs</translation>
    </message>
    <message>
        <source>Candidates of the run</source>
        <translation>Candidats de l&apos;exécution</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Recent &amp;Results</source>
        <translation>&amp;Résultats récents</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Add Candidates...</source>
        <translation>&amp;Ajouter des candidats...</translation>
    </message>
    <message>
        <source>&amp;Open Results...</source>
        <translation>&amp;Ouvrir des résultats...</translation>
    </message>
    <message>
        <source>&amp;Save Results As...</source>
        <translation>Enregistrer les résultats &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Publish Winner...</source>
        <translation>&amp;Publier le gagnant...</translation>
    </message>
    <message>
        <source>Clean &amp;Up Sandboxes...</source>
        <translation>&amp;Nettoyer les bacs à sable...</translation>
    </message>
    <message>
        <source>&amp;Compare Artifacts</source>
        <translation>&amp;Comparer les artefacts</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Show &amp;Setup Panel</source>
        <translation>Afficher le &amp;panneau de préparation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Daytona Settings...</source>
        <translation>Paramètres &amp;Daytona...</translation>
    </message>
    <message>
        <source>Dream Foundry &amp;Help</source>
        <translation>&amp;Aide de Dream Foundry</translation>
    </message>
    <message>
        <source>&amp;About Dream Foundry</source>
        <translation>À &amp;propos de Dream Foundry</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>Runs each (ma&amp;x 100):</source>
        <translation>Ex&amp;écutions par candidat (max 100)&#xa0;:</translation>
    </message>
    <message>
        <source> x</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Runs of each candidate</source>
        <translation>Exécutions de chaque candidat</translation>
    </message>
    <message>
        <source>How many times each candidate runs, each in its own sandbox (at most 100); candidates are ranked by their median total</source>
        <translation>Nombre d&apos;exécutions de chaque candidat, chacune dans son propre bac à sable (au plus 100)&#xa0;; les candidats sont classés selon leur total médian</translation>
    </message>
    <message>
        <source>Budget &amp;quota:</source>
        <translation>Bud&amp;get maximal&#xa0;:</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Aucune limite de temps</translation>
    </message>
    <message>
        <source>Wall-clock budget</source>
        <translation>Budget de temps réel</translation>
    </message>
    <message>
        <source>Stop the whole run after this long; candidates still running are cancelled and what finished is kept</source>
        <translation>Arrêter toute l&apos;exécution après cette durée&#xa0;; les candidats encore en cours sont annulés et ce qui est terminé est conservé</translation>
    </message>
    <message>
        <source> sandbox-s</source>
        <translation> s de bac à sable</translation>
    </message>
    <message>
        <source>No sandbox limit</source>
        <translation>Aucune limite de bac à sable</translation>
    </message>
    <message>
        <source>Sandbox-seconds budget</source>
        <translation>Budget en secondes de bac à sable</translation>
    </message>
    <message>
        <source>Stop the run once its sandboxes have run this many seconds together (two sandboxes for 30 s spend 60)</source>
        <translation>Arrêter l&apos;exécution dès que ses bacs à sable ont fonctionné ce nombre de secondes au total (deux bacs à sable pendant 30 s en consomment 60)</translation>
    </message>
    <message>
        <source>One row per candidate: status, score, runtime and artifact; with repeats, its attempts are rows under it (Right or + shows them, Left or - hides them). Enter shows its log; the Menu key or Shift+F10 opens its actions.</source>
        <translation>Une ligne par candidat&#xa0;: état, score, durée et artefact&#xa0;; avec des répétitions, ses tentatives sont des lignes en dessous (Droite ou + les affiche, Gauche ou - les masque). Entrée affiche son journal&#xa0;; la touche Menu ou Maj+F10 ouvre ses actions.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Daytona Settings</source>
        <translation>Paramètres Daytona</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Paste a new key to replace the one in use</source>
        <translation>Collez une nouvelle clé pour remplacer celle utilisée</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>Suppri&amp;mer la clé</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty for Daytona&apos;s own service. DAYTONA_API_URL (or DAYTONA_BASE_URL) in the environment or in .env takes precedence.</source>
        <translation>Laissez vide pour utiliser le service de Daytona. DAYTONA_API_URL (ou DAYTONA_BASE_URL) dans l&apos;environnement ou dans .env a la priorité.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Région cible&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation&apos;s default region</source>
        <translation>La région par défaut de l&apos;organisation</translation>
    </message>
    <message>
        <source>The region sandboxes run in, such as us or eu. DAYTONA_TARGET in the environment takes precedence.</source>
        <translation>La région où s&apos;exécutent les bacs à sable, comme us ou eu. DAYTONA_TARGET dans l&apos;environnement a la priorité.</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Instantané&#xa0;:</translation>
    </message>
    <message>
        <source>The server&apos;s default snapshot</source>
        <translation>L&apos;instantané par défaut du serveur</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Conserver pour cette &amp;session uniquement</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open with the sample candidates.</source>
        <translation>Ouvrir avec les candidats d&apos;exemple.</translation>
    </message>
    <message>
        <source>local, daytona or auto.</source>
        <translation>local, daytona ou auto.</translation>
    </message>
    <message>
        <source>Candidate scripts to open with.</source>
        <translation>Scripts candidats à ouvrir.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;: use local, daytona or auto.</source>
        <translation>Moteur inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez local, daytona ou auto.</translation>
    </message>
    <message>
        <source>dreamfoundry: unknown command &quot;%1&quot;.
Commands: %2.
With no command, or with candidate scripts, it opens the window; dreamfoundry --help says more.</source>
        <translation>dreamfoundry&#xa0;: commande inconnue «&#xa0;%1&#xa0;».
Commandes&#xa0;: %2.
Sans commande, ou avec des scripts candidats, la fenêtre s&apos;ouvre&#xa0;; dreamfoundry --help en dit plus.</translation>
    </message>
    <message>
        <source>dreamfoundry: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
To run candidates without a window: dreamfoundry run (dreamfoundry run --help says how).</source>
        <translation>dreamfoundry&#xa0;: aucun affichage sur lequel ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY ne sont définis).
Pour exécuter des candidats sans fenêtre&#xa0;: dreamfoundry run (dreamfoundry run --help explique comment).</translation>
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
        <translation>Exécute des scripts d&apos;agents candidats côte à côte, chacun dans son bac à sable.
Sans commande, ouvre la fenêtre. Commandes&#xa0;:
  run        exécuter des candidats sans fenêtre (dreamfoundry run --help)
  score      réévaluer une exécution enregistrée (dreamfoundry score --help)
  compare    comparer les artefacts des candidats (dreamfoundry compare --help)
  export     exporter une exécution enregistrée en md, csv, html ou json
             (dreamfoundry export --help)
  publish    publier le gagnant sur un webhook Discord
             (dreamfoundry publish --help)
  sandboxes  lister ou nettoyer les bacs à sable Daytona laissés en place
  login      enregistrer la clé d&apos;API Daytona dans le trousseau
             (--discord-webhook&#xa0;: le webhook Discord)
  logout     la supprimer
  secret     conserver des secrets pour les candidats dans le trousseau
             (set NOM, list, remove NOM)&#xa0;; run --secret NOM en transmet un</translation>
    </message>
    <message>
        <source>dreamfoundry: could not start the window (%1: %2). Reinstalling Dream Foundry puts it back; dreamfoundry run works without it.</source>
        <translation>dreamfoundry&#xa0;: impossible de lancer la fenêtre (%1&#xa0;: %2). Réinstaller Dream Foundry la rétablit&#xa0;; dreamfoundry run fonctionne sans elle.</translation>
    </message>
</context>
</TS>
