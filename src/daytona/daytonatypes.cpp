#include "daytonatypes.h"

#include <QJsonDocument>

namespace DreamFoundry {

DaytonaSandboxInfo DaytonaSandboxInfo::fromJson(const QJsonObject &json)
{
    DaytonaSandboxInfo s;
    s.id = json.value(QStringLiteral("id")).toString();
    s.name = json.value(QStringLiteral("name")).toString();
    s.state = json.value(QStringLiteral("state")).toString();
    s.errorReason = json.value(QStringLiteral("errorReason")).toString();
    s.toolboxProxyUrl = json.value(QStringLiteral("toolboxProxyUrl")).toString();
    s.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(),
                                        Qt::ISODateWithMs);
    const QJsonObject labels = json.value(QStringLiteral("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        s.labels.insert(it.key(), it.value().toString());
    return s;
}

QUrl toolboxBaseUrl(const QUrl &apiUrl, const DaytonaSandboxInfo &sandbox)
{
    QString base = sandbox.toolboxProxyUrl;
    if (base.isEmpty()) {
        base = apiUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/toolbox/") + sandbox.id
                + QStringLiteral("/toolbox");
        return QUrl(base);
    }
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QLatin1Char('/') + sandbox.id);
}

QJsonObject CreateSandboxRequest::toJson() const
{
    QJsonObject json;
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    if (!snapshot.isEmpty())
        json.insert(QStringLiteral("snapshot"), snapshot);
    if (!target.isEmpty())
        json.insert(QStringLiteral("target"), target);
    QJsonObject labelObject;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        labelObject.insert(it.key(), it.value());
    json.insert(QStringLiteral("labels"), labelObject);
    json.insert(QStringLiteral("autoStopInterval"), autoStopMinutes);
    json.insert(QStringLiteral("autoDeleteInterval"), autoDeleteMinutes);
    return json;
}

} // namespace DreamFoundry
