#include "runtablemodel.h"

#include "statusicons.h"

namespace DreamFoundry {

QString formatDuration(double seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 1);
    const int whole = int(seconds);
    if (whole < 3600)
        return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
            .arg(whole / 3600)
            .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

RunTableModel::RunTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_refresh.setInterval(refreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &RunTableModel::flush);
}

void RunTableModel::watch(RunSource *source, const QStringList &candidateIds, int timeoutSeconds)
{
    if (m_source)
        m_source->disconnect(this);
    beginResetModel();
    m_source = source;
    m_timeoutSeconds = timeoutSeconds;
    m_rows.clear();
    for (const QString &id : candidateIds) {
        Row row;
        row.result.candidateId = id;
        m_rows.append(row);
    }
    endResetModel();
    // Signals only mark rows; the timer turns marks into one dataChanged per refresh.
    connect(source, &RunSource::candidateChanged, this, &RunTableModel::refreshFromSource);
    m_refresh.start();
}

void RunTableModel::show(const RunRecord &run)
{
    if (m_source)
        m_source->disconnect(this);
    m_refresh.stop();
    beginResetModel();
    m_source = nullptr;
    m_timeoutSeconds = run.settings.timeoutSeconds;
    m_rows.clear();
    for (const CandidateResult &result : run.candidates)
        m_rows.append({result, result.runtimeSeconds, false});
    endResetModel();
}

CandidateResult RunTableModel::resultAt(int row) const
{
    return m_rows.value(row).result;
}

CandidateState RunTableModel::stateAt(int row) const
{
    return m_rows.value(row).result.state;
}

int RunTableModel::countIn(std::initializer_list<CandidateState> states) const
{
    return int(std::ranges::count_if(m_rows, [&](const Row &row) {
        return std::ranges::find(states, row.result.state) != states.end();
    }));
}

void RunTableModel::refreshFromSource(int row)
{
    if (!m_source || row < 0 || row >= m_rows.size())
        return;
    m_rows[row].result = m_source->result(row);
    m_rows[row].elapsed = m_source->elapsedSeconds(row);
    markDirty(row);
}

void RunTableModel::markDirty(int row)
{
    m_rows[row].dirty = true;
    if (!m_refresh.isActive())
        m_refresh.start();
}

void RunTableModel::flush()
{
    // Running rows tick their runtime and progress on every refresh.
    bool anyActive = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        const CandidateState state = m_rows[row].result.state;
        if (m_source && !isFinal(state) && state != CandidateState::Queued) {
            m_rows[row].elapsed = m_source->elapsedSeconds(row);
            m_rows[row].dirty = true;
        }
        anyActive = anyActive || !isFinal(state);
    }
    QList<int> dirty;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (std::exchange(m_rows[row].dirty, false))
            dirty.append(row);
    }
    if (dirty.size() > m_rows.size() / 2) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        for (int row : std::as_const(dirty))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!anyActive || !m_source)
        m_refresh.stop();
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::displayText(const Row &row, int column) const
{
    const CandidateResult &r = row.result;
    switch (column) {
    case CandidateColumn:
        return r.candidateId;
    case StatusColumn:
        return stateTitle(r.state);
    case SandboxColumn:
        return r.sandboxId;
    case RuntimeColumn:
        return r.state == CandidateState::Queued ? QString() : formatDuration(row.elapsed);
    case ExitCodeColumn:
        return r.exitCode ? QString::number(*r.exitCode) : QString();
    case ArtifactColumn:
        return artifactPreview(r);
    }
    return {};
}

QVariant RunTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(row.result.state);
    case RuntimeColumn:
        return row.elapsed;
    case ExitCodeColumn:
        return row.result.exitCode ? *row.result.exitCode : -1;
    case ArtifactColumn:
        return row.result.artifactSize;
    default:
        return displayText(row, column);
    }
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(stateIcon(row.result.state)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.result.errorMessage.isEmpty())
            return row.result.errorMessage;
        return index.column() == ArtifactColumn ? displayText(row, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == RuntimeColumn || index.column() == ExitCodeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case StateRole:
        return int(row.result.state);
    case ProgressRole: {
        if (row.result.state != CandidateState::Running || m_timeoutSeconds <= 0)
            return -1.0;
        return qBound(0.0, row.elapsed / m_timeoutSeconds, 1.0);
    }
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case StatusColumn:
        return tr("Status");
    case SandboxColumn:
        return tr("Sandbox ID");
    case RuntimeColumn:
        return tr("Runtime");
    case ExitCodeColumn:
        return tr("Exit code");
    case ArtifactColumn:
        return tr("Artifact");
    }
    return {};
}

Qt::ItemFlags RunTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The sandbox id can be selected and copied from its editor without changing it.
    if (index.column() == SandboxColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace DreamFoundry
