#include "historychart.h"

#include "core/untrustedtext.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace DreamFoundry {

namespace {

constexpr int stripHeight = 46;
constexpr int labelWidth = 110;

const HistoryCandidate *candidateIn(const HistoryEntry &entry, const QString &id)
{
    const auto found = std::ranges::find(entry.candidates, id, &HistoryCandidate::id);
    return found == entry.candidates.end() ? nullptr : &*found;
}

QColor outcomeColour(const HistoryCandidate &c)
{
    if (c.state == QLatin1StringView("succeeded") && !c.disqualified)
        return QColor(0x17, 0x80, 0x3d);
    if (c.state == QLatin1StringView("cancelled"))
        return QColor(0x9c, 0xa3, 0xaf);
    return QColor(0xb4, 0x23, 0x18);
}

// The outcome by shape as well as colour: a dot passed, a cross failed, a ring cancelled.
void drawOutcome(QPainter &painter, const HistoryCandidate &c, const QPointF &at)
{
    const QColor colour = outcomeColour(c);
    if (c.state == QLatin1StringView("succeeded") && !c.disqualified) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(at, 3.5, 3.5);
    } else if (c.state == QLatin1StringView("cancelled")) {
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, 3.5, 3.5);
    } else {
        painter.setPen(QPen(colour, 2));
        painter.drawLine(at + QPointF(-4, -4), at + QPointF(4, 4));
        painter.drawLine(at + QPointF(-4, 4), at + QPointF(4, -4));
    }
}

} // namespace

HistoryChart::HistoryChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setMinimumHeight(stripHeight);
}

void HistoryChart::setEntries(const QList<HistoryEntry> &entries)
{
    m_runs.clear();
    for (const HistoryEntry &entry : entries) {
        if (!entry.isBroken() && m_runs.size() < maxRuns)
            m_runs.prepend(entry);
    }
    QHash<QString, int> seen;
    QStringList order;
    for (const HistoryEntry &entry : std::as_const(m_runs)) {
        for (const HistoryCandidate &c : entry.candidates) {
            if (seen[c.id]++ == 0)
                order.append(c.id);
        }
    }
    std::ranges::stable_sort(order, [&seen](const QString &a, const QString &b) {
        return seen.value(a) > seen.value(b);
    });
    m_candidates = order.mid(0, maxCandidates);
    setMinimumHeight(std::max<int>(1, int(m_candidates.size())) * stripHeight + 8);
    updateGeometry();
    update();
}

QSize HistoryChart::sizeHint() const
{
    return {480, std::max<int>(1, int(m_candidates.size())) * stripHeight + 8};
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_candidates.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No runs to chart."));
        return;
    }
    for (int i = 0; i < m_candidates.size(); ++i)
        paintStrip(painter, m_candidates[i],
                   QRect(4, 4 + i * stripHeight, width() - 8, stripHeight - 6));
}

void HistoryChart::paintStrip(QPainter &painter, const QString &candidate, const QRect &area) const
{
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(
            QRect(area.left(), area.top(), labelWidth - 6, area.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            painter.fontMetrics().elidedText(UntrustedText::visibleControlsOneLine(candidate),
                                             Qt::ElideRight, labelWidth - 6));
    const QRect plot(area.left() + labelWidth, area.top(), area.width() - labelWidth,
                     area.height() - 12);
    const QRect bars(plot.left(), plot.bottom() + 2, plot.width(), 10);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(plot.topLeft(), plot.topRight()); // 100
    double slowest = 0.001;
    for (const HistoryEntry &run : m_runs) {
        if (const HistoryCandidate *c = candidateIn(run, candidate))
            slowest = std::max(slowest, c->runtimeSeconds);
    }
    const double step
            = m_runs.size() > 1 ? double(plot.width() - 8) / double(m_runs.size() - 1) : 0.0;
    QPainterPath line;
    bool started = false;
    for (int i = 0; i < m_runs.size(); ++i) {
        const HistoryCandidate *c = candidateIn(m_runs[i], candidate);
        if (!c)
            continue;
        const double x = plot.left() + 4 + i * step;
        const double barHeight = bars.height() * c->runtimeSeconds / slowest;
        painter.fillRect(QRectF(x - 2, bars.bottom() - barHeight, 4, barHeight),
                         QColor(0xf5, 0x9e, 0x0b));
        const double total = std::clamp(c->total.value_or(0.0), 0.0, 100.0);
        const QPointF point(x, plot.bottom() - plot.height() * total / 100.0);
        started ? line.lineTo(point) : line.moveTo(point);
        started = true;
        drawOutcome(painter, *c, point);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x3b, 0x82, 0xf6), 1.5));
    painter.drawPath(line);
}

} // namespace DreamFoundry
