// `polkg query KG QUERY|FILE.rq [--format table|csv|tsv|json]`: SPARQL over
// a graph file, locally, with Redland's rasqal (core/query).
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "polkg/error.hpp"
#include "polkg/local_query.hpp"

namespace polkg::cli {
namespace {

struct QueryOptions {
  std::string graph;
  std::string query;
  std::string format = "table";
};

// The query text: the contents of QUERY when it names a .rq file, else QUERY.
std::string query_text(const std::string& arg) {
  bool is_file = arg.size() > 3 && arg.ends_with(".rq");
  if (!is_file) return arg;
  std::ifstream in(arg, std::ios::binary);
  if (!in) throw Error(Error::Kind::Io, "cannot read the query file", arg);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int run_query(const QueryOptions& o) {
  ResultFormat format = parse_result_format(o.format);
  std::string text = query_text(o.query);
  LocalGraph graph(o.graph);
  write_result(graph.query(text), format, std::cout);
  return 0;
}

}  // namespace

Run add_query_command(CLI::App& root, GlobalOptions&) {
  auto o = std::make_shared<QueryOptions>();
  auto* cmd = root.add_subcommand("query", "Run SPARQL over a graph file, locally (no server needed)");
  cmd->add_option("KG", o->graph, "A graph file polkg wrote (.nq, .nt, .ttl)")->required();
  cmd->add_option("QUERY", o->query, "SPARQL query text, or a .rq file holding it")->required();
  cmd->add_option("--format", o->format, "table (default), csv, tsv or json (W3C SPARQL results formats)")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json"}));
  return [o] { return run_query(*o); };
}

}  // namespace polkg::cli
