#include "webhookposter.h"

#include "discordwebhook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPublish, "dreamfoundry.publish", QtInfoMsg)

namespace DreamFoundry {

using namespace std::chrono_literals;

namespace {

// Discord's message flag that stops link previews (embeds) for the message.
constexpr int suppressEmbedsFlag = 1 << 2;

// Seconds as Discord writes them ("1.5"), in whole milliseconds rounded up; nothing when the
// text is not a number of seconds.
std::optional<std::chrono::milliseconds> secondsToWait(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    // Bounded before converting: a huge value is as good as "too long".
    return std::chrono::milliseconds(qint64(std::ceil(std::min(seconds, 86'400.0) * 1000)));
}

std::optional<std::chrono::milliseconds> headerSeconds(const QByteArray &header)
{
    bool ok = false;
    const double seconds = header.trimmed().toDouble(&ok);
    return ok ? secondsToWait(seconds) : std::nullopt;
}

// Discord's own words about a refused message ({"message": "...", "code": ...}), shortened.
QString discordMessage(const QByteArray &body)
{
    const QString message
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
    return message.simplified().left(200);
}

} // namespace

QString PostOutcome::summary() const
{
    if (complete())
        // A publication is never one message: the header, then at least one part.
        return QCoreApplication::translate("DreamFoundry::PostOutcome",
                                           "Posted %1 messages to the webhook.")
                .arg(total);
    return QCoreApplication::translate("DreamFoundry::PostOutcome",
                                       "%1 of %2 messages went out; message %3 was not posted: %4")
            .arg(sent)
            .arg(total)
            .arg(sent + 1)
            .arg(error);
}

WebhookPoster::WebhookPoster(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    qRegisterMetaType<PostOutcome>();
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would be before Discord's retry_after.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &WebhookPoster::sendCurrent);
}

WebhookPoster::~WebhookPoster()
{
    if (m_reply)
        m_reply->abort();
}

QByteArray WebhookPoster::payload(const QString &content)
{
    const QJsonObject json{
            {QStringLiteral("content"), content},
            {QStringLiteral("allowed_mentions"),
             QJsonObject{{QStringLiteral("parse"), QJsonArray()}}},
            {QStringLiteral("flags"), suppressEmbedsFlag},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::chrono::milliseconds WebhookPoster::retryAfter(const QByteArray &body,
                                                    const QByteArray &resetAfterHeader,
                                                    const QByteArray &retryAfterHeader)
{
    // The longest of what is said: waiting too little earns another 429.
    std::optional<std::chrono::milliseconds> wait;
    const auto consider = [&wait](std::optional<std::chrono::milliseconds> said) {
        if (said)
            wait = wait ? std::max(*wait, *said) : *said;
    };
    const QJsonValue inBody
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("retry_after"));
    if (inBody.isDouble())
        consider(secondsToWait(inBody.toDouble()));
    consider(headerSeconds(resetAfterHeader));
    consider(headerSeconds(retryAfterHeader));
    return wait.value_or(1000ms);
}

void WebhookPoster::post(const QUrl &webhook, const QStringList &messages)
{
    Q_ASSERT(!m_posting);
    m_webhook = webhook;
    m_messages = messages;
    m_sent = 0;
    m_posting = true;
    m_aborted = false;
    qCDebug(lcPublish) << "posting" << messages.size() << "messages to the webhook";
    if (messages.isEmpty())
        return finish();
    sendCurrent();
}

void WebhookPoster::abort()
{
    if (!m_posting)
        return;
    m_aborted = true;
    // A message in flight is let finish, so the count of what went out stays exact.
    if (!m_reply) {
        m_retryTimer.stop();
        finish(tr("publishing was stopped"));
    }
}

void WebhookPoster::sendCurrent()
{
    QNetworkRequest request(m_webhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("DreamFoundry/" DREAMFOUNDRY_VERSION));
    request.setTransferTimeout(int(transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, payload(m_messages.at(m_sent)));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void WebhookPoster::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    qCDebug(lcPublish) << "message" << m_sent + 1 << "of" << m_messages.size() << "HTTP" << status;
    if (status >= 200 && status < 300)
        return onSent(reply);
    if (m_aborted)
        return finish(tr("publishing was stopped"));
    if (status == 429) {
        const auto wait = retryAfter(body, reply->rawHeader("X-RateLimit-Reset-After"),
                                     reply->rawHeader("Retry-After"));
        if (++m_rateLimitWaits > maxRateLimitWaits || wait > maxWait)
            return finish(tr("Discord kept asking to wait (rate limited); try again later"));
        return retryLater(wait, tr("Discord asked to wait (rate limited)"));
    }
    if (status >= 500) {
        if (++m_serverErrors >= maxServerErrorAttempts)
            return finish(tr("Discord answered with a server error (HTTP %1) %2 times; try "
                             "again later")
                                  .arg(status)
                                  .arg(m_serverErrors));
        return retryLater(m_backoff * (1 << (m_serverErrors - 1)),
                          tr("Discord answered with a server error (HTTP %1)").arg(status));
    }
    if (status == 401 || status == 404)
        return finish(tr("the webhook is invalid or was deleted; set a new one (Settings, "
                         "Publishing, or dreamfoundry login --discord-webhook)"));
    if (status >= 300 && status < 400)
        return finish(tr("Discord answered with a redirect (HTTP %1), which is not followed: it "
                         "would carry the webhook's token elsewhere")
                              .arg(status));
    if (status != 0) {
        const QString said = discordMessage(body);
        return finish(said.isEmpty()
                              ? tr("Discord refused it (HTTP %1)").arg(status)
                              : tr("Discord refused it (HTTP %1: %2)").arg(status).arg(said));
    }
    finish(networkProblem(reply));
}

void WebhookPoster::onSent(QNetworkReply *reply)
{
    ++m_sent;
    m_serverErrors = 0;
    m_rateLimitWaits = 0;
    Q_EMIT messageSent(m_sent, int(m_messages.size()));
    if (m_sent == m_messages.size() || m_aborted)
        return finish(m_sent == m_messages.size() ? QString() : tr("publishing was stopped"));
    // The bucket is empty: wait for it to refill rather than earn a 429.
    if (reply->rawHeader("X-RateLimit-Remaining").trimmed() == "0")
        if (const auto wait = headerSeconds(reply->rawHeader("X-RateLimit-Reset-After"));
            wait && *wait > 0ms) {
            m_retryTimer.start(std::min(*wait, maxWait));
            return;
        }
    sendCurrent();
}

void WebhookPoster::retryLater(std::chrono::milliseconds wait, const QString &why)
{
    qCDebug(lcPublish) << "message" << m_sent + 1 << ":" << why << "- retrying in" << wait.count()
                       << "ms";
    Q_EMIT waiting(wait, why);
    m_retryTimer.start(wait);
}

QString WebhookPoster::networkProblem(QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("nothing answered at the webhook's address (connection refused)");
    case QNetworkReply::HostNotFoundError:
        return tr("the webhook's host was not found; check the network connection");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout gives
        return tr("no answer within %1 seconds; the message may or may not have arrived")
                .arg(transferTimeout.count() / 1000);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the secure connection to Discord failed");
    default:
        // Qt's own sentence names the URL: it goes through redacted().
        return tr("the network failed (%1)")
                .arg(DiscordWebhook::redacted(reply->errorString(), m_webhook));
    }
}

void WebhookPoster::finish(const QString &error)
{
    m_posting = false;
    const PostOutcome outcome{m_sent, int(m_messages.size()), error};
    if (error.isEmpty())
        qCDebug(lcPublish) << "posted" << outcome.total << "messages";
    else
        qCDebug(lcPublish).noquote() << "publishing stopped after" << outcome.sent << "of"
                                     << outcome.total << "messages:" << error;
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

} // namespace DreamFoundry
