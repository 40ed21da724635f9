// SPARQL 1.1 Update writer: one `CLEAR SILENT GRAPH <g> ; INSERT DATA {
// GRAPH <g> { ... } }` per named graph, so that replaying the file replaces
// each document's graph instead of adding to it.
//
// Escaping by construction (SPARQL 1.1 Query grammar, sections 19.5-19.8):
// - IRIREF may not hold `<>"{}|^`\` or characters up to U+0020; any such
//   byte is percent-encoded (polkg::sparql_iri), so every IRI we write
//   parses and none can close the IRIREF, the graph or the operation.
// - STRING_LITERAL_QUOTE may not hold a raw `"`, `\`, LF or CR; we write the
//   ECHARs \" \\ \n \r \t \b \f and copy every other character as UTF-8.
//   We never write \uXXXX: SPARQL processes code-point escapes before the
//   grammar, so an escaped quote would end the string.
// - A language tag is checked against LANGTAG; a blank node label is
//   rewritten to [A-Za-z0-9_] and made unique per graph (INSERT DATA
//   operations of one request may not share a blank node label).
#include "sparql_update.hpp"

#include <fmt/format.h>

#include <map>
#include <string_view>
#include <vector>

#include "polkg/error.hpp"
#include "polkg/iri.hpp"

namespace polkg {
namespace {

constexpr std::string_view XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
constexpr std::string_view RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

void write_iri(std::string_view iri, std::string& out) { out += sparql_iri(iri); }


bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

// LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
bool valid_language(std::string_view tag) {
  size_t part = 0;
  bool first_subtag = true;
  for (char c : tag) {
    if (c == '-') {
      if (part == 0) return false;
      part = 0;
      first_subtag = false;
    } else if (first_subtag ? is_alpha(c) : is_alnum(c)) {
      ++part;
    } else {
      return false;
    }
  }
  return part > 0;
}

void write_literal(const Term& t, std::string& out) {
  out += sparql_string(t.value);
  if (!t.language.empty()) {
    if (!valid_language(t.language))
      throw Error(Error::Kind::Io, "invalid language tag \"" + t.language + "\" on literal \"" + t.value + "\"");
    out += '@';
    out += t.language;
  } else if (!t.datatype.empty() && t.datatype != XSD_STRING && t.datatype != RDF_LANG_STRING) {
    out += "^^";
    write_iri(t.datatype, out);
  }
}

void write_blank(std::string_view label, size_t graph_index, std::string& out) {
  out += fmt::format("_:g{}_", graph_index);
  for (char c : label) {
    if (is_alnum(c))
      out += c;
    else
      out += fmt::format("_{:02X}", (unsigned char)c);
  }
}

void write_triple(const Quad& q, size_t graph_index, std::string& out) {
  out += "    ";
  append_term(q.subject, out, graph_index);
  out += ' ';
  append_term(q.predicate, out, graph_index);
  out += ' ';
  append_term(q.object, out, graph_index);
  out += " .\n";
}

}  // namespace

void append_term(const Term& t, std::string& out, size_t scope) {
  switch (t.kind) {
    case Term::Kind::Iri: write_iri(t.value, out); break;
    case Term::Kind::Blank: write_blank(t.value, scope, out); break;
    case Term::Kind::Literal: write_literal(t, out); break;
  }
}

void append_graph_update(const std::string& graph, const std::vector<const Quad*>& quads, bool clear,
                         size_t index, std::string& out) {
  if (graph.empty()) {
    out += "INSERT DATA {\n";
  } else {
    if (clear) {
      out += "CLEAR SILENT GRAPH ";
      write_iri(graph, out);
      out += " ;\n";
    }
    out += "INSERT DATA { GRAPH ";
    write_iri(graph, out);
    out += " {\n";
  }
  for (const Quad* q : quads) write_triple(*q, index, out);
  out += graph.empty() ? "} ;\n" : "} } ;\n";
}

void write_sparql_update(const Quads& quads, std::ostream& out) {
  std::map<std::string, std::vector<const Quad*>> by_graph;
  for (const auto& q : quads) by_graph[q.graph].push_back(&q);
  out << "# SPARQL 1.1 Update written by polkg: each document's graph is cleared,\n"
         "# then filled, so replaying this file replaces rather than duplicates.\n";
  size_t index = 0;
  std::string buffer;
  for (const auto& [graph, members] : by_graph) {
    buffer.clear();
    append_graph_update(graph, members, true, index++, buffer);
    out.write(buffer.data(), (std::streamsize)buffer.size());
  }
  if (!out) throw Error(Error::Kind::Io, "write failed");
}

}  // namespace polkg
