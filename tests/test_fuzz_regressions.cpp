// Replays every input under tests/fuzz_regressions/<target>/ through the code
// path of that fuzz target (fuzz/<target>.cpp), checking what the target
// checks: no exception but polkg::Error of the right kind, sane documents,
// and RDF that raptor reads back to the same terms. docs/fuzzing.md.
#define BOOST_TEST_MODULE test_fuzz_regressions
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/error.hpp"
#include "polkg/iri.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/path_graph.hpp"
#include "polkg/pipeline.hpp"
#include "polkg/redland.hpp"
#include "polkg/writer.hpp"

using namespace polkg;
namespace fs = std::filesystem;

namespace {

const fs::path DIR = fs::path(POLKG_SOURCE_DIR) / "tests" / "fuzz_regressions";

struct Input {
  std::string name, bytes;
};

std::vector<Input> inputs(const std::string& target) {
  std::vector<Input> out;
  if (!fs::is_directory(DIR / target)) return out;
  for (const auto& e : fs::directory_iterator(DIR / target)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    out.push_back({target + "/" + e.path().filename().string(), s.str()});
  }
  std::sort(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
  return out;
}

void check_document(const Document& d, const std::string& input) {
  BOOST_TEST(d.body_begin >= 0, input);
  BOOST_TEST(d.body_begin <= static_cast<long>(d.text.size()), input);
}

// --- fuzz_rdf_roundtrip: raptor reads back what write_quads wrote ---

Term to_term(const raptor_term* t) {
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      return Term::iri(reinterpret_cast<const char*>(raptor_uri_as_string(t->value.uri)));
    case RAPTOR_TERM_TYPE_BLANK:
      return Term::blank("_");
    case RAPTOR_TERM_TYPE_LITERAL: {
      const auto& l = t->value.literal;
      return Term::literal(std::string(reinterpret_cast<const char*>(l.string), l.string_len),
                           l.datatype ? reinterpret_cast<const char*>(raptor_uri_as_string(l.datatype)) : "",
                           l.language ? std::string(reinterpret_cast<const char*>(l.language), l.language_len) : "");
    }
    default:
      return Term{};
  }
}

Quads parse(const std::string& text, const char* syntax, const std::string& input) {
  raptor_world* w = redland::raptor();
  redland::take_errors();
  redland::Ptr<raptor_parser> parser(raptor_new_parser(w, syntax));
  BOOST_REQUIRE(parser);
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_STRICT, nullptr, 1);
  Quads out;
  raptor_parser_set_statement_handler(parser.get(), &out, [](void* ctx, raptor_statement* st) {
    std::string g = st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI
                        ? reinterpret_cast<const char*>(raptor_uri_as_string(st->graph->value.uri))
                        : "";
    static_cast<Quads*>(ctx)->push_back(Quad{to_term(st->subject), to_term(st->predicate), to_term(st->object), g});
  });
  redland::Ptr<librdf_uri> base(raptor_new_uri(w, reinterpret_cast<const unsigned char*>("https://base.invalid/")));
  int rc = raptor_parser_parse_start(parser.get(), base.get());
  if (!rc) rc = raptor_parser_parse_chunk(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  auto errors = redland::take_errors();
  BOOST_TEST(rc == 0, input << " " << syntax);
  BOOST_TEST(errors.empty(), input << " " << syntax << ": " << (errors.empty() ? "" : errors.front()));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Quads expected(Quads q, bool keep_graph) {
  for (auto& x : q) {
    for (Term* t : {&x.subject, &x.predicate, &x.object}) {
      if (t->kind == Term::Kind::Blank) t->value = "_";
      for (size_t p; t->is_literal() && (p = t->value.find('\0')) != std::string::npos;)
        t->value.replace(p, 1, "\xEF\xBF\xBD");
    }
    if (!keep_graph) x.graph.clear();
  }
  std::sort(q.begin(), q.end());
  q.erase(std::unique(q.begin(), q.end()), q.end());
  return q;
}

// The graph fuzz_rdf_roundtrip builds: name and literal split at 0xFF.
KnowledgeGraph make_graph(const std::string& name, const std::string& literal) {
  KnowledgeGraph kg;
  Entity person{entity_key("person", name), EntityType::Person, false, name, {literal}, {name}};
  Entity body{entity_key("organization", name), EntityType::Organization, false, name, {}, {}};
  kg.add_entity(person);
  kg.add_entity(body);
  kg.add_document({name, "2024-05-04", literal, literal, "https://example.org/src/" + literal});
  PostHolding post;
  post.person = person.key;
  post.role = literal;
  post.body = body.key;
  post.post_label = literal;
  post.confidence = 0.5;
  post.evidence = Evidence{name, 0, 1, literal};
  kg.add_post(post);
  return kg;
}

void round_trip(const Quads& quads, const Input& in) {
  for (const auto& q : quads)
    for (const Term* t : {&q.subject, &q.predicate, &q.object})
      if (t->is_iri()) BOOST_TEST(t->value.find(':') != std::string::npos, in.name << ": relative IRI <" << t->value << ">");
  struct { Format f; const char* syntax; bool graphs; } formats[] = {
      {Format::Turtle, "turtle", false}, {Format::NTriples, "ntriples", false}, {Format::NQuads, "nquads", true}};
  for (const auto& f : formats) {
    std::ostringstream out;
    write_quads(quads, f.f, out);
    BOOST_TEST((parse(out.str(), f.syntax, in.name) == expected(quads, f.graphs)), in.name << " " << f.syntax);
  }
}

// As fuzz_rdf_roundtrip's expand(): "\xFE" k REST is REST repeated to (k + 1) * 512 bytes.
std::string expand(std::string bytes) {
  if (bytes.size() < 3 || bytes[0] != '\xFE') return bytes;
  size_t length = (static_cast<unsigned char>(bytes[1]) + 1) * 512;
  std::string unit = bytes.substr(2), out;
  while (out.size() < length) out += unit;
  return out;
}

void round_trip(const Input& in) {
  auto cut = in.bytes.find('\xFF');
  std::string name = expand(in.bytes.substr(0, cut));
  std::string literal = expand(cut == std::string::npos ? in.bytes : in.bytes.substr(cut + 1));
  round_trip(to_quads(make_graph(name, literal), {"https://example.org/polkg/"}), in);
}

}  // namespace

// fuzz_reader/json-number-overflow.jsonl: a JSON number out of double's
// range ("n":1E400) throws nlohmann's out_of_range (406), which read_jsonl
// does not catch (only parse_error): read_input ends with a non-polkg
// exception instead of reporting a ReadFailure for that line, and
// `polkg build` stopped with "internal error". Fixed in 4a906bc.
BOOST_AUTO_TEST_CASE(reader_inputs) {
  for (const auto& in : inputs("fuzz_reader")) {
    try {
      check_document(parse_article(in.bytes, "fuzz", "fuzz.txt"), in.name);
    } catch (const Error& e) {
      BOOST_TEST((e.kind() == Error::Kind::BadInput), in.name);
    }
    std::istringstream s(in.bytes);
    std::streambuf* saved = std::cin.rdbuf(s.rdbuf());
    BOOST_CHECK_NO_THROW(read_input("-", [&](Document&& d) { check_document(d, in.name); },
                                    [](const ReadFailure&) {}));
    std::cin.rdbuf(saved);
    std::cin.clear();
  }
}

BOOST_AUTO_TEST_CASE(extract_inputs) {
  auto all = inputs("fuzz_extract");
  if (all.empty()) return;
  Pipeline pipeline(POLKG_SOURCE_DIR "/ontology", {});
  for (const auto& in : all) {
    Document doc;
    try {
      doc = parse_article(in.bytes, "fuzz-doc", "fuzz.txt");
    } catch (const Error& e) {
      BOOST_TEST((e.kind() == Error::Kind::BadInput), in.name);
      continue;
    }
    if (doc.date.empty()) doc.date = "2024-05-04";
    KnowledgeGraph kg;
    BOOST_CHECK_NO_THROW(pipeline.process(doc, kg));
    BOOST_CHECK_NO_THROW(to_quads(kg, {"http://example.org/polkg/"}));
  }
}

// fuzz_rdf_roundtrip/dot-segment* (a URL path with "/./", "/../", a
// trailing "/." ...): written as given, raptor's Turtle parser removed the
// dot segments even from an absolute IRI, so `polkg path` on a .ttl read
// <https://example.org/src/a/b> back; encode_iri now removes them (RFC 3986
// 5.2.4) and keeps query and fragment. fuzz_rdf_roundtrip/percent-*: a '%'
// not starting a percent-encoded octet ("H%lh") was written as is, not a
// valid IRI; encode_iri now writes it "%25". fuzz_rdf_roundtrip/carriage-return:
// a literal with a carriage return but no line feed ("a\rb") was written by
// raptor's Turtle serializer as a short string with the CR raw, which
// Turtle forbids; fixed by writing Turtle with serd (exporters/src/
// serd_writer.cpp), which escapes it. Every input here must round-trip.
BOOST_AUTO_TEST_CASE(rdf_roundtrip_inputs) {
  size_t n = 0;
  for (const auto& in : inputs("fuzz_rdf_roundtrip")) {
    ++n;
    round_trip(in);
  }
  BOOST_TEST(n >= 3u);  // the inputs are there
}

// document_url/relative-url.jsonl: a JSON Lines "url" that is not an
// absolute IRI ("see page 2") is mapped to the relative IRI <see%20page%202>
// (schema:url): invalid in N-Triples and N-Quads ("URI is not absolute"),
// resolved against the reader's base in Turtle. Found by fuzz_rdf_roundtrip
// before its URLs were made absolute. Fixed in a9ba429 (such a URL is kept
// as dcterms:source).
BOOST_AUTO_TEST_CASE(document_url_inputs) {
  for (const auto& in : inputs("document_url")) {
    KnowledgeGraph kg;
    std::istringstream s(in.bytes);
    std::streambuf* saved = std::cin.rdbuf(s.rdbuf());
    read_input("-", [&](Document&& d) { kg.add_document({d.id, d.date, d.title, d.publisher, d.url}); },
               [](const ReadFailure&) {});
    std::cin.rdbuf(saved);
    std::cin.clear();
    round_trip(to_quads(kg, {"https://example.org/polkg/"}), in);
  }
}

BOOST_AUTO_TEST_CASE(path_graph_inputs) {
  for (const auto& in : inputs("fuzz_path_graph")) {
    fs::path tmp = fs::temp_directory_path() / ("polkg-fuzz-regression-" + std::to_string(getpid()) + ".ttl");
    std::ofstream(tmp, std::ios::binary) << in.bytes;
    try {
      paths::load_path_graph(tmp.string());
    } catch (const Error& e) {
      BOOST_TEST((e.kind() == Error::Kind::BadInput), in.name);
    }
    fs::remove(tmp);
  }
}
