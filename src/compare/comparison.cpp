#include "comparison.h"

#include "linediff.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

namespace DreamFoundry {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// The key line `i` is compared by under the options: a view of its bytes when nothing is to
// be ignored, else the normalised line in `scratch` (and `*inScratch` set).
std::string_view lineKey(const ArtifactText &text, int i, const CompareOptions &options,
                         std::string &scratch, bool *inScratch)
{
    QByteArrayView bytes = text.lineBytes(i);
    if (options.ignoreLineEndings && bytes.endsWith('\r'))
        bytes.chop(1);
    // Without a final newline the last line differs from the same line with one, unless line
    // endings are ignored: as `diff`, which reports "No newline at end of file".
    const bool noFinalNewline = !options.ignoreLineEndings && !options.ignoreWhitespace
            && i == text.lineCount() - 1 && !text.endsWithNewline();
    *inScratch = options.ignoreWhitespace || options.ignoreCase || noFinalNewline;
    if (!*inScratch)
        return {bytes.data(), size_t(bytes.size())};
    QByteArray folded;
    if (options.ignoreCase
        && std::any_of(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; })) {
        folded = QString::fromUtf8(bytes).toCaseFolded().toUtf8();
        bytes = folded;
    }
    scratch.clear();
    for (const char c : bytes) {
        if (options.ignoreWhitespace && isAsciiSpace(c))
            continue;
        scratch += options.ignoreCase && c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    if (noFinalNewline)
        scratch += '\n'; // no line holds a newline, so this key equals no other
    return scratch;
}

// Distinct lines and their ids: open addressing over a flat array, sized once for the lines
// put in, with each slot's hash kept so lines are compared only when the hashes agree. (A
// std::unordered_map spent most of a 4-way comparison chasing its nodes.)
class LineTable
{
public:
    explicit LineTable(size_t lines)
    {
        size_t capacity = 16;
        while (capacity < lines * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot());
        m_mask = capacity - 1;
        m_keys.reserve(lines);
    }

    // The id of `key`, a new one when it is new; `key` must outlive the table.
    quint32 insert(std::string_view key)
    {
        const size_t hash = std::hash<std::string_view>()(key);
        Slot &slot = m_slots[probe(key, hash)];
        if (slot.id == empty) {
            slot = {hash, quint32(m_keys.size())};
            m_keys.push_back(key);
        }
        return slot.id;
    }

    // The id of `key`, or noCounterpart.
    quint32 find(std::string_view key) const
    {
        const quint32 id = m_slots[probe(key, std::hash<std::string_view>()(key))].id;
        return id == empty ? LineDiff::noCounterpart : id;
    }

private:
    static constexpr quint32 empty = 0xffffffffu;
    struct Slot
    {
        size_t hash = 0;
        quint32 id = empty;
    };

    // The slot holding `key`, or the empty slot where it would go.
    size_t probe(std::string_view key, size_t hash) const
    {
        size_t i = hash & m_mask;
        while (m_slots[i].id != empty && (m_slots[i].hash != hash || m_keys[m_slots[i].id] != key))
            i = (i + 1) & m_mask;
        return i;
    }

    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_keys;
    size_t m_mask = 0;
};

// One artifact's lines numbered through a table, against which another artifact's lines are
// looked up: a line not in the table gets noCounterpart. Only the smaller side of a pair needs
// a table, so a 50 MiB artifact against a 1 KB one costs a table of the 1 KB one's lines.
class NumberedLines
{
public:
    NumberedLines(const ArtifactText &text, const CompareOptions &options)
        : m_options(options), m_table(size_t(text.lineCount())), m_ids(size_t(text.lineCount()))
    {
        std::string scratch;
        bool inScratch = false;
        for (int i = 0; i < text.lineCount(); ++i) {
            std::string_view key = lineKey(text, i, options, scratch, &inScratch);
            if (inScratch)
                key = m_normalised.emplace_back(scratch);
            m_ids[size_t(i)] = m_table.insert(key);
        }
    }
    NumberedLines(const NumberedLines &) = delete; // the table points into m_normalised

    const LineDiff::LineIds &ids() const { return m_ids; }

