#pragma once

#include "core/runrecord.h"

#include <QTextStream>

namespace DreamFoundry {

// The table `dreamfoundry run` and `dreamfoundry score` end with: each candidate's status,
// runtime, score, rank and artifact, why it failed or was disqualified, then the winner.
// Whatever a candidate or a scorer wrote is printed with its control characters made
// visible, so it cannot drive the terminal.
void printRunTable(QTextStream &out, const RunRecord &run);

// "Winner: gamma (score 87.5)", "No winner: ...", for the last line.
QString winnerLine(const RunRecord &run);

// `text` as one terminal line: every control character (escape sequences, newlines and tabs
// included) shown as a visible escape (UntrustedText::visibleControlsOneLine). Everything the
// commands print that a candidate, a scorer, a server or a file name could have written goes
// through it.
QString terminalSafe(const QString &text);
// terminalSafe() keeping line breaks and tabs, which are common in text and harmless.
QString terminalText(const QString &text);

// Routes Qt's log messages through UntrustedText::visibleControls() before the handler that
// was installed (stderr, the journal): a warning may quote what a server or candidate sent.
void installTerminalSafeLogging();

} // namespace DreamFoundry
