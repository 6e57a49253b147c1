#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

namespace DreamFoundry::Bench {

// The median wall time of `rounds` runs of `work`, in milliseconds: one slow round (a page
// fault, the other core busy) does not move it.
inline double medianMs(int rounds, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::ranges::sort(times);
    return times.at(rounds / 2);
}

} // namespace DreamFoundry::Bench
