// Parses the command line: a subcommand runs headless, anything else opens the window.
#include "cli/comparecommand.h"
#include "cli/exportcommand.h"
#include "cli/logincommand.h"
#include "cli/publishcommand.h"
#include "cli/runcommand.h"
#include "cli/runtable.h"
#include "cli/sandboxescommand.h"
#include "cli/scorecommand.h"
#include "cli/secretcommand.h"
#include "core/samples.h"
#include "core/translations.h"
#include "gui/comparewindowcommand.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <type_traits>

using namespace DreamFoundry;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DREAMFOUNDRY_VERSION));
    installTranslations();
}

// The launcher entry (packaging/<id>.desktop) and its icon, for every window the app opens.
void describeDesktopApplication()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(DREAMFOUNDRY_APP_ID));
    QIcon icon; // every size in app/CMakeLists.txt's resource, each at its own size
    const QDir icons(QStringLiteral(":/icons"));
    for (const QString &name : icons.entryList(QDir::Files))
        icon.addFile(icons.filePath(name));
    QGuiApplication::setWindowIcon(icon);
}

// A headless command: a QObject with start() and done(int exitStatus). One that shows a window
// runs in a QApplication.
template<typename Command, typename Application = QCoreApplication>
int runHeadless(int argc, char *argv[])
{
    Application app(argc, argv);
    describeApplication();
    if constexpr (std::is_base_of_v<QGuiApplication, Application>)
        describeDesktopApplication();
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
            "  logout     remove it\n"
            "  secret     keep secrets for candidates in the keychain (set NAME, list, remove\n"
            "             NAME); run --secret NAME passes one"));
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
    describeDesktopApplication();
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

// The command words, in the order --help lists them. A first argument that is none of them and
// not an option or a script is a mistyped command, not a file for the window.
using CommandMain = int (*)(int, char *[]);
struct Subcommand
{
    const char *name;
    CommandMain run;
};
constexpr Subcommand subcommands[] = {
        {"run", runHeadless<RunCommand>},         {"score", runHeadless<ScoreCommand>},
        {"compare", runHeadless<CompareCommand>}, {"export", runHeadless<ExportCommand>},
        {"publish", runHeadless<PublishCommand>}, {"sandboxes", runHeadless<SandboxesCommand>},
        {"login", runHeadless<LoginCommand>},     {"logout", runHeadless<LogoutCommand>},
        {"secret", runHeadless<SecretCommand>},
};

// A script the window should open ("alpha.py", "./agent", "/tmp/x") rather than a command word.
bool looksLikeScript(const QByteArray &arg)
{
    return arg.endsWith(".py") || arg.contains('/') || QFileInfo::exists(QFile::decodeName(arg));
}

int refuseUnknownCommand(const QByteArray &word)
{
    QStringList names;
    for (const Subcommand &command : subcommands)
        names.append(QLatin1String(command.name));
    QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "dreamfoundry: unknown command \"%1\".\n"
                                   "Commands: %2.\n"
                                   "With no command, or with candidate scripts, it opens the "
                                   "window; dreamfoundry --help says more.")
                                   .arg(terminalSafe(QString::fromLocal8Bit(word)),
                                        names.join(QStringLiteral(", ")))
                        << Qt::endl;
    return 2;
}

// Whether Qt can open a window: a platform other than X11 or Wayland (offscreen, eglfs, vnc)
// needs no display server; X11 needs DISPLAY and Wayland WAYLAND_DISPLAY. Without one Qt aborts
// in its platform plugin, so this is asked before any QGuiApplication exists.
bool hasDisplay(int argc, char *argv[])
{
    if (std::any_of(argv + 1, argv + argc,
                    [](const char *arg) { return QByteArray(arg) == "-platform"; }))
        return true; // Qt's own option decides
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.isEmpty())
        return x11 || wayland;
    if (platform.startsWith("xcb"))
        return x11;
    if (platform.startsWith("wayland"))
        return wayland;
    return true;
}

int refuseWithoutDisplay()
{
    QTextStream(stderr) << QCoreApplication::translate(
            "main",
            "dreamfoundry: no display to open the window on (neither "
            "DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "To run candidates without a window: dreamfoundry run "
            "(dreamfoundry run --help says how).")
                        << Qt::endl;
    return 2;
}

// A refusal printed where no window can open still reads in the user's language: a core
// application, which needs no display, loads the translations first.
template<typename Refusal> int refuseTranslated(int argc, char *argv[], Refusal refusal)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    return refusal();
}

bool wantsCompareWindow(int argc, char *argv[])
{
    return argc > 1 && QByteArray(argv[1]) == "compare"
            && std::any_of(argv + 2, argv + argc,
                           [](const char *arg) { return QByteArray(arg) == "--window"; });
}

} // namespace

int main(int argc, char *argv[])
{
    installTerminalSafeLogging(); // log lines may quote what a candidate or a server sent
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (wantsCompareWindow(argc, argv))
        return hasDisplay(argc, argv) ? runHeadless<CompareWindowCommand, QApplication>(argc, argv)
                                      : refuseTranslated(argc, argv, refuseWithoutDisplay);
    for (const Subcommand &command : subcommands) {
        if (first == command.name)
            return command.run(argc, argv);
    }
    if (!first.isEmpty() && !first.startsWith('-') && !looksLikeScript(first))
        return refuseTranslated(argc, argv, [&first] { return refuseUnknownCommand(first); });
    if (asksForHelpOrVersion(argc, argv))
        return showHelpOrVersion(argc, argv);
    if (!hasDisplay(argc, argv))
        return refuseTranslated(argc, argv, refuseWithoutDisplay);
    return runWindow(argc, argv);
}
