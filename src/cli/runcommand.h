#pragma once

#include "core/candidatestate.h"
#include "runrequest.h"

#include <QList>
#include <QObject>
#include <QTextStream>

#include <memory>

class QSocketNotifier;

namespace DreamFoundry {

class Backend;
class Orchestrator;

// The headless `dreamfoundry run`: a progress line whenever a candidate changes state, then
// the final table and where the results are. Emits done() with the exit status of
// DESIGN.md §6: 0 when a candidate succeeded, 1 when none did, 2 on bad usage.
class RunCommand final : public QObject
{
    Q_OBJECT
public:
    explicit RunCommand(const QStringList &arguments, QObject *parent = nullptr);
    ~RunCommand() override;

    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    void startRun();
    bool chooseBackend(QString *note);
    void watchInterrupts();
    void onStateChanged(int row, CandidateState state);
    void onRunFinished();
    void printTable();
    void fail(const QString &message, int exitStatus);

    RunRequest m_request;
    QString m_resultsDir;
    QString m_keychainKey; // only ever handed to DaytonaConfig
    std::unique_ptr<Backend> m_backend;
    Orchestrator *m_orchestrator = nullptr;
    QSocketNotifier *m_interrupts = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace DreamFoundry
