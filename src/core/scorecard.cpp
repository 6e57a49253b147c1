#include "scorecard.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::ScoreCard, which lupdate can read.
class ScoreCardText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::ScoreCard)
};

QJsonValue nullableText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue nullableNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

std::optional<ScoreWeights> ScoreWeights::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3) {
        *error = ScoreCardText::tr("Weights must be three numbers separated by commas "
                                   "(success,quality,speed), "
                                   "such as 0.2,0.6,0.2; got \"%1\".")
                         .arg(text);
        return std::nullopt;
    }
    double values[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok) {
            *error = ScoreCardText::tr(
                             "The weight \"%1\" is not a number; weights look like 0.2,0.6,0.2.")
                             .arg(parts.at(i).trimmed());
            return std::nullopt;
        }
    }
    const ScoreWeights weights{values[0], values[1], values[2]};
    *error = weights.problem();
    if (!error->isEmpty())
        return std::nullopt;
    return weights;
}

QString ScoreWeights::problem() const
{
    for (const double w : {success, quality, speed}) {
        if (!std::isfinite(w))
            return ScoreCardText::tr("Every weight must be a finite number.");
        if (w < 0)
            return ScoreCardText::tr(
                           "Weights cannot be negative (got %1); use 0 to leave a part out.")
                    .arg(number(w));
    }
    if (success + quality + speed <= 0)
        return ScoreCardText::tr(
                "The weights are all zero, so nothing would count; give at least one a value "
                "above 0.");
    return {};
}

bool ScoreWeights::sumsToOne() const
{
    return std::abs(success + quality + speed - 1.0) < 1e-9;
}

ScoreWeights ScoreWeights::normalised(bool *wasNormalised) const
{
    const bool already = sumsToOne();
    if (wasNormalised)
        *wasNormalised = !already;
    if (already)
        return *this;
    const double sum = success + quality + speed;
    return {success / sum, quality / sum, speed / sum};
}

QString ScoreWeights::normalisationNote() const
{
    if (!problem().isEmpty() || sumsToOne())
        return {};
    const ScoreWeights scaled = normalised();
    return ScoreCardText::tr("The weights %1 do not add up to 1; they were scaled to %2, %3, %4.")
            .arg(toText(), QString::number(scaled.success, 'f', 3),
                 QString::number(scaled.quality, 'f', 3), QString::number(scaled.speed, 'f', 3));
}

QString ScoreWeights::toText() const
{
    return QStringLiteral("%1,%2,%3").arg(number(success), number(quality), number(speed));
}

QJsonObject ScoreWeights::toJson() const
{
    return {{QStringLiteral("success"), success},
            {QStringLiteral("quality"), quality},
            {QStringLiteral("speed"), speed}};
}

ScoreWeights ScoreWeights::fromJson(const QJsonObject &json)
{
    ScoreWeights w;
    w.success = json.value(QStringLiteral("success")).toDouble(w.success);
    w.quality = json.value(QStringLiteral("quality")).toDouble(w.quality);
    w.speed = json.value(QStringLiteral("speed")).toDouble(w.speed);
    return w;
}

bool ScoringSettings::isScript() const
{
    return scorer != QLatin1StringView(eventsScorer) && scorer != QLatin1StringView(plainScorer);
}

QStringList ScoringSettings::defaultTopicWords()
{
    // Whole words, matched case-insensitively; a word also matches its plural with "s".
    return {QStringLiteral("AI"),
            QStringLiteral("ML"),
            QStringLiteral("LLM"),
            QStringLiteral("agent"),
            QStringLiteral("agentic"),
            QStringLiteral("PyTorch"),
            QStringLiteral("TensorFlow"),
            QStringLiteral("machine learning"),
            QStringLiteral("deep learning"),
            QStringLiteral("reinforcement learning"),
            QStringLiteral("neural"),
            QStringLiteral("GPT"),
            QStringLiteral("transformer"),
            QStringLiteral("NLP"),
            QStringLiteral("generative"),
            QStringLiteral("GenAI"),
            QStringLiteral("Hugging Face"),
            QStringLiteral("LangChain"),
            QStringLiteral("RAG"),
            QStringLiteral("prompt engineering"),
            QStringLiteral("computer vision"),
            QStringLiteral("data science")};
}

