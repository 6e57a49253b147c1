#pragma once

#include "daytona/daytonaconfig.h"
#include "daytona/reaper.h"

#include <QObject>

class QNetworkAccessManager;
class QWidget;

namespace DreamFoundry {

// Run > Clean Up Sandboxes...: lists the Daytona sandboxes left behind by runs that are no
// longer live, asks before deleting them, then says what happened. The same Reaper as
// `dreamfoundry sandboxes reap`. Deletes itself when done.
class SandboxCleanup final : public QObject
{
    Q_OBJECT
public:
    SandboxCleanup(const DaytonaConfig &config, QWidget *window);

    void start();

private:
    void onListed(const ReapReport &report);
    void onReaped(const ReapReport &report);
    // `failed`: something went wrong, shown with a warning icon.
    void say(const QString &text, bool failed = false);

    QWidget *m_window;
    QNetworkAccessManager *m_network;
    Reaper *m_reaper;
};

} // namespace DreamFoundry
