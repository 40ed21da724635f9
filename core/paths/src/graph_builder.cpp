// PathGraphBuilder: vertices, triples and evidence in; the CSR graph and
// the name index out (polkg/path_graph.hpp).
#include <algorithm>
#include <numeric>

#include "polkg/path_graph.hpp"
#include "polkg/text.hpp"

namespace polkg::paths {
namespace {

std::string_view iri_tail(std::string_view iri) {
  auto cut = iri.find_last_of("/#");
  return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

template <class Index>
std::uint32_t intern(Index& index, StringPool& pool, std::string_view s, std::vector<std::uint32_t>* ids) {
  for (const auto& [name, id] : index)
    if (name == s) return id;
  auto id = static_cast<std::uint32_t>(ids->size());
  ids->push_back(pool.add(s));
  index.emplace_back(std::string(s), id);
  return id;
}

}  // namespace

VertexId PathGraphBuilder::add_vertex(std::string_view iri, std::string_view label, std::string_view type) {
  auto v = static_cast<VertexId>(g_.vertex_iri_.size());
  g_.vertex_iri_.push_back(g_.strings_.add(iri));
  g_.vertex_label_.push_back(g_.strings_.add(label.empty() ? iri_tail(iri) : label));
  g_.vertex_type_.push_back(static_cast<std::uint16_t>(intern(type_index_, g_.strings_, type, &g_.type_names_)));
  return v;
}

void PathGraphBuilder::add_alt_label(VertexId v, std::string_view name) {
  alt_labels_.emplace_back(v, g_.strings_.add(name));
}

PredicateId PathGraphBuilder::predicate(std::string_view iri) {
  return intern(predicate_index_, g_.strings_, iri, &g_.predicates_);
}

DocumentId PathGraphBuilder::add_document(std::string_view id, std::string_view date) {
  g_.documents_.push_back({g_.strings_.add(id), g_.strings_.add(date)});
  return static_cast<DocumentId>(g_.documents_.size() - 1);
}

EvidenceId PathGraphBuilder::add_evidence(DocumentId doc, std::string_view sentence, long begin, long end) {
  g_.evidence_.push_back({doc, g_.strings_.add(sentence), static_cast<std::uint32_t>(begin),
                          static_cast<std::uint32_t>(end)});
  return static_cast<EvidenceId>(g_.evidence_.size() - 1);
}

void PathGraphBuilder::add_triple(VertexId s, PredicateId p, VertexId o, std::span<const EvidenceId> evidence) {
  if (s == o) return;
  g_.triples_.push_back({s, p, o});
  g_.evidence_ids_.insert(g_.evidence_ids_.end(), evidence.begin(), evidence.end());
  g_.evidence_begin_.push_back(static_cast<std::uint32_t>(g_.evidence_ids_.size()));
}

void PathGraphBuilder::build_csr() {
  std::size_t n = g_.triples_.size();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  std::vector<Arc> props;
  arcs.reserve(2 * n);
  props.reserve(2 * n);
  for (std::size_t t = 0; t < n; ++t) {
    const Triple& tr = g_.triples_[t];
    arcs.emplace_back(tr.subject, tr.object);
    props.push_back({static_cast<std::uint32_t>(t << 1)});
    arcs.emplace_back(tr.object, tr.subject);
    props.push_back({static_cast<std::uint32_t>((t << 1) | 1u)});
  }
  g_.csr_ = Csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), props.begin(),
                g_.vertex_iri_.size());
}

void PathGraphBuilder::build_names() {
  auto add = [&](VertexId v, std::string_view name, bool is_label) {
    std::string folded = fold_name(name);
    if (!folded.empty()) g_.names_.push_back({g_.name_pool_.add(folded), v, is_label});
  };
  for (VertexId v = 0; v < g_.vertex_label_.size(); ++v) add(v, g_.label(v), true);
  for (const auto& [v, s] : alt_labels_) add(v, g_.strings_[s], false);
  const PathGraph& g = g_;
  std::sort(g_.names_.begin(), g_.names_.end(), [&](const NameEntry& a, const NameEntry& b) {
    auto na = g.name(a), nb = g.name(b);
    if (na != nb) return na < nb;
    if (a.vertex != b.vertex) return a.vertex < b.vertex;
    return a.is_label > b.is_label;
  });
  auto same = [&](const NameEntry& a, const NameEntry& b) { return a.vertex == b.vertex && g.name(a) == g.name(b); };
  g_.names_.erase(std::unique(g_.names_.begin(), g_.names_.end(), same), g_.names_.end());
  g_.names_.shrink_to_fit();
}

PathGraph PathGraphBuilder::build() {
  build_csr();
  build_names();
  g_.iri_order_.resize(g_.vertex_iri_.size());
  std::iota(g_.iri_order_.begin(), g_.iri_order_.end(), 0u);
  std::sort(g_.iri_order_.begin(), g_.iri_order_.end(),
            [&](std::uint32_t a, std::uint32_t b) { return g_.iri(a) < g_.iri(b); });
  g_.strings_.shrink_to_fit();
  g_.name_pool_.shrink_to_fit();
  g_.triples_.shrink_to_fit();
  g_.evidence_ids_.shrink_to_fit();
  g_.evidence_begin_.shrink_to_fit();
  PathGraph out = std::move(g_);
  *this = PathGraphBuilder();
  return out;
}

}  // namespace polkg::paths
