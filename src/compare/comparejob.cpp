#include "comparejob.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent>

namespace DreamFoundry {

// The artifacts the last comparison loaded. A comparison dropped by a newer start may still
// be running on the pool, hence the mutex.
struct CompareJob::Cache
{
    struct Entry
    {
        CompareSource source;
        qint64 size = -1;
        QDateTime modified;
        bool prettyJson = false;
        bool sortJsonKeys = false;
        std::shared_ptr<const ArtifactText> text;
    };

    QMutex mutex;
    std::vector<Entry> entries;

    static Entry entryFor(const CompareSource &source, const CompareOptions &options)
    {
        Entry entry;
        entry.source = source;
        entry.prettyJson = options.prettyJson;
        entry.sortJsonKeys = options.sortJsonKeys;
        if (!source.artifactFile.isEmpty()) {
            const QFileInfo info(source.artifactFile);
            entry.size = info.exists() ? info.size() : -1;
            entry.modified = info.exists() ? info.lastModified() : QDateTime();
        }
        return entry;
    }

    static bool sameFile(const Entry &a, const Entry &b)
    {
        return a.source == b.source && a.size == b.size && a.modified == b.modified
                && a.prettyJson == b.prettyJson && a.sortJsonKeys == b.sortJsonKeys;
    }

    std::shared_ptr<const ArtifactText> find(const Entry &wanted)
    {
        QMutexLocker lock(&mutex);
        for (const Entry &entry : entries)
            if (entry.size >= 0 && sameFile(entry, wanted))
                return entry.text;
        return nullptr;
    }

    // Keeps only what the latest comparison uses, so memory follows the panes on screen.
    void replace(std::vector<Entry> latest)
    {
        QMutexLocker lock(&mutex);
        entries = std::move(latest);
    }
};

std::shared_ptr<const Comparison> CompareJob::loadAndCompare(
        const QList<CompareSource> &sources, int baseline, const CompareOptions &options,
        const std::shared_ptr<std::atomic_bool> &cancel, const std::shared_ptr<Cache> &cache)
{
    std::vector<std::shared_ptr<const ArtifactText>> texts;
    std::vector<Cache::Entry> used;
    for (const CompareSource &source : sources) {
        if (cancel->load())
            return nullptr;
        Cache::Entry entry = CompareJob::Cache::entryFor(source, options);
        entry.text = cache->find(entry);
        if (!entry.text)
            entry.text = ArtifactText::load(source, options);
        texts.push_back(entry.text);
        used.push_back(std::move(entry));
    }
    auto comparison = compareArtifacts(texts, baseline, options, cancel.get());
    if (comparison)
        cache->replace(std::move(used));
    return comparison;
}

CompareJob::CompareJob(QObject *parent) : QObject(parent), m_cache(std::make_shared<Cache>()) {}

CompareJob::~CompareJob()
{
    cancel();
}

void CompareJob::start(const QList<CompareSource> &sources, int baseline,
                       const CompareOptions &options)
{
    cancel();
    if (sources.size() < 2 || sources.size() > AlignedRow::maxPanes)
        return;
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const Comparison>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        onDone(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&CompareJob::loadAndCompare, sources, baseline, options,
                                         m_cancel, m_cache));
}

void CompareJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation; // whatever is under way now reports to nobody
    m_running = false;
}

void CompareJob::onDone(quint64 generation, const std::shared_ptr<const Comparison> &comparison)
{
    if (generation != m_generation || !comparison)
        return;
    m_running = false;
    m_cancel.reset();
    Q_EMIT finished(comparison);
}

} // namespace DreamFoundry
