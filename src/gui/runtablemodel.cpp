#include "runtablemodel.h"

#include "core/durationtext.h"
#include "scoretext.h"
#include "statusicons.h"

#include <QFont>

#include <limits>

namespace DreamFoundry {

namespace {

// The Score cell: what is known of the card so far, most telling first.
QString scoreText(const ScoreCard &card)
{
    if (const Gate *failed = card.disqualifiedBy())
        return RunTableModel::tr("disqualified: %1").arg(gateTitle(failed->id));
    const bool manual = card.manualQuality.has_value();
    if (card.rank > 0)
        return manual ? RunTableModel::tr("%1 (manual)").arg(formatScore(card.total))
                      : formatScore(card.total);
    if (const std::optional<double> quality = card.quality())
        return manual ? RunTableModel::tr("quality %1 (manual)").arg(formatScore(*quality))
                      : RunTableModel::tr("quality %1").arg(formatScore(*quality));
    return RunTableModel::tr("unscored");
}

QString automaticQualityText(const ScoreCard &card)
{
    if (card.unscored)
        return RunTableModel::tr("the scorer gave none (%1)")
                .arg(untrustedText(card.unscoredReason, 300));
    return RunTableModel::tr("the scorer gave %1").arg(formatScore(card.automaticQuality));
}

QString scoreToolTip(const ScoreCard &card)
{
    if (const Gate *failed = card.disqualifiedBy())
        return untrustedText(failed->reason, 500);
    QString text;
    if (card.rank > 0)
        text = RunTableModel::tr("Total %1 of 100: success %2, quality %3, speed %4.")
                       .arg(formatScore(card.total), formatScore(card.success),
                            formatScore(card.quality().value_or(0)), formatScore(card.speed));
    else if (const std::optional<double> quality = card.quality())
        text = RunTableModel::tr(
                       "Quality %1 of 100; the total and the rank follow when the run ends.")
                       .arg(formatScore(*quality));
    else
        return RunTableModel::tr("Unscored: %1").arg(untrustedText(card.unscoredReason, 500));
    if (card.manualQuality)
        text += QLatin1Char(' ')
                + RunTableModel::tr("Quality set by hand to %1; %2.")
                          .arg(formatScore(*card.manualQuality), automaticQualityText(card));
    return text;
}

QString winnerToolTip(const RunWinner &winner)
{
    if (!winner.manual)
        return RunTableModel::tr("The winner, chosen by the ranking.");
    if (winner.automaticCandidateId.isEmpty())
        return RunTableModel::tr("The winner, picked by hand; the ranking found none.");
    return RunTableModel::tr("The winner, picked by hand; the ranking chose %1.")
            .arg(winner.automaticCandidateId);
}

// Back in the queue on Daytona, as the sandbox said (not guessed from any text): the
// account's quota is full or no runner is free.
std::optional<QueueWait::Reason> queueWaitOf(const CandidateResult &result)
{
    if (result.state != CandidateState::Queued || !result.queueWait)
        return std::nullopt;
    return result.queueWait->reason;
}

// "Queued (waiting for quota)" while back in the queue on Daytona, else the state's title.
QString queuedText(const CandidateResult &result)
{
    const auto wait = queueWaitOf(result);
    if (!wait)
        return stateTitle(result.state);
    return *wait == QueueWait::Reason::Quota ? RunTableModel::tr("Queued (waiting for quota)")
                                             : RunTableModel::tr("Queued (waiting for a runner)");
}

// What the service said is a server's words: shown as plain text by the caller.
QString queueWaitToolTip(const QueueWait &wait)
{
    if (wait.reason == QueueWait::Reason::NoRunner) {
        return RunTableModel::tr("Daytona has no runner free for a moment; the candidate is tried "
                                 "again in a few seconds. Daytona said: %1")
                .arg(wait.serverMessage);
    }
    return RunTableModel::tr("Waiting for room in the account's quota; the candidate starts when "
                             "one of the run's sandboxes is deleted. Daytona said: %1")
            .arg(wait.serverMessage);
}

} // namespace

QString failureReason(const CandidateResult &result)
{
    if (!isFinal(result.state) || result.state == CandidateState::Succeeded)
        return {};
    if (!result.errorMessage.isEmpty())
        return result.errorMessage;
    // Older results folders kept no message: the state and exit code still say something.
    if (result.exitCode)
        return RunTableModel::tr("Exited with code %1.").arg(*result.exitCode);
    return stateTitle(result.state);
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
    m_winner = {};
    m_rows.clear();
    for (const QString &id : candidateIds) {
        Row row;
        row.result.candidateId = id;
        // A rerun's other rows keep their results and send no change: take them now.
        if (const int known = int(m_rows.size()); known < source->candidateCount()) {
            row.result = source->result(known);
            row.elapsed = source->elapsedSeconds(known);
        }
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
    for (const CandidateResult &result : run.candidates) {
        m_rows.append({result, result.runtimeSeconds, false});
        if (run.hasRepeats())
            setAttempts(m_rows.last(), run.attemptsOf(result.candidateId));
    }
    m_winner = run.winner;
    endResetModel();
}

void RunTableModel::updateScores(const RunRecord &run)
{
    for (const CandidateResult &result : run.candidates) {
        if (const int row = rowOf(result.candidateId); row >= 0) {
            m_rows[row].result.score = result.score;
            if (run.hasRepeats())
                setAttempts(m_rows[row], run.attemptsOf(result.candidateId));
            markDirty(row);
        }
    }
    setWinner(run.winner);
}

void RunTableModel::setWinner(const RunWinner &winner)
{
    // Only the rows that gain or lose the mark change.
    if (const int old = rowOf(m_winner.candidateId); old >= 0)
        markDirty(old);
    m_winner = winner;
    if (const int row = rowOf(m_winner.candidateId); row >= 0)
        markDirty(row);
}

int RunTableModel::rowOf(const QString &candidateId) const
{
    if (candidateId.isEmpty())
        return -1;
    const auto found = std::ranges::find(m_rows, candidateId,
                                         [](const Row &row) { return row.result.candidateId; });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

bool RunTableModel::isWinner(const Row &row) const
{
    return m_winner.exists() && row.result.candidateId == m_winner.candidateId;
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
    if (const QList<CandidateResult> attempts = m_source->attempts(row); attempts.size() > 1)
        setAttempts(m_rows[row], attempts);
    markDirty(row);
}

void RunTableModel::setAttempts(Row &row, const QList<CandidateResult> &attempts)
{
    row.repeats = RepeatSummary::of(attempts);
    row.attemptLines.clear();
    row.attemptsUnfinished = 0;
    for (const CandidateResult &a : attempts) {
        if (!isFinal(a.state))
            ++row.attemptsUnfinished;
        QString line = tr("#%1: %2").arg(a.repeat).arg(stateTitle(a.state));
        if (isFinal(a.state))
            line += tr(", %1").arg(formatDuration(a.runtimeSeconds));
        if (a.score && a.score->quality())
            line += tr(", total %1").arg(a.score->total, 0, 'f', 1);
        row.attemptLines.append(line);
    }
}

// The candidate's row of a run with repeats, for the columns that sum its attempts up.
QVariant RunTableModel::repeatText(const Row &row, int column) const
{
    const RepeatSummary &sum = *row.repeats;
    switch (column) {
    case StatusColumn: {
        const QString passed = tr("%1/%2 passed (%3%)")
                                       .arg(sum.passed)
                                       .arg(sum.attempts)
                                       .arg(qRound(sum.passRate() * 100));
        if (row.attemptsUnfinished == 0)
            return passed;
        return tr("%n attempt(s) to go, %1", nullptr, row.attemptsUnfinished).arg(passed);
    }
    case RuntimeColumn:
        if (sum.attempts == 0)
            return QString();
        return tr("%1 (spread %2)")
                .arg(formatDuration(sum.medianRuntimeSeconds),
                     formatDuration(sum.runtimeSpreadSeconds));
    case ScoreColumn:
        if (!sum.medianTotal)
            return QString();
        return tr("%1 (spread %2)")
                .arg(QString::number(*sum.medianTotal, 'f', 1),
                     QString::number(sum.totalSpread.value_or(0), 'f', 1));
    }
    return {};
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
    if (row.repeats && (column == StatusColumn || column == RuntimeColumn || column == ScoreColumn))
        return repeatText(row, column);
    switch (column) {
    case CandidateColumn:
        return r.candidateId;
    case StatusColumn: {
        const QString state = queuedText(r);
        return r.attempt > 1 ? tr("%1 (attempt %2)").arg(state).arg(r.attempt) : state;
    }
    case ReasonColumn: // one line: the view elides it, the tooltip has it all
        if (const auto wait = queueWaitOf(r))
            return *wait == QueueWait::Reason::Quota ? tr("Waiting for quota")
                                                     : tr("Waiting for a runner");
        return untrustedText(failureReason(r), 300);
    case ScoreColumn:
        return r.score ? scoreText(*r.score) : QString();
    case RankColumn:
        return r.score && r.score->rank > 0 ? QString::number(r.score->rank) : QString();
    case SandboxColumn:
        return r.sandboxId;
    case RuntimeColumn:
        if (r.state == CandidateState::Queued)
            return QString();
        // While it runs, how far it is towards its timeout, in words as well as the bar.
        if (r.state == CandidateState::Running && m_timeoutSeconds > 0)
            return tr("%1 / %2").arg(formatDuration(row.elapsed), formatDuration(m_timeoutSeconds));
        return formatDuration(row.elapsed);
    case ExitCodeColumn:
        return r.exitCode ? QString::number(*r.exitCode) : QString();
    case ArtifactColumn:
        // The file holds a secret the candidate was given: said first, where it is seen.
        return r.artifactContainsSecret ? tr("⚠ contains a secret: %1").arg(artifactPreview(r))
                                        : artifactPreview(r);
    }
    return {};
}

QVariant RunTableModel::sortValue(const Row &row, int column) const
{
    if (row.repeats && column == ScoreColumn)
        return row.repeats->medianTotal.value_or(-1.0);
    if (row.repeats && column == RuntimeColumn && row.repeats->attempts > 0)
        return row.repeats->medianRuntimeSeconds;
    switch (column) {
    case StatusColumn:
        return int(row.result.state);
    case ScoreColumn: {
        // Unscored rows sort below every score, whichever way.
        if (!row.result.score)
            return -1.0;
        const ScoreCard &card = *row.result.score;
        return card.rank > 0 ? card.total : card.quality().value_or(-1.0);
    }
    case RankColumn: // unranked rows last in ascending order
        return row.result.score && row.result.score->rank > 0 ? row.result.score->rank
                                                              : std::numeric_limits<int>::max();
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

QVariant RunTableModel::toolTip(const Row &row, int column) const
{
    const CandidateResult &r = row.result;
    if (row.repeats
        && (column == StatusColumn || column == RuntimeColumn || column == ScoreColumn)) {
        // Each attempt, after what they add up to; attempt text is the app's own words.
        return plainToolTip(row.repeats->text() + QLatin1Char('\n')
                            + row.attemptLines.join(QLatin1Char('\n')));
    }
    switch (column) {
    case CandidateColumn:
    case RankColumn:
        return isWinner(row) ? winnerToolTip(m_winner) : QVariant();
    case StatusColumn:
    case ReasonColumn: {
        // What the service said about its queue is a server's words: plain text too.
        const QString reason = queueWaitOf(r) ? queueWaitToolTip(*r.queueWait) : failureReason(r);
        // The reason may quote the candidate's own output: shown as plain text.
        return reason.isEmpty() ? QVariant() : QVariant(plainToolTip(reason.left(4000)));
    }
    case ScoreColumn:
        return r.score ? plainToolTip(scoreToolTip(*r.score)) : QVariant();
    case ArtifactColumn:
        return r.artifactContainsSecret
                ? QVariant(plainToolTip(tr("The artifact file holds the value of a secret passed "
                                           "to this candidate; the file is kept as written, "
                                           "its preview shows [secret NAME] instead.\n%1")
                                                .arg(displayText(row, column).toString())))
                : displayText(row, column);
    }
    return {};
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::EditRole: // the sandbox id's editor shows the id, selected, ready to copy
        return index.column() == SandboxColumn ? QVariant(row.result.sandboxId) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return stateIcon(row.result.state);
        return index.column() == CandidateColumn && isWinner(row) ? QVariant(winnerIcon())
                                                                  : QVariant();
    case Qt::FontRole: {
        if (!isWinner(row))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == RuntimeColumn || index.column() == ExitCodeColumn
            || index.column() == RankColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case StateRole:
        return int(row.result.state);
    case WinnerRole:
        return isWinner(row);
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
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // A narrowed column shows the start of its title, the whole title in its tooltip.
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case ScoreColumn:
        return tr("Score");
    case RankColumn:
        return tr("Rank");
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
