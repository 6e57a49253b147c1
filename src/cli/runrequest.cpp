#include "runrequest.h"

#include "core/samples.h"
#include "scoringoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace DreamFoundry {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DreamFoundry::RunRequest", text);
}

struct Options
{
    QCommandLineOption objective{{QStringLiteral("o"), QStringLiteral("objective")},
                                 tr("What the candidates are asked to do."),
                                 tr("text")};
    QCommandLineOption backend{QStringLiteral("backend"),
                               tr("Where sandboxes come from: local, daytona or auto."), tr("name"),
                               QStringLiteral("local")};
    QCommandLineOption daytona{QStringLiteral("daytona"), tr("Same as --backend daytona.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               tr("Seconds each candidate may run (default 300)."), tr("seconds")};
    QCommandLineOption parallel{QStringLiteral("parallel"),
                                tr("Candidates running at once (default: one per core)."),
                                tr("count")};
    QCommandLineOption out{QStringLiteral("out"), tr("Folder to write the results into."),
                           tr("dir")};
    QCommandLineOption noNetwork{QStringLiteral("no-network"),
                                 tr("Cut local sandboxes off the network.")};
    QCommandLineOption readOnlyFolder{
            QStringLiteral("read-only-folder"),
            tr("A host folder local sandboxes see read-only at the same path (repeatable); "
               "otherwise they see only the system folders."),
            tr("dir")};
    QCommandLineOption memory{QStringLiteral("memory-limit"),
                              tr("Memory each local candidate may use, in MiB (default 2048)."),
                              tr("MiB")};
    QCommandLineOption processes{QStringLiteral("process-limit"),
                                 tr("Processes each local candidate may start (default 256)."),
                                 tr("count")};
    QCommandLineOption disk{QStringLiteral("disk-limit"),
                            tr("What a local candidate's /home/daytona and /tmp may hold "
                               "together, in MiB (default 1024)."),
                            tr("MiB")};
    QCommandLineOption artifact{QStringLiteral("artifact-limit"),
                                tr("Largest artifact collected, in MiB (default 100)."), tr("MiB")};
    QCommandLineOption apiUrl{QStringLiteral("api-url"), tr("Daytona API URL."), tr("url")};
    QCommandLineOption repeat{QStringLiteral("repeat"),
                              tr("Run each candidate this many times, each in its own sandbox, "
                                 "and rank candidates by their median (default 1, at most %1).")
                                      .arg(RunPlan::maxRepeat),
                              tr("count")};
    QCommandLineOption budgetSeconds{QStringLiteral("budget-seconds"),
                                     tr("Stop the whole run after this many seconds of wall "
                                        "clock; what finished is kept."),
                                     tr("seconds")};
    QCommandLineOption budgetSandboxSeconds{
            QStringLiteral("budget-sandbox-seconds"),
            tr("Stop the run once its sandboxes have run this many seconds together (two "
               "sandboxes for 30 s spend 60); what finished is kept."),
            tr("seconds")};
};

// --repeat and the budgets: whole numbers, refused with the plan's own sentence when they
// cannot run (a repeat of 0 or over the cap, a budget of 0 s).
bool readPlan(const QCommandLineParser &parser, const Options &o, RunPlan *plan, QString *error)
{
    const auto number = [&](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok)
            *error = tr("--%1 needs a whole number, not \"%2\".")
                             .arg(option.names().constLast(), parser.value(option));
        return ok;
    };
    int value = 0;
    if (parser.isSet(o.repeat)) {
        if (!number(o.repeat, &value))
            return false;
        plan->repeat = value;
    }
    if (parser.isSet(o.budgetSeconds)) {
        if (!number(o.budgetSeconds, &value))
            return false;
        plan->wallClockBudgetSeconds = value;
    }
    if (parser.isSet(o.budgetSandboxSeconds)) {
        if (!number(o.budgetSandboxSeconds, &value))
            return false;
        plan->sandboxSecondsBudget = value;
    }
    *error = plan->problem();
    return error->isEmpty();
}

// Folders must exist: bwrap would refuse to start the sandbox otherwise. Kept absolute and
// clean, as the sandbox sees them at the same path.
bool readFolders(const QStringList &given, QStringList *folders, QString *error)
{
    for (const QString &folder : given) {
        const QFileInfo info(folder);
        if (!info.isDir()) {
            *error = tr("--read-only-folder: \"%1\" is not a folder.").arg(folder);
            return false;
        }
        folders->append(QDir::cleanPath(info.absoluteFilePath()));
    }
    return true;
}

bool readPositive(const QCommandLineParser &parser, const QCommandLineOption &option, int *value,
                  QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number <= 0) {
        *error = tr("--%1 needs a whole number above 0, not \"%2\".")
                         .arg(option.names().constLast(), parser.value(option));
        return false;
    }
    *value = number;
    return true;
}

