#include "comparepane.h"

#include "difftextview.h"
#include "safemarkdownview.h"
#include "statusicons.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace DreamFoundry {

namespace {

QString stateText(const CompareSource &source)
{
    const std::optional<CandidateState> state = stateFromName(source.state);
    return state ? stateTitle(*state) : source.state;
}

// "+2 added, ~1 changed": the counts that are not zero, each with its gutter sign.
QString changeCounts(const PaneStats &stats)
{
    QStringList counts;
    if (stats.added > 0)
        counts.append(ComparePane::tr("+%1 added").arg(stats.added));
    if (stats.removed > 0)
        counts.append(ComparePane::tr("-%1 removed").arg(stats.removed));
    if (stats.changed > 0)
        counts.append(ComparePane::tr("~%1 changed").arg(stats.changed));
    return counts.join(QStringLiteral(", "));
}

QString figuresText(const Comparison &comparison, int pane)
{
    const ArtifactText &text = comparison.text(pane);
    QStringList parts{QLocale().formattedDataSize(text.size())};
    if (text.isText()) {
        parts.append(ComparePane::tr("%n line(s)", nullptr, int(text.lineCount())));
        const PaneStats stats = comparison.stats(pane);
        if (pane == comparison.baseline())
            parts.append(ComparePane::tr("baseline"));
        else if (stats.identical)
            parts.append(ComparePane::tr("identical to baseline"));
        else
            parts.append(changeCounts(stats));
        if (text.hadInvalidUtf8())
            parts.append(ComparePane::tr("not all UTF-8: shown as \ufffd"));
        if (text.isPrettyPrinted())
            parts.append(ComparePane::tr("JSON pretty-printed"));
    } else if (text.kind() == ArtifactText::Kind::Binary) {
        parts.append(ComparePane::tr("binary"));
    }
    return parts.join(QStringLiteral("  \u00b7  "));
}

QString infoText(const ArtifactText &text)
{
    if (text.kind() == ArtifactText::Kind::Binary)
        return ComparePane::tr("A binary artifact: it is not shown as text.\n\nSize: %1\n"
                               "SHA-256: %2\n\nFirst bytes:\n%3")
                .arg(QLocale().formattedDataSize(text.size()), text.sha256(), text.hexHead());
    return text.problem();
}

} // namespace

ComparePane::ComparePane(const CompareLayout *layout, int pane, QWidget *parent)
    : QWidget(parent), m_pane(pane)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("paneTitleLabel"));
    m_title->setTextFormat(Qt::PlainText); // a candidate's name is the user's, not markup
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("paneFiguresLabel"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_baselineButton = new QToolButton(this);
    m_baselineButton->setObjectName(QStringLiteral("baselineButton"));
    m_baselineButton->setText(tr("Baseline"));
    m_baselineButton->setCheckable(true);
    m_baselineButton->setToolTip(tr("Compare the other candidates against this one"));
    connect(m_baselineButton, &QToolButton::clicked, this, [this] {
        m_baselineButton->setChecked(true); // a baseline is unset by choosing another
        Q_EMIT baselineRequested(m_pane);
    });
    m_removeButton = new QToolButton(this);
    m_removeButton->setObjectName(QStringLiteral("removePaneButton"));
    m_removeButton->setText(QStringLiteral("\u2715"));
    m_removeButton->setToolTip(tr("Remove this candidate from the comparison"));
    m_removeButton->setAutoRaise(true);
    connect(m_removeButton, &QToolButton::clicked, this,
            [this] { Q_EMIT removeRequested(m_pane); });

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_baselineButton);
    titleRow->addWidget(m_removeButton);

    m_faces = new QStackedWidget(this);
    m_textView = new DiffTextView(layout, pane, m_faces);
    m_textView->setObjectName(QStringLiteral("diffTextView"));
    m_rendered = new SafeMarkdownView(m_faces);
    m_rendered->setObjectName(QStringLiteral("renderedView"));
    m_info = new QPlainTextEdit(m_faces);
    m_info->setObjectName(QStringLiteral("paneInfoView"));
    m_info->setReadOnly(true);
    m_info->setLineWrapMode(QPlainTextEdit::NoWrap); // a hex dump keeps its columns
    m_info->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_faces->addWidget(m_textView);
    m_faces->addWidget(m_rendered);
    m_faces->addWidget(m_info);

    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->setContentsMargins(0, 0, 0, 0);
    layoutBox->setSpacing(2);
    layoutBox->addLayout(titleRow);
    layoutBox->addWidget(m_figures);
    layoutBox->addWidget(m_faces, 1);
}

