#include "difftextview.h"

#include "comparelayout.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>

namespace DreamFoundry {

namespace {

constexpr int tabWidth = 4;
// Longer lines are painted with tabs as one space: expanding them would cost a pass over
// megabytes at every paint.
constexpr int maxExpandedLength = 10'000;

QColor mixed(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// The line as shown: tabs expanded, and the display column of each character (one more than
// the length, for the end).
QString expandTabs(const QString &line, QList<int> *columnOf)
{
    columnOf->clear();
    if (line.size() > maxExpandedLength || !line.contains(QLatin1Char('\t'))) {
        QString shown = line;
        shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
        return shown;
    }
    QString shown;
    columnOf->reserve(line.size() + 1);
    for (const QChar c : line) {
        columnOf->append(int(shown.size()));
        if (c == QLatin1Char('\t'))
            shown += QString(tabWidth - shown.size() % tabWidth, QLatin1Char(' '));
        else
            shown += c;
    }
    columnOf->append(int(shown.size()));
    return shown;
}

int columnOf(const QList<int> &columns, int position)
{
    return columns.isEmpty() ? position : columns.value(position, columns.last());
}

} // namespace

QColor changeColour(LineChange change, const QPalette &palette, bool strong)
{
    const QColor base = palette.color(QPalette::Base);
    const double amount = strong ? 0.55 : 0.22;
    switch (change) {
    case LineChange::Added:
        return mixed(base, QColor(0x2e, 0xa0, 0x43), amount);
    case LineChange::Removed:
        return mixed(base, QColor(0xd0, 0x30, 0x30), amount);
    case LineChange::Changed:
        return mixed(base, QColor(0x3a, 0x7b, 0xd5), amount);
    case LineChange::Same:
    case LineChange::Gap:
        break;
    }
    return base;
}

QChar changeSign(LineChange change)
{
    switch (change) {
    case LineChange::Added:
        return QLatin1Char('+');
    case LineChange::Removed:
        return QLatin1Char('-');
    case LineChange::Changed:
        return QLatin1Char('~');
    case LineChange::Same:
    case LineChange::Gap:
        break;
    }
    return QLatin1Char(' ');
}

DiffTextView::DiffTextView(const CompareLayout *layout, int pane, QWidget *parent)
    : QAbstractScrollArea(parent), m_layout(layout), m_pane(pane)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    layoutChanged();
}

int DiffTextView::rowHeight() const
{
    return std::max(1, fontMetrics().lineSpacing());
}

int DiffTextView::charWidth() const
{
    return std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

int DiffTextView::gutterWidth() const
{
    const Comparison *comparison = m_layout->comparison();
    const int lines = comparison ? comparison->text(m_pane).lineCount() : 0;
    const int digits = int(QString::number(std::max(lines, 1)).size());
    return (digits + 3) * charWidth(); // number, space, sign, space
}

int DiffTextView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int DiffTextView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / rowHeight());
}

void DiffTextView::layoutChanged()
{
    m_widestColumns = 0;
    updateScrollRanges();
    widenForVisibleLines();
    viewport()->update();
}

void DiffTextView::updateScrollRanges()
{
    QScrollBar *vertical = verticalScrollBar();
    vertical->setPageStep(visibleRowCount());
    vertical->setSingleStep(1);
    vertical->setRange(0, std::max(0, m_layout->displayRowCount() - visibleRowCount()));
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setPageStep(viewport()->width());
    horizontal->setSingleStep(charWidth() * 4);
    horizontal->setRange(
            0,
            std::max(0, gutterWidth() + (m_widestColumns + 1) * charWidth() - viewport()->width()));
}

// The horizontal range follows the widest line scrolled past, not the widest of the artifact:
// finding that would read every line of a huge one.
void DiffTextView::widenForVisibleLines()
{
    const int first = firstVisibleRow();
    const int last = std::min(m_layout->displayRowCount(), first + visibleRowCount() + 1);
    int widest = m_widestColumns;
    for (int row = first; row < last; ++row) {
        const Cell cell = cellAt(row);
        if (cell.line < 0)
            continue;
        const QByteArrayView bytes = m_layout->comparison()->text(m_pane).lineBytes(cell.line);
        widest = std::max(widest, int(bytes.size())); // bytes >= characters: room enough
    }
    if (widest != m_widestColumns) {
        m_widestColumns = widest;
        updateScrollRanges();
    }
}

void DiffTextView::setCurrentRow(int displayRow)
{
    if (displayRow == m_currentRow)
        return;
    m_currentRow = displayRow;
    viewport()->update();
}

DiffTextView::Cell DiffTextView::cellAt(int displayRow) const
{
    const Comparison *comparison = m_layout->comparison();
    if (!comparison || displayRow < 0 || displayRow >= m_layout->displayRowCount())
        return {};
    const CompareLayout::DisplayRow shown = m_layout->displayRow(displayRow);
    if (shown.foldedRows > 0)
        return {-1, LineChange::Same, shown.foldedRows, shown.row};
    const AlignedRow &row = comparison->row(shown.row);
    return {row.line[size_t(m_pane)], row.change[size_t(m_pane)], 0, shown.row};
}