// Positional words are scripts, except one that is not a file and does not look like a
// script: that is the objective, as in the original `forge.py "objective"`.
void splitPositional(const QStringList &words, bool objectiveGiven, RunRequest &request)
{
    for (const QString &word : words) {
        const bool looksLikeScript
                = word.endsWith(QStringLiteral(".py")) || QFileInfo::exists(word);
        if (!looksLikeScript && !objectiveGiven) {
            request.settings.objective = word;
            objectiveGiven = true;
        } else {
            request.scripts.append(word);
        }
    }
}

} // namespace

RunRequest RunRequest::parse(const QStringList &arguments)
{
    RunRequest request;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Runs candidate scripts against one objective, each in its own sandbox, and "
               "writes the results to a folder. With no scripts it runs the sample candidates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({o.objective, o.backend, o.daytona, o.timeout, o.parallel, o.out, o.noNetwork,
                       o.readOnlyFolder, o.memory, o.processes, o.disk, o.artifact, o.apiUrl,
                       o.repeat, o.budgetSeconds, o.budgetSandboxSeconds});
    const ScoringOptions scoring;
    scoring.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("script"), tr("Candidate scripts (.py)."),
                                 QStringLiteral("[SCRIPT...]"));
    QStringList argv = arguments;
    argv.prepend(QCoreApplication::applicationName() + QStringLiteral(" run"));
    if (!parser.parse(argv)) {
        request.error = parser.errorText();
        return request;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    RunSettings &s = request.settings;
    const bool objectiveGiven = parser.isSet(o.objective);
    s.objective = objectiveGiven ? parser.value(o.objective) : defaultObjective();
    splitPositional(parser.positionalArguments(), objectiveGiven, request);

    const QString backend
            = parser.isSet(o.daytona) ? QStringLiteral("daytona") : parser.value(o.backend);
    if (auto choice = backendFromName(backend)) {
        s.backend = *choice;
    } else {
        request.error = tr("Unknown backend \"%1\": use local, daytona or auto.").arg(backend);
        return request;
    }
    s.network = !parser.isSet(o.noNetwork);
    if (!readFolders(parser.values(o.readOnlyFolder), &s.readOnlyFolders, &request.error))
        return request;
    request.outDir = parser.value(o.out);
    request.apiUrl = parser.value(o.apiUrl);
    if (parser.isSet(o.apiUrl) && request.apiUrl.trimmed().isEmpty()) {
        request.error = tr("--api-url needs a URL, such as https://app.daytona.io/api.");
        return request;
    }
    if (!readPositive(parser, o.timeout, &s.timeoutSeconds, &request.error)
        || !readPositive(parser, o.parallel, &s.parallelism, &request.error)
        || !readPositive(parser, o.memory, &s.memoryLimitMiB, &request.error)
        || !readPositive(parser, o.processes, &s.processLimit, &request.error)
        || !readPositive(parser, o.disk, &s.diskLimitMiB, &request.error)
        || !readPositive(parser, o.artifact, &s.artifactLimitMiB, &request.error)
        || !readPlan(parser, o, &s.plan, &request.error))
        return request;
    request.error = scoring.read(parser, &request.scoring, &request.scoringNote);
    if (!request.error.isEmpty())
        return request;
    request.error = RunSettings::objectiveProblem(s.objective);
    return request;
}

} // namespace DreamFoundry
