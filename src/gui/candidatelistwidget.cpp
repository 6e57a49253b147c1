#include "candidatelistwidget.h"

#include "core/candidatefolder.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMimeData>

namespace DreamFoundry {

namespace {

// A script, or a folder candidate (core/candidatefolder.h): a folder with a main.py.
bool isCandidate(const QFileInfo &info)
{
    if (info.isDir())
        return CandidateFolder::problem(info.absoluteFilePath()).isEmpty();
    return info.suffix() == QStringLiteral("py");
}

} // namespace

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

int CandidateListWidget::addScripts(const QStringList &paths)
{
    QStringList present = scripts();
    int added = 0;
    QStringList refused;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // Whatever way a file comes (dialog, drop, command line), only a script can run.
        if (!isCandidate(info)) {
            refused.append(info.fileName());
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        if (present.contains(absolute))
            continue;
        present.append(absolute);
        // A folder shows as "name/", so it reads as one candidate made of several files.
        auto *entry = new QListWidgetItem(
                info.isDir() ? info.fileName() + QLatin1Char('/') : info.fileName(), this);
        entry->setData(Qt::UserRole, absolute);
        entry->setToolTip(absolute);
        ++added;
    }
    if (added > 0)
        Q_EMIT scriptsChanged();
    if (!refused.isEmpty())
        Q_EMIT rejected(refused);
    return added;
}

void CandidateListWidget::removeSelected()
{
    const QList<QListWidgetItem *> selected = selectedItems();
    qDeleteAll(selected);
    if (!selected.isEmpty())
        Q_EMIT scriptsChanged();
}

void CandidateListWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QListWidget::keyPressEvent(event);
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
        if (url.isLocalFile() && isCandidate(info))
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
