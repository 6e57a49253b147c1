#pragma once

#include "history/runhistory.h"

#include <QAbstractTableModel>

namespace DreamFoundry {

// The past runs of the History panel, one row each, newest first; a broken entry says why it
// cannot be read in its Objective column.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ObjectiveColumn,
        BackendColumn,
        CandidatesColumn,
        SucceededColumn,
        WinnerColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, FolderRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const HistoryEntry &entry, int column) const;
    QVariant sortValue(const HistoryEntry &entry, int column) const;

    QList<HistoryEntry> m_entries;
};

} // namespace DreamFoundry
