#include "exportcommand.h"
#include "commandhelp.h"

#include "export/runexport.h"
#include "runtable.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace DreamFoundry {

ExportCommand::ExportCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent), m_arguments(arguments)
{}

void ExportCommand::finish(int exitStatus)
{
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void ExportCommand::fail(const QString &message, int exitStatus)
{
    QTextStream(stderr) << tr("dreamfoundry export: %1").arg(terminalSafe(message)) << Qt::endl;
    finish(exitStatus);
}

void ExportCommand::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Exports a saved run: md (the Markdown report), csv (the table, one row per "
               "candidate), html (one self-contained page, no script) or json (run.json)."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("md, csv, html or json."),
                                    QStringLiteral("format"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write; without it the export is printed."),
                                 QStringLiteral("file"));
    parser.addOptions({format, out});
    parser.addPositionalArgument(QStringLiteral("results"), tr("A results folder."),
                                 QStringLiteral("RESULTS_DIR"));
    if (!parser.parse(QStringList(QStringLiteral("dreamfoundry export")) + m_arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        showCommandHelp(parser, QStringLiteral("export"));
    if (parser.positionalArguments().size() != 1)
        return fail(tr("give one results folder, e.g. dreamfoundry export ./results --format "
                       "html --out report.html"),
                    2);
    // Without --format, the file's extension says it.
    const auto chosen = parser.isSet(format) ? RunExport::formatFromName(parser.value(format))
                                             : RunExport::formatOfFile(parser.value(out));
    if (!chosen)
        return fail(tr("choose a format with --format md, csv, html or json"), 2);
    const QString folder = parser.positionalArguments().constFirst();
    if (parser.isSet(out)) {
        const QString error = RunExport::writeExport(folder, *chosen, parser.value(out));
        if (!error.isEmpty())
            return fail(error, error.contains(QStringLiteral("run.json")) ? 2 : 1);
        return finish(0);
    }
    QString error;
    QByteArray bytes = RunExport::exportFolder(folder, *chosen, &error);
    if (!error.isEmpty())
        return fail(error, 2);
    // On a terminal, whatever a candidate wrote must not drive it.
    if (isatty(STDOUT_FILENO))
        bytes = terminalText(QString::fromUtf8(bytes)).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    finish(0);
}

} // namespace DreamFoundry
