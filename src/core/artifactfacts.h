#pragma once

#include <QString>

#include <optional>

namespace DreamFoundry {

// What the results need to know of an artifact file. Reading a 50 MiB file is slow, so
// callers run this off the GUI thread (QtConcurrent).
struct ArtifactFacts
{
    // Larger artifacts are saved as files only: run.json stays small enough to open.
    static constexpr qint64 maxInlineBytes = 1024 * 1024;

    bool exists = false;
    qint64 size = 0;
    QString sha256;
    std::optional<QString> content; // set only for text of at most maxInlineBytes
};

ArtifactFacts inspectArtifact(const QString &path);

// Hex SHA-256 of a file's bytes, empty when it cannot be read.
QString sha256OfFile(const QString &path);

} // namespace DreamFoundry
