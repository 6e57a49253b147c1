#pragma once

#include <QObject>
#include <QStringList>

namespace DreamFoundry {

class Comparison;

// `dreamfoundry compare RESULTS_DIR A B [C D]`: prints a unified diff of candidate A's
// artifact against each other one's, coloured on a terminal and plain when piped. Emits
// done() with 0 when they are identical, 1 when they differ and 2 on bad usage or trouble
// (an unknown id, no results folder, an artifact missing or unreadable), like `diff`.
class CompareCommand final : public QObject
{
    Q_OBJECT
public:
    explicit CompareCommand(const QStringList &arguments, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    void finish(int exitStatus);
    void fail(const QString &message, int exitStatus);
    int print(const Comparison &comparison, bool colour, bool escape, int context);

    QStringList m_arguments;
};

} // namespace DreamFoundry
