#pragma once

#include <QString>

#include <sys/types.h>

namespace DreamFoundry {

// Copies in the kernel (sendfile): no buffer in the app, and across file systems too, where a
// rename or a link cannot go.

// The rest of `from` onto `to`; both are open descriptors.
bool copyDescriptor(int from, int to);

// `from` into the new file `to`, which must not exist yet, with `mode` (before the umask).
// Unlike QFile::copy, no temporary file is made beside it and renamed: on a file system that
// keeps many recently deleted files (a busy /tmp), each new file is a cost of its own.
bool copyToNewFile(const QString &from, const QString &to, mode_t mode = 0644);

} // namespace DreamFoundry
