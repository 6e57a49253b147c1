#include "comparison.h"

#include <dtl/dtl.hpp>

#include <QHash>

#include <algorithm>

// Intra-line differences, for the rows a viewer paints: words first, characters when two
// lines share no word. dtl does the diffing here too (docs/architecture.md, "Comparing
// artifacts").

namespace DreamFoundry {

namespace {

// Past this many differing tokens a line's middle is marked whole: a 5 MiB line must not
// cost a diff on every paint.
constexpr int maxTokens = 3000;
// Lines sharing no word are compared by characters up to this length (of the middle).
constexpr int maxCharDiff = 500;
// Longer lines are not split into words at all: their differing middle is marked whole.
constexpr qsizetype longLine = 20000;

struct Token
{
    int start = 0;
    int length = 0;
    bool space = false;
};

int tokenLength(const QString &s, int i)
{
    const QChar c = s[i];
    const int n = int(s.size());
    auto runWhile = [&](auto keep) {
        int j = i + 1;
        while (j < n && keep(s[j]))
            ++j;
        return j - i;
    };
    if (c.isSpace())
        return runWhile([](QChar x) { return x.isSpace(); });
    if (c.isLetterOrNumber() || c == QLatin1Char('_'))
        return runWhile([](QChar x) { return x.isLetterOrNumber() || x == QLatin1Char('_'); });
    return c.isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate() ? 2 : 1;
}

std::vector<Token> tokenize(const QString &s)
{
    std::vector<Token> tokens;
    for (int i = 0; i < int(s.size());) {
        const int length = tokenLength(s, i);
        tokens.push_back({i, length, s[i].isSpace()});
        i += length;
    }
    return tokens;
}

class SpanFinder
{
public:
    SpanFinder(const QString &base, const QString &other, const CompareOptions &options)
        : m_base(base)
        , m_other(other)
        , m_options(options)
        , m_baseTokens(tokenize(base))
        , m_otherTokens(tokenize(other))
    {}

    LineSpans find()
    {
        int lo = 0;
        int baseHi = int(m_baseTokens.size());
        int otherHi = int(m_otherTokens.size());
        while (lo < baseHi && lo < otherHi
               && tokenId(m_base, m_baseTokens[size_t(lo)])
                       == tokenId(m_other, m_otherTokens[size_t(lo)]))
            ++lo;
        while (baseHi > lo && otherHi > lo
               && tokenId(m_base, m_baseTokens[size_t(baseHi - 1)])
                       == tokenId(m_other, m_otherTokens[size_t(otherHi - 1)])) {
            --baseHi;
            --otherHi;
        }
        if (baseHi - lo > maxTokens || otherHi - lo > maxTokens)
            markWhole(lo, baseHi, otherHi);
        else
            diffTokens(lo, baseHi, otherHi);
        return m_spans;
    }

private:
    quint32 tokenId(const QString &line, const Token &token)
    {
        if (token.space && m_options.ignoreWhitespace)
            return 0;
        QString text = line.mid(token.start, token.length);
        if (m_options.ignoreCase)
            text = text.toCaseFolded();
        if (const auto it = m_ids.constFind(text); it != m_ids.cend())
            return it.value();
        const auto id = quint32(m_ids.size() + 1); // 0 is white space, when ignored
        m_ids.insert(text, id);
        return id;
    }

    static int charStart(const std::vector<Token> &tokens, int index, const QString &line)
    {
        return index < int(tokens.size()) ? tokens[size_t(index)].start : int(line.size());
    }

    void markWhole(int lo, int baseHi, int otherHi)
    {
        mark(m_spans.base, charStart(m_baseTokens, lo, m_base),
             charStart(m_baseTokens, baseHi, m_base));
        mark(m_spans.other, charStart(m_otherTokens, lo, m_other),
             charStart(m_otherTokens, otherHi, m_other));
    }

    static void mark(QList<TextSpan> &spans, int start, int end)
    {
        if (end <= start)
            return;
        if (!spans.isEmpty() && spans.last().start + spans.last().length == start)
            spans.last().length += end - start;
        else
            spans.append({start, end - start});
    }

    void diffTokens(int lo, int baseHi, int otherHi)
    {
        std::vector<quint32> a;
        std::vector<quint32> b;
        for (int i = lo; i < baseHi; ++i)
            a.push_back(tokenId(m_base, m_baseTokens[size_t(i)]));
        for (int j = lo; j < otherHi; ++j)
            b.push_back(tokenId(m_other, m_otherTokens[size_t(j)]));
        std::vector<char> baseCommon(a.size(), 0);
        std::vector<char> otherCommon(b.size(), 0);
        bool sharesWord = false;
        if (!a.empty() && !b.empty()) {
            dtl::Diff<quint32, std::vector<quint32>> diff(a, b);
            diff.compose();
            for (const auto &[id, info] : diff.getSes().getSequence()) {
                if (info.type != dtl::SES_COMMON)
                    continue;
                baseCommon[size_t(info.beforeIdx - 1)] = 1;
                otherCommon[size_t(info.afterIdx - 1)] = 1;
                sharesWord = sharesWord || !m_baseTokens[size_t(lo + info.beforeIdx - 1)].space;
            }
        }
        const int baseStart = charStart(m_baseTokens, lo, m_base);
        const int baseEnd = charStart(m_baseTokens, baseHi, m_base);
        const int otherStart = charStart(m_otherTokens, lo, m_other);
        const int otherEnd = charStart(m_otherTokens, otherHi, m_other);
        if (!sharesWord && baseEnd - baseStart <= maxCharDiff
            && otherEnd - otherStart <= maxCharDiff) {
            diffChars(baseStart, baseEnd, otherStart, otherEnd);
            return;
        }
        markTokens(m_spans.base, m_baseTokens, lo, baseCommon);
        markTokens(m_spans.other, m_otherTokens, lo, otherCommon);
    }

