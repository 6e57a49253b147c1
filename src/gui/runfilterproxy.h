#pragma once

#include <QSortFilterProxyModel>

namespace DreamFoundry {

// The run table as sorted by the person, and narrowed to the rows they look for: the ones that
// failed, the ones still running, or the finished ones. The rows behind it keep their order and
// numbers (RunTableModel's), so everything that acts on a row maps through this proxy. The filter
// picks candidates; their attempts (child rows) come with them, sorted by the same column.
class RunFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter {
        All,
        Failed, // ended without success: failed, timed out, cancelled or in error
        Running, // not ended yet, queued included
        Finished, // ended, whichever way
    };
    Q_ENUM(Filter)

    explicit RunFilterProxy(QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace DreamFoundry
