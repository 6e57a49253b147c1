#include "scorecardview.h"

#include "scoretext.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace DreamFoundry {

namespace {

// Reasons and details come from artifacts and scorer scripts: bounded so a hostile or broken
// scorer cannot flood the tab.
constexpr qsizetype maxReasonChars = 500;
constexpr qsizetype maxDetailChars = 300;
constexpr qsizetype maxDetailLines = 200;
constexpr qsizetype maxStderrLines = 20;

QString weight(double value)
{
    return QString::number(value, 'g', 3);
}

QString headline(const CandidateResult &result, const ScoreContext &context)
{
    const QString id = untrustedText(result.candidateId, 200);
    const RunWinner &winner = context.winner;
    if (winner.candidateId == result.candidateId && winner.exists()) {
        if (!winner.manual)
            return ScoreCardView::tr("%1: the winner, chosen by the ranking.").arg(id);
        return winner.automaticCandidateId.isEmpty()
                ? ScoreCardView::tr("%1: the winner, picked by hand (the ranking found none).")
                          .arg(id)
                : ScoreCardView::tr("%1: the winner, picked by hand (the ranking chose %2).")
                          .arg(id, winner.automaticCandidateId);
    }
    if (winner.exists())
        return ScoreCardView::tr("%1: not the winner (%2 is).").arg(id, winner.candidateId);
    if (!winner.note.isEmpty())
        return ScoreCardView::tr("%1: no winner in this run. %2")
                .arg(id, untrustedText(winner.note, 500));
    return id;
}

QString rankLine(const ScoreCard &card, const ScoreContext &context)
{
    if (card.rank > 0)
        return context.candidateCount > 0
                ? ScoreCardView::tr("Rank %1 of %2.").arg(card.rank).arg(context.candidateCount)
                : ScoreCardView::tr("Rank %1.").arg(card.rank);
    if (card.quality())
        return ScoreCardView::tr("Not ranked yet: the rank follows when the run ends.");
    return ScoreCardView::tr("Not ranked: the candidate is unscored.");
}

QString totalLine(const ScoreCard &card, const ScoreContext &context)
{
    const ScoreWeights &weights = context.scoring.weights;
    if (card.rank <= 0 || !weights.problem().isEmpty())
        return {};
    const ScoreWeights used = weights.normalised();
    return ScoreCardView::tr("Total %1 of 100 = %2 x success %3 + %4 x quality %5 + %6 x speed %7.")
            .arg(formatScore(card.total), weight(used.success), formatScore(card.success),
                 weight(used.quality), formatScore(card.quality().value_or(0)), weight(used.speed),
                 formatScore(card.speed));
}

QStringList gateLines(const ScoreCard &card)
{
    QStringList lines;
    if (const Gate *failed = card.disqualifiedBy())
        lines << ScoreCardView::tr("Disqualified by the gate \"%1\": %2")
                         .arg(gateTitle(failed->id), untrustedText(failed->reason, maxReasonChars));
    lines << (card.gates.isEmpty() ? ScoreCardView::tr("Gates: none.")
                                   : ScoreCardView::tr("Gates:"));
    for (const Gate &gate : card.gates) {
        lines << (gate.passed ? ScoreCardView::tr("  passed  %1: %2")
                              : ScoreCardView::tr("  FAILED  %1: %2"))
                         .arg(gateTitle(gate.id), untrustedText(gate.reason, maxReasonChars));
    }
    return lines;
}

QString qualityLine(const ScoreCard &card, const QString &weightText)
{
    if (card.manualQuality) {
        const QString automatic = card.unscored
                ? ScoreCardView::tr("the scorer gave none: %1")
                          .arg(untrustedText(card.unscoredReason, maxReasonChars))
                : ScoreCardView::tr("the scorer gave %1").arg(formatScore(card.automaticQuality));
        return ScoreCardView::tr("  Quality %1%2: manual, set by hand; %3.")
                .arg(formatScore(*card.manualQuality), weightText, automatic);
    }
    if (card.unscored)
        return ScoreCardView::tr("  Quality: unscored%1. %2")
                .arg(weightText, untrustedText(card.unscoredReason, maxReasonChars));
    return ScoreCardView::tr("  Quality %1%2: from the scorer.")
            .arg(formatScore(card.automaticQuality), weightText);
}

QString speedLine(const ScoreCard &card, const QString &weightText)
{
    if (card.rank > 0 && card.disqualified())
        return ScoreCardView::tr(
                       "  Speed %1%2: only candidates passing every gate score for speed.")
                .arg(formatScore(card.speed), weightText);
    if (card.rank > 0)
        return ScoreCardView::
                tr("  Speed %1%2: the fastest candidate passing every gate scores 100, the others "
                   "fastest/own x 100.")
                        .arg(formatScore(card.speed), weightText);
    if (!card.quality())
        return ScoreCardView::tr("  Speed: none%1, as the candidate is unscored.").arg(weightText);
    return ScoreCardView::tr("  Speed: follows when the run is ranked%1.").arg(weightText);
}

QStringList subScoreLines(const ScoreCard &card, const ScoreContext &context)
{
    const ScoreWeights &weights = context.scoring.weights;
    const bool usable = weights.problem().isEmpty();
    const ScoreWeights used = usable ? weights.normalised() : weights;
    const auto weightText = [usable](double value) {
        return usable ? ScoreCardView::tr(" (weight %1)").arg(weight(value)) : QString();
    };
    QStringList lines{ScoreCardView::tr("Sub-scores, 0 to 100:")};
    lines << (card.passedAllGates() ? ScoreCardView::tr("  Success %1%2: every gate passed.")
                                    : ScoreCardView::tr("  Success %1%2: a gate failed."))
                     .arg(formatScore(card.success), weightText(used.success));
    lines << qualityLine(card, weightText(used.quality));
    lines << speedLine(card, weightText(used.speed));
    if (const QString note = weights.normalisationNote(); !note.isEmpty())
        lines << ScoreCardView::tr("  %1").arg(note);
    return lines;
}

QString scorerName(const ScoringSettings &scoring)
{
    if (scoring.scorer == QLatin1StringView(ScoringSettings::eventsScorer))
        return ScoreCardView::tr("events (built in)");
    if (scoring.scorer == QLatin1StringView(ScoringSettings::plainScorer))
        return ScoreCardView::tr("plain (gates only, built in)");
    return ScoreCardView::tr("script %1").arg(scoring.scorer);
}

QStringList scorerLines(const ScoreCard &card, const ScoringSettings &scoring)
{
    QStringList lines{ScoreCardView::tr("Scorer: %1").arg(scorerName(scoring))};
    if (!scoring.scorerError.isEmpty())
        lines << ScoreCardView::tr("The scorer script failed: %1")
                         .arg(untrustedText(scoring.scorerError, maxReasonChars));
    if (!card.details.isEmpty())
        lines << ScoreCardView::tr("What the scorer saw:");
    for (const QString &detail : card.details.mid(0, maxDetailLines))
        lines << QStringLiteral("  ") + untrustedText(detail, maxDetailChars);
    if (card.details.size() > maxDetailLines)
        lines << ScoreCardView::tr("  ... and %1 more lines.")
                         .arg(card.details.size() - maxDetailLines);
    const QStringList stderrLines
            = scoring.scorerStderr.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!stderrLines.isEmpty())
        lines << ScoreCardView::tr("The end of the scorer script's error output:");
    for (const QString &line : stderrLines.mid(qMax(0, stderrLines.size() - maxStderrLines)))
        lines << QStringLiteral("  ") + untrustedText(line, maxDetailChars);
    return lines;
}

