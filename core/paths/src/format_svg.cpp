// SVG output: DOT rendered by Graphviz's `dot -Tsvg`, through a temporary
// file (no shell quoting of user text).
#include <fmt/core.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "polkg/error.hpp"
#include "polkg/path_format.hpp"

namespace polkg::paths {
namespace {

/// A temporary file removed when this goes out of scope.
struct TempFile {
  std::string path;
  explicit TempFile(const char* suffix) {
    const char* dir = std::getenv("TMPDIR");
    path = fmt::format("{}/polkg-XXXXXX{}", dir && *dir ? dir : "/tmp", suffix);
    int fd = mkstemps(path.data(), static_cast<int>(std::string_view(suffix).size()));
    if (fd < 0) throw Error(Error::Kind::Io, "cannot create a temporary file", path);
    close(fd);
  }
  ~TempFile() { std::remove(path.c_str()); }
};

}  // namespace

std::string render_svg(const std::string& dot) {
  TempFile in(".dot"), out(".svg");
  std::ofstream(in.path) << dot;
  std::string cmd = fmt::format("dot -Tsvg -o '{}' '{}' 2>/dev/null", out.path, in.path);
  int rc = std::system(cmd.c_str());
  if (rc != 0)
    throw Error(Error::Kind::Io, WIFEXITED(rc) && WEXITSTATUS(rc) == 127
                                     ? "--format svg needs Graphviz's `dot` on PATH (use --format dot)"
                                     : "Graphviz's `dot` failed to render the graph");
  std::ostringstream svg;
  svg << std::ifstream(out.path).rdbuf();
  return svg.str();
}

}  // namespace polkg::paths
