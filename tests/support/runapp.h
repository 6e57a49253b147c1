#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace DreamFoundry::Test {

// How a run of the real `dreamfoundry` binary ended.
struct Finished
{
    int exitCode = -1; // -1 when it crashed or was killed at the timeout
    QString out;
    QString err;
};

// Runs the dreamfoundry binary with `arguments`, `input` on its stdin, in `environment`, and
// waits up to a minute for it to end (killing it then).
Finished runApp(const QStringList &arguments, const QByteArray &input = {},
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// The run.json of the results folder `dir`; empty when it cannot be read.
QJsonObject runJson(const QString &dir);

} // namespace DreamFoundry::Test
