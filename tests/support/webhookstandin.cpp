#include "webhookstandin.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace DreamFoundry::Test {

WebhookStandIn::WebhookStandIn(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *connection = new HttpConnection(socket, 1024 * 1024, this);
            connect(connection, &HttpConnection::requestReceived, this,
                    [this, connection](const HttpRequest &request) {
                        onRequest(connection, request);
                    });
        }
    });
}

WebhookStandIn::~WebhookStandIn() = default;

bool WebhookStandIn::listen()
{
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl WebhookStandIn::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/webhooks/123456789012345678/%2")
                        .arg(m_server->serverPort())
                        .arg(QString::fromLatin1(token())));
}

WebhookStandIn::Answer WebhookStandIn::rateLimited(double retryAfterSeconds)
{
    const QJsonObject body{
            {QStringLiteral("message"), QStringLiteral("You are being rate limited.")},
            {QStringLiteral("retry_after"), retryAfterSeconds},
            {QStringLiteral("global"), false}};
    return {429,
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}, {"X-RateLimit-Remaining", "0"}}};
}

void WebhookStandIn::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    const Answer answer = m_script.isEmpty() ? Answer{m_always, {}, {}} : m_script.takeFirst();
    Received received;
    received.json = QJsonDocument::fromJson(request.body).object();
    received.method = request.method;
    received.path = request.path;
    received.contentType = request.header("content-type");
    received.atMs = m_clock.elapsed();
    received.status = answer.status;
    HttpResponse response{answer.status, answer.headers, answer.body};
    if (answer.status >= 400 && answer.body.isEmpty()) {
        response.body = QByteArrayLiteral("{\"message\": \"stand-in error\", \"code\": 0}");
        response.headers.append(
                std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    }
    received.answeredAtMs = m_clock.elapsed();
    m_received.append(received);
    connection->respond(response);
}

QStringList WebhookStandIn::delivered() const
{
    QStringList contents;
    for (const Received &received : m_received)
        if (received.status >= 200 && received.status < 300)
            contents.append(received.json.value(QStringLiteral("content")).toString());
    return contents;
}

} // namespace DreamFoundry::Test
