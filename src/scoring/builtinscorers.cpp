#include "builtinscorers.h"

#include "eventlist.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace DreamFoundry::BuiltInScorers {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::BuiltInScorers, which lupdate can read.
class BuiltInScorersText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::BuiltInScorers)
};

// Details list the first events one by one; a longer list is summed up.
constexpr int detailedEvents = 50;
constexpr qsizetype quotedTitleChars = 80;

QString quoted(const QString &title)
{
    const QString cut = title.size() > quotedTitleChars
            ? title.left(quotedTitleChars - 1) + QChar(0x2026)
            : title;
    return QStringLiteral("\"%1\"").arg(cut);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

Gate exitCodeGate(const CandidateResult &result)
{
    const QLatin1StringView id(GateId::exitCode);
    if (result.exitCode && *result.exitCode == 0)
        return {id, true, BuiltInScorersText::tr("The script exited with code 0.")};
    if (result.exitCode)
        return {id, false,
                BuiltInScorersText::tr("The script exited with code %1.").arg(*result.exitCode)};
    if (result.state == CandidateState::TimedOut)
        return {id, false, BuiltInScorersText::tr("The script timed out, so it has no exit code.")};
    if (result.state == CandidateState::Cancelled)
        return {id, false, BuiltInScorersText::tr("The script was cancelled before it exited.")};
    return {id, false,
            BuiltInScorersText::tr("The script did not exit normally (killed or never started).")};
}

qint64 artifactBytes(const CandidateResult &result)
{
    const QFileInfo file(result.artifactFile);
    return file.exists() ? file.size() : result.artifactSize;
}

bool artifactExists(const CandidateResult &result)
{
    return result.hasArtifact() && !result.artifactFile.isEmpty()
            && QFileInfo(result.artifactFile).isFile();
}

Gate eventCountGate(const EventList &list, bool exists)
{
    const QLatin1StringView id(GateId::eventCount);
    if (!exists)
        return {id, false, BuiltInScorersText::tr("There is no artifact, so there are no events.")};
    if (!list.readable)
        return {id, false, BuiltInScorersText::tr("The artifact could not be read.")};
    if (list.binary)
        return {id, false,
                BuiltInScorersText::tr(
                        "The artifact is not text (it holds a NUL byte or invalid UTF-8), so it "
                        "holds no events.")};
    const int count = int(list.events.size());
    if (count == 0)
        return {id, false,
                BuiltInScorersText::tr(
                        "The artifact has no event lines (lines starting with \"- \" in the form "
                        "\"- YYYY-MM-DD | [Title](https://url)\").")};
    if (count < minEvents)
        return {id, false,
                BuiltInScorersText::tr("Only %1 of the at least %2 events.")
                        .arg(count)
                        .arg(minEvents)};
    return {id, true, BuiltInScorersText::tr("%1 events (at least %2).").arg(count).arg(minEvents)};
}

Gate wellFormedGate(const EventList &list)
{
    const QLatin1StringView id(GateId::eventsWellFormed);
    int bad = 0;
    const EventLine *first = nullptr;
    for (const EventLine &event : list.events) {
        if (!event.wellFormed()) {
            ++bad;
            if (!first)
                first = &event;
        }
    }
    if (list.events.isEmpty())
        return {id, true, BuiltInScorersText::tr("There are no events to check.")};
    if (bad == 0)
        return {id, true,
                BuiltInScorersText::tr("Every event has a title, a YYYY-MM-DD date and an http(s) "
                                       "URL with a host.")};
    return {id, false,
            BuiltInScorersText::tr("%1 of %2 events are not well formed; the first, line %3: %4.")
                    .arg(bad)
                    .arg(list.events.size())
                    .arg(first->lineNumber)
                    .arg(first->problem)};
}

// What judging one list remembers from event to event.
struct Memory
{
    QSet<std::pair<qint64, QString>> seen; // (day, title in lower case) and (day, URL)
    QHash<QString, QString> hostReasons; // lists repeat their hosts: judge each once
};

// Why a well-formed event does not count toward quality, or empty when it counts.
QString eventFault(const EventLine &event, const ScoringContext &context, Memory &memory,
                   const QStringList &topicMatches)
{
    if (!event.wellFormed())
        return event.problem;
    if (event.date < context.runDate)
        return BuiltInScorersText::tr("in the past");
    if (event.date > context.runDate.addDays(context.settings.windowDays))
        return BuiltInScorersText::tr("more than %n day(s) after the run", nullptr,
                                      context.settings.windowDays);
    auto host = memory.hostReasons.constFind(event.host);
    if (host == memory.hostReasons.cend())
        host = memory.hostReasons.insert(event.host, unrealHostReason(event.host));
    if (!host->isEmpty())
        return *host;
    const qint64 day = event.date.toJulianDay();
    const std::pair titleKey(day, event.title.simplified().toLower());
    const std::pair urlKey(day, event.url);
    if (memory.seen.contains(titleKey) || memory.seen.contains(urlKey))
        return BuiltInScorersText::tr("repeats an earlier event on the same day");
    memory.seen.insert(titleKey);
    memory.seen.insert(urlKey);
    if (topicMatches.isEmpty())
        return BuiltInScorersText::tr("off topic (no keyword or topic word in the title)");
    return {};
}

struct Judgement
{
    int good = 0;
    QStringList details;
};

Judgement judgeEvents(const EventList &list, const ScoringContext &context)
{
    Judgement j;
    const TopicMatcher topic(context.objective, context.settings.topicWords);
    j.details.append(BuiltInScorersText::tr("Objective keywords: %1; topic words: %2.")
                             .arg(topic.objectiveKeywords().join(QStringLiteral(", ")),
                                  context.settings.topicWords.join(QStringLiteral(", "))));
    Memory memory;
    for (const EventLine &event : list.events) {
        const QStringList matched = event.wellFormed() ? topic.matches(event.title) : QStringList();
        const QString fault = eventFault(event, context, memory, matched);
        if (fault.isEmpty())
            ++j.good;
        if (j.details.size() > detailedEvents)
            continue;
        const QString verdict = fault.isEmpty() ? BuiltInScorersText::tr("good, on topic: %1")
                                                          .arg(matched.join(QStringLiteral(", ")))
                                                : fault;
        j.details.append(BuiltInScorersText::tr("Line %1: %2 %3: %4")
                                 .arg(event.lineNumber)
                                 .arg(event.date.isValid() ? event.date.toString(Qt::ISODate)
                                                           : QStringLiteral("?"),
                                      quoted(event.title), verdict));
    }
    if (list.events.size() > detailedEvents)
        j.details.append(BuiltInScorersText::tr("... and %1 more events, counted but not listed.")
                                 .arg(list.events.size() - detailedEvents));
    return j;
}

double eventQuality(int good, int events, int target, QStringList *details)
{
    if (events == 0 || target <= 0) {
        details->append(BuiltInScorersText::tr("No events, so quality 0."));
        return 0;
    }
    // Coverage rewards a full list, precision punishes padding it with bad entries.
    const double coverage = double(std::min(good, target)) / target;
    const double precision = double(good) / events;
    const double quality = 100.0 * coverage * precision;
    details->append(BuiltInScorersText::tr(
                            "%1 of %2 events are good: coverage %3/%4 x precision %1/%2 = quality "
                            "%5.")
                            .arg(good)
                            .arg(events)
                            .arg(std::min(good, target))
                            .arg(target)
                            .arg(quality, 0, 'f', 1));
    return quality;
}

} // namespace

