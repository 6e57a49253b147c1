#include "runrecord.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::RunRecord, which lupdate can read.
class RunRecordText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunRecord)
};

// The format version of `found` ("dreamfoundry-run/2" gives 2), or 0 when it is not a run.
int formatVersionOf(const QString &found)
{
    const QLatin1StringView prefix(RunRecord::formatPrefix);
    if (!found.startsWith(prefix))
        return 0;
    bool ok = false;
    const int version = found.mid(prefix.size()).toInt(&ok);
    return ok && version > 0 ? version : 0;
}

// Empty when this version reads `found`, else a sentence saying why not.
QString formatProblem(const QString &found)
{
    const int version = formatVersionOf(found);
    if (version == 0)
        return RunRecordText::tr("Not a Dream Foundry run (format \"%1\", expected \"%2\").")
                .arg(found, QLatin1StringView(RunRecord::format));
    if (version > RunRecord::formatVersion)
        return RunRecordText::tr(
                       "This run was saved by a newer Dream Foundry (format \"%1\"); this version "
                       "reads up to \"%2\". Update Dream Foundry to open it.")
                .arg(found, QLatin1StringView(RunRecord::format));
    return {};
}

} // namespace

QJsonObject RunPublication::toJson() const
{
    return {
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("candidate_id"), candidateId},
            {QStringLiteral("message_count"), messageCount},
            {QStringLiteral("sent_count"), sentCount},
            {QStringLiteral("complete"), complete},
    };
}

RunPublication RunPublication::fromJson(const QJsonObject &json)
{
    RunPublication publication;
    publication.at
            = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    publication.candidateId = json.value(QStringLiteral("candidate_id")).toString();
    publication.messageCount = json.value(QStringLiteral("message_count")).toInt();
    publication.sentCount = json.value(QStringLiteral("sent_count")).toInt();
    publication.complete = json.value(QStringLiteral("complete")).toBool();
    return publication;
}

int RunRecord::succeededCount() const
{
    return int(std::ranges::count_if(candidates, &CandidateResult::succeeded));
}

bool RunRecord::isScored() const
{
    return std::ranges::any_of(candidates,
                               [](const CandidateResult &r) { return r.score.has_value(); });
}

QList<CandidateResult> RunRecord::attemptsBefore(const QString &candidateId) const
{
    QList<CandidateResult> found;
    std::ranges::copy_if(earlierAttempts, std::back_inserter(found),
                         [&](const CandidateResult &r) { return r.candidateId == candidateId; });
    return found;
}

void RunRecord::replaceWithRerun(int row, CandidateResult fresh)
{
    CandidateResult earlier = candidates.at(row);
    earlier.score.reset();
    fresh.attempt = earlier.attempt + 1;
    fresh.repeat = earlier.repeat; // a rerun of a repeated run replaces its first attempt
    earlierAttempts.append(earlier);
    candidates[row] = fresh;
}

QList<CandidateResult> RunRecord::attemptsOf(const QString &candidateId) const
{
    QList<CandidateResult> found;
    const auto ofCandidate = [&](const CandidateResult &r) {
        return r.candidateId == candidateId;
    };
    std::ranges::copy_if(candidates, std::back_inserter(found), ofCandidate);
    std::ranges::copy_if(repeats, std::back_inserter(found), ofCandidate);
    std::ranges::stable_sort(found, {}, &CandidateResult::repeat);
    return found;
}

RepeatSummary RunRecord::repeatSummary(const QString &candidateId) const
{
    return RepeatSummary::of(attemptsOf(candidateId));
}

QString attemptFolder(const CandidateResult &result, bool earlier)
{
    if (!earlier && result.repeat > 1)
        return QStringLiteral("%1/repeats/%2").arg(result.candidateId).arg(result.repeat);
    return earlier ? QStringLiteral("%1/attempts/%2").arg(result.candidateId).arg(result.attempt)
                   : result.candidateId;
}

// A candidate's attempts after the first as "repeats", and what all of them add up to as
// "repeat_summary" (docs/architecture.md, "Repeats and budgets").
void RunRecord::insertRepeats(QJsonObject &json, const QString &candidateId) const
{
    QJsonArray list;
    for (const CandidateResult &attempt : repeats) {
        if (attempt.candidateId == candidateId)
            list.append(attempt.toJson());
    }
    json.insert(QStringLiteral("repeats"), list);
    json.insert(QStringLiteral("repeat_summary"), repeatSummary(candidateId).toJson());
}

QJsonObject RunRecord::candidateJson(const CandidateResult &result) const
{
    QJsonObject json = result.toJson();
    QJsonArray attempts;
    for (const CandidateResult &earlier : attemptsBefore(result.candidateId)) {
        QJsonObject attempt = earlier.toJson();
        if (earlier.hasArtifact())
            attempt.insert(QStringLiteral("artifact_path"),
                           QString(attemptFolder(earlier, true) + QLatin1Char('/')
                                   + earlier.artifactName));
        attempts.append(attempt);
    }
    if (!attempts.isEmpty())
        json.insert(QStringLiteral("earlier_attempts"), attempts);
    if (hasRepeats())
        insertRepeats(json, result.candidateId);
    return json;
}

