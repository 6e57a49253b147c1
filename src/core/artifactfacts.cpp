#include "artifactfacts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>

namespace DreamFoundry {

namespace {

std::optional<QString> asText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

ArtifactFacts inspectArtifact(const QString &path)
{
    ArtifactFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    facts.exists = true;
    facts.size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (facts.size <= ArtifactFacts::maxInlineBytes) {
        const QByteArray bytes = file.readAll();
        hash.addData(bytes);
        facts.content = asText(bytes);
    } else {
        hash.addData(&file);
    }
    facts.sha256 = QString::fromLatin1(hash.result().toHex());
    return facts;
}

} // namespace DreamFoundry
