// Tests of core/src/mentions.cpp (polkg/mentions.hpp): the mentions of one
// sentence (gazetteer names longest first, demonyms, role titles, triggers,
// dates, persons) and the resolution of generic body names by context. Each
// sentence is written for the test.
#define BOOST_TEST_MODULE test_mentions
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/gazetteer.hpp"
#include "polkg/mentions.hpp"
#include "polkg/pipeline.hpp"
#include "pipeline_fixture.hpp"
#include "polkg/segmenter.hpp"

namespace polkg {
std::ostream& operator<<(std::ostream& o, EventType t) { return o << to_string(t); }
std::ostream& operator<<(std::ostream& o, MentionKind k) { return o << (int)k; }
}  // namespace polkg

using namespace polkg;

namespace {

using test::PipelineFixture;

const Gazetteer& gz() { return PipelineFixture::pipeline->gazetteer(); }

// 2024-06-06 is a Thursday.
const std::string DATE = "2024-06-06";

// The first sentence of `text`, kept alive with its document.
struct One {
  Document doc;
  std::vector<Sentence> sentences;
  const Sentence& s() const { return sentences.at(0); }
};

One sentence(const std::string& text) {
  One o;
  o.doc = parse_article("date " + DATE + "\n" + text, "doc-mentions", "test");
  o.sentences = segment(o.doc);
  BOOST_REQUIRE(!o.sentences.empty());
  return o;
}

std::vector<Mention> mentions(const One& o, bool future = false) { return find_mentions(o.s(), gz(), DATE, future); }

const char* kind_name(MentionKind k) {
  switch (k) {
    case MentionKind::Entity: return "Entity";
    case MentionKind::Demonym: return "Demonym";
    case MentionKind::Role: return "Role";
    case MentionKind::Trigger: return "Trigger";
    case MentionKind::Date: return "Date";
    case MentionKind::Person: return "Person";
  }
  return "?";
}

std::string dump(const std::vector<Mention>& ms) {
  std::ostringstream o;
  o << "\n";
  for (const auto& m : ms)
    o << "  " << kind_name(m.kind) << " [" << m.begin << "," << m.end << ") '" << m.text << "' key=" << m.key
      << " candidates=" << m.candidates.size() << (m.date.empty() ? "" : " date=" + m.date) << "\n";
  return o.str();
}

std::vector<Mention> of_kind(const std::vector<Mention>& ms, MentionKind k) {
  std::vector<Mention> out;
  std::copy_if(ms.begin(), ms.end(), std::back_inserter(out), [&](const Mention& m) { return m.kind == k; });
  return out;
}

std::vector<std::string> texts(const std::vector<Mention>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(m.text);
  return out;
}

const Mention* with_text(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms)
    if (m.text == text) return &m;
  return nullptr;
}

