#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// dreamfoundry.results (docs/architecture.md, "Logging").
Q_DECLARE_LOGGING_CATEGORY(lcResults)

} // namespace DreamFoundry
