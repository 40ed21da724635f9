// Tests of core/src/gazetteer.cpp (polkg/gazetteer.hpp) on the real data of
// ontology/ and on malformed user gazetteers.
#define BOOST_TEST_MODULE test_gazetteer
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "polkg/error.hpp"
#include "polkg/gazetteer.hpp"
#include "polkg/text.hpp"

using namespace polkg;
namespace fs = std::filesystem;

namespace {

const std::string DATA = POLKG_SOURCE_DIR "/ontology";
const std::string HEADER = "type\tlabel\taliases\tstate\tparent\tattributes\tsource\n";

// The real data, loaded once for the whole test module.
const Gazetteer& world() {
  static const Gazetteer g = [] {
    Gazetteer x;
    x.load_data_dir(DATA);
    x.finish();
    return x;
  }();
  return g;
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "polkg-test-gazetteer.XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream((path / name).string(), std::ios::binary) << bytes;
    return (path / name).string();
  }
};

// Index of the entry with `key` among the ones `folded` finds, or -1.
int find_in(const Gazetteer& g, const std::string& folded, const std::string& key) {
  for (int i : g.lookup(folded))
    if (g.entry(i).key == key) return i;
  return -1;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(real_data)

BOOST_AUTO_TEST_CASE(states_by_code) {
  const Gazetteer& g = world();
  int kz = g.state("KZ");
  BOOST_REQUIRE(kz >= 0);
  BOOST_TEST(g.entry(kz).label == "Kazakhstan");
  BOOST_TEST(g.entry(kz).key == "state/KZ");
  BOOST_TEST((g.entry(kz).type == EntityType::State));
  BOOST_TEST(g.by_key("state/KZ") == kz);
  BOOST_TEST(g.entry(g.state("AZ")).label == "Azerbaijan");
  BOOST_TEST(g.state("XX") == -1);
  BOOST_TEST(g.state("kz") == -1);  // codes are upper case
  BOOST_TEST(find_in(g, "kazakhstan", "state/KZ") == kz);
  BOOST_TEST(find_in(g, "republic of kazakhstan", "state/KZ") == kz);
}

BOOST_AUTO_TEST_CASE(demonyms) {
  const Gazetteer& g = world();
  const std::pair<const char*, const char*> cases[] = {
      {"kazakh", "KZ"}, {"kazakhstani", "KZ"}, {"azerbaijani", "AZ"}, {"turkish", "TR"}, {"uzbek", "UZ"}};
  for (const auto& [d, code] : cases) {
    BOOST_TEST_CONTEXT(d) {
      BOOST_TEST(g.state_of_demonym(d) == g.state(code));
      BOOST_TEST(g.is_demonym(d));
    }
  }
  for (const char* no : {"baku", "majilis", "", "Kazakh"}) {  // lookups take folded forms
    BOOST_TEST_CONTEXT(no) { BOOST_TEST(!g.is_demonym(no)); }
  }
}

BOOST_AUTO_TEST_CASE(chambers_and_legislatures) {
  const Gazetteer& g = world();
  int majilis = find_in(g, "majilis", "chamber/majilis");
  BOOST_REQUIRE(majilis >= 0);
  BOOST_TEST((g.entry(majilis).type == EntityType::Chamber));
  BOOST_TEST(g.entry(majilis).label == "Majilis");
  BOOST_TEST(g.entry(majilis).state == "KZ");
  BOOST_TEST(g.entry(majilis).parent == "Parliament of Kazakhstan");
  BOOST_TEST(find_in(g, "mazhilis", "chamber/majilis") == majilis);
  BOOST_TEST(find_in(g, fold_token("Majilis of the Parliament of Kazakhstan"), "chamber/majilis") == majilis);
  int kz_parl = g.legislature_of("KZ");
  BOOST_REQUIRE(kz_parl >= 0);
  BOOST_TEST(g.entry(kz_parl).label == "Parliament of Kazakhstan");
  BOOST_TEST(g.entry(kz_parl).key == "legislature/parliament-of-kazakhstan");
  std::set<std::string> chambers;
  for (int c : g.chambers_of(kz_parl)) chambers.insert(g.entry(c).label);
  BOOST_TEST(chambers == (std::set<std::string>{"Majilis", "Senate of Kazakhstan"}), boost::test_tools::per_element());
  int az = g.legislature_of("AZ");
  BOOST_REQUIRE(az >= 0);
  BOOST_TEST(g.entry(az).label == "Milli Majlis");
  BOOST_TEST(g.chambers_of(az).empty());  // unicameral
  BOOST_TEST(find_in(g, "milli mejlis", "legislature/milli-majlis") == az);
  BOOST_TEST(find_in(g, fold_token("Milli Meclis"), "legislature/milli-majlis") == az);
  // A bare generic name is shared by several legislatures.
  BOOST_TEST(find_in(g, "parliament", "legislature/parliament-of-kazakhstan") == kz_parl);
  BOOST_TEST(find_in(g, "parliament", "legislature/milli-majlis") == az);
  BOOST_TEST(g.legislature_of("XX") == -1);
  BOOST_TEST(g.max_tokens() >= 5);
}

// parties.tsv: parliamentary parties of many states, each with its state;
// a bare name several states' parties share ("Labour Party") is generic.
BOOST_AUTO_TEST_CASE(parties_of_many_states) {
  const Gazetteer& g = world();
  int nzf = find_in(g, fold_token("NZ First"), "organization/new-zealand-first");
  BOOST_REQUIRE(nzf >= 0);
  BOOST_TEST((g.entry(nzf).type == EntityType::Organization));
  BOOST_TEST(g.entry(nzf).state == "NZ");
  BOOST_TEST(g.entry(nzf).attributes.at("kind") == "party");
  int sf = find_in(g, fold_token("Sinn Fein"), "organization/sinn-fein");
  BOOST_REQUIRE(sf >= 0);
  BOOST_TEST(g.entry(sf).label == "Sinn Féin");
  BOOST_TEST(g.entry(sf).state == "IE");
  int finns = find_in(g, fold_token("True Finns"), "organization/finns-party");
  BOOST_REQUIRE(finns >= 0);
  BOOST_TEST(g.entry(finns).state == "FI");
  BOOST_TEST(find_in(g, fold_token("Pacto Histórico"), "organization/historic-pact") >= 0);
  BOOST_TEST(g.is_generic(fold_token("Labour Party")));
  std::set<std::string> labour;
  for (int i : g.lookup(fold_token("Labour Party"))) labour.insert(g.entry(i).state);
  BOOST_TEST(labour.count("GB") == 1u);
  BOOST_TEST(labour.count("NO") == 1u);
  BOOST_TEST(labour.count("IE") == 1u);
}

BOOST_AUTO_TEST_CASE(every_un_member_is_a_state) {
  const Gazetteer& g = world();
  int members = 0, states = 0;
  std::set<std::string> codes;
  for (const auto& e : g.entries()) {
    if (e.type != EntityType::State) continue;
    ++states;
    BOOST_TEST_CONTEXT(e.label) {
      BOOST_TEST(e.state.size() == 2u);
      BOOST_TEST(e.key == "state/" + e.state);
      BOOST_TEST(g.state(e.state) == g.by_key(e.key));
    }
    codes.insert(e.state);
    auto un = e.values("un");
    if (!un.empty() && un[0] == "member") ++members;
  }
  BOOST_TEST(members == 193);
  BOOST_TEST(states >= 193);
  BOOST_TEST(codes.size() == (size_t)states);  // one row per code
  for (const char* c : {"US", "CN", "RU", "FR", "GB", "IN", "BR", "ZA", "NG", "TV", "VA", "PS"}) {
    BOOST_TEST_CONTEXT(c) { BOOST_TEST(g.state(c) >= 0); }
  }
}

BOOST_AUTO_TEST_CASE(lexicons) {
  const Gazetteer& g = world();
  BOOST_REQUIRE(g.role("speaker") != nullptr);
  BOOST_TEST(g.role("speaker")->role == "speaker");
  BOOST_TEST(g.role("speaker")->scope == "body");
  BOOST_TEST(g.role("no such role") == nullptr);
  BOOST_REQUIRE(g.trigger("visit") != nullptr);
  BOOST_TEST((g.trigger("visit")->type == EventType::Visit));
  BOOST_REQUIRE(g.trigger("working visit") != nullptr);
  BOOST_TEST(g.trigger("working visit")->subtype == "WorkingVisit");
  BOOST_TEST(g.trigger("working visit")->visit_type == "working");
  BOOST_REQUIRE(g.trigger("state visit") != nullptr);
  BOOST_TEST(g.trigger("state visit")->visit_type == "state");
  BOOST_TEST(g.is_word("honorific", "mr"));
  BOOST_TEST(!g.is_word("honorific", "koshanov"));
  BOOST_TEST(!g.is_word("no-such-kind", "mr"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(user_files)

BOOST_AUTO_TEST_CASE(malformed_rows_name_file_and_line) {
  struct Case {
    const char* row;
    const char* says;
  };
  const Case cases[] = {
      {"Chamber\tMajilis\tMazhilis\tKZ\tParliament of Kazakhstan", "expected 7 tab-separated columns, found 5"},
      {"Country\tKazakhstan\t\tKZ\t\t\tuser", "unknown type \"Country\""},
      {"State\tAtlantis\t\t\t\t\tuser", "ISO 3166-1 alpha-2"},
      {"State\tAtlantis\t\tATL\t\t\tuser", "ISO 3166-1 alpha-2"},
      {"Place\t\t\tKZ\t\t\tuser", "empty label"},
      {"Place\tAlmaty\t\tKZ\t\tkind\tuser", "attribute \"kind\" is not key=value"},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.row) {
      TempDir t;
      // line 1 a comment, line 2 the header, line 3 a good row, line 4 blank, line 5 the bad row
      std::string p = t.write("user.tsv", "# my gazetteer\n" + HEADER + "Place\tAlmaty\t\tKZ\t\tkind=city\tuser\n\n" +
                                              c.row + "\n");
      Gazetteer g;
      try {
        g.load_gazetteer_file(p);
        BOOST_ERROR("no error");
      } catch (const Error& e) {
        BOOST_TEST((e.kind() == Error::Kind::BadInput));
        BOOST_TEST(e.file() == p);
        BOOST_TEST(e.line() == 5);
        BOOST_TEST(std::string(e.what()).find(p + ":5: ") == 0u);
        BOOST_TEST(std::string(e.what()).find(c.says) != std::string::npos);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(missing_file_is_io) {
  Gazetteer g;
  try {
    g.load_gazetteer_file("/nonexistent/user.tsv");
    BOOST_ERROR("no error");
  } catch (const Error& e) {
    BOOST_TEST((e.kind() == Error::Kind::Io));
    BOOST_TEST(e.file() == "/nonexistent/user.tsv");
  }
  BOOST_CHECK_THROW(g.load_data_dir("/nonexistent"), Error);
}

BOOST_AUTO_TEST_CASE(a_row_for_an_existing_entity_adds_aliases) {
  TempDir t;
  std::string p = t.write("user.tsv", HEADER +
                                          "Chamber\tMajilis\tMazhilis Palatasy|Lower House of Kazakhstan\tKZ\tParliament of Kazakhstan\thouse=lower;note=user\tuser\n"
                                          "State\tKazakhstan-renamed\tQazaqstan Respublikasy\tKZ\t\t\tuser\n"
                                          "Person\tYerlan Koshanov\tKoshanov|Y. Koshanov\tKZ\t\trole=chairman;body=Majilis\tuser\n");
  Gazetteer g;
  g.load_data_dir(DATA);
  size_t before = g.entries().size();
  g.load_gazetteer_file(p);
  g.finish();
  BOOST_TEST(g.entries().size() == before + 1);  // only the person is new
  int majilis = g.by_key("chamber/majilis");
  BOOST_REQUIRE(majilis >= 0);
  BOOST_TEST(find_in(g, "mazhilis palatasy", "chamber/majilis") == majilis);
  BOOST_TEST(find_in(g, "lower house of kazakhstan", "chamber/majilis") == majilis);
  BOOST_TEST(find_in(g, "mazhilis", "chamber/majilis") == majilis);  // old aliases stay
  BOOST_TEST(g.entry(majilis).label == "Majilis");
  BOOST_TEST(g.entry(majilis).attributes.at("note") == "user");
  // A State row is keyed by its code: it adds to Kazakhstan.
  int kz = g.state("KZ");
  BOOST_TEST(g.entry(kz).label == "Kazakhstan");
  BOOST_TEST(find_in(g, "qazaqstan respublikasy", "state/KZ") == kz);
  int p1 = g.by_key("person/yerlan-koshanov");
  BOOST_REQUIRE(p1 >= 0);
  BOOST_TEST((g.entry(p1).type == EntityType::Person));
  BOOST_TEST(g.entry(p1).values("role") == std::vector<std::string>{"chairman"}, boost::test_tools::per_element());
  BOOST_TEST(g.entry(p1).file == p);
  BOOST_TEST(g.entry(p1).line == 4);
  BOOST_TEST(find_in(g, "koshanov", "person/yerlan-koshanov") == p1);
}

BOOST_AUTO_TEST_SUITE_END()
