#pragma once

#include <QObject>
#include <QStringList>

namespace DreamFoundry {

// `dreamfoundry export RESULTS_DIR --format md|csv|html|json [--out FILE]`: a saved run as a
// Markdown report, a CSV of the table, a self-contained HTML page or its run.json, written to
// FILE or printed. Emits done() with 0 when written, 1 when it could not be, 2 on bad usage.
class ExportCommand final : public QObject
{
    Q_OBJECT
public:
    explicit ExportCommand(const QStringList &arguments, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    void finish(int exitStatus);
    void fail(const QString &message, int exitStatus);

    QStringList m_arguments;
};

} // namespace DreamFoundry