QList<Gate> basicGates(const CandidateResult &result)
{
    QList<Gate> gates{exitCodeGate(result)};
    const bool exists = artifactExists(result);
    gates.append(
            {QLatin1StringView(GateId::artifactExists), exists,
             exists ? BuiltInScorersText::tr("The artifact %1 exists.").arg(result.artifactName)
                    : BuiltInScorersText::tr("The script wrote no artifact.")});
    const qint64 bytes = exists ? artifactBytes(result) : 0;
    const bool longEnough = bytes >= minArtifactBytes;
    gates.append({QLatin1StringView(GateId::artifactSize), longEnough,
                  !exists ? BuiltInScorersText::tr("There is no artifact to measure.")
                          : longEnough
                          ? BuiltInScorersText::tr("The artifact holds %1 bytes (more than 10).")
                                    .arg(bytes)
                          : BuiltInScorersText::tr(
                                  "The artifact holds only %n byte(s); it must be longer "
                                  "than 10 bytes.",
                                  nullptr, int(bytes))});
    return gates;
}

ScoreCard scorePlain(const CandidateResult &result)
{
    ScoreCard card;
    card.gates = basicGates(result);
    card.automaticQuality = card.passedAllGates() ? 100 : 0;
    card.details.append(
            BuiltInScorersText::tr("Plain scorer: gates only; quality is 100 when they pass, 0 "
                                   "otherwise."));
    return card;
}

ScoreCard scoreEvents(const CandidateResult &result, const ScoringContext &context)
{
    ScoreCard card;
    card.gates = basicGates(result);
    const bool exists = artifactExists(result);
    const EventList list = exists ? readEventList(result.artifactFile) : EventList();
    card.gates.append(eventCountGate(list, exists));
    card.gates.append(wellFormedGate(list));
    if (list.truncated)
        card.details.append(
                BuiltInScorersText::tr(
                        "Read the first %1 and at most %2 events of %3; the rest was not "
                        "checked.")
                        .arg(size(list.bytesRead))
                        .arg(EventList::maxEvents)
                        .arg(size(list.fileSize)));
    const Judgement judgement = judgeEvents(list, context);
    card.details += judgement.details;
    card.automaticQuality = eventQuality(judgement.good, int(list.events.size()),
                                         context.settings.targetEvents, &card.details);
    return card;
}

ScoreCard scoreCandidate(const CandidateResult &result, const ScoringContext &context)
{
    const QString &scorer = context.settings.scorer;
    if (scorer == QLatin1StringView(ScoringSettings::eventsScorer))
        return scoreEvents(result, context);
    if (scorer == QLatin1StringView(ScoringSettings::plainScorer))
        return scorePlain(result);
    ScoreCard card;
    card.gates = basicGates(result);
    card.unscored = true;
    card.unscoredReason = BuiltInScorersText::tr(
                                  "The scorer script %1 judges every candidate once the run ends.")
                                  .arg(QFileInfo(scorer).fileName());
    return card;
}

} // namespace DreamFoundry::BuiltInScorers

namespace DreamFoundry {

ScoringContext ScoringContext::forRun(const RunRecord &run, const ScoringSettings &settings)
{
    const QDateTime start = run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTime();
    return {run.objective, start.toLocalTime().date(), settings};
}

} // namespace DreamFoundry
