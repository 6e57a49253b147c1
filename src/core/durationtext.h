#pragma once

#include <QString>

namespace DreamFoundry {

// A runtime as people say it, for the window and the command line alike: "28 ms", "12.3 s",
// "2 min 5 s", "1 h 4 min". Files keep plain seconds; this is only for showing.
QString formatDuration(double seconds);

} // namespace DreamFoundry
