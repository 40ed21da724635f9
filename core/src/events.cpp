// Events: from trigger words to typed events with their arguments
// (see document_extractor.hpp).
//
// Patterns of news language covered (unit tests in tests/test_events.cpp):
//   a verb trigger takes the nearest person before it (its subject, after the
//   last "that"/"said" of reported speech) and the persons after it
//   ("X met with Y", "X received Y");
//   a noun trigger takes "of PERSON" or "PERSON's" when given ("the visit of
//   X to Y"), else the subject of the sentence;
//   places after "in"/"at" are the location, after "to"/"in"/"for" of a
//   visit the destination; "of BODY" after a session or summit is its
//   organizer; "dedicated to / anniversary of X" is what it commemorates;
//   "greetings of X" is on whose behalf; a date in the clause is its date;
//   a modal or future marker before the trigger makes it planned, a
//   cancellation marker cancelled. Later sentences about "the event", "the
//   session" add attendees to that event; events of one type sharing a
//   participant are merged.
//   "arrived in PLACE(, the capital of STATE,) to take part in / to attend /
//   for EVENT", "travel to PLACE to attend the summit", "held in PLACE, on
//   the sidelines of EVENT": the place is the gathering's location;
//   "the 141st Assembly" (an ordinal before a body's generic name) is a
//   gathering, not the body (mentions.cpp).
//   "the LDP presidential election", "the UN climate summit": an
//   organization one lower-case word before the trigger organizes it.
//   "X landed in CITY on Wednesday. On Thursday he attended the
//   inauguration": a happened event with no place, of a person whose visit
//   to a city this or the previous sentence reports, takes place there.
//   A conference, session or ceremony that happened and that the text
//   places nowhere took place in the dateline's city.
//   "the opposition had fielded X", "opposition candidate X": X runs in the
//   latest election of the last three sentences.
//   "After the welcome ceremony, the two leaders held talks": an opening
//   noun trigger takes the main clause's plural subject; "A and B signed"
//   with A, B states or bodies (or "signed between A and B"): they are the
//   parties, not organizers; "the inauguration of X" with
//   X (a person or a body) new to the last ceremony is a new event, not a
//   back reference, and its attendees are not the first event's.
//   "the signatures of X, TITLE, and Y, TITLE": the persons coordinated
//   ("and Y") with the "of" complement take part too.
//   An attendee sentence with no anaphor joins the gathering that one of
//   the last three sentences reported or named ("chaired the summit").
//   "At the summit, ministers signed", "On the sidelines of the summit, X
//   met Y": the sentence's events take the place of the gathering named.
//   "her predecessor, NAME": a name in apposition to a non-participant
//   marker is excluded like one right after it.
//   "X met Y on the sidelines of / at / during the summit in CITY": the
//   event takes the gathering's place.
//   "on a visit to PLACE, where he met Y": the place before ", where" is
//   the location of the event the relative clause reports.
//   "X welcomed Y to PLACE": the place is the meeting's location;
//   "Romanian President X and Moldovan President Y signed": both sign.
//   "X, who is visiting CITY, met Y": a relative clause closed before the
//   trigger gives no antecedent; "led a delegation to CITY" is a visit.
//   "will host", "is set to host": a trigger that opens with a future
//   marker, or "to" after one, is planned.
//   "X congratulated Y on his victory in the election": Y, not X, takes part.
//   "a tour of A, B and C", "a visit to A and B": every place listed is a
//   destination.
//   "took part in a meeting of BODY": a conference organized by BODY (a
//   session when BODY is a legislature or chamber).
//   "X was elected TITLE of BODY": the body holds the election.
//   "X met A and B", "X will meet his counterparts: A, TITLE; B, TITLE; and
//   C, TITLE": one bilateral meeting of X with each person met (the
//   anaphor "his counterparts" that announces the list is no one met).
#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "document_extractor.hpp"
#include "polkg/iri.hpp"
#include "polkg/text.hpp"

