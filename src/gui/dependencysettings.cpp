#include "dependencysettings.h"

#include "runner/dependencies.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QUrl>

namespace DreamFoundry {

namespace {
constexpr auto indexKey = "dependencies/index_url";
} // namespace

DependencySettings::DependencySettings(QWidget *parent)
    : QGroupBox(tr("Candidate Dependencies"), parent), m_indexEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("dependencySettings"));
    m_indexEdit->setObjectName(QStringLiteral("indexUrlEdit"));
    m_indexEdit->setPlaceholderText(tr("PyPI (pip's default)"));
    m_indexEdit->setToolTip(tr("The package index pip installs candidates' dependencies from, "
                               "such as a private mirror. `dreamfoundry run --index-url` "
                               "overrides it for one run."));
    m_indexEdit->setText(configuredIndexUrl());
    auto *layout = new QFormLayout(this);
    auto *label = new QLabel(tr("Package inde&x:"), this);
    label->setBuddy(m_indexEdit);
    layout->addRow(label, m_indexEdit);
}

QString DependencySettings::problem() const
{
    const QString text = m_indexEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("The package index must be an http:// or https:// address, such as "
                  "https://pypi.example.com/simple, not “%1”.")
                .arg(text);
    return {};
}

void DependencySettings::save() const
{
    QSettings settings;
    if (const QString text = m_indexEdit->text().trimmed(); text.isEmpty())
        settings.remove(QLatin1String(indexKey));
    else
        settings.setValue(QLatin1String(indexKey), text);
}

} // namespace DreamFoundry
