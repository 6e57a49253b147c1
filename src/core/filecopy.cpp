#include "filecopy.h"

#include <QFile>

#include <fcntl.h>
#include <sys/sendfile.h>
#include <unistd.h>

namespace DreamFoundry {

bool copyDescriptor(int from, int to)
{
    for (;;) {
        const ssize_t copied = ::sendfile(to, from, nullptr, 1 << 30);
        if (copied <= 0)
            return copied == 0;
    }
}

bool copyToNewFile(const QString &from, const QString &to, mode_t mode)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out = ::open(QFile::encodeName(to).constData(),
                           O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    const bool copied = out >= 0 && copyDescriptor(in, out);
    ::close(in);
    if (out >= 0 && ::close(out) != 0)
        return false;
    return copied;
}

} // namespace DreamFoundry
