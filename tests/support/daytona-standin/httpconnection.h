#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <utility>

class QTcpSocket;

namespace DreamFoundry::Test {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query, still percent-encoded
    QString path; // decoded, without the query
    QUrlQuery query;
    HttpHeaders headers; // names in lower case
    QByteArray body; // de-chunked

    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
};

QByteArray reasonPhrase(int status);

// One client connection speaking HTTP/1.1 by hand: keep-alive, Content-Length and chunked
// request bodies, Content-Length and chunked responses, and the WebSocket upgrade the SDKs use
// for log streams. Requests are handed out one at a time: the next one is parsed only once the
// current one is answered, so pipelined requests are answered in order. Deletes itself when the
// peer goes away; whoever answers later holds a QPointer.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, QObject *parent);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);

    // A chunked response whose end is not known yet (log streams).
    void beginStream(int status, const HttpHeaders &headers);
    void writeStreamChunk(const QByteArray &data);
    void endStream();

    // Answers the upgrade request with 101 and switches the connection to WebSocket frames.
    void acceptWebSocket(const HttpRequest &request);
    void sendWebSocketBinary(const QByteArray &data);
    void closeWebSocket(quint16 code);

    // Closes the connection without answering (the "dropped connection" fault).
    void drop();

    bool isOpen() const;

Q_SIGNALS:
    void requestReceived(const DreamFoundry::Test::HttpRequest &request);
    void webSocketClosed();

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Busy, WebSocket, Closing };

    void onReadyRead();
    void parse();
    void takeBodyBytes();
    bool parseHead();
    void finishRequest();
    void fail(int status, const QByteArray &message);
    void writeHead(int status, const HttpHeaders &headers, bool chunked, qint64 length);
    void readyForNext();
    void parseWebSocketFrames();
    void sendWebSocketFrame(quint8 opcode, const QByteArray &payload);

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    bool m_keepAlive = true;
    bool m_streaming = false;
    bool m_closeSent = false;
};

} // namespace DreamFoundry::Test
