#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace DreamFoundry {

// How a publication ended: how many of its messages went out, and why the next did not.
struct PostOutcome
{
    int sent = 0;
    int total = 0;
    QString error; // a sentence without the webhook URL; empty when every message went out

    bool complete() const { return error.isEmpty() && sent == total; }
    // For a person: "Posted 5 messages to the webhook." or "2 of 5 messages went out; ...".
    QString summary() const;
};

// Posts messages to a Discord webhook, one at a time and in order (Discord shows them in the
// order they arrive). Each is sent with mentions disabled, so an artifact holding @everyone
// pings no one, and with link previews suppressed, so nothing it links to is fetched for show.
// Every request is bounded: a transfer timeout, no redirects (they would carry the token
// elsewhere), a 429 waits as long as Discord says (body retry_after, X-RateLimit-Reset-After,
// Retry-After) a bounded number of times, a 5xx is retried with backoff a bounded number of
// times. Nothing it logs or reports holds the webhook URL.
class WebhookPoster final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds transferTimeout{30'000};
    static constexpr int maxServerErrorAttempts = 4; // per message, the first one included
    static constexpr int maxRateLimitWaits = 5; // per message
    // Discord asking for a longer wait ends the publication rather than hang on for minutes.
    static constexpr std::chrono::milliseconds maxWait{60'000};

    // `network` is not owned and must outlive the poster.
    explicit WebhookPoster(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~WebhookPoster() override;

    // The first wait after a server error; each later one doubles. 1 s unless a test says.
    void setBackoff(std::chrono::milliseconds first) { m_backoff = first; }

    // Posts `messages` to `webhook` (already validated). Call once; finished() follows, always.
    void post(const QUrl &webhook, const QStringList &messages);
    // Stops after the message in flight (which may still arrive); finished() reports what
    // went out.
    void abort();
    bool isPosting() const { return m_posting; }

    // The JSON body of one message.
    static QByteArray payload(const QString &content);
    // How long a 429 answer asks to wait, from its body and headers; 1 s when it says nothing.
    static std::chrono::milliseconds retryAfter(const QByteArray &body,
                                                const QByteArray &resetAfterHeader,
                                                const QByteArray &retryAfterHeader);

Q_SIGNALS:
    void messageSent(int sent, int total);
    // Discord asked to slow down, or a server error is retried: the next try is in `wait`.
    void waiting(std::chrono::milliseconds wait, const QString &why);
    void finished(const DreamFoundry::PostOutcome &outcome);

private:
    void sendCurrent();
    void onReplyFinished(QNetworkReply *reply);
    void onSent(QNetworkReply *reply);
    void retryLater(std::chrono::milliseconds wait, const QString &why);
    void finish(const QString &error = {});
    QString networkProblem(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QUrl m_webhook;
    QStringList m_messages;
    int m_sent = 0;
    int m_serverErrors = 0;
    int m_rateLimitWaits = 0;
    bool m_posting = false;
    bool m_aborted = false;
    std::chrono::milliseconds m_backoff{1000};
    QTimer m_retryTimer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace DreamFoundry

Q_DECLARE_METATYPE(DreamFoundry::PostOutcome)
