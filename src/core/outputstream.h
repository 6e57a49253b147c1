#pragma once

namespace DreamFoundry {

// Which of a candidate's two output streams a chunk of its log came from.
enum class OutputStream { Stdout, Stderr };

} // namespace DreamFoundry
