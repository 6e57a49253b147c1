#include "httpconnection.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace DreamFoundry::Test {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr auto webSocketGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    return std::ranges::any_of(headers, [&](const auto &h) { return h.first == lowerCaseName; });
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent), m_socket(socket), m_maxBodyBytes(maxBodyBytes)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_phase == Phase::WebSocket)
            Q_EMIT webSocketClosed();
        m_phase = Phase::Closing;
        deleteLater();
    });
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return m_phase != Phase::Closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    parse();
}

// Moves as many of the body bytes still due (m_remaining) as the buffer holds into the request.
void HttpConnection::takeBodyBytes()
{
    const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
    m_request.body.append(m_buffer.left(take));
    m_buffer.remove(0, take);
    m_remaining -= take;
}

void HttpConnection::parse()
{
    // Every state either consumes bytes and moves on, or returns to wait for more.
    for (;;) {
        switch (m_phase) {
        case Phase::Head:
            if (!parseHead())
                return;
            break;
        case Phase::Body:
            takeBodyBytes();
            if (m_remaining > 0)
                return;
            finishRequest();
            return;
        case Phase::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0) {
                if (m_buffer.size() > 1024)
                    fail(400, "malformed chunk size");
                return;
            }
            QByteArray sizeText = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon); // chunk extensions carry nothing we need
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(400, "malformed chunk size");
                return;
            }
            if (m_request.body.size() + size > m_maxBodyBytes) {
                fail(413, "request body too large");
                return;
            }
            m_remaining = size;
            m_phase = size == 0 ? Phase::ChunkTrailer : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            takeBodyBytes();
            if (m_remaining > 0)
                return;
            if (m_buffer.size() < 2)
                return;
            if (!m_buffer.startsWith("\r\n")) {
                fail(400, "malformed chunk");
                return;
            }
            m_buffer.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::ChunkTrailer: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            m_buffer.remove(0, end + 2);
            if (end == 0) {
                finishRequest();
                return;
            }
            break; // a trailer field: ignored
        }
        case Phase::WebSocket:
            parseWebSocketFrames();
            return;
        case Phase::Busy:
        case Phase::Closing:
            return; // bytes stay buffered until the current request is answered
        }
    }
}

bool HttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > maxHeadBytes)
            fail(431, "request head too large");
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    m_request = {};
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        fail(400, "malformed request line");
        return false;
    }
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "malformed header line");
            return false;
        }
        m_request.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray target = m_request.target;
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    if (!rawPath.startsWith('/')) {
        fail(400, "request target must be a path");
        return false;
    }
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));

    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = requestLine[2] == "HTTP/1.1" ? !connection.contains("close")
                                               : connection.contains("keep-alive");
    if (m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
        m_phase = Phase::ChunkSize;
        return true;
    }
    const QByteArray length = m_request.header("content-length");
    if (length.isEmpty()) {
        finishRequest();
        return false;
    }
    bool ok = false;
    m_remaining = length.toLongLong(&ok);
    if (!ok || m_remaining < 0) {
        fail(400, "malformed Content-Length");
        return false;
    }
    if (m_remaining > m_maxBodyBytes) {
        fail(413, "request body too large");
        return false;
    }
    m_request.body.reserve(m_remaining);
    m_phase = Phase::Body;
    return true;
}

void HttpConnection::finishRequest()
{
    m_phase = Phase::Busy;
    Q_EMIT requestReceived(m_request);
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    m_keepAlive = false;
    m_phase = Phase::Busy;
    respond({status, {{"Content-Type", "text/plain"}}, message});
}

void HttpConnection::writeHead(int status, const HttpHeaders &headers, bool chunked, qint64 length)
{
    QByteArray head
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!isOpen() || m_phase != Phase::Busy || m_streaming)
        return;
    writeHead(response.status, response.headers, false, response.body.size());
    m_socket->write(response.body);
    readyForNext();
}

