#include "outputtail.h"

namespace DreamFoundry {

OutputTail::OutputTail(qsizetype capacity) : m_capacity(capacity) {}

void OutputTail::append(const QByteArray &chunk)
{
    if (chunk.size() >= m_capacity) {
        m_cut += m_kept.size() + chunk.size() - m_capacity;
        m_kept = chunk.right(m_capacity);
        return;
    }
    m_kept.append(chunk);
    // Trim in large steps, not per chunk, so a steady stream does not move memory every time.
    if (m_kept.size() > m_capacity + m_capacity / 4) {
        const qsizetype excess = m_kept.size() - m_capacity;
        m_kept.remove(0, excess);
        m_cut += excess;
    }
}

QByteArray OutputTail::text() const
{
    qsizetype excess = qMax<qsizetype>(0, m_kept.size() - m_capacity);
    if (m_cut + excess == 0)
        return m_kept;
    // The cut may have fallen inside a UTF-8 character: its remaining bytes go too, so the
    // text starts on a whole character.
    while (excess < m_kept.size() && excess < 3 && (uchar(m_kept[excess]) & 0xc0) == 0x80)
        ++excess;
    QByteArray text("[... ");
    text.append(QByteArray::number(m_cut + excess)).append(" earlier bytes cut ...]\n");
    return text.append(QByteArrayView(m_kept).sliced(excess));
}

} // namespace DreamFoundry
