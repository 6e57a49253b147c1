#include "networkprovider.h"

#include <QNetworkAccessManager>

namespace DreamFoundry {

NetworkProvider managerPerOwner()
{
    return [](QObject *owner) {
        return new QNetworkAccessManager(owner);
    };
}

} // namespace DreamFoundry