QString noCardText(const CandidateResult &result)
{
    const QString id = untrustedText(result.candidateId, 200);
    if (!isFinal(result.state))
        return ScoreCardView::tr("%1 has not finished; its score card appears when it does.")
                .arg(id);
    return ScoreCardView::tr(
                   "%1 has no score card: the run was saved before scoring, or its scoring has not "
                   "finished. Re-score in the Scoring panel scores it from the saved artifacts.")
            .arg(id);
}

} // namespace

QString explainScoreCard(const CandidateResult &result, const ScoreContext &context)
{
    if (!result.score)
        return noCardText(result);
    const ScoreCard &card = *result.score;
    QStringList lines{headline(result, context), rankLine(card, context)};
    if (const QString total = totalLine(card, context); !total.isEmpty())
        lines << total;
    if (card.unscored && !card.manualQuality)
        lines << ScoreCardView::tr("Unscored: %1")
                         .arg(untrustedText(card.unscoredReason, maxReasonChars));
    lines << QString() << gateLines(card);
    lines << QString() << subScoreLines(card, context);
    lines << QString() << scorerLines(card, context.scoring);
    return lines.join(QLatin1Char('\n'));
}

ScoreCardView::ScoreCardView(QWidget *parent) : QWidget(parent)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("scoreText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(ScoreCardView::tr("Score card"));
    m_text->setAccessibleDescription(ScoreCardView::tr("How the selected candidate was scored"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    const auto makeAction = [this](const QString &name, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        return action;
    };
    m_setQuality = makeAction(
            QStringLiteral("actionSetQuality"), ScoreCardView::tr("Set &Quality..."),
            ScoreCardView::tr("Give this candidate a quality by hand; the scorer's value is "
                              "kept beside it"));
    m_clearQuality
            = makeAction(QStringLiteral("actionClearQualityOverride"),
                         ScoreCardView::tr("Clear Q&uality Override"),
                         ScoreCardView::tr("Use the scorer's quality for this candidate again"));
    m_pickWinner = makeAction(
            QStringLiteral("actionPickWinner"), ScoreCardView::tr("Pic&k as Winner"),
            ScoreCardView::tr("Make this candidate the winner, whatever the ranking says"));
    m_restoreWinner = makeAction(
            QStringLiteral("actionRestoreWinner"),
            ScoreCardView::tr("Give t&he Winner Back to the Ranking"),
            ScoreCardView::tr("Undo the winner picked by hand: the ranking chooses again"));
    connect(m_setQuality, &QAction::triggered, this, &ScoreCardView::askForQuality);
    connect(m_clearQuality, &QAction::triggered, this,
            [this] { Q_EMIT qualityOverrideRequested(m_result.candidateId, std::nullopt); });
    connect(m_pickWinner, &QAction::triggered, this,
            [this] { Q_EMIT winnerRequested(m_result.candidateId); });
    connect(m_restoreWinner, &QAction::triggered, this,
            [this] { Q_EMIT winnerRequested(std::nullopt); });

    auto *buttons = new QHBoxLayout;
    for (QAction *action : overrideActions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName().mid(6).prepend(QStringLiteral("button")));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    clear();
}

QList<QAction *> ScoreCardView::overrideActions() const
{
    return {m_setQuality, m_clearQuality, m_pickWinner, m_restoreWinner};
}

void ScoreCardView::showCandidate(const CandidateResult &result, const ScoreContext &context)
{
    m_result = result;
    m_context = context;
    // Called again on every live update of the row: the text is only replaced when it says
    // something new, so the reader's scroll position and selection stay.
    if (const QString text = explainScoreCard(result, context); text != m_text->toPlainText())
        m_text->setPlainText(text);
    updateActions();
}

void ScoreCardView::clear()
{
    m_result = {};
    m_context = {};
    m_text->setPlainText(tr("Select a candidate to see how it was scored."));
    updateActions();
}

void ScoreCardView::updateActions()
{
    const bool allowed = m_context.overridesAllowed && !m_result.candidateId.isEmpty();
    const bool scored = allowed && m_result.score.has_value();
    const RunWinner &winner = m_context.winner;
    m_setQuality->setEnabled(scored);
    m_clearQuality->setEnabled(scored && m_result.score->manualQuality.has_value());
    m_pickWinner->setEnabled(allowed && isFinal(m_result.state)
                             && winner.candidateId != m_result.candidateId);
    m_restoreWinner->setEnabled(m_context.overridesAllowed && winner.manual);
}

void ScoreCardView::askForQuality()
{
    if (!m_result.score)
        return;
    const QString candidateId = m_result.candidateId;
    const ScoreCard &card = *m_result.score;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("qualityDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set Quality of %1").arg(untrustedText(candidateId, 100)));
    auto *spin = new QDoubleSpinBox(dialog);
    spin->setObjectName(QStringLiteral("qualitySpin"));
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setValue(card.quality().value_or(0));
    auto *automatic = new QLabel(
            card.unscored ? tr("The scorer gave no quality.")
                          : tr("The scorer gave %1.").arg(formatScore(card.automaticQuality)),
            dialog);
    automatic->setTextFormat(Qt::PlainText);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // The id is the one asked about, even if the selection moves while the dialog is open.
    connect(dialog, &QDialog::accepted, this, [this, candidateId, spin] {
        Q_EMIT qualityOverrideRequested(candidateId, spin->value());
    });
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Quality (0 to 100):"), spin);
    form->addRow(automatic);
    form->addRow(box);
    dialog->open();
}

} // namespace DreamFoundry
