#include "runfilterproxy.h"

#include "core/candidatestate.h"
#include "runtablemodel.h"

namespace DreamFoundry {

RunFilterProxy::RunFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RunTableModel::SortRole);
    // A row that changes state enters or leaves the filtered view as it happens.
    setDynamicSortFilter(true);
}

void RunFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool RunFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // An attempt is shown under its candidate whenever the candidate is.
    if (m_filter == Filter::All || sourceParent.isValid())
        return true;
    const auto state = CandidateState(sourceModel()
                                              ->index(sourceRow, 0, sourceParent)
                                              .data(RunTableModel::StateRole)
                                              .toInt());
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Failed:
        return isFinal(state) && state != CandidateState::Succeeded;
    case Filter::Running:
        return !isFinal(state);
    case Filter::Finished:
        return isFinal(state);
    }
    return true;
}

} // namespace DreamFoundry
