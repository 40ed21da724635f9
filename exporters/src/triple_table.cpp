// A compact in-memory set of triples (see triple_table.hpp).
#include "triple_table.hpp"

#include <algorithm>
#include <numeric>

#include "polkg/error.hpp"

namespace polkg::detail {
namespace {
constexpr size_t CHUNK = 1 << 20;  // arena chunk: 1 MiB

char kind_char(Term::Kind k) { return k == Term::Kind::Iri ? 'I' : k == Term::Kind::Blank ? 'B' : 'L'; }
}  // namespace

uint32_t TripleTable::intern(const Term& t) {
  key_.clear();
  key_ += kind_char(t.kind);
  size_t from = key_.size();
  key_ += t.value;
  // U+0000 would end the field: write U+FFFD, as the writers do.
  for (size_t i; (i = key_.find('\0', from)) != std::string::npos;) key_.replace(i, 1, "\xEF\xBF\xBD");
  key_ += '\0';
  key_ += t.datatype;
  key_ += '\0';
  key_ += t.language;
  if (auto it = ids_.find(key_); it != ids_.end()) return it->second;
  if (terms_.size() >= UINT32_MAX) throw Error(Error::Kind::Io, "more than 4 billion distinct terms in one Turtle file");
  if (chunks_.empty() || chunks_.back().capacity() - chunks_.back().size() < key_.size()) {
    chunks_.emplace_back();
    chunks_.back().reserve(std::max(CHUNK, key_.size()));
  }
  std::string& c = chunks_.back();
  size_t at = c.size();
  c.append(key_);  // within capacity: no reallocation, views stay valid
  std::string_view v(c.data() + at, key_.size());
  auto id = (uint32_t)terms_.size();
  terms_.push_back(v);
  ids_.emplace(v, id);
  return id;
}

Term TripleTable::term(uint32_t id) const {
  std::string_view v = terms_[id];
  Term t;
  t.kind = v[0] == 'I' ? Term::Kind::Iri : v[0] == 'B' ? Term::Kind::Blank : Term::Kind::Literal;
  size_t a = v.find('\0', 1), b = v.find('\0', a + 1);
  t.value.assign(v.substr(1, a - 1));
  t.datatype.assign(v.substr(a + 1, b - a - 1));
  t.language.assign(v.substr(b + 1));
  return t;
}

void TripleTable::add(const Quad& q) {
  triples_.push_back({intern(q.subject), intern(q.predicate), intern(q.object)});
}

void TripleTable::drain_sorted(const std::function<void(const Quad&)>& f) {
  ids_ = {};  // not needed any more: free it before sorting
  // Rank every term in Term's order (kind, value, datatype, language).
  std::vector<uint32_t> order(terms_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::vector<Term> decoded;
  auto less = [&](uint32_t a, uint32_t b) {
    std::string_view x = terms_[a], y = terms_[b];
    // Kind order Iri < Blank < Literal, as Term::Kind is declared.
    auto rank = [](char c) { return c == 'I' ? 0 : c == 'B' ? 1 : 2; };
    if (x[0] != y[0]) return rank(x[0]) < rank(y[0]);
    // value, then datatype, then language: '\0' separators sort first, so
    // comparing the encodings compares the fields in order.
    return x.substr(1) < y.substr(1);
  };
  std::sort(order.begin(), order.end(), less);
  std::vector<uint32_t> rank(terms_.size());
  for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  for (auto& t : triples_) t = {rank[t[0]], rank[t[1]], rank[t[2]]};
  std::sort(triples_.begin(), triples_.end());
  triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
  Quad q;
  uint32_t last_s = UINT32_MAX, last_p = UINT32_MAX;
  for (const auto& t : triples_) {
    if (t[0] != last_s) q.subject = term(order[t[0]]), last_s = t[0];
    if (t[1] != last_p) q.predicate = term(order[t[1]]), last_p = t[1];
    q.object = term(order[t[2]]);
    f(q);
  }
  *this = TripleTable{};
}

}  // namespace polkg::detail