    LineDiff::LineIds lookUp(const ArtifactText &other) const
    {
        LineDiff::LineIds ids(size_t(other.lineCount()));
        std::string scratch;
        bool inScratch = false;
        for (int j = 0; j < other.lineCount(); ++j)
            ids[size_t(j)] = m_table.find(lineKey(other, j, m_options, scratch, &inScratch));
        return ids;
    }

private:
    const CompareOptions &m_options;
    LineTable m_table;
    std::deque<std::string> m_normalised; // the normalised keys the table's views point to
    LineDiff::LineIds m_ids;
};

int firstTextPane(const std::vector<std::shared_ptr<const ArtifactText>> &texts)
{
    for (size_t k = 0; k < texts.size(); ++k)
        if (texts[k]->isText())
            return int(k);
    return -1;
}

bool sameBinary(const ArtifactText &a, const ArtifactText &b)
{
    return a.kind() == ArtifactText::Kind::Binary && b.kind() == ArtifactText::Kind::Binary
            && a.sha256() == b.sha256();
}

} // namespace

bool AlignedRow::differs(int paneCount) const
{
    for (int k = 0; k < paneCount; ++k)
        if (change[size_t(k)] != LineChange::Same && change[size_t(k)] != LineChange::Gap)
            return true;
    return false;
}

// Lays the panes out row by row from each pane's matches with the baseline (see
// docs/architecture.md, "Comparing artifacts").
class ComparisonBuilder
{
public:
    ComparisonBuilder(const std::vector<std::shared_ptr<const ArtifactText>> &texts, int baseline,
                      const CompareOptions &options)
        : m_result(std::make_shared<Comparison>())
    {
        m_result->m_texts = texts;
        m_result->m_options = options;
        m_result->m_requestedBaseline = baseline;
        m_result->m_baseline = texts[size_t(baseline)]->isText() ? baseline : firstTextPane(texts);
        m_result->m_matches.resize(texts.size());
        m_panes.resize(texts.size());
    }

    std::shared_ptr<const Comparison> build(const std::atomic_bool *cancel)
    {
        if (!matchPanes(cancel))
            return nullptr;
        layOutPanes();
        buildRows();
        findBlocks();
        countStats();
        indexRows();
        return m_result;
    }

private:
    // A run of lines a pane has where the baseline has none, shown before baseline line
    // `slot` (or after the last, when slot is the baseline's line count).
    struct Insertion
    {
        int slot = 0;
        int first = 0;
        int count = 0;
    };
    // One pane against the baseline: its cell on each baseline line, and its insertions.
    struct Layout
    {
        std::vector<int> line;
        std::vector<LineChange> change;
        std::vector<Insertion> insertions;
    };

    bool isDiffedPane(int k) const
    {
        return k != m_result->m_baseline && m_result->m_texts[size_t(k)]->isText();
    }
    int paneCount() const { return m_result->paneCount(); }
    int baselineLines() const
    {
        return m_result->m_baseline < 0 ? 0 : m_result->text(m_result->m_baseline).lineCount();
    }

    // The baseline's table is made once and shared by the panes, unless the baseline is much
    // larger than a pane: then that pane gets the table.
    bool matchPanes(const std::atomic_bool *cancel)
    {
        const ArtifactText &base = m_result->text(m_result->m_baseline);
        const CompareOptions &options = m_result->m_options;
        std::unique_ptr<NumberedLines> baseLines;
        for (int k = 0; k < paneCount(); ++k) {
            if (!isDiffedPane(k))
                continue;
            const ArtifactText &pane = m_result->text(k);
            bool cancelled = false;
            if (base.lineCount() <= 4 * pane.lineCount() + 1024) {
                if (!baseLines)
                    baseLines = std::make_unique<NumberedLines>(base, options);
                m_result->m_matches[size_t(k)] = LineDiff::matchLines(
                        baseLines->ids(), baseLines->lookUp(pane), {}, cancel, &cancelled);
            } else {
                const NumberedLines paneLines(pane, options);
                m_result->m_matches[size_t(k)] = LineDiff::matchLines(
                        paneLines.lookUp(base), paneLines.ids(), {}, cancel, &cancelled);
            }
            if (cancelled)
                return false;
        }
        return true;
    }

