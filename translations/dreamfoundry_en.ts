<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DreamFoundry::BuiltInScorers</name>
    <message numerus="yes">
        <source>more than %n day(s) after the run</source>
        <translation>
            <numerusform>more than %n day after the run</numerusform>
            <numerusform>more than %n days after the run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The artifact holds only %n byte(s); it must be longer than 10 bytes.</source>
        <translation>
            <numerusform>The artifact holds only %n byte; it must be longer than 10 bytes.</numerusform>
            <numerusform>The artifact holds only %n bytes; it must be longer than 10 bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::ComparePane</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::CompareWindow</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaError</name>
    <message numerus="yes">
        <source>Daytona (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>Daytona (%1) did not answer within %n second.</numerusform>
            <numerusform>Daytona (%1) did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daytona did not finish %1 within %n second(s).</source>
        <translation>
            <numerusform>Daytona did not finish %1 within %n second.</numerusform>
            <numerusform>Daytona did not finish %1 within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DaytonaSandbox</name>
    <message numerus="yes">
        <source>Deleting sandbox %1 took longer than %n second(s); its auto-delete or `dreamfoundry sandboxes reap` will remove it.</source>
        <translation>
            <numerusform>Deleting sandbox %1 took longer than %n second; its auto-delete or `dreamfoundry sandboxes reap` will remove it.</numerusform>
            <numerusform>Deleting sandbox %1 took longer than %n seconds; its auto-delete or `dreamfoundry sandboxes reap` will remove it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::DiffTextView</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s) hidden: click to show</source>
        <translation>
            <numerusform>⋯ %n unchanged line hidden: click to show</numerusform>
            <numerusform>⋯ %n unchanged lines hidden: click to show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::HistoryPanel</name>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 of %n run</numerusform>
            <numerusform>%1 of %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n cannot be read</numerusform>
            <numerusform>%n cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n run(s) to the trash?</source>
        <translation>
            <numerusform>Move %n run to the trash?</numerusform>
            <numerusform>Move %n runs to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no trash for %n run(s). Delete them for good?</source>
        <translation>
            <numerusform>There is no trash for %n run. Delete it for good?</numerusform>
            <numerusform>There is no trash for %n runs. Delete them for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LocalSandbox</name>
    <message numerus="yes">
        <source>Collecting the artifact took longer than %n second(s); it was not collected.</source>
        <translation>
            <numerusform>Collecting the artifact took longer than %n second; it was not collected.</numerusform>
            <numerusform>Collecting the artifact took longer than %n seconds; it was not collected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::LogView</name>
    <message numerus="yes">
        <source>[... %n earlier byte(s) not kept ...]
</source>
        <translation>
            <numerusform>[... %n earlier byte not kept ...]
</numerusform>
            <numerusform>[... %n earlier bytes not kept ...]
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::MainWindow</name>
    <message numerus="yes">
        <source>Run the %n failed candidate(s) again</source>
        <translation>
            <numerusform>Run the failed candidate again</numerusform>
            <numerusform>Run the %n failed candidates again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n candidate(s) succeeded.</source>
        <translation>
            <numerusform>%1 of %n candidate succeeded.</numerusform>
            <numerusform>%1 of %n candidates succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %n candidate(s) again with which objective?</source>
        <translation>
            <numerusform>Run %n candidate again with which objective?</numerusform>
            <numerusform>Run %n candidates again with which objective?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunChangesView</name>
    <message numerus="yes">
        <source>From %1 to %2: %n candidate(s) changed.</source>
        <translation>
            <numerusform>From %1 to %2: %n candidate changed.</numerusform>
            <numerusform>From %1 to %2: %n candidates changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunCommand</name>
    <message numerus="yes">
        <source>Warming %n Daytona sandbox(es)...</source>
        <translation>
            <numerusform>Warming %n Daytona sandbox...</numerusform>
            <numerusform>Warming %n Daytona sandboxes...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warm pool ready: %n sandbox(es).</source>
        <translation>
            <numerusform>Warm pool ready: %n sandbox.</numerusform>
            <numerusform>Warm pool ready: %n sandboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n candidate(s) on the %1 backend: %2</source>
        <translation>
            <numerusform>Running %n candidate on the %1 backend: %2</numerusform>
            <numerusform>Running %n candidates on the %1 backend: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunExport</name>
    <message numerus="yes">
        <source>Each candidate ran %n time(s); ranked by median total:</source>
        <translation>
            <numerusform>Each candidate ran %n time; ranked by median total:</numerusform>
            <numerusform>Each candidate ran %n times; ranked by median total:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunScorer</name>
    <message numerus="yes">
        <source>The scorer script did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>The scorer script did not finish within %n second and was stopped.</numerusform>
            <numerusform>The scorer script did not finish within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunSession</name>
    <message numerus="yes">
        <source>Timed out after %n second(s); the sandbox was stopped.</source>
        <translation>
            <numerusform>Timed out after %n second; the sandbox was stopped.</numerusform>
            <numerusform>Timed out after %n seconds; the sandbox was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installing the dependencies took longer than %n second(s); the sandbox was stopped.</source>
        <translation>
            <numerusform>Installing the dependencies took longer than %n second; the sandbox was stopped.</numerusform>
            <numerusform>Installing the dependencies took longer than %n seconds; the sandbox was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunTable</name>
    <message numerus="yes">
        <source>Each candidate ran %n time(s); ranked by median total:</source>
        <translation>
            <numerusform>Each candidate ran once; ranked by median total:</numerusform>
            <numerusform>Each candidate ran %n times; ranked by median total:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::RunTableModel</name>
    <message numerus="yes">
        <source>%n attempt(s) to go, %1</source>
        <translation>
            <numerusform>%n attempt to go, %1</numerusform>
            <numerusform>%n attempts to go, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SandboxCleanup</name>
    <message numerus="yes">
        <source>No sandbox was left behind: %n sandbox(es) of live runs or other machines.</source>
        <translation>
            <numerusform>No sandbox was left behind: %n sandbox of live runs or other machines.</numerusform>
            <numerusform>No sandbox was left behind: %n sandboxes of live runs or other machines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox(es) were left behind by runs that are no longer running. Delete them?</source>
        <translation>
            <numerusform>%n sandbox was left behind by a run that is no longer running. Delete it?</numerusform>
            <numerusform>%n sandboxes were left behind by runs that are no longer running. Delete them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of the sandboxes; %n could not be deleted and will be deleted by Daytona when they stop.</source>
        <translation>
            <numerusform>Deleted %1 of the sandboxes; %n could not be deleted and will be deleted by Daytona when it stops.</numerusform>
            <numerusform>Deleted %1 of the sandboxes; %n could not be deleted and will be deleted by Daytona when they stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sandbox(es).</source>
        <translation>
            <numerusform>Deleted %n sandbox.</numerusform>
            <numerusform>Deleted %n sandboxes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::SandboxesCommand</name>
    <message numerus="yes">
        <source>Deleted %n sandbox(es).</source>
        <translation>
            <numerusform>Deleted %n sandbox.</numerusform>
            <numerusform>Deleted %n sandboxes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DreamFoundry::WarmPoolKeeper</name>
    <message numerus="yes">
        <source>%1 of %n sandbox(es) warm; they count against your Daytona quota.</source>
        <translation>
            <numerusform>%1 of %n sandbox warm; it counts against your Daytona quota.</numerusform>
            <numerusform>%1 of %n sandboxes warm; they count against your Daytona quota.</numerusform>
        </translation>
    </message>
</context>
</TS>
