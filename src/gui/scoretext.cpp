#include "scoretext.h"

#include <QTextDocument>

namespace DreamFoundry {

namespace {

// Explicit embeddings, overrides and isolates: text with them can show something other than
// what it says.
bool reordersText(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString gateTitle(const QString &gateId)
{
    QString title = untrustedText(gateId, 60);
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    return title;
}

QString formatScore(double score)
{
    QString text = QString::number(score, 'f', 1);
    if (text.endsWith(QLatin1StringView(".0")))
        text.chop(2);
    return text;
}

QString untrustedText(const QString &text, qsizetype maxChars)
{
    QString clean;
    clean.reserve(qMin(text.size(), maxChars + 1));
    for (const QChar c : text) {
        if (clean.size() > maxChars)
            break;
        if (reordersText(c.unicode()))
            continue;
        clean.append(c.category() == QChar::Other_Control ? QLatin1Char(' ') : c);
    }
    if (clean.size() > maxChars) {
        clean.truncate(maxChars > 0 ? maxChars - 1 : 0);
        clean.append(QChar(0x2026));
    }
    return clean;
}

QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace DreamFoundry
