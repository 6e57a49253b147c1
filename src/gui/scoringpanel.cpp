#include "scoringpanel.h"

#include "filedialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace DreamFoundry {

namespace {

const QString weightsKey = QStringLiteral("scoring/weights");
const QString scorerKey = QStringLiteral("scoring/scorer");
const QString windowKey = QStringLiteral("scoring/windowDays");
const QString targetKey = QStringLiteral("scoring/targetEvents");
const QString topicKey = QStringLiteral("scoring/topicWords");

QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString trimmed = word.trimmed(); !trimmed.isEmpty())
            words.append(trimmed);
    }
    return words;
}

} // namespace

ScoringPanel::ScoringPanel(QWidget *parent) : QGroupBox(tr("Scoring"), parent)
{
    setupWidgets();
    setScoringSettings({});
}

void ScoringPanel::setupWidgets()
{
    // Weights cannot go below 0 here: a negative weight is refused anyway, so the spin boxes
    // do not offer one. All three at 0 is still possible and refused in words.
    const auto weightSpin
            = [this](const QString &name, const QString &prefix, const QString &accessibleName) {
                  auto *spin = new QDoubleSpinBox(this);
                  spin->setObjectName(name);
                  spin->setRange(0, 100);
                  spin->setDecimals(2);
                  spin->setSingleStep(0.05);
                  spin->setPrefix(prefix);
                  spin->setAccessibleName(accessibleName);
                  spin->setToolTip(accessibleName);
                  connect(spin, &QDoubleSpinBox::valueChanged, this, &ScoringPanel::updateState);
                  return spin;
              };
    m_successSpin = weightSpin(QStringLiteral("successWeightSpin"), tr("S "), tr("Success weight"));
    m_qualitySpin = weightSpin(QStringLiteral("qualityWeightSpin"), tr("Q "), tr("Quality weight"));
    m_speedSpin = weightSpin(QStringLiteral("speedWeightSpin"), tr("V "), tr("Speed weight"));
    auto *weights = new QHBoxLayout;
    weights->addWidget(m_successSpin);
    weights->addWidget(m_qualitySpin);
    weights->addWidget(m_speedSpin);

    m_weightsNote = new QLabel(this);
    m_weightsNote->setObjectName(QStringLiteral("weightsNoteLabel"));
    m_weightsNote->setWordWrap(true);
    m_weightsNote->setTextFormat(Qt::PlainText);

    m_scorerCombo = new QComboBox(this);
    m_scorerCombo->setObjectName(QStringLiteral("scorerCombo"));
    m_scorerCombo->addItem(tr("Events (built in)"),
                           QLatin1StringView(ScoringSettings::eventsScorer));
    m_scorerCombo->setItemData(0, tr("Checks the sample event lists: dates, links, topic, count"),
                               Qt::ToolTipRole);
    m_scorerCombo->addItem(tr("Plain (gates only)"),
                           QLatin1StringView(ScoringSettings::plainScorer));
    m_scorerCombo->setItemData(1,
                               tr("Any artifact: it exists, is longer than 10 bytes, exit code 0"),
                               Qt::ToolTipRole);
    m_scorerCombo->addItem(tr("Choose Script..."));
    connect(m_scorerCombo, &QComboBox::activated, this, &ScoringPanel::onScorerActivated);

    m_windowSpin = new QSpinBox(this);
    m_windowSpin->setObjectName(QStringLiteral("windowDaysSpin"));
    m_windowSpin->setRange(1, 3650);
    m_windowSpin->setSuffix(tr(" days"));
    m_windowSpin->setToolTip(tr("An event counts when its date lies within this many days after "
                                "the run"));
    m_targetSpin = new QSpinBox(this);
    m_targetSpin->setObjectName(QStringLiteral("targetEventsSpin"));
    m_targetSpin->setRange(1, 1000);
    m_targetSpin->setSuffix(tr(" events"));
    m_targetSpin->setToolTip(tr("This many good events give full quality"));
    m_topicEdit = new QLineEdit(this);
    m_topicEdit->setObjectName(QStringLiteral("topicWordsEdit"));
    m_topicEdit->setToolTip(tr("Words on the objective's topic besides its own keywords, "
                               "separated by commas"));
    for (QSpinBox *spin : {m_windowSpin, m_targetSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ScoringPanel::updateState);
    connect(m_topicEdit, &QLineEdit::textEdited, this, &ScoringPanel::updateState);

    m_rescoreButton = new QPushButton(tr("R&e-score"), this);
    m_rescoreButton->setObjectName(QStringLiteral("rescoreButton"));
    connect(m_rescoreButton, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty())
            Q_EMIT rescoreRequested(scoringSettings());
    });

    auto *form = new QFormLayout(this);
    // A narrow setup panel puts a field under its label rather than pushing the results aside.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addRow = [form, this](const QString &label, QWidget *field) {
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        form->addRow(name, field);
    };
    auto *weightsLabel = new QLabel(tr("&Weights:"), this);
    weightsLabel->setBuddy(m_successSpin);
    form->addRow(weightsLabel, weights);
    form->addRow(m_weightsNote);
    addRow(tr("Sc&orer:"), m_scorerCombo);
    addRow(tr("W&indow:"), m_windowSpin);
    addRow(tr("Tar&get:"), m_targetSpin);
    addRow(tr("Topic wor&ds:"), m_topicEdit);
    form->addRow(m_rescoreButton);
}

ScoringSettings ScoringPanel::scoringSettings() const
{
    ScoringSettings settings = m_base;
    settings.weights = {m_successSpin->value(), m_qualitySpin->value(), m_speedSpin->value()};
    settings.scorer = m_scorerCombo->itemData(m_lastScorerIndex).toString();
    settings.windowDays = m_windowSpin->value();
    settings.targetEvents = m_targetSpin->value();
    settings.topicWords = wordsOf(m_topicEdit->text());
    settings.scorerSha256.clear();
    settings.scoredAt = {};
    settings.scorerError.clear();
    settings.scorerStderr.clear();
    return settings;
}

