// Parses the command line: a subcommand runs headless, anything else opens the window, which is a
// program of its own (window.cpp): a headless command loads no GUI library.
#include "appdescription.h"
#include "cli/comparecommand.h"
#include "cli/exportcommand.h"
#include "cli/logincommand.h"
#include "cli/publishcommand.h"
#include "cli/runcommand.h"
#include "cli/runtable.h"
#include "cli/sandboxescommand.h"
#include "cli/scorecommand.h"
#include "cli/secretcommand.h"
#include "core/appfolders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace DreamFoundry;

namespace {

// A headless command: a QObject with start() and done(int exitStatus).
template<typename Command> int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    Command command(QCoreApplication::arguments().mid(2));
    QObject::connect(&command, &Command::done, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &command, &Command::start);
    return app.exec();
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

// A refusal printed where no window can open still reads in the user's language: a core
// application, which needs no display, loads the translations first.
template<typename Refusal> int refuseTranslated(int argc, char *argv[], Refusal refusal)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    return refusal();
}

// The window's program, in place of this one, with the same arguments (argv[0] included, so it
// names itself as the user typed it). Returns only when it could not be started.
int openWindow(int argc, char *argv[])
{
    const QString helpers = helpersFolder();
    const QString program = helpers + QStringLiteral("/dreamfoundry-window");
    if (!helpers.isEmpty()) // never a path relative to the user's folder
        ::execv(QFile::encodeName(program).constData(), argv);
    const QString cause = QString::fromLocal8Bit(std::strerror(helpers.isEmpty() ? ENOENT : errno));
    return refuseTranslated(argc, argv, [&] {
        QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "dreamfoundry: could not start the window (%1: %2). "
                                       "Reinstalling Dream Foundry puts it back; "
                                       "dreamfoundry run works without it.")
                                       .arg(program, cause)
                            << Qt::endl;
        return 2;
    });
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

} // namespace

int main(int argc, char *argv[])
{
    installTerminalSafeLogging(); // log lines may quote what a candidate or a server sent
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (wantsCompareWindow(argc, argv))
        return hasDisplay(argc, argv) ? openWindow(argc, argv)
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
    return openWindow(argc, argv);
}
