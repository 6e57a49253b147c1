#pragma once

#include "core/scorecard.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace DreamFoundry {

// --weights and --scorer, the same for `dreamfoundry run` and `dreamfoundry score`.
struct ScoringOptions
{
    QCommandLineOption weights;
    QCommandLineOption scorer;

    ScoringOptions();
    void addTo(QCommandLineParser &parser) const;

    // The options given, over `settings`. Empty when they can be used, else a sentence saying
    // why not (weights that are negative or all zero, a scorer script that is not a file).
    // Weights that do not add up to 1 are kept as given and normalised when scoring; `note`
    // then says so.
    QString read(const QCommandLineParser &parser, ScoringSettings *settings, QString *note) const;
};

} // namespace DreamFoundry
