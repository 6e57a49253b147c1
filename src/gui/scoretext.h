#pragma once

#include <QString>

namespace DreamFoundry {

// Text about scores for the table and the Score tab. Gate ids, reasons and details may come
// from a scorer script or a candidate's artifact: they are untrusted, so they pass through
// untrustedText() before they are shown, and tooltips are built with plainToolTip().

// "exit code" for the gate id "exit_code"; a scorer script's own ids are shown the same way.
QString gateTitle(const QString &gateId);

// A score from 0 to 100 with at most one decimal: "72", "72.4".
QString formatScore(double score);

// `text` made safe to show as one plain line: control characters become spaces, characters
// that reorder text (bidirectional overrides) are dropped, and anything past `maxChars` is
// replaced by an ellipsis.
QString untrustedText(const QString &text, qsizetype maxChars);

// A tooltip that shows `text` as it is: a tooltip that looks like HTML would otherwise be
// rendered as rich text.
QString plainToolTip(const QString &text);

} // namespace DreamFoundry
