#include "daytonalogging.h"

namespace DreamFoundry {

Q_LOGGING_CATEGORY(lcDaytona, "dreamfoundry.daytona", QtInfoMsg)

} // namespace DreamFoundry
