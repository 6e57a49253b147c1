#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DreamFoundry {

// How much success, quality and speed count in a candidate's total. The weights as the user
// gave them are kept; scoring uses normalised(), so "1,3,1" means the same as "0.2,0.6,0.2".
struct ScoreWeights
{
    double success = 0.2;
    double quality = 0.6;
    double speed = 0.2;

    // Parses "S,Q,V" (three numbers, e.g. "0.2,0.6,0.2"). Returns nothing and a sentence in
    // `error` for text that is not three numbers, a negative weight or weights that are all 0.
    static std::optional<ScoreWeights> parse(const QString &text, QString *error);

    // Empty when the weights can be used, else a sentence saying why not (negative, not a
    // number, all zero).
    QString problem() const;
    bool sumsToOne() const;
    // The weights scaled to add up to 1; `wasNormalised` says whether that changed them.
    // Only for weights without a problem().
    ScoreWeights normalised(bool *wasNormalised = nullptr) const;
    // A sentence for the user when the weights had to be scaled, else empty.
    QString normalisationNote() const;
    // "0.2,0.6,0.2": the form parse() reads.
    QString toText() const;

    QJsonObject toJson() const;
    static ScoreWeights fromJson(const QJsonObject &json);

    friend bool operator==(const ScoreWeights &, const ScoreWeights &) = default;
};

// How a run is scored: saved with the results so a score can be explained and repeated.
struct ScoringSettings
{
    static constexpr auto eventsScorer = "events";
    static constexpr auto plainScorer = "plain";

    ScoreWeights weights;
    // "events" (the built-in scorer of the sample event lists), "plain" (gates only) or the
    // path of a scorer script (see resources/candidates/README.md).
    QString scorer = QLatin1StringView(eventsScorer);
    QString scorerSha256; // of the scorer script; empty for the built-in scorers
    int windowDays = 14; // events scorer: an event's date lies within this many days of the run
    int targetEvents = 5; // events scorer: this many good events give full quality
    QStringList topicWords = defaultTopicWords(); // events scorer: words on the topic
    int scorerTimeoutSeconds = 60; // scorer script: stopped after this long
    QDateTime scoredAt; // invalid until the run was scored
    // Scorer script: why it gave no usable answer as a whole (empty when it did), and the end
    // of its stderr, kept so a scorer's author can see what went wrong.
    QString scorerError;
    QString scorerStderr;

    bool isScript() const;

    // The related words of the samples' topic (AI events), matched besides the objective's
    // own keywords. Editable: a run about another topic brings its own list.
    static QStringList defaultTopicWords();

    QJsonObject toJson() const;
    static ScoringSettings fromJson(const QJsonObject &json);
};

// One pass-or-fail check of a candidate, with a sentence saying why.
struct Gate
{
    QString id; // stable: "exit_code", "artifact_exists", ... or a scorer script's own id
    bool passed = false;
    QString reason;

    QJsonObject toJson() const;
    static Gate fromJson(const QJsonObject &json);

    friend bool operator==(const Gate &, const Gate &) = default;
};

// How one candidate was judged. Sub-scores and the total run from 0 to 100.
struct ScoreCard
{
    QList<Gate> gates;
    double success = 0;
    double automaticQuality = 0; // what the scorer gave
    std::optional<double> manualQuality; // a person's override, kept beside the automatic one
    double speed = 0;
    double total = 0;
    int rank = 0; // 1 is best; 0: not ranked (unscored)
    // The scorer could not judge the candidate (a scorer script failed); quality() is then
    // empty unless a person set one.
    bool unscored = false;
    QString unscoredReason;
    QStringList details; // what the scorer saw, line by line (matched words, each event)

    std::optional<double> quality() const;
    bool passedAllGates() const;
    bool disqualified() const { return !passedAllGates(); }
    // The first gate that failed, or nullptr.
    const Gate *disqualifiedBy() const;

    QJsonObject toJson() const;
    static ScoreCard fromJson(const QJsonObject &json);
};

// Which candidate won a run: chosen by the ranking, or by a person.
struct RunWinner
{
    QString candidateId; // empty: no winner
    bool manual = false; // a person picked it
    QString automaticCandidateId; // the ranking's choice, kept so a manual pick can be undone
    QString note; // a plain sentence when there is no winner, or about a manual pick

    bool exists() const { return !candidateId.isEmpty(); }

    QJsonObject toJson() const;
    static RunWinner fromJson(const QJsonObject &json);
};

} // namespace DreamFoundry
