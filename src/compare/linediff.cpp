#include "linediff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <unordered_map>

// dtl (Wu, Manber and Myers' O(NP) algorithm) finds a shortest edit script, but its time and
// memory grow with the number of differences times the input's length, and past two million
// path points it gives up minimality. The passes around it keep the pieces it sees small:
//   1. the common prefix and suffix are equal lines (exact);
//   2. a line whose id does not occur on the other side can never be matched (exact);
//   3. a piece larger than Tuning::directBelow is split at the lines that occur exactly once
//      on each side, kept in the longest order-preserving chain (patience anchors);
//   4. a large piece without such lines goes to dtl a window at a time (diffInWindows).
// Steps 3 and 4 are the inexact ones; the tests hold them within 1% of dtl's shortest script.
// See docs/architecture.md, "Comparing artifacts".

namespace DreamFoundry::LineDiff {

namespace {

constexpr quint32 noMatch = noCounterpart;
// Anchoring nests (a gap is split at the lines unique within it) at most this deep.
constexpr int maxDepth = 32;

class Matcher
{
public:
    Matcher(const LineIds &a, const LineIds &b, const Tuning &tuning,
            const std::atomic_bool *cancel)
        : m_a(a), m_b(b), m_tuning(tuning), m_cancel(cancel)
    {}

    // False when cancelled.
    bool run(std::vector<LineMatch> &out)
    {
        std::vector<int> ra;
        std::vector<int> rb;
        keepLinesWithCounterpart(ra, rb);
        m_ra = std::move(ra);
        m_rb = std::move(rb);
        solve(0, int(m_ra.size()), 0, int(m_rb.size()), 0, out);
        return !cancelled();
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // Renumbers the ids densely (they may be any number; the artifacts' ids already are
    // small, and then no hashing is needed) and keeps, of each side, the positions whose id
    // also occurs on the other side.
    void keepLinesWithCounterpart(std::vector<int> &ra, std::vector<int> &rb)
    {
        quint32 maxId = 0;
        for (const LineIds *side : {&m_a, &m_b})
            for (quint32 id : *side)
                if (id != noMatch)
                    maxId = std::max(maxId, id);
        const bool direct = maxId < 4 * (m_a.size() + m_b.size()) + 16;
        std::vector<quint32> remap(direct ? size_t(maxId) + 1 : 0, noMatch);
        std::unordered_map<quint32, quint32> hashed;
        quint32 count = 0;
        const LineIds &small = m_a.size() <= m_b.size() ? m_a : m_b;
        for (quint32 id : small) {
            if (id == noMatch)
                continue;
            if (direct && remap[id] == noMatch)
                remap[id] = count++;
            else if (!direct && hashed.emplace(id, count).second)
                ++count;
        }
        auto denseOf = [&](quint32 id) {
            if (id == noMatch)
                return noMatch;
            if (direct)
                return remap[id];
            const auto it = hashed.find(id);
            return it == hashed.end() ? noMatch : it->second;
        };
        std::vector<char> inA(count, 0);
        std::vector<char> inB(count, 0);
        m_denseA.resize(m_a.size());
        m_denseB.resize(m_b.size());
        for (size_t i = 0; i < m_a.size(); ++i)
            if ((m_denseA[i] = denseOf(m_a[i])) != noMatch)
                inA[m_denseA[i]] = 1;
        for (size_t j = 0; j < m_b.size(); ++j)
            if ((m_denseB[j] = denseOf(m_b[j])) != noMatch)
                inB[m_denseB[j]] = 1;
        for (size_t i = 0; i < m_a.size(); ++i)
            if (m_denseA[i] != noMatch && inB[m_denseA[i]])
                ra.push_back(int(i));
        for (size_t j = 0; j < m_b.size(); ++j)
            if (m_denseB[j] != noMatch && inA[m_denseB[j]])
                rb.push_back(int(j));
        m_countA.assign(count, 0);
        m_countB.assign(count, 0);
        m_posA.assign(count, 0);
        m_posB.assign(count, 0);
    }

    quint32 denseA(int i) const { return m_denseA[size_t(m_ra[size_t(i)])]; }
    quint32 denseB(int j) const { return m_denseB[size_t(m_rb[size_t(j)])]; }

    void match(int i, int j, std::vector<LineMatch> &out) const
    {
        out.push_back({m_ra[size_t(i)], m_rb[size_t(j)]});
    }

    // Reduced positions [aLo, aHi) and [bLo, bHi).
    void solve(int aLo, int aHi, int bLo, int bHi, int depth, std::vector<LineMatch> &out)
    {
        if (cancelled())
            return;
        while (aLo < aHi && bLo < bHi && denseA(aLo) == denseB(bLo))
            match(aLo++, bLo++, out);
        int suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix
               && denseA(aHi - 1 - suffix) == denseB(bHi - 1 - suffix))
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;
        if (aLo < aHi && bLo < bHi) {
            const bool small = (aHi - aLo) + (bHi - bLo) <= m_tuning.directBelow;
            if (small)
                diffWithDtl(aLo, aHi, bLo, bHi, out);
            else if (depth >= maxDepth || !splitAtAnchors(aLo, aHi, bLo, bHi, depth, out))
                diffInWindows(aLo, aHi, bLo, bHi, out);
        }
        for (int k = 0; k < suffix; ++k)
            match(aHi + k, bHi + k, out);
    }

