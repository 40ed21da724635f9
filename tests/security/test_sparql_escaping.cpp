// SPARQL text and query output built from names and IRIs anyone can write:
// `polkg path --format sparql` (paths_sparql), the SPARQL Update writer and
// the query result formats. Names hold quotes, backslashes, line breaks,
// '>', '}', '#', a literal "\u000A", control characters and non-Latin text.
// Each text is parsed back (rasqal in-process; Apache Jena in the suite
// "jena", ctest sparql_escaping_jena) and must give the same terms. An IRI
// SPARQL cannot hold (it has '>', a space...) must come back
// percent-encoded, never break the text around it.
#define BOOST_TEST_MODULE sparql_escaping
#include <boost/test/unit_test.hpp>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "polkg/iri.hpp"
#include "polkg/local_query.hpp"
#include "polkg/path_format.hpp"
#include "polkg/path_search.hpp"
#include "polkg/vocabulary.hpp"
#include "polkg/writer.hpp"

extern char** environ;

using namespace polkg;
using namespace polkg::paths;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string RDFS_LABEL = std::string(vocab::RDFS) + "label";

// Names that try to leave a string, an IRI, a comment or a group.
const std::string NAME_A = "He said \"hi\" \\ and\n} } DROP ALL ; # <x> '''";
const std::string NAME_M = "x\r\n# SELECT * { ?s ?p ?o }\\u000A \"\"\" \\\" <tag> é Жё 😀 \u202Eevil";
const std::string NAME_B = "tab\there \x1b[31m red \x01\x7f end\\";

// Valid IRIs with every character SPARQL takes inside "<>" that is unusual.
const std::string IRI_A = "https://example.org/o'brien/a(1);x=y,z*+!$&";
const std::string IRI_M = "https://example.org/é/m%41~Ж?q=1#frag";
const std::string IRI_B = "https://example.org/b:c@d";
const std::string PRED_PLAIN = std::string(vocab::POLKG) + "participant";  // written polkg:participant
const std::string PRED_ODD = std::string(vocab::POLKG) + "has.dot.";       // no prefixed name for it

