#pragma once

#include "core/runsettings.h"
#include "core/scorecard.h"

#include <QStringList>

namespace DreamFoundry {

// `dreamfoundry run [options] [SCRIPT...]` as parsed from the command line.
struct RunRequest
{
    RunSettings settings;
    QStringList scripts; // empty: the sample candidates
    QString outDir; // empty: a new folder under the user's data folder
    QString apiUrl;
    // --warm: Daytona sandboxes started before the run, claimed by its candidates.
    static constexpr int maxWarm = 50;
    int warm = 0;
    ScoringSettings scoring; // --weights and --scorer over the defaults
    QString scoringNote; // said before the run: the weights were normalised, say
    QString error; // bad usage: what is wrong, for a person

    // `arguments` are those after "run". Prints --help and --version itself.
    static RunRequest parse(const QStringList &arguments);
};

} // namespace DreamFoundry