QString DiffTextView::rowText(int displayRow) const
{
    const Cell cell = cellAt(displayRow);
    return cell.line < 0 ? QString() : m_layout->comparison()->text(m_pane).line(cell.line);
}

QChar DiffTextView::rowSign(int displayRow) const
{
    return changeSign(cellAt(displayRow).change);
}

LineChange DiffTextView::rowChange(int displayRow) const
{
    return cellAt(displayRow).change;
}

void DiffTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (!m_layout->comparison())
        return;
    const int first = firstVisibleRow();
    const int last = std::min(m_layout->displayRowCount(), first + visibleRowCount() + 1);
    for (int row = first; row < last; ++row)
        paintRow(painter, row, (row - first) * rowHeight());
}

void DiffTextView::paintRow(QPainter &painter, int displayRow, int y)
{
    const Cell cell = cellAt(displayRow);
    if (cell.foldedRows > 0)
        paintFold(painter, cell.foldedRows, y);
    else
        paintLine(painter, cell, y);
    paintGutter(painter, cell, y);
    if (displayRow == m_currentRow) {
        painter.setPen(palette().color(QPalette::Highlight));
        painter.drawRect(QRect(0, y, viewport()->width() - 1, rowHeight() - 1));
    }
}

void DiffTextView::paintLine(QPainter &painter, const Cell &cell, int y)
{
    const int height = rowHeight();
    const QRect rowRect(0, y, viewport()->width(), height);
    if (cell.line < 0) {
        // A gap: hatched, in red when the baseline has a line this pane lacks.
        const QColor hatch = cell.change == LineChange::Removed
                ? changeColour(LineChange::Removed, palette(), true)
                : palette().color(QPalette::Midlight);
        painter.fillRect(rowRect, palette().color(QPalette::Window));
        painter.fillRect(rowRect, QBrush(hatch, Qt::BDiagPattern));
        return;
    }
    if (cell.change != LineChange::Same && cell.change != LineChange::Gap)
        painter.fillRect(rowRect, changeColour(cell.change, palette()));
    QList<int> columns;
    const QString shown
            = expandTabs(m_layout->comparison()->text(m_pane).line(cell.line), &columns);
    const int charW = charWidth();
    const int textX = gutterWidth() - horizontalScrollBar()->value();
    for (const TextSpan &span : m_layout->changedSpans(cell.row, m_pane)) {
        const int from = columnOf(columns, span.start);
        const int to = columnOf(columns, span.start + span.length);
        painter.fillRect(QRect(textX + from * charW, y, std::max(1, to - from) * charW, height),
                         changeColour(cell.change, palette(), true));
    }
    // Only the visible columns: one line may be megabytes long.
    const int firstColumn = std::max(0, (gutterWidth() - textX) / charW);
    const int columnCount = viewport()->width() / charW + 2;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QPoint(textX + firstColumn * charW, y + fontMetrics().ascent()),
                     shown.mid(firstColumn, columnCount));
}

void DiffTextView::paintFold(QPainter &painter, int foldedRows, int y)
{
    const QRect rowRect(0, y, viewport()->width(), rowHeight());
    painter.fillRect(rowRect, palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rowRect.adjusted(gutterWidth(), 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("\u22ef %n unchanged line(s) hidden: click to show", nullptr, foldedRows));
}

void DiffTextView::paintGutter(QPainter &painter, const Cell &cell, int y)
{
    const int charW = charWidth();
    const QRect gutter(0, y, gutterWidth() - charW, rowHeight());
    painter.fillRect(gutter, palette().color(QPalette::Window));
    if (cell.foldedRows > 0)
        return;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    if (cell.line >= 0)
        painter.drawText(gutter.adjusted(0, 0, -2 * charW, 0), Qt::AlignVCenter | Qt::AlignRight,
                         QString::number(cell.line + 1));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(gutter.right() - charW, y, charW, rowHeight()), Qt::AlignCenter,
                     QString(changeSign(cell.change)));
}

void DiffTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRanges();
    widenForVisibleLines();
    if (event->size().height() != event->oldSize().height())
        Q_EMIT rowsShownChanged();
}

void DiffTextView::scrollContentsBy(int, int)
{
    widenForVisibleLines();
    viewport()->update();
}

void DiffTextView::mousePressEvent(QMouseEvent *event)
{
    const int row = firstVisibleRow() + int(event->position().y()) / rowHeight();
    if (row >= m_layout->displayRowCount())
        return;
    if (cellAt(row).foldedRows > 0)
        Q_EMIT foldExpansionRequested(row);
    else
        Q_EMIT currentRowRequested(row);
}

void DiffTextView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier)) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int count = m_layout->displayRowCount();
    int row = m_currentRow;
    switch (event->key()) {
    case Qt::Key_Up:
        row -= 1;
        break;
    case Qt::Key_Down:
        row += 1;
        break;
    case Qt::Key_PageUp:
        row -= visibleRowCount();
        break;
    case Qt::Key_PageDown:
        row += visibleRowCount();
        break;
    case Qt::Key_Home:
        row = 0;
        break;
    case Qt::Key_End:
        row = count - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (cellAt(row).foldedRows > 0)
            Q_EMIT foldExpansionRequested(row);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    Q_EMIT currentRowRequested(std::clamp(row, 0, std::max(0, count - 1)));
}

} // namespace DreamFoundry
