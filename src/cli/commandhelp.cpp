#include "commandhelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace DreamFoundry {

void showCommandHelp(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program by argv[0]; a person types "dreamfoundry <command>".
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(program);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (!program.isEmpty() && at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), QStringLiteral("dreamfoundry ") + command);
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
    std::exit(0);
}

} // namespace DreamFoundry
