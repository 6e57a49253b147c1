#pragma once

#include "core/outputstream.h"

#include <QByteArray>
#include <QList>

namespace DreamFoundry {

// Splits a Daytona session log into stdout and stderr. Where the server marks lines (3 bytes,
// 01 01 01 for stdout and 02 02 02 for stderr; docs/daytona.md, "The script and its output")
// it follows the markers, holding back a marker split across chunks; where it does not (the
// chunked-HTTP bridge) everything is stdout.
class LogDemuxer
{
public:
    struct Chunk
    {
        OutputStream stream;
        QByteArray bytes;
    };

    QList<Chunk> feed(const QByteArray &raw);
    // The bytes held back at the end, once no more will come.
    QList<Chunk> flush();
    // How many raw log bytes went in: a log snapshot continues from here.
    qint64 rawBytesSeen() const { return m_rawSeen; }

private:
    void emitBytes(QList<Chunk> &out, QByteArray bytes);

    QByteArray m_buffer;
    OutputStream m_current = OutputStream::Stdout;
    qint64 m_rawSeen = 0;
};

} // namespace DreamFoundry
