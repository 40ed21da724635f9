// SPARQL output: one SELECT query that finds the same paths in Fuseki.
// Each path is a UNION branch; the endpoints are fixed IRIs, the inner
// vertices variables ?v1, ?v2, ... pinned by a VALUES line (delete it to
// find every path of the same shape); a hop walked backward is written as
// the triple it is (object pattern first).
//
// Escaping (labels and IRIs come from the graph file, so from anyone): IRIs
// are written by polkg::sparql_iri (bytes SPARQL forbids in "<>" are
// percent-encoded); a prefixed name only when its local part is plain
// [A-Za-z0-9_-]; names go only into comments, with every control character
// (a line break would end the comment) and '\' (a "\u000A" is a line break
// to a SPARQL processor) replaced.
#include <fmt/core.h>

#include <algorithm>

#include "format_common.hpp"
#include "polkg/iri.hpp"
#include "polkg/path_format.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg::paths {
namespace {

// A prefixed name whose local part SPARQL's PN_LOCAL takes as is.
bool plain_local_name(std::string_view local) {
  if (local.empty() || local.front() == '-') return false;
  return std::all_of(local.begin(), local.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

std::string iri_term(std::string_view iri) {
  std::string c = compact_iri(iri);
  if (c.size() != iri.size() && plain_local_name(std::string_view(c).substr(c.find(':') + 1))) return c;
  return sparql_iri(iri);
}

// Text for a "# ..." comment: it must stay on its line.
std::string comment_text(std::string_view s) {
  std::string out;
  for (unsigned char c : s) out += c < 0x20 || c == 0x7F ? ' ' : c == '\\' ? '/' : (char)c;
  return out;
}

std::string node(const PathGraph& g, const std::vector<VertexId>& vs, std::size_t i) {
  if (i == 0 || i + 1 == vs.size()) return sparql_iri(g.iri(vs[i]));
  return fmt::format("?v{}", i);
}

std::string branch(const PathGraph& g, const Path& p, std::size_t number) {
  auto vs = p.vertices(g);
  std::string vars = "?path", values = std::to_string(number);
  for (std::size_t i = 1; i + 1 < vs.size(); ++i) {
    vars += fmt::format(" ?v{}", i);
    values += " " + sparql_iri(g.iri(vs[i]));
  }
  std::string out = fmt::format("  {{\n    # path {}: {}\n    VALUES ({}) {{ ({}) }}\n", number,
                                fmt::format("{} hop{}", p.hops.size(), p.hops.size() == 1 ? "" : "s"), vars, values);
  for (std::size_t i = 0; i < p.hops.size(); ++i) {
    const Triple& t = g.triple(p.hops[i].triple);
    std::string a = node(g, vs, i), b = node(g, vs, i + 1);
    if (p.hops[i].backward) std::swap(a, b);
    out += fmt::format("    {} {} {} .\n", a, iri_term(g.predicate(t.predicate)), b);
  }
  for (std::size_t i = 1; i + 1 < vs.size(); ++i) out += fmt::format("    OPTIONAL {{ ?v{0} rdfs:label ?v{0}Label }}\n", i);
  return out + "  }\n";
}

}  // namespace

std::string paths_sparql(const PathGraph& g, const PathQuery& q) {
  std::string out = fmt::format("# polkg path: {} -> {}: {} path{}\n", comment_text(entity_text(g, q.from)),
                                comment_text(entity_text(g, q.to)), q.paths.size(), q.paths.size() == 1 ? "" : "s");
  for (const auto& p : vocab::PREFIXES) out += fmt::format("PREFIX {}: <{}>\n", p.name, p.iri);
  if (q.paths.empty()) return out + "# No path.\nSELECT ?path WHERE { FILTER(false) }\n";
  std::size_t inner = 0;
  for (const Path& p : q.paths) inner = std::max(inner, p.hops.size() > 0 ? p.hops.size() - 1 : 0);
  out += "SELECT DISTINCT ?path";
  for (std::size_t i = 1; i <= inner; ++i) out += fmt::format(" ?v{0} ?v{0}Label", i);
  out += " WHERE {\n";
  for (std::size_t n = 0; n < q.paths.size(); ++n) out += (n ? "  UNION\n" : "") + branch(g, q.paths[n], n + 1);
  return out + "}\nORDER BY ?path\n";
}

}  // namespace polkg::paths
