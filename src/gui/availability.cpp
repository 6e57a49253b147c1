#include "availability.h"

#include <QCoreApplication>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::MainWindow, which lupdate can read.
class MainWindowText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::MainWindow)
};

Availability available(const QString &toolTip)
{
    return {true, toolTip};
}

Availability unavailable(const QString &why)
{
    return {false, why};
}

// Why no run can start now, whatever it runs; empty when one can.
QString busyReason(const WindowState &s)
{
    if (s.running)
        return MainWindowText::tr("A run is in progress.");
    if (s.scoresPending)
        return MainWindowText::tr("The scores of the run on screen are being saved.");
    return {};
}

QString daytonaReason(const WindowState &s)
{
    return s.daytonaProblem.isEmpty()
            ? MainWindowText::tr("Daytona is not set up: see Settings > Daytona "
                                 "Settings...")
            : s.daytonaProblem;
}

// Why the chosen sandboxes and scoring cannot run anything; empty when they can.
QString setupReason(const WindowState &s)
{
    if (s.backend == BackendChoice::Daytona && !s.daytonaConfigured)
        return daytonaReason(s);
    return s.scoringProblem;
}

Availability run(const WindowState &s)
{
    QString why = busyReason(s);
    if (why.isEmpty() && s.candidateCount == 0)
        why = MainWindowText::tr("Add at least one candidate script.");
    if (why.isEmpty())
        why = s.objectiveProblem;
    if (why.isEmpty())
        why = setupReason(s);
    if (!why.isEmpty())
        return unavailable(why);
    return available(MainWindowText::tr("Run every candidate (%1)").arg(s.runShortcut));
}

// A rerun needs what a run needs, but for candidates of the run on screen.
Availability rerunFailed(const WindowState &s)
{
    QString why = s.running || s.scoresPending ? MainWindowText::tr("Wait for the run to finish.")
                                               : QString();
    if (why.isEmpty() && s.failedRows == 0)
        why = MainWindowText::tr("No candidate of the run on screen failed.");
    if (why.isEmpty())
        why = setupReason(s);
    if (!why.isEmpty())
        return unavailable(why);
    // Spelled out for lupdate, which finds plural forms only in calls it can read.
    return available(QCoreApplication::translate("DreamFoundry::MainWindow",
                                                 "Run the %n failed candidate(s) again", nullptr,
                                                 s.failedRows));
}

Availability rerunCandidate(const WindowState &s)
{
    QString why = s.running || s.scoresPending ? MainWindowText::tr("Wait for the run to finish.")
                                               : QString();
    if (why.isEmpty() && (!s.hasCurrentRow || !isFinal(s.currentState)))
        why = MainWindowText::tr("Select a candidate that has finished.");
    if (why.isEmpty())
        why = setupReason(s);
    if (!why.isEmpty())
        return unavailable(why);
    return available(MainWindowText::tr("Run this candidate again"));
}

Availability compare(const WindowState &s)
{
    if (s.rows < 2)
        return unavailable(
                MainWindowText::tr("A run with at least two candidates is needed to compare."));
    if (s.selectedRows == 0)
        return unavailable(MainWindowText::tr("Select the candidates to compare."));
    if (s.selectedRows > s.maxCompared)
        return unavailable(
                MainWindowText::tr("Select at most %1 candidates to compare.").arg(s.maxCompared));
    if (s.selectedRows == 1)
        return available(
                MainWindowText::tr("Compare the selected candidate's artifact with others; select "
                                   "2 to %1 rows to compare them at once.")
                        .arg(s.maxCompared));
    // Two or more here: the plural always holds.
    return available(
            MainWindowText::tr("Compare the artifacts of the %1 selected candidates side by side.")
                    .arg(s.selectedRows));
}

Availability network(const WindowState &s)
{
    if (s.running)
        return unavailable(MainWindowText::tr("A run is in progress."));
    // Only local sandboxes use it: Daytona's are on Daytona's network.
    const bool local = s.backend == BackendChoice::Local
            || (s.backend == BackendChoice::Auto && !s.daytonaConfigured);
    if (!local)
        return unavailable(
                MainWindowText::tr("Daytona sandboxes are on Daytona's network; this applies to "
                                   "local sandboxes only."));
    return available(MainWindowText::tr("Let local candidates reach the network"));
}

Availability rescore(const WindowState &s)
{
    if (s.running)
        return unavailable(MainWindowText::tr("Wait for the run to finish."));
    if (s.scoring)
        return unavailable(MainWindowText::tr("The run is being scored."));
    if (!s.runOnScreen)
        return unavailable(MainWindowText::tr("Open or finish a run first."));
    return available({});
}

} // namespace

WindowAvailability windowAvailability(const WindowState &s)
{
    WindowAvailability a;
    a.run = run(s);
    a.cancelAll = s.running
            ? available(MainWindowText::tr("Cancel every candidate that has not finished"))
            : unavailable(MainWindowText::tr("No run is in progress."));
    a.rerunFailed = rerunFailed(s);
    a.rerunCandidate = rerunCandidate(s);
    a.cancelCandidate = s.running && s.hasCurrentRow && !isFinal(s.currentState)
            ? available(MainWindowText::tr("Stop this candidate and remove its sandbox"))
            : unavailable(MainWindowText::tr("Only a candidate still running can be cancelled."));
    const QString busy = s.running ? MainWindowText::tr("A run is in progress.") : QString();
    a.addCandidates = busy.isEmpty() ? available(MainWindowText::tr("Add candidate scripts (.py)"))
                                     : unavailable(busy);
    if (!busy.isEmpty())
        a.removeCandidates = unavailable(busy);
    else if (s.selectedCandidates == 0)
        a.removeCandidates = unavailable(MainWindowText::tr("Select the candidates to remove."));
    else
        a.removeCandidates
                = available(MainWindowText::tr("Remove the selected candidates from the list"));
    a.openResults = busy.isEmpty()
            ? available(MainWindowText::tr("Open the results of an earlier run"))
            : unavailable(MainWindowText::tr("Wait for the run to finish, or cancel it."));
    if (s.running)
        a.saveResultsAs = unavailable(MainWindowText::tr("Wait for the run to finish."));
    else if (!s.runOnScreen)
        a.saveResultsAs = unavailable(MainWindowText::tr("Run or open a run first."));
    else
        a.saveResultsAs = available(MainWindowText::tr("Save a copy of the results on screen"));
    if (s.running)
        a.exportResults = unavailable(MainWindowText::tr("Wait for the run to finish."));
    else if (!s.savedRunOnScreen)
        a.exportResults = unavailable(MainWindowText::tr("Run or open a saved run first."));
    else
        a.exportResults = available(
                MainWindowText::tr("Export the run on screen as HTML, CSV, Markdown or JSON"));
    a.compare = compare(s);
    a.cleanUpSandboxes = s.daytonaConfigured
            ? available(MainWindowText::tr("Delete Daytona sandboxes that runs left behind"))
            : unavailable(daytonaReason(s));
    a.runSettings = busy.isEmpty() ? available({}) : unavailable(busy);
    a.network = network(s);
    a.rescore = rescore(s);
    return a;
}

} // namespace DreamFoundry
