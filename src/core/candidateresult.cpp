#include "candidateresult.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace DreamFoundry {

namespace {

QJsonValue nullable(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QString artifactPathFor(const CandidateResult &r)
{
    if (!r.hasArtifact())
        return {};
    if (r.repeat > 1) // docs/architecture.md, "Repeats and budgets"
        return QStringLiteral("%1/repeats/%2/%3")
                .arg(r.candidateId)
                .arg(r.repeat)
                .arg(r.artifactName);
    return r.candidateId + QLatin1Char('/') + r.artifactName;
}

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::CandidateResult, which lupdate can read.
class CandidateResultText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::CandidateResult)
};

} // namespace

QString artifactPreview(const CandidateResult &result, qsizetype maxChars)
{
    if (!result.hasArtifact())
        return isFinal(result.state) ? CandidateResultText::tr("none") : QString();
    const QString size = QLocale().formattedDataSize(result.artifactSize);
    if (!result.artifactContent)
        return CandidateResultText::tr("binary or large file, %1").arg(size);
    QString first;
    for (const QString &line : result.artifactContent->split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            first = line.trimmed();
            break;
        }
    }
    if (maxChars > 0 && first.size() > maxChars)
        first = first.left(maxChars - 1) + QChar(0x2026);
    return QStringLiteral("%1 (%2)").arg(first, size);
}

QJsonObject CandidateResult::toJson() const
{
    const QJsonObject phases{
            {QStringLiteral("preparing_seconds"), timings.preparing},
            {QStringLiteral("installing_seconds"), timings.installing},
            {QStringLiteral("running_seconds"), timings.running},
            {QStringLiteral("collecting_seconds"), timings.collecting},
    };
    const QString path = artifactPathFor(*this);
    QJsonObject json{
            {QStringLiteral("candidate_id"), candidateId},
            {QStringLiteral("attempt"), attempt},
            {QStringLiteral("sandbox_id"), sandboxId},
            {QStringLiteral("success"), succeeded()},
            {QStringLiteral("state"), stateName(state)},
            {QStringLiteral("exit_code"), exitCode ? QJsonValue(*exitCode) : QJsonValue()},
            {QStringLiteral("output"), output},
            {QStringLiteral("stdout"), standardOutput},
            {QStringLiteral("stderr"), errorOutput},
            // What `stderr` holds, under the name tools written for earlier folders read.
            {QStringLiteral("error_output"), errorOutput},
            {QStringLiteral("artifact_content"), nullable(artifactContent)},
            {QStringLiteral("artifact_path"), path.isEmpty() ? QJsonValue() : QJsonValue(path)},
            {QStringLiteral("artifact_size"), artifactSize},
            {QStringLiteral("artifact_sha256"),
             artifactSha256.isEmpty() ? QJsonValue() : QJsonValue(artifactSha256)},
            {QStringLiteral("script_sha256"), scriptSha256},
            {QStringLiteral("runtime_seconds"), runtimeSeconds},
            {QStringLiteral("error_message"),
             errorMessage.isEmpty() ? QJsonValue() : QJsonValue(errorMessage)},
            {QStringLiteral("backend"), backend},
            {QStringLiteral("isolation"), isolation},
            {QStringLiteral("limits"), limits},
            {QStringLiteral("cleanup"), cleanup},
            {QStringLiteral("timings"), phases},
            {QStringLiteral("artifact_contains_secret"), artifactContainsSecret},
            {QStringLiteral("score"), score ? QJsonValue(score->toJson()) : QJsonValue()},
    };
    // Beside the isolation; Daytona sandboxes have no say in it, so it is left out there.
    if (!network.isEmpty())
        json.insert(QStringLiteral("network"), network);
    if (repeat > 0)
        json.insert(QStringLiteral("repeat"), repeat);
    return json;
}

CandidateResult CandidateResult::fromJson(const QJsonObject &json)
{
    CandidateResult r;
    r.candidateId = json.value(QStringLiteral("candidate_id")).toString();
    r.attempt = std::max(1, json.value(QStringLiteral("attempt")).toInt(1));
    r.sandboxId = json.value(QStringLiteral("sandbox_id")).toString();
    r.state = stateFromName(json.value(QStringLiteral("state")).toString())
                      .value_or(CandidateState::Error);
    if (const QJsonValue code = json.value(QStringLiteral("exit_code")); code.isDouble())
        r.exitCode = code.toInt();
    r.output = json.value(QStringLiteral("output")).toString();
    // Results written before `stdout` and `stderr` kept stdout in `output` and stderr in
    // `error_output`.
    const QJsonValue out = json.value(QStringLiteral("stdout"));
    r.standardOutput = out.isString() ? out.toString() : r.output;
    const QJsonValue err = json.value(QStringLiteral("stderr"));
    r.errorOutput = err.isString() ? err.toString()
                                   : json.value(QStringLiteral("error_output")).toString();
    if (const QJsonValue content = json.value(QStringLiteral("artifact_content"));
        content.isString())
        r.artifactContent = content.toString();
    const QString path = json.value(QStringLiteral("artifact_path")).toString();
    // "<candidate>/<name>"; an earlier attempt's is "<candidate>/attempts/<n>/<name>".
    r.artifactName = path.section(QLatin1Char('/'), 1);
    r.repeat = std::max(0, json.value(QStringLiteral("repeat")).toInt(0));
    if (const QString prefix = QStringLiteral("attempts/%1/").arg(r.attempt);
        r.artifactName.startsWith(prefix))
        r.artifactName.remove(0, prefix.size());
    if (const QString prefix = QStringLiteral("repeats/%1/").arg(r.repeat);
        r.repeat > 1 && r.artifactName.startsWith(prefix))
        r.artifactName.remove(0, prefix.size());
    r.artifactSize = json.value(QStringLiteral("artifact_size")).toInteger();
    r.artifactSha256 = json.value(QStringLiteral("artifact_sha256")).toString();
    r.artifactContainsSecret = json.value(QStringLiteral("artifact_contains_secret")).toBool();
    r.scriptSha256 = json.value(QStringLiteral("script_sha256")).toString();
    r.runtimeSeconds = json.value(QStringLiteral("runtime_seconds")).toDouble();
    r.errorMessage = json.value(QStringLiteral("error_message")).toString();
    r.backend = json.value(QStringLiteral("backend")).toString();
    r.isolation = json.value(QStringLiteral("isolation")).toString();
    r.network = json.value(QStringLiteral("network")).toString();
    r.limits = json.value(QStringLiteral("limits")).toString();
    r.cleanup = json.value(QStringLiteral("cleanup")).toString();
    const QJsonObject phases = json.value(QStringLiteral("timings")).toObject();
    r.timings.preparing = phases.value(QStringLiteral("preparing_seconds")).toDouble();
    r.timings.installing = phases.value(QStringLiteral("installing_seconds")).toDouble();
    r.timings.running = phases.value(QStringLiteral("running_seconds")).toDouble();
    r.timings.collecting = phases.value(QStringLiteral("collecting_seconds")).toDouble();
    if (const QJsonValue card = json.value(QStringLiteral("score")); card.isObject())
        r.score = ScoreCard::fromJson(card.toObject());
    return r;
}

} // namespace DreamFoundry
