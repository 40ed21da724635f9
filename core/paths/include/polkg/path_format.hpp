// polkg/path_format.hpp: the output formats of `polkg path` and `polkg
// neighbors`: text for people, JSON (../shared/design/CLI.md, kept exactly),
// Graphviz DOT, SVG (DOT rendered by Graphviz's `dot`) and SPARQL (a query
// that finds the same paths in Fuseki).
//
// Every function returns the whole document as UTF-8 text ending in a
// newline. Evidence offsets printed are Unicode code points into the article
// text, end exclusive.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "polkg/path_graph.hpp"
#include "polkg/path_search.hpp"

namespace polkg::paths {

enum class OutputFormat { Text, Json, Dot, Svg, Sparql };

/// "text", "json", "dot", "svg", "sparql". Throws Error(Usage) otherwise.
OutputFormat parse_output_format(std::string_view name);

/// The answer to a path query.
struct PathQuery {
  VertexId from = 0, to = 0;
  std::vector<Path> paths;  ///< empty: not connected
};

std::string paths_text(const PathGraph& g, const PathQuery& q);
/// {"from": entity, "to": entity, "paths": [{"length", "hops": [{"subject",
/// "predicate", "object", "direction", "evidence": [...]}]}]} (CLI.md).
std::string paths_json(const PathGraph& g, const PathQuery& q);
std::string paths_dot(const PathGraph& g, const PathQuery& q);
/// One SELECT query; each path is a UNION branch binding ?path to its
/// number and its inner vertices (?v1, ?v2, ...) through VALUES; delete the
/// VALUES line of a branch to find every path of the same shape.
std::string paths_sparql(const PathGraph& g, const PathQuery& q);

std::string neighbors_text(const PathGraph& g, const Neighborhood& n);
/// {"center": entity, "depth": D, "neighbors": [{"entity", "distance"}],
///  "edges": [hop objects as in paths_json]}.
std::string neighbors_json(const PathGraph& g, const Neighborhood& n);
std::string neighbors_dot(const PathGraph& g, const Neighborhood& n);

/// Renders DOT to SVG with Graphviz's `dot -Tsvg` (found on PATH).
/// Throws Error(Io) when `dot` is missing or fails.
std::string render_svg(const std::string& dot);

/// Dispatches on the format. Neighborhoods have no SPARQL form: Error(Usage).
std::string format_paths(const PathGraph& g, const PathQuery& q, OutputFormat f);
std::string format_neighbors(const PathGraph& g, const Neighborhood& n, OutputFormat f);

}  // namespace polkg::paths
