#include "logview.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace DreamFoundry {

namespace {

// The user state of a text block that holds stderr output.
constexpr int stderrBlock = 1;

} // namespace

// The strip left of the text where stderr lines carry their bar.
class LogView::Gutter final : public QWidget
{
public:
    explicit Gutter(LogView *view) : QWidget(view), m_view(view)
    {
        setObjectName(QStringLiteral("logGutter"));
        setToolTip(LogView::tr("A bar marks the lines the candidate wrote to stderr."));
    }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    LogView *m_view;
};

LogView::LogView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(maxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setViewportMargins(gutterWidth(), 0, 0, 0);
    connect(this, &QPlainTextEdit::updateRequest, m_gutter, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
}

void LogView::showLog(const LiveLog &log)
{
    clear();
    m_decoder.reset();
    if (log.bytesCut() > 0)
        insert(OutputStream::Stderr,
               tr("[... %n earlier byte(s) not kept ...]\n", nullptr, int(log.bytesCut())));
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

bool LogView::isStderrLine(int blockNumber) const
{
    return document()->findBlockByNumber(blockNumber).userState() == stderrBlock;
}

QColor LogView::stderrColour() const
{
    // Red on light and dark palettes alike, lighter when the background is dark.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void LogView::insert(OutputStream stream, const QString &text)
{
    if (text.isEmpty())
        return;
    QTextCharFormat format;
    if (stream == OutputStream::Stderr)
        format.setForeground(stderrColour());
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    const int start = cursor.position();
    cursor.insertText(text, format);
    if (stream != OutputStream::Stderr)
        return;
    // Every line this text reaches, not the empty line a final newline opens.
    const QTextBlock last = document()->findBlock(std::max(start, cursor.position() - 1));
    for (QTextBlock block = document()->findBlock(start); block.isValid(); block = block.next()) {
        block.setUserState(stderrBlock);
        if (block == last)
            break;
    }
}

int LogView::gutterWidth() const
{
    return fontMetrics().averageCharWidth() + 4;
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
}

void LogView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int barWidth = std::max(3, m_gutter->width() / 3);
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && block.userState() == stderrBlock)
            painter.fillRect(QRectF(m_gutter->width() - barWidth - 2, top, barWidth, height),
                             stderrColour());
        top += height;
        block = block.next();
    }
}

} // namespace DreamFoundry
