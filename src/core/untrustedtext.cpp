#include "untrustedtext.h"

namespace DreamFoundry {

namespace UntrustedText {

namespace {

// Characters a terminal acts on, or that reorder what is shown (a file name that reads
// "txt.exe" backwards): escaped wherever untrusted text is shown.
bool isActive(char16_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069);
}

QString escapeOf(char16_t u)
{
    if (u < 0x100)
        return QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
}

// Escaped in a Markdown cell: emphasis, code, links, images, HTML, entities, table pipes,
// headings, strikethrough, and the '@' of GFM's e-mail autolinks.
bool isMarkup(QChar c)
{
    return QStringView(u"\\|*_[]<>`#!~&()@").contains(c);
}

// The ':' of "https://" starts a GFM autolink; escaped there, and only there, since a colon
// in a sentence is common and harmless.
bool startsScheme(QStringView text, qsizetype i)
{
    return text[i] == QLatin1Char(':') && text.sliced(i + 1).startsWith(QLatin1StringView("//"));
}

// The '.' of "www." starts a GFM autolink; escaping it keeps "www.example.com" plain text.
bool endsWithWww(const QString &cell)
{
    return cell.endsWith(QLatin1StringView("www"), Qt::CaseInsensitive);
}

} // namespace

QString visibleControls(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const bool crlf = u == u'\r' && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n');
        if (u == u'\n' || u == u'\t' || crlf || !isActive(u))
            safe += text[i];
        else
            safe += escapeOf(u);
    }
    return safe;
}

QString visibleControlsOneLine(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text)
        safe += isActive(c.unicode()) ? escapeOf(c.unicode()) : QString(c);
    return safe;
}

QString markdownCell(QStringView text, qsizetype maxChars)
{
    QString cell;
    const QStringView kept = text.left(maxChars);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const QChar c = kept[i];
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            cell += QLatin1Char(' '); // one line; simplified() below folds the runs
        else if (isActive(u))
            cell += escapeOf(u).replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        else if (isMarkup(c) || startsScheme(kept, i)
                 || (c == QLatin1Char('.') && endsWithWww(cell)))
            cell += QLatin1Char('\\') + c;
        else
            cell += c;
    }
    if (text.size() > maxChars)
        cell += QChar(0x2026);
    return cell.simplified();
}

QString markdownFence(QStringView text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), QLatin1Char('`'));
    QString body = visibleControls(text);
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + QStringLiteral("text\n") + body + fence + QLatin1Char('\n');
}

} // namespace UntrustedText

QString OutputDecoder::decode(OutputStream stream, QByteArrayView bytes)
{
    return (stream == OutputStream::Stdout ? m_stdout : m_stderr)(bytes);
}

void OutputDecoder::reset()
{
    m_stdout.resetState();
    m_stderr.resetState();
}

} // namespace DreamFoundry
