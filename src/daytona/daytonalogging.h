#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// The Daytona module's one category, "dreamfoundry.daytona". Nothing logged ever holds the API
// key.
Q_DECLARE_LOGGING_CATEGORY(lcDaytona)

} // namespace DreamFoundry