QJsonObject ScoringSettings::toJson() const
{
    return {
            {QStringLiteral("weights"), weights.toJson()},
            {QStringLiteral("scorer"), scorer},
            {QStringLiteral("scorer_sha256"), nullableText(scorerSha256)},
            {QStringLiteral("window_days"), windowDays},
            {QStringLiteral("target_events"), targetEvents},
            {QStringLiteral("topic_words"), toArray(topicWords)},
            {QStringLiteral("scorer_timeout_seconds"), scorerTimeoutSeconds},
            {QStringLiteral("scored_at"),
             scoredAt.isValid() ? QJsonValue(scoredAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("scorer_error"), nullableText(scorerError)},
            {QStringLiteral("scorer_stderr"), nullableText(scorerStderr)},
    };
}

ScoringSettings ScoringSettings::fromJson(const QJsonObject &json)
{
    ScoringSettings s;
    s.weights = ScoreWeights::fromJson(json.value(QStringLiteral("weights")).toObject());
    s.scorer = json.value(QStringLiteral("scorer")).toString(s.scorer);
    s.scorerSha256 = json.value(QStringLiteral("scorer_sha256")).toString();
    s.windowDays = json.value(QStringLiteral("window_days")).toInt(s.windowDays);
    s.targetEvents = json.value(QStringLiteral("target_events")).toInt(s.targetEvents);
    if (const QJsonValue words = json.value(QStringLiteral("topic_words")); words.isArray())
        s.topicWords = toStringList(words);
    s.scorerTimeoutSeconds
            = json.value(QStringLiteral("scorer_timeout_seconds")).toInt(s.scorerTimeoutSeconds);
    s.scoredAt = QDateTime::fromString(json.value(QStringLiteral("scored_at")).toString(),
                                       Qt::ISODateWithMs);
    s.scorerError = json.value(QStringLiteral("scorer_error")).toString();
    s.scorerStderr = json.value(QStringLiteral("scorer_stderr")).toString();
    return s;
}

QJsonObject Gate::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("reason"), reason}};
}

Gate Gate::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toString(),
            json.value(QStringLiteral("passed")).toBool(),
            json.value(QStringLiteral("reason")).toString()};
}

std::optional<double> ScoreCard::quality() const
{
    if (manualQuality)
        return manualQuality;
    if (unscored)
        return std::nullopt;
    return automaticQuality;
}

bool ScoreCard::passedAllGates() const
{
    return std::ranges::all_of(gates, &Gate::passed);
}

const Gate *ScoreCard::disqualifiedBy() const
{
    const auto failed = std::ranges::find_if(gates, [](const Gate &g) { return !g.passed; });
    return failed == gates.end() ? nullptr : &*failed;
}

QJsonObject ScoreCard::toJson() const
{
    QJsonArray gateList;
    for (const Gate &gate : gates)
        gateList.append(gate.toJson());
    const Gate *failed = disqualifiedBy();
    // "quality" and "disqualified*" repeat what the other fields say, for readers of the file.
    return {
            {QStringLiteral("gates"), gateList},
            {QStringLiteral("success"), success},
            {QStringLiteral("quality"), nullableNumber(quality())},
            {QStringLiteral("quality_automatic"),
             unscored ? QJsonValue() : QJsonValue(automaticQuality)},
            {QStringLiteral("quality_manual"), nullableNumber(manualQuality)},
            {QStringLiteral("speed"), speed},
            {QStringLiteral("total"), total},
            {QStringLiteral("rank"), rank},
            {QStringLiteral("disqualified"), failed != nullptr},
            {QStringLiteral("disqualified_by"), failed ? QJsonValue(failed->id) : QJsonValue()},
            {QStringLiteral("unscored"), unscored},
            {QStringLiteral("unscored_reason"), nullableText(unscoredReason)},
            {QStringLiteral("details"), toArray(details)},
    };
}

ScoreCard ScoreCard::fromJson(const QJsonObject &json)
{
    ScoreCard card;
    for (const QJsonValue &gate : json.value(QStringLiteral("gates")).toArray())
        card.gates.append(Gate::fromJson(gate.toObject()));
    card.success = json.value(QStringLiteral("success")).toDouble();
    card.automaticQuality = json.value(QStringLiteral("quality_automatic")).toDouble();
    if (const QJsonValue manual = json.value(QStringLiteral("quality_manual")); manual.isDouble())
        card.manualQuality = manual.toDouble();
    card.speed = json.value(QStringLiteral("speed")).toDouble();
    card.total = json.value(QStringLiteral("total")).toDouble();
    card.rank = json.value(QStringLiteral("rank")).toInt();
    card.unscored = json.value(QStringLiteral("unscored")).toBool();
    card.unscoredReason = json.value(QStringLiteral("unscored_reason")).toString();
    card.details = toStringList(json.value(QStringLiteral("details")));
    return card;
}

QJsonObject RunWinner::toJson() const
{
    return {{QStringLiteral("candidate_id"), nullableText(candidateId)},
            {QStringLiteral("manual"), manual},
            {QStringLiteral("automatic_candidate_id"), nullableText(automaticCandidateId)},
            {QStringLiteral("note"), nullableText(note)}};
}

RunWinner RunWinner::fromJson(const QJsonObject &json)
{
    RunWinner w;
    w.candidateId = json.value(QStringLiteral("candidate_id")).toString();
    w.manual = json.value(QStringLiteral("manual")).toBool();
    w.automaticCandidateId = json.value(QStringLiteral("automatic_candidate_id")).toString();
    w.note = json.value(QStringLiteral("note")).toString();
    return w;
}

} // namespace DreamFoundry