void HttpConnection::beginStream(int status, const HttpHeaders &headers)
{
    if (!isOpen() || m_phase != Phase::Busy || m_streaming)
        return;
    m_streaming = true;
    writeHead(status, headers, true, 0);
}

void HttpConnection::writeStreamChunk(const QByteArray &data)
{
    if (!isOpen() || !m_streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream()
{
    if (!isOpen() || !m_streaming)
        return;
    m_socket->write("0\r\n\r\n");
    m_streaming = false;
    readyForNext();
}

void HttpConnection::readyForNext()
{
    if (!m_keepAlive) {
        m_phase = Phase::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_phase = Phase::Head;
    // Queued: a pipelined request must not be handled inside the caller's respond().
    QTimer::singleShot(0, this, [this] {
        if (m_phase == Phase::Head && !m_buffer.isEmpty())
            parse();
    });
}

void HttpConnection::drop()
{
    m_phase = Phase::Closing;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::acceptWebSocket(const HttpRequest &request)
{
    if (!isOpen() || m_phase != Phase::Busy)
        return;
    const QByteArray key = request.header("sec-websocket-key") + QByteArray(webSocketGuid);
    const QByteArray accept = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toBase64();
    QByteArray head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: "
            + accept + "\r\n";
    // The daemon echoes the version subprotocol a browser offers; a client that offered
    // protocols rejects an answer without one.
    const QByteArray offered = request.header("sec-websocket-protocol");
    if (!offered.isEmpty())
        head += "Sec-WebSocket-Protocol: " + offered.split(',').first().trimmed() + "\r\n";
    m_socket->write(head + "\r\n");
    m_phase = Phase::WebSocket;
    if (!m_buffer.isEmpty())
        parseWebSocketFrames();
}

void HttpConnection::sendWebSocketFrame(quint8 opcode, const QByteArray &payload)
{
    // Server frames are never masked (RFC 6455 §5.1).
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    const qsizetype size = payload.size();
    if (size < 126) {
        frame.append(char(size));
    } else if (size <= 0xffff) {
        frame.append(char(126));
        frame.append(char((size >> 8) & 0xff));
        frame.append(char(size & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(size) >> shift) & 0xff));
    }
    m_socket->write(frame + payload);
}

void HttpConnection::sendWebSocketBinary(const QByteArray &data)
{
    if (isOpen() && m_phase == Phase::WebSocket && !m_closeSent)
        sendWebSocketFrame(0x2, data);
}

void HttpConnection::closeWebSocket(quint16 code)
{
    if (!isOpen() || m_phase != Phase::WebSocket || m_closeSent)
        return;
    m_closeSent = true;
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    sendWebSocketFrame(0x8, payload);
    // The client answers with its own close frame; if it does not, hang up anyway.
    QTimer::singleShot(2000, this, [this] {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
    });
}

void HttpConnection::parseWebSocketFrames()
{
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const auto *bytes = reinterpret_cast<const quint8 *>(m_buffer.constData());
        const quint8 opcode = bytes[0] & 0x0f;
        const bool masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = (quint64(bytes[2]) << 8) | bytes[3];
            offset = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | bytes[2 + i];
            offset = 10;
        }
        if (length > quint64(m_maxBodyBytes)) {
            drop();
            return;
        }
        const qsizetype maskOffset = offset;
        if (masked)
            offset += 4;
        if (quint64(m_buffer.size()) < quint64(offset) + length)
            return;
        QByteArray payload = m_buffer.mid(offset, qsizetype(length));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ m_buffer[maskOffset + (i % 4)]);
        }
        m_buffer.remove(0, offset + qsizetype(length));
        if (opcode == 0x8) { // close: answer it (once) and hang up
            if (!m_closeSent) {
                m_closeSent = true;
                sendWebSocketFrame(0x8, payload.left(2));
            }
            m_socket->disconnectFromHost();
            return;
        }
        if (opcode == 0x9)
            sendWebSocketFrame(0xA, payload); // ping -> pong
        // Text and binary frames from the client mean nothing on a log stream.
    }
}

} // namespace DreamFoundry::Test
