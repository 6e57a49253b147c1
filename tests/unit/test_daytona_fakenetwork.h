#pragma once

// A QNetworkAccessManager whose replies a test scripts: status, headers and body, a transport
// error, or no answer at all: a fake at the seam (docs/architecture.md, "Tests").
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>
#include <utility>

namespace DreamFoundry::Test {

struct SeenRequest
{
    QNetworkAccessManager::Operation operation;
    QNetworkRequest request;
    QByteArray body;

    QString method() const
    {
        switch (operation) {
        case QNetworkAccessManager::GetOperation:
            return QStringLiteral("GET");
        case QNetworkAccessManager::PostOperation:
            return QStringLiteral("POST");
        case QNetworkAccessManager::DeleteOperation:
            return QStringLiteral("DELETE");
        case QNetworkAccessManager::PutOperation:
            return QStringLiteral("PUT");
        default:
            return QStringLiteral("OTHER");
        }
    }
    QString path() const { return request.url().path(); }
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    void respond(int status, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QTimer::singleShot(0, this, [this, status, body, headers] {
            if (isFinished())
                return;
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
            for (const auto &[name, value] : headers)
                setRawHeader(name, value);
            if (status >= 400) {
                setError(status == 404 ? ContentNotFoundError
                                       : (status >= 500 ? InternalServerError
                                                        : ProtocolInvalidOperationError),
                         QStringLiteral("HTTP %1").arg(status));
            }
            m_data = body;
            Q_EMIT metaDataChanged();
            if (!body.isEmpty()) {
                Q_EMIT downloadProgress(body.size(), body.size());
                Q_EMIT readyRead();
            }
            if (status >= 400)
                Q_EMIT errorOccurred(error());
            setFinished(true);
            Q_EMIT finished();
        });
    }

    // A streamed answer (chunked HTTP, 200): this chunk now, the reply stays open until
    // endStream() or failWith().
    void sendChunk(const QByteArray &chunk)
    {
        QTimer::singleShot(0, this, [this, chunk] {
            if (isFinished())
                return;
            sendHeaders();
            m_data += chunk;
            Q_EMIT readyRead();
        });
    }

    // The stream's normal end, with or without chunks before.
    void endStream()
    {
        QTimer::singleShot(0, this, [this] {
            if (isFinished())
                return;
            sendHeaders();
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void failWith(NetworkError code)
    {
        QTimer::singleShot(0, this, [this, code] {
            if (isFinished())
                return;
            setError(code, QStringLiteral("fake transport error %1").arg(int(code)));
            Q_EMIT errorOccurred(code);
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        Q_EMIT errorOccurred(OperationCanceledError);
        setFinished(true);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override
    {
        return m_data.size() + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size());
        memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }

private:
    void sendHeaders()
    {
        if (std::exchange(m_headersSent, true))
            return;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        Q_EMIT metaDataChanged();
    }

    QByteArray m_data;
    bool m_headersSent = false;
};

// Each request goes to `handler`, which answers through the reply (or leaves it hanging).
class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<void(FakeReply *reply, const SeenRequest &request)>;

    using QNetworkAccessManager::QNetworkAccessManager;

    Handler handler;
    QList<SeenRequest> seen;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        SeenRequest s{operation, request, outgoing ? outgoing->readAll() : QByteArray()};
        seen.append(s);
        auto *reply = new FakeReply(operation, request, this);
        if (handler)
            handler(reply, s);
        return reply;
    }
};

} // namespace DreamFoundry::Test
