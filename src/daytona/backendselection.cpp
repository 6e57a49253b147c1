#include "backendselection.h"

#include <QCoreApplication>

namespace DreamFoundry {

namespace {
// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::BackendSelection, which lupdate can read.
class BackendSelectionText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::BackendSelection)
};
} // namespace

BackendSelection selectBackend(BackendChoice choice, const DaytonaConfig &config)
{
    BackendSelection selection;
    switch (choice) {
    case BackendChoice::Local:
        break;
    case BackendChoice::Daytona:
        selection.error = config.problem();
        selection.daytona = selection.error.isEmpty();
        break;
    case BackendChoice::Auto:
        selection.daytona = config.isConfigured();
        selection.note = selection.daytona
                ? BackendSelectionText::tr(
                          "Daytona is configured (API key from %1), so the run uses Daytona.")
                          .arg(config.keySourceName())
                : BackendSelectionText::tr(
                          "Daytona is not configured, so the run uses the local backend. %1")
                          .arg(config.problem());
        break;
    }
    return selection;
}

} // namespace DreamFoundry
