#pragma once

#include "daytonalogging.h"

#include <QNetworkReply>
#include <QString>

namespace DreamFoundry {

// Why a Daytona request failed: a sentence a person can act on (translated) and the raw
// detail for the log. Every failure is mapped here and nowhere else (docs/daytona.md,
// "Errors").
struct DaytonaError
{
    enum class Kind {
        None,
        BadKey, // 401
        Forbidden, // 403
        Quota, // 400 with a quota or capacity message
        BadRequest, // other 400, 422
        NotFound, // 404
        Conflict, // 409
        RateLimited, // 429 after the retries ran out
        ServerError, // 5xx
        Timeout, // no answer in time
        Unreachable, // host unknown, connection refused, network down
        ConnectionLost, // the server closed or reset the connection mid-request
        Tls, // certificate or handshake failure
        BadResponse, // an answer this client cannot understand
        Other,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString serverMessage; // what the server said, if anything
    QString message; // for a person
    QString detail; // for the log: method, URL, status, raw body (never headers)

    bool ok() const { return kind == Kind::None; }
    bool isNotFound() const { return kind == Kind::NotFound; }

    // What came back from one request. `timeoutSeconds` > 0 when the client gave up waiting.
    static DaytonaError fromReply(const QString &method, const QUrl &url,
                                  QNetworkReply::NetworkError networkError,
                                  const QString &networkErrorString, int httpStatus,
                                  const QByteArray &body, int timeoutSeconds = 0);
    // A 2xx answer whose body is not what the API promises.
    static DaytonaError badResponse(const QString &method, const QUrl &url, const QString &why);
    // A sandbox that ended in `error` or `build_failed`.
    static DaytonaError sandboxFailed(const QString &sandboxId, const QString &state,
                                      const QString &reason);
    // A phase that took longer than the configured limit.
    static DaytonaError phaseTimeout(const QString &phase, int seconds);

    // The server's explanation from an error body: JSON `message` (string or list), else text.
    static QString serverMessageFrom(const QByteArray &body);
    // Daytona reports quota exhaustion as a plain 400: recognise the texts (docs/daytona.md,
    // "Errors").
    static bool looksLikeQuota(const QString &serverMessage);
};

} // namespace DreamFoundry
