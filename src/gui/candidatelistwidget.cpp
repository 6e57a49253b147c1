#include "candidatelistwidget.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>

namespace DreamFoundry {

CandidateListWidget::CandidateListWidget(QWidget *parent) : QListWidget(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

QStringList CandidateListWidget::scripts() const
{
    QStringList paths;
    for (int i = 0; i < count(); ++i)
        paths.append(item(i)->data(Qt::UserRole).toString());
    return paths;
}

void CandidateListWidget::addScripts(const QStringList &paths)
{
    const QStringList present = scripts();
    bool added = false;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (present.contains(absolute))
            continue;
        auto *entry = new QListWidgetItem(QFileInfo(absolute).fileName(), this);
        entry->setData(Qt::UserRole, absolute);
        entry->setToolTip(absolute);
        added = true;
    }
    if (added)
        Q_EMIT scriptsChanged();
}

void CandidateListWidget::removeSelected()
{
    const QList<QListWidgetItem *> selected = selectedItems();
    qDeleteAll(selected);
    if (!selected.isEmpty())
        Q_EMIT scriptsChanged();
}

void CandidateListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CandidateListWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CandidateListWidget::dropEvent(QDropEvent *event)
{
    QStringList scriptsDropped;
    QStringList others;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        const QFileInfo info(url.toLocalFile());
        if (url.isLocalFile() && info.isFile() && info.suffix() == QStringLiteral("py"))
            scriptsDropped.append(info.absoluteFilePath());
        else
            others.append(url.isLocalFile() ? info.fileName() : url.toDisplayString());
    }
    addScripts(scriptsDropped);
    if (!others.isEmpty())
        Q_EMIT rejected(others);
    event->acceptProposedAction();
}

} // namespace DreamFoundry
