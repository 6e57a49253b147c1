#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// The credentials module's one category. Logs name the operation and the entry, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

} // namespace DreamFoundry