namespace polkg::detail {
namespace {

const std::string& tok(const Sentence& s, int i) {
  static const std::string none;
  return i >= 0 && i < (int)s.tokens.size() ? s.tokens[(size_t)i].fold : none;
}

// Whether the phrase of `kind` ends right before token i (up to 4 tokens).
bool ends_with_word(const Gazetteer& g, const Sentence& s, const std::string& kind, int i) {
  for (int n = 1; n <= 4; ++n)
    if (i - n >= 0 && is_phrase(g, kind, s, i - n, i)) return true;
  return false;
}

void add_unique(std::vector<std::string>& v, const std::string& k) {
  if (!k.empty() && std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
}

struct Context {
  DocumentExtractor& x;
  const AnalyzedSentence& a;
  const Sentence& s;
  int index;
};

// The role a mention plays when it is an argument: excluded spans
// (commemorated or on-behalf-of) and whether it follows a preposition.
std::string preposition_before(const Sentence& s, int begin) {
  int i = begin - 1;
  while (i >= 0 && (tok(s, i) == "the" || tok(s, i) == "s")) --i;
  // "in Beijing's Great Hall": skip a possessive place.
  return tok(s, i);
}

bool is_place(const Gazetteer& g, const Mention& m) {
  if (m.kind != MentionKind::Entity || m.entry < 0) return false;
  EntityType t = g.entry(m.entry).type;
  return t == EntityType::Place || t == EntityType::State;
}

bool is_org(const Gazetteer& g, const Mention& m) {
  if (m.kind != MentionKind::Entity || m.entry < 0) return false;
  EntityType t = g.entry(m.entry).type;
  return t == EntityType::Organization || t == EntityType::Legislature || t == EntityType::Chamber;
}

// Index of the first token of the clause a trigger's subject may come from.
int clause_start(const Context& c, int trigger_begin) {
  int start = 0;
  for (int i = 0; i < trigger_begin; ++i)
    for (int n = 1; n <= 2; ++n)
      if (i + n <= trigger_begin && is_phrase(c.x.g, "complementizer", c.s, i, i + n)) start = i + n;
  return start;
}

// Whether a mention is what an event commemorates ("dedicated to X",
// "anniversary of X") or on whose behalf it was ("greetings of X"): the
// first person or entity after such a marker.
bool excluded(const Context& c, const Mention& m, const std::string& key, std::vector<std::string>* commemorates,
              std::vector<std::string>* behalf) {
  for (int i = m.begin; i >= std::max(0, m.begin - 8); --i) {
    // "her predecessor, David Sassoli": a name in apposition to the marker.
    bool apposition = i == m.begin - 1 && tok(c.s, i) == ",";
    if (i < m.begin && !apposition && (tok(c.s, i) == "," || tok(c.s, i) == ".")) break;
    bool comm = ends_with_word(c.x.g, c.s, "commemorate", i), beh = ends_with_word(c.x.g, c.s, "on-behalf", i);
    bool other = ends_with_word(c.x.g, c.s, "non-participant", i);
    if (!comm && !beh && !other) continue;
    for (const auto& o : c.a.ms)  // another name between the marker and this one
      if (o.begin >= i && o.begin < m.begin &&
          (o.kind == MentionKind::Person ||
           (o.kind == MentionKind::Entity && o.entry >= 0 && c.x.g.entry(o.entry).type != EntityType::State)))
        return false;
    if (comm && commemorates) add_unique(*commemorates, key);
    if (beh && behalf) add_unique(*behalf, key);
    return true;
  }
  return false;
}

std::string person_of(const Context& c, size_t i) { return c.a.refs[i]; }

// Persons of the plural anaphor ("the two leaders") in [b, e): the
// participants of the last event that had two or more.
bool plural_anaphor(const Context& c, int b, int e, const std::vector<Event>& events, std::vector<std::string>& out) {
  for (int i = b; i < e; ++i)
    for (int n = 6; n >= 2; --n)
      if (i + n <= e && is_phrase(c.x.g, "plural-anaphor", c.s, i, i + n)) {
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
          int persons = 0;
          for (const auto& p : it->participants) persons += p.rfind("person/", 0) == 0;
          if (persons >= 2) {
            for (const auto& p : it->participants)
              if (p.rfind("person/", 0) == 0) add_unique(out, p);
            return true;
          }
        }
        // No such event yet: the two persons last named.
        for (int si = c.index - 1; si >= 0 && si >= c.index - 3 && out.size() < 2; --si) {
          const auto& a = c.x.analyzed[(size_t)si];
          for (size_t m = a.ms.size(); m-- > 0 && out.size() < 2;)
            if (!a.refs[m].empty()) add_unique(out, a.refs[m]);
        }
        return out.size() == 2;
      }
  return false;
}

struct Span {
  int trigger;        // index into ms
  int seg_begin, seg_end;  // token span of the trigger's segment
};

std::string label_of(DocumentExtractor& x, const std::string& key) {
  const Entity* e = x.kg.find(key);
  return e ? e->label : key;
}

std::string event_label(DocumentExtractor& x, const Event& e) {
  std::string who;
  for (size_t i = 0; i < e.participants.size() && i < 3; ++i)
    who += (i ? (i + 1 == e.participants.size() ? " and " : ", ") : "") + label_of(x, e.participants[i]);
  std::string s = to_string(e.type);
  if (!who.empty()) s += " of " + who;
  if (!e.destinations.empty()) s += " to " + label_of(x, e.destinations[0]);
  else if (!e.organizers.empty()) s += " by " + label_of(x, e.organizers[0]);
  if (!e.locations.empty()) s += " in " + label_of(x, e.locations[0]);
  if (!e.date.empty()) s += " on " + e.date;
  return s;
}

// The place of "in/to PLACE ... LINK (the|a|ORG|ordinal)* TRIGGER", LINK an
// attend-link ("to attend", "for", "on the sidelines of"): at most an
// appositive (", the capital of STATE,") between the place and the link, at
// most three words (no person, no punctuation) between the link and the trigger.
std::string place_before_link(const Context& c, int trigger, int start) {
  const auto& ms = c.a.ms;
  const Mention& tm = ms[(size_t)trigger];
  int link = -1;
  for (int b = std::max(start, tm.begin - 8); b < tm.begin && link < 0; ++b)
    for (int n = 5; n >= 1; --n) {
      if (b + n > tm.begin || !is_phrase(c.x.g, "attend-link", c.s, b, b + n)) continue;
      bool clean = tm.begin - (b + n) <= 3;
      for (int k = b + n; k < tm.begin && clean; ++k) clean = c.s.tokens[(size_t)k].word;
      for (int i = 0; i < trigger && clean; ++i)
        if (ms[(size_t)i].begin >= b + n && !person_of(c, (size_t)i).empty()) clean = false;
      if (clean) { link = b; break; }
    }
  if (link < 0) return {};
  for (int i = trigger - 1; i >= 0; --i) {
    const Mention& m = ms[(size_t)i];
    if (m.begin < start || m.end > link) continue;
    if (!person_of(c, (size_t)i).empty() || m.kind == MentionKind::Trigger) {
      if (m.kind == MentionKind::Trigger && m.trigger->type == EventType::Visit) continue;  // "arrived in"
      return {};
    }
    if (!is_place(c.x.g, m)) continue;
    std::string prep = preposition_before(c.s, m.begin);
    // the state of an appositive ("of Serbia") is passed over for the place it describes
    if ((prep == "in" || prep == "to") && link - m.end <= 8) return m.key;
  }
  return {};
}

Event build_event(const Context& c, const Span& sp, const std::vector<Event>& events) {
  const Gazetteer& g = c.x.g;
  const auto& ms = c.a.ms;
  const Mention& tm = ms[(size_t)sp.trigger];
  const Trigger& tr = *tm.trigger;
  Event e;
  e.type = tr.type;
  e.subtype = tr.subtype;
  e.visit_type = tr.visit_type;
  e.document = c.x.doc.id;
  e.evidence = c.x.evidence(c.a);
  e.confidence = tr.pos == "verb" ? 0.8 : 0.7;
  bool noun = tr.pos == "noun";
  // Participants.
  bool given = false;
  if (noun) {
    // "visit of X", "X's visit"
    for (size_t i = (size_t)sp.trigger + 1; i < ms.size(); ++i) {
      if (ms[i].begin > tm.end + 2) break;
      if (tok(c.s, tm.end) == "of" && !person_of(c, i).empty()) { add_unique(e.participants, person_of(c, i)); given = true; }
    }
    // "the signatures of X, TITLE, and Y, TITLE": the persons coordinated with X.
    if (given)
      for (size_t i = (size_t)sp.trigger + 1; i < ms.size() && ms[i].begin < sp.seg_end; ++i)
        if (ms[i].kind == MentionKind::Person && !person_of(c, i).empty() && tok(c.s, ms[i].begin - 1) == "and" &&
            !excluded(c, ms[i], person_of(c, i), nullptr, nullptr))
          add_unique(e.participants, person_of(c, i));
    for (int i = sp.trigger - 1; i >= 0 && ms[(size_t)i].end >= tm.begin - 4; --i)
      if (!person_of(c, (size_t)i).empty() && tok(c.s, ms[(size_t)i].end) == "s") {
        add_unique(e.participants, person_of(c, (size_t)i));
        given = true;
      }
  }
  int start = clause_start(c, tm.begin);
  // "his/her/their trip": the subject of the sentence.
  if (noun && !given && (tok(c.s, tm.begin - 1) == "his" || tok(c.s, tm.begin - 1) == "her" ||
                         tok(c.s, tm.begin - 2) == "his" || tok(c.s, tm.begin - 2) == "her")) {
    // the nearest person before: "X congratulated Y on his victory" is Y's
    for (size_t i = (size_t)sp.trigger; i-- > 0 && !given;)
      if (!person_of(c, i).empty() && ms[i].kind == MentionKind::Person) {
        add_unique(e.participants, person_of(c, i));
        given = true;
      }
  }
  // "X, ..., who is on a visit to Y": the antecedent of "who".
  if (!given) {
    for (int k = tm.begin - 1; k >= start && !given; --k) {
      // "X, who is visiting Minsk, met Y": the relative clause closed before the trigger.
      if (tok(c.s, k) == "," && k > start) {
        bool relative_before = false;
        for (int q = k - 1; q >= start && !relative_before; --q) relative_before = tok(c.s, q) == "who";
        if (relative_before) break;
      }
      if (tok(c.s, k) != "who") continue;
      for (int i = sp.trigger - 1; i >= 0; --i)
        if (ms[(size_t)i].end <= k && !person_of(c, (size_t)i).empty()) {
          add_unique(e.participants, person_of(c, (size_t)i));
          given = true;
          break;
        }
      if (!given) break;
    }
  }
  if (!given) {
    std::vector<std::string> subject;
    // "X congratulated Y on his victory in the election": the one congratulated takes part.
    int congratulate = -1;
    for (int k = start; k < tm.begin; ++k)
      if (g.is_word("congratulate", tok(c.s, k))) congratulate = k;
    if (!plural_anaphor(c, start, tm.begin, events, subject)) {
      for (size_t i = 0; i < (size_t)sp.trigger; ++i) {
        if (ms[i].begin < start || person_of(c, i).empty()) continue;
        if (ms[i].begin < congratulate) continue;
        if (excluded(c, ms[i], person_of(c, i), nullptr, nullptr)) continue;
        if (!noun) subject.clear();  // a verb takes the nearest subject
        add_unique(subject, person_of(c, i));
        // coordinated subjects: "X and Y met", "President X and Romanian President Y signed"
        if (!noun && i > 0) {
          size_t h = i;
          while (h > 0 && ms[h - 1].end == ms[h].begin &&
                 (ms[h - 1].kind == MentionKind::Role || ms[h - 1].kind == MentionKind::Demonym))
            --h;
          if (h > 0 && tok(c.s, ms[h].begin - 1) == "and" && !person_of(c, h - 1).empty() &&
              ms[h - 1].end + 1 == ms[h].begin)
            add_unique(subject, person_of(c, h - 1));
        }
      }
    }
    // "X named Y", "X elected Y": the appointee is the object; the subject
    // takes part only in the passive ("Y was elected").
    bool choice = e.type == EventType::Appointment || e.type == EventType::Election;
    bool passive = c.x.g.is_word("passive", tok(c.s, tm.begin - 1)) || c.x.g.is_word("passive", tok(c.s, tm.begin - 2));
    bool has_object = false;
    for (size_t i = (size_t)sp.trigger + 1; i < ms.size() && ms[i].begin < sp.seg_end; ++i)
      has_object = has_object || !person_of(c, i).empty();
    if (!(choice && !noun && !passive && has_object))
      for (auto& p : subject) add_unique(e.participants, p);
  }
  // "After an official welcome ceremony, the two leaders held talks": a
  // noun trigger opening the sentence takes the main clause's plural subject.
  if (noun && !given && e.participants.empty() && tok(c.s, tm.end) == ",") {
    std::vector<std::string> anaphor;
    if (plural_anaphor(c, tm.end + 1, sp.seg_end, events, anaphor))
      for (auto& p : anaphor) add_unique(e.participants, p);
  }
  // "Brazil and China signed", "the Senate and the National Assembly signed":
  // states and bodies that sign are its parties; so are those "between A and B".
  if (e.type == EventType::Signing) {
    auto party = [&](const Mention& m) {
      return m.kind == MentionKind::Entity && m.entry >= 0 && g.entry(m.entry).type != EntityType::Place;
    };
    if (!noun && sp.trigger >= 2) {
      const Mention& b = ms[(size_t)sp.trigger - 1];
      const Mention& a = ms[(size_t)sp.trigger - 2];
      int gap = b.begin - a.end;
      if (party(a) && party(b) && b.end == tm.begin && tok(c.s, a.end) == "and" &&
          (gap == 1 || (gap == 2 && tok(c.s, a.end + 1) == "the"))) {
        add_unique(e.participants, a.key);
        add_unique(e.participants, b.key);
      }
    }
    for (size_t i = (size_t)sp.trigger + 1; i + 1 < ms.size() && ms[i].begin < sp.seg_end; ++i)
      if (preposition_before(c.s, ms[i].begin) == "between" && party(ms[i]) && party(ms[i + 1]) &&
          preposition_before(c.s, ms[i + 1].begin) == "and") {
        add_unique(e.participants, ms[i].key);
        add_unique(e.participants, ms[i + 1].key);
      }
  }
  // Arguments in the segment after the trigger.
  for (size_t i = (size_t)sp.trigger + 1; i < ms.size() && ms[i].begin < sp.seg_end; ++i) {
    const Mention& m = ms[i];
    std::string prep = preposition_before(c.s, m.begin);
    if (!person_of(c, i).empty()) {
      if (excluded(c, m, person_of(c, i), &e.commemorates, &e.on_behalf_of)) continue;
      if (!given) add_unique(e.participants, person_of(c, i));
      continue;
    }
    if (m.kind == MentionKind::Entity && m.entry >= 0 && excluded(c, m, m.key, &e.commemorates, &e.on_behalf_of)) continue;
    // "a tour of A, B and C": a tour's "of" and the places coordinated with a destination
    bool tour = prep == "of" && tm.end == m.begin - 1 && is_phrase(g, "tour", c.s, tm.begin, tm.end);
    bool listed = (prep == "," || prep == "and") && i > 0 && ms[i - 1].end + 1 == m.begin &&
                  std::find(e.destinations.begin(), e.destinations.end(), ms[i - 1].key) != e.destinations.end();
    if (is_place(g, m) && e.type == EventType::Visit &&
        (prep == "to" || prep == "in" || prep == "for" || prep == "visit" || m.begin == tm.end || tour || listed)) {
      add_unique(e.destinations, m.key);
    } else if (is_place(g, m) && (prep == "in" || prep == "at" ||
                                  (prep == "to" && is_phrase(g, "host-verb", c.s, tm.begin, tm.end)))) {
      // "welcomed X to Belgrade": the host's place
      add_unique(e.locations, m.key);
    } else if (is_org(g, m) && prep == "of" && m.begin <= tm.end + 3 &&
               (e.type == EventType::Session || e.type == EventType::Conference || e.type == EventType::Ceremony)) {
      add_unique(e.organizers, m.key);
    }
  }
  // Places before a verb trigger: "who is in Azerbaijan on an official visit".
  for (size_t i = 0; i < (size_t)sp.trigger; ++i) {
    const Mention& m = ms[i];
    if (m.begin < start || !is_place(g, m)) continue;
    std::string prep = preposition_before(c.s, m.begin);
    if (prep == "in" && m.end + 3 >= tm.begin) {
      if (e.type == EventType::Visit) add_unique(e.destinations, m.key);
      else add_unique(e.locations, m.key);
    }
  }
  // "arrived in PLACE(, the capital of STATE,) to attend the summit", "were
  // held in PLACE, on the sidelines of the assembly": where one went or was
  // is where the gathering takes place.
  if (e.type != EventType::Visit && e.locations.empty()) {
    std::string place = place_before_link(c, sp.trigger, start);
    if (!place.empty()) add_unique(e.locations, place);
  }
  // "... a state visit to Laos, where he met ...": the place "where" follows.
  if (e.type != EventType::Visit && e.locations.empty())
    for (int k = tm.begin - 1; k >= 2 && k >= tm.begin - 6; --k) {
      if (tok(c.s, k) != "where" || tok(c.s, k - 1) != ",") continue;
      // the place may be followed by its date: "to Vilnius on Friday, where"
      std::string place;
      for (const auto& m : ms)
        if (m.end <= k - 1 && m.end >= k - 4 && is_place(g, m)) place = m.key;
      if (!place.empty()) add_unique(e.locations, place);
      break;
    }
  // An organizer named right before the trigger: "the 141st IPU Assembly".
  // One lower-case word may stand between: "the LDP presidential election", "the UN climate summit".
  if (sp.trigger > 0) {
    const Mention& p = ms[(size_t)sp.trigger - 1];
    bool next = p.end == tm.begin ||
                (p.end + 1 == tm.begin && c.s.tokens[(size_t)p.end].word && !c.s.tokens[(size_t)p.end].capitalized &&
                 !g.is_word("not-descriptive", tok(c.s, p.end)));
    if (is_org(g, p) && next && e.type != EventType::Meeting && e.type != EventType::Visit &&
        e.type != EventType::Signing)  // a body that signs is a party
      add_unique(e.organizers, p.key);
  }
  // "X was elected president of the LDP", "elected Speaker of the Lok Sabha":
  // the body whose post an election fills holds it.
  if (e.type == EventType::Election && e.organizers.empty())
    for (size_t i = (size_t)sp.trigger + 1; i < ms.size() && ms[i].begin < sp.seg_end; ++i) {
      if (ms[i].kind != MentionKind::Role) continue;
      if (i + 1 < ms.size() && is_org(g, ms[i + 1]) && tok(c.s, ms[i].end) == "of" && ms[i + 1].begin <= ms[i].end + 2)
        add_unique(e.organizers, ms[i + 1].key);
      break;
    }
  // A session with no organizer: the chamber or legislature the sentence names.
  if (e.type == EventType::Session && e.organizers.empty())
    for (const auto& m : ms)
      if (m.entry >= 0 && m.kind == MentionKind::Entity &&
          (g.entry(m.entry).type == EntityType::Chamber || g.entry(m.entry).type == EntityType::Legislature)) {
        add_unique(e.organizers, m.key);
        break;
      }
  // Date: the nearest date mention in the sentence.
  int best = 1 << 30;
  for (const auto& m : ms)
    if (m.kind == MentionKind::Date) {
      int d = std::abs(m.begin - tm.begin) + (m.begin < start ? 100 : 0);
      if (d < best) { best = d; e.date = m.date; }
    }
  // Visit type from an adjective right before "visit".
  if (e.type == EventType::Visit && e.visit_type.empty()) {
    const std::string& adj = tok(c.s, tm.begin - 1);
    if (adj == "working" || adj == "official" || adj == "state") e.visit_type = adj;
  }
  // Status: a planned or cancelled marker before the trigger in its clause.
  // "is set to host": a trigger that opens with "to" closes the marker.
  int marker_end = tm.begin + (tok(c.s, tm.begin) == "to" ? 1 : 0);
  for (int i = start; i < tm.begin; ++i)
    for (int n = 1; n <= 3 && i + n <= marker_end; ++n)
      if (is_phrase(g, "planned", c.s, i, i + n)) e.status = "planned";
  if (g.is_word("planned", tok(c.s, tm.begin))) e.status = "planned";  // a trigger that says so: "will host"
  for (int i = start; i < sp.seg_end; ++i)
    for (int n = 1; n <= 4 && i + n <= sp.seg_end; ++n)
      if (is_phrase(g, "cancelled", c.s, i, i + n)) e.status = "cancelled";
  // "X held its summit", "the Milli Majlis held a ceremony": the body that is the subject organizes.
  if ((e.type == EventType::Conference || e.type == EventType::Session || e.type == EventType::Ceremony) &&
      e.organizers.empty())
    for (size_t i = 0; i < (size_t)sp.trigger; ++i)
      if (ms[i].begin >= start && is_org(g, ms[i])) { add_unique(e.organizers, ms[i].key); break; }
  // "a meeting of the Eurasian Intergovernmental Council", "a meeting of the
  // Senate": a body's meeting is a conference (or a session of a legislature).
  if (e.type == EventType::Meeting && noun && tok(c.s, tm.end) == "of") {
    for (size_t i = (size_t)sp.trigger + 1; i < ms.size() && ms[i].begin <= tm.end + 2; ++i)
      if (ms[i].begin > tm.end && is_org(g, ms[i])) {
        // "a meeting of the Senate Speaker with X" stays a meeting
        bool modifier = i + 1 < ms.size() && ms[i + 1].begin == ms[i].end &&
                        (ms[i + 1].kind == MentionKind::Role || ms[i + 1].kind == MentionKind::Person);
        if (modifier) break;
        EntityType t = g.entry(ms[i].entry).type;
        e.type = t == EntityType::Organization ? EventType::Conference : EventType::Session;
        e.subtype.clear();
        add_unique(e.organizers, ms[i].key);
        e.participants.erase(std::remove(e.participants.begin(), e.participants.end(), ms[i].key), e.participants.end());
        break;
      }
  }
  // A session of an intergovernmental body is a conference, not a sitting of a legislature.
  if (e.type == EventType::Session && !e.organizers.empty()) {
    int o = g.by_key(e.organizers[0]);
    if (o >= 0 && g.entry(o).type == EntityType::Organization) {
      auto kind = g.entry(o).attributes.find("kind");
      if (kind == g.entry(o).attributes.end() || kind->second != "interparliamentary") e.type = EventType::Conference;
    }
  }
  if (e.status == "planned" || e.participants.empty()) e.confidence -= 0.1;
  return e;
}

// An invitation ("invited X to pay a visit") reports no event.
bool invited(const Context& c, int start, int trigger_begin) {
  for (int i = start; i < trigger_begin; ++i)
    if (c.x.g.is_word("invitation", tok(c.s, i))) return true;
  return false;
}

// A signing is of an agreement, treaty or memorandum (not of a decree or a law).
bool signs_agreement(const Context& c) {
  int n = (int)c.s.tokens.size();
  for (int i = 0; i < n; ++i)
    for (int len = 1; len <= 2 && i + len <= n; ++len)
      if (is_phrase(c.x.g, "signing-object", c.s, i, i + len)) return true;
  return false;
}

// Whether "of X" at token `at` names a person or a body the event `e` does
// not hold ("the inauguration of X", "the meeting of the Council of Foreign
// Ministers"): then a definite noun names another event, not `e`.
bool names_another(const Context& c, int at, const Event& e) {
  if (tok(c.s, at) != "of") return false;
  for (size_t i = 0; i < c.a.ms.size(); ++i) {
    const Mention& m = c.a.ms[i];
    if (m.begin <= at || m.begin > at + 4) continue;
    std::string key = m.kind == MentionKind::Person ? c.a.refs[i] : is_org(c.x.g, m) ? m.key : std::string();
    if (key.empty()) continue;
    auto in = [&](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), key) != v.end(); };
    return !in(e.participants) && !in(e.organizers);
  }
  return false;
}

