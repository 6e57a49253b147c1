#include "comparelayout.h"

#include <algorithm>

namespace DreamFoundry {

void CompareLayout::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_spans.clear();
    m_ranges.clear();
    if (m_comparison && m_differencesOnly)
        m_ranges = foldUnchanged(*m_comparison);
    rebuild();
}

void CompareLayout::setDifferencesOnly(bool on)
{
    if (on == m_differencesOnly)
        return;
    m_differencesOnly = on;
    m_ranges = on && m_comparison ? foldUnchanged(*m_comparison) : QList<RowRange>();
    rebuild();
}

bool CompareLayout::expand(int displayRow)
{
    const int segment = segmentOfDisplayRow(displayRow);
    if (segment < 0 || !m_segments[size_t(segment)].range.folded)
        return false;
    m_ranges[m_segments[size_t(segment)].rangeIndex].folded = false;
    rebuild();
    return true;
}

void CompareLayout::rebuild()
{
    m_segments.clear();
    const int rows = m_comparison ? m_comparison->rowCount() : 0;
    // Not folding: one range of every row, so both cases map rows the same way.
    const QList<RowRange> ranges
            = m_ranges.isEmpty() ? QList<RowRange>{RowRange{0, rows, false}} : m_ranges;
    int next = 0;
    for (int index = 0; index < ranges.size(); ++index) {
        if (ranges[index].rowCount <= 0)
            continue;
        m_segments.push_back({ranges[index], index, next});
        next += m_segments.back().displayRows();
    }
    m_displayRowCount = next;
}

int CompareLayout::segmentOfDisplayRow(int displayRow) const
{
    if (displayRow < 0 || displayRow >= m_displayRowCount)
        return -1;
    const auto after = std::upper_bound(
            m_segments.begin(), m_segments.end(), displayRow,
            [](int value, const Segment &segment) { return value < segment.firstDisplayRow; });
    return int(after - m_segments.begin()) - 1;
}

CompareLayout::DisplayRow CompareLayout::displayRow(int displayRow) const
{
    const int index = segmentOfDisplayRow(displayRow);
    if (index < 0)
        return {};
    const Segment &segment = m_segments[size_t(index)];
    if (segment.range.folded)
        return {segment.range.firstRow, segment.range.rowCount};
    return {segment.range.firstRow + displayRow - segment.firstDisplayRow, 0};
}

int CompareLayout::displayRowOf(int row) const
{
    const auto after = std::upper_bound(
            m_segments.begin(), m_segments.end(), row,
            [](int value, const Segment &segment) { return value < segment.range.firstRow; });
    if (after == m_segments.begin())
        return 0;
    const Segment &segment = *(after - 1);
    if (segment.range.folded)
        return segment.firstDisplayRow;
    return segment.firstDisplayRow
            + std::min(row - segment.range.firstRow, segment.range.rowCount - 1);
}

QList<TextSpan> CompareLayout::changedSpans(int row, int pane) const
{
    if (!m_comparison || row < 0 || row >= m_comparison->rowCount())
        return {};
    const Comparison &comparison = *m_comparison;
    const AlignedRow &aligned = comparison.row(row);
    if (aligned.change[size_t(pane)] != LineChange::Changed)
        return {};
    const int baseline = comparison.baseline();
    int other = pane;
    if (pane == baseline) {
        other = -1;
        for (int p = 0; p < comparison.paneCount() && other < 0; ++p) {
            if (p != baseline && aligned.change[size_t(p)] == LineChange::Changed)
                other = p;
        }
        if (other < 0)
            return {}; // changed only by lines missing elsewhere: the whole line is the change
    }
    const qint64 key = qint64(row) * AlignedRow::maxPanes + other;
    if (!m_spans.contains(key)) {
        const QString baseLine = comparison.text(baseline).line(aligned.line[size_t(baseline)]);
        const QString otherLine = comparison.text(other).line(aligned.line[size_t(other)]);
        m_spans.insert(key,
                       new LineSpans(DreamFoundry::changedSpans(baseLine, otherLine,
                                                                comparison.options())));
    }
    const LineSpans *spans = m_spans.object(key);
    return pane == baseline ? spans->base : spans->other;
}

} // namespace DreamFoundry
