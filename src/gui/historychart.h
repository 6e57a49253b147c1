#pragma once

#include "history/runhistory.h"

#include <QWidget>

namespace DreamFoundry {

// For the runs the History panel shows, one strip per candidate across runs, oldest on the
// left: its total score as a line, each run a green dot when it passed, a red cross when it
// failed or was disqualified, a grey ring when cancelled, and its runtime as a bar below. A
// regression is seen at a glance.
class HistoryChart final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxRuns = 30;
    static constexpr int maxCandidates = 8;

    explicit HistoryChart(QWidget *parent = nullptr);

    // `entries` newest first, as the list shows them; broken entries are left out.
    void setEntries(const QList<HistoryEntry> &entries);
    // The candidates drawn, in order: the ones in the most runs first.
    QStringList candidates() const { return m_candidates; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintStrip(QPainter &painter, const QString &candidate, const QRect &area) const;

    QList<HistoryEntry> m_runs; // oldest first
    QStringList m_candidates;
};

} // namespace DreamFoundry
