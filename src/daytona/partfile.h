#pragma once

#include <QString>
#include <QTemporaryFile>

namespace DreamFoundry {

// A download's file that appears at its path only once complete, as with QSaveFile, but
// without QSaveFile's flush to disk on commit: downloads land in the run's temporary
// workspace, which no crash of the machine needs to find, and the results folder is made
// durable as a whole when it is saved (ResultStore). The flush sat between a candidate's
// download and the delete of its sandbox. Not a QObject: the commit may run on a worker.
class PartFile final
{
public:
    explicit PartFile(const QString &path);
    ~PartFile(); // an uncommitted part is removed

    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    bool open();
    qint64 write(const QByteArray &bytes);
    // Closes the part and renames it over the path (replacing a file there); false on a
    // failed write or rename, the part then removed.
    bool commit();
    void cancelWriting();
    QString errorString() const { return m_error.isEmpty() ? m_part.errorString() : m_error; }

private:
    QString m_path;
    QTemporaryFile m_part;
    bool m_failed = false;
    QString m_error;
};

} // namespace DreamFoundry
