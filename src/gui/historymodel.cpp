#include "historymodel.h"

#include "core/untrustedtext.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace DreamFoundry {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::displayText(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case DateColumn:
        return QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat);
    case ObjectiveColumn:
        return entry.isBroken()
                ? tr("Cannot be read: %1").arg(UntrustedText::visibleControlsOneLine(entry.problem))
                : UntrustedText::visibleControlsOneLine(entry.objective);
    case BackendColumn:
        return entry.backend;
    case CandidatesColumn:
        return entry.isBroken() ? QVariant() : QVariant(entry.candidateCount);
    case SucceededColumn:
        return entry.isBroken() ? QVariant() : QVariant(entry.succeeded);
    case WinnerColumn:
        return entry.winner;
    case ScoreColumn:
        return entry.winnerTotal ? QString::number(*entry.winnerTotal, 'f', 1) : QString();
    }
    return {};
}

QVariant HistoryModel::sortValue(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case DateColumn:
        return entry.startedAt;
    case CandidatesColumn:
        return entry.candidateCount;
    case SucceededColumn:
        return entry.succeeded;
    case ScoreColumn:
        return entry.winnerTotal.value_or(-1);
    default:
        return displayText(entry, column);
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case SortRole:
        return sortValue(entry, index.column());
    case FolderRole:
        return entry.folder;
    case Qt::ToolTipRole:
        return entry.isBroken() ? entry.folder + QLatin1Char('\n') + entry.problem : entry.folder;
    case Qt::DecorationRole:
        if (index.column() == ObjectiveColumn && entry.isBroken())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= CandidatesColumn && index.column() != WinnerColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ObjectiveColumn:
        return tr("Objective");
    case BackendColumn:
        return tr("Backend");
    case CandidatesColumn:
        return tr("Candidates");
    case SucceededColumn:
        return tr("Succeeded");
    case WinnerColumn:
        return tr("Winner");
    case ScoreColumn:
        return tr("Score");
    }
    return {};
}

} // namespace DreamFoundry
