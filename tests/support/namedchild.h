#pragma once

#include <QObject>
#include <QtGlobal>

namespace DreamFoundry::Test {

// The widget or action named `name` under `root`. A GUI test that cannot find a control it
// drives stops there, naming it, instead of failing later on a null pointer.
template<typename T> T *namedChild(const QObject *root, const char *name)
{
    T *child = root->findChild<T *>(QLatin1StringView(name));
    if (!child)
        qFatal("no widget or action named %s", name);
    return child;
}

} // namespace DreamFoundry::Test
