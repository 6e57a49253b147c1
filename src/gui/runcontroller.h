#pragma once

#include "core/runrecord.h"
#include "daytona/daytonaconfig.h"
#include "livelog.h"
#include "runner/localbackend.h"

#include <QObject>

#include <memory>

namespace DreamFoundry {

class Orchestrator;

// What the window runs: the backends, the run in progress, every candidate's live log, and
// the autosave that follows each run, so closing the window loses nothing. No widgets here.
class RunController final : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Starts a run; empty on success, else why it cannot start (nothing has run then).
    QString start(const QStringList &scripts, const RunSettings &settings);
    void cancel(int row);
    void cancelAll();

    bool isRunning() const;
    Orchestrator *orchestrator() const { return m_orchestrator; }
    const LiveLog &log(int row) const;
    LocalBackend &localBackend() { return m_local; }

    // How Daytona is reached for the runs that use it (Daytona and Auto).
    void setDaytonaConfig(const DaytonaConfig &config) { m_daytonaConfig = config; }
    const DaytonaConfig &daytonaConfig() const { return m_daytonaConfig; }

    // The folder finished runs are autosaved under; tests point it elsewhere.
    void setAutosaveRoot(const QString &folder) { m_autosaveRoot = folder; }

Q_SIGNALS:
    void started(const QStringList &candidateIds);
    void outputReceived(int row, DreamFoundry::OutputStream stream, const QByteArray &chunk);
    void warning(int row, const QString &message);
    // The run ended and was saved to `folder`; `run` points into that folder. When saving
    // failed, `error` says why and `run` still holds everything in memory.
    void finished(const DreamFoundry::RunRecord &run, const QString &folder, const QString &error);

private:
    void onRunFinished();

    LocalBackend m_local;
    std::unique_ptr<Backend> m_daytona; // made per run: the configuration may have changed
    DaytonaConfig m_daytonaConfig;
    Orchestrator *m_orchestrator = nullptr;
    QList<LiveLog> m_logs;
    QString m_autosaveRoot;
    bool m_saving = false;
};

} // namespace DreamFoundry