    // The lines unique on both sides of the piece, in the longest chain increasing on both
    // sides (patience sorting); the pieces between them are solved in turn. False when the
    // piece has no such line.
    bool splitAtAnchors(int aLo, int aHi, int bLo, int bHi, int depth, std::vector<LineMatch> &out)
    {
        const std::vector<std::pair<int, int>> chain = uniqueChain(aLo, aHi, bLo, bHi);
        if (chain.empty())
            return false;
        int i = aLo;
        int j = bLo;
        for (const auto &[ai, bj] : chain) {
            solve(i, ai, j, bj, depth + 1, out);
            match(ai, bj, out);
            i = ai + 1;
            j = bj + 1;
        }
        solve(i, aHi, j, bHi, depth + 1, out);
        return true;
    }

    std::vector<std::pair<int, int>> uniqueChain(int aLo, int aHi, int bLo, int bHi)
    {
        for (int i = aLo; i < aHi; ++i) {
            const quint32 id = denseA(i);
            ++m_countA[id];
            m_posA[id] = i;
        }
        for (int j = bLo; j < bHi; ++j) {
            const quint32 id = denseB(j);
            ++m_countB[id];
            m_posB[id] = j;
        }
        std::vector<std::pair<int, int>> pairs; // by a position
        for (int i = aLo; i < aHi; ++i) {
            const quint32 id = denseA(i);
            if (m_countA[id] == 1 && m_countB[id] == 1)
                pairs.emplace_back(i, m_posB[id]);
        }
        for (int i = aLo; i < aHi; ++i)
            m_countA[denseA(i)] = 0;
        for (int j = bLo; j < bHi; ++j)
            m_countB[denseB(j)] = 0;
        return longestIncreasing(pairs);
    }

    // The longest subsequence of `pairs` (sorted by first) increasing in second.
    static std::vector<std::pair<int, int>>
    longestIncreasing(const std::vector<std::pair<int, int>> &pairs)
    {
        std::vector<int> tails; // index into pairs of the smallest tail of each length
        std::vector<int> previous(pairs.size(), -1);
        for (size_t k = 0; k < pairs.size(); ++k) {
            const auto it = std::lower_bound(
                    tails.begin(), tails.end(), pairs[k].second,
                    [&](int index, int value) { return pairs[size_t(index)].second < value; });
            if (it != tails.begin())
                previous[k] = *(it - 1);
            if (it == tails.end())
                tails.push_back(int(k));
            else
                *it = int(k);
        }
        std::vector<std::pair<int, int>> chain;
        for (int k = tails.empty() ? -1 : tails.back(); k >= 0; k = previous[size_t(k)])
            chain.push_back(pairs[size_t(k)]);
        std::reverse(chain.begin(), chain.end());
        return chain;
    }

