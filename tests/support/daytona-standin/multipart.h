#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace DreamFoundry::Test {

struct MultipartPart
{
    QString name;
    std::optional<QString> fileName; // set only when the part's disposition has filename=
    QByteArray contentType;
    QByteArray data;
};

// Splits a multipart/form-data body. Returns nothing when the Content-Type has no boundary or
// the body is not well formed (no closing boundary, a part without Content-Disposition).
std::optional<QList<MultipartPart>> parseMultipart(const QByteArray &contentType,
                                                   const QByteArray &body);

} // namespace DreamFoundry::Test
