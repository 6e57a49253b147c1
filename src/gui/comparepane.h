#pragma once

#include "compare/comparison.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace DreamFoundry {

class CompareLayout;
class DiffTextView;
class SafeMarkdownView;

// One candidate in the comparison viewer: a header (candidate, status, size, its lines added,
// removed and changed against the baseline, or "identical to baseline") over one of three
// faces: the aligned source view, the rendered Markdown, or a page saying what there is
// instead of text (a binary artifact's size, sha256 and first bytes; why there is no
// artifact).
class ComparePane final : public QWidget
{
    Q_OBJECT
public:
    ComparePane(const CompareLayout *layout, int pane, QWidget *parent = nullptr);

    int pane() const { return m_pane; }
    DiffTextView *textView() const { return m_textView; }
    SafeMarkdownView *renderedView() const { return m_rendered; }
    QPlainTextEdit *infoView() const { return m_info; }

    // Before a comparison exists (or while it is redone): who it is and what state it is in.
    void showSource(const CompareSource &source, bool isBaseline, const QString &note);
    // The comparison on screen: the header's figures and the face for this pane's artifact.
    void showComparison(const Comparison &comparison, bool rendered);
    void setRemovable(bool removable);

    QString headerText() const; // the header's lines, for tests and screen readers
    bool isShowingText() const;
    bool isShowingRendered() const;

    // Larger Markdown artifacts stay in the source view: QTextDocument would stall the window.
    static constexpr qint64 maxRenderedBytes = 2 * 1024 * 1024;

Q_SIGNALS:
    void baselineRequested(int pane);
    void removeRequested(int pane);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void setHeader(const CompareSource &source, const QString &figures, bool isBaseline);
    void showInfo(const QString &text);
    void showRendered(const std::shared_ptr<const ArtifactText> &text);

    int m_pane;
    QLabel *m_title = nullptr;
    QLabel *m_figures = nullptr;
    QToolButton *m_baselineButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QStackedWidget *m_faces = nullptr;
    DiffTextView *m_textView = nullptr;
    SafeMarkdownView *m_rendered = nullptr;
    QPlainTextEdit *m_info = nullptr;
    std::shared_ptr<const ArtifactText> m_renderedText; // what m_rendered holds: rendered once
};

} // namespace DreamFoundry
