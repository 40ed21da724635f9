// SearchFilter and predicate specs (--only, --exclude, --avoid).
#include <algorithm>

#include "polkg/path_search.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg::paths {
namespace {

std::string_view local_name(std::string_view iri) {
  auto cut = iri.find_last_of("/#");
  return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

/// "polkg:participant" -> the full IRI; anything else unchanged.
std::string expand(const std::string& spec) {
  auto colon = spec.find(':');
  if (colon == std::string::npos) return spec;
  std::string_view prefix = std::string_view(spec).substr(0, colon);
  for (const auto& p : vocab::PREFIXES)
    if (p.name == prefix) return std::string(p.iri) + spec.substr(colon + 1);
  return spec;
}

bool matches(std::string_view predicate, const std::string& spec) {
  if (spec.find(':') == std::string::npos) return local_name(predicate) == spec;
  return predicate == expand(spec);
}

}  // namespace

SearchFilter::SearchFilter(const PathGraph& g, const std::vector<PredicateId>& only,
                           const std::vector<PredicateId>& exclude, std::vector<VertexId> avoid)
    : avoid_(std::move(avoid)) {
  std::sort(avoid_.begin(), avoid_.end());
  if (only.empty() && exclude.empty()) return;
  allowed_.assign(g.num_predicates(), only.empty() ? 1 : 0);
  for (PredicateId p : only) allowed_[p] = 1;
  for (PredicateId p : exclude) allowed_[p] = 0;
}

bool SearchFilter::avoids(VertexId v) const {
  return !avoid_.empty() && std::binary_search(avoid_.begin(), avoid_.end(), v);
}

std::vector<PredicateId> resolve_predicates(const PathGraph& g, const std::vector<std::string>& specs,
                                            std::vector<std::string>* unmatched) {
  std::vector<PredicateId> out;
  for (const auto& spec : specs) {
    std::string s = spec.size() > 2 && spec.front() == '<' ? spec.substr(1, spec.size() - 2) : spec;
    bool found = false;
    for (PredicateId p = 0; p < g.num_predicates(); ++p)
      if (matches(g.predicate(p), s)) {
        out.push_back(p);
        found = true;
      }
    if (!found && unmatched) unmatched->push_back(spec);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string compact_iri(std::string_view iri) {
  for (const auto& p : vocab::PREFIXES)
    if (iri.starts_with(p.iri) && iri.size() > p.iri.size())
      return std::string(p.name) + ":" + std::string(iri.substr(p.iri.size()));
  return std::string(iri);
}

}  // namespace polkg::paths
