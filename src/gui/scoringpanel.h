#pragma once

#include "core/scorecard.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace DreamFoundry {

// How runs are scored, in the setup panel: the weights of success, quality and speed, the
// scorer (the built-in events or plain scorer, or a scorer script), the events scorer's window,
// target and topic words, and Re-score for the run on screen. The panel only asks: whoever owns
// the run scores it (rescoreRequested) and reads the settings for the next run.
class ScoringPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScoringPanel(QWidget *parent = nullptr);

    // The settings as the widgets show them. What a scoring produced (the script's sha256, the
    // time, a script's error) is not a setting and comes back empty.
    ScoringSettings scoringSettings() const;
    void setScoringSettings(const ScoringSettings &settings);
    // Empty when the settings can be used, else a sentence saying why not.
    QString problem() const;

    // Re-score needs a finished run on screen; `whyNot` tells the user what is missing.
    void setRescoreAvailable(bool available, const QString &whyNot = {});

    // The settings under "scoring/" in QSettings, like the window's other settings.
    void loadSettings();
    void saveSettings() const;

Q_SIGNALS:
    // A widget changed: settingsChanged() reads the new settings (and problem()).
    void settingsChanged();
    // Re-score the run on screen with these settings; only sent when problem() is empty.
    void rescoreRequested(const ScoringSettings &settings);

private:
    void setupWidgets();
    void onScorerActivated(int index);
    void setScript(const QString &path);
    void selectScorer(const QString &scorer);
    void updateState();
    void updateRescoreButton(const QString &problem);

    ScoringSettings m_base; // the fields the panel does not show, kept as given
    QDoubleSpinBox *m_successSpin = nullptr;
    QDoubleSpinBox *m_qualitySpin = nullptr;
    QDoubleSpinBox *m_speedSpin = nullptr;
    QLabel *m_weightsNote = nullptr;
    QComboBox *m_scorerCombo = nullptr;
    QSpinBox *m_windowSpin = nullptr;
    QSpinBox *m_targetSpin = nullptr;
    QLineEdit *m_topicEdit = nullptr;
    QPushButton *m_rescoreButton = nullptr;
    int m_lastScorerIndex = 0;
    bool m_rescoreAvailable = false;
    QString m_rescoreWhyNot;
};

} // namespace DreamFoundry
