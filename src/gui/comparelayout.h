#pragma once

#include "compare/comparison.h"

#include <QCache>
#include <QList>

#include <memory>
#include <vector>

namespace DreamFoundry {

// The rows the comparison viewer shows, shared by its panes: the comparison's aligned rows,
// or with "differences only" its ranges with the unchanged runs folded to one row each (until
// expanded). Maps between rows on screen ("display rows") and the comparison's rows, and
// keeps the changed spans of the lines painted lately, so scrolling does not diff a line twice.
class CompareLayout final
{
public:
    struct DisplayRow
    {
        int row = -1; // the comparison's row; for a fold, its first
        int foldedRows = 0; // > 0: a fold standing for this many unchanged rows
    };

    void setComparison(std::shared_ptr<const Comparison> comparison);
    const Comparison *comparison() const { return m_comparison.get(); }
    std::shared_ptr<const Comparison> comparisonPointer() const { return m_comparison; }

    void setDifferencesOnly(bool on);
    bool differencesOnly() const { return m_differencesOnly; }
    // Shows the rows of the fold at `displayRow`; false when it is no fold.
    bool expand(int displayRow);

    int displayRowCount() const { return m_displayRowCount; }
    DisplayRow displayRow(int displayRow) const;
    // Where the comparison's `row` is on screen: its own display row, or its fold's.
    int displayRowOf(int row) const;

    // The spans of `pane`'s line in `row` to mark as changed (empty unless the cell is
    // Changed). The baseline's line is marked against the first pane that changed it.
    QList<TextSpan> changedSpans(int row, int pane) const;

private:
    struct Segment
    {
        RowRange range;
        int rangeIndex = 0; // in m_ranges, when folding
        int firstDisplayRow = 0;
        int displayRows() const { return range.folded ? 1 : range.rowCount; }
    };
    void rebuild();
    int segmentOfDisplayRow(int displayRow) const;

    std::shared_ptr<const Comparison> m_comparison;
    bool m_differencesOnly = false;
    QList<RowRange> m_ranges; // the folding; all rows in one range when not folding
    std::vector<Segment> m_segments;
    int m_displayRowCount = 0;
    mutable QCache<qint64, LineSpans> m_spans{2000}; // by row * maxPanes + pane
};

} // namespace DreamFoundry
