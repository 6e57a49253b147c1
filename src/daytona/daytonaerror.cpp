#include "daytonaerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::DaytonaError, which lupdate can read.
class DaytonaErrorText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::DaytonaError)
};

constexpr qsizetype maxBodyInDetail = 500;

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

bool isTls(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

bool isConnectionLost(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::RemoteHostClosedError
            || error == QNetworkReply::ProxyConnectionClosedError;
}

} // namespace

QString DaytonaError::serverMessageFrom(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue message = doc.object().value(QStringLiteral("message"));
        if (message.isString())
            return message.toString();
        if (message.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : message.toArray())
                parts.append(part.toString());
            return parts.join(QStringLiteral(", "));
        }
        const QJsonValue errors = doc.object().value(QStringLiteral("errors"));
        if (errors.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : errors.toArray())
                parts.append(part.isString()
                                     ? part.toString()
                                     : QString::fromUtf8(QJsonDocument(part.toObject())
                                                                 .toJson(QJsonDocument::Compact)));
            return parts.join(QStringLiteral("; "));
        }
    }
    QString text = QString::fromUtf8(body.left(300)).trimmed();
    // An HTML error page from a proxy says nothing useful in a sentence.
    if (text.startsWith(QLatin1Char('<')))
        return {};
    return text;
}

bool DaytonaError::looksLikeQuota(const QString &serverMessage)
{
    static const char *const markers[] = {"limit exceeded", "exceeds maximum", "quota",
                                          "no available runners", "maximum allowed"};
    const QString lower = serverMessage.toLower();
    for (const char *marker : markers) {
        if (lower.contains(QLatin1StringView(marker)))
            return true;
    }
    return false;
}

