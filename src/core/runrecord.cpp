#include "runrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace DreamFoundry {

int RunRecord::succeededCount() const
{
    return int(std::ranges::count_if(candidates, &CandidateResult::succeeded));
}

QJsonObject RunRecord::toJson() const
{
    QJsonArray list;
    for (const CandidateResult &result : candidates)
        list.append(result.toJson());
    QJsonObject json{
            {QStringLiteral("format"), QLatin1StringView(format)},
            {QStringLiteral("run_id"), runId},
            {QStringLiteral("objective"), objective},
            {QStringLiteral("backend"), backend},
            {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("app_version"), QStringLiteral(DREAMFOUNDRY_VERSION)},
            {QStringLiteral("settings"), settings.toJson()},
            {QStringLiteral("candidates"), list},
    };
    if (!backendNote.isEmpty())
        json.insert(QStringLiteral("backend_note"), backendNote);
    return json;
}

RunRecord RunRecord::fromJson(const QJsonObject &json, QString *error)
{
    RunRecord run;
    const QString found = json.value(QStringLiteral("format")).toString();
    if (found != QLatin1StringView(format)) {
        *error = QCoreApplication::translate("DreamFoundry::RunRecord",
                                             "Not a Dream Foundry run (format \"%1\", expected "
                                             "\"%2\").")
                         .arg(found, QLatin1StringView(format));
        return run;
    }
    error->clear();
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
    for (const QJsonValue &item : list)
        run.candidates.append(CandidateResult::fromJson(item.toObject()));
    return run;
}

} // namespace DreamFoundry
