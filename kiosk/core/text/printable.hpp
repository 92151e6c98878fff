#pragma once
#include <string>
#include <string_view>

namespace kiosk {

// Names that come from outside (a pack's files, a stick's folders, tar entries,
// manifests) reach the log, the journal and the staff panel. A newline in such
// a name would write a fake log line, a terminal escape would rewrite the
// operator's screen, and a right-to-left override would make "gnp.exe" read as
// "exe.png". This returns `text` with every such character written out as an
// escape, so that whatever a name holds it stays on its own line and reads as
// what it is:
//   control characters (C0, DEL, C1)   \n \r \t \e, otherwise \xNN or \u0085
//   bidirectional controls, line and paragraph separators   \u202e, \u2028
//   bytes that are not UTF-8           \xNN
// A backslash stays as it is: it cannot start a line, and a Windows-style path
// reads as its author wrote it.
// Ordinary text, Japanese included, passes through unchanged.
std::string printable(std::string_view text);

}  // namespace kiosk
