#include "runtablemodel.h"

#include "core/durationtext.h"
#include "scoretext.h"
#include "statusicons.h"

#include <QFont>

#include <limits>

namespace DreamFoundry {

namespace {

// The Score cell: what is known of the card so far, most telling first. `ranked`: its total
// is final (a ranked candidate, or an attempt of a run scored as a whole).
QString scoreText(const ScoreCard &card, bool ranked)
{
    if (const Gate *failed = card.disqualifiedBy())
        return RunTableModel::tr("disqualified: %1").arg(gateTitle(failed->id));
    const bool manual = card.manualQuality.has_value();
    if (ranked)
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

QString scoreToolTip(const ScoreCard &card, bool ranked)
{
    if (const Gate *failed = card.disqualifiedBy())
        return untrustedText(failed->reason, 500);
    QString text;
    if (ranked)
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

RunTableModel::RunTableModel(QObject *parent) : QAbstractItemModel(parent)
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
            if (const QList<CandidateResult> attempts = source->attempts(known);
                attempts.size() > 1)
                setAttempts(row, attempts);
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
        Row row;
        row.result = result;
        row.elapsed = result.runtimeSeconds;
        if (run.hasRepeats())
            setAttempts(row, run.attemptsOf(result.candidateId));
        m_rows.append(std::move(row));
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
                updateAttempts(row, run.attemptsOf(result.candidateId));
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

// A candidate's total is final once it is ranked; an attempt's, once the whole run was scored
// (attempts are not ranked: their candidate is, by their median).
bool RunTableModel::hasFinalTotal(const Row &row) const
{
    if (!row.result.score)
        return false;
    if (!row.isAttempt)
        return row.result.score->rank > 0;
    return !m_source && row.result.score->quality().has_value();
}

bool RunTableModel::isWinner(const Row &row) const
{
    // The winner is a candidate: its attempts are not marked.
    return !row.isAttempt && m_winner.exists() && row.result.candidateId == m_winner.candidateId;
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

int RunTableModel::attemptCount(int row) const
{
    return row >= 0 && row < m_rows.size() ? int(m_rows[row].attempts.size()) : 0;
}

CandidateResult RunTableModel::attemptAt(int row, int attempt) const
{
    if (attempt < 0 || attempt >= attemptCount(row))
        return {};
    return m_rows[row].attempts[size_t(attempt)].result;
}

bool RunTableModel::hasAttempts() const
{
    return std::ranges::any_of(m_rows, [](const Row &row) { return !row.attempts.empty(); });
}

// An index's internal id is 0 on a candidate's row, and its candidate's row + 1 on an attempt.
int RunTableModel::candidateRowOf(const QModelIndex &index)
{
    if (!index.isValid())
        return -1;
    return index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
}

int RunTableModel::attemptOf(const QModelIndex &index)
{
    return index.isValid() && index.internalId() != 0 ? index.row() : -1;
}

QModelIndex RunTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : quintptr(0));
}

QModelIndex RunTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

const RunTableModel::Row &RunTableModel::rowAt(const QModelIndex &index) const
{
    const Row &candidate = m_rows[candidateRowOf(index)];
    const int attempt = attemptOf(index);
    return attempt < 0 ? candidate : candidate.attempts[size_t(attempt)];
}

void RunTableModel::refreshFromSource(int row)
{
    if (!m_source || row < 0 || row >= m_rows.size())
        return;
    m_rows[row].result = m_source->result(row);
    m_rows[row].elapsed = m_source->elapsedSeconds(row);
    if (const QList<CandidateResult> attempts = m_source->attempts(row); attempts.size() > 1)
        updateAttempts(row, attempts);
    markDirty(row);
}

// Ended, an attempt shows its own runtime; running, how long it has run so far.
double RunTableModel::attemptElapsed(int row, int attempt, const CandidateResult &result) const
{
    if (!m_source || isFinal(result.state))
        return result.runtimeSeconds;
    return m_source->attemptElapsedSeconds(row, attempt);
}

RunTableModel::Row RunTableModel::attemptRow(const CandidateResult &attempt, double elapsed)
{
    Row row;
    row.result = attempt;
    row.elapsed = elapsed;
    row.isAttempt = true;
    return row;
}

void RunTableModel::setAttempts(Row &row, const QList<CandidateResult> &attempts)
{
    summarize(row, attempts);
    row.attempts.clear();
    for (const CandidateResult &attempt : attempts)
        row.attempts.push_back(attemptRow(attempt, attempt.runtimeSeconds));
}

void RunTableModel::updateAttempts(int row, const QList<CandidateResult> &attempts)
{
    Row &candidate = m_rows[row];
    summarize(candidate, attempts);
    const int had = int(candidate.attempts.size());
    const int now = int(attempts.size());
    const QModelIndex parent = index(row, 0);
    if (now < had) { // not in a run as it goes on; a re-score of fewer attempts, say
        beginRemoveRows(parent, now, had - 1);
        candidate.attempts.resize(size_t(now));
        endRemoveRows();
    }
    for (int i = 0; i < std::min(had, now); ++i) {
        Row &child = candidate.attempts[size_t(i)];
        child.result = attempts[i];
        child.elapsed = attemptElapsed(row, i, attempts[i]);
        child.dirty = true;
    }
    if (now > had) {
        beginInsertRows(parent, had, now - 1);
        for (int i = had; i < now; ++i)
            candidate.attempts.push_back(
                    attemptRow(attempts[i], attemptElapsed(row, i, attempts[i])));
        endInsertRows();
    }
}

void RunTableModel::summarize(Row &row, const QList<CandidateResult> &attempts)
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

// A running row ticks its runtime and progress on every refresh.
void RunTableModel::tickRunning(Row &row, int candidateRow, int attempt)
{
    const CandidateState state = row.result.state;
    if (!m_source || isFinal(state) || state == CandidateState::Queued)
        return;
    row.elapsed = attempt < 0 ? m_source->elapsedSeconds(candidateRow)
                              : m_source->attemptElapsedSeconds(candidateRow, attempt);
    row.dirty = true;
}

// One change per candidate for the span of its children that changed: a child's change names
// its parent, so the children of two candidates cannot share one.
void RunTableModel::emitAttemptChanges(int row)
{
    std::vector<Row> &attempts = m_rows[row].attempts;
    int first = -1;
    int last = -1;
    for (int i = 0; i < int(attempts.size()); ++i) {
        if (std::exchange(attempts[size_t(i)].dirty, false)) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first < 0)
        return;
    const QModelIndex parent = index(row, 0);
    Q_EMIT dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
}

void RunTableModel::flush()
{
    bool anyActive = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &candidate = m_rows[row];
        tickRunning(candidate, row, -1);
        anyActive = anyActive || !isFinal(candidate.result.state);
        for (int i = 0; i < int(candidate.attempts.size()); ++i) {
            tickRunning(candidate.attempts[size_t(i)], row, i);
            anyActive = anyActive || !isFinal(candidate.attempts[size_t(i)].result.state);
        }
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
    for (int row = 0; row < m_rows.size(); ++row)
        emitAttemptChanges(row);
    if (!anyActive || !m_source)
        m_refresh.stop();
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    // Only a candidate's first cell holds its attempts; attempts hold nothing.
    if (parent.column() != 0 || attemptOf(parent) >= 0)
        return 0;
    return int(m_rows[parent.row()].attempts.size());
}

int RunTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RunTableModel::displayText(const Row &row, int column) const
{
    const CandidateResult &r = row.result;
    if (row.repeats && (column == StatusColumn || column == RuntimeColumn || column == ScoreColumn))
        return repeatText(row, column);
    switch (column) {
    case CandidateColumn:
        return row.isAttempt ? tr("#%1").arg(r.repeat) : r.candidateId;
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
        return r.score ? scoreText(*r.score, hasFinalTotal(row)) : QString();
    case RankColumn: // candidates are ranked, their attempts are not
        return !row.isAttempt && r.score && r.score->rank > 0 ? QString::number(r.score->rank)
                                                              : QString();
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
    case CandidateColumn: // attempts in their order, whichever way their candidates sort
        return row.isAttempt ? QVariant(row.result.repeat) : displayText(row, column);
    case StatusColumn:
        return int(row.result.state);
    case ScoreColumn: {
        // Unscored rows sort below every score, whichever way.
        if (!row.result.score)
            return -1.0;
        const ScoreCard &card = *row.result.score;
        return hasFinalTotal(row) ? card.total : card.quality().value_or(-1.0);
    }
    case RankColumn: // unranked rows (and attempts, never ranked) last in ascending order
        return !row.isAttempt && row.result.score && row.result.score->rank > 0
                ? row.result.score->rank
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
        if (row.isAttempt)
            return plainToolTip(tr("Attempt #%1 of %2, in a sandbox of its own.")
                                        .arg(r.repeat)
                                        .arg(r.candidateId));
        [[fallthrough]];
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
        return r.score ? plainToolTip(scoreToolTip(*r.score, hasFinalTotal(row))) : QVariant();
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
    const Row &row = rowAt(index);
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
    case RepeatRole:
        return row.isAttempt ? row.result.repeat : 0;
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
        return QAbstractItemModel::headerData(section, orientation, role);
    // A narrowed column shows the start of its title, the whole title in its tooltip.
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
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
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    // The sandbox id can be selected and copied from its editor without changing it.
    if (index.column() == SandboxColumn)
        f |= Qt::ItemIsEditable;
    if (attemptOf(index) >= 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace DreamFoundry