// Whether one of the last three sentences names an event of type t ("chaired
// the summit"), keeping an event first reported earlier in view.
bool named_lately(const Context& c, EventType t) {
  for (int si = std::max(0, c.index - 3); si < c.index; ++si)
    for (const auto& m : c.x.analyzed[(size_t)si].ms)
      if (m.kind == MentionKind::Trigger && m.trigger->type == t) return true;
  return false;
}

// Attendees of an earlier event: persons and bodies of a sentence that says
// they attended (an "attend" word) the event an anaphor names ("the event",
// "the session"); without an anaphor, the gathering (conference, session,
// ceremony) of the last three sentences.
void attach_to(const Context& c, std::vector<Event>& events, const std::string& noun, int anaphor_end = -1) {
  const Gazetteer& g = c.x.g;
  int n = (int)c.s.tokens.size();
  bool attend = false;
  for (int k = 0; k < n && !attend; ++k)
    for (int l = 1; l <= 3 && k + l <= n; ++l) attend = attend || is_phrase(g, "attend", c.s, k, k + l);
  if (!attend) return;
  long recent = c.x.analyzed[(size_t)std::max(0, c.index - 3)].sentence->begin;
  const Trigger* t = g.trigger(noun);
  Event* target = nullptr;
  for (auto it = events.rbegin(); it != events.rend() && !target; ++it) {
    bool gathering = it->type == EventType::Conference || it->type == EventType::Session || it->type == EventType::Ceremony;
    if (noun == "event" || noun == "gathering" || (t && t->type == it->type)) target = &*it;
    if (noun.empty() && gathering && (it->evidence.begin >= recent || named_lately(c, it->type))) target = &*it;
  }
  if (!target) return;
  if (anaphor_end >= 0 && names_another(c, anaphor_end, *target)) return;
  for (size_t m = 0; m < c.a.ms.size(); ++m) {
    const Mention& mm = c.a.ms[m];
    std::string key = person_of(c, m);
    if (key.empty() && is_org(g, mm)) key = mm.key;
    if (key.empty() || excluded(c, mm, key, nullptr, nullptr)) continue;
    add_unique(target->participants, key);
  }
  c.x.note(c.a, fmt::format("attended: {} ({} participants)", to_string(target->type), target->participants.size()), 0.6);
}

