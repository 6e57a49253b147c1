#pragma once

#include "core/candidatestate.h"
#include "core/runrecord.h"
#include "runrequest.h"

#include <QList>
#include <QObject>
#include <QTextStream>

#include <memory>

class QSocketNotifier;

namespace DreamFoundry {

class DaytonaAccount;
class RunPipeline;
class WarmPool;

// The headless `dreamfoundry run`: a progress line whenever a candidate changes state, then
// the final table and where the results are. Emits done() with the exit status of
// docs/architecture.md, "The command line": 0 when a candidate succeeded, 1 when none did, 2 on
// bad usage.
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
    void readSecretsThenRun();
    void startRun();
    // --warm N: the pool is filled before the run starts, and drained before done().
    bool warmUpFirst();
    void onPoolChanged();
    void finishAfterDrain(int exitStatus);
    void watchInterrupts();
    void onStateChanged(int row, int attempt, CandidateState state);
    void onRunFinished(const RunRecord &run, const QString &folder, const QString &error);
    void fail(const QString &message, int exitStatus);

    RunRequest m_request;
    SecretValues m_secretValues;
    bool m_secretsRead = false;
    RunPipeline *m_pipeline = nullptr;
    DaytonaAccount *m_account = nullptr;
    WarmPool *m_pool = nullptr;
    std::shared_ptr<void> m_poolHold; // one run takes the pool: no top-up after it

    bool m_poolReady = false;
    QSocketNotifier *m_interrupts = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace DreamFoundry
