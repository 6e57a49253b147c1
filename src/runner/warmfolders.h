#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QThreadPool;

namespace DreamFoundry {

// Where sandbox files are made before and as sandboxes start (WarmFolders, each sandbox's home,
// a run's collect folders): a pool of its own, not the global one, whose threads Qt's raster
// engine borrows to paint the window; a painting that waits behind mkdir on a busy disk is a
// dropped frame.
QThreadPool &sandboxFilePool();

class OwnedFolder;

// Local sandbox folders made ahead of need, on the thread pool (docs/architecture.md,
// "Backends"): while the window shows candidates, or as a run starts, the folders its next
// sandboxes need (the root with home/, disk/ and out/, marked as this process's) are made in
// the background, so a sandbox that starts takes one instead of making it on the GUI thread.
// A sandbox that finds none makes its own, as before. Folders not taken are removed with the
// stock; a killed app's are swept like any sandbox folder (sweepLeftovers).
class WarmFolders final
{
public:
    // A folder ready for a sandbox; `root` null when none was ready.
    struct Folder
    {
        std::unique_ptr<QTemporaryDir> root;
        std::unique_ptr<OwnedFolder> owner;

        Folder();
        Folder(Folder &&) noexcept;
        Folder &operator=(Folder &&) noexcept;
        ~Folder();
        explicit operator bool() const { return root != nullptr; }
    };

    // More than this many are never kept: each is a few inodes, but nobody runs more at once.
    static constexpr int maxStock = 128;

    WarmFolders();
    ~WarmFolders();
    WarmFolders(const WarmFolders &) = delete;
    WarmFolders &operator=(const WarmFolders &) = delete;

    // Makes folders in the background until `count` (capped at maxStock) are ready or on
    // their way. Cheap to call often: it only adds what is missing.
    void topUp(int count);
    // A ready folder, or an empty one (make your own). Any thread.
    Folder take();
    int readyCount() const;

    // The folder a sandbox needs, made now; empty with `error` set when it could not be.
    static Folder make(QString *error);

private:
    struct Stock;
    std::shared_ptr<Stock> m_stock; // shared with the tasks still making folders
};

} // namespace DreamFoundry
