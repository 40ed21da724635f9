// JSON output, in the shape of ../shared/design/CLI.md (`polkg path
// --format json`), kept exactly.
#include <nlohmann/json.hpp>

#include "format_common.hpp"
#include "polkg/path_format.hpp"

namespace polkg::paths {
namespace {

using json = nlohmann::ordered_json;  // keys in the order CLI.md shows them

json entity(const PathGraph& g, VertexId v) {
  return {{"iri", g.iri(v)}, {"label", g.label(v)}, {"type", g.type(v)}};
}

json evidence(const PathGraph& g, TripleId t) {
  json out = json::array();
  for (EvidenceId e : g.evidence(t)) {
    EvidenceView ev = g.evidence_record(e);
    out.push_back({{"document", ev.document},
                   {"date", ev.date.empty() ? json(nullptr) : json(ev.date)},
                   {"sentence", ev.sentence},
                   {"begin", ev.begin},
                   {"end", ev.end}});
  }
  return out;
}

json hop(const PathGraph& g, Hop h) {
  const Triple& t = g.triple(h.triple);
  return {{"subject", entity(g, t.subject)},
          {"predicate", g.predicate(t.predicate)},
          {"object", entity(g, t.object)},
          {"direction", h.backward ? "backward" : "forward"},
          {"evidence", evidence(g, h.triple)}};
}

json hops(const PathGraph& g, const std::vector<Hop>& hs) {
  json out = json::array();
  for (Hop h : hs) out.push_back(hop(g, h));
  return out;
}

}  // namespace

std::string paths_json(const PathGraph& g, const PathQuery& q) {
  json paths = json::array();
  for (const Path& p : q.paths) paths.push_back({{"length", p.hops.size()}, {"hops", hops(g, p.hops)}});
  json out = {{"from", entity(g, q.from)}, {"to", entity(g, q.to)}, {"paths", std::move(paths)}};
  return out.dump(2) + "\n";
}

std::string neighbors_json(const PathGraph& g, const Neighborhood& n) {
  json members = json::array();
  for (std::size_t i = 1; i < n.members.size(); ++i)
    members.push_back({{"entity", entity(g, n.members[i].vertex)}, {"distance", n.members[i].distance}});
  json out = {{"center", entity(g, n.center)},
              {"depth", n.depth},
              {"neighbors", std::move(members)},
              {"edges", hops(g, n.hops)}};
  return out.dump(2) + "\n";
}

}  // namespace polkg::paths
