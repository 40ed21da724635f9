// build_path_graph: quads polkg wrote -> PathGraph. Collects what each IRI
// node is (types, labels, evidence sentence, document, assertion), then
// keeps entity/event/post/role nodes as vertices and the object-property
// triples between them as edges, each with its evidence (README.md).
#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <unordered_map>

#include "polkg/path_graph.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg::paths {
namespace {

using namespace vocab;
constexpr std::uint32_t NONE = ~0u;

struct VertexClass {
  std::string_view ns, local;
  bool event;
};
// In display priority: a vertex shows the first class it has.
constexpr VertexClass CLASSES[] = {
    {POLKG, "Official", false},    {POLKG, "Person", false},     {POLKG, "State", false},
    {POLKG, "Legislature", false}, {POLKG, "Chamber", false},    {POLKG, "Organization", false},
    {POLKG, "Place", false},       {POLKG, "Visit", true},       {POLKG, "Meeting", true},
    {POLKG, "Session", true},      {POLKG, "Ceremony", true},    {POLKG, "Conference", true},
    {POLKG, "Signing", true},      {POLKG, "PhoneCall", true},   {POLKG, "Appointment", true},
    {POLKG, "Election", true},     {POLKG, "Statement", true},   {POLKG, "Event", true},
    // org:Role is no vertex: every president would be two hops from every
    // other through the shared "president" role, a link that says nothing.
    {ORG, "Post", false},          {ORG, "FormalOrganization", false},
    {ORG, "OrganizationalUnit", false}, {ORG, "Organization", false},
    {"http://xmlns.com/foaf/0.1/", "Person", false}};
constexpr std::size_t NCLASSES = std::size(CLASSES);

int class_index(std::string_view iri) {
  for (std::size_t i = 0; i < NCLASSES; ++i) {
    const auto& c = CLASSES[i];
    if (iri.size() == c.ns.size() + c.local.size() && iri.starts_with(c.ns) && iri.ends_with(c.local))
      return static_cast<int>(i);
  }
  return -1;
}

bool is(std::string_view iri, std::string_view ns, std::string_view local) {
  return iri.size() == ns.size() + local.size() && iri.starts_with(ns) && iri.ends_with(local);
}

long to_long(const std::string& s) {
  long x = -1;
  std::from_chars(s.data(), s.data() + s.size(), x);
  return x;
}

/// What the quads say about one IRI node.
struct Node {
  std::uint32_t classes = 0;  // bit i: CLASSES[i]
  std::string label;
  std::vector<std::string> alt;
  std::vector<std::uint32_t> evidence;               // polkg:evidence targets
  std::string anchor, identifier, date;              // nif:anchorOf; a document's id and date
  long begin = -1, end = -1;
  std::uint32_t context = NONE;                      // nif:referenceContext
  std::uint32_t a_s = NONE, a_p = NONE, a_o = NONE;  // an assertion's rdf:subject/predicate/object

  bool is_vertex() const { return classes != 0; }
  bool is_event() const {
    for (std::size_t i = 0; i < NCLASSES; ++i)
      if ((classes >> i & 1u) && CLASSES[i].event) return true;
    return false;
  }
  std::string_view type() const {
    for (std::size_t i = 0; i < NCLASSES; ++i)
      if (classes >> i & 1u) return CLASSES[i].local;
    return {};
  }
};

class Collector {
 public:
  void add(const Quad& q) {
    if (q.subject.kind != Term::Kind::Iri || !q.predicate.is_iri()) return;
    std::uint32_t s = id(q.subject.value);
    const std::string& p = q.predicate.value;
    if (q.object.is_literal()) return literal(nodes_[s], p, q.object.value);
    if (q.object.kind != Term::Kind::Iri) return;
    if (is(p, RDF, "type")) {
      int c = class_index(q.object.value);
      if (c >= 0) nodes_[s].classes |= 1u << c;
      return;
    }
    resource(s, p, id(q.object.value));
  }

  PathGraph build();

 private:
  std::uint32_t id(const std::string& iri) {
    auto [it, added] = ids_.emplace(iri, static_cast<std::uint32_t>(iris_.size()));
    if (added) {
      iris_.push_back(iri);
      nodes_.emplace_back();
    }
    return it->second;
  }
  void literal(Node& n, const std::string& p, const std::string& v) {
    if (is(p, RDFS, "label")) (n.label.empty() ? n.label : n.alt.emplace_back()) = v;
    else if (is(p, SKOS, "altLabel")) n.alt.push_back(v);
    else if (is(p, NIF, "anchorOf")) n.anchor = v;
    else if (is(p, NIF, "beginIndex")) n.begin = to_long(v);
    else if (is(p, NIF, "endIndex")) n.end = to_long(v);
    else if (is(p, DCTERMS, "identifier")) n.identifier = v;
    else if (is(p, DCTERMS, "date")) n.date = v;
  }
  void resource(std::uint32_t s, const std::string& p, std::uint32_t o) {
    Node& n = nodes_[s];
    if (is(p, POLKG, "evidence")) n.evidence.push_back(o);
    else if (is(p, NIF, "referenceContext")) n.context = o;
    else if (is(p, RDF, "subject")) n.a_s = o;
    else if (is(p, RDF, "object")) n.a_o = o;
    else if (is(p, RDF, "predicate")) n.a_p = o;
    else links_.push_back({s, id(p), o});  // n is not used after id() may grow nodes_
  }

