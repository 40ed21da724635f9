// polkg/vocabulary.hpp: the IRIs of the polkg ontology contract and the
// vocabularies it reuses, as compile-time constants.
//
// Source: ../shared/design/ONTOLOGY.md (the contract); ontology/polkg.ttl
// declares every polkg: term used here. Never rename these: Fuseki users'
// queries and the scorer read exactly these IRIs.
#pragma once
#include <string_view>

namespace polkg::vocab {

inline constexpr std::string_view POLKG = "https://w3id.org/polkg/ontology#";
inline constexpr std::string_view ORG = "http://www.w3.org/ns/org#";
inline constexpr std::string_view RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view RDFS = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view SKOS = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view PROV = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view DCTERMS = "http://purl.org/dc/terms/";
inline constexpr std::string_view NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr std::string_view XSD = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view SCHEMA = "https://schema.org/";
inline constexpr std::string_view OWL = "http://www.w3.org/2002/07/owl#";

/// The default instance base: a placeholder users replace with --base.
inline constexpr std::string_view DEFAULT_BASE = "https://example.org/polkg/";

/// Prefixes written in Turtle output, in this order.
struct Prefix {
  std::string_view name, iri;
};
inline constexpr Prefix PREFIXES[] = {
    {"polkg", POLKG}, {"org", ORG},   {"rdf", RDF},         {"rdfs", RDFS},
    {"skos", SKOS},   {"prov", PROV}, {"dcterms", DCTERMS}, {"nif", NIF},
    {"xsd", XSD},     {"schema", SCHEMA}};

}  // namespace polkg::vocab
