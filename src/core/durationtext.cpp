#include "durationtext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::Duration, which lupdate can read.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::Duration)
};

// Whole minutes and hours drop a trailing zero part: "1 min", not "1 min 0 s".
QString twoUnits(qint64 major, qint64 minor, const char *both, const char *majorOnly)
{
    if (minor == 0)
        return DurationText::tr(majorOnly).arg(major);
    return DurationText::tr(both).arg(major).arg(minor);
}

} // namespace

QString formatDuration(double seconds)
{
    seconds = std::max(seconds, 0.0);
    // Each unit takes over where the smaller one would round up to its first value, so 999.6 ms
    // reads "1.0 s" and 59.96 s reads "1 min", never "1000 ms" or "60.0 s".
    if (std::llround(seconds * 1000) < 1000)
        return DurationText::tr("%1 ms").arg(std::llround(seconds * 1000));
    if (std::llround(seconds * 10) < 600)
        return DurationText::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 whole = std::llround(seconds);
    if (whole < 3600)
        return twoUnits(whole / 60, whole % 60,
                        QT_TRANSLATE_NOOP("DreamFoundry::Duration", "%1 min %2 s"),
                        QT_TRANSLATE_NOOP("DreamFoundry::Duration", "%1 min"));
    const qint64 minutes = whole / 60; // an hour shows minutes, not seconds
    return twoUnits(minutes / 60, minutes % 60,
                    QT_TRANSLATE_NOOP("DreamFoundry::Duration", "%1 h %2 min"),
                    QT_TRANSLATE_NOOP("DreamFoundry::Duration", "%1 h"));
}

} // namespace DreamFoundry