  void add_vertices(PathGraphBuilder& b);
  std::vector<EvidenceId> evidence_of(PathGraphBuilder& b, std::uint32_t s, std::uint32_t p, std::uint32_t o);
  EvidenceId evidence(PathGraphBuilder& b, std::uint32_t node);
  DocumentId document(PathGraphBuilder& b, std::uint32_t node);

  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> iris_;
  std::vector<Node> nodes_;
  std::vector<std::array<std::uint32_t, 3>> links_;
  std::vector<VertexId> vertex_;  // node -> vertex or NONE
  std::map<std::array<std::uint32_t, 3>, std::vector<std::uint32_t>> assertions_;
  std::unordered_map<std::uint32_t, EvidenceId> evidence_ids_;
  std::unordered_map<std::uint32_t, DocumentId> document_ids_;
};

void Collector::add_vertices(PathGraphBuilder& b) {
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].is_vertex()) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](auto a, auto c) { return iris_[a] < iris_[c]; });
  vertex_.assign(nodes_.size(), NONE);
  for (std::uint32_t i : order) {
    const Node& n = nodes_[i];
    vertex_[i] = b.add_vertex(iris_[i], n.label, n.type());
    for (const auto& a : n.alt) b.add_alt_label(vertex_[i], a);
  }
}

DocumentId Collector::document(PathGraphBuilder& b, std::uint32_t node) {
  auto it = document_ids_.find(node);
  if (it != document_ids_.end()) return it->second;
  const Node& d = nodes_[node];
  std::string_view iri = iris_[node];
  std::string_view id = d.identifier.empty() ? iri.substr(iri.find_last_of('/') + 1) : d.identifier;
  return document_ids_[node] = b.add_document(id, d.date);
}

EvidenceId Collector::evidence(PathGraphBuilder& b, std::uint32_t node) {
  auto it = evidence_ids_.find(node);
  if (it != evidence_ids_.end()) return it->second;
  std::uint32_t doc = nodes_[node].context;
  if (doc == NONE) doc = id(iris_[node].substr(0, iris_[node].find('#')));  // may grow nodes_
  DocumentId d = document(b, doc);
  const Node& e = nodes_[node];
  return evidence_ids_[node] = b.add_evidence(d, e.anchor, std::max(e.begin, 0L), std::max(e.end, 0L));
}

std::vector<EvidenceId> Collector::evidence_of(PathGraphBuilder& b, std::uint32_t s, std::uint32_t p,
                                               std::uint32_t o) {
  std::vector<std::uint32_t> nodes;
  if (auto it = assertions_.find({s, p, o}); it != assertions_.end()) nodes = it->second;
  for (std::uint32_t end : {s, o}) {
    if (!nodes_[end].is_event()) continue;
    nodes.insert(nodes.end(), nodes_[end].evidence.begin(), nodes_[end].evidence.end());
    break;
  }
  std::vector<EvidenceId> out;
  for (auto n : nodes) {
    EvidenceId e = evidence(b, n);
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  }
  return out;
}

PathGraph Collector::build() {
  PathGraphBuilder b;
  add_vertices(b);
  for (const Node& n : nodes_)
    if (n.a_s != NONE && n.a_p != NONE && n.a_o != NONE)
      assertions_[{n.a_s, n.a_p, n.a_o}].insert(assertions_[{n.a_s, n.a_p, n.a_o}].end(),
                                                n.evidence.begin(), n.evidence.end());
  std::vector<std::array<std::uint32_t, 3>> links;
  for (const auto& l : links_)
    if (vertex_[l[0]] != NONE && vertex_[l[2]] != NONE) links.push_back(l);
  auto key = [&](const std::array<std::uint32_t, 3>& l) {
    return std::tie(vertex_[l[0]], iris_[l[1]], vertex_[l[2]]);
  };
  std::sort(links.begin(), links.end(), [&](const auto& a, const auto& c) { return key(a) < key(c); });
  links.erase(std::unique(links.begin(), links.end()), links.end());
  for (const auto& [s, p, o] : links)
    b.add_triple(vertex_[s], b.predicate(iris_[p]), vertex_[o], evidence_of(b, s, p, o));
  return b.build();
}

}  // namespace

PathGraph build_path_graph(const Quads& quads) {
  Collector c;
  for (const auto& q : quads) c.add(q);
  return c.build();
}

}  // namespace polkg::paths
