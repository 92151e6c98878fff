#pragma once
#include <functional>
#include <string>

namespace kiosk {

// Where the kiosk's own data lies (the built-in pack in content/default, the
// default sounds in assets/sounds), found from the executable's own path and
// never from a path compiled in: an installed kiosk (PREFIX/bin/kiosk) has it
// in PREFIX/share/kiosk; a build tree (BUILD/kiosk/app/kiosk,
// BUILD/kiosk/tools/kiosk-pack) has BUILD/share/kiosk, links into the source
// tree that the build's configure step makes. The first candidate holding
// content/default wins; when none does, the installed one is returned so that
// the error names the place an installed kiosk looks.
std::string dataDirFor(const std::string& executable,
                       const std::function<bool(const std::string&)>& isDirectory);

// dataDirFor(/proc/self/exe) on the real file system.
std::string ownDataDir();

}  // namespace kiosk
