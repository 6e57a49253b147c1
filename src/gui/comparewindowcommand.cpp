#include "comparewindowcommand.h"

#include "comparewindow.h"
#include "core/runrecord.h"
#include "results/resultstore.h"

#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

CompareWindowCommand::CompareWindowCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent), m_arguments(arguments)
{}

CompareWindowCommand::~CompareWindowCommand()
{
    delete m_window;
}

CompareWindow *CompareWindowCommand::window() const
{
    return m_window;
}

void CompareWindowCommand::fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    Q_EMIT done(2);
}

void CompareWindowCommand::start()
{
    // The options of `dreamfoundry compare`, so --window can be added to any of its command
    // lines; --context and --color mean nothing to the viewer and are accepted as they are.
    QCommandLineParser parser;
    const QCommandLineOption window(QStringLiteral("window"),
                                    tr("Open the comparison viewer instead of printing a diff."));
    const QCommandLineOption whitespace({QStringLiteral("w"), QStringLiteral("ignore-whitespace")},
                                        tr("Ignore all white space."));
    const QCommandLineOption ignoreCase({QStringLiteral("i"), QStringLiteral("ignore-case")},
                                        tr("Ignore case."));
    const QCommandLineOption strictEndings(QStringLiteral("strict-line-endings"),
                                           tr("CRLF and LF line endings differ."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Re-indent JSON artifacts."));
    const QCommandLineOption sortKeys(QStringLiteral("sort-keys"),
                                      tr("With --json, sort every object's keys."));
    const QCommandLineOption context({QStringLiteral("U"), QStringLiteral("context")},
                                     tr("Ignored by the viewer."), QStringLiteral("lines"));
    const QCommandLineOption color(QStringLiteral("color"), tr("Ignored by the viewer."),
                                   QStringLiteral("when"));
    parser.addOptions(
            {window, whitespace, ignoreCase, strictEndings, json, sortKeys, context, color});
    parser.addPositionalArgument(QStringLiteral("results"), tr("A results folder."));
    parser.addPositionalArgument(QStringLiteral("candidates"),
                                 tr("Two to four candidate ids, the first the baseline."),
                                 QStringLiteral("A B [C D]"));
    if (!parser.parse(QStringList{QStringLiteral("dreamfoundry compare")} + m_arguments)) {
        fail(parser.errorText());
        return;
    }
    m_options.ignoreWhitespace = parser.isSet(whitespace);
    m_options.ignoreCase = parser.isSet(ignoreCase);
    m_options.ignoreLineEndings = !parser.isSet(strictEndings);
    m_options.prettyJson = parser.isSet(json);
    m_options.sortJsonKeys = parser.isSet(json) && parser.isSet(sortKeys);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3 || positional.size() > 1 + CompareWindow::maxPanes) {
        fail(tr("Usage: dreamfoundry compare --window RESULTS_DIR A B [C D]"));
        return;
    }
    const QString folder = positional.first();
    const QStringList ids = positional.mid(1);
    // Reading run.json is file I/O: off the GUI thread, like the window's Open Results.
    auto *watcher = new QFutureWatcher<std::pair<RunRecord, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder, ids] {
        watcher->deleteLater();
        const auto [run, error] = watcher->result();
        if (!error.isEmpty())
            fail(error);
        else
            open(run, folder, ids);
    });
    watcher->setFuture(QtConcurrent::run([folder] {
        QString error;
        RunRecord run = ResultStore::load(folder, &error);
        return std::pair{run, error};
    }));
}

void CompareWindowCommand::open(const RunRecord &run, const QString &folder, const QStringList &ids)
{
    QList<CompareSource> sources;
    QStringList known;
    for (const CandidateResult &candidate : run.candidates)
        known.append(candidate.candidateId);
    for (const QString &id : ids) {
        const qsizetype index = known.indexOf(id);
        if (index < 0) {
            fail(tr("No candidate \"%1\" in %2; it has: %3")
                         .arg(id, folder, known.join(QStringLiteral(", "))));
            return;
        }
        sources.append(CompareSource::fromResult(run.candidates.at(index)));
    }
    m_window = new CompareWindow;
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &QObject::destroyed, this, [this] { Q_EMIT done(0); });
    m_window->setOptions(m_options);
    m_window->setSources(sources);
    m_window->show();
}

} // namespace DreamFoundry
