#pragma once

#include "core/runrecord.h"

#include <QString>
#include <QStringList>

namespace DreamFoundry {

// What publishing a candidate would post: exactly the messages, in order.
struct PublishPlan
{
    QString candidateId;
    bool winner = false; // the candidate is the run's winner
    QStringList messages; // the header, then the artifact's parts
    QString problem; // why nothing can be published, for a person; empty when ready

    bool ready() const { return problem.isEmpty() && !messages.isEmpty(); }
};

namespace Publishing {

// A bigger artifact is refused, rather than flood a channel with over a hundred messages
// that take minutes under Discord's rate limit.
inline constexpr qint64 maxArtifactBytes = 150 * 1024;
inline constexpr int maxMessages = 100;

// The plan for the candidate `candidateId` of `run` (as loaded from its results folder), or
// for the run's winner when `candidateId` is empty. Reads the artifact file: call it off the
// GUI thread.
PublishPlan plan(const RunRecord &run, const QString &candidateId = {});
// The same with the artifact's bytes already read.
PublishPlan planFromBytes(const RunRecord &run, const CandidateResult &candidate,
                          const QByteArray &artifact);

// Adds `publication` to run.json in the results folder `folder` (read again first, so nothing
// else changed since is lost). File I/O: call it off the GUI thread. Empty on success, else
// why not.
QString record(const QString &folder, const RunPublication &publication);

} // namespace Publishing

} // namespace DreamFoundry
