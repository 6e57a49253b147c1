#pragma once

#include "core/runrecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace DreamFoundry {

// A saved run in a form to share (docs/architecture.md, "Exports"). Everything a candidate
// wrote is untrusted: the CSV cannot start a spreadsheet formula, the HTML runs no script and
// loads nothing.
enum class ExportFormat { Markdown, Csv, Html, Json };

namespace RunExport {

// "md", "csv", "html" or "json" (case-insensitive); nothing for any other name.
std::optional<ExportFormat> formatFromName(const QString &name);
// The format a file name asks for by its extension (.md, .csv, .html/.htm, .json).
std::optional<ExportFormat> formatOfFile(const QString &fileName);
QString extensionOf(ExportFormat format);

// The export of the run saved in `folder` (loaded with ResultStore::load), or empty with
// `error` set. JSON is the folder's run.json byte for byte.
QByteArray exportFolder(const QString &folder, ExportFormat format, QString *error);
// Writes the export to `file` through QSaveFile: a failed write leaves no half-written file
// (and an earlier file of that name as it was). Empty on success, else why not.
QString writeExport(const QString &folder, ExportFormat format, const QString &file);

// One row per candidate, RFC 4180 (CRLF, quotes doubled), UTF-8.
QByteArray toCsv(const RunRecord &run);
// One self-contained HTML page: inline CSS and SVG, no script, nothing from the network.
QByteArray toHtml(const RunRecord &run);

} // namespace RunExport

} // namespace DreamFoundry
