#include "comparecommand.h"
#include "commandhelp.h"

#include "compare/comparison.h"
#include "results/resultstore.h"
#include "runtable.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace DreamFoundry {

namespace {

struct CompareCommandLine
{
    QCommandLineOption whitespace{{QStringLiteral("w"), QStringLiteral("ignore-whitespace")},
                                  CompareCommand::tr("Ignore all white space.")};
    QCommandLineOption ignoreCase{{QStringLiteral("i"), QStringLiteral("ignore-case")},
                                  CompareCommand::tr("Ignore case.")};
    QCommandLineOption strictEndings{
            QStringLiteral("strict-line-endings"),
            CompareCommand::tr("CRLF and LF line endings differ, and so does a missing final "
                               "newline (by default they are ignored).")};
    QCommandLineOption json{QStringLiteral("json"),
                            CompareCommand::tr("Re-indent JSON artifacts before comparing.")};
    QCommandLineOption sortKeys{QStringLiteral("sort-keys"),
                                CompareCommand::tr("With --json, sort every object's keys.")};
    QCommandLineOption context{{QStringLiteral("U"), QStringLiteral("context")},
                               CompareCommand::tr("Lines of context (default 3)."),
                               QStringLiteral("lines"),
                               QStringLiteral("3")};
    QCommandLineOption color{QStringLiteral("color"),
                             CompareCommand::tr("auto (on a terminal), always or never."),
                             QStringLiteral("when"), QStringLiteral("auto")};
    // Listed for --help only: app/main.cpp sends `compare --window` to the viewer before this
    // command sees it.
    QCommandLineOption window{QStringLiteral("window"),
                              CompareCommand::tr("Open the comparison viewer on them instead of "
                                                 "printing a diff.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
                {whitespace, ignoreCase, strictEndings, json, sortKeys, context, color, window});
    }

    // Empty when --context and --color are usable, else why not.
    QString problem(const QCommandLineParser &parser) const
    {
        bool contextOk = false;
        if (parser.value(context).toInt(&contextOk) < 0 || !contextOk)
            return CompareCommand::tr("--context takes a number of lines, not \"%1\"")
                    .arg(parser.value(context));
        const QString when = parser.value(color);
        if (when != QLatin1String("auto") && when != QLatin1String("always")
            && when != QLatin1String("never"))
            return CompareCommand::tr("--color takes auto, always or never, not \"%1\"").arg(when);
        return {};
    }

    CompareOptions options(const QCommandLineParser &parser) const
    {
        CompareOptions options;
        options.ignoreWhitespace = parser.isSet(whitespace);
        options.ignoreCase = parser.isSet(ignoreCase);
        options.ignoreLineEndings = !parser.isSet(strictEndings);
        options.prettyJson = parser.isSet(json) || parser.isSet(sortKeys);
        options.sortJsonKeys = parser.isSet(sortKeys);
        return options;
    }
};

QString knownIds(const RunRecord &run)
{
    QStringList ids;
    for (const CandidateResult &candidate : run.candidates)
        ids << candidate.candidateId;
    return ids.join(QStringLiteral(", "));
}

// The candidates `ids` of the results folder `folder`, or an error.
QList<CompareSource> sourcesOf(const QString &folder, const QStringList &ids, QString *error)
{
    const RunRecord run = ResultStore::load(folder, error);
    if (!error->isEmpty())
        return {};
    QList<CompareSource> sources;
    for (const QString &id : ids) {
        const auto it = std::find_if(run.candidates.cbegin(), run.candidates.cend(),
                                     [&](const CandidateResult &c) { return c.candidateId == id; });
        if (it == run.candidates.cend()) {
            *error = CompareCommand::tr("no candidate \"%1\" in %2; it has %3")
                             .arg(id, folder, knownIds(run));
            return {};
        }
        sources << CompareSource::fromResult(*it);
    }
    return sources;
}

} // namespace

CompareCommand::CompareCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent), m_arguments(arguments)
{}

void CompareCommand::finish(int exitStatus)
{
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void CompareCommand::fail(const QString &message, int exitStatus)
{
    QTextStream(stderr) << tr("dreamfoundry compare: %1").arg(terminalSafe(message)) << Qt::endl;
    finish(exitStatus);
}

void CompareCommand::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Prints a unified diff of candidate A's artifact against each other one's, from "
               "a saved run. Exit status: 0 when they are identical, 1 when they differ, 2 on "
               "bad usage or when an artifact is missing."));
    parser.addHelpOption();
    const CompareCommandLine commandLine;
    commandLine.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("results"), tr("A results folder."),
                                 QStringLiteral("RESULTS_DIR"));
    parser.addPositionalArgument(QStringLiteral("candidates"), tr("2 to 4 candidate ids."),
                                 QStringLiteral("A B [C D]"));
    if (!parser.parse(QStringList(QStringLiteral("dreamfoundry compare")) + m_arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        showCommandHelp(parser, QStringLiteral("compare"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3 || positional.size() > 5)
        return fail(tr("give a results folder and 2 to 4 candidate ids, e.g. dreamfoundry "
                       "compare ./results alpha beta"),
                    2);
    if (const QString problem = commandLine.problem(parser); !problem.isEmpty())
        return fail(problem, 2);
    QString error;
    const QList<CompareSource> sources
            = sourcesOf(positional.constFirst(), positional.mid(1), &error);
    if (!error.isEmpty())
        return fail(error, 2);
    const auto comparison = compareSources(sources, 0, commandLine.options(parser));
    const bool terminal = isatty(STDOUT_FILENO);
    const QString color = parser.value(commandLine.color);
    const bool colour
            = color == QLatin1String("always") || (color == QLatin1String("auto") && terminal);
    finish(print(*comparison, colour, terminal, parser.value(commandLine.context).toInt()));
}

// Prints the diffs and says how it went: 0 identical, 1 different, 2 an artifact is missing.
int CompareCommand::print(const Comparison &comparison, bool colour, bool escape, int context)
{
    UnifiedDiffFormat format;
    format.context = context;
    format.colour = colour;
    if (escape)
        format.escape = terminalText;
    bool trouble = false;
    for (int k = 0; k < comparison.paneCount(); ++k) {
        const ArtifactText &text = comparison.text(k);
        if (text.isText() || text.kind() == ArtifactText::Kind::Binary)
            continue;
        QTextStream(stderr) << tr("dreamfoundry compare: %1")
                                       .arg(terminalSafe(QStringLiteral("%1: %2").arg(
                                               text.source().label, text.problem())))
                            << Qt::endl;
        trouble = true;
    }
    const bool baseOk = comparison.text(0).isText()
            || comparison.text(0).kind() == ArtifactText::Kind::Binary;
    for (int k = 1; k < comparison.paneCount() && baseOk; ++k) {
        const ArtifactText &text = comparison.text(k);
        if (!text.isText() && text.kind() != ArtifactText::Kind::Binary)
            continue;
        const QByteArray diff = unifiedDiff(comparison, k, format);
        std::fwrite(diff.constData(), 1, size_t(diff.size()), stdout);
    }
    std::fflush(stdout);
    if (trouble)
        return 2;
    return comparison.allIdentical() ? 0 : 1;
}

} // namespace DreamFoundry