DaytonaError DaytonaError::fromReply(const QString &method, const QUrl &url,
                                     QNetworkReply::NetworkError networkError,
                                     const QString &networkErrorString, int httpStatus,
                                     const QByteArray &body, int timeoutSeconds)
{
    DaytonaError e;
    e.httpStatus = httpStatus;
    e.networkError = networkError;
    e.serverMessage = serverMessageFrom(body);
    // One arg() call: a URL holds %2F and the like, which a chained arg() would replace.
    e.detail = QStringLiteral("%1 %2 -> HTTP %3, network error %4 (%5), body: %6")
                       .arg(method, url.toDisplayString(QUrl::RemoveUserInfo),
                            QString::number(httpStatus), QString::number(int(networkError)),
                            networkErrorString,
                            QString::fromUtf8(body.left(maxBodyInDetail)).simplified());
    // The messages end in their own full stop: the server's (often ending in one) loses its.
    QString serverSaid = e.serverMessage.trimmed();
    while (serverSaid.endsWith(QLatin1Char('.')))
        serverSaid.chop(1);
    const QString said = serverSaid.isEmpty() ? QString() : QStringLiteral(": ") + serverSaid;
    const QString host = hostOf(url);

    if (timeoutSeconds > 0) {
        e.kind = Kind::Timeout;
        e.message = DaytonaErrorText::tr("Daytona (%1) did not answer within %n second(s).",
                                         nullptr, timeoutSeconds)
                            .arg(host);
        return e;
    }
    if (httpStatus == 0 || httpStatus >= 600) {
        if (isTls(networkError)) {
            e.kind = Kind::Tls;
            e.message = DaytonaErrorText::tr(
                                "The secure connection to %1 failed (%2). Check the API URL, the "
                                "system certificates and any proxy that intercepts TLS.")
                                .arg(host, networkErrorString);
        } else if (isUnreachable(networkError)) {
            e.kind = Kind::Unreachable;
            e.message
                    = DaytonaErrorText::tr(
                              "Cannot reach Daytona at %1 (%2). Check the API URL and the network "
                              "connection.")
                              .arg(host, networkErrorString);
        } else if (isConnectionLost(networkError)) {
            e.kind = Kind::ConnectionLost;
            e.message = DaytonaErrorText::tr("Daytona (%1) closed the connection before answering.")
                                .arg(host);
        } else if (networkError == QNetworkReply::OperationCanceledError
                   || networkError == QNetworkReply::TimeoutError) {
            e.kind = Kind::Timeout;
            e.message = DaytonaErrorText::tr(
                                "The request to Daytona (%1) was cut off before it finished.")
                                .arg(host);
        } else if (networkError >= QNetworkReply::SslHandshakeFailedError
                   && networkError < QNetworkReply::ProxyConnectionRefusedError) {
            e.kind = Kind::Unreachable;
            e.message = DaytonaErrorText::tr("The connection to Daytona at %1 failed (%2).")
                                .arg(host, networkErrorString);
        } else {
            e.kind = Kind::Other;
            e.message = DaytonaErrorText::tr("The request to Daytona (%1) failed: %2.")
                                .arg(host, networkErrorString);
        }
        return e;
    }
    switch (httpStatus) {
    case 401:
        e.kind = Kind::BadKey;
        e.message = DaytonaErrorText::tr(
                "Daytona rejected the API key (401). Check DAYTONA_API_KEY or the key "
                "stored in the keychain.");
        return e;
    case 403:
        e.kind = Kind::Forbidden;
        e.message = DaytonaErrorText::tr(
                            "Daytona refused the request (403)%1. The API key may lack the "
                            "permission, or the region is not available to your organisation.")
                            .arg(said);
        return e;
    case 404:
        e.kind = Kind::NotFound;
        e.message = DaytonaErrorText::tr(
                            "Daytona does not know this sandbox, command or file (404)%1.")
                            .arg(said);
        return e;
    case 409:
        e.kind = Kind::Conflict;
        e.message = DaytonaErrorText::tr("Daytona reports a conflict (409)%1.").arg(said);
        return e;
    case 429:
        e.kind = Kind::RateLimited;
        e.message = DaytonaErrorText::tr(
                "Daytona kept rate-limiting the requests (429); try again in a minute.");
        return e;
    default:
        break;
    }
    if (httpStatus == 400 && looksLikeQuota(e.serverMessage)) {
        e.kind = Kind::Quota;
        e.message = DaytonaErrorText::tr(
                            "Your Daytona quota is exhausted%1. Stop or delete other sandboxes "
                            "(dreamfoundry sandboxes reap), lower --parallel, or raise the limits.")
                            .arg(said);
    } else if (httpStatus >= 400 && httpStatus < 500) {
        e.kind = Kind::BadRequest;
        e.message = DaytonaErrorText::tr("Daytona rejected the request (%1)%2.")
                            .arg(httpStatus)
                            .arg(said);
    } else if (httpStatus >= 500) {
        e.kind = Kind::ServerError;
        e.message = DaytonaErrorText::tr("Daytona had a server error (%1)%2. Try again later.")
                            .arg(httpStatus)
                            .arg(said);
    } else {
        e.kind = Kind::BadResponse;
        e.message = DaytonaErrorText::tr("Daytona answered with an unexpected status %1.")
                            .arg(httpStatus);
    }
    return e;
}

DaytonaError DaytonaError::badResponse(const QString &method, const QUrl &url, const QString &why)
{
    DaytonaError e;
    e.kind = Kind::BadResponse;
    e.message = DaytonaErrorText::tr("Daytona sent an answer this version does not understand: %1.")
                        .arg(why);
    e.detail = QStringLiteral("%1 %2: %3")
                       .arg(method, url.toDisplayString(QUrl::RemoveUserInfo), why);
    return e;
}

DaytonaError DaytonaError::sandboxFailed(const QString &sandboxId, const QString &state,
                                         const QString &reason)
{
    DaytonaError e;
    e.kind = Kind::Other;
    e.serverMessage = reason;
    e.message = reason.isEmpty()
            ? DaytonaErrorText::tr("Sandbox %1 failed to start (state %2).").arg(sandboxId, state)
            : DaytonaErrorText::tr("Sandbox %1 failed to start (state %2): %3")
                      .arg(sandboxId, state, reason);
    e.detail = e.message;
    return e;
}

DaytonaError DaytonaError::phaseTimeout(const QString &phase, int seconds)
{
    DaytonaError e;
    e.kind = Kind::Timeout;
    e.message = DaytonaErrorText::tr("Daytona did not finish %1 within %n second(s).", nullptr,
                                     seconds)
                        .arg(phase);
    e.detail = e.message;
    return e;
}

} // namespace DreamFoundry
