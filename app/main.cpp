// Parses the command line: a subcommand runs headless, anything else opens the window.
#include "cli/logincommand.h"
#include "cli/runcommand.h"
#include "cli/sandboxescommand.h"
#include "core/samples.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace DreamFoundry;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DREAMFOUNDRY_VERSION));
}

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

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("dreamfoundry"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Runs candidate agent scripts side by side, each in its own sandbox.\n"
            "With no command it opens the window. Commands:\n"
            "  run        run candidates headless (dreamfoundry run --help)\n"
            "  sandboxes  list or clean up Daytona sandboxes left behind\n"
            "  login      store the Daytona API key in the keychain\n"
            "  logout     remove it"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption samples(
            QStringLiteral("samples"),
            QCoreApplication::translate("main", "Open with the sample candidates."));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     QCoreApplication::translate("main", "local, daytona or auto."),
                                     QStringLiteral("name"));
    parser.addOptions({samples, backend});
    parser.addPositionalArgument(
            QStringLiteral("script"),
            QCoreApplication::translate("main", "Candidate scripts to open with."),
            QStringLiteral("[SCRIPT...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const auto choice = backendFromName(parser.value(backend));
    if (parser.isSet(backend) && !choice) {
        QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "Unknown backend \"%1\": use local, daytona or auto.")
                                       .arg(parser.value(backend))
                            << Qt::endl;
        return 2;
    }
    MainWindow window;
    if (parser.isSet(samples) || !parser.positionalArguments().isEmpty())
        window.useCandidates(parser.positionalArguments()
                             + (parser.isSet(samples) ? sampleCandidateScripts() : QStringList()));
    if (choice)
        window.useBackend(*choice);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray subcommand = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (subcommand == "run")
        return runHeadless<RunCommand>(argc, argv);
    if (subcommand == "sandboxes")
        return runHeadless<SandboxesCommand>(argc, argv);
    if (subcommand == "login")
        return runHeadless<LoginCommand>(argc, argv);
    if (subcommand == "logout")
        return runHeadless<LogoutCommand>(argc, argv);
    return runWindow(argc, argv);
}
