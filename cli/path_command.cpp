// `polkg path` and `polkg neighbors`: how entities are connected, answered
// on the knowledge graph held in a Boost.Graph (core/paths). Options and
// formats: ../shared/design/CLI.md; usage: docs/paths.md.
#include <fmt/core.h>

#include <filesystem>
#include <optional>

#include "commands.hpp"
#include "polkg/document.hpp"
#include "polkg/path_format.hpp"
#include "polkg/pipeline.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg::cli {
namespace {

using namespace polkg::paths;

/// --only, --exclude and --avoid, shared by both commands.
struct FilterOptions {
  std::vector<std::string> only, exclude, avoid;
};

struct PathOptions {
  std::string graph, from, to, weight = "hops", format = "text";
  std::size_t k = 0, max_length = 0, limit = 1000;
  FilterOptions filter;
};

struct NeighborOptions {
  std::string graph, name, format = "text";
  std::size_t depth = 1;
  FilterOptions filter;
};

bool is_article_input(const std::string& path) {
  return path.ends_with(".txt") || path.ends_with(".jsonl") || path == "-" || std::filesystem::is_directory(path);
}

/// A graph file polkg wrote, or articles run through `polkg build` in this process.
PathGraph open_graph(const std::string& path, const GlobalOptions& g) {
  if (!is_article_input(path)) return load_path_graph(path);
  Pipeline pipeline(g.data_dir.empty() ? default_data_dir() : g.data_dir, {});
  KnowledgeGraph kg;
  read_input(path, [&](Document&& d) { pipeline.process(d, kg); },
             [](const ReadFailure& f) {
               fmt::print(stderr, "polkg: {}: {}\n", f.kept ? "warning" : "skipped", f.message);
             });
  return build_path_graph(to_quads(kg, RdfOptions{std::string(vocab::DEFAULT_BASE)}));
}

/// The one vertex a name stands for; otherwise says why on standard error.
std::optional<VertexId> resolve_one(const PathGraph& g, const std::string& name) {
  auto found = resolve_name(g, name);
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    fmt::print(stderr, "polkg: no entity named \"{}\" in the graph\n", name);
    return std::nullopt;
  }
  fmt::print(stderr, "polkg: \"{}\" is ambiguous; {} candidates:\n", name, found.size());
  for (VertexId v : found) fmt::print(stderr, "  {} ({}) <{}>\n", g.label(v), g.type(v), g.iri(v));
  return std::nullopt;
}

std::vector<PredicateId> predicates(const PathGraph& g, const std::vector<std::string>& specs) {
  std::vector<std::string> unmatched;
  auto ids = resolve_predicates(g, specs, &unmatched);
  for (const auto& u : unmatched) fmt::print(stderr, "polkg: warning: no triple in the graph has predicate {}\n", u);
  return ids;
}

/// The filter, or nothing when an avoided name does not resolve.
std::optional<SearchFilter> make_filter(const PathGraph& g, const FilterOptions& o) {
  std::vector<VertexId> avoid;
  for (const auto& name : o.avoid) {
    auto v = resolve_one(g, name);
    if (!v) return std::nullopt;
    avoid.push_back(*v);
  }
  return SearchFilter(g, predicates(g, o.only), predicates(g, o.exclude), std::move(avoid));
}

std::vector<Path> search(const PathGraph& g, const PathOptions& o, VertexId from, VertexId to,
                         const SearchFilter& filter) {
  Weighting w = o.weight == "degree" ? Weighting::Degree : Weighting::Hops;
  if (o.k > 0) return k_shortest_paths(g, from, to, o.k, filter, w);
  if (o.max_length > 0) {
    bool truncated = false;
    auto paths = bounded_paths(g, from, to, o.max_length, filter, w, o.limit, &truncated);
    if (truncated) fmt::print(stderr, "polkg: more than {} paths; showing the shortest {} (--limit)\n", o.limit, o.limit);
    return paths;
  }
  auto p = shortest_path(g, from, to, filter, w);
  return p ? std::vector<Path>{*p} : std::vector<Path>{};
}

int run_path(const PathOptions& o, const GlobalOptions& global) {
  OutputFormat format = parse_output_format(o.format);
  PathGraph g = open_graph(o.graph, global);
  auto from = resolve_one(g, o.from);
  auto to = resolve_one(g, o.to);
  if (!from || !to) return 1;
  auto filter = make_filter(g, o.filter);
  if (!filter) return 1;
  PathQuery q{*from, *to, search(g, o, *from, *to, *filter)};
  fmt::print("{}", format_paths(g, q, format));
  return 0;
}

int run_neighbors(const NeighborOptions& o, const GlobalOptions& global) {
  OutputFormat format = parse_output_format(o.format);
  PathGraph g = open_graph(o.graph, global);
  auto center = resolve_one(g, o.name);
  if (!center) return 1;
  auto filter = make_filter(g, o.filter);
  if (!filter) return 1;
  fmt::print("{}", format_neighbors(g, neighbors(g, *center, o.depth, *filter), format));
  return 0;
}

void add_graph_and_filters(CLI::App* cmd, std::string& graph, FilterOptions& f) {
  cmd->add_option("--graph", graph, "A graph polkg wrote (.ttl, .nt, .nq), or articles (.txt, .jsonl, a directory) to build one from")
      ->required();
  cmd->add_option("--only", f.only, "Walk only this predicate (IRI, polkg:participant or participant); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--exclude", f.exclude, "Never walk this predicate; repeatable")->allow_extra_args(false);
  cmd->add_option("--avoid", f.avoid, "Never pass through this entity (name or IRI); repeatable")
      ->allow_extra_args(false);
}

}  // namespace

Run add_path_command(CLI::App& root, GlobalOptions& g) {
  auto o = std::make_shared<PathOptions>();
  auto* cmd = root.add_subcommand("path", "How two entities are connected, with the evidence for every hop");
  add_graph_and_filters(cmd, o->graph, o->filter);
  cmd->add_option("FROM", o->from, "Label, alias or IRI of the first entity")->required();
  cmd->add_option("TO", o->to, "Label, alias or IRI of the second entity")->required();
  auto* k = cmd->add_option("-k", o->k, "The k shortest loopless paths (Yen)")->check(CLI::PositiveNumber);
  auto* max = cmd->add_option("--max-length", o->max_length, "Every simple path of at most L hops")
                  ->check(CLI::PositiveNumber);
  k->excludes(max);
  cmd->add_option("--limit", o->limit, "At most this many paths with --max-length (default 1000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--weight", o->weight, "hops (default) or degree: prefer specific links over hubs")
      ->check(CLI::IsMember({"hops", "degree"}));
  cmd->add_option("--format", o->format, "text (default), json, dot, svg or sparql")
      ->check(CLI::IsMember({"text", "json", "dot", "svg", "sparql"}));
  return [o, &g] { return run_path(*o, g); };
}

Run add_neighbors_command(CLI::App& root, GlobalOptions& g) {
  auto o = std::make_shared<NeighborOptions>();
  auto* cmd = root.add_subcommand("neighbors", "The entities and events within D hops of an entity");
  add_graph_and_filters(cmd, o->graph, o->filter);
  cmd->add_option("NAME", o->name, "Label, alias or IRI of the entity")->required();
  cmd->add_option("--depth", o->depth, "How many hops out (default 1)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--format", o->format, "text (default), json, dot or svg")
      ->check(CLI::IsMember({"text", "json", "dot", "svg"}));
  return [o, &g] { return run_neighbors(*o, g); };
}

}  // namespace polkg::cli