    void markTokens(QList<TextSpan> &spans, const std::vector<Token> &tokens, int lo,
                    const std::vector<char> &common) const
    {
        for (size_t k = 0; k < common.size(); ++k) {
            const Token &token = tokens[size_t(lo) + k];
            if (!common[k] && !(token.space && m_options.ignoreWhitespace))
                mark(spans, token.start, token.start + token.length);
        }
    }

    // A character as the diff sees it: a code point (a surrogate pair stays whole).
    struct CharUnit
    {
        int start = 0;
        int length = 1;
        quint32 id = 0;
    };

    std::vector<CharUnit> charUnits(const QString &line, int start, int end) const
    {
        std::vector<CharUnit> units;
        for (int i = start; i < end;) {
            const bool pair
                    = line[i].isHighSurrogate() && i + 1 < end && line[i + 1].isLowSurrogate();
            const QString unit = line.mid(i, pair ? 2 : 1);
            const QString key = m_options.ignoreCase ? unit.toCaseFolded() : unit;
            const quint32 id = key.size() > 1 && key[0].isHighSurrogate()
                    ? QChar::surrogateToUcs4(key[0], key[1])
                    : key[0].unicode();
            units.push_back({i, pair ? 2 : 1, id});
            i += pair ? 2 : 1;
        }
        return units;
    }

    void diffChars(int baseStart, int baseEnd, int otherStart, int otherEnd)
    {
        const std::vector<CharUnit> baseUnits = charUnits(m_base, baseStart, baseEnd);
        const std::vector<CharUnit> otherUnits = charUnits(m_other, otherStart, otherEnd);
        std::vector<quint32> a;
        std::vector<quint32> b;
        for (const CharUnit &unit : baseUnits)
            a.push_back(unit.id);
        for (const CharUnit &unit : otherUnits)
            b.push_back(unit.id);
        std::vector<char> baseCommon(a.size(), 0);
        std::vector<char> otherCommon(b.size(), 0);
        if (!a.empty() && !b.empty()) {
            dtl::Diff<quint32, std::vector<quint32>> diff(a, b);
            diff.compose();
            for (const auto &[id, info] : diff.getSes().getSequence()) {
                if (info.type == dtl::SES_COMMON) {
                    baseCommon[size_t(info.beforeIdx - 1)] = 1;
                    otherCommon[size_t(info.afterIdx - 1)] = 1;
                }
            }
        }
        markChars(m_spans.base, m_base, baseUnits, baseCommon);
        markChars(m_spans.other, m_other, otherUnits, otherCommon);
    }

    void markChars(QList<TextSpan> &spans, const QString &line, const std::vector<CharUnit> &units,
                   const std::vector<char> &common) const
    {
        for (size_t k = 0; k < common.size(); ++k) {
            const CharUnit &unit = units[k];
            if (!common[k] && !(m_options.ignoreWhitespace && line[unit.start].isSpace()))
                mark(spans, unit.start, unit.start + unit.length);
        }
    }

    const QString &m_base;
    const QString &m_other;
    const CompareOptions &m_options;
    std::vector<Token> m_baseTokens;
    std::vector<Token> m_otherTokens;
    QHash<QString, quint32> m_ids;
    LineSpans m_spans;
};

// The characters between the common prefix and suffix, marked whole on both sides.
LineSpans differingMiddle(const QString &base, const QString &other)
{
    const qsizetype shorter = std::min(base.size(), other.size());
    qsizetype prefix = 0;
    while (prefix < shorter && base[prefix] == other[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && base[base.size() - 1 - suffix] == other[other.size() - 1 - suffix])
        ++suffix;
    LineSpans spans;
    if (base.size() - suffix > prefix)
        spans.base.append({int(prefix), int(base.size() - suffix - prefix)});
    if (other.size() - suffix > prefix)
        spans.other.append({int(prefix), int(other.size() - suffix - prefix)});
    return spans;
}

} // namespace

LineSpans changedSpans(const QString &baseLine, const QString &otherLine,
                       const CompareOptions &options)
{
    if (baseLine.size() > longLine || otherLine.size() > longLine)
        return differingMiddle(baseLine, otherLine);
    return SpanFinder(baseLine, otherLine, options).find();
}

} // namespace DreamFoundry