    // Between two matches, the baseline's lines and the pane's are paired as changed; the
    // baseline's extra lines are removed, the pane's extra lines inserted after the pairs.
    void layOutPanes()
    {
        const int nb = baselineLines();
        for (int k = 0; k < paneCount(); ++k) {
            if (!isDiffedPane(k))
                continue;
            Layout &layout = m_panes[size_t(k)];
            layout.line.assign(size_t(nb), -1);
            layout.change.assign(size_t(nb), LineChange::Removed);
            int nextBase = 0;
            int nextOther = 0;
            auto hunk = [&](int baseEnd, int otherEnd) {
                const int paired = std::min(baseEnd - nextBase, otherEnd - nextOther);
                for (int t = 0; t < paired; ++t) {
                    layout.line[size_t(nextBase + t)] = nextOther + t;
                    layout.change[size_t(nextBase + t)] = LineChange::Changed;
                }
                if (otherEnd - nextOther > paired)
                    layout.insertions.push_back(
                            {baseEnd, nextOther + paired, otherEnd - nextOther - paired});
            };
            for (const LineMatch &m : m_result->m_matches[size_t(k)]) {
                hunk(m.base, m.other);
                layout.line[size_t(m.base)] = m.other;
                layout.change[size_t(m.base)] = LineChange::Same;
                nextBase = m.base + 1;
                nextOther = m.other + 1;
            }
            hunk(nb, m_result->text(k).lineCount());
        }
    }

    void buildRows()
    {
        const int nb = baselineLines();
        const int base = m_result->m_baseline;
        if (base < 0)
            return;
        size_t rows = size_t(nb);
        for (const Layout &layout : m_panes)
            for (const Insertion &insertion : layout.insertions)
                rows += size_t(insertion.count); // at most: insertions side by side share rows
        m_result->m_rows.reserve(rows);
        std::vector<size_t> next(size_t(paneCount()), 0);
        for (int slot = 0; slot <= nb; ++slot) {
            addInsertionRows(slot, next);
            if (slot == nb)
                break;
            AlignedRow row;
            row.line[size_t(base)] = slot;
            for (int k = 0; k < paneCount(); ++k) {
                if (!isDiffedPane(k))
                    continue;
                row.line[size_t(k)] = m_panes[size_t(k)].line[size_t(slot)];
                row.change[size_t(k)] = m_panes[size_t(k)].change[size_t(slot)];
            }
            row.change[size_t(base)] = baselineChange(row);
            m_result->m_rows.push_back(row);
        }
    }

    // Same when every pane has the line, Removed when every differing pane lacks it.
    LineChange baselineChange(const AlignedRow &row) const
    {
        bool differs = false;
        bool allRemoved = true;
        for (int k = 0; k < paneCount(); ++k) {
            if (!isDiffedPane(k) || row.change[size_t(k)] == LineChange::Same)
                continue;
            differs = true;
            allRemoved = allRemoved && row.change[size_t(k)] == LineChange::Removed;
        }
        if (!differs)
            return LineChange::Same;
        return allRemoved ? LineChange::Removed : LineChange::Changed;
    }

    void addInsertionRows(int slot, std::vector<size_t> &next)
    {
        std::array<const Insertion *, AlignedRow::maxPanes> here{};
        int height = 0;
        for (int k = 0; k < paneCount(); ++k) {
            const std::vector<Insertion> &insertions = m_panes[size_t(k)].insertions;
            if (next[size_t(k)] < insertions.size() && insertions[next[size_t(k)]].slot == slot) {
                here[size_t(k)] = &insertions[next[size_t(k)]++];
                height = std::max(height, here[size_t(k)]->count);
            }
        }
        for (int r = 0; r < height; ++r) {
            AlignedRow row;
            for (int k = 0; k < paneCount(); ++k) {
                if (here[size_t(k)] && r < here[size_t(k)]->count) {
                    row.line[size_t(k)] = here[size_t(k)]->first + r;
                    row.change[size_t(k)] = LineChange::Added;
                }
            }
            m_result->m_rows.push_back(row);
        }
    }

