#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// dreamfoundry.runner (docs/architecture.md, "Logging").
Q_DECLARE_LOGGING_CATEGORY(lcRunner)

} // namespace DreamFoundry
