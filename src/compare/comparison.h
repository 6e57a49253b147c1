#pragma once

#include "artifacttext.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace DreamFoundry {

// What a pane's cell in an aligned row is, relative to the baseline pane's cell of that row.
enum class LineChange : quint8 {
    Same, // the pane's line equals the baseline's (under the options)
    Changed, // the pane's line stands where the baseline has a different one
    Added, // the pane has a line where the baseline has none
    Removed, // the baseline has a line the pane lacks (the pane's cell is a gap)
    Gap, // neither has a line here (another pane added some), or the pane is not text
};

// One row of the aligned panes: each pane's line index there, or -1 for a gap. A baseline
// cell is Same when every text pane has its line, Removed when every differing pane lacks
// it, else Changed; a baseline gap is Gap.
struct AlignedRow
{
    static constexpr int maxPanes = 4;
    std::array<int, maxPanes> line{-1, -1, -1, -1};
    std::array<LineChange, maxPanes> change{LineChange::Gap, LineChange::Gap, LineChange::Gap,
                                            LineChange::Gap};

    // Any text pane differs from the baseline here.
    bool differs(int paneCount) const;
};

// A run of consecutive differing rows: what next / previous difference steps through.
struct DiffBlock
{
    int firstRow = 0;
    int rowCount = 0;
};

// A pane's lines against the baseline's, for its header.
struct PaneStats
{
    int added = 0;
    int removed = 0; // baseline lines the pane lacks
    int changed = 0;
    // The pane equals the baseline: no line differs under the options, or both are binary
    // with the same sha256. Always true for the baseline itself.
    bool identical = false;
};

// A pair of equal lines, `base` in the baseline and `other` in a pane.
struct LineMatch
{
    int base = 0;
    int other = 0;
    bool operator==(const LineMatch &) const = default;
};

// The aligned comparison of two to four artifacts against one baseline pane: lines that
// match line up across all panes, with gaps where lines were added or removed (as meld
// shows them). Immutable: computed off the GUI thread, then shared (docs/architecture.md,
// "Comparing artifacts").
class Comparison final
{
public:
    int paneCount() const { return int(m_texts.size()); }
    const ArtifactText &text(int pane) const { return *m_texts.at(pane); }
    std::shared_ptr<const ArtifactText> textPointer(int pane) const { return m_texts.at(pane); }
    const CompareOptions &options() const { return m_options; }

    // The baseline asked for, and the one used: when the one asked for is not text (binary,
    // missing), the first text pane is used, so the other panes still diff against each other.
    // -1 when no pane is text.
    int requestedBaseline() const { return m_requestedBaseline; }
    int baseline() const { return m_baseline; }

    int rowCount() const { return int(m_rows.size()); }
    const AlignedRow &row(int i) const { return m_rows[size_t(i)]; }
    const std::vector<AlignedRow> &rows() const { return m_rows; }
    // The row showing `line` of `pane`; -1 when out of range or the pane is not text.
    int rowOfLine(int pane, int line) const;

    const QList<DiffBlock> &blocks() const { return m_blocks; }
    // The first row of the first block starting after `row` (before it), or -1: next and
    // previous difference.
    int nextBlockRow(int row) const;
    int previousBlockRow(int row) const;

    PaneStats stats(int pane) const { return m_stats.at(pane); }
    // Every pane is identical to the baseline (see PaneStats::identical).
    bool allIdentical() const;

    // The equal lines of `pane` and the baseline, increasing in both (empty for the baseline
    // itself and for panes that are not text). The unified diff is made from these.
    const std::vector<LineMatch> &matches(int pane) const { return m_matches.at(pane); }

private:
    friend class ComparisonBuilder;
    std::vector<std::shared_ptr<const ArtifactText>> m_texts;
    CompareOptions m_options;
    int m_requestedBaseline = 0;
    int m_baseline = 0;
    std::vector<AlignedRow> m_rows;
    std::vector<std::vector<int>> m_rowOfLine;
    QList<DiffBlock> m_blocks;
    QList<PaneStats> m_stats;
    std::vector<std::vector<LineMatch>> m_matches;
};

// Aligns 2 to 4 loaded artifacts against the pane `baseline`. CPU work: call it off the GUI
// thread. Returns null when `cancel` was set before it finished (checked between pieces of
// work), or when there are fewer than 2 or more than 4 texts.
std::shared_ptr<const Comparison>
compareArtifacts(const std::vector<std::shared_ptr<const ArtifactText>> &texts, int baseline,
                 const CompareOptions &options, const std::atomic_bool *cancel = nullptr);

// Loads every source (ArtifactText::load) and aligns them: the whole job of CompareJob, for
// callers already off the GUI thread (the command line).
std::shared_ptr<const Comparison> compareSources(const QList<CompareSource> &sources, int baseline,
                                                 const CompareOptions &options,
                                                 const std::atomic_bool *cancel = nullptr);

// A run of characters inside a line: QString positions (UTF-16 units).
struct TextSpan
{
    int start = 0;
    int length = 0;
    bool operator==(const TextSpan &) const = default;
};

// What differs inside a changed line: spans of `baseLine` and of `otherLine` to mark. Words
// are compared first (runs of letters and digits, white space, single punctuation), falling
// back to characters when the lines share no word. Cheap enough for the visible rows only:
// long lines are cut to their differing middle, marked whole past a few thousand tokens.
struct LineSpans
{
    QList<TextSpan> base;
    QList<TextSpan> other;
};
LineSpans changedSpans(const QString &baseLine, const QString &otherLine,
                       const CompareOptions &options);

// "Differences only": the rows split into ranges shown (every difference with `context`
// rows around it) and ranges folded (the unchanged runs between), in order and covering
// every row. A viewer expands a folded range by showing it.
struct RowRange
{
    int firstRow = 0;
    int rowCount = 0;
    bool folded = false;
    bool operator==(const RowRange &) const = default;
};
QList<RowRange> foldUnchanged(const Comparison &comparison, int context = 3);

// How unifiedDiff writes.
struct UnifiedDiffFormat
{
    int context = 3;
    bool colour = false; // ANSI colours: headers bold, hunks cyan, removed red, added green
    // When set, each line is decoded, passed through it (say, to make control characters
    // visible on a terminal) and written as UTF-8; when not, lines are written byte for byte.
    std::function<QString(const QString &)> escape;
};

// `diff -u` of the requested baseline pane against `pane`: "--- base label", "+++ pane
// label", hunks; empty when they are identical under the options. When either is not text,
// one line instead: "Binary artifacts a and b differ" (unless both are binary and equal), or
// "b: <why it has no text>".
QByteArray unifiedDiff(const Comparison &comparison, int pane,
                       const UnifiedDiffFormat &format = {});

} // namespace DreamFoundry
