#pragma once

#include "candidateresult.h"
#include "runsettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace DreamFoundry {

// One whole run as it is saved in run.json: what was asked and what each candidate produced,
// in the order the candidates were given.
struct RunRecord
{
    static constexpr auto format = "dreamfoundry-run/1";

    QString runId;
    QString objective;
    QString backend; // the backend that ran it ("local", "daytona")
    QString backendNote; // why that backend, when it was not the one asked for
    QDateTime startedAt;
    QDateTime finishedAt;
    RunSettings settings;
    QList<CandidateResult> candidates;

    int succeededCount() const;

    QJsonObject toJson() const;
    // Empty error when the JSON is a run this version understands.
    static RunRecord fromJson(const QJsonObject &json, QString *error);
};

} // namespace DreamFoundry
