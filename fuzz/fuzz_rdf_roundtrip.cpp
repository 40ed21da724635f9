// fuzz_rdf_roundtrip: IRI minting and serialization for any name.
//
// The input is split at its first 0xFF byte (never part of UTF-8) into a
// name and a literal (no 0xFF: both are the whole input); each may ask for a
// long token ("\xFE" k REST: REST repeated, see expand()); input that is not
// UTF-8 is skipped, since the reader admits nothing else. The name becomes a
// Person (label, key via entity_key), an Organization and a document id; the
// literal an alias, a role, a title, a publisher and (percent-encoded by
// encode_iri) the path of an
// absolute URL. to_quads maps the graph; Turtle, N-Triples and N-Quads
// are written with write_quads and parsed back by raptor in strict mode.
// The parsed terms must equal the written ones (a U+0000 in a literal is
// written as U+FFFD, as writer.cpp documents); otherwise the target prints
// the difference and aborts.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "polkg/document.hpp"
#include "polkg/error.hpp"
#include "polkg/iri.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/redland.hpp"
#include "polkg/writer.hpp"

namespace {

using polkg::Quad;
using polkg::Quads;
using polkg::Term;

const std::string BASE = "https://example.org/polkg/";

bool is_utf8(const std::string& s) {
  try {
    polkg::to_u32(s);
    return true;
  } catch (const polkg::Error&) {
    return false;
  }
}

polkg::KnowledgeGraph make_graph(const std::string& name, const std::string& literal) {
  polkg::KnowledgeGraph kg;
  polkg::Entity person;
  person.key = polkg::entity_key("person", name);
  person.label = name;
  person.alt_labels = {literal};
  person.documents = {name};
  kg.add_entity(person);
  polkg::Entity body;
  body.key = polkg::entity_key("organization", name);
  body.type = polkg::EntityType::Organization;
  body.label = name;
  kg.add_entity(body);
  // An absolute URL: a relative one is minted as a relative IRI (reported;
  // see docs/fuzzing.md), which no parser can read back to the same term.
  kg.add_document({name, "2024-05-04", literal, literal, "https://example.org/src/" + literal});
  polkg::PostHolding post;
  post.person = person.key;
  post.role = literal;
  post.body = body.key;
  post.post_label = literal;
  post.confidence = 0.5;
  post.evidence = polkg::Evidence{name, 0, 1, literal};
  kg.add_post(post);
  return kg;
}

Term to_term(const raptor_term* t) {
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      return Term::iri(reinterpret_cast<const char*>(raptor_uri_as_string(t->value.uri)));
    case RAPTOR_TERM_TYPE_BLANK:
      return Term::blank("_");  // labels are not kept by a round trip
    case RAPTOR_TERM_TYPE_LITERAL: {
      const auto& l = t->value.literal;
      return Term::literal(
          std::string(reinterpret_cast<const char*>(l.string), l.string_len),
          l.datatype ? reinterpret_cast<const char*>(raptor_uri_as_string(l.datatype)) : "",
          l.language ? std::string(reinterpret_cast<const char*>(l.language), l.language_len) : "");
    }
    default:
      return Term{};
  }
}

void on_statement(void* ctx, raptor_statement* st) {
  std::string g = st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI
                      ? reinterpret_cast<const char*>(raptor_uri_as_string(st->graph->value.uri))
                      : "";
  static_cast<Quads*>(ctx)->push_back(Quad{to_term(st->subject), to_term(st->predicate), to_term(st->object), g});
}

[[noreturn]] void fail(const char* what, const std::string& text, const std::string& detail) {
  std::fprintf(stderr, "fuzz_rdf_roundtrip: %s\n%s\n--- written ---\n%s\n", what, detail.c_str(), text.c_str());
  std::abort();
}

void normalize(Quads& q) {
  std::sort(q.begin(), q.end());
  q.erase(std::unique(q.begin(), q.end()), q.end());
}

Quads parse(const std::string& text, const char* syntax) {
  raptor_world* w = polkg::redland::raptor();
  polkg::redland::take_errors();
  polkg::redland::Ptr<raptor_parser> parser(raptor_new_parser(w, syntax));
  if (!parser) fail("no raptor parser", syntax, "");
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_STRICT, nullptr, 1);
  Quads out;
  raptor_parser_set_statement_handler(parser.get(), &out, on_statement);
  polkg::redland::Ptr<librdf_uri> base(raptor_new_uri(w, reinterpret_cast<const unsigned char*>("https://base.invalid/")));
  int rc = raptor_parser_parse_start(parser.get(), base.get());
  if (!rc) rc = raptor_parser_parse_chunk(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  auto errors = polkg::redland::take_errors();
  if (rc || !errors.empty()) fail("the written document does not parse", text, errors.empty() ? "" : errors.front());
  normalize(out);
  return out;
}

// What a reader must get back: U+0000 becomes U+FFFD, blank labels are not
// compared, the graph dropped unless `keep_graph`.
Quads expected(Quads q, bool keep_graph) {
  for (auto& x : q) {
    for (Term* t : {&x.subject, &x.predicate, &x.object}) {
      if (t->kind == Term::Kind::Blank) t->value = "_";
      for (size_t p; t->is_literal() && (p = t->value.find('\0')) != std::string::npos;)
        t->value.replace(p, 1, "\xEF\xBF\xBD");
    }
    if (!keep_graph) x.graph.clear();
  }
  normalize(q);
  return q;
}

std::string show(const Quads& qs) {
  std::ostringstream o;
  for (const auto& q : qs)
    o << "<" << q.subject.value << "> <" << q.predicate.value << "> [" << static_cast<int>(q.object.kind)
      << "]\"" << q.object.value << "\"^^" << q.object.datatype << "@" << q.object.language << " {" << q.graph << "}\n";
  return o.str();
}

void round_trip(const Quads& quads, polkg::Format format, const char* syntax, bool keep_graph) {
  std::ostringstream out;
  polkg::write_quads(quads, format, out);
  Quads want = expected(quads, keep_graph);
  Quads got = parse(out.str(), syntax);
  if (got != want) {
    Quads missing, extra;
    std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missing));
    std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
    fail(syntax, out.str(), "missing:\n" + show(missing) + "extra:\n" + show(extra));
  }
}

}  // namespace

// Opens this thread's librdf world before the first input, so that what
// Redland allocates once is not taken for a leak of that input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  polkg::redland::raptor();
  return 0;
}

// A name or literal "\xFE" k REST stands for REST repeated to (k + 1) * 512
// bytes (up to 128 kB): long tokens, which libFuzzer would reach only by
// growing its inputs slowly from the seeds' few dozen bytes. 0xFE is never
// UTF-8.
std::string expand(std::string bytes) {
  if (bytes.size() < 3 || bytes[0] != '\xFE') return bytes;
  size_t length = (static_cast<unsigned char>(bytes[1]) + 1) * 512;
  std::string unit = bytes.substr(2), out;
  out.reserve(length + unit.size());
  while (out.size() < length) out += unit;
  return out;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto cut = bytes.find('\xFF');
  std::string name = expand(bytes.substr(0, cut));
  std::string literal = expand(cut == std::string::npos ? bytes : bytes.substr(cut + 1));
  if (!is_utf8(name) || !is_utf8(literal)) return 0;
  Quads quads = polkg::to_quads(make_graph(name, literal), {BASE});
  round_trip(quads, polkg::Format::Turtle, "turtle", false);
  round_trip(quads, polkg::Format::NTriples, "ntriples", false);
  round_trip(quads, polkg::Format::NQuads, "nquads", true);
  return 0;
}
