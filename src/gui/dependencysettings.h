#pragma once

#include <QGroupBox>

class QLineEdit;

namespace DreamFoundry {

// The Candidate Dependencies section of Settings: the package index pip installs candidates'
// dependencies from (the dependencies/index_url setting, read by configuredIndexUrl() for
// every run; `dreamfoundry run --index-url` overrides it). Empty means pip's own, PyPI.
// Stored on the dialog's OK, like the Daytona settings.
class DependencySettings final : public QGroupBox
{
    Q_OBJECT
public:
    explicit DependencySettings(QWidget *parent = nullptr);

    // Why the address typed cannot be used, or empty.
    QString problem() const;
    void save() const;
    QLineEdit *indexEdit() const { return m_indexEdit; }

private:
    QLineEdit *m_indexEdit;
};

} // namespace DreamFoundry