    // dtl's matches of reduced positions [aLo, aHi) and [bLo, bHi).
    std::vector<LineMatch> dtlMatches(int aLo, int aHi, int bLo, int bHi) const
    {
        std::vector<quint32> a(size_t(aHi - aLo));
        std::vector<quint32> b(size_t(bHi - bLo));
        for (int i = aLo; i < aHi; ++i)
            a[size_t(i - aLo)] = denseA(i);
        for (int j = bLo; j < bHi; ++j)
            b[size_t(j - bLo)] = denseB(j);
        std::vector<LineMatch> matches = matchLinesDirect(a, b);
        for (LineMatch &m : matches)
            m = {aLo + m.base, bLo + m.other};
        return matches;
    }

    void diffWithDtl(int aLo, int aHi, int bLo, int bHi, std::vector<LineMatch> &out) const
    {
        for (const LineMatch &m : dtlMatches(aLo, aHi, bLo, bHi))
            match(m.base, m.other, out);
    }

    // dtl keeps at most two million path points, past which its script drifts far from the
    // shortest (ten times the changed lines on 100,000 lines of braces and blank lines). So a
    // large piece without anchors is diffed a window at a time: dtl on the next
    // Tuning::window lines of each side, keeping the matches of the window's first half and
    // starting the next window after the last one kept. Edits are local in practice, so this
    // stays near the shortest script (the tests hold it within 1%).
    void diffInWindows(int aLo, int aHi, int bLo, int bHi, std::vector<LineMatch> &out) const
    {
        const int window = std::max(8, m_tuning.window);
        while (aLo < aHi && bLo < bHi && !cancelled()) {
            const int aEnd = std::min(aHi, aLo + window);
            const int bEnd = std::min(bHi, bLo + window);
            const std::vector<LineMatch> found = dtlMatches(aLo, aEnd, bLo, bEnd);
            const bool last = aEnd == aHi && bEnd == bHi;
            size_t kept = 0;
            for (; kept < found.size(); ++kept) {
                const LineMatch &m = found[kept];
                if (!last && kept > 0 && (m.base - aLo) + (m.other - bLo) >= window)
                    break;
                match(m.base, m.other, out);
            }
            if (last)
                return;
            if (kept > 0) {
                aLo = found[kept - 1].base + 1;
                bLo = found[kept - 1].other + 1;
                continue;
            }
            // Nothing alike in the window: step past its first half on the side(s) not
            // ending inside it, whose lines may still match further on.
            if (aEnd < aHi)
                aLo += window / 2;
            if (bEnd < bHi)
                bLo += window / 2;
        }
    }

    const LineIds &m_a;
    const LineIds &m_b;
    const Tuning m_tuning;
    const std::atomic_bool *m_cancel;
    std::vector<int> m_ra;
    std::vector<int> m_rb;
    std::vector<quint32> m_denseA;
    std::vector<quint32> m_denseB;
    std::vector<int> m_countA;
    std::vector<int> m_countB;
    std::vector<int> m_posA;
    std::vector<int> m_posB;
};

} // namespace

std::vector<LineMatch> matchLinesDirect(const LineIds &a, const LineIds &b)
{
    std::vector<LineMatch> matches;
    if (a.empty() || b.empty())
        return matches;
    dtl::Diff<quint32, std::vector<quint32>> diff(a, b);
    diff.compose();
    for (const auto &[id, info] : diff.getSes().getSequence())
        if (info.type == dtl::SES_COMMON)
            matches.push_back({int(info.beforeIdx - 1), int(info.afterIdx - 1)});
    return matches;
}

std::vector<LineMatch> matchLines(const LineIds &a, const LineIds &b, const Tuning &tuning,
                                  const std::atomic_bool *cancel, bool *cancelled)
{
    std::vector<LineMatch> matches;
    Matcher matcher(a, b, tuning, cancel);
    const bool done = matcher.run(matches);
    if (cancelled)
        *cancelled = !done;
    if (!done)
        matches.clear();
    return matches;
}

} // namespace DreamFoundry::LineDiff
