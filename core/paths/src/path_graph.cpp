// PathGraph accessors: IRI lookup, evidence views, degree, memory use.
#include <algorithm>

#include "polkg/path_graph.hpp"

namespace polkg::paths {

std::optional<VertexId> PathGraph::find_iri(std::string_view iri) const {
  auto it = std::lower_bound(iri_order_.begin(), iri_order_.end(), iri,
                             [&](std::uint32_t v, std::string_view x) { return this->iri(v) < x; });
  if (it == iri_order_.end() || this->iri(*it) != iri) return std::nullopt;
  return *it;
}

EvidenceView PathGraph::evidence_record(EvidenceId e) const {
  const Evidence& r = evidence_[e];
  const Document& d = documents_[r.document];
  return {strings_[d.id], strings_[d.date], strings_[r.sentence], static_cast<long>(r.begin),
          static_cast<long>(r.end)};
}

std::uint32_t PathGraph::degree(VertexId v) const {
  return static_cast<std::uint32_t>(boost::out_degree(v, csr_));
}

template <class T>
static std::size_t bytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

MemoryUse PathGraph::memory() const {
  MemoryUse m;
  // The CSR's arrays (row starts, targets, arc properties) are exact-sized.
  m.csr = (boost::num_vertices(csr_) + 1) * sizeof(std::uint32_t) +
          boost::num_edges(csr_) * (sizeof(std::uint32_t) + sizeof(Arc));
  m.triples = bytes(triples_) + bytes(predicates_);
  m.evidence = bytes(evidence_begin_) + bytes(evidence_ids_) + bytes(evidence_) + bytes(documents_);
  m.vertices = strings_.bytes() + bytes(vertex_iri_) + bytes(vertex_label_) + bytes(iri_order_) +
               bytes(vertex_type_) + bytes(type_names_);
  m.names = name_pool_.bytes() + bytes(names_);
  return m;
}

}  // namespace polkg::paths
