#pragma once

#include "candidateresult.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace DreamFoundry {

// What several attempts of one candidate add up to (docs/architecture.md, "Repeats and
// budgets"): how many passed, and the median and spread of their runtime and total score.
// The spread is the range, largest minus smallest; the median of an even count is the mean
// of the two middle values.
struct RepeatSummary
{
    int attempts = 0; // attempts that ended (cancelled ones included)
    int passed = 0; // attempts that succeeded
    double medianRuntimeSeconds = 0;
    double runtimeSpreadSeconds = 0;
    // Over the attempts with a total (scored with a quality); unset when none has one.
    std::optional<double> medianTotal;
    std::optional<double> totalSpread;

    double passRate() const { return attempts > 0 ? double(passed) / attempts : 0.0; }

    static RepeatSummary of(const QList<CandidateResult> &attempts);
    QJsonObject toJson() const;
    // "4/5 passed (80%); runtime median 1.2 s, spread 0.4 s; total median 85.0, spread 6.0",
    // the same words in the window, on the command line and in reports.
    QString text() const;
};

// The median of `values` (mean of the two middle ones for an even count); 0 when empty.
double medianOf(QList<double> values);

} // namespace DreamFoundry