std::vector<int> states(std::initializer_list<const char*> codes) {
  std::vector<int> out;
  for (const char* c : codes) out.push_back(gz().state(c));
  return out;
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(PipelineFixture);

BOOST_AUTO_TEST_CASE(mentions_are_sorted_and_do_not_overlap) {
  auto o = sentence("Brazilian President Luiz Inácio Lula da Silva met the Speaker of the Milli Majlis of "
                    "Azerbaijan in Brasilia on 16 May 2023.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    for (size_t i = 1; i < ms.size(); ++i) BOOST_TEST(ms[i - 1].end <= ms[i].begin);
  }
}

// The longest gazetteer name wins: one Entity, not "National Assembly".
BOOST_AUTO_TEST_CASE(longest_match_wins) {
  auto o = sentence("Sahiba Gafarova addressed the National Assembly of Azerbaijan on Monday.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto es = of_kind(ms, MentionKind::Entity);
    BOOST_REQUIRE(es.size() == 1u);
    BOOST_TEST(es[0].text == "National Assembly of Azerbaijan");
    BOOST_TEST(es[0].key == "legislature/milli-majlis");
    BOOST_TEST(es[0].end - es[0].begin == 4);
    BOOST_TEST(!with_text(ms, "National Assembly"));
  }
}

BOOST_AUTO_TEST_CASE(demonyms) {
  auto o = sentence("The Kazakh delegation met Uzbek and Filipino lawmakers.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ds = of_kind(ms, MentionKind::Demonym);
    BOOST_REQUIRE(ds.size() == 3u);
    BOOST_TEST(ds[0].key == "state/KZ");
    BOOST_TEST(ds[1].key == "state/UZ");
    BOOST_TEST(ds[2].key == "state/PH");
  }
}

// Role titles, longest first, with their normal role.
BOOST_AUTO_TEST_CASE(roles) {
  auto o = sentence("The Deputy Speaker and the minister of foreign affairs greeted the premier.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto rs = of_kind(ms, MentionKind::Role);
    BOOST_REQUIRE(rs.size() == 3u);
    BOOST_TEST(rs[0].text == "Deputy Speaker");
    BOOST_TEST(rs[0].role->role == "deputy speaker");
    BOOST_TEST(rs[1].text == "minister of foreign affairs");
    BOOST_TEST(rs[1].role->role == "foreign minister");
    BOOST_TEST(rs[1].role->scope == "state");
    BOOST_TEST(rs[2].role->role == "prime minister");
  }
}

BOOST_AUTO_TEST_CASE(triggers) {
  auto o = sentence("After the official visit, the ministers held talks and then had a telephone conversation.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ts = of_kind(ms, MentionKind::Trigger);
    BOOST_REQUIRE(ts.size() == 3u);
    BOOST_TEST(ts[0].text == "official visit");
    BOOST_TEST(ts[0].trigger->type == EventType::Visit);
    BOOST_TEST(ts[0].trigger->subtype == "OfficialVisit");
    BOOST_TEST(ts[1].text == "held talks");
    BOOST_TEST(ts[1].trigger->type == EventType::Meeting);
    BOOST_TEST(ts[1].trigger->pos == "verb");
    BOOST_TEST(ts[2].text == "telephone conversation");
    BOOST_TEST(ts[2].trigger->type == EventType::PhoneCall);
  }
}

// "the 149th Assembly": an ordinal before a body's generic name makes it a
// gathering (a trigger); "the Assembly" alone stays a generic body name.
BOOST_AUTO_TEST_CASE(ordinal_before_generic_body_name_is_a_trigger) {
  auto o = sentence("Delegates gathered for the 149th Assembly while the Assembly of the host state was in recess.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ts = of_kind(ms, MentionKind::Trigger);
    BOOST_REQUIRE(ts.size() == 1u);
    BOOST_TEST(ts[0].text == "Assembly");
    BOOST_TEST(ts[0].begin == 5);
    BOOST_TEST(ts[0].trigger->type == EventType::Conference);
    const Mention* body = nullptr;
    for (const auto& m : ms)
      if (m.kind == MentionKind::Entity && m.begin == 8) body = &m;
    BOOST_REQUIRE(body);
    BOOST_TEST(body->text == "Assembly");
  }
}

// "al-Sisi", "bin-Salman": a lower-case particle hyphenated to a capitalized
// name continues the name; a lower-case hyphenated word does not.
BOOST_AUTO_TEST_CASE(hyphenated_particle_continues_a_name) {
  auto o = sentence("On Monday Abdel Fattah al-Sisi met Bashar al-Assad for a long-awaited meeting.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ps = texts(of_kind(ms, MentionKind::Person));
    BOOST_TEST(ps == (std::vector<std::string>{"Abdel Fattah al-Sisi", "Bashar al-Assad"}),
               boost::test_tools::per_element());
  }
}

// Two particles in a row inside a name: "von der", "de la".
BOOST_AUTO_TEST_CASE(two_particles_inside_a_name) {
  auto o = sentence("Yesterday Ursula von der Leyen greeted Rosa de la Cruz in the hall.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ps = texts(of_kind(ms, MentionKind::Person));
    BOOST_TEST(ps == (std::vector<std::string>{"Ursula von der Leyen", "Rosa de la Cruz"}),
               boost::test_tools::per_element());
  }
}

// "St. Petersburg": the period of a short abbreviation inside a name.
BOOST_AUTO_TEST_CASE(abbreviation_period_inside_a_place_name) {
  auto o = sentence("The forum opened in St. Petersburg on Monday.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    const Mention* p = with_text(ms, "St. Petersburg");
    BOOST_REQUIRE(p);
    BOOST_TEST(p->key == "place/saint-petersburg");
  }
}

// Capitalized names of monuments and places are no persons ("the Eternal
// Flame", "the Victory Monument"), while the person beside them is.
BOOST_AUTO_TEST_CASE(monument_names_are_not_persons) {
  auto o = sentence("On Thursday Sadyr Japarov laid a wreath at the Eternal Flame near the Victory Monument.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ps = texts(of_kind(ms, MentionKind::Person));
    BOOST_TEST(ps == (std::vector<std::string>{"Sadyr Japarov"}), boost::test_tools::per_element());
  }
}

// Absolute dates, and a weekday resolved against the article date (past,
// or next when the sentence announces).
BOOST_AUTO_TEST_CASE(dates) {
  auto o = sentence("The agreement signed on 16 May 2023 was ratified on Tuesday.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ds = of_kind(ms, MentionKind::Date);
    BOOST_REQUIRE(ds.size() == 2u);
    BOOST_TEST(ds[0].date == "2023-05-16");
    BOOST_TEST(ds[0].text == "16 May 2023");
    BOOST_TEST(ds[1].date == "2024-06-04");
  }
  auto future = mentions(sentence("The delegation will arrive on Tuesday."), true);
  BOOST_TEST_CONTEXT(dump(future)) {
    auto ds = of_kind(future, MentionKind::Date);
    BOOST_REQUIRE(ds.size() == 1u);
    BOOST_TEST(ds[0].date == "2024-06-11");
  }
}

// Persons: particles inside a name, initials, several words.
BOOST_AUTO_TEST_CASE(persons_with_particles_and_initials) {
  auto o = sentence("Brazilian President Luiz Inácio Lula da Silva met G. Zandanshatar and Johari bin Abdul in "
                    "Brasilia.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ps = texts(of_kind(ms, MentionKind::Person));
    BOOST_TEST(ps == (std::vector<std::string>{"Luiz Inácio Lula da Silva", "G. Zandanshatar", "Johari bin Abdul"}),
               boost::test_tools::per_element());
    BOOST_TEST(with_text(ms, "Brasilia")->kind == MentionKind::Entity);
  }
}

// Honorifics are not part of the name.
BOOST_AUTO_TEST_CASE(honorifics_stripped) {
  auto o = sentence("Rt Hon Tony Smith and Dr. Amina Mohammed opened the conference.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    auto ps = texts(of_kind(ms, MentionKind::Person));
    BOOST_TEST(ps == (std::vector<std::string>{"Tony Smith", "Amina Mohammed"}), boost::test_tools::per_element());
  }
}

// A compound of demonyms is no person; neither are months or weekdays.
BOOST_AUTO_TEST_CASE(demonym_compound_is_not_a_person) {
  auto o = sentence("The Kazakh-Azerbaijani business forum opened in Baku on Monday.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    BOOST_TEST(of_kind(ms, MentionKind::Person).empty());
    BOOST_TEST(with_text(ms, "Baku"));
  }
  auto o2 = sentence("Russia-China talks resumed in Beijing.");
  auto ms2 = mentions(o2);
  BOOST_TEST_CONTEXT(dump(ms2)) { BOOST_TEST(of_kind(ms2, MentionKind::Person).empty()); }
}

// A generic name ("Senate") is left unresolved by find_mentions, with all
// its candidates; resolve_bodies decides it by an adjacent demonym, even
// against the document's main state.
BOOST_AUTO_TEST_CASE(resolve_by_adjacent_demonym) {
  auto o = sentence("Delegates of the Uzbek Senate arrived in Astana.");
  auto ms = mentions(o);
  BOOST_TEST_CONTEXT(dump(ms)) {
    const Mention* senate = with_text(ms, "Senate");
    BOOST_REQUIRE(senate);
    BOOST_TEST(senate->entry == -1);
    BOOST_TEST(senate->candidates.size() > 2u);
    resolve_bodies(ms, o.s(), gz(), states({"KZ"}));
    senate = with_text(ms, "Senate");
    BOOST_TEST(senate->key == "chamber/senate-of-uzbekistan");
  }
}

// "the Senate of the DEMONYM ...": the state after "of" wins over a state
// named earlier in the sentence.
BOOST_AUTO_TEST_CASE(resolve_by_of_state) {
  auto o = sentence("Kazakh diplomats visited the Senate of the Uzbek Oliy Majlis.");
  auto ms = mentions(o);
  resolve_bodies(ms, o.s(), gz(), states({"KZ"}));
  BOOST_TEST_CONTEXT(dump(ms)) {
    const Mention* senate = with_text(ms, "Senate");
    BOOST_REQUIRE(senate);
    BOOST_TEST(senate->key == "chamber/senate-of-uzbekistan");
  }
}

// With nothing in the sentence, the document's states decide; with no
// document state either, the name stays unresolved.
BOOST_AUTO_TEST_CASE(resolve_by_document_state_or_not_at_all) {
  auto o = sentence("The Senate approved the bill after a long debate.");
  auto ms = mentions(o);
  resolve_bodies(ms, o.s(), gz(), {});
  BOOST_TEST_CONTEXT(dump(ms)) {
    const Mention* senate = with_text(ms, "Senate");
    BOOST_REQUIRE(senate);
    BOOST_TEST(senate->entry == -1);
    BOOST_TEST(senate->key == "");
  }
  auto ms2 = mentions(o);
  resolve_bodies(ms2, o.s(), gz(), states({"PH", "KZ"}));
  BOOST_TEST_CONTEXT(dump(ms2)) {
    const Mention* senate = with_text(ms2, "Senate");
    BOOST_REQUIRE(senate);
    BOOST_TEST(senate->key == "chamber/senate-of-the-philippines");
  }
}
