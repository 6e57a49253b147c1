#include "warmfolders.h"

#include "leftovers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QThreadPool>

#include <vector>

namespace DreamFoundry {

QThreadPool &sandboxFilePool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(2); // the work mostly waits on the disk
        return true;
    }();
    Q_UNUSED(sized);
    return pool;
}

struct WarmFolders::Stock
{
    mutable QMutex mutex;
    std::vector<Folder> ready; // move-only: not a QList
    int pending = 0; // being made on the thread pool
    bool closed = false; // the WarmFolders is gone: what is made now is removed at once
};

WarmFolders::Folder::Folder() = default;
WarmFolders::Folder::Folder(Folder &&) noexcept = default;
WarmFolders::Folder &WarmFolders::Folder::operator=(Folder &&) noexcept = default;

WarmFolders::Folder::~Folder()
{
    owner.reset(); // its lock file is in the folder, which the QTemporaryDir removes next
}

WarmFolders::WarmFolders() : m_stock(std::make_shared<Stock>()) {}

WarmFolders::~WarmFolders()
{
    std::vector<Folder> unused;
    {
        QMutexLocker lock(&m_stock->mutex);
        m_stock->closed = true;
        unused.swap(m_stock->ready);
    }
    // Empty folders: removing them is quick, and must not outlive the app's temporary folder.
}

WarmFolders::Folder WarmFolders::make(QString *error)
{
    Folder folder;
    folder.root = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                  + QStringLiteral("/dreamfoundry-sandbox-XXXXXX"));
    QTemporaryDir &root = *folder.root;
    if (!root.isValid() || !QDir().mkdir(root.filePath(QStringLiteral("home")))
        || !QDir().mkdir(root.filePath(QStringLiteral("disk")))
        || !QDir().mkdir(root.filePath(QStringLiteral("out")))) {
        *error = QCoreApplication::translate(
                         "DreamFoundry::LocalSandbox",
                         "Could not create the sandbox folder in the temporary folder: %1")
                         .arg(root.errorString());
        return {};
    }
    folder.owner = std::make_unique<OwnedFolder>(root.path());
    return folder;
}

void WarmFolders::topUp(int count)
{
    count = std::min(count, maxStock);
    int missing = 0;
    {
        QMutexLocker lock(&m_stock->mutex);
        missing = count - int(m_stock->ready.size()) - m_stock->pending;
        if (missing <= 0)
            return;
        m_stock->pending += missing;
    }
    // One task per folder, behind everything else on the pool: a run's collect folders and its
    // first sandbox's home must not wait for twenty folders it may never take.
    for (int i = 0; i < missing; ++i) {
        sandboxFilePool().start(
                [stock = m_stock] {
                    QString error;
                    Folder folder = make(&error);
                    QMutexLocker lock(&stock->mutex);
                    --stock->pending;
                    if (folder && !stock->closed)
                        stock->ready.push_back(std::move(folder));
                },
                -1);
    }
}

WarmFolders::Folder WarmFolders::take()
{
    QMutexLocker lock(&m_stock->mutex);
    if (m_stock->ready.empty())
        return {};
    Folder folder = std::move(m_stock->ready.back());
    m_stock->ready.pop_back();
    return folder;
}

int WarmFolders::readyCount() const
{
    QMutexLocker lock(&m_stock->mutex);
    return int(m_stock->ready.size());
}

} // namespace DreamFoundry
