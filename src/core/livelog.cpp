#include "livelog.h"

namespace DreamFoundry {

void LiveLog::append(OutputStream stream, const QByteArray &chunk)
{
    if (!m_segments.isEmpty() && m_segments.last().stream == stream)
        m_segments.last().bytes.append(chunk);
    else
        // A copy, not a share: the chunk's buffer is a 16 KiB read block, whatever it holds.
        m_segments.append({stream, QByteArray(chunk.constData(), chunk.size())});
    m_size += chunk.size();
    while (m_size > m_capacity && !m_segments.isEmpty()) {
        Segment &first = m_segments.first();
        const qsizetype excess = m_size - m_capacity;
        if (first.bytes.size() <= excess) {
            m_size -= first.bytes.size();
            m_cut += first.bytes.size();
            m_segments.removeFirst();
        } else {
            // Not inside a character: its remaining bytes go with the part cut.
            qsizetype cut = excess;
            while (cut < first.bytes.size() && cut < excess + 3
                   && (uchar(first.bytes[cut]) & 0xc0) == 0x80)
                ++cut;
            first.bytes.remove(0, cut);
            m_size -= cut;
            m_cut += cut;
        }
    }
}

} // namespace DreamFoundry
