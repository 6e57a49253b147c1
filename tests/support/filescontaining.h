#pragma once

#include <QString>
#include <QStringList>

namespace DreamFoundry::Test {

// Every regular file under `dir` whose bytes contain `secret`, as UTF-8 or UTF-16: where a test
// proves that a key reached no file (settings, HOME, results).
QStringList filesContaining(const QString &dir, const QString &secret);

} // namespace DreamFoundry::Test
