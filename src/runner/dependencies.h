#pragma once

#include "core/candidate.h"

#include <QString>
#include <QStringList>

namespace DreamFoundry {

// The packages a candidate asks for (docs/architecture.md, "Dependencies and multi-file
// candidates"): the inline script metadata of its script (PEP 723, a `# /// script` block
// with `dependencies = [...]` and `requires-python`), else a requirements.txt beside the
// script or in the candidate's folder.
struct Requirements
{
    QStringList requirements; // one requirement each, as written ("requests>=2", "httpx")
    QString requiresPython; // a version specifier (">=3.10"), empty when not given
    QString source; // where they were read, for messages
    QString error; // why they could not be used; empty when they can

    bool isEmpty() const { return requirements.isEmpty(); }

    // The inline metadata of a script; `found` says whether it had a `# /// script` block.
    static Requirements fromScriptMetadata(const QByteArray &script, bool *found = nullptr);
    // A requirements.txt: one requirement a line, # comments; pip's options are refused
    // (they would point the install at files or indexes the user did not choose).
    static Requirements fromRequirementsFile(const QByteArray &text);
    // What `candidate` asks for: its script's metadata first, then its requirements.txt.
    static Requirements of(const Candidate &candidate);
};

// The package index of the dependencies/index_url setting; empty: pip's default (PyPI).
QString configuredIndexUrl();

// "Installing the dependencies failed (a, b):" and the last lines pip printed.
QString installFailure(const Requirements &requirements, const QByteArray &output);

// Where installed requirement lists are kept on the host: one virtual environment each, named
// by the hash of the list (key()). A folder there is complete, or it is not there: it is moved
// in by rename only once its install succeeded.
class DependencyCache
{
public:
    explicit DependencyCache(const QString &root = defaultRoot());

    // ~/.cache/dreamfoundry/environments (/var/cache/dreamfoundry/environments for root,
    // whose sandboxes run as nobody and must pass through every folder above it)
    static QString defaultRoot();
    // "3.11" for the Python sandboxes run (`program`), read from the name its links lead to.
    static QString pythonVersion(const QString &program = QStringLiteral("/usr/bin/python3"));
    // The sha256 of the normalised, sorted requirement list, requires-python, the Python
    // version and the index: the same list on the same Python shares one environment.
    static QString key(const Requirements &requirements, const QString &pythonVersion,
                       const QString &indexUrl);

    QString root() const { return m_root; }
    QString pathFor(const QString &key) const;
    // Whether an environment for `key` is there (one stat).
    bool has(const QString &key) const;

private:
    QString m_root;
};

} // namespace DreamFoundry
