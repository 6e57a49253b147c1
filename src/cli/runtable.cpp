#include "runtable.h"

#include "core/durationtext.h"
#include "core/untrustedtext.h"

#include <QCoreApplication>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::RunTable, which lupdate can read.
class RunTableText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunTable)
};

QtMessageHandler previousHandler = nullptr;

void terminalSafeHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    previousHandler(type, context, UntrustedText::visibleControls(message));
}

QString scoreText(const CandidateResult &r)
{
    if (!r.score)
        return RunTableText::tr("-");
    if (r.score->disqualified())
        return RunTableText::tr("DQ");
    if (!r.score->quality())
        return RunTableText::tr("unscored");
    QString text = QString::number(r.score->total, 'f', 1);
    if (r.score->manualQuality)
        text += QLatin1Char('*');
    return text;
}

QString rankText(const CandidateResult &r)
{
    return r.score && r.score->rank > 0 ? QString::number(r.score->rank) : RunTableText::tr("-");
}

// The line under a row that says what went wrong, if anything did.
QString reasonLine(const CandidateResult &r)
{
    if (!r.succeeded() && !r.errorMessage.isEmpty())
        return r.errorMessage;
    if (!r.score)
        return {};
    if (const Gate *gate = r.score->disqualifiedBy())
        return RunTableText::tr("disqualified: %1").arg(gate->reason);
    if (!r.score->quality())
        return RunTableText::tr("unscored: %1").arg(r.score->unscoredReason);
    return {};
}

} // namespace

QString terminalSafe(const QString &text)
{
    return UntrustedText::visibleControlsOneLine(text);
}

void installTerminalSafeLogging()
{
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(terminalSafeHandler);
}

QString terminalText(const QString &text)
{
    return UntrustedText::visibleControls(text);
}

void printRunTable(QTextStream &out, const RunRecord &run)
{
    constexpr qsizetype runtimeWidth = 11; // "59 min 59 s"
    qsizetype width = 9;
    for (const CandidateResult &r : run.candidates)
        width = qMax(width, terminalSafe(r.candidateId).size());
    out << Qt::endl
        << RunTableText::tr("Candidate").leftJustified(width + 2)
        << RunTableText::tr("Status").leftJustified(11)
        << RunTableText::tr("Runtime").rightJustified(runtimeWidth)
        << RunTableText::tr("Score").rightJustified(10)
        << RunTableText::tr("Rank").rightJustified(6) << QStringLiteral("  ")
        << RunTableText::tr("Artifact") << Qt::endl;
    for (const CandidateResult &r : run.candidates) {
        out << terminalSafe(r.candidateId).leftJustified(width + 2)
            << stateName(r.state).leftJustified(11)
            << formatDuration(r.runtimeSeconds).rightJustified(runtimeWidth)
            << scoreText(r).rightJustified(10) << rankText(r).rightJustified(6)
            << QStringLiteral("  ") << terminalSafe(artifactPreview(r, 40)) << Qt::endl;
        if (const QString reason = reasonLine(r); !reason.isEmpty())
            out << QStringLiteral("  ") << terminalSafe(reason.left(300)) << Qt::endl;
    }
    if (std::ranges::any_of(run.candidates, [](const CandidateResult &r) {
            return r.score && r.score->manualQuality;
        }))
        out << RunTableText::tr("* quality set by hand") << Qt::endl;
    if (run.hasRepeats()) {
        // The table shows first attempts; what ranks them is every attempt together.
        out << Qt::endl
            << QCoreApplication::translate("DreamFoundry::RunTable",
                                           "Each candidate ran %n time(s); ranked by median "
                                           "total:",
                                           nullptr, run.settings.plan.repeat)
            << Qt::endl;
        for (const CandidateResult &r : run.candidates)
            out << QStringLiteral("  ") << terminalSafe(r.candidateId) << QStringLiteral(": ")
                << run.repeatSummary(r.candidateId).text() << Qt::endl;
    }
    if (const QString stop = budgetStopSentence(run.budgetStop, run.settings.plan); !stop.isEmpty())
        out << Qt::endl << stop << Qt::endl;
}

QString winnerLine(const RunRecord &run)
{
    if (!run.winner.exists() && run.winner.note.isEmpty())
        return RunTableText::tr("No winner: no candidate passed every gate.");
    if (!run.winner.exists())
        return terminalSafe(run.winner.note); // the ranking's own sentence, "No winner: ..."
    double total = 0;
    for (const CandidateResult &r : run.candidates) {
        if (r.candidateId == run.winner.candidateId && r.score)
            total = r.score->total;
    }
    if (run.hasRepeats()) // ranked by the median (Ranking::rankRepeated)
        total = run.repeatSummary(run.winner.candidateId).medianTotal.value_or(total);
    const QString line
            = RunTableText::tr("Winner: %1 (score %2)")
                      .arg(terminalSafe(run.winner.candidateId), QString::number(total, 'f', 1));
    return run.winner.manual ? RunTableText::tr("%1, picked by hand").arg(line) : line;
}

} // namespace DreamFoundry
