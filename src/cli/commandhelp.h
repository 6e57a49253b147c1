#pragma once

#include <QString>

class QCommandLineParser;

namespace DreamFoundry {

// Prints a command's --help with its own name in the usage line ("Usage: dreamfoundry export
// [options] RESULTS_DIR") rather than the path the binary was started by, and exits with 0.
[[noreturn]] void showCommandHelp(const QCommandLineParser &parser, const QString &command);

} // namespace DreamFoundry
