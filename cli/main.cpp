// cli/main.cpp: the `polkg` command. Wires the subcommands together and
// turns a polkg::Error into a message and an exit code, in one place.
#include <fmt/core.h>

#include <cstdio>
#include <map>

#include "commands.hpp"
#include "polkg/error.hpp"

int main(int argc, char** argv) {
  using namespace polkg;
  CLI::App app{"polkg: political and diplomatic news -> RDF knowledge graph"};
  app.set_version_flag("--version", std::string("polkg ") + POLKG_VERSION);
  app.require_subcommand(1);
  cli::GlobalOptions global;
  app.add_option("--data-dir", global.data_dir,
                 "Directory of the ontology and gazetteers (default: built-in)");
  std::map<CLI::App*, cli::Run> runs;
  auto add = [&](cli::Run run) { runs[app.get_subcommands({}).back()] = std::move(run); };
  add(cli::add_build_command(app, global));
  add(cli::add_path_command(app, global));
  add(cli::add_neighbors_command(app, global));
  add(cli::add_query_command(app, global));
  add(cli::add_load_command(app, global));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    for (auto* sub : app.get_subcommands())
      if (runs.count(sub)) return runs[sub]();
    return 2;
  } catch (const Error& e) {
    fmt::print(stderr, "polkg: {}\n", e.what());
    switch (e.kind()) {
      case Error::Kind::Usage: return 2;
      case Error::Kind::Server: return 3;
      default: return 1;
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "polkg: internal error: {}\n", e.what());
    return 1;
  }
}
