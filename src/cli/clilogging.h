#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// dreamfoundry.cli: the headless commands (docs/architecture.md, "Logging").
Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace DreamFoundry
