#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace DreamFoundry {

// A thin strip beside the comparison's scrollbar showing where the differences are in the
// whole document, as meld and code review tools draw it: one mark per difference at its
// proportional place, and the visible part framed. A click asks to show that place.
class OverviewRuler final : public QWidget
{
    Q_OBJECT
public:
    struct Mark
    {
        int firstRow = 0;
        int rowCount = 1;
        QColor colour;
    };

    explicit OverviewRuler(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks, int totalRows);
    void setVisibleRows(int firstRow, int rowCount);
    const QList<Mark> &marks() const { return m_marks; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void rowRequested(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int yOf(int row) const;
    int rowAt(int y) const;

    QList<Mark> m_marks;
    int m_totalRows = 0;
    int m_visibleFirst = 0;
    int m_visibleCount = 0;
};

} // namespace DreamFoundry
