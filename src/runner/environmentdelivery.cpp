#include "environmentdelivery.h"

#include <QProcessEnvironment>

#include <sys/mman.h>
#include <unistd.h>

namespace DreamFoundry {

int EnvironmentDelivery::bwrapArgumentsDescriptor(const CandidateEnvironment &environment)
{
    const QByteArray arguments = environment.bwrapArguments();
    const int fd = memfd_create("dreamfoundry-environment", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    qsizetype written = 0;
    while (written < arguments.size()) {
        const ssize_t n = ::write(fd, arguments.constData() + written, arguments.size() - written);
        if (n <= 0) {
            ::close(fd);
            return -1;
        }
        written += n;
    }
    if (::lseek(fd, 0, SEEK_SET) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void EnvironmentDelivery::insertInto(QProcessEnvironment &processEnvironment,
                                     const CandidateEnvironment &environment)
{
    // The values are UTF-8 text (the keychain and the command line hold text).
    for (const EnvironmentVariable &variable : environment.variables())
        processEnvironment.insert(variable.name, QString::fromUtf8(variable.value));
}

} // namespace DreamFoundry