// Members of a delegation ("Travelling with the Speaker are X and Y",
// "accompanied by X"): participants of the latest visit.
void attach_companions(const Context& c, std::vector<Event>& events) {
  int n = (int)c.s.tokens.size();
  bool accompany = false;
  for (int k = 0; k < n && !accompany; ++k)
    for (int l = 1; l <= 3 && k + l <= n; ++l) accompany = accompany || is_phrase(c.x.g, "accompany", c.s, k, k + l);
  if (!accompany) return;
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    if (it->type == EventType::Visit) {
      for (size_t m = 0; m < c.a.ms.size(); ++m)
        if (!c.a.refs[m].empty()) add_unique(it->participants, c.a.refs[m]);
      return;
    }
}

// Candidates ("the opposition had fielded X", "opposition candidate X"):
// the person right after a candidacy word runs in the latest election of the
// last three sentences.
void attach_candidates(const Context& c, std::vector<Event>& events) {
  int n = (int)c.s.tokens.size();
  long recent = c.x.analyzed[(size_t)std::max(0, c.index - 3)].sentence->begin;
  for (int k = 0; k < n; ++k) {
    int len = 0;
    for (int l = 2; l >= 1 && !len; --l)
      if (k + l <= n && is_phrase(c.x.g, "candidacy", c.s, k, k + l)) len = l;
    if (!len) continue;
    std::string who;
    for (size_t m = 0; m < c.a.ms.size() && who.empty(); ++m) {
      const Mention& mm = c.a.ms[m];
      if (mm.begin < k + len || mm.begin > k + len + 6) continue;
      bool clean = true;
      for (int t = k + len; t < mm.begin && clean; ++t) clean = c.s.tokens[(size_t)t].word;
      if (!clean) break;
      if (mm.kind == MentionKind::Person && !c.a.refs[m].empty()) who = c.a.refs[m];
    }
    if (who.empty()) continue;
    for (auto it = events.rbegin(); it != events.rend(); ++it)
      if (it->type == EventType::Election) {
        if (it->evidence.begin >= recent) add_unique(it->participants, who);
        break;
      }
  }
}

