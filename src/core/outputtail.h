#pragma once

#include <QByteArray>

namespace DreamFoundry {

// Keeps the last `capacity` bytes of a stream that may be far larger (a candidate printing
// 100 MiB must not cost 100 MiB), and how much was cut from the front.
class OutputTail
{
public:
    // Enough for any traceback and the end of a long log; 20 candidates stay within 150 MiB.
    static constexpr qsizetype defaultCapacity = 1024 * 1024;

    explicit OutputTail(qsizetype capacity = defaultCapacity);

    void append(const QByteArray &chunk);

    qsizetype bytesCut() const { return m_cut; }
    qsizetype totalBytes() const { return m_cut + m_kept.size(); }

    // The kept bytes, preceded by a line saying how much was cut when something was.
    QByteArray text() const;

private:
    qsizetype m_capacity;
    qsizetype m_cut = 0;
    QByteArray m_kept;
};

} // namespace DreamFoundry
