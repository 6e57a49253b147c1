#include "publication.h"

#include "discordmessages.h"
#include "results/resultstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace DreamFoundry::Publishing {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::Publishing, which lupdate can read.
class PublishingText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::Publishing)
};

const CandidateResult *findCandidate(const RunRecord &run, const QString &id)
{
    const auto found = std::ranges::find(run.candidates, id, &CandidateResult::candidateId);
    return found == run.candidates.cend() ? nullptr : &*found;
}

// The artifact as text, or a sentence saying why it is not.
QString decodeText(const QByteArray &bytes, QString *text)
{
    if (bytes.contains('\0'))
        return PublishingText::tr("the artifact is not text (it holds NUL bytes)");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder(bytes);
    if (decoder.hasError())
        return PublishingText::tr("the artifact is not UTF-8 text");
    return {};
}

PublishPlan refused(const QString &candidateId, const QString &problem)
{
    PublishPlan plan;
    plan.candidateId = candidateId;
    plan.problem = problem;
    return plan;
}

} // namespace

PublishPlan plan(const RunRecord &run, const QString &candidateId)
{
    const QString id = candidateId.isEmpty() ? run.winner.candidateId : candidateId;
    if (id.isEmpty())
        return refused(id,
                       run.winner.note.isEmpty()
                               ? PublishingText::tr("This run has no winner to publish.")
                               : PublishingText::tr("This run has no winner to publish (%1).")
                                         .arg(run.winner.note));
    const CandidateResult *candidate = findCandidate(run, id);
    if (!candidate)
        return refused(id, PublishingText::tr("This run has no candidate named “%1”.").arg(id));
    if (!candidate->hasArtifact())
        return refused(id, PublishingText::tr("%1 produced no artifact to publish.").arg(id));
    QFile file(candidate->artifactFile);
    if (!file.open(QIODevice::ReadOnly))
        return refused(id,
                       PublishingText::tr("The artifact of %1 cannot be read: %2")
                               .arg(id, file.errorString()));
    if (file.size() > maxArtifactBytes)
        return refused(
                id,
                PublishingText::tr("The artifact of %1 is %2 KiB; at most %3 KiB is published (%4 "
                                   "messages). Share the file itself instead.")
                        .arg(id)
                        .arg(file.size() / 1024)
                        .arg(maxArtifactBytes / 1024)
                        .arg(maxMessages));
    return planFromBytes(run, *candidate, file.read(maxArtifactBytes + 1));
}

PublishPlan planFromBytes(const RunRecord &run, const CandidateResult &candidate,
                          const QByteArray &artifact)
{
    const QString id = candidate.candidateId;
    QString text;
    if (const QString problem = decodeText(artifact, &text); !problem.isEmpty())
        return refused(id, PublishingText::tr("Only text is published, and %1.").arg(problem));
    if (text.trimmed().isEmpty())
        return refused(id, PublishingText::tr("The artifact of %1 is empty.").arg(id));
    const QStringList parts = DiscordMessages::split(text);
    // Discord refuses a message that is only white space; one arises only from more than a
    // message's worth of blank characters in a row.
    const bool blankPart = std::ranges::any_of(
            parts, [](const QString &part) { return part.trimmed().isEmpty(); });
    if (blankPart)
        return refused(id,
                       PublishingText::tr(
                               "The artifact of %1 holds a stretch of white space longer than a "
                               "Discord message, which Discord would refuse.")
                               .arg(id));
    if (parts.size() + 1 > maxMessages)
        return refused(
                id,
                PublishingText::tr("The artifact of %1 would take %2 messages; at most %3 are "
                                   "posted. Share the file itself instead.")
                        .arg(id)
                        .arg(parts.size() + 1)
                        .arg(maxMessages));
    PublishPlan plan;
    plan.candidateId = id;
    plan.winner = run.winner.candidateId == id;
    plan.messages.append(DiscordMessages::header(run.objective, id, plan.winner,
                                                 candidate.score ? candidate.score->total : -1));
    plan.messages.append(parts);
    return plan;
}

QString record(const QString &folder, const RunPublication &publication)
{
    QString error;
    RunRecord run = ResultStore::load(folder, &error);
    if (!error.isEmpty())
        return error;
    run.published.append(publication);
    return ResultStore::saveManifest(run, folder);
}

} // namespace DreamFoundry::Publishing
