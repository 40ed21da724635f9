// A compact in-memory set of triples (internal to polkg_exporters): each
// distinct term is stored once in an arena and named by a 32-bit id; a
// triple is three ids (12 bytes). sorted() hands the triples back in term
// order (subject, predicate, object) without duplicates, for a grouped
// Turtle document.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "polkg/rdf.hpp"

namespace polkg::detail {

class TripleTable {
 public:
  /// Adds the triple of `q` (its graph is ignored).
  /// Throws Error(Kind::Io) past 2^32 - 1 distinct terms.
  void add(const Quad& q);

  /// Number of triples added, duplicates included.
  size_t size() const { return triples_.size(); }

  /// Calls `f` for each distinct triple in order (Term's ordering), then
  /// frees the table.
  void drain_sorted(const std::function<void(const Quad&)>& f);

 private:
  uint32_t intern(const Term& t);
  Term term(uint32_t id) const;

  std::deque<std::string> chunks_;            ///< arena: terms encoded kind|value\0datatype\0language
  std::vector<std::string_view> terms_;       ///< id -> encoded term
  std::unordered_map<std::string_view, uint32_t> ids_;
  std::vector<std::array<uint32_t, 3>> triples_;
  std::string key_;
};

}  // namespace polkg::detail
