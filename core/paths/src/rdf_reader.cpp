// read_rdf_file / load_path_graph: a graph file polkg wrote, parsed with
// Redland (librdf over raptor2) into quads. Parse errors are counted from
// Redland's log (a parse error does not always show in a return code:
// ../shared/design/REDLAND.md).
#include <cstdlib>
#include <fstream>

#include "polkg/error.hpp"
#include "polkg/path_graph.hpp"
#include "polkg/redland.hpp"

namespace polkg::paths {
namespace {

using redland::Ptr;

const char* syntax_for(const std::string& path) {
  auto ends = [&](std::string_view ext) { return path.ends_with(ext); };
  if (ends(".nt")) return "ntriples";
  if (ends(".nq")) return "nquads";
  return "turtle";
}

std::string str(const unsigned char* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

Term to_term(librdf_node* n) {
  if (librdf_node_is_resource(n)) return Term::iri(str(librdf_uri_as_string(librdf_node_get_uri(n))));
  if (librdf_node_is_blank(n)) return Term::blank(str(librdf_node_get_blank_identifier(n)));
  librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(n);
  const char* lang = librdf_node_get_literal_value_language(n);
  return Term::literal(str(librdf_node_get_literal_value(n)), dt ? str(librdf_uri_as_string(dt)) : "",
                       lang ? lang : "");
}

/// The first Redland error as Error(BadInput), with the line when logged.
[[noreturn]] void throw_parse_error(const std::string& path, const std::string& message) {
  long line = 0;
  std::string text = message;
  if (text.starts_with("line ")) {
    line = std::strtol(text.c_str() + 5, nullptr, 10);
    auto colon = text.find(": ");
    if (colon != std::string::npos) text = text.substr(colon + 2);
  }
  throw Error(Error::Kind::BadInput, "cannot parse RDF: " + text, path, line);
}

void read_stream(librdf_stream* stream, Quads& out) {
  for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
    librdf_statement* st = librdf_stream_get_object(stream);
    librdf_node* ctx = librdf_stream_get_context2(stream);
    Quad q{to_term(librdf_statement_get_subject(st)), to_term(librdf_statement_get_predicate(st)),
           to_term(librdf_statement_get_object(st)), {}};
    if (ctx && librdf_node_is_resource(ctx)) q.graph = str(librdf_uri_as_string(librdf_node_get_uri(ctx)));
    out.push_back(std::move(q));
  }
}

}  // namespace

Quads read_rdf_file(const std::string& path) {
  if (!std::ifstream(path)) throw Error(Error::Kind::Io, "cannot read the graph file", path);
  librdf_world* world = redland::world();
  redland::take_errors();
  Ptr<librdf_parser> parser(librdf_new_parser(world, syntax_for(path), nullptr, nullptr));
  Ptr<librdf_uri> uri(librdf_new_uri_from_filename(world, path.c_str()));
  if (!parser || !uri) throw Error(Error::Kind::Io, "cannot set up the RDF parser", path);
  Quads quads;
  Ptr<librdf_stream> stream(librdf_parser_parse_as_stream(parser.get(), uri.get(), uri.get()));
  if (stream) read_stream(stream.get(), quads);
  auto errors = redland::take_errors();
  if (!errors.empty()) throw_parse_error(path, errors.front());
  // No stream and no error: an empty graph (raptor returns none for an empty file).
  return quads;
}

PathGraph load_path_graph(const std::string& path) { return build_path_graph(read_rdf_file(path)); }

}  // namespace polkg::paths