void attach_attendees(const Context& c, std::vector<Event>& events, bool fallback) {
  int n = (int)c.s.tokens.size();
  for (int i = 0; i < n; ++i)
    for (int len = 2; len <= 3 && i + len <= n; ++len)
      if (is_phrase(c.x.g, "anaphor", c.s, i, i + len)) {
        attach_to(c, events, c.s.tokens[(size_t)i + len - 1].fold, i + len);
        return;
      }
  if (fallback) attach_to(c, events, "");
}

bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

bool contains_all(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::all_of(b.begin(), b.end(), [&](const std::string& x) { return std::find(a.begin(), a.end(), x) != a.end(); });
}

std::vector<std::string> persons_of(const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  for (const auto& k : keys)
    if (k.rfind("person/", 0) == 0) out.push_back(k);
  return out;
}

void merge_into(Event& a, const Event& b) {
  using Field = std::vector<std::string> Event::*;
  for (Field f : {&Event::participants, &Event::organizers, &Event::locations, &Event::destinations,
                  &Event::commemorates, &Event::on_behalf_of})
    for (const auto& k : b.*f) add_unique(a.*f, k);
  if (a.date.empty()) a.date = b.date;
  if (a.visit_type.empty()) a.visit_type = b.visit_type;
  if (a.subtype.empty()) a.subtype = b.subtype;
  a.confidence = std::min(0.95, std::max(a.confidence, b.confidence) + 0.05);
}

