#pragma once

#include "compare/comparison.h"

#include <QAbstractScrollArea>

namespace DreamFoundry {

class CompareLayout;

// The background of a line with this change, readable on light and dark palettes; `strong`
// for the changed words inside a changed line and for the overview ruler.
QColor changeColour(LineChange change, const QPalette &palette, bool strong = false);
// The gutter sign beside such a line: ' ', '+', '-' or '~'.
QChar changeSign(LineChange change);

// One text pane of the comparison viewer: custom painted, row by row, from the shared layout
// and the artifact's line index, so only the visible lines are ever decoded (a 50 MiB artifact
// never goes through a QTextDocument). Lines are coloured by their change against the
// baseline (added, removed, changed, with the changed words marked) and carry a sign in the
// gutter (+, -, ~), so the difference does not rest on colour alone. Gaps stand where other
// panes have lines this one lacks.
//
// The vertical scroll bar counts display rows and is hidden: the viewer keeps every pane's
// in step through one scroll bar of its own. The current row is the viewer's, shown here.
class DiffTextView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    DiffTextView(const CompareLayout *layout, int pane, QWidget *parent = nullptr);

    int pane() const { return m_pane; }
    // The layout's rows or folds changed: new scroll range, repaint.
    void layoutChanged();
    void setCurrentRow(int displayRow);
    int currentRow() const { return m_currentRow; }
    int firstVisibleRow() const;
    int visibleRowCount() const; // whole rows that fit
    int rowHeight() const;

    // What a display row shows in this pane, as painted: the line's text (empty for a gap or
    // a fold), its gutter sign (' ', '+', '-', '~') and its change.
    QString rowText(int displayRow) const;
    QChar rowSign(int displayRow) const;
    LineChange rowChange(int displayRow) const;

Q_SIGNALS:
    void currentRowRequested(int displayRow);
    void foldExpansionRequested(int displayRow);
    // The view's height changed: a different number of rows fits.
    void rowsShownChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Cell
    {
        int line = -1; // -1: gap or fold
        LineChange change = LineChange::Gap;
        int foldedRows = 0;
        int row = -1;
    };
    Cell cellAt(int displayRow) const;
    void paintRow(QPainter &painter, int displayRow, int y);
    void paintLine(QPainter &painter, const Cell &cell, int y);
    void paintFold(QPainter &painter, int foldedRows, int y);
    void paintGutter(QPainter &painter, const Cell &cell, int y);
    int gutterWidth() const;
    int charWidth() const;
    void updateScrollRanges();
    void widenForVisibleLines();

    const CompareLayout *m_layout;
    int m_pane;
    int m_currentRow = 0;
    int m_widestColumns = 0; // of the lines shown so far: the horizontal range grows with them
};

} // namespace DreamFoundry
