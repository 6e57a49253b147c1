#include "scorecommand.h"
#include "commandhelp.h"

#include "pipeline/runpipeline.h"
#include "results/resultstore.h"
#include "runtable.h"
#include "scoring/ranking.h"
#include "scoringoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace DreamFoundry {

ScoreCommand::ScoreCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent), m_arguments(arguments), m_out(stdout), m_err(stderr)
{}

void ScoreCommand::fail(const QString &message, int exitStatus)
{
    m_err << tr("dreamfoundry score: %1").arg(terminalSafe(message)) << Qt::endl;
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void ScoreCommand::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Scores a saved run again, without running its candidates, and rewrites its "
               "run.json and report.md. Without options it uses the run's own weights and "
               "scorer."));
    parser.addHelpOption();
    const ScoringOptions scoring;
    scoring.addTo(parser);
    const QCommandLineOption clear(QStringLiteral("clear-overrides"),
                                   tr("Drop the qualities and the winner set by hand."));
    parser.addOption(clear);
    parser.addPositionalArgument(QStringLiteral("results"), tr("A results folder."),
                                 QStringLiteral("RESULTS_DIR"));
    if (!parser.parse(QStringList(QStringLiteral("dreamfoundry score")) + m_arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        showCommandHelp(parser, QStringLiteral("score"));
    if (parser.positionalArguments().size() != 1)
        return fail(tr("give one results folder, e.g. dreamfoundry score ./results"), 2);

    const QString folder = parser.positionalArguments().constFirst();
    QString error;
    RunRecord run = ResultStore::load(folder, &error);
    if (!error.isEmpty())
        return fail(error, 2);
    // A scored run keeps its own weights and scorer unless the options change them.
    ScoringSettings settings = run.isScored() ? run.scoring : ScoringSettings();
    QString note;
    if (const QString problem = scoring.read(parser, &settings, &note); !problem.isEmpty())
        return fail(problem, 2);
    if (!note.isEmpty())
        m_err << terminalSafe(note) << Qt::endl;
    if (parser.isSet(clear))
        Ranking::clearOverrides(run);

    m_pipeline = new RunPipeline(this);
    connect(m_pipeline, &RunPipeline::rescored, this, &ScoreCommand::onScored);
    if (const QString refused = m_pipeline->rescore(run, folder, settings); !refused.isEmpty())
        return fail(refused, 2);
}

void ScoreCommand::onScored(const RunRecord &run, const QString &folder, const QString &error)
{
    printRunTable(m_out, run);
    m_out << Qt::endl << winnerLine(run) << Qt::endl;
    if (!run.scoring.scorerError.isEmpty())
        m_err << tr("warning: %1").arg(terminalSafe(run.scoring.scorerError)) << Qt::endl;
    if (!error.isEmpty()) {
        m_err << tr("Could not save the new scores: %1").arg(terminalSafe(error)) << Qt::endl;
        Q_EMIT done(1);
        return;
    }
    m_out << tr("Scores saved in %1").arg(terminalSafe(folder)) << Qt::endl;
    Q_EMIT done(0);
}

} // namespace DreamFoundry
