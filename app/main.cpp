// Starts the headless `dreamfoundry run`; the window arrives with the main window issue.
#include "cli/runcommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace DreamFoundry;

namespace {

int usage()
{
    QTextStream(stdout) << QCoreApplication::translate(
            "main",
            "Usage: dreamfoundry run [options] [SCRIPT...]\n"
            "Runs candidate scripts in parallel, each in its own sandbox. "
            "See dreamfoundry run --help.\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DREAMFOUNDRY_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() != QStringLiteral("run"))
        return usage();
    arguments.removeFirst();

    RunCommand command(arguments);
    QObject::connect(&command, &RunCommand::done, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &command, &RunCommand::start);
    return app.exec();
}
