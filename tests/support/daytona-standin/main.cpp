// daytona-standin: the Daytona stand-in as a process, for end-to-end runs of the app and for
// the official SDK's conformance test. Prints its base URL on the first line of stdout and
// serves until SIGTERM or SIGINT, then removes every sandbox (processes and folders).

#include "daytonastandin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using DreamFoundry::Test::DaytonaStandIn;
using DreamFoundry::Test::DaytonaStandInKnobs;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("daytona-standin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A stand-in for Daytona's REST API (main API and toolbox) on 127.0.0.1."));
    parser.addHelpOption();
    const DaytonaStandInKnobs defaults;
    auto option = [&](const char *name, const char *description, const QString &fallback) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description),
                             QStringLiteral("value"), fallback);
        parser.addOption(o);
        return o;
    };
    const auto number = [](int n) {
        return QString::number(n);
    };
    const auto port = option("port", "Port to listen on (0: a free one).", QStringLiteral("0"));
    const auto apiKey = option("api-key", "The API key clients must send as Bearer.",
                               DaytonaStandIn::defaultApiKey());
    const auto latency
            = option("latency-ms", "Delay before every answer.", number(defaults.latencyMs));
    const auto startDelay = option("start-delay-ms", "Time from create to started.",
                                   number(defaults.startDelayMs));
    const auto destroyDelay = option("destroy-delay-ms", "Time from delete to gone (404).",
                                     number(defaults.destroyDelayMs));
    const auto minute = option("minute-ms", "Length of a minute for auto-stop/auto-delete.",
                               number(defaults.minuteMs));
    const auto commandCap = option("command-timeout-cap-ms", "No command runs longer.",
                                   number(defaults.commandTimeoutCapMs));
    const QCommandLineOption legacyList(QStringLiteral("legacy-list"),
                                        QStringLiteral("GET /sandbox answers a bare array."));
    parser.addOption(legacyList);
    const QCommandLineOption createWaits(
            QStringLiteral("create-waits"),
            QStringLiteral("POST /sandbox answers once started, as the real API does."));
    parser.addOption(createWaits);
    const auto cpuQuota = option("cpu-quota", "CPU quota, one per sandbox (0: none).", number(0));
    const auto noRunners = option("no-runner-creates",
                                  "'No available runners' for the next N creates.", number(0));
    const auto rateLimited = option("rate-limit-creates", "429 for the next N creates.", number(0));
    const auto retryAfter = option("retry-after-s", "Retry-After-sandbox-create seconds.",
                                   number(defaults.retryAfterSeconds));
    const auto serverErrors
            = option("server-errors", "5xx for the next N matching requests.", number(0));
    const auto serverErrorStatus
            = option("server-error-status", "502, 503 or 504.", number(defaults.serverErrorStatus));
    const auto serverErrorPath = option("server-error-path", "Regex on the request path.",
                                        defaults.serverErrorPathPattern);
    const auto drops = option("drop-connections", "Drop the next N matching requests.", number(0));
    const auto dropPath
            = option("drop-path", "Regex on the request path.", defaults.dropPathPattern);
    const auto hangs
            = option("hang-requests", "Never answer the next N matching requests.", number(0));
    const auto hangPath
            = option("hang-path", "Regex on the request path.", defaults.hangPathPattern);
    const auto failing
            = option("failing-sandboxes", "The next N sandboxes end in error.", number(0));
    const auto errorReason = option("error-reason", "errorReason of those sandboxes.",
                                    defaults.sandboxErrorReason);
    const auto failingDeletes = option("failing-deletes", "The next N deletes fail.", number(0));
    const auto deleteStatus
            = option("delete-failure-status", "500 or 409.", number(defaults.deleteFailureStatus));
    const auto followCutoff
            = option("follow-cutoff-ms", "End followed logs cleanly after this long (0: never).",
                     number(defaults.followCutoffMs));
    const QCommandLineOption verbose(
            QStringLiteral("verbose"),
            QStringLiteral("Log every request on stderr, after the seconds since the start."));
    parser.addOption(verbose);
    parser.process(app);

    auto integer = [&](const QCommandLineOption &o) {
        bool ok = false;
        const int value = parser.value(o).toInt(&ok);
        if (!ok) {
            std::fprintf(stderr, "daytona-standin: --%s needs a whole number\n",
                         qPrintable(o.names().first()));
            std::exit(2);
        }
        return value;
    };
    DaytonaStandInKnobs knobs;
    knobs.latencyMs = integer(latency);
    knobs.startDelayMs = integer(startDelay);
    knobs.destroyDelayMs = integer(destroyDelay);
    knobs.minuteMs = integer(minute);
    knobs.commandTimeoutCapMs = integer(commandCap);
    knobs.legacyListShape = parser.isSet(legacyList);
    knobs.createWaitsUntilStarted = parser.isSet(createWaits);
    knobs.cpuQuota = integer(cpuQuota);
    knobs.noRunnerCreates = integer(noRunners);
    knobs.rateLimitedCreates = integer(rateLimited);
    knobs.retryAfterSeconds = integer(retryAfter);
    knobs.serverErrors = integer(serverErrors);
    knobs.serverErrorStatus = integer(serverErrorStatus);
    knobs.serverErrorPathPattern = parser.value(serverErrorPath);
    knobs.droppedConnections = integer(drops);
    knobs.dropPathPattern = parser.value(dropPath);
    knobs.hungRequests = integer(hangs);
    knobs.hangPathPattern = parser.value(hangPath);
    knobs.failingSandboxes = integer(failing);
    knobs.sandboxErrorReason = parser.value(errorReason);
    knobs.failingDeletes = integer(failingDeletes);
    knobs.deleteFailureStatus = integer(deleteStatus);
    knobs.followCutoffMs = integer(followCutoff);

    DaytonaStandIn standIn;
    standIn.setApiKey(parser.value(apiKey));
    standIn.setKnobs(knobs);
    if (!standIn.listen(quint16(integer(port)))) {
        std::fprintf(stderr, "daytona-standin: cannot listen on 127.0.0.1:%d\n", integer(port));
        return 1;
    }
    if (parser.isSet(verbose)) {
        // Seconds since the stand-in started, then the request as it came.
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QObject::connect(&standIn, &DaytonaStandIn::requestReceived, &app,
                         [clock](const DreamFoundry::Test::RecordedRequest &r) {
                             std::fprintf(stderr, "%9.3f %s %s%s%s\n",
                                          double(clock->nsecsElapsed()) / 1e9, r.method.constData(),
                                          qPrintable(r.path), r.query.isEmpty() ? "" : "?",
                                          qPrintable(r.query));
                         });
    }

    // Signals arrive through a pipe so the shutdown runs in the event loop, where the
    // stand-in's destructor can kill its processes and remove its folders.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("daytona-standin: socketpair");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app,
                     [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    std::printf("%s\n", qPrintable(standIn.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
