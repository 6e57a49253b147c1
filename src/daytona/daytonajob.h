#pragma once

#include "daytonaerror.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace DreamFoundry {

// How often and how patiently a request is retried.
struct RetryPolicy
{
    int maxRetries = 4;
    int baseDelayMs = 500; // doubled per retry, capped, then 50-100 % of it (jitter)
    int maxDelayMs = 8'000;
    int maxRetryAfterMs = 60'000; // a server asking for longer is not waited for
};

// What every request to Daytona needs. The key is only ever put into an Authorization header.
struct DaytonaConnection
{
    QUrl apiUrl;
    QString apiKey;
    RetryPolicy retry;
    int requestTimeoutSeconds = 60; // without a byte moving, a request is given up
    int maxRedirects = 5;
};

// The delay before retry number `retry` (0 for the first): the server's Retry-After-<name> or
// plain Retry-After in seconds when present, else capped exponential backoff with jitter
// (docs/daytona.md, "Retries and timeouts"). `jitter` is a number in [0, 1).
int retryDelayMs(const RetryPolicy &policy, int retry,
                 const QList<QNetworkReply::RawHeaderPair> &headers, double jitter);

// The base of every Daytona job, one per endpoint (docs/daytona.md, "Endpoints"): it sends the
// request, bounds it (inactivity timeout, redirect cap, retry cap), retries what is safe, maps
// failures through DaytonaError, and deletes itself after its subclass emitted finished.
// abort() ends the job without finished.
class DaytonaJob : public QObject
{
    Q_OBJECT
public:
    // Whether sending the request twice can do harm: decides which failures are retried.
    enum class Safety {
        Idempotent, // GET, DELETE, uploads that overwrite: any transient failure is retried
        UniqueName, // POST /sandbox with a unique name: a duplicate comes back as 409
        Once, // running a command: retried only when it certainly never reached the server
    };

    ~DaytonaJob() override;

    void start();
    void abort();
    // 0: no inactivity timeout (log streams, which may be silent for long).
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    int attempts() const { return m_attempt; }

protected:
    DaytonaJob(const DaytonaConnection &connection, QNetworkAccessManager *manager, Safety safety,
               QObject *parent);

    // Sends one attempt. Called again for every retry.
    virtual QNetworkReply *send(QNetworkAccessManager &manager) = 0;
    // The final answer: emit finished with the result value. The job deletes itself afterwards.
    virtual void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) = 0;
    // Streaming jobs take the body chunk by chunk (only of a 2xx answer) instead of whole.
    virtual bool streamsBody() const { return false; }
    virtual void bodyChunk(const QByteArray &chunk) { Q_UNUSED(chunk) }
    // A retry is about to start: a streaming job resets what it collected.
    virtual void restarting() {}
    // A subclass may retry more (409 on delete) or less.
    virtual bool shouldRetry(const DaytonaError &error, int httpStatus) const;
    // A status the endpoint documents as a normal answer, not an error (404 on delete).
    virtual bool isSuccess(int httpStatus) const { return httpStatus >= 200 && httpStatus < 300; }

    QNetworkRequest request(const QUrl &url,
                            const QByteArray &contentType
                            = QByteArrayLiteral("application/json")) const;
    QUrl apiUrl(const QString &path) const;
    // Called from complete() instead of emitting finished: sends the next request of this job
    // (a further page, a follow-up lookup) with a fresh retry budget.
    void sendAgain() { m_sendAgain = true; }
    // Called from complete() instead of emitting finished when the answer needs work away from
    // the GUI thread first (a file's fsync and rename): the job stays alive; the subclass emits
    // finished later and then calls deferredDone(). abort() in between still ends the job
    // without finished, after abandoned().
    void defer() { m_deferred = true; }
    // Ends the job now with `error` (a streamed body grew past its cap): the transfer is
    // aborted, not retried, and complete() gets the error.
    void giveUp(const DaytonaError &error);
    void deferredDone();
    // abort() came while deferred: the subclass undoes what its background work did.
    virtual void abandoned() {}
    const DaytonaConnection &connection() const { return m_connection; }
    Safety safety() const { return m_safety; }
    bool deliveredBody() const { return m_delivered; }

private:
    void attempt();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finish(const DaytonaError &error, int httpStatus, const QByteArray &body);

    DaytonaConnection m_connection;
    QPointer<QNetworkAccessManager> m_manager;
    Safety m_safety;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QByteArray m_body;
    int m_timeoutSeconds;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_delivered = false;
    bool m_done = false;
    bool m_sendAgain = false;
    bool m_deferred = false;
};

} // namespace DreamFoundry
