#pragma once

#include <QString>

namespace DreamFoundry {

// Where the app's installed parts are. Its samples and helper programs are found from the
// folder of the `dreamfoundry` binary, by paths relative to it set at build time, so a build
// tree and an install anywhere work alike.
//
// The folder of the `dreamfoundry` binary. A program of the app's installed elsewhere (the
// window's, among the helpers) says where that is at start, with setAppBinFolder. Empty when
// it cannot be known.
QString appBinFolder();
void setAppBinFolder(const QString &folder);

// The app's helper programs (dreamfoundry-scratch-disk, dreamfoundry-window): libexec/dreamfoundry
// beside bin/ (DREAMFOUNDRY_HELPERS_FROM_BINDIR); empty when appBinFolder() is.
QString helpersFolder();
// From the helpers' folder back to the binary's (DREAMFOUNDRY_BINDIR_FROM_HELPERS).
QString appBinFolderFromHelpers();

} // namespace DreamFoundry
