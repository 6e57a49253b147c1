#include "overviewruler.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace DreamFoundry {

OverviewRuler::OverviewRuler(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where the differences are; click to go there"));
}

void OverviewRuler::setMarks(const QList<Mark> &marks, int totalRows)
{
    m_marks = marks;
    m_totalRows = totalRows;
    update();
}

void OverviewRuler::setVisibleRows(int firstRow, int rowCount)
{
    if (firstRow == m_visibleFirst && rowCount == m_visibleCount)
        return;
    m_visibleFirst = firstRow;
    m_visibleCount = rowCount;
    update();
}

QSize OverviewRuler::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 2, 100};
}

int OverviewRuler::yOf(int row) const
{
    if (m_totalRows <= 0)
        return 0;
    return int(qint64(row) * height() / m_totalRows);
}

int OverviewRuler::rowAt(int y) const
{
    if (height() <= 0)
        return 0;
    return int(std::clamp<qint64>(qint64(y) * m_totalRows / height(), 0, m_totalRows - 1));
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    // A difference of one row in a million-row document still gets a visible mark.
    for (const Mark &mark : std::as_const(m_marks)) {
        const int top = yOf(mark.firstRow);
        const int bottom = std::max(yOf(mark.firstRow + mark.rowCount), top + 2);
        painter.fillRect(QRect(1, top, width() - 2, bottom - top), mark.colour);
    }
    if (m_totalRows > 0 && m_visibleCount < m_totalRows) {
        const int top = yOf(m_visibleFirst);
        const int bottom = std::max(yOf(m_visibleFirst + m_visibleCount), top + 3);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawRect(QRect(0, top, width() - 1, bottom - top - 1));
    }
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    if (m_totalRows > 0 && event->button() == Qt::LeftButton)
        Q_EMIT rowRequested(rowAt(event->position().toPoint().y()));
}

void OverviewRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (m_totalRows > 0 && (event->buttons() & Qt::LeftButton))
        Q_EMIT rowRequested(rowAt(event->position().toPoint().y()));
}

} // namespace DreamFoundry
