#include "comparison.h"

#include <QCoreApplication>

#include <algorithm>

// The unified diff of `dreamfoundry compare` and the folding of the viewer's "differences
// only", both made from an aligned Comparison (docs/architecture.md, "Comparing artifacts").

namespace DreamFoundry {

namespace {

constexpr auto bold = "\x1b[1m";
constexpr auto cyan = "\x1b[36m";
constexpr auto red = "\x1b[31m";
constexpr auto green = "\x1b[32m";
constexpr auto reset = "\x1b[0m";

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::Comparison, which lupdate can read.
class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::Comparison)
};

// Lines a[a0, a1) of the baseline were replaced by b[b0, b1) of the pane.
struct Change
{
    int a0 = 0;
    int a1 = 0;
    int b0 = 0;
    int b1 = 0;
};

std::vector<Change> changesOf(const std::vector<LineMatch> &matches, int na, int nb)
{
    std::vector<Change> changes;
    int a = 0;
    int b = 0;
    auto gap = [&](int aEnd, int bEnd) {
        if (aEnd > a || bEnd > b)
            changes.push_back({a, aEnd, b, bEnd});
    };
    for (const LineMatch &m : matches) {
        gap(m.base, m.other);
        a = m.base + 1;
        b = m.other + 1;
    }
    gap(na, nb);
    return changes;
}

class UnifiedWriter
{
public:
    UnifiedWriter(const ArtifactText &a, const ArtifactText &b, const UnifiedDiffFormat &format)
        : m_a(a), m_b(b), m_format(format)
    {}

    QByteArray write(const std::vector<Change> &changes)
    {
        if (changes.empty())
            return {};
        coloured(bold, QByteArray("--- ") + text(m_a.source().label));
        coloured(bold, QByteArray("+++ ") + text(m_b.source().label));
        const int context = std::max(0, m_format.context);
        for (size_t first = 0; first < changes.size();) {
            size_t last = first;
            while (last + 1 < changes.size()
                   && changes[last + 1].a0 - changes[last].a1 <= 2 * context)
                ++last;
            hunk(changes, first, last, context);
            first = last + 1;
        }
        return m_out;
    }

private:
    QByteArray text(const QString &s) const
    {
        return (m_format.escape ? m_format.escape(s) : s).toUtf8();
    }

    // `colour` empty: none (context lines).
    void coloured(const char *colour, const QByteArray &line)
    {
        const bool paint = m_format.colour && *colour;
        if (paint)
            m_out += colour;
        m_out += line;
        if (paint)
            m_out += reset;
        m_out += '\n';
    }

    void line(char prefix, const char *colour, const ArtifactText &t, int i)
    {
        const QByteArrayView bytes = t.lineBytes(i);
        QByteArray content(1, prefix);
        if (m_format.escape)
            content += m_format.escape(QString::fromUtf8(bytes)).toUtf8();
        else
            content.append(bytes);
        coloured(colour, content);
        if (i == t.lineCount() - 1 && !t.endsWithNewline())
            m_out += "\\ No newline at end of file\n";
    }

    // "3,4" for lines 3 to 6, "3" for line 3 alone, "2,0" for none after line 2.
    static QByteArray range(int start, int length)
    {
        if (length == 1)
            return QByteArray::number(start + 1);
        return QByteArray::number(length == 0 ? start : start + 1) + ','
                + QByteArray::number(length);
    }

    void hunk(const std::vector<Change> &changes, size_t first, size_t last, int context)
    {
        const Change &head = changes[first];
        const Change &tail = changes[last];
        const int aStart = std::max(0, head.a0 - context);
        const int bStart = head.b0 - (head.a0 - aStart);
        const int aEnd = std::min(m_a.lineCount(), tail.a1 + context);
        const int bEnd = tail.b1 + (aEnd - tail.a1);
        coloured(cyan,
                 "@@ -" + range(aStart, aEnd - aStart) + " +" + range(bStart, bEnd - bStart)
                         + " @@");
        int a = aStart;
        for (size_t c = first; c <= last; ++c) {
            for (; a < changes[c].a0; ++a)
                line(' ', "", m_a, a);
            for (int i = changes[c].a0; i < changes[c].a1; ++i)
                line('-', red, m_a, i);
            for (int j = changes[c].b0; j < changes[c].b1; ++j)
                line('+', green, m_b, j);
            a = changes[c].a1;
        }
        for (; a < aEnd; ++a)
            line(' ', "", m_a, a);
    }

    const ArtifactText &m_a;
    const ArtifactText &m_b;
    const UnifiedDiffFormat &m_format;
    QByteArray m_out;
};

// One line for a pair that cannot be diffed as text, or nothing when both are the same binary.
QByteArray notTextLine(const ArtifactText &a, const ArtifactText &b,
                       const UnifiedDiffFormat &format)
{
    auto escaped = [&](const QString &s) {
        return (format.escape ? format.escape(s) : s);
    };
    using Kind = ArtifactText::Kind;
    for (const ArtifactText *t : {&a, &b})
        if (t->kind() != Kind::Text && t->kind() != Kind::Binary)
            return escaped(QStringLiteral("%1: %2").arg(t->source().label, t->problem())).toUtf8()
                    + '\n';
    if (a.kind() == Kind::Binary && b.kind() == Kind::Binary && a.sha256() == b.sha256())
        return {};
    return escaped(ComparisonText::tr("Binary artifacts %1 and %2 differ")
                           .arg(a.source().label, b.source().label))
                   .toUtf8()
            + '\n';
}

} // namespace

QByteArray unifiedDiff(const Comparison &comparison, int pane, const UnifiedDiffFormat &format)
{
    const int base = comparison.requestedBaseline();
    if (pane == base || pane < 0 || pane >= comparison.paneCount())
        return {};
    const ArtifactText &a = comparison.text(base);
    const ArtifactText &b = comparison.text(pane);
    if (!a.isText() || !b.isText())
        return notTextLine(a, b, format);
    return UnifiedWriter(a, b, format)
            .write(changesOf(comparison.matches(pane), a.lineCount(), b.lineCount()));
}

QList<RowRange> foldUnchanged(const Comparison &comparison, int context)
{
    const int rows = comparison.rowCount();
    context = std::max(0, context);
    QList<RowRange> shown; // the differences with their context, merged
    for (const DiffBlock &block : comparison.blocks()) {
        const int start = std::max(0, block.firstRow - context);
        const int end = std::min(rows, block.firstRow + block.rowCount + context);
        // A single unchanged row between two shown ranges is shown: folding it saves nothing.
        if (!shown.isEmpty() && shown.last().firstRow + shown.last().rowCount + 1 >= start)
            shown.last().rowCount = end - shown.last().firstRow;
        else
            shown.append({start, end - start, false});
    }
    QList<RowRange> ranges;
    int cursor = 0;
    for (const RowRange &range : shown) {
        if (range.firstRow > cursor)
            ranges.append({cursor, range.firstRow - cursor, true});
        ranges.append(range);
        cursor = range.firstRow + range.rowCount;
    }
    if (cursor < rows)
        ranges.append({cursor, rows - cursor, true});
    return ranges;
}

} // namespace DreamFoundry
