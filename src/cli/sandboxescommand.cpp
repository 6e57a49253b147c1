#include "sandboxescommand.h"
#include "commandhelp.h"

#include "daytona/daytonaconfig.h"
#include "daytona/reaper.h"
#include "runtable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace DreamFoundry {

SandboxesCommand::SandboxesCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent), m_arguments(arguments), m_out(stdout), m_err(stderr)
{}

void SandboxesCommand::fail(const QString &message, int exitStatus)
{
    m_err << tr("dreamfoundry sandboxes: %1").arg(terminalSafe(message)) << Qt::endl;
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void SandboxesCommand::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Lists the Daytona sandboxes Dream Foundry made (list), or deletes those whose run "
               "is no longer live (reap)."));
    parser.addHelpOption();
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), tr("Daytona API URL."), tr("url"));
    const QCommandLineOption allMachines(
            QStringLiteral("all-machines"),
            tr("Also reap sandboxes made on other machines (their runs cannot be checked)."));
    parser.addOptions({apiUrl, allMachines});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list or reap."),
                                 QStringLiteral("list|reap"));
    QStringList argv = m_arguments;
    argv.prepend(QCoreApplication::applicationName() + QStringLiteral(" sandboxes"));
    if (!parser.parse(argv))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        showCommandHelp(parser, QStringLiteral("sandboxes"));
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0, QStringLiteral("list"));
    if (words.size() > 1 || (action != QStringLiteral("list") && action != QStringLiteral("reap")))
        return fail(
                tr("expected \"list\" or \"reap\", not \"%1\".").arg(words.join(QLatin1Char(' '))),
                2);
    m_reap = action == QStringLiteral("reap");

    const QSettings settings;
    const DaytonaConfig config
            = DaytonaConfig::load(QProcessEnvironment::systemEnvironment(), QDir::currentPath(),
                                  parser.value(apiUrl), &settings);
    if (const QString problem = config.problem(); !problem.isEmpty())
        return fail(problem, 2);

    auto *manager = new QNetworkAccessManager(this);
    auto *reaper = new Reaper(DaytonaClient::connectionFor(config), manager, this);
    reaper->setIncludeOtherMachines(parser.isSet(allMachines));
    connect(reaper, &Reaper::finished, this, &SandboxesCommand::onFinished);
    if (m_reap)
        reaper->reap();
    else
        reaper->list();
}

void SandboxesCommand::onFinished(const ReapReport &report)
{
    if (!report.error.ok()) {
        m_err << tr("dreamfoundry sandboxes: %1").arg(terminalSafe(report.error.message))
              << Qt::endl;
        Q_EMIT done(1);
        return;
    }
    if (report.entries.isEmpty()) {
        m_out << tr("No Dream Foundry sandboxes in Daytona.") << Qt::endl;
        Q_EMIT done(0);
        return;
    }
    // What the server says is shown as text only: a sandbox's name or labels could hold
    // escape sequences.
    qsizetype idWidth = 10;
    qsizetype nameWidth = 4;
    for (const ReapEntry &e : report.entries) {
        idWidth = qMax(idWidth, terminalSafe(e.sandbox.id).size());
        nameWidth = qMax(nameWidth, terminalSafe(e.sandbox.name).size());
    }
    m_out << tr("Sandbox").leftJustified(idWidth + 2) << tr("Name").leftJustified(nameWidth + 2)
          << tr("State").leftJustified(11) << tr("Run").leftJustified(38) << tr("Status")
          << Qt::endl;
    for (const ReapEntry &e : report.entries) {
        QString status = Reaper::statusName(e.status);
        // A warm pool's: live while its app instance runs (docs/daytona.md, "The warm pool").
        if (e.sandbox.labels.contains(QStringLiteral("pool")))
            status = tr("%1, warm pool").arg(status);
        if (e.deleted)
            status = tr("deleted");
        else if (!e.deleteError.isEmpty())
            status = tr("NOT deleted: %1").arg(e.deleteError);
        m_out << terminalSafe(e.sandbox.id).leftJustified(idWidth + 2)
              << terminalSafe(e.sandbox.name).leftJustified(nameWidth + 2)
              << terminalSafe(e.sandbox.state).leftJustified(11)
              << terminalSafe(e.sandbox.labels.value(QStringLiteral("run"))).leftJustified(38)
              << terminalSafe(status) << Qt::endl;
    }
    if (m_reap) {
        m_out << tr("Deleted %n sandbox(es).", nullptr, report.deletedCount()) << Qt::endl;
        if (report.failedCount() > 0) {
            Q_EMIT done(1);
            return;
        }
    }
    Q_EMIT done(0);
}

} // namespace DreamFoundry
