#include "partfile.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace DreamFoundry {

PartFile::PartFile(const QString &path)
    : m_path(path), m_part(path + QStringLiteral(".part-XXXXXX"))
{
    m_part.moveToThread(nullptr); // written on one thread, committed on a worker
}

PartFile::~PartFile() = default; // QTemporaryFile removes its file unless renamed

bool PartFile::open()
{
    return m_part.open();
}

qint64 PartFile::write(const QByteArray &bytes)
{
    const qint64 written = m_part.write(bytes);
    if (written != bytes.size())
        m_failed = true;
    return written;
}

bool PartFile::commit()
{
    if (m_failed || !m_part.isOpen() || !m_part.flush()) {
        m_part.close();
        m_part.remove();
        return false;
    }
    const QString part = m_part.fileName();
    m_part.close();
    // rename(2) replaces what is at the path in one step; QFile::rename would refuse.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(m_path).constData())
        != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        m_part.remove();
        return false;
    }
    m_part.setAutoRemove(false);
    return true;
}

void PartFile::cancelWriting()
{
    m_part.close();
    m_part.remove();
}

} // namespace DreamFoundry
