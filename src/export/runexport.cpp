#include "runexport.h"

#include "results/resultstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace DreamFoundry::RunExport {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::RunExport, which lupdate can read.
class RunExportText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunExport)
};

} // namespace

std::optional<ExportFormat> formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1StringView("md") || lower == QLatin1StringView("markdown"))
        return ExportFormat::Markdown;
    if (lower == QLatin1StringView("csv"))
        return ExportFormat::Csv;
    if (lower == QLatin1StringView("html") || lower == QLatin1StringView("htm"))
        return ExportFormat::Html;
    if (lower == QLatin1StringView("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

std::optional<ExportFormat> formatOfFile(const QString &fileName)
{
    return formatFromName(QFileInfo(fileName).suffix());
}

QString extensionOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QByteArray exportFolder(const QString &folder, ExportFormat format, QString *error)
{
    const RunRecord run = ResultStore::load(folder, error);
    if (!error->isEmpty())
        return {};
    switch (format) {
    case ExportFormat::Markdown:
        return ResultStore::report(run).toUtf8();
    case ExportFormat::Csv:
        return toCsv(run);
    case ExportFormat::Html:
        return toHtml(run);
    case ExportFormat::Json: {
        QFile file(folder + QStringLiteral("/run.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = RunExportText::tr("Could not read run.json: %1").arg(file.errorString());
            return {};
        }
        return file.readAll();
    }
    }
    return {};
}

QString writeExport(const QString &folder, ExportFormat format, const QString &file)
{
    QString error;
    const QByteArray bytes = exportFolder(folder, format, &error);
    if (!error.isEmpty())
        return error;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return RunExportText::tr("Could not write %1: %2").arg(file, out.errorString());
    return {};
}

} // namespace DreamFoundry::RunExport
