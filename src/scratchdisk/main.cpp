// dreamfoundry-scratch-disk: the private disk of one local sandbox (src/runner/scratchdisk.h).
// In a user and mount namespace of its own it mounts a tmpfs capped in bytes and in files,
// makes home/ and tmp/ on it with the candidate's files in home/, runs bwrap (which binds them
// as /home/daytona and /tmp), and once bwrap has exited, and the candidate's processes with
// it, collects the artifact into the outbox within a deadline, refusing a link, a folder or a
// file over the artifact limit, and writes what it found to <outbox>/status. It exits with
// bwrap's status (128 + the signal when killed), 125 when the disk cannot be made.
//
// It starts bwrap only once the app says go: a byte on its stdin. The app can so make the
// disk, and the process join the sandbox's control group, before the candidate's turn comes
// (LocalSandbox standing by); the end of stdin (or SIGTERM) before the byte means it never
// comes: nothing runs and it exits with 124. The candidate's stdin is /dev/null.
//
// NETWORK "private": it also makes the sandbox's network namespace, with its loopback up, and
// says so with a byte "n" on the same socket, so the app can attach slirp4netns to it while
// the candidate still waits for its turn; bwrap then keeps that namespace (no --unshare-net).
// "none": bwrap makes the namespace it needs, as it is told.
//
// One small program instead of unshare, setpriv, sh, mount, mkdir, chmod, cp and stat: those
// were ten process starts per sandbox, about 14 ms of each sandbox's start and end. Plain C++
// and the C library only, no Qt: it is started once per candidate and must start fast.
//
//   dreamfoundry-scratch-disk DISK BYTES FILES STAGED NAME OUTBOX CAP SECONDS APP_PID NETWORK
//                             BWRAP ARGS...
//   dreamfoundry-scratch-disk --probe FOLDER   (can a capped tmpfs be mounted here? exit 0)
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int cannotMakeDisk = 125;
constexpr int toldNotToStart = 124;

volatile sig_atomic_t childPid = 0;
volatile sig_atomic_t terminated = 0;

// SIGTERM (a stop): bwrap is killed, and with it the candidate; collecting still happens.
// Before bwrap is started, it is never started (runBwrap looks at `terminated`).
void onTerm(int)
{
    terminated = 1;
    if (childPid > 0)
        ::kill(childPid, SIGKILL);
}

void setTermBlocked(bool blocked)
{
    sigset_t term;
    ::sigemptyset(&term);
    ::sigaddset(&term, SIGTERM);
    ::sigprocmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &term, nullptr);
}

bool writeText(const std::string &path, const std::string &text)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    return ::close(fd) == 0 && written;
}

// Root of a new user namespace (mapped to the caller) with a private mount namespace, as
// `unshare --user --map-root-user --mount --propagation private` makes it.
bool enterNamespaces()
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
        return false;
    return writeText("/proc/self/setgroups", "deny")
            && writeText("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1")
            && writeText("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1")
            && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}

bool mountDisk(const std::string &disk, const std::string &bytes, const std::string &files)
{
    const std::string options = "size=" + bytes + ",nr_inodes=" + files + ",mode=0755";
    return ::mount("dreamfoundry", disk.c_str(), "tmpfs", 0, options.c_str()) == 0;
}

mode_t withUmask(mode_t mode)
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mode & ~mask;
}

// The bytes of `from` into the new file `to`, stopping at `deadline` (0: none).
enum class Copied { Done, Failed, TooSlow };
Copied copyFile(const std::string &from, const std::string &to, mode_t mode, time_t deadline)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (in < 0)
        return Copied::Failed;
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (out < 0) {
        ::close(in);
        return Copied::Failed;
    }
    Copied result = Copied::Done;
    for (;;) {
        if (deadline > 0 && ::time(nullptr) > deadline) {
            result = Copied::TooSlow;
            break;
        }
        // In the kernel, a MiB at a time so the deadline is looked at; across file systems too.
        const ssize_t moved = ::sendfile(out, in, nullptr, 1 << 20);
        if (moved == 0)
            break;
        if (moved < 0) {
            result = Copied::Failed;
            break;
        }
    }
    ::close(in);
    if (::close(out) != 0 && result == Copied::Done)
        result = Copied::Failed;
    return result;
}

// `cp -R FROM INTO/`: a file, or a folder with what is in it; links are copied as links.
bool copyInto(const std::string &from, const std::string &into)
{
    const char *slash = std::strrchr(from.c_str(), '/');
    const std::string target = into + "/" + (slash ? slash + 1 : from.c_str());
    struct stat facts = {};
    if (::lstat(from.c_str(), &facts) != 0)
        return false;
    if (S_ISLNK(facts.st_mode)) {
        std::vector<char> link(size_t(facts.st_size) + 1);
        const ssize_t length = ::readlink(from.c_str(), link.data(), link.size());
        return length >= 0
                && ::symlink(std::string(link.data(), size_t(length)).c_str(), target.c_str()) == 0;
    }
    if (S_ISREG(facts.st_mode))
        return copyFile(from, target, withUmask(facts.st_mode & 07777), 0) == Copied::Done;
    if (!S_ISDIR(facts.st_mode) || ::mkdir(target.c_str(), withUmask(facts.st_mode & 07777)) != 0)
        return false;
    DIR *dir = ::opendir(from.c_str());
    if (!dir)
        return false;
    bool copied = true;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..")
            copied = copyInto(from + "/" + name, target) && copied;
    }
    ::closedir(dir);
    return copied;
}

bool makeDisk(const std::string &disk, const std::string &bytes, const std::string &files,
              const std::string &staged)
{
    return mountDisk(disk, bytes, files) && ::mkdir((disk + "/home").c_str(), 0777) == 0
            && ::mkdir((disk + "/tmp").c_str(), 0777) == 0
            && ::chmod((disk + "/tmp").c_str(), 01777) == 0 && copyInto(staged, disk + "/home");
}

