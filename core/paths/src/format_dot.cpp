// Graphviz DOT output: the vertices and triples of the paths (or of a
// neighbourhood), each triple drawn subject -> object whichever way it was
// walked; the endpoints (or the centre) drawn bold.
#include <fmt/core.h>

#include <set>

#include "format_common.hpp"
#include "polkg/path_format.hpp"

namespace polkg::paths {
namespace {

std::string_view shape(std::string_view type) {
  if (is_event_type(type)) return "ellipse";
  if (type == "Post" || type == "Role") return "note";
  return "box";
}

std::string tooltip(const PathGraph& g, TripleId t) {
  auto ids = g.evidence(t);
  if (ids.empty()) return "(world knowledge)";
  EvidenceView ev = g.evidence_record(ids.front());
  return fmt::format("{} ({}{}{})", ev.sentence, ev.document, ev.date.empty() ? "" : ", ", ev.date);
}

std::string graph(const PathGraph& g, const std::set<VertexId>& vertices, const std::set<TripleId>& triples,
                  const std::set<VertexId>& bold) {
  std::string out = "digraph polkg {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", style=rounded];\n"
                    "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (VertexId v : vertices)
    out += fmt::format("  v{} [label={}, shape={}, tooltip={}{}];\n", v,
                       quoted(fmt::format("{}\n({})", g.label(v), g.type(v))), shape(g.type(v)), quoted(g.iri(v)),
                       bold.count(v) ? ", penwidth=2" : "");
  for (TripleId t : triples) {
    const Triple& tr = g.triple(t);
    out += fmt::format("  v{} -> v{} [label={}, tooltip={}];\n", tr.subject, tr.object,
                       quoted(compact_iri(g.predicate(tr.predicate))), quoted(tooltip(g, t)));
  }
  return out + "}\n";
}

}  // namespace

std::string paths_dot(const PathGraph& g, const PathQuery& q) {
  std::set<VertexId> vertices{q.from, q.to};
  std::set<TripleId> triples;
  for (const Path& p : q.paths) {
    for (VertexId v : p.vertices(g)) vertices.insert(v);
    for (Hop h : p.hops) triples.insert(h.triple);
  }
  return graph(g, vertices, triples, {q.from, q.to});
}

std::string neighbors_dot(const PathGraph& g, const Neighborhood& n) {
  std::set<VertexId> vertices;
  std::set<TripleId> triples;
  for (const auto& m : n.members) vertices.insert(m.vertex);
  for (Hop h : n.hops) triples.insert(h.triple);
  return graph(g, vertices, triples, {n.center});
}

}  // namespace polkg::paths
