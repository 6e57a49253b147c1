// Parses the command line: a subcommand runs headless, anything else opens the window.
#include "cli/comparecommand.h"
#include "cli/exportcommand.h"
#include "cli/logincommand.h"
#include "cli/publishcommand.h"
#include "cli/runcommand.h"
#include "cli/runtable.h"
#include "cli/sandboxescommand.h"
#include "cli/scorecommand.h"
#include "core/pluralforms.h"
#include "core/samples.h"
#include "gui/comparewindowcommand.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace DreamFoundry;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DREAMFOUNDRY_VERSION));
    installPluralForms();
}

// A headless command: a QObject with start() and done(int exitStatus). One that shows a window
// runs in a QApplication.
template<typename Command, typename Application = QCoreApplication>
int runHeadless(int argc, char *argv[])
{
    Application app(argc, argv);
    describeApplication();
    Command command(QCoreApplication::arguments().mid(2));
    QObject::connect(&command, &Command::done, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &command, &Command::start);
    return app.exec();
}

struct WindowOptions
{
    QCommandLineOption samples{
            QStringLiteral("samples"),
            QCoreApplication::translate("main", "Open with the sample candidates.")};
    QCommandLineOption backend{QStringLiteral("backend"),
                               QCoreApplication::translate("main", "local, daytona or auto."),
                               QStringLiteral("name")};
};

void describeWindowCommandLine(QCommandLineParser &parser, const WindowOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Runs candidate agent scripts side by side, each in its own sandbox.\n"
            "With no command it opens the window. Commands:\n"
            "  run        run candidates headless (dreamfoundry run --help)\n"
            "  score      score a saved run again (dreamfoundry score --help)\n"
            "  compare    diff candidates' artifacts (dreamfoundry compare --help)\n"
            "  export     a saved run as md, csv, html or json (dreamfoundry export --help)\n"
            "  publish    post the winner to a Discord webhook (dreamfoundry publish --help)\n"
            "  sandboxes  list or clean up Daytona sandboxes left behind\n"
            "  login      store the Daytona API key in the keychain (--discord-webhook: the\n"
            "             Discord webhook)\n"
            "  logout     remove it"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.samples, options.backend});
    parser.addPositionalArgument(
            QStringLiteral("script"),
            QCoreApplication::translate("main", "Candidate scripts to open with."),
            QStringLiteral("[SCRIPT...]"));
}

// --help and --version answer without a display, so they never reach QApplication.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

int showHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    const WindowOptions options;
    describeWindowCommandLine(parser, options);
    parser.process(app); // prints and exits
    return 0;
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("dreamfoundry"));
    QCommandLineParser parser;
    const WindowOptions options;
    describeWindowCommandLine(parser, options);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    const auto choice = backendFromName(parser.value(options.backend));
    if (parser.isSet(options.backend) && !choice) {
        QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "Unknown backend \"%1\": use local, daytona or auto.")
                                       .arg(parser.value(options.backend))
                            << Qt::endl;
        return 2;
    }
    MainWindow window;
    const bool samples = parser.isSet(options.samples);
    if (samples || !parser.positionalArguments().isEmpty())
        window.useCandidates(parser.positionalArguments()
                             + (samples ? sampleCandidateScripts() : QStringList()));
    if (choice)
        window.useBackend(*choice);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    installTerminalSafeLogging(); // log lines may quote what a candidate or a server sent
    const QByteArray subcommand = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (subcommand == "compare" && std::any_of(argv + 2, argv + argc, [](const char *arg) {
            return QByteArray(arg) == "--window";
        }))
        return runHeadless<CompareWindowCommand, QApplication>(argc, argv);
    if (subcommand == "run")
        return runHeadless<RunCommand>(argc, argv);
    if (subcommand == "score")
        return runHeadless<ScoreCommand>(argc, argv);
    if (subcommand == "compare")
        return runHeadless<CompareCommand>(argc, argv);
    if (subcommand == "export")
        return runHeadless<ExportCommand>(argc, argv);
    if (subcommand == "publish")
        return runHeadless<PublishCommand>(argc, argv);
    if (subcommand == "sandboxes")
        return runHeadless<SandboxesCommand>(argc, argv);
    if (subcommand == "login")
        return runHeadless<LoginCommand>(argc, argv);
    if (subcommand == "logout")
        return runHeadless<LogoutCommand>(argc, argv);
    if (asksForHelpOrVersion(argc, argv))
        return showHelpOrVersion(argc, argv);
    return runWindow(argc, argv);
}
