// polkg/iri.hpp: minting instance IRIs.
//
// An IRI is `base + key`, where a key is "<kind>/<slug>" (polkg/text.hpp
// slugify) or "state/<ISO alpha-2>". The same name gives the same IRI on
// every run. Keys are ASCII [a-z0-9-/_#=,.] only (document ids keep their
// case and percent-encode other bytes: id_segment), so an IRI built from any
// name (quotes, spaces, '<>', Cyrillic, emoji) is valid in Turtle and
// N-Triples without escaping.
#pragma once
#include <string>
#include <string_view>

namespace polkg {

/// "<kind>/<slugify(name)>", e.g. entity_key("person", "Yerlan Koshanov")
/// == "person/yerlan-koshanov".
std::string entity_key(std::string_view kind, std::string_view name);

/// An id as one IRI path segment, one to one: unreserved ASCII
/// [A-Za-z0-9-._~] kept, every other byte percent-encoded ("news 1" ->
/// "news%201"), "_" for the empty id. Distinct ids never share a segment.
std::string id_segment(std::string_view id);

/// Document key: "document/<id_segment(id)>"; the id itself is also in dcterms:identifier.
std::string document_key(std::string_view doc_id);

/// Checks that `base` is an absolute http(s) IRI ending in '/', without '#'
/// (evidence IRIs add a "#char=" fragment) and with no character Turtle
/// forbids in an IRI. Throws Error(Kind::Usage) if not.
void check_base(const std::string& base);

/// Percent-encodes every byte of `s` outside the IRI-safe ASCII set
/// (unreserved, sub-delims, ':', '@', '/', '?', '#'): for URLs taken from
/// input (schema:url) so that they are valid IRIs.
std::string encode_iri(std::string_view s);

}  // namespace polkg
