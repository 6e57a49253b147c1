#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// dreamfoundry.scoring: runs scored, scorer scripts that failed (docs/architecture.md,
// "Logging").
Q_DECLARE_LOGGING_CATEGORY(lcScoring)

} // namespace DreamFoundry
