#pragma once

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace DreamFoundry {

// Hands out the network manager that `owner` (a sandbox, or the start watcher of a run) sends
// all its requests through. The manager must outlive the owner's requests; a new one is best
// parented to `owner`. Tests hand out a scripted fake here.
using NetworkProvider = std::function<QNetworkAccessManager *(QObject *owner)>;

// The default: a manager of its own for every owner. Qt opens at most 6 HTTP/1.1 connections
// per host and manager, and a sandbox's log stream holds one for the whole run; with one shared
// manager 20 candidates would queue behind each other's streams and slow the creates.
NetworkProvider managerPerOwner();

} // namespace DreamFoundry