fs::path temp_dir() {
  static fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("polkg-sparql-escaping-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

std::string write_file(const std::string& name, const std::string& text) {
  fs::path p = temp_dir() / name;
  std::ofstream(p, std::ios::binary) << text;
  return p.string();
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Quad triple(const std::string& s, const std::string& p, Term o, const std::string& g = "") {
  return Quad{Term::iri(s), Term::iri(p), std::move(o), g};
}

// A -PRED_PLAIN-> M <-PRED_ODD- B, every vertex labelled. The path from A to
// B is A, M, B (the second hop walked backward).
struct PathCase {
  Quads data;
  PathGraph graph;
  PathQuery query;
};

PathCase make_path_case(const std::string& a, const std::string& m, const std::string& b) {
  std::vector<std::tuple<std::string, std::string>> vertices = {{a, NAME_A}, {m, NAME_M}, {b, NAME_B}};
  std::sort(vertices.begin(), vertices.end());
  PathGraphBuilder builder;
  for (const auto& [iri, label] : vertices) builder.add_vertex(iri, label, "Person");
  auto id = [&](const std::string& iri) {
    return (VertexId)(std::find_if(vertices.begin(), vertices.end(),
                                   [&](const auto& v) { return std::get<0>(v) == iri; }) -
                      vertices.begin());
  };
  builder.add_triple(id(a), builder.predicate(PRED_PLAIN), id(m));
  builder.add_triple(id(b), builder.predicate(PRED_ODD), id(m));
  PathCase c;
  c.graph = builder.build();
  c.data = {triple(a, RDFS_LABEL, Term::literal(NAME_A)), triple(m, RDFS_LABEL, Term::literal(NAME_M)),
            triple(b, RDFS_LABEL, Term::literal(NAME_B)), triple(a, PRED_PLAIN, Term::iri(m)),
            triple(b, PRED_ODD, Term::iri(m))};
  c.query.from = *c.graph.find_iri(a);
  c.query.to = *c.graph.find_iri(b);
  c.query.paths = k_shortest_paths(c.graph, c.query.from, c.query.to, 3);
  return c;
}

std::string ntriples(const Quads& quads) {
  std::ostringstream out;
  write_quads(quads, Format::NTriples, out);
  return out.str();
}

// --- running Jena (tools/jena, fetched by scripts/jena) ---------------------

// Runs argv with stdout to `out`; the exit status (stderr to `out`.err).
int run(const std::vector<std::string>& argv, const fs::path& out) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string err = out.string() + ".err";
  posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid;
  int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return 127;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

// Runs Jena's class `main` (arq.qparse, arq.sparql...); its stdout.
std::string run_jena(const std::string& main, std::vector<std::string> args, const std::string& name) {
  static std::string lib = [] {
    fs::path out = temp_dir() / "jena-lib";
    BOOST_REQUIRE_MESSAGE(run({"bash", POLKG_SOURCE_DIR "/scripts/jena", "fetch"}, out) == 0,
                          "scripts/jena fetch failed: " << read_file(out.string() + ".err"));
    std::string dir = read_file(out);
    return dir.substr(0, dir.find('\n'));
  }();
  args.insert(args.begin(), {"java", "-Xmx512m", "-cp", lib + "/*", main});
  fs::path out = temp_dir() / name;
  int rc = run(args, out);
  BOOST_TEST_REQUIRE(rc == 0, main << " failed (" << rc << "): " << read_file(out.string() + ".err"));
  return read_file(out);
}

// A SPARQL JSON results term as a polkg Term (blank labels as "_").
Term from_json(const json& t) {
  std::string type = t.at("type");
  if (type == "uri") return Term::iri(t.at("value"));
  if (type == "bnode") return Term::blank("_");
  return Term::literal(t.at("value"), t.value("datatype", ""), t.value("xml:lang", ""));
}

// Every quad in a dataset file, by a SELECT run with Jena.
std::set<Quad> jena_quads(const std::string& data_file) {
  std::string all = write_file("all.rq",
                               "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }\n");
  json r = json::parse(run_jena("arq.sparql", {"--data=" + data_file, "--query=" + all, "--results=json"}, "all.json"));
  std::set<Quad> out;
  for (const auto& b : r["results"]["bindings"])
    out.insert(Quad{from_json(b["s"]), from_json(b["p"]), from_json(b["o"]),
                    b.contains("g") ? std::string(b["g"]["value"]) : ""});
  return out;
}

// What a parser reads back: blank node labels are not kept (all become
// "_"); an IRI no IRI grammar admits comes back percent-encoded.
std::string encoded(const std::string& iri) {
  std::string s = sparql_iri(iri);
  return s.substr(1, s.size() - 2);
}

Term normalized(Term t) {
  if (t.kind == Term::Kind::Blank) t.value = "_";
  if (t.kind == Term::Kind::Iri) t.value = encoded(t.value);
  if (!t.datatype.empty()) t.datatype = encoded(t.datatype);
  return t;
}

std::set<Quad> as_set(const Quads& quads) {
  std::set<Quad> out;
  for (const auto& q : quads) out.insert(Quad{normalized(q.subject), normalized(q.predicate), normalized(q.object), q.graph});
  return out;
}

// Literals and IRIs for the SPARQL Update writer and the result formats.
std::vector<Term> nasty_objects() {
  return {
      Term::literal(NAME_A),
      Term::literal(NAME_M),
      Term::literal(NAME_B),
      Term::literal("}} ; DROP ALL ; INSERT DATA { <a> <b> <c> } #"),
      Term::literal("line\rbreak\r\nand \f\b form"),
      Term::literal("\\u0022 \\U0000003E \\\\u0022"),
      Term::literal("ends in backslash\\"),
      Term::literal("Мажилис", "", "ru"),
      Term::literal("x\"y", std::string(vocab::XSD) + "token"),
      Term::literal(""),
      Term::iri(IRI_A),
      Term::iri(IRI_M),
  };
}

Quads nasty_quads() {
  Quads q;
  const std::string g1 = "https://example.org/polkg/document/a'b(c)";
  const std::string g2 = "https://example.org/polkg/document/%7Bx%7D";
  for (const auto& o : nasty_objects()) {
    q.push_back(triple(IRI_A, PRED_PLAIN, o, g1));
    q.push_back(triple(IRI_B, PRED_ODD, o, g2));
    q.push_back(triple(IRI_M, RDFS_LABEL, o, ""));
  }
  return q;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

// --- sparql_iri: what goes between "<" and ">" ------------------------------

BOOST_AUTO_TEST_CASE(sparql_iri_encodes_what_would_end_the_iri) {
  const std::pair<std::string, std::string> cases[] = {
      {IRI_A, "<" + IRI_A + ">"},
      {IRI_M, "<" + IRI_M + ">"},
      {"https://x.org/a>b", "<https://x.org/a%3Eb>"},
      {"https://x.org/a> } ; DROP ALL #", "<https://x.org/a%3E%20%7D%20;%20DROP%20ALL%20#>"},
      {"https://x.org/\"q\"\\<{|^`}", "<https://x.org/%22q%22%5C%3C%7B%7C%5E%60%7D>"},
      {"https://x.org/\n\r\t\x01", "<https://x.org/%0A%0D%09%01>"},
      {"https://x.org/\\u003E", "<https://x.org/%5Cu003E>"},
      {"", "<>"},
  };
  for (const auto& [iri, want] : cases) BOOST_TEST(sparql_iri(iri) == want);
}

// --- polkg path --format sparql ----------------------------------------------

BOOST_AUTO_TEST_CASE(path_query_comments_and_iris_cannot_be_broken_out_of) {
  PathCase c = make_path_case(IRI_A, IRI_M, IRI_B);
  BOOST_TEST_REQUIRE(c.query.paths.size() == 1u);
  std::string q = paths_sparql(c.graph, c.query);
  // The names are only in the first line, a comment, with no line break.
  std::string first = q.substr(0, q.find('\n'));
  BOOST_TEST(first.starts_with("# polkg path: He said \"hi\" / and } } DROP ALL ; # <x> '''"));
  BOOST_TEST(!contains(q.substr(first.size()), "DROP ALL"));
  BOOST_TEST(!contains(q, "\\u000A"));
  BOOST_TEST(!contains(q, "\x1b"));
  BOOST_TEST(contains(q, "polkg:participant"));
  BOOST_TEST(contains(q, "<" + PRED_ODD + ">"));  // "polkg:has.dot." would not parse
  BOOST_TEST(contains(q, "<" + IRI_A + ">"));
}

// The query runs with rasqal on the same data and finds the path, with the
// inner vertex and its label as the same terms.
BOOST_AUTO_TEST_CASE(path_query_runs_with_rasqal_and_finds_the_path) {
  PathCase c = make_path_case(IRI_A, IRI_M, IRI_B);
  LocalGraph local(write_file("path.nt", ntriples(c.data)));
  QueryResult r = local.query(paths_sparql(c.graph, c.query));
  BOOST_TEST_REQUIRE(r.rows.size() == 1u);
  BOOST_TEST_REQUIRE(r.variables == (std::vector<std::string>{"path", "v1", "v1Label"}));
  BOOST_TEST(r.rows[0][0]->value == "1");
  BOOST_TEST((*r.rows[0][1] == Term::iri(IRI_M)));
  BOOST_TEST(r.rows[0][2]->value == NAME_M);
}

// IRIs SPARQL cannot hold: the query still parses (percent-encoded IRIs,
// which match nothing here) instead of running text from the IRI.
BOOST_AUTO_TEST_CASE(path_query_with_invalid_iris_still_parses) {
  const std::string bad_a = "https://x.org/a> } } DROP ALL #", bad_m = "https://x.org/m\"\\{}\n", bad_b = "https://x.org/b b";
  PathCase c = make_path_case(bad_a, bad_m, bad_b);
  BOOST_TEST_REQUIRE(c.query.paths.size() == 1u);
  std::string q = paths_sparql(c.graph, c.query);
  BOOST_TEST(contains(q, "<https://x.org/a%3E%20%7D%20%7D%20DROP%20ALL%20#>"));
  BOOST_TEST(contains(q, "<https://x.org/m%22%5C%7B%7D%0A>"));
  BOOST_TEST(contains(q, "<https://x.org/b%20b>"));
  LocalGraph local(write_file("path-ok.nt", ntriples(make_path_case(IRI_A, IRI_M, IRI_B).data)));
  BOOST_CHECK_NO_THROW(local.query(q));
}

// --- query output (`polkg query`) ---------------------------------------------

QueryResult nasty_bindings() {
  QueryResult r;
  r.variables = {"x", "y"};
  for (const auto& t : nasty_objects()) r.rows.push_back({Term::iri(IRI_B), t});
  r.rows.push_back({Term::iri("https://x.org/a>b c"), Term::literal("v", "https://x.org/dt>\"")});
  r.rows.push_back({Term::blank("b0"), std::nullopt});
  return r;
}

std::string result_text(const QueryResult& r, ResultFormat f) {
  std::ostringstream out;
  write_result(r, f, out);
  return out.str();
}

BOOST_AUTO_TEST_CASE(table_output_has_no_control_characters) {
  QueryResult r = nasty_bindings();
  std::string t = result_text(r, ResultFormat::Table);
  BOOST_TEST(std::count(t.begin(), t.end(), '\n') == (long)r.rows.size() + 3);  // header, rule, rows, count
  BOOST_TEST(std::none_of(t.begin(), t.end(), [](char c) { return (unsigned char)c < 0x20 && c != '\n'; }));
  BOOST_TEST(!contains(t, "\x7f"));
}

BOOST_AUTO_TEST_CASE(tsv_output_keeps_one_row_a_line_and_encodes_iris) {
  QueryResult r = nasty_bindings();
  std::string t = result_text(r, ResultFormat::Tsv);
  BOOST_TEST(std::count(t.begin(), t.end(), '\n') == (long)r.rows.size() + 1);
  BOOST_TEST(std::count(t.begin(), t.end(), '\t') == (long)r.rows.size() + 1);  // two columns
  BOOST_TEST(contains(t, "<https://x.org/a%3Eb%20c>\t\"v\"^^<https://x.org/dt%3E%22>"));
}

BOOST_AUTO_TEST_CASE(json_output_survives_bad_utf8) {
  QueryResult r;
  r.variables = {"x"};
  r.rows.push_back({Term::literal("bad \xC3\x28 byte")});
  std::string j;
  BOOST_REQUIRE_NO_THROW(j = result_text(r, ResultFormat::Json));
  BOOST_TEST(json::parse(j)["results"]["bindings"][0]["x"]["value"] == "bad \xEF\xBF\xBD( byte");
}

// --- Apache Jena: the same texts parse to the same terms ------------------------

BOOST_AUTO_TEST_SUITE(jena, *boost::unit_test::disabled())

BOOST_AUTO_TEST_CASE(path_query_finds_the_path_in_jena) {
  PathCase c = make_path_case(IRI_A, IRI_M, IRI_B);
  std::string data = write_file("jena-path.nt", ntriples(c.data));
  std::string query = write_file("jena-path.rq", paths_sparql(c.graph, c.query));
  json r = json::parse(run_jena("arq.sparql", {"--data=" + data, "--query=" + query, "--results=json"}, "path.json"));
  const auto& rows = r["results"]["bindings"];
  BOOST_TEST_REQUIRE(rows.size() == 1u, r.dump());
  BOOST_TEST(rows[0]["path"]["value"] == "1");
  BOOST_TEST((from_json(rows[0]["v1"]) == Term::iri(IRI_M)));
  BOOST_TEST((from_json(rows[0]["v1Label"]) == Term::literal(NAME_M)));
}

BOOST_AUTO_TEST_CASE(path_query_with_invalid_iris_parses_in_jena) {
  PathCase c = make_path_case("https://x.org/a> } } DROP ALL #", "https://x.org/m\"\\{}\n", "https://x.org/b b");
  std::string query = write_file("jena-bad-path.rq", paths_sparql(c.graph, c.query));
  std::string parsed = run_jena("arq.qparse", {"--file=" + query}, "bad-path.txt");
  BOOST_TEST(contains(parsed, "<https://x.org/a%3E%20%7D%20%7D%20DROP%20ALL%20#>"), parsed);
  BOOST_TEST(!contains(parsed, "DROP ALL\n"), parsed);
}

// The update Jena runs stores exactly the quads written (an IRI with '>'
// percent-encoded, the only thing SPARQL can store for it).
BOOST_AUTO_TEST_CASE(sparql_update_stores_the_same_terms_in_jena) {
  Quads q = nasty_quads();
  q.push_back(triple(IRI_A, PRED_PLAIN, Term::iri("https://x.org/a>b}c d"), "https://x.org/g>}"));
  std::ostringstream update;
  write_quads(q, Format::SparqlUpdate, update);
  std::string file = write_file("nasty.ru", update.str());
  std::string dump = run_jena("arq.update", {"--update=" + file, "--dump"}, "dump.trig");
  std::string trig = write_file("dump.trig", dump);
  Quads want = nasty_quads();
  want.push_back(triple(IRI_A, PRED_PLAIN, Term::iri("https://x.org/a%3Eb%7Dc%20d"), "https://x.org/g%3E%7D"));
  BOOST_TEST((jena_quads(trig) == as_set(want)));
}

BOOST_AUTO_TEST_CASE(tsv_results_read_back_to_the_same_terms_in_jena) {
  QueryResult r = nasty_bindings();
  std::string tsv = write_file("results.tsv", result_text(r, ResultFormat::Tsv));
  json j = json::parse(run_jena("arq.rset", {"--in=tsv", "--out=json", tsv}, "rset.json"));
  const auto& rows = j["results"]["bindings"];
  BOOST_TEST_REQUIRE(rows.size() == r.rows.size());
  for (size_t i = 0; i < r.rows.size(); ++i)
    for (size_t v = 0; v < r.variables.size(); ++v) {
      const auto& want = r.rows[i][v];
      BOOST_TEST_CONTEXT("row " << i << " ?" << r.variables[v]) {
        BOOST_TEST(rows[i].contains(r.variables[v]) == want.has_value());
        if (want && rows[i].contains(r.variables[v]))
          BOOST_TEST((from_json(rows[i][r.variables[v]]) == normalized(*want)));
      }
    }
}

BOOST_AUTO_TEST_CASE(graph_results_read_back_to_the_same_terms_in_jena) {
  QueryResult r;
  r.kind = QueryResult::Kind::Graph;
  for (const auto& o : nasty_objects()) r.triples.push_back(triple(IRI_A, PRED_PLAIN, o));
  r.triples.push_back(triple(IRI_A, PRED_ODD, Term::iri("https://x.org/a>b c")));
  std::string nt = write_file("graph.nt", result_text(r, ResultFormat::Table));
  BOOST_TEST((jena_quads(nt) == as_set(r.triples)));
}

BOOST_AUTO_TEST_SUITE_END()
