// polkg/rdf.hpp: the RDF data model polkg hands to its exporters and to the
// path engine: terms, triples and quads, free of any RDF library.
//
// Strings are UTF-8. IRIs are absolute and already valid (minted by
// polkg/iri.hpp); literals hold their lexical form unescaped. Exporters
// escape by construction when they serialize.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace polkg {

/// One RDF term. `kind` says which of the fields are meaningful:
/// an IRI uses `value`; a blank node uses `value` as its label (no "_:");
/// a literal uses `value` (lexical form), `datatype` (an IRI, empty for
/// xsd:string) and `language` (empty unless a language-tagged string).
struct Term {
  enum class Kind { Iri, Blank, Literal };
  Kind kind = Kind::Iri;
  std::string value;
  std::string datatype;
  std::string language;

  static Term iri(std::string v) { return {Kind::Iri, std::move(v), {}, {}}; }
  static Term blank(std::string v) { return {Kind::Blank, std::move(v), {}, {}}; }
  static Term literal(std::string v, std::string datatype = {}, std::string lang = {}) {
    return {Kind::Literal, std::move(v), std::move(datatype), std::move(lang)};
  }
  bool is_iri() const { return kind == Kind::Iri; }
  bool is_literal() const { return kind == Kind::Literal; }
  auto operator<=>(const Term&) const = default;
};

/// A triple in a named graph. `graph` is empty for the default graph;
/// polkg puts each document's triples in the graph named by the document's
/// IRI and the shared world knowledge (gazetteer structure) in the default.
struct Quad {
  Term subject, predicate, object;
  std::string graph;
  auto operator<=>(const Quad&) const = default;
};

using Quads = std::vector<Quad>;

}  // namespace polkg
