#pragma once

#include "comparison.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace DreamFoundry {

// Loads and aligns artifacts on the thread pool (QtConcurrent, followed by a watcher), for
// the window. Starting again drops the comparison under way: its result is never emitted.
// Artifacts loaded by an earlier start are reused while their file is unchanged (same path,
// size and modification time) and the JSON options are the same, so toggling ignore-case on
// a 50 MiB artifact does not read it again.
class CompareJob final : public QObject
{
    Q_OBJECT
public:
    explicit CompareJob(QObject *parent = nullptr);
    // Cancels the work under way; the pool thread finishes alone, its result dropped.
    ~CompareJob() override;

    // Starts comparing 2 to 4 sources against `baseline` (other counts start nothing);
    // finished() follows once unless start() or cancel() comes first.
    void start(const QList<CompareSource> &sources, int baseline, const CompareOptions &options);
    // Drops the comparison under way: no finished() for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(std::shared_ptr<const DreamFoundry::Comparison> comparison);

private:
    struct Cache;
    static std::shared_ptr<const Comparison>
    loadAndCompare(const QList<CompareSource> &sources, int baseline, const CompareOptions &options,
                   const std::shared_ptr<std::atomic_bool> &cancel,
                   const std::shared_ptr<Cache> &cache);
    void onDone(quint64 generation, const std::shared_ptr<const Comparison> &comparison);

    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Cache> m_cache;
};

} // namespace DreamFoundry

Q_DECLARE_METATYPE(std::shared_ptr<const DreamFoundry::Comparison>)
