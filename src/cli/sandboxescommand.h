#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace DreamFoundry {

struct ReapReport;

// `dreamfoundry sandboxes list|reap [--api-url URL] [--all-machines]`: the Daytona sandboxes
// this app made, and whether their run still lives; reap deletes those whose run is gone.
// Emits done() with 0 on success, 1 when Daytona failed, 2 on bad usage or no configuration.
class SandboxesCommand final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxesCommand(const QStringList &arguments, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    void onFinished(const ReapReport &report);
    void fail(const QString &message, int exitStatus);

    QStringList m_arguments;
    bool m_reap = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace DreamFoundry
