// Tests of exporters/src/writer.cpp (polkg/writer.hpp): Turtle, N-Triples and
// N-Quads of nasty terms read back by raptor to the same terms; prefixes;
// format names; atomic writes and a sink that refuses to write.
#define BOOST_TEST_MODULE test_writer
#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>

#include "polkg/error.hpp"
#include "polkg/redland.hpp"
#include "polkg/vocabulary.hpp"
#include "polkg/writer.hpp"

using namespace polkg;
namespace fs = std::filesystem;

namespace {

const std::string B = "https://example.org/polkg/";
const std::string XSD(vocab::XSD);
const std::string G1 = B + "document/doc-1", G2 = B + "document/doc-2";

const std::string NASTY[] = {
    "plain",
    "double \" quote",
    "single ' quote",
    "three \"\"\" quotes and ''' too",
    "ends with a quote\"",
    "back\\slash and \\n not a newline",
    "ends with a backslash\\",
    "new\nline",
    "carriage\rreturn and crlf\r\n",
    "tab\there",
    "form\ffeed and back\bspace",
    "control \x01\x02\x1f and DEL \x7f",
    "Мажилис Парламента Республики Казахстан",
    "emoji 😀🇰🇿 and ZWJ 👨‍👩‍👧",
    "الجمعية الوطنية الشعبية",
    "הכנסת",
    "mixed \u202Eevil\u202C direction",
    "  leading and trailing spaces  ",
    "",
    "<not an iri>",
    "@prefix x: <y> .",
    "# not a comment",
    "Erdoğan’s «visit» — “quoted”",
};

Quad q(const std::string& s, const std::string& p, const Term& o, const std::string& g = "") {
  return Quad{Term::iri(s), Term::iri(p), o, g};
}

Quads sample() {
  Quads out;
  int i = 0;
  for (const auto& s : NASTY) {
    std::string subj = B + "person/p" + std::to_string(i++);
    out.push_back(q(subj, std::string(vocab::RDFS) + "label", Term::literal(s), G1));
    out.push_back(q(subj, std::string(vocab::SKOS) + "altLabel", Term::literal(s, "", "ru"), G2));
    out.push_back(q(subj, std::string(vocab::POLKG) + "note", Term::literal(s, B + "datatype/x"), ""));
  }
  const std::string p = std::string(vocab::POLKG);
  out.push_back(q(B + "event/doc-1/1", p + "date", Term::literal("2023-05-16", XSD + "date"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "date", Term::literal("2023-05", XSD + "gYearMonth"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "date", Term::literal("2023", XSD + "gYear"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "confidence", Term::literal("0.90", XSD + "decimal"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "n", Term::literal("42", XSD + "integer"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "ok", Term::literal("true", XSD + "boolean"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "t", Term::literal("Majilis", "", "kk-Cyrl-KZ"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "t", Term::literal("Majilis", "", "en"), G1));
  out.push_back(q(B + "event/doc-1/1", p + "t", Term::literal("Majilis"), G1));
  out.push_back(q(B + "event/doc-1/1", std::string(vocab::RDF) + "type", Term::iri(p + "Visit"), G1));
  out.push_back(q(G1 + "#char=0,58", std::string(vocab::NIF) + "referenceContext", Term::iri(G1), G1));
  out.push_back(q(B + "x", p + "url", Term::iri("https://x.kz/a%20b?c=d&e=f#g"), G2));
  out.push_back(q(B + "x", p + "url", Term::iri("https://x.kz/a%20b?c=d&e=f#g"), ""));  // same triple, another graph
  std::sort(out.begin(), out.end());
  return out;
}

// Parses `text` with raptor into quads (graph "" for triples).
Quads parse(const std::string& text, const char* syntax) {
  raptor_world* w = redland::raptor();
  redland::take_errors();
  redland::Ptr<raptor_parser> parser(raptor_new_parser(w, syntax));
  BOOST_REQUIRE(parser);
  Quads out;
  auto handler = [](void* ctx, raptor_statement* st) {
    auto term = [](raptor_term* t) -> Term {
      switch (t->type) {
        case RAPTOR_TERM_TYPE_URI:
          return Term::iri((const char*)raptor_uri_as_string(t->value.uri));
        case RAPTOR_TERM_TYPE_BLANK:
          return Term::blank(std::string((const char*)t->value.blank.string, t->value.blank.string_len));
        case RAPTOR_TERM_TYPE_LITERAL:
          return Term::literal(
              std::string((const char*)t->value.literal.string, t->value.literal.string_len),
              t->value.literal.datatype ? (const char*)raptor_uri_as_string(t->value.literal.datatype) : "",
              t->value.literal.language
                  ? std::string((const char*)t->value.literal.language, t->value.literal.language_len)
                  : "");
        default:
          return Term{};
      }
    };
    std::string g = st->graph ? (const char*)raptor_uri_as_string(st->graph->value.uri) : "";
    static_cast<Quads*>(ctx)->push_back(Quad{term(st->subject), term(st->predicate), term(st->object), g});
  };
  raptor_parser_set_statement_handler(parser.get(), &out, handler);
  redland::Ptr<librdf_uri> base(raptor_new_uri(w, (const unsigned char*)"https://base.invalid/"));
  int rc = raptor_parser_parse_start(parser.get(), base.get());
  if (!rc) rc = raptor_parser_parse_chunk(parser.get(), (const unsigned char*)text.data(), text.size(), 1);
  auto errors = redland::take_errors();
  BOOST_TEST(rc == 0);
  BOOST_TEST(errors.empty(), "parse errors: " << (errors.empty() ? "" : errors.front()));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The triples of `quads` with the graph names dropped, without duplicates.
Quads triples(Quads quads) {
  for (auto& x : quads) x.graph.clear();
  std::sort(quads.begin(), quads.end());
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
  return quads;
}

std::string write(const Quads& quads, Format f) {
  std::ostringstream out;
  write_quads(quads, f, out);
  return out.str();
}

// Language tags compare case-insensitively (raptor's N-Triples parser lower-cases them).
Quads lower_tags(Quads qs) {
  for (auto& x : qs)
    for (auto& c : x.object.language) c = (char)std::tolower((unsigned char)c);
  std::sort(qs.begin(), qs.end());
  return qs;
}

void check_same(const Quads& got_in, const Quads& want_in) {
  Quads got = lower_tags(got_in), want = lower_tags(want_in);
  BOOST_TEST(got.size() == want.size());
  std::vector<Quad> missing, extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
  for (const auto& x : missing)
    BOOST_ERROR("lost: <" << x.subject.value << "> <" << x.predicate.value << "> \"" << x.object.value << "\"^^"
                          << x.object.datatype << "@" << x.object.language << " in <" << x.graph << ">");
  for (const auto& x : extra)
    BOOST_ERROR("extra: <" << x.subject.value << "> <" << x.predicate.value << "> \"" << x.object.value << "\"^^"
                           << x.object.datatype << "@" << x.object.language << " in <" << x.graph << ">");
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "polkg-test-writer.XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, ec);
    fs::remove_all(path, ec);
  }
  std::vector<std::string> files() const {
    std::vector<std::string> out;
    for (auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A stream buffer that refuses every write (a full disk, a closed pipe).
struct RefusingBuf : std::streambuf {
  int overflow(int) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(round_trip)

BOOST_AUTO_TEST_CASE(turtle) {
  Quads in = sample();
  std::string text = write(in, Format::Turtle);
  check_same(parse(text, "turtle"), triples(in));
}

BOOST_AUTO_TEST_CASE(ntriples) {
  Quads in = sample();
  std::string text = write(in, Format::NTriples);
  check_same(parse(text, "ntriples"), triples(in));
  // One triple per line, the union without duplicates.
  BOOST_TEST((size_t)std::count(text.begin(), text.end(), '\n') == triples(in).size());
}

BOOST_AUTO_TEST_CASE(nquads_keep_graph_names) {
  Quads in = sample();
  std::string text = write(in, Format::NQuads);
  Quads got = parse(text, "nquads");
  check_same(got, in);
  std::set<std::string> graphs;
  for (const auto& x : got) graphs.insert(x.graph);
  BOOST_TEST(graphs == (std::set<std::string>{"", G1, G2}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(each_nasty_literal_alone) {
  // One literal per document, so a failure names the string.
  for (const auto& s : NASTY) {
    BOOST_TEST_CONTEXT("literal \"" << s << "\"") {
      Quads in = {q(B + "s", B + "p", Term::literal(s), G1)};
      for (auto [f, syntax] : {std::pair{Format::Turtle, "turtle"}, std::pair{Format::NTriples, "ntriples"}}) {
        Quads got = parse(write(in, f), syntax);
        BOOST_REQUIRE(got.size() == 1u);
        BOOST_TEST(got[0].object.value == s);
      }
      Quads got = parse(write(in, Format::NQuads), "nquads");
      BOOST_REQUIRE(got.size() == 1u);
      BOOST_TEST(got[0].object.value == s);
      BOOST_TEST(got[0].graph == G1);
    }
  }
}

// raptor's serializers stop a literal at U+0000; the writer turns it into
// U+FFFD so that nothing after it is lost (the reader does the same).
BOOST_AUTO_TEST_CASE(nul_character_in_a_literal) {
  const std::string s("before\0after", 12);
  Quads in = {q(B + "s", B + "p", Term::literal(s), G1)};
  Quads got = parse(write(in, Format::NTriples), "ntriples");
  BOOST_REQUIRE(got.size() == 1u);
  BOOST_TEST(got[0].object.value == "before" "\xEF\xBF\xBD" "after");
}

BOOST_AUTO_TEST_CASE(empty_input) {
  BOOST_TEST(parse(write({}, Format::Turtle), "turtle").empty());
  BOOST_TEST(write({}, Format::NTriples).empty());
  BOOST_TEST(write({}, Format::NQuads).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(turtle_uses_the_vocabulary_prefixes) {
  std::string text = write(sample(), Format::Turtle);
  for (const auto& p : vocab::PREFIXES) {
    BOOST_TEST_CONTEXT(p.name) {
      BOOST_TEST(text.find("@prefix " + std::string(p.name) + ": <" + std::string(p.iri) + "> .") != std::string::npos);
    }
  }
  BOOST_TEST(text.find("rdfs:label") != std::string::npos);
  BOOST_TEST(text.find("polkg:Visit") != std::string::npos);
  BOOST_TEST(text.find("<http://www.w3.org/2000/01/rdf-schema#label>") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(sparql_update_per_graph) {
  Quads in = {q(B + "s", B + "p", Term::literal("a \"b\"\nc\\"), G1), q(B + "s", B + "p", Term::literal("x"), G2)};
  std::string text = write(in, Format::SparqlUpdate);
  BOOST_TEST(text.find("CLEAR SILENT GRAPH <" + G1 + ">") != std::string::npos);
  BOOST_TEST(text.find("CLEAR SILENT GRAPH <" + G2 + ">") != std::string::npos);
  BOOST_TEST(text.find("INSERT DATA") != std::string::npos);
  BOOST_TEST(text.find(R"("a \"b\"\nc\\")") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(format_names) {
  const std::pair<const char*, Format> good[] = {
      {"turtle", Format::Turtle},     {"ttl", Format::Turtle},   {"ntriples", Format::NTriples},
      {"nt", Format::NTriples},       {"nquads", Format::NQuads}, {"nq", Format::NQuads},
      {"sparql-update", Format::SparqlUpdate}, {"ru", Format::SparqlUpdate}};
  for (const auto& [name, f] : good) {
    BOOST_TEST_CONTEXT(name) { BOOST_TEST((parse_format(name) == f)); }
  }
  for (const char* bad : {"", "TURTLE", "rdfxml", "json-ld", "trig", "ttl "}) {
    BOOST_TEST_CONTEXT("\"" << bad << "\"") {
      try {
        parse_format(bad);
        BOOST_ERROR("no error");
      } catch (const Error& e) {
        BOOST_TEST((e.kind() == Error::Kind::Usage));
        BOOST_TEST(std::string(e.what()).find(std::string("\"") + bad + "\"") != std::string::npos);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(format_for_paths) {
  const std::tuple<const char*, Format, Format> cases[] = {
      {"out.ttl", Format::NQuads, Format::Turtle},
      {"dir.d/out.nt", Format::Turtle, Format::NTriples},
      {"out.nq", Format::Turtle, Format::NQuads},
      {"/tmp/x/update.ru", Format::Turtle, Format::SparqlUpdate},
      {"out", Format::NQuads, Format::NQuads},
      {"out.txt", Format::NTriples, Format::NTriples},
      {"-", Format::Turtle, Format::Turtle},
      {"out.ttl.bak", Format::NQuads, Format::NQuads},
  };
  for (const auto& [path, fallback, want] : cases) {
    BOOST_TEST_CONTEXT(path) { BOOST_TEST((format_for_path(path, fallback) == want)); }
  }
}

BOOST_AUTO_TEST_SUITE(files)

BOOST_AUTO_TEST_CASE(atomic_write_writes_the_whole_file) {
  TempDir t;
  fs::path out = t.path / "out.nq";
  Quads in = sample();
  write_quads_atomically(in, Format::NQuads, out.string());
  check_same(parse(slurp(out), "nquads"), in);
  BOOST_TEST(t.files() == std::vector<std::string>{"out.nq"}, boost::test_tools::per_element());  // no temporary left
  // Overwriting replaces the old content.
  Quads small = {q(B + "s", B + "p", Term::literal("only"), G1)};
  write_quads_atomically(small, Format::NQuads, out.string());
  check_same(parse(slurp(out), "nquads"), small);
  BOOST_TEST(t.files() == std::vector<std::string>{"out.nq"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(atomic_write_into_a_missing_directory) {
  TempDir t;
  fs::path out = t.path / "no" / "such" / "out.ttl";
  try {
    write_quads_atomically(sample(), Format::Turtle, out.string());
    BOOST_ERROR("no error");
  } catch (const Error& e) {
    BOOST_TEST((e.kind() == Error::Kind::Io));
  }
  BOOST_TEST(!fs::exists(t.path / "no"));
  BOOST_TEST(t.files().empty());
}

BOOST_AUTO_TEST_CASE(atomic_write_into_a_read_only_directory) {
  if (geteuid() == 0) {
    BOOST_TEST_MESSAGE("running as root: permissions do not block writes, skipped");
    return;
  }
  TempDir t;
  fs::path out = t.path / "out.ttl";
  { std::ofstream(out) << "previous"; }
  fs::permissions(t.path, fs::perms::owner_read | fs::perms::owner_exec);
  BOOST_CHECK_THROW(write_quads_atomically(sample(), Format::Turtle, out.string()), Error);
  fs::permissions(t.path, fs::perms::owner_all);
  BOOST_TEST(slurp(out) == "previous");
  BOOST_TEST(t.files() == std::vector<std::string>{"out.ttl"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(atomic_write_onto_a_directory_leaves_no_temporary) {
  TempDir t;
  fs::create_directory(t.path / "out.ttl");  // the target is a directory: rename fails
  BOOST_CHECK_THROW(write_quads_atomically(sample(), Format::Turtle, (t.path / "out.ttl").string()), Error);
  BOOST_TEST(t.files() == std::vector<std::string>{"out.ttl"}, boost::test_tools::per_element());
  BOOST_TEST(fs::is_directory(t.path / "out.ttl"));
}

BOOST_AUTO_TEST_CASE(dash_writes_to_standard_output) {
  // "-" writes to file descriptor 1: point it at a file for the test.
  TempDir t;
  fs::path captured = t.path / "stdout.nq";
  std::fflush(stdout);
  int saved = dup(STDOUT_FILENO);
  int fd = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  BOOST_REQUIRE(saved >= 0 && fd >= 0);
  dup2(fd, STDOUT_FILENO);
  ::close(fd);
  Quads in = sample();
  auto restore = [&] {
    std::fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    ::close(saved);
  };
  try {
    write_quads_atomically(in, Format::NQuads, "-");
  } catch (...) {
    restore();
    throw;
  }
  restore();
  std::ifstream back(captured);
  std::stringstream text;
  text << back.rdbuf();
  check_same(parse(text.str(), "nquads"), in);
}

BOOST_AUTO_TEST_CASE(a_sink_that_refuses_to_write) {
  for (Format f : {Format::Turtle, Format::NTriples, Format::NQuads, Format::SparqlUpdate}) {
    BOOST_TEST_CONTEXT("format " << (int)f) {
      RefusingBuf buf;
      std::ostream out(&buf);
      try {
        write_quads(sample(), f, out);
        BOOST_ERROR("no error");
      } catch (const Error& e) {
        BOOST_TEST((e.kind() == Error::Kind::Io));
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
