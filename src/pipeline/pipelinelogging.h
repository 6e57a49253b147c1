#pragma once

#include <QLoggingCategory>

namespace DreamFoundry {

// dreamfoundry.pipeline: a run's start, backend and save (docs/architecture.md, "Logging").
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)

} // namespace DreamFoundry
