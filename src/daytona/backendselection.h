#pragma once

#include "core/runsettings.h"
#include "daytonaconfig.h"

namespace DreamFoundry {

// Which backend a run gets for the user's choice, the same for the window and the command
// line: Daytona when asked and configured; Auto falls back to local and says why.
struct BackendSelection
{
    bool daytona = false;
    QString note; // shown to the user and saved with the run when Auto decided
    QString error; // Daytona was asked for but cannot be used: why, for a person
};

BackendSelection selectBackend(BackendChoice choice, const DaytonaConfig &config);

} // namespace DreamFoundry