// One event per happening: same type and status, a shared participant (or,
// with none, a shared organizer), and no clash of dates.
void add_or_merge(std::vector<Event>& events, Event e) {
  for (auto& old : events) {
    if (old.type != e.type || old.status != e.status) continue;
    auto a = persons_of(old.participants), b = persons_of(e.participants);
    bool same = (!a.empty() && !b.empty() && (contains_all(a, b) || contains_all(b, a))) ||
                (a.empty() && b.empty() && overlap(old.organizers, e.organizers)) ||
                e.type == EventType::Signing;  // one report, one signing
    if (!same) continue;
    if (!old.date.empty() && !e.date.empty() && old.date != e.date && e.type != EventType::Visit) continue;
    merge_into(old, e);
    return;
  }
  events.push_back(std::move(e));
}

// Narrative time: an event the text reports without a date, after one it
// dates, happened the same day ("President X held talks today ... At a
// ceremony held after the talks ..."). Announced events keep no date.
void inherit_dates(std::vector<Event>& events) {
  std::string last;
  for (auto& e : events) {
    if (!e.status.empty()) continue;
    if (!e.date.empty()) {
      last = e.date.size() == 10 ? e.date : std::string();
      continue;
    }
    e.date = last;
  }
}

// A back reference ("The talks were held in Geneva") adds where and when to
// the latest event of its type, not who or by whom.
void add_back_reference(const Context& c, int trigger, std::vector<Event>& events) {
  const Mention& tm = c.a.ms[(size_t)trigger];
  int end = (int)c.s.tokens.size();
  for (size_t i = (size_t)trigger + 1; i < c.a.ms.size(); ++i)
    if (c.a.ms[i].kind == MentionKind::Trigger) { end = c.a.ms[i].begin; break; }
  Event e = build_event(c, Span{trigger, tm.end, end}, events);
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    if (it->type == e.type) {
      Event args;
      args.locations = e.locations;
      args.destinations = e.destinations;
      args.date = e.date;
      args.commemorates = e.commemorates;
      args.confidence = it->confidence;
      merge_into(*it, args);
      return;
    }
}

