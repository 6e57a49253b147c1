#pragma once

#include "outputstream.h"

#include <QString>
#include <QStringDecoder>

namespace DreamFoundry {

// Text a candidate (or a scorer script, or a server) wrote, made safe to show where it could
// otherwise act: on a terminal, where escape sequences set the window title, write the
// clipboard (OSC 52) or clear the screen, and in report.md, where Markdown would break the
// table or add links, images and HTML. Every printer of such text goes through here.
namespace UntrustedText {

// `text` with every C0 control but newline and tab, DEL, every C1 control (U+0080..U+009F)
// and the bidirectional overrides and isolates shown as visible escapes: ESC becomes "\x1b",
// U+009B "\x9b", U+202E "\u202e". Valid text is kept; invalid UTF-8, once decoded, is already
// U+FFFD. For text printed as lines, a log or an excerpt.
QString visibleControls(QStringView text);

// visibleControls() for one line of a table: newline and tab become escapes too.
QString visibleControlsOneLine(QStringView text);

// One cell of a Markdown table: one line, at most `maxChars` characters (then "…"), every
// control visible, and every character that Markdown or an autolink would act on escaped, so
// the text renders as itself.
QString markdownCell(QStringView text, qsizetype maxChars = 200);

// A fenced code block holding `text` verbatim (controls made visible): the fence is longer
// than any run of backticks inside, so nothing in it can close the block early.
QString markdownFence(QStringView text);

} // namespace UntrustedText

// Decodes a candidate's stdout and stderr as they arrive, one stateful UTF-8 decoder per
// stream, so a character split across two reads comes out whole once its last byte arrives.
class OutputDecoder
{
public:
    QString decode(OutputStream stream, QByteArrayView bytes);
    void reset();

private:
    QStringDecoder m_stdout{QStringDecoder::Utf8};
    QStringDecoder m_stderr{QStringDecoder::Utf8};
};

} // namespace DreamFoundry
