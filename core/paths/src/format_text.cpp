// Text output for people: each hop as subject, predicate, object, the
// direction it was walked, and its evidence sentences.
#include <fmt/core.h>

#include "format_common.hpp"
#include "polkg/path_format.hpp"

namespace polkg::paths {
namespace {

void append_evidence(std::string& out, const PathGraph& g, TripleId t, std::string_view indent) {
  auto ids = g.evidence(t);
  if (ids.empty()) out += fmt::format("{}(world knowledge)\n", indent);
  for (EvidenceId e : ids) {
    EvidenceView ev = g.evidence_record(e);
    out += fmt::format("{}\"{}\"\n{}  -- {}{}{}, characters {}-{}\n", indent, ev.sentence, indent, ev.document,
                       ev.date.empty() ? "" : ", ", ev.date, ev.begin, ev.end);
  }
}

void append_hop(std::string& out, const PathGraph& g, Hop h, std::string_view number) {
  const Triple& t = g.triple(h.triple);
  out += fmt::format("  {} {} --{}--> {}{}\n", number, entity_text(g, t.subject), compact_iri(g.predicate(t.predicate)),
                     entity_text(g, t.object), h.backward ? "   [walked backward]" : "");
  append_evidence(out, g, h.triple, std::string(number.size() + 3, ' '));
}

std::string route(const PathGraph& g, const Path& p) {
  std::string s;
  for (VertexId v : p.vertices(g)) s += fmt::format("{}{}", s.empty() ? "" : " -> ", g.label(v));
  return s;
}

}  // namespace

std::string paths_text(const PathGraph& g, const PathQuery& q) {
  std::string out = fmt::format("From: {} <{}>\nTo:   {} <{}>\n", entity_text(g, q.from), g.iri(q.from),
                                entity_text(g, q.to), g.iri(q.to));
  if (q.paths.empty()) return out + "No path.\n";
  out += fmt::format("{} path{}.\n", q.paths.size(), q.paths.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < q.paths.size(); ++i) {
    const Path& p = q.paths[i];
    bool weighted = p.cost != static_cast<double>(p.hops.size());
    out += fmt::format("\nPath {} ({} hop{}{}): {}\n", i + 1, p.hops.size(), p.hops.size() == 1 ? "" : "s",
                       weighted ? fmt::format(", cost {:.2f}", p.cost) : "", route(g, p));
    for (std::size_t j = 0; j < p.hops.size(); ++j) append_hop(out, g, p.hops[j], fmt::format("{}.", j + 1));
  }
  return out;
}

std::string neighbors_text(const PathGraph& g, const Neighborhood& n) {
  std::string out = fmt::format("{} <{}>: {} entit{} within {} hop{}\n", entity_text(g, n.center), g.iri(n.center),
                                n.members.size() - 1, n.members.size() == 2 ? "y" : "ies", n.depth,
                                n.depth == 1 ? "" : "s");
  for (std::size_t i = 1; i < n.members.size(); ++i)
    out += fmt::format("  {}  {}\n", n.members[i].distance, entity_text(g, n.members[i].vertex));
  if (!n.hops.empty()) out += "\nEdges:\n";
  for (std::size_t j = 0; j < n.hops.size(); ++j) append_hop(out, g, n.hops[j], fmt::format("{}.", j + 1));
  return out;
}

}  // namespace polkg::paths
