#include "warmpoolpanel.h"

#include "daytona/networkprovider.h"
#include "daytona/warmpool.h"
#include "daytona/warmpoolkeeper.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace DreamFoundry {

namespace {

const auto enabledKey = QStringLiteral("daytona/warmPool");
const auto capKey = QStringLiteral("daytona/warmPoolMax");

} // namespace

WarmPoolPanel::WarmPoolPanel(QWidget *parent)
    : QWidget(parent)
    , m_keeper(new WarmPoolKeeper(managerPerOwner(), this))
    , m_enabled(new QCheckBox(tr("Keep sandboxes warm, pool si&ze"), this))
    , m_cap(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    m_enabled->setObjectName(QStringLiteral("warmPoolCheck"));
    m_enabled->setToolTip(tr("Start sandboxes while you set up the run, so that Run does not "
                             "wait for them. Warm sandboxes count against your Daytona quota."));
    m_cap->setObjectName(QStringLiteral("warmPoolCapSpin"));
    m_cap->setRange(1, WarmPoolKeeper::maxCap);
    m_cap->setAccessibleName(tr("Most warm sandboxes"));
    m_status->setObjectName(QStringLiteral("warmPoolStatusLabel"));
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_enabled);
    row->addWidget(m_cap);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    const QSettings settings;
    m_enabled->setChecked(settings.value(enabledKey, true).toBool());
    m_cap->setValue(settings.value(capKey, WarmPoolKeeper::defaultCap).toInt());
    m_keeper->setEnabled(m_enabled->isChecked());
    m_keeper->setCap(m_cap->value());
    m_cap->setEnabled(m_enabled->isChecked());
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(enabledKey, on);
        m_cap->setEnabled(on);
        m_keeper->setEnabled(on);
    });
    connect(m_cap, &QSpinBox::valueChanged, this, [this](int cap) {
        QSettings().setValue(capKey, cap);
        m_keeper->setCap(cap);
    });
    connect(m_keeper, &WarmPoolKeeper::changed, this, &WarmPoolPanel::onKeeperChanged);
    onKeeperChanged();
}

WarmPoolPanel::~WarmPoolPanel() = default;

void WarmPoolPanel::setDemand(bool daytona, const DaytonaConfig &config, int candidates)
{
    // Only where it matters: a local run has no use for the row.
    setVisible(daytona);
    m_keeper->setDemand(daytona, config, candidates);
}

WarmPool *WarmPoolPanel::pool() const
{
    return m_keeper->pool();
}

void WarmPoolPanel::onKeeperChanged()
{
    m_status->setText(m_keeper->statusText());
    if (WarmPool *pool = m_keeper->pool(); pool != m_lastPool) {
        m_lastPool = pool;
        Q_EMIT poolChanged(pool);
    }
}

} // namespace DreamFoundry
