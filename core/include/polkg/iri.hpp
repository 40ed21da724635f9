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
/// "news%201"), "_" for the empty id, "%2E" and "%2E%2E" for "." and ".."
/// (never a dot segment). Distinct ids never share a segment.
std::string id_segment(std::string_view id);

/// Document key: "document/<id_segment(id)>"; the id itself is also in dcterms:identifier.
std::string document_key(std::string_view doc_id);

/// Checks that `base` is an absolute http(s) IRI ending in '/', without '#'
/// (evidence IRIs add a "#char=" fragment) and with no character Turtle
/// forbids in an IRI. Throws Error(Kind::Usage) if not.
void check_base(const std::string& base);

/// Makes a URL taken from input (schema:url) a valid IRI that every reader
/// reads back unchanged. Percent-encodes every byte outside the IRI-safe
/// ASCII set (unreserved, sub-delims, ':', '@', '/', '?', '#'), and a '%'
/// not followed by two hex digits ("100%" -> "100%25"; "%41" is kept). When
/// `s` starts with a scheme ("https:"), removes the dot segments of its path
/// as RFC 3986 5.2.4 does ("https://x.org/a/./b/../c?q=./" ->
/// "https://x.org/a/c?q=./"), since a Turtle reader resolving the IRI would
/// do so (raptor does, even for an absolute IRI); query and fragment are
/// kept. Text without a scheme is only encoded. Never throws.
std::string encode_iri(std::string_view s);

/// `iri` as a SPARQL IRIREF, "<...>", for SPARQL text polkg writes (queries,
/// SPARQL Update). Every byte SPARQL forbids inside "<>" (up to U+0020 and
/// <>"{}|^`\) is percent-encoded ("a>b" -> "<a%3Eb>"), so no IRI can end
/// the IRIREF early or break out of it. A parser reads back `iri` itself
/// whenever it is a valid RFC 3987 IRI (every IRI polkg mints, and every
/// one encode_iri returns, is); an invalid one comes back percent-encoded.
/// Never writes a \u escape: SPARQL replaces those before parsing, so an
/// escaped '>' would still end the IRI. Never throws.
std::string sparql_iri(std::string_view iri);

/// `s` as a SPARQL (and Turtle) STRING_LITERAL_QUOTE, "\"...\"": '"' and '\\'
/// escaped, and the control characters that a one-line string may not hold
/// raw (line feed, carriage return, tab, backspace, form feed) written as
/// the ECHAR escapes of SPARQL 1.1 section 19.8; every other byte is kept
/// (UTF-8 unchanged). A parser reads back `s` itself. Never throws.
std::string sparql_string(std::string_view s);

}  // namespace polkg
