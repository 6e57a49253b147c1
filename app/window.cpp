// dreamfoundry-window: the window, and `compare --window`. The command line (main.cpp) starts
// it in its own place with the arguments it was given, so `dreamfoundry run` and the other
// headless commands never load Qt's GUI libraries (about 8 ms of every start).
#include "appdescription.h"
#include "cli/runtable.h"
#include "core/appfolders.h"
#include "core/samples.h"
#include "gui/comparewindowcommand.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

using namespace DreamFoundry;

namespace {

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

int runCompareWindow(QApplication &app)
{
    CompareWindowCommand command(QCoreApplication::arguments().mid(2));
    QObject::connect(&command, &CompareWindowCommand::done, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &command, &CompareWindowCommand::start);
    return app.exec();
}

int runWindow(QApplication &app)
{
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
    QApplication app(argc, argv);
    // Installed among the helpers: the samples and the other helpers are found from bin/.
    setAppBinFolder(appBinFolderFromHelpers());
    describeApplication();
    describeDesktopApplication();
    return wantsCompareWindow(argc, argv) ? runCompareWindow(app) : runWindow(app);
}