QJsonObject RunRecord::toJsonWithoutCandidates() const
{
    QJsonObject json{
            {QStringLiteral("format"), QLatin1StringView(format)},
            {QStringLiteral("run_id"), runId},
            {QStringLiteral("objective"), objective},
            {QStringLiteral("backend"), backend},
            {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("app_version"), QStringLiteral(DREAMFOUNDRY_VERSION)},
            {QStringLiteral("settings"), settings.toJson()},
            {QStringLiteral("scoring"), scoring.toJson()},
            {QStringLiteral("winner"), winner.toJson()},
    };
    if (!backendNote.isEmpty())
        json.insert(QStringLiteral("backend_note"), backendNote);
    if (budgetStop != BudgetStop::None)
        json.insert(QStringLiteral("budget_stop"), budgetStopName(budgetStop));
    if (!published.isEmpty()) {
        QJsonArray publications;
        for (const RunPublication &publication : published)
            publications.append(publication.toJson());
        json.insert(QStringLiteral("published"), publications);
    }
    return json;
}

QJsonObject RunRecord::toJson() const
{
    QJsonArray list;
    for (const CandidateResult &result : candidates)
        list.append(candidateJson(result));
    QJsonObject json = toJsonWithoutCandidates();
    json.insert(QStringLiteral("candidates"), list);
    return json;
}

namespace {

// Writes `text`, the indented JSON of one value at the top level, as an element of a list two
// levels down: every line but the first indented by 8 more spaces, as QJsonDocument does.
bool writeNested(QIODevice &device, QByteArrayView text)
{
    constexpr QByteArrayView indent = "        ";
    if (text.endsWith('\n'))
        text.chop(1);
    bool ok = device.write(indent.data(), indent.size()) == indent.size();
    for (qsizetype at = 0; ok && at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        end = end < 0 ? text.size() : end + 1;
        ok = device.write(text.data() + at, end - at) == end - at
                && (end == text.size()
                    || device.write(indent.data(), indent.size()) == indent.size());
        at = end;
    }
    return ok;
}

} // namespace

bool RunRecord::writeJson(QIODevice &device) const
{
    // The document with an empty list, then the candidates spliced into it one by one. Keys
    // are sorted, so the list's place in the text does not depend on its content.
    QJsonObject json = toJsonWithoutCandidates();
    json.insert(QStringLiteral("candidates"), QJsonArray());
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented);
    constexpr QByteArrayView emptyList = "    \"candidates\": [\n    ]";
    const qsizetype at = text.indexOf(emptyList);
    if (at < 0)
        return false;
    const qsizetype listStart = at + emptyList.size() - 5; // after "[\n"
    bool ok = device.write(text.constData(), listStart) == listStart;
    for (qsizetype i = 0; ok && i < candidates.size(); ++i) {
        const QByteArray one
                = QJsonDocument(candidateJson(candidates.at(i))).toJson(QJsonDocument::Indented);
        ok = writeNested(device, one) && device.write(i + 1 < candidates.size() ? ",\n" : "\n") > 0;
    }
    const qsizetype rest = text.size() - listStart;
    return ok && device.write(text.constData() + listStart, rest) == rest;
}

RunRecord RunRecord::fromJson(const QJsonObject &json, QString *error)
{
    RunRecord run;
    const QString found = json.value(QStringLiteral("format")).toString();
    *error = formatProblem(found);
    if (!error->isEmpty())
        return run;
    run.runId = json.value(QStringLiteral("run_id")).toString();
    run.objective = json.value(QStringLiteral("objective")).toString();
    run.backend = json.value(QStringLiteral("backend")).toString();
    run.backendNote = json.value(QStringLiteral("backend_note")).toString();
    run.startedAt = QDateTime::fromString(json.value(QStringLiteral("started_at")).toString(),
                                          Qt::ISODateWithMs);
    run.finishedAt = QDateTime::fromString(json.value(QStringLiteral("finished_at")).toString(),
                                           Qt::ISODateWithMs);
    run.settings = RunSettings::fromJson(json.value(QStringLiteral("settings")).toObject());
    const QJsonArray list = json.value(QStringLiteral("candidates")).toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject candidate = item.toObject();
        run.candidates.append(CandidateResult::fromJson(candidate));
        const QJsonArray attempts = candidate.value(QStringLiteral("earlier_attempts")).toArray();
        for (const QJsonValue &attempt : attempts) {
            CandidateResult earlier = CandidateResult::fromJson(attempt.toObject());
            earlier.candidateId = run.candidates.last().candidateId; // one folder per candidate
            run.earlierAttempts.append(earlier);
        }
        const QJsonArray repeats = candidate.value(QStringLiteral("repeats")).toArray();
        for (const QJsonValue &repeat : repeats) {
            CandidateResult attempt = CandidateResult::fromJson(repeat.toObject());
            attempt.candidateId = run.candidates.last().candidateId;
            run.repeats.append(attempt);
        }
    }
    run.budgetStop = budgetStopFromName(json.value(QStringLiteral("budget_stop")).toString());
    // Version 1 has neither: the run loads unscored, with the default scoring settings.
    if (const QJsonValue scoring = json.value(QStringLiteral("scoring")); scoring.isObject())
        run.scoring = ScoringSettings::fromJson(scoring.toObject());
    run.winner = RunWinner::fromJson(json.value(QStringLiteral("winner")).toObject());
    const QJsonArray publications = json.value(QStringLiteral("published")).toArray();
    for (const QJsonValue &item : publications)
        run.published.append(RunPublication::fromJson(item.toObject()));
    return run;
}

} // namespace DreamFoundry