// "X met A, ..., and B": one bilateral meeting with each person X met.
std::vector<Event> split_meeting(const Context& c, const Span& sp, Event e) {
  if (e.type != EventType::Meeting) return {std::move(e)};
  const auto& ms = c.a.ms;
  // The subjects: participants named before the trigger; the objects: the
  // other persons after it ("his counterparts" may point back to the subject).
  std::vector<std::string> subjects, objects;
  for (size_t i = 0; i < (size_t)sp.trigger; ++i)
    if (!c.a.refs[i].empty() && std::find(e.participants.begin(), e.participants.end(), c.a.refs[i]) != e.participants.end())
      add_unique(subjects, c.a.refs[i]);
  for (size_t i = (size_t)sp.trigger + 1; i < ms.size() && ms[i].begin < sp.seg_end; ++i)
    if (!c.a.refs[i].empty() && std::find(subjects.begin(), subjects.end(), c.a.refs[i]) == subjects.end())
      add_unique(objects, c.a.refs[i]);
  if (subjects.empty())  // a noun trigger's subject may be outside the sentence
    for (const auto& p : persons_of(e.participants))
      if (std::find(objects.begin(), objects.end(), p) == objects.end()) subjects.push_back(p);
  if (subjects.size() != 1 || objects.size() < 2) return {std::move(e)};
  std::vector<Event> out;
  for (const auto& o : objects) {
    Event one = e;
    one.participants = {subjects[0], o};
    out.push_back(std::move(one));
  }
  return out;
}

// A definite noun trigger ("the session", "the session's participants") for
// which the document already has an event of that type names that event.
// "the inauguration of X" with X no participant of that event names a new one.
bool refers_back(const Context& c, const Mention& tm, const std::vector<Event>& events) {
  if (tm.trigger->pos != "noun" || tok(c.s, tm.begin - 1) != "the") return false;
  const Event* last = nullptr;
  for (const auto& e : events)
    if (e.type == tm.trigger->type) last = &e;
  if (!last) return false;
  return !names_another(c, tm.end, *last);
}

// Whether an event says enough to be kept: some argument; a signing with a
// date only is kept until the document ends, since a later sentence often
// names who signed ("put their names to a memorandum yesterday. The document
// bears the signatures of X and Y").
bool has_args(const Event& e) {
  return !e.participants.empty() || !e.organizers.empty() || !e.locations.empty() || !e.destinations.empty();
}

bool keep(const Event& e) {
  if (e.type == EventType::Signing && !e.date.empty()) return true;
  if (!has_args(e)) return false;
  if ((e.type == EventType::Appointment || e.type == EventType::Election || e.type == EventType::Visit ||
       e.type == EventType::PhoneCall || e.type == EventType::Meeting) && e.participants.empty())
    return false;
  // A meeting or a call that happened has two sides ("X welcomed the
  // delegations" names one); an announced one may name only who will go.
  if ((e.type == EventType::Meeting || e.type == EventType::PhoneCall) && e.status.empty() && e.participants.size() < 2)
    return false;
  return true;
}

// "At the summit, ministers signed ...", "On the sidelines of the session,
// X met Y": the places of the gathering a back reference after "at",
// "during" or "of" names, for the events of its sentence.
std::vector<std::string> places_of_host(const Context& c, const std::vector<int>& back_refs,
                                        const std::vector<Event>& events) {
  for (int r : back_refs) {
    const Mention& m = c.a.ms[(size_t)r];
    std::string prep = preposition_before(c.s, m.begin);
    if (prep != "at" && prep != "during" && prep != "of") continue;
    for (auto it = events.rbegin(); it != events.rend(); ++it)
      if (it->type == m.trigger->type) return it->locations;
  }
  return {};
}

// Whether a gathering trigger `g` (at token `end`, the end of the previous
// event's segment) is introduced by "on the sidelines of", "at" or "during"
// at most four words before it.
bool within_gathering(const Context& c, int end, const Mention& gm) {
  EventType t = gm.trigger->type;
  if (t != EventType::Conference && t != EventType::Session && t != EventType::Ceremony) return false;
  for (int b = std::max(0, end - 8); b < end; ++b)
    for (int n = 4; n >= 1; --n)
      if (b + n <= end && end - (b + n) <= 4 && is_phrase(c.x.g, "gathering-link", c.s, b, b + n)) {
        for (int k = b + n; k < end; ++k)
          if (!c.s.tokens[(size_t)k].word) return false;
        return true;
      }
  return false;
}

