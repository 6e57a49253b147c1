#pragma once

#include "comparison.h"

#include <QtGlobal>

#include <atomic>
#include <vector>

namespace DreamFoundry::LineDiff {

// Lines as numbers: equal lines (under the options) have equal ids, so the diff compares
// numbers, never strings.
using LineIds = std::vector<quint32>;
// An id that equals nothing, not even itself: a line known to have no counterpart.
inline constexpr quint32 noCounterpart = 0xffffffffu;

// Where the pre-passes stop and dtl takes over (see linediff.cpp).
struct Tuning
{
    // Pieces with at most this many lines on both sides together go to dtl whole; larger
    // ones are first split at lines unique to both sides (patience anchors).
    int directBelow = 2000;
    // A large piece without such lines goes to dtl this many lines of each side at a time.
    int window = 1000;
};

// The longest (or, after anchoring, nearly longest) list of equal lines of `a` and `b`,
// increasing in both. Empty with `*cancelled` set when `cancel` was set mid-way.
std::vector<LineMatch> matchLines(const LineIds &a, const LineIds &b, const Tuning &tuning,
                                  const std::atomic_bool *cancel, bool *cancelled);

// dtl alone on the whole input, without pre-passes (no noCounterpart ids): the reference of
// the tests.
std::vector<LineMatch> matchLinesDirect(const LineIds &a, const LineIds &b);

} // namespace DreamFoundry::LineDiff
