#pragma once

#include "daytona/daytonaconfig.h"
#include "daytona/warmpool.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace DreamFoundry {

class WarmPoolKeeper;

// The backend panel's warm pool row (docs/daytona.md, "The warm pool"): one switch, the cap,
// and how many sandboxes are warm, said to count against the account. The switch and the cap
// are kept in the settings (daytona/warmPool, daytona/warmPoolMax).
class WarmPoolPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WarmPoolPanel(QWidget *parent = nullptr);
    ~WarmPoolPanel() override;

    void setDemand(bool daytona, const DaytonaConfig &config, int candidates);
    WarmPool *pool() const;
    WarmPoolKeeper &keeper() const { return *m_keeper; }

Q_SIGNALS:
    // Another pool (or none) is the one runs should claim from.
    void poolChanged(DreamFoundry::WarmPool *pool);

private:
    void onKeeperChanged();

    WarmPoolKeeper *m_keeper;
    QCheckBox *m_enabled;
    QSpinBox *m_cap;
    QLabel *m_status;
    QPointer<WarmPool> m_lastPool;
};

} // namespace DreamFoundry
