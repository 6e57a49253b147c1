#pragma once

#include "comparewindow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace DreamFoundry {

struct RunRecord;

// `dreamfoundry compare --window RESULTS_DIR A B [C D]`: the comparison viewer alone on
// candidates of a results folder, for a file manager or a script. Exit status 0 once the
// viewer is closed, 2 on bad usage (an unknown candidate, a folder that is no results), like
// `dreamfoundry compare` without --window.
class CompareWindowCommand final : public QObject
{
    Q_OBJECT
public:
    // The arguments after "compare".
    explicit CompareWindowCommand(const QStringList &arguments, QObject *parent = nullptr);
    ~CompareWindowCommand() override;

    void start();
    CompareWindow *window() const; // once open

Q_SIGNALS:
    void done(int exitStatus);

private:
    void fail(const QString &message);
    void open(const RunRecord &run, const QString &folder, const QStringList &ids);

    QStringList m_arguments;
    CompareOptions m_options;
    QPointer<CompareWindow> m_window;
};

} // namespace DreamFoundry