    void findBlocks()
    {
        const int n = m_result->rowCount();
        for (int r = 0; r < n; ++r) {
            if (!m_result->row(r).differs(paneCount()))
                continue;
            QList<DiffBlock> &blocks = m_result->m_blocks;
            if (!blocks.isEmpty() && blocks.last().firstRow + blocks.last().rowCount == r)
                ++blocks.last().rowCount;
            else
                blocks.append({r, 1});
        }
    }

    void countStats()
    {
        const int base = m_result->m_baseline;
        const ArtifactText &requested = m_result->text(m_result->m_requestedBaseline);
        for (int k = 0; k < paneCount(); ++k) {
            PaneStats stats;
            for (const AlignedRow &row : m_result->m_rows) {
                if (!isDiffedPane(k))
                    break;
                stats.added += row.change[size_t(k)] == LineChange::Added;
                stats.removed += row.change[size_t(k)] == LineChange::Removed;
                stats.changed += row.change[size_t(k)] == LineChange::Changed;
            }
            if (k == base || k == m_result->m_requestedBaseline)
                stats.identical = true;
            else if (isDiffedPane(k))
                stats.identical = stats.added + stats.removed + stats.changed == 0;
            else
                stats.identical = sameBinary(requested, m_result->text(k));
            m_result->m_stats.append(stats);
        }
    }

    void indexRows()
    {
        m_result->m_rowOfLine.resize(size_t(paneCount()));
        for (int k = 0; k < paneCount(); ++k)
            if (m_result->text(k).isText())
                m_result->m_rowOfLine[size_t(k)].assign(size_t(m_result->text(k).lineCount()), -1);
        for (int r = 0; r < m_result->rowCount(); ++r)
            for (int k = 0; k < paneCount(); ++k)
                if (const int line = m_result->row(r).line[size_t(k)]; line >= 0)
                    m_result->m_rowOfLine[size_t(k)][size_t(line)] = r;
    }

    std::shared_ptr<Comparison> m_result;
    std::vector<Layout> m_panes;
};

int Comparison::rowOfLine(int pane, int line) const
{
    if (pane < 0 || pane >= paneCount())
        return -1;
    const std::vector<int> &rows = m_rowOfLine[size_t(pane)];
    return line >= 0 && size_t(line) < rows.size() ? rows[size_t(line)] : -1;
}

int Comparison::nextBlockRow(int row) const
{
    const auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), row,
                                     [](int r, const DiffBlock &b) { return r < b.firstRow; });
    return it == m_blocks.cend() ? -1 : it->firstRow;
}

int Comparison::previousBlockRow(int row) const
{
    const auto it = std::lower_bound(m_blocks.cbegin(), m_blocks.cend(), row,
                                     [](const DiffBlock &b, int r) { return b.firstRow < r; });
    return it == m_blocks.cbegin() ? -1 : std::prev(it)->firstRow;
}

bool Comparison::allIdentical() const
{
    const ArtifactText::Kind kind = text(m_requestedBaseline).kind();
    for (int k = 0; k < paneCount(); ++k) {
        if (text(k).kind() != kind || !m_stats.at(k).identical)
            return false;
    }
    return kind == ArtifactText::Kind::Text || kind == ArtifactText::Kind::Binary;
}

std::shared_ptr<const Comparison>
compareArtifacts(const std::vector<std::shared_ptr<const ArtifactText>> &texts, int baseline,
                 const CompareOptions &options, const std::atomic_bool *cancel)
{
    if (texts.size() < 2 || texts.size() > size_t(AlignedRow::maxPanes) || baseline < 0
        || size_t(baseline) >= texts.size())
        return nullptr;
    return ComparisonBuilder(texts, baseline, options).build(cancel);
}

std::shared_ptr<const Comparison> compareSources(const QList<CompareSource> &sources, int baseline,
                                                 const CompareOptions &options,
                                                 const std::atomic_bool *cancel)
{
    std::vector<std::shared_ptr<const ArtifactText>> texts;
    for (const CompareSource &source : sources) {
        if (cancel && cancel->load())
            return nullptr;
        texts.push_back(ArtifactText::load(source, options));
    }
    return compareArtifacts(texts, baseline, options, cancel);
}

} // namespace DreamFoundry
