#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace DreamFoundry {

class RunPipeline;
struct RunRecord;

// `dreamfoundry score RESULTS_DIR [--weights S,Q,V] [--scorer FILE|events|plain]`: scores a
// saved run again without re-running it, rewrites its run.json and report.md, and prints the
// ranking. A person's overrides are kept unless --clear-overrides is given. Emits done() with
// 0 when the run was scored and saved, 1 when it could not be saved, 2 on bad usage.
class ScoreCommand final : public QObject
{
    Q_OBJECT
public:
    explicit ScoreCommand(const QStringList &arguments, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    void fail(const QString &message, int exitStatus);
    void onScored(const RunRecord &run, const QString &folder, const QString &error);

    QStringList m_arguments;
    RunPipeline *m_pipeline = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace DreamFoundry
