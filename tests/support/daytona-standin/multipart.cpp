#include "multipart.h"

namespace DreamFoundry::Test {

namespace {

QByteArray boundaryOf(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return {};
    for (const QByteArray &param : contentType.split(';')) {
        const QByteArray trimmed = param.trimmed();
        if (trimmed.toLower().startsWith("boundary=")) {
            QByteArray value = trimmed.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

// Reads `key="value"` (or key=value) from a Content-Disposition header.
std::optional<QString> dispositionParameter(const QByteArray &disposition, QByteArrayView key)
{
    for (const QByteArray &param : disposition.split(';')) {
        const QByteArray trimmed = param.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals <= 0 || trimmed.left(equals).trimmed().toLower() != key)
            continue;
        QByteArray value = trimmed.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2).replace("\\\"", "\"");
        return QString::fromUtf8(value);
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<MultipartPart>> parseMultipart(const QByteArray &contentType,
                                                   const QByteArray &body)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    QList<MultipartPart> parts;
    for (;;) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return std::nullopt;
        MultipartPart part;
        bool named = false;
        for (const QByteArray &line : body.mid(pos, headEnd - pos).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                if (const auto n = dispositionParameter(value, "name")) {
                    part.name = *n;
                    named = true;
                }
                part.fileName = dispositionParameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (!named)
            return std::nullopt;
        const qsizetype dataStart = headEnd + 4;
        const qsizetype next = body.indexOf(separator, dataStart);
        if (next < 0)
            return std::nullopt;
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(std::move(part));
        pos = next + 2;
    }
}

} // namespace DreamFoundry::Test
