#include "logdemuxer.h"

namespace DreamFoundry {

namespace {

constexpr char stdoutMarker[] = "\x01\x01\x01";
constexpr char stderrMarker[] = "\x02\x02\x02";

bool isMarkerByte(char c)
{
    return c == '\x01' || c == '\x02';
}

} // namespace

void LogDemuxer::emitBytes(QList<Chunk> &out, QByteArray bytes)
{
    if (bytes.isEmpty())
        return;
    if (!out.isEmpty() && out.last().stream == m_current)
        out.last().bytes += bytes;
    else
        out.append({m_current, std::move(bytes)});
}

QList<LogDemuxer::Chunk> LogDemuxer::feed(const QByteArray &raw)
{
    m_rawSeen += raw.size();
    m_buffer += raw;
    QList<Chunk> out;
    for (;;) {
        const qsizetype out1 = m_buffer.indexOf(QByteArrayView(stdoutMarker, 3));
        const qsizetype err1 = m_buffer.indexOf(QByteArrayView(stderrMarker, 3));
        qsizetype at = -1;
        OutputStream next = OutputStream::Stdout;
        if (out1 >= 0 && (err1 < 0 || out1 < err1)) {
            at = out1;
        } else if (err1 >= 0) {
            at = err1;
            next = OutputStream::Stderr;
        }
        if (at < 0)
            break;
        emitBytes(out, m_buffer.left(at));
        m_buffer.remove(0, at + 3);
        m_current = next;
    }
    // A marker may be cut between two chunks: keep up to two trailing marker bytes back.
    qsizetype keep = 0;
    while (keep < 2 && keep < m_buffer.size()
           && isMarkerByte(m_buffer.at(m_buffer.size() - 1 - keep)))
        ++keep;
    emitBytes(out, m_buffer.left(m_buffer.size() - keep));
    m_buffer.remove(0, m_buffer.size() - keep);
    return out;
}

QList<LogDemuxer::Chunk> LogDemuxer::flush()
{
    QList<Chunk> out;
    emitBytes(out, std::exchange(m_buffer, {}));
    return out;
}

} // namespace DreamFoundry
