// SVG output: DOT rendered by Graphviz's `dot -Tsvg`, through a temporary
// file (no shell quoting of user text).
#include <fmt/core.h>
#include <fcntl.h>
#include <spawn.h>
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
  // No shell: the arguments go to `dot` as they are, whatever $TMPDIR holds.
  std::string o = out.path, i = in.path;
  char* argv[] = {const_cast<char*>("dot"), const_cast<char*>("-Tsvg"), const_cast<char*>("-o"), o.data(),
                  i.data(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int err = posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  if (err == 0) waitpid(pid, &status, 0);
  if (err != 0) throw Error(Error::Kind::Io, "--format svg needs Graphviz's `dot` on PATH (use --format dot)");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw Error(Error::Kind::Io, "Graphviz's `dot` failed to render the graph");
  std::ostringstream svg;
  svg << std::ifstream(out.path).rdbuf();
  return svg.str();
}

}  // namespace polkg::paths
