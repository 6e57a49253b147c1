#include "logview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCursor>

namespace DreamFoundry {

LogView::LogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(maxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void LogView::showLog(const LiveLog &log)
{
    clear();
    m_decoder.reset();
    if (log.bytesCut() > 0)
        insert(OutputStream::Stderr,
               tr("[... %1 earlier bytes not kept ...]\n").arg(log.bytesCut()));
    QTextCursor batch(document());
    batch.beginEditBlock(); // one layout pass for the whole log, not one per segment
    for (const LiveLog::Segment &segment : log.segments())
        insert(segment.stream, m_decoder.decode(segment.stream, segment.bytes));
    batch.endEditBlock();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void LogView::appendOutput(OutputStream stream, const QByteArray &bytes)
{
    QScrollBar *bar = verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 2;
    const int kept = bar->value();
    insert(stream, m_decoder.decode(stream, bytes));
    bar->setValue(following ? bar->maximum() : kept);
}

void LogView::insert(OutputStream stream, const QString &text)
{
    QTextCharFormat format;
    if (stream == OutputStream::Stderr) {
        // Red on light and dark palettes alike, lighter when the background is dark.
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        format.setForeground(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    }
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
}

} // namespace DreamFoundry
