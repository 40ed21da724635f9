// Reading RDF files into quads with raptor (see polkg/rdf_reader.hpp).
#include "polkg/rdf_reader.hpp"

#include <filesystem>

#include "polkg/error.hpp"
#include "polkg/redland.hpp"

namespace polkg {
namespace {

namespace rl = redland;
using U = const unsigned char*;

struct Sink {
  const std::function<void(Quad&&)>* sink;
  std::exception_ptr error;  // a sink that throws stops nothing in raptor: rethrown after
};

void on_statement(void* user, raptor_statement* st) {
  auto* s = static_cast<Sink*>(user);
  if (s->error) return;
  try {
    std::string graph = st->graph ? to_term(st->graph).value : std::string();
    (*s->sink)(Quad{to_term(st->subject), to_term(st->predicate), to_term(st->object), std::move(graph)});
  } catch (...) {
    s->error = std::current_exception();
  }
}

}  // namespace

const char* rdf_syntax_for(const std::string& path) {
  auto ext = std::filesystem::path(path).extension().string();
  if (ext == ".nq") return "nquads";
  if (ext == ".nt") return "ntriples";
  if (ext == ".ttl") return "turtle";
  if (ext == ".trig") return "trig";
  if (ext == ".rdf" || ext == ".owl") return "rdfxml";
  throw Error(Error::Kind::Usage,
              "cannot tell the RDF syntax from the extension \"" + ext + "\" (.nq, .nt, .ttl, .trig, .rdf)", path);
}

Term to_term(const void* p) {
  auto* t = static_cast<const raptor_term*>(p);
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      return Term::iri((const char*)raptor_uri_as_string(t->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
      return Term::blank(std::string((const char*)t->value.blank.string, t->value.blank.string_len));
    case RAPTOR_TERM_TYPE_LITERAL: {
      const auto& l = t->value.literal;
      return Term::literal(std::string((const char*)l.string, l.string_len),
                           l.datatype ? (const char*)raptor_uri_as_string(l.datatype) : "",
                           l.language ? std::string((const char*)l.language, l.language_len) : "");
    }
    default:
      throw Error(Error::Kind::BadInput, "unknown RDF term type");
  }
}

void read_rdf(const std::string& path, const std::function<void(Quad&&)>& sink) {
  const char* syntax = rdf_syntax_for(path);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw Error(Error::Kind::Io, "no such file", path);
  raptor_world* w = rl::raptor();
  rl::take_errors();
  rl::Ptr<raptor_parser> parser(raptor_new_parser(w, syntax));
  if (!parser) throw Error(Error::Kind::Io, std::string("raptor has no parser ") + syntax);
  Sink s{&sink, nullptr};
  raptor_parser_set_statement_handler(parser.get(), &s, on_statement);
  std::string file_uri = "file://" + std::filesystem::absolute(path).string();
  rl::Ptr<raptor_uri> uri(raptor_new_uri(w, (U)file_uri.c_str()));
  int rc = raptor_parser_parse_file(parser.get(), uri.get(), uri.get());
  if (s.error) std::rethrow_exception(s.error);
  auto errors = rl::take_errors();
  if (rc || !errors.empty()) throw Error(Error::Kind::BadInput, errors.empty() ? "cannot parse" : errors.front(), path);
}

Quads read_quads(const std::string& path) {
  Quads out;
  read_rdf(path, [&](Quad&& q) { out.push_back(std::move(q)); });
  return out;
}

}  // namespace polkg
