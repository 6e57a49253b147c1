#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace DreamFoundry {

// Removes a folder and everything in it without following links, and also when a candidate
// made parts of it unreadable (chmod 000): each folder is given back to its owner before it
// is emptied. Can take seconds (a million files), so never on the GUI thread.
bool removeTree(const QString &path);

// Marks a temporary folder as this process's (a lock file it holds, naming its pid), so that
// another instance's sweep leaves it alone while the process lives; the file goes with it.
class OwnedFolder final
{
public:
    explicit OwnedFolder(const QString &folder);
    ~OwnedFolder();
    OwnedFolder(const OwnedFolder &) = delete;
    OwnedFolder &operator=(const OwnedFolder &) = delete;

    static QString lockName();

private:
    QByteArray m_path;
    int m_fd;
};

// What a killed run left in the temporary folder: its `dreamfoundry-run-*` working folder and
// its `dreamfoundry-sandbox-*` folders whose owner is gone (a folder without a lock is left), the
// sandboxes' /etc of such a run wherever SandboxEtc::parentFolder() put it, and
// control groups of app instances that are gone. Returns how many were removed. Slow on big
// leftovers: call it off the GUI thread.
int sweepLeftovers(const QString &tempFolder);

// Removes the folders in `parent` matching `patterns` whose owner (see OwnedFolder) is gone.
int sweepStaleFolders(const QString &parent, const QStringList &patterns);

} // namespace DreamFoundry
