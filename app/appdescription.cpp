#include "appdescription.h"

#include "core/translations.h"

#include <QByteArray>
#include <QCommandLineParser>

#include <algorithm>

using namespace DreamFoundry;

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DREAMFOUNDRY_VERSION));
    installTranslations();
}

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

bool wantsCompareWindow(int argc, char *argv[])
{
    return argc > 1 && QByteArray(argv[1]) == "compare"
            && std::any_of(argv + 2, argv + argc,
                           [](const char *arg) { return QByteArray(arg) == "--window"; });
}
