// Output format names, dispatch, and helpers shared by the formats.
#include "format_common.hpp"

#include <fmt/core.h>

#include "polkg/error.hpp"
#include "polkg/path_format.hpp"

namespace polkg::paths {

std::string entity_text(const PathGraph& g, VertexId v) { return fmt::format("{} ({})", g.label(v), g.type(v)); }

bool is_event_type(std::string_view type) {
  for (std::string_view t : {"Event", "Visit", "Meeting", "Session", "Ceremony", "Conference", "Signing",
                             "PhoneCall", "Appointment", "Election", "Statement"})
    if (t == type) return true;
  return false;
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out + "\"";
}

OutputFormat parse_output_format(std::string_view name) {
  if (name == "text") return OutputFormat::Text;
  if (name == "json") return OutputFormat::Json;
  if (name == "dot") return OutputFormat::Dot;
  if (name == "svg") return OutputFormat::Svg;
  if (name == "sparql") return OutputFormat::Sparql;
  throw Error(Error::Kind::Usage, fmt::format("unknown output format '{}' (text, json, dot, svg, sparql)", name));
}

std::string format_paths(const PathGraph& g, const PathQuery& q, OutputFormat f) {
  switch (f) {
    case OutputFormat::Text: return paths_text(g, q);
    case OutputFormat::Json: return paths_json(g, q);
    case OutputFormat::Dot: return paths_dot(g, q);
    case OutputFormat::Svg: return render_svg(paths_dot(g, q));
    case OutputFormat::Sparql: return paths_sparql(g, q);
  }
  return {};
}

std::string format_neighbors(const PathGraph& g, const Neighborhood& n, OutputFormat f) {
  switch (f) {
    case OutputFormat::Text: return neighbors_text(g, n);
    case OutputFormat::Json: return neighbors_json(g, n);
    case OutputFormat::Dot: return neighbors_dot(g, n);
    case OutputFormat::Svg: return render_svg(neighbors_dot(g, n));
    case OutputFormat::Sparql: break;
  }
  throw Error(Error::Kind::Usage, "neighbors has no sparql format (text, json, dot, svg)");
}

}  // namespace polkg::paths