void ComparePane::setHeader(const CompareSource &source, const QString &figures, bool isBaseline)
{
    m_title->setText(source.label);
    m_title->setToolTip(source.artifactFile);
    m_figures->setText(stateText(source) + QStringLiteral("  \u00b7  ") + figures);
    m_baselineButton->setChecked(isBaseline);
    m_baselineButton->setText(isBaseline ? tr("Baseline") : tr("Make Baseline"));
    // Every pane has the same buttons: a screen reader says which candidate each one is for.
    m_baselineButton->setAccessibleName(isBaseline ? tr("%1 is the baseline").arg(source.label)
                                                   : tr("Make %1 the baseline").arg(source.label));
    m_removeButton->setAccessibleName(tr("Remove %1 from the comparison").arg(source.label));
    m_textView->setAccessibleName(tr("Artifact of %1").arg(source.label));
    m_rendered->setAccessibleName(tr("Artifact of %1").arg(source.label));
}

void ComparePane::showSource(const CompareSource &source, bool isBaseline, const QString &note)
{
    QString figures = note;
    if (source.artifactFile.isEmpty() && !source.noArtifactReason.isEmpty())
        figures = source.noArtifactReason;
    setHeader(source, figures, isBaseline);
    showInfo(source.artifactFile.isEmpty() ? source.noArtifactReason : note);
}

void ComparePane::showComparison(const Comparison &comparison, bool rendered)
{
    const ArtifactText &text = comparison.text(m_pane);
    setHeader(text.source(), figuresText(comparison, m_pane),
              m_pane == comparison.requestedBaseline());
    if (!text.isText()) {
        showInfo(infoText(text));
        return;
    }
    m_textView->layoutChanged();
    const bool renderable = text.isMarkdown() && text.size() <= maxRenderedBytes;
    if (rendered && renderable) {
        showRendered(comparison.textPointer(m_pane));
        return;
    }
    m_faces->setCurrentWidget(m_textView);
    if (rendered && text.isMarkdown())
        m_figures->setText(m_figures->text() + QStringLiteral("  \u00b7  ")
                           + tr("too large to render: shown as source"));
}

void ComparePane::showInfo(const QString &text)
{
    m_info->setPlainText(text);
    m_faces->setCurrentWidget(m_info);
}

void ComparePane::showRendered(const std::shared_ptr<const ArtifactText> &text)
{
    if (m_renderedText != text) {
        m_renderedText = text;
        m_rendered->setResourceFolder(QFileInfo(text->source().artifactFile).absolutePath());
        m_rendered->setMarkdown(QString::fromUtf8(text->bytes()));
    }
    m_faces->setCurrentWidget(m_rendered);
}

void ComparePane::setRemovable(bool removable)
{
    m_removeButton->setVisible(removable);
}

QString ComparePane::headerText() const
{
    return m_title->text() + QLatin1Char('\n') + m_figures->text();
}

bool ComparePane::isShowingText() const
{
    return m_faces->currentWidget() == m_textView;
}

bool ComparePane::isShowingRendered() const
{
    return m_faces->currentWidget() == m_rendered;
}

void ComparePane::mousePressEvent(QMouseEvent *event)
{
    // A click on the header chooses the baseline, as on its button.
    if (event->button() == Qt::LeftButton && event->position().y() < m_faces->y())
        Q_EMIT baselineRequested(m_pane);
    QWidget::mousePressEvent(event);
}

} // namespace DreamFoundry
