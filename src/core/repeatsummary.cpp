#include "repeatsummary.h"

#include "durationtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace DreamFoundry {

// The summary is a value type without tr(): this class gives its strings their context.
class RepeatSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RepeatSummary)
};

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::ranges::sort(values);
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

namespace {

double spreadOf(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    const auto [low, high] = std::ranges::minmax_element(values);
    return *high - *low;
}

} // namespace

RepeatSummary RepeatSummary::of(const QList<CandidateResult> &attempts)
{
    RepeatSummary summary;
    QList<double> runtimes;
    QList<double> totals;
    for (const CandidateResult &attempt : attempts) {
        if (!isFinal(attempt.state))
            continue;
        ++summary.attempts;
        if (attempt.succeeded())
            ++summary.passed;
        runtimes.append(attempt.runtimeSeconds);
        if (attempt.score && attempt.score->quality())
            totals.append(attempt.score->total);
    }
    summary.medianRuntimeSeconds = medianOf(runtimes);
    summary.runtimeSpreadSeconds = spreadOf(runtimes);
    if (!totals.isEmpty()) {
        summary.medianTotal = medianOf(totals);
        summary.totalSpread = spreadOf(totals);
    }
    return summary;
}

QJsonObject RepeatSummary::toJson() const
{
    QJsonObject json{
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("pass_rate"), passRate()},
            {QStringLiteral("median_runtime_seconds"), medianRuntimeSeconds},
            {QStringLiteral("runtime_spread_seconds"), runtimeSpreadSeconds},
    };
    if (medianTotal) {
        json.insert(QStringLiteral("median_total"), *medianTotal);
        json.insert(QStringLiteral("total_spread"), totalSpread.value_or(0));
    }
    return json;
}

QString RepeatSummary::text() const
{
    QString line = RepeatSummaryText::tr("%1/%2 passed (%3%); runtime median %4, spread %5")
                           .arg(passed)
                           .arg(attempts)
                           .arg(qRound(passRate() * 100))
                           .arg(formatDuration(medianRuntimeSeconds),
                                formatDuration(runtimeSpreadSeconds));
    if (medianTotal) {
        line += RepeatSummaryText::tr("; total median %1, spread %2")
                        .arg(QString::number(*medianTotal, 'f', 1),
                             QString::number(totalSpread.value_or(0), 'f', 1));
    }
    return line;
}

} // namespace DreamFoundry
