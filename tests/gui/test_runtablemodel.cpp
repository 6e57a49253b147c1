#include "core/runsource.h"
#include "gui/runtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DreamFoundry;

namespace {

// A run the test moves by hand: the seam the table reads a live run through.
class ScriptedRun final : public RunSource
{
public:
    explicit ScriptedRun(int candidates)
    {
        for (int row = 0; row < candidates; ++row) {
            CandidateResult result;
            result.candidateId = QStringLiteral("c%1").arg(row);
            m_results.append(result);
            m_elapsed.append(0);
        }
    }

    int candidateCount() const override { return int(m_results.size()); }
    CandidateResult result(int row) const override { return m_results.value(row); }
    double elapsedSeconds(int row) const override { return m_elapsed.value(row); }

    QStringList ids() const
    {
        QStringList ids;
        for (const CandidateResult &result : m_results)
            ids.append(result.candidateId);
        return ids;
    }

    void move(int row, CandidateState state, double elapsed, std::optional<int> exitCode = {})
    {
        m_results[row].state = state;
        m_results[row].exitCode = exitCode;
        m_results[row].runtimeSeconds = elapsed;
        m_elapsed[row] = elapsed;
        Q_EMIT candidateChanged(row);
    }

private:
    QList<CandidateResult> m_results;
    QList<double> m_elapsed;
};

struct Change
{
    int firstRow;
    int lastRow;
    int firstColumn;
    int lastColumn;
};

Change changeAt(const QSignalSpy &spy, int i)
{
    const auto from = spy.at(i).at(0).value<QModelIndex>();
    const auto to = spy.at(i).at(1).value<QModelIndex>();
    return {from.row(), to.row(), from.column(), to.column()};
}

} // namespace

class TestRunTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_run = std::make_unique<ScriptedRun>(10);
        m_model = std::make_unique<RunTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->watch(m_run.get(), m_run->ids(), 60);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_run.reset();
    }

    // Several changes to one row between two ticks reach the view as one row-wide change.
    void oneRowChangedManyTimesIsOneRowWideChange()
    {
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_run->move(3, CandidateState::Failed, 1.0, 1);
        m_run->move(3, CandidateState::Failed, 1.5, 2);
        m_run->move(3, CandidateState::Succeeded, 2.0, 0);
        QTRY_COMPARE(changes.count(), 1);
        const Change change = changeAt(changes, 0);
        QCOMPARE(change.firstRow, 3);
        QCOMPARE(change.lastRow, 3);
        QCOMPARE(change.firstColumn, 0);
        QCOMPARE(change.lastColumn, RunTableModel::ColumnCount - 1);
        QCOMPARE(m_model->data(m_model->index(3, RunTableModel::ExitCodeColumn)).toString(),
                 QStringLiteral("0"));

        // The next tick carries only what changed since: row 5, not row 3 again.
        m_run->move(5, CandidateState::Cancelled, 0.5);
        QTRY_COMPARE(changes.count(), 2);
        const Change next = changeAt(changes, 1);
        QCOMPARE(next.firstRow, 5);
        QCOMPARE(next.lastRow, 5);
    }

    // When most rows changed, one whole-table change is cheaper for the view than many.
    void mostRowsChangedIsOneWholeTableChange()
    {
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        for (int row = 0; row < 8; ++row)
            m_run->move(row, CandidateState::Succeeded, 1.0 + row, 0);
        QTRY_COMPARE(changes.count(), 1);
        const Change change = changeAt(changes, 0);
        QCOMPARE(change.firstRow, 0);
        QCOMPARE(change.lastRow, m_model->rowCount() - 1);
        QCOMPARE(change.lastColumn, RunTableModel::ColumnCount - 1);
    }

    // A few rows changed: one row-wide change each, no whole-table change.
    void fewRowsChangedAreRowWideChanges()
    {
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_run->move(1, CandidateState::Succeeded, 1.0, 0);
        m_run->move(7, CandidateState::Failed, 2.0, 3);
        QTRY_COMPARE(changes.count(), 2);
        QCOMPARE(changeAt(changes, 0).firstRow, 1);
        QCOMPARE(changeAt(changes, 0).lastRow, 1);
        QCOMPARE(changeAt(changes, 1).firstRow, 7);
        QCOMPARE(changeAt(changes, 1).lastRow, 7);
    }

    // Sorting and painting read raw values, not display text.
    void rawValuesInTheirRoles()
    {
        m_run->move(2, CandidateState::Failed, 75.25, 42);
        m_run->move(4, CandidateState::Running, 30.0);
        QTRY_COMPARE(m_model->stateAt(2), CandidateState::Failed);
        QTRY_COMPARE(m_model->stateAt(4), CandidateState::Running);

        const auto at = [this](int row, int column, int role) {
            return m_model->data(m_model->index(row, column), role);
        };
        QCOMPARE(at(2, RunTableModel::RuntimeColumn, RunTableModel::SortRole).toDouble(), 75.25);
        QCOMPARE(at(2, RunTableModel::RuntimeColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("1:15"));
        QCOMPARE(at(2, RunTableModel::ExitCodeColumn, RunTableModel::SortRole).toInt(), 42);
        QCOMPARE(at(0, RunTableModel::ExitCodeColumn, RunTableModel::SortRole).toInt(), -1);
        QCOMPARE(at(2, 0, RunTableModel::StateRole).toInt(), int(CandidateState::Failed));
        // Progress towards the 60 s timeout, only while running.
        QCOMPARE(at(4, RunTableModel::RuntimeColumn, RunTableModel::ProgressRole).toDouble(), 0.5);
        QCOMPARE(at(2, RunTableModel::RuntimeColumn, RunTableModel::ProgressRole).toDouble(), -1.0);
    }

private:
    std::unique_ptr<ScriptedRun> m_run;
    std::unique_ptr<RunTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestRunTableModel)
#include "test_runtablemodel.moc"