// Runs bwrap; its status as a shell reports it. Descriptors above stderr were handed on to
// bwrap: closed here, so the app sees a pipe's end when bwrap closes its copy.
int runBwrap(char **argv)
{
    // A stop that comes from here on finds childPid set, or is seen right after the fork.
    setTermBlocked(true);
    if (terminated)
        return toldNotToStart;
    const pid_t child = ::fork();
    if (child < 0)
        return cannotMakeDisk;
    if (child == 0) {
        ::signal(SIGTERM, SIG_DFL);
        setTermBlocked(false);
        // stdin was the app's go channel; the copy made here goes at exec
        const int nothing = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (nothing < 0 || ::dup2(nothing, STDIN_FILENO) < 0)
            ::_exit(127);
        ::execv(argv[0], argv);
        std::fprintf(stderr, "dreamfoundry: could not start %s: %s\n", argv[0],
                     std::strerror(errno));
        ::_exit(127);
    }
    childPid = child;
    setTermBlocked(false); // a stop that came meanwhile is delivered now, and kills bwrap
    if (::close_range(3, ~0U, 0) != 0) { // a kernel older than 5.9
        for (int fd = 3; fd < 1024; ++fd)
            ::close(fd);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    ::signal(SIGTERM, SIG_IGN);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// What is at home/NAME now that nothing of the candidate runs, for the app's ScratchDisk.
std::string collect(const std::string &disk, const std::string &name, const std::string &outbox,
                    long long cap, int seconds)
{
    struct statvfs room = {};
    const bool full
            = ::statvfs(disk.c_str(), &room) == 0 && (room.f_bfree <= 1 || room.f_ffree == 0);
    const std::string fullWord = full ? " yes" : " no";
    const std::string artifact = disk + "/home/" + name;
    struct stat facts = {};
    if (::lstat(artifact.c_str(), &facts) != 0)
        return "none" + fullWord;
    if (!S_ISREG(facts.st_mode))
        return "notafile" + fullWord;
    if (facts.st_size > cap) {
        return "toolarge" + fullWord + " " + std::to_string(facts.st_size) + " "
                + std::to_string(static_cast<long long>(facts.st_blocks) * 512);
    }
    const std::string target = outbox + "/" + name;
    switch (copyFile(artifact, target, 0644, ::time(nullptr) + seconds)) {
    case Copied::Done:
        return "collected" + fullWord;
    case Copied::TooSlow:
        ::unlink(target.c_str());
        return "tooslow" + fullWord;
    case Copied::Failed:
        break;
    }
    // Seen in the candidate's stderr; the app then finds no artifact.
    std::fprintf(stderr, "dreamfoundry: could not collect the artifact: %s\n",
                 std::strerror(errno));
    ::unlink(target.c_str());
    return "none" + fullWord;
}

// Waits for the app's go (see the top); false when it will not come. SIGTERM (onTerm, set
// without SA_RESTART) ends the wait too.
bool waitForGo()
{
    struct sigaction term = {};
    term.sa_handler = onTerm;
    ::sigaction(SIGTERM, &term, nullptr);
    char byte = 0;
    return ::read(STDIN_FILENO, &byte, 1) == 1 && !terminated;
}

// A network namespace of the sandbox's own with its loopback up (bwrap's --unshare-net does the
// same), then "n" to the app.
bool makeNetwork()
{
    if (::unshare(CLONE_NEWNET) != 0)
        return false;
    const int sock = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (sock < 0)
        return false;
    ifreq loopback = {};
    std::strncpy(loopback.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = ::ioctl(sock, SIOCGIFFLAGS, &loopback) == 0;
    loopback.ifr_flags |= IFF_UP | IFF_RUNNING;
    up = up && ::ioctl(sock, SIOCSIFFLAGS, &loopback) == 0;
    ::close(sock);
    const char made = 'n';
    return up && ::send(STDIN_FILENO, &made, 1, MSG_NOSIGNAL) == 1;
}

int probe(const char *folder)
{
    return enterNamespaces() && mountDisk(folder, "65536", "16") ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--probe") == 0)
        return probe(argv[2]);
    if (argc < 12) {
        std::fprintf(stderr, "dreamfoundry-scratch-disk: started by Dream Foundry only\n");
        return 2;
    }
    const std::string disk = argv[1], bytes = argv[2], files = argv[3], staged = argv[4];
    const std::string name = argv[5], outbox = argv[6];
    const long long cap = std::atoll(argv[7]);
    const int seconds = std::atoi(argv[8]);
    const long long app = std::atoll(argv[9]);
    // Dies with the app; killed before this was armed, the parent is no longer the app.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != pid_t(app))
        return cannotMakeDisk;
    if (!enterNamespaces() || !makeDisk(disk, bytes, files, staged)) {
        std::fprintf(stderr, "dreamfoundry: could not make the sandbox's disk\n");
        return cannotMakeDisk;
    }
    // Making the user namespace cleared the death signal: armed again.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != pid_t(app))
        return cannotMakeDisk;
    if (std::strcmp(argv[10], "private") == 0 && !makeNetwork()) {
        std::fprintf(stderr, "dreamfoundry: could not make the sandbox's network: %s\n",
                     std::strerror(errno));
        return cannotMakeDisk;
    }
    if (!waitForGo()) {
        writeText(outbox + "/status", "none no\n");
        return toldNotToStart;
    }
    const int status = runBwrap(argv + 11);
    // bwrap is gone and its PID namespace with it: nothing of the candidate writes here now.
    writeText(outbox + "/status", collect(disk, name, outbox, cap, seconds) + "\n");
    return status;
}
