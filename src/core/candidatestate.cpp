#include "candidatestate.h"

#include <array>
#include <utility>

namespace DreamFoundry {

namespace {

constexpr std::array kNames{
        std::pair{CandidateState::Queued, "queued"},
        std::pair{CandidateState::Preparing, "preparing"},
        std::pair{CandidateState::Installing, "installing"},
        std::pair{CandidateState::Running, "running"},
        std::pair{CandidateState::Collecting, "collecting"},
        std::pair{CandidateState::Succeeded, "succeeded"},
        std::pair{CandidateState::Failed, "failed"},
        std::pair{CandidateState::TimedOut, "timed_out"},
        std::pair{CandidateState::Cancelled, "cancelled"},
        std::pair{CandidateState::Error, "error"},
};
} // namespace

bool isFinal(CandidateState state)
{
    return state >= CandidateState::Succeeded;
}

QString stateName(CandidateState state)
{
    for (const auto &[value, name] : kNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CandidateState> stateFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

} // namespace DreamFoundry
