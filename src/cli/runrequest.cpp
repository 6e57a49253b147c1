#include "runrequest.h"
#include "commandhelp.h"

#include "core/samples.h"
#include "runner/dependencies.h"
#include "scoringoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the
// context DreamFoundry::RunRequest, which lupdate can read.
class RunRequestText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunRequest)
};

struct Options
{
    QCommandLineOption objective{{QStringLiteral("o"), QStringLiteral("objective")},
                                 RunRequestText::tr("What the candidates are asked to do."),
                                 RunRequestText::tr("text")};
    QCommandLineOption backend{
            QStringLiteral("backend"),
            RunRequestText::tr("Where sandboxes come from: local, daytona or auto."),
            RunRequestText::tr("name"), QStringLiteral("local")};
    QCommandLineOption daytona{QStringLiteral("daytona"),
                               RunRequestText::tr("Same as --backend daytona.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               RunRequestText::tr("Seconds each candidate may run (default 300)."),
                               RunRequestText::tr("seconds")};
    QCommandLineOption parallel{
            QStringLiteral("parallel"),
            RunRequestText::tr("Candidates running at once (default: one per core)."),
            RunRequestText::tr("count")};
    QCommandLineOption out{QStringLiteral("out"),
                           RunRequestText::tr("Folder to write the results into."),
                           RunRequestText::tr("dir")};
    QCommandLineOption noNetwork{QStringLiteral("no-network"),
                                 RunRequestText::tr("Cut local sandboxes off the network.")};
    QCommandLineOption readOnlyFolder{
            QStringLiteral("read-only-folder"),
            RunRequestText::tr(
                    "A host folder local sandboxes see read-only at the same path (repeatable); "
                    "otherwise they see only the system folders."),
            RunRequestText::tr("dir")};
    QCommandLineOption memory{
            QStringLiteral("memory-limit"),
            RunRequestText::tr("Memory each local candidate may use, in MiB (default 2048)."),
            RunRequestText::tr("MiB")};
    QCommandLineOption processes{
            QStringLiteral("process-limit"),
            RunRequestText::tr("Processes each local candidate may start (default 256)."),
            RunRequestText::tr("count")};
    QCommandLineOption disk{
            QStringLiteral("disk-limit"),
            RunRequestText::tr("What a local candidate's /home/daytona and /tmp may hold "
                               "together, in MiB (default 1024)."),
            RunRequestText::tr("MiB")};
    QCommandLineOption artifact{
            QStringLiteral("artifact-limit"),
            RunRequestText::tr("Largest artifact collected, in MiB (default 100)."),
            RunRequestText::tr("MiB")};
    QCommandLineOption apiUrl{QStringLiteral("api-url"), RunRequestText::tr("Daytona API URL."),
                              RunRequestText::tr("url")};
    QCommandLineOption indexUrl{
            QStringLiteral("index-url"),
            RunRequestText::tr("Package index pip installs the candidates' dependencies from "
                               "(default: the dependencies/index_url setting, else PyPI)."),
            RunRequestText::tr("url")};
    QCommandLineOption installTimeout{
            QStringLiteral("install-timeout"),
            RunRequestText::tr(
                    "Seconds installing a candidate's dependencies may take (default 600)."),
            RunRequestText::tr("seconds")};
    QCommandLineOption secret{
            QStringLiteral("secret"),
            RunRequestText::tr("Pass the keychain secret NAME (see `dreamfoundry secret`) to "
                               "every candidate, or with NAME:ID,ID... to those candidates "
                               "only (repeatable)."),
            RunRequestText::tr("name")};
    QCommandLineOption env{
            QStringLiteral("env"),
            RunRequestText::tr("A variable every candidate gets (repeatable); not for secrets."),
            RunRequestText::tr("NAME=VALUE")};
    QCommandLineOption envFile{
            QStringLiteral("env-file"),
            RunRequestText::tr("Variables every candidate gets, from a dotenv file."),
            RunRequestText::tr("file")};
    QCommandLineOption warm{
            QStringLiteral("warm"),
            RunRequestText::tr("Daytona: start this many sandboxes before the run (at most %1) "
                               "so that candidates skip the create and start; they count "
                               "against the account's quota.")
                    .arg(RunRequest::maxWarm),
            RunRequestText::tr("count")};
    QCommandLineOption repeat{
            QStringLiteral("repeat"),
            RunRequestText::tr("Run each candidate this many times, each in its own sandbox, "
                               "and rank candidates by their median (default 1, at most %1).")
                    .arg(RunPlan::maxRepeat),
            RunRequestText::tr("count")};
    QCommandLineOption budgetSeconds{
            QStringLiteral("budget-seconds"),
            RunRequestText::tr("Stop the whole run after this many seconds of wall "
                               "clock; what finished is kept."),
            RunRequestText::tr("seconds")};
    QCommandLineOption budgetSandboxSeconds{
            QStringLiteral("budget-sandbox-seconds"),
            RunRequestText::tr(
                    "Stop the run once its sandboxes have run this many seconds together (two "
                    "sandboxes for 30 s spend 60); what finished is kept."),
            RunRequestText::tr("seconds")};
};

// --env-file first, then --env, so a single --env overrides the file.
bool readEnvironment(const QCommandLineParser &parser, const Options &o, RunSettings *settings,
                     QString *error)
{
    QList<EnvironmentVariable> variables;
    if (parser.isSet(o.envFile)) {
        QFile file(parser.value(o.envFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = RunRequestText::tr("--env-file: cannot read \"%1\": %2")
                             .arg(file.fileName(), file.errorString());
            return false;
        }
        variables = parseDotenv(file.readAll(), error);
        if (!error->isEmpty()) {
            *error = RunRequestText::tr("--env-file %1: %2").arg(file.fileName(), *error);
            return false;
        }
    }
    for (const QString &assignment : parser.values(o.env)) {
        EnvironmentVariable variable;
        if (!parseAssignment(assignment, &variable, error)) {
            *error = RunRequestText::tr("--env: %1").arg(*error);
            return false;
        }
        variables.removeIf([&](const auto &earlier) { return earlier.name == variable.name; });
        variables.append(variable);
    }
    settings->environment = variables;
    return true;
}

// NAME or NAME:candidate,candidate.
bool readSecrets(const QStringList &given, RunSettings *settings, QString *error)
{
    for (const QString &text : given) {
        SecretGrant grant{text.section(QLatin1Char(':'), 0, 0), {}};
        const QString candidates = text.section(QLatin1Char(':'), 1);
        grant.candidates = candidates.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (const QString problem = CandidateEnvironment::nameProblem(grant.name);
            !problem.isEmpty()) {
            *error = RunRequestText::tr("--secret: %1").arg(problem);
            return false;
        }
        settings->secrets.removeIf([&](const auto &earlier) { return earlier.name == grant.name; });
        settings->secrets.append(grant);
    }
    return true;
}

// --repeat and the budgets: whole numbers, refused with the plan's own sentence when they
// cannot run (a repeat of 0 or over the cap, a budget of 0 s).
bool readPlan(const QCommandLineParser &parser, const Options &o, RunPlan *plan, QString *error)
{
    const auto number = [&](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok)
            *error = RunRequestText::tr("--%1 needs a whole number, not \"%2\".")
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
            *error = RunRequestText::tr("--read-only-folder: \"%1\" is not a folder.").arg(folder);
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
        *error = RunRequestText::tr("--%1 needs a whole number above 0, not \"%2\".")
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

// --warm N: 0 (none) up to maxWarm; more would be a quota taken for nothing.
bool readWarm(const QCommandLineParser &parser, const QCommandLineOption &option,
              RunRequest *request)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int count = parser.value(option).toInt(&ok);
    if (!ok || count < 0 || count > RunRequest::maxWarm) {
        request->error = RunRequestText::tr("--warm needs a whole number from 0 to %1, not \"%2\".")
                                 .arg(RunRequest::maxWarm)
                                 .arg(parser.value(option));
        return false;
    }
    request->warm = count;
    return true;
}

} // namespace

RunRequest RunRequest::parse(const QStringList &arguments)
{
    RunRequest request;
    QCommandLineParser parser;
    parser.setApplicationDescription(RunRequestText::tr(
            "Runs candidate scripts against one objective, each in its own sandbox, and "
            "writes the results to a folder. With no scripts it runs the sample candidates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({o.objective, o.backend, o.daytona, o.timeout, o.parallel, o.out, o.noNetwork,
                       o.readOnlyFolder, o.memory, o.processes, o.disk, o.artifact, o.apiUrl,
                       o.secret, o.env, o.envFile, o.repeat, o.budgetSeconds,
                       o.budgetSandboxSeconds});
    parser.addOptions({o.indexUrl, o.installTimeout});
    parser.addOption(o.warm);
    const ScoringOptions scoring;
    scoring.addTo(parser);
    parser.addPositionalArgument(
            QStringLiteral("script"),
            RunRequestText::tr("Candidate scripts (.py) or folders with a main.py."),
            QStringLiteral("[SCRIPT...]"));
    QStringList argv = arguments;
    argv.prepend(QCoreApplication::applicationName() + QStringLiteral(" run"));
    if (!parser.parse(argv)) {
        request.error = parser.errorText();
        return request;
    }
    if (parser.isSet(QStringLiteral("help")))
        showCommandHelp(parser, QStringLiteral("run"));
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
        request.error = RunRequestText::tr("Unknown backend \"%1\": use local, daytona or auto.")
                                .arg(backend);
        return request;
    }
    s.network = !parser.isSet(o.noNetwork);
    if (!readFolders(parser.values(o.readOnlyFolder), &s.readOnlyFolders, &request.error))
        return request;
    request.outDir = parser.value(o.out);
    request.apiUrl = parser.value(o.apiUrl);
    if (parser.isSet(o.apiUrl) && request.apiUrl.trimmed().isEmpty()) {
        request.error
                = RunRequestText::tr("--api-url needs a URL, such as https://app.daytona.io/api.");
        return request;
    }
    if (!readPositive(parser, o.timeout, &s.timeoutSeconds, &request.error)
        || !readPositive(parser, o.parallel, &s.parallelism, &request.error)
        || !readPositive(parser, o.memory, &s.memoryLimitMiB, &request.error)
        || !readPositive(parser, o.processes, &s.processLimit, &request.error)
        || !readPositive(parser, o.disk, &s.diskLimitMiB, &request.error)
        || !readPositive(parser, o.artifact, &s.artifactLimitMiB, &request.error)
        || !readPositive(parser, o.installTimeout, &s.installTimeoutSeconds, &request.error))
        return request;
    s.indexUrl = parser.isSet(o.indexUrl) ? parser.value(o.indexUrl) : configuredIndexUrl();
    if (!readEnvironment(parser, o, &s, &request.error)
        || !readSecrets(parser.values(o.secret), &s, &request.error))
        return request;
    if (!readPlan(parser, o, &s.plan, &request.error))
        return request;
    if (!readWarm(parser, o.warm, &request))
        return request;
    request.error = scoring.read(parser, &request.scoring, &request.scoringNote);
    if (!request.error.isEmpty())
        return request;
    request.error = RunSettings::objectiveProblem(s.objective);
    return request;
}

} // namespace DreamFoundry
