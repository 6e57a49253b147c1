#pragma once

#include "outputstream.h"

#include <QByteArray>
#include <QList>

namespace DreamFoundry {

// One candidate's stdout and stderr as they arrived, interleaved, keeping the last
// `capacity` bytes so a chatty candidate cannot eat the memory of the window.
class LiveLog
{
public:
    static constexpr qsizetype defaultCapacity = 512 * 1024;

    struct Segment
    {
        OutputStream stream;
        QByteArray bytes;
    };

    explicit LiveLog(qsizetype capacity = defaultCapacity) : m_capacity(capacity) {}

    void append(OutputStream stream, const QByteArray &chunk);
    const QList<Segment> &segments() const { return m_segments; }
    qsizetype bytesCut() const { return m_cut; }

private:
    qsizetype m_capacity;
    qsizetype m_size = 0;
    qsizetype m_cut = 0;
    QList<Segment> m_segments;
};

} // namespace DreamFoundry
