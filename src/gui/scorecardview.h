#pragma once

#include "core/candidateresult.h"
#include "core/scorecard.h"

#include <QWidget>

#include <optional>

class QAction;
class QPlainTextEdit;

namespace DreamFoundry {

// What the Score tab needs to know about the run besides the candidate's own result.
struct ScoreContext
{
    ScoringSettings scoring;
    RunWinner winner;
    int candidateCount = 0;
    // A finished run is on screen and nothing runs: a person may override its scores.
    bool overridesAllowed = false;
};

// The selected candidate's score card explained line by line, as the Score tab shows it:
// rank and winner, the total and how it is made, every gate, the sub-scores with their
// weights, overrides beside the automatic values, and the scorer's details. Plain text.
QString explainScoreCard(const CandidateResult &result, const ScoreContext &context);

// The Score tab: the selected candidate's card, and the actions a person uses to override a
// score or pick the winner by hand. The view changes nothing itself: it asks through its
// signals, and whoever owns the run applies the change and shows the result again.
class ScoreCardView final : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreCardView(QWidget *parent = nullptr);

    void showCandidate(const CandidateResult &result, const ScoreContext &context);
    void clear();
    QString candidateId() const { return m_result.candidateId; }

    // Set Quality..., Clear Quality Override, Pick as Winner, Give the Winner Back to the
    // Ranking: for the table's context menu too. They act on the candidate shown.
    QList<QAction *> overrideActions() const;

Q_SIGNALS:
    // A person's quality (0-100) for a candidate; nullopt: back to the scorer's value.
    void qualityOverrideRequested(const QString &candidateId, std::optional<double> quality);
    // A person's winner; nullopt: the ranking chooses again.
    void winnerRequested(const std::optional<QString> &candidateId);

private:
    void updateActions();
    void askForQuality();

    CandidateResult m_result;
    ScoreContext m_context;
    QPlainTextEdit *m_text = nullptr;
    QAction *m_setQuality = nullptr;
    QAction *m_clearQuality = nullptr;
    QAction *m_pickWinner = nullptr;
    QAction *m_restoreWinner = nullptr;
};

} // namespace DreamFoundry
