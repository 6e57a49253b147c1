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

// `text` with every control character (escape sequences included) shown as a visible escape.
QString terminalSafe(const QString &text);
// terminalSafe() keeping line breaks and tabs, which are common in text and harmless.
QString terminalText(const QString &text);

} // namespace DreamFoundry