// Where a person just arrived: the city a visit of this or the previous
// sentence took them to ("Lula landed in Shanghai on Wednesday. On Thursday
// he attended the inauguration ..."): the place of a gathering they attend
// that the text gives no place of.
struct Arrival {
  int sentence = -1;
  std::vector<std::string> persons;
  std::string place;
};

void note_arrival(const DocumentExtractor& x, const Event& e, int si, Arrival& last) {
  if (e.type != EventType::Visit || e.status == "planned") return;
  for (const auto& d : e.destinations) {
    int entry = x.g.by_key(d);
    if (entry >= 0 && x.g.entry(entry).type == EntityType::Place) {
      last = Arrival{si, persons_of(e.participants), d};
      return;
    }
  }
}

void locate_by_arrival(Event& e, int si, const Arrival& last) {
  if (e.type == EventType::Visit || !e.locations.empty() || last.sentence < si - 1 || !e.status.empty()) return;
  if (overlap(persons_of(e.participants), last.persons)) add_unique(e.locations, last.place);
}

// A gathering (conference, session, ceremony) that happened and that the
// text places nowhere took place in the dateline's city ("JAKARTA (ANTARA) -
// ... were wrapping up a week of meetings").
void locate_at_dateline(const DocumentExtractor& x, std::vector<Event>& events) {
  if (x.doc.dateline_place.empty()) return;
  std::string city;
  for (int c : x.g.lookup(fold_token(x.doc.dateline_place)))
    if (x.g.entry(c).type == EntityType::Place) { city = x.g.entry(c).key; break; }
  if (city.empty()) return;
  for (auto& e : events)
    if ((e.type == EventType::Conference || e.type == EventType::Session || e.type == EventType::Ceremony) &&
        e.status.empty() && e.locations.empty() && e.destinations.empty())
      e.locations.push_back(city);
}

}  // namespace

void extract_events(DocumentExtractor& x) {
  std::vector<Event> events;
  Arrival arrival;
  for (size_t si = 0; si < x.analyzed.size(); ++si) {
    const AnalyzedSentence& a = x.analyzed[si];
    Context c{x, a, *a.sentence, (int)si};
    std::vector<int> triggers, back_refs;
    for (size_t i = 0; i < a.ms.size(); ++i) {
      const Mention& m = a.ms[i];
      if (m.kind != MentionKind::Trigger) continue;
      if (is_phrase(x.g, "not-trigger", c.s, m.begin, m.end + 1)) continue;
      // "after the talks": a back reference is no new clause; it only adds where and when.
      if (refers_back(c, m, events)) {
        back_refs.push_back((int)i);
        continue;
      }
      triggers.push_back((int)i);
    }
    attach_companions(c, events);
    std::vector<std::string> host_places = places_of_host(c, back_refs, events);
    if (triggers.empty()) {
      attach_attendees(c, events, true);
      attach_candidates(c, events);
      continue;
    }
    for (size_t t = 0; t < triggers.size(); ++t) {
      Span sp{triggers[t], a.ms[(size_t)triggers[t]].end,
              t + 1 < triggers.size() ? a.ms[(size_t)triggers[t + 1]].begin : (int)c.s.tokens.size()};
      const Mention& tm = a.ms[(size_t)sp.trigger];
      Event e = build_event(c, sp, events);
      if (e.locations.empty() && e.type != EventType::Visit) e.locations = host_places;
      // "X met Y on the sidelines of the G7 summit in Apulia": the place of the gathering that follows.
      if (e.locations.empty() && e.type != EventType::Visit && t + 1 < triggers.size() &&
          within_gathering(c, sp.seg_end, a.ms[(size_t)triggers[t + 1]])) {
        Span next{triggers[t + 1], a.ms[(size_t)triggers[t + 1]].end,
                  t + 2 < triggers.size() ? a.ms[(size_t)triggers[t + 2]].begin : (int)c.s.tokens.size()};
        e.locations = build_event(c, next, events).locations;
      }
      if (invited(c, clause_start(c, tm.begin), tm.begin)) continue;
      if (e.type == EventType::Signing && !signs_agreement(c)) continue;
      if (!keep(e)) continue;
      note_arrival(x, e, (int)si, arrival);
      locate_by_arrival(e, (int)si, arrival);
      for (auto& part : split_meeting(c, sp, std::move(e))) add_or_merge(events, std::move(part));
    }
    for (int r : back_refs) add_back_reference(c, r, events);
    attach_attendees(c, events, false);
    attach_candidates(c, events);
  }
  events.erase(std::remove_if(events.begin(), events.end(), [](const Event& e) { return !has_args(e); }), events.end());
  inherit_dates(events);
  locate_at_dateline(x, events);
  int n = 0;
  for (auto& e : events) {
    e.key = "event/" + id_segment(x.doc.id) + "/" + std::to_string(++n);
    e.label = event_label(x, e);
    // Places and bodies an event names are entities of the document.
    for (const std::vector<std::string>* f :
         {&e.locations, &e.destinations, &e.organizers, &e.commemorates, &e.on_behalf_of, &e.participants})
      for (const auto& k : *f)
        if (int entry = x.g.by_key(k); entry >= 0) x.use_entry(entry, {});
    if (x.explain) x.explain->push_back({x.doc.id, "event: " + e.label, e.evidence.sentence, e.evidence.begin, e.evidence.end, e.confidence});
    x.kg.add_event(e);
  }
}

}  // namespace polkg::detail
