#pragma once

#include "httpconnection.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;

namespace DreamFoundry::Test {

// A loopback HTTP server standing in for a Discord webhook: it records every request and
// answers each with the next scripted answer (204 once the script is used up), so tests can
// make it rate-limit (429 with retry_after), fail (500) or say the webhook is gone (404).
class WebhookStandIn final : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 204;
        QByteArray body;
        HttpHeaders headers;
    };
    struct Received
    {
        QJsonObject json; // the request's JSON body
        QByteArray method;
        QString path;
        QByteArray contentType;
        qint64 atMs = 0; // when it arrived, since the stand-in started
        qint64 answeredAtMs = 0; // when it was answered
        int status = 0; // what it was answered with
    };

    explicit WebhookStandIn(QObject *parent = nullptr);
    ~WebhookStandIn() override;

    bool listen(); // on 127.0.0.1, a free port
    // http://127.0.0.1:<port>/api/webhooks/<id>/<token>: shaped like Discord's.
    QUrl url() const;
    static QByteArray token() { return QByteArrayLiteral("standIn-Token_0123456789abcdef"); }

    void answerNext(const Answer &answer) { m_script.append(answer); }
    // 429 with retry_after (seconds, as Discord writes it) in the JSON body.
    static Answer rateLimited(double retryAfterSeconds);
    // Every request from now on, once the script is used up, gets `status`.
    void answerAlwaysWith(int status) { m_always = status; }

    const QList<Received> &received() const { return m_received; }
    // The contents of the messages answered with 2xx, in the order they arrived.
    QStringList delivered() const;

private:
    void onRequest(HttpConnection *connection, const HttpRequest &request);

    QTcpServer *m_server;
    QElapsedTimer m_clock;
    QList<Answer> m_script;
    int m_always = 204;
    QList<Received> m_received;
};

} // namespace DreamFoundry::Test