void ScoringPanel::setScoringSettings(const ScoringSettings &settings)
{
    m_base = settings;
    {
        const QSignalBlocker blockers[]
                = {QSignalBlocker(m_successSpin), QSignalBlocker(m_qualitySpin),
                   QSignalBlocker(m_speedSpin), QSignalBlocker(m_windowSpin),
                   QSignalBlocker(m_targetSpin)};
        m_successSpin->setValue(settings.weights.success);
        m_qualitySpin->setValue(settings.weights.quality);
        m_speedSpin->setValue(settings.weights.speed);
        m_windowSpin->setValue(settings.windowDays);
        m_targetSpin->setValue(settings.targetEvents);
    }
    m_topicEdit->setText(settings.topicWords.join(QStringLiteral(", ")));
    m_topicEdit->setCursorPosition(0); // the list's start, not its end, shows in the field
    selectScorer(settings.scorer);
    updateState();
}

QString ScoringPanel::problem() const
{
    return scoringSettings().weights.problem();
}

void ScoringPanel::setRescoreAvailable(bool available, const QString &whyNot)
{
    // Not updateState(): the window calls this when it re-checks its actions, and
    // settingsChanged() would make it check again.
    m_rescoreAvailable = available;
    m_rescoreWhyNot = whyNot;
    updateRescoreButton(scoringSettings().weights.problem());
}

void ScoringPanel::onScorerActivated(int index)
{
    if (index < m_scorerCombo->count() - 1) {
        m_lastScorerIndex = index;
        updateState();
        return;
    }
    // "Choose Script...": the scorer stays what it was until a script is chosen.
    m_scorerCombo->setCurrentIndex(m_lastScorerIndex);
    const ScoringSettings current = scoringSettings();
    const QString dir = current.isScript() ? QFileInfo(current.scorer).absolutePath() : QString();
    FileDialog::instance().openFiles(this, tr("Choose a Scorer Script"), dir,
                                     tr("Python scripts (*.py);;All files (*)"),
                                     [this](const QStringList &files) {
                                         if (!files.isEmpty())
                                             setScript(files.first());
                                     });
}

void ScoringPanel::setScript(const QString &path)
{
    selectScorer(QFileInfo(path).absoluteFilePath());
    updateState();
}

void ScoringPanel::selectScorer(const QString &scorer)
{
    int index = m_scorerCombo->findData(scorer);
    if (index < 0) {
        // One script at a time: a newly chosen script takes the place of the last one.
        const int scriptIndex = 2;
        if (m_scorerCombo->count() > 3)
            m_scorerCombo->removeItem(scriptIndex);
        m_scorerCombo->insertItem(scriptIndex, tr("Script: %1").arg(QFileInfo(scorer).fileName()),
                                  scorer);
        m_scorerCombo->setItemData(scriptIndex, scorer, Qt::ToolTipRole);
        index = scriptIndex;
    }
    m_scorerCombo->setCurrentIndex(index);
    m_lastScorerIndex = index;
}

void ScoringPanel::updateState()
{
    const ScoringSettings settings = scoringSettings();
    const QString problem = settings.weights.problem();
    m_weightsNote->setText(problem.isEmpty() ? settings.weights.normalisationNote() : problem);
    m_weightsNote->setVisible(!m_weightsNote->text().isEmpty());
    // Only the events scorer reads the window, the target and the topic words.
    const bool events = settings.scorer == QLatin1StringView(ScoringSettings::eventsScorer);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_windowSpin), static_cast<QWidget *>(m_targetSpin),
          static_cast<QWidget *>(m_topicEdit)})
        widget->setEnabled(events);
    m_scorerCombo->setToolTip(
            m_scorerCombo->itemData(m_lastScorerIndex, Qt::ToolTipRole).toString());
    updateRescoreButton(problem);
    Q_EMIT settingsChanged();
}

void ScoringPanel::updateRescoreButton(const QString &problem)
{
    m_rescoreButton->setEnabled(m_rescoreAvailable && problem.isEmpty());
    if (!problem.isEmpty())
        m_rescoreButton->setToolTip(problem);
    else if (!m_rescoreAvailable)
        m_rescoreButton->setToolTip(m_rescoreWhyNot.isEmpty() ? tr("Open or finish a run first.")
                                                              : m_rescoreWhyNot);
    else
        m_rescoreButton->setToolTip(tr("Score the run on screen again from its saved artifacts, "
                                       "with these settings; manual overrides stay"));
}

void ScoringPanel::loadSettings()
{
    QSettings stored;
    ScoringSettings settings;
    QString error;
    if (const auto weights = ScoreWeights::parse(
                stored.value(weightsKey, settings.weights.toText()).toString(), &error))
        settings.weights = *weights;
    settings.scorer = stored.value(scorerKey, settings.scorer).toString();
    settings.windowDays = stored.value(windowKey, settings.windowDays).toInt();
    settings.targetEvents = stored.value(targetKey, settings.targetEvents).toInt();
    settings.topicWords = stored.value(topicKey, settings.topicWords).toStringList();
    setScoringSettings(settings);
}

void ScoringPanel::saveSettings() const
{
    const ScoringSettings settings = scoringSettings();
    QSettings stored;
    stored.setValue(weightsKey, settings.weights.toText());
    stored.setValue(scorerKey, settings.scorer);
    stored.setValue(windowKey, settings.windowDays);
    stored.setValue(targetKey, settings.targetEvents);
    stored.setValue(topicKey, settings.topicWords);
}

} // namespace DreamFoundry
