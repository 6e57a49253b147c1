#include "daytonajob.h"

#include "daytonalogging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace DreamFoundry {

namespace {

// A JSON error body is small; anything bigger is not worth keeping for a message.
constexpr qsizetype maxBufferedErrorBody = 64 * 1024;

QString methodOf(QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    case QNetworkAccessManager::PutOperation:
        return QStringLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation:
        return QStringLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QStringLiteral("HEAD");
    default:
        return QString::fromLatin1(
                reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    }
}

} // namespace

int retryDelayMs(const RetryPolicy &policy, int retry,
                 const QList<QNetworkReply::RawHeaderPair> &headers, double jitter)
{
    // Daytona names its throttlers (Retry-After-sandbox-create, ...); several may answer at once,
    // so wait for the longest. A plain Retry-After from a proxy counts the same.
    double retryAfterSeconds = -1;
    for (const auto &[name, value] : headers) {
        if (!name.toLower().startsWith("retry-after"))
            continue;
        bool ok = false;
        const double seconds = value.trimmed().toDouble(&ok);
        if (ok && seconds >= 0)
            retryAfterSeconds = std::max(retryAfterSeconds, seconds);
    }
    if (retryAfterSeconds >= 0) {
        const double ms = retryAfterSeconds * 1000.0 + jitter * 250.0;
        return int(std::min<double>(ms, policy.maxRetryAfterMs));
    }
    const double exponential = policy.baseDelayMs * std::pow(2.0, std::min(retry, 16));
    const double capped = std::min<double>(exponential, policy.maxDelayMs);
    // Between half and all of the step, so retries of many candidates spread out.
    return int(capped * (0.5 + 0.5 * jitter));
}

DaytonaJob::DaytonaJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                       Safety safety, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_manager(manager)
    , m_safety(safety)
    , m_timeoutSeconds(connection.requestTimeoutSeconds)
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: a server's Retry-After and the promised timeout
    // are kept to the millisecond.
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &DaytonaJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &DaytonaJob::attempt);
}

DaytonaJob::~DaytonaJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void DaytonaJob::start()
{
    attempt();
}

void DaytonaJob::abort()
{
    if (std::exchange(m_deferred, false)) {
        abandoned();
        deleteLater();
        return;
    }
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    deleteLater();
}

QNetworkRequest DaytonaJob::request(const QUrl &url, const QByteArray &contentType) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_connection.apiKey.toUtf8());
    r.setRawHeader("X-Daytona-Source", "dreamfoundry-desktop");
    r.setRawHeader("User-Agent", "dreamfoundry/" DREAMFOUNDRY_VERSION);
    if (!contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // A redirect to another host would carry the API key there: follow only same-origin ones.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::SameOriginRedirectPolicy);
    r.setMaximumRedirectsAllowed(m_connection.maxRedirects);
    return r;
}

QUrl DaytonaJob::apiUrl(const QString &path) const
{
    QUrl url = m_connection.apiUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void DaytonaJob::attempt()
{
    if (m_done)
        return;
    if (!m_manager) {
        finish(DaytonaError::badResponse(QStringLiteral("-"), m_connection.apiUrl,
                                         QStringLiteral("the network manager is gone")),
               0, {});
        return;
    }
    m_body.clear();
    m_timedOut = false;
    if (m_attempt > 0 || m_delivered)
        restarting();
    ++m_attempt;
    m_reply = send(*m_manager);
    connect(m_reply, &QNetworkReply::readyRead, this, &DaytonaJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DaytonaJob::onFinished);
    // The timeout counts silence, not total time: a big upload that keeps moving is fine.
    const auto restartTimeout = [this] {
        if (m_timeoutSeconds > 0)
            m_timeout.start(std::chrono::seconds(m_timeoutSeconds));
    };
    connect(m_reply, &QNetworkReply::uploadProgress, this, restartTimeout);
    connect(m_reply, &QNetworkReply::downloadProgress, this, restartTimeout);
    restartTimeout();
}

void DaytonaJob::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_timeoutSeconds > 0)
        m_timeout.start(std::chrono::seconds(m_timeoutSeconds));
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (streamsBody() && isSuccess(status) && status >= 200 && status < 300) {
        const QByteArray chunk = m_reply->readAll();
        if (!chunk.isEmpty()) {
            m_delivered = true;
            bodyChunk(chunk);
        }
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    if (m_body.size() < maxBufferedErrorBody || !streamsBody())
        m_body += chunk;
}

void DaytonaJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

bool DaytonaJob::shouldRetry(const DaytonaError &error, int httpStatus) const
{
    // Retrying a stream that already delivered output would show that output twice.
    if (m_delivered)
        return false;
    if (httpStatus == 429)
        return true; // refused before it was processed
    if (error.networkError == QNetworkReply::ConnectionRefusedError)
        return true; // never reached the server
    if (m_safety == Safety::Once)
        return false;
    if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
        return true;
    return error.kind == DaytonaError::Kind::ConnectionLost
            || error.kind == DaytonaError::Kind::Timeout;
}

void DaytonaJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray rest = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!rest.isEmpty()) {
        if (streamsBody() && isSuccess(status) && status >= 200 && status < 300) {
            m_delivered = true;
            bodyChunk(rest);
        } else {
            m_body += rest;
        }
    }
    const QString method = methodOf(reply);
    const QUrl url = reply->request().url();
    const QNetworkReply::NetworkError networkError = reply->error();

    // Qt flags 4xx/5xx as network errors too; with a status the status is what counts. A
    // stream cut mid-way still has a 2xx status but must not pass for complete.
    const bool transportFailed = networkError != QNetworkReply::NoError
            && (status == 0 || (status >= 200 && status < 300));
    if (!m_timedOut && !transportFailed && isSuccess(status)) {
        qCDebug(lcDaytona).noquote() << method << url.toDisplayString() << "->" << status;
        finish({}, status, m_body);
        return;
    }
    const DaytonaError error = DaytonaError::fromReply(
            method, url, networkError, reply->errorString(), transportFailed ? 0 : status, m_body,
            m_timedOut ? m_timeoutSeconds : 0);
    const int retryIndex = m_attempt - 1;
    if (retryIndex < m_connection.retry.maxRetries && shouldRetry(error, status)) {
        const int delay = retryDelayMs(m_connection.retry, retryIndex, reply->rawHeaderPairs(),
                                       QRandomGenerator::global()->generateDouble());
        qCInfo(lcDaytona).noquote() << "retrying in" << delay << "ms:" << error.detail;
        m_retryTimer.start(delay);
        return;
    }
    qCWarning(lcDaytona).noquote() << error.detail;
    finish(error, status, m_body);
}

void DaytonaJob::finish(const DaytonaError &error, int httpStatus, const QByteArray &body)
{
    if (m_done)
        return;
    m_done = true;
    complete(error, httpStatus, body);
    if (m_sendAgain) {
        m_sendAgain = false;
        m_done = false;
        m_attempt = 0;
        m_delivered = false;
        attempt();
        return;
    }
    if (!m_deferred)
        deleteLater();
}

void DaytonaJob::giveUp(const DaytonaError &error)
{
    if (m_done)
        return;
    m_timeout.stop();
    m_retryTimer.stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(error, 0, {});
}

void DaytonaJob::deferredDone()
{
    m_deferred = false;
    deleteLater();
}

} // namespace DreamFoundry
