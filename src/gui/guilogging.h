#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// dreamfoundry.gui (docs/architecture.md, "Logging").
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace DreamFoundry
