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
    if (i - n >= 0 && g.is_word(kind, folded(s, i - n, i))) return true;
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
      if (i + n <= trigger_begin && c.x.g.is_word("complementizer", folded(c.s, i, i + n))) start = i + n;
  return start;
}

// Whether a mention is what an event commemorates ("dedicated to X",
// "anniversary of X") or on whose behalf it was ("greetings of X"): the
// first person or entity after such a marker.
bool excluded(const Context& c, const Mention& m, const std::string& key, std::vector<std::string>* commemorates,
              std::vector<std::string>* behalf) {
  for (int i = m.begin; i >= std::max(0, m.begin - 8); --i) {
    if (i < m.begin && (tok(c.s, i) == "," || tok(c.s, i) == ".")) break;
    bool comm = ends_with_word(c.x.g, c.s, "commemorate", i), beh = ends_with_word(c.x.g, c.s, "on-behalf", i);
    if (!comm && !beh) continue;
    for (const auto& o : c.a.ms)  // another name between the marker and this one
      if (o.begin >= i && o.begin < m.begin &&
          (o.kind == MentionKind::Person ||
           (o.kind == MentionKind::Entity && o.entry >= 0 && c.x.g.entry(o.entry).type != EntityType::State)))
        return false;
    if (comm && commemorates) commemorates->push_back(key);
    if (beh && behalf) behalf->push_back(key);
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
      if (i + n <= e && c.x.g.is_word("plural-anaphor", folded(c.s, i, i + n))) {
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
          int persons = 0;
          for (const auto& p : it->participants) persons += p.rfind("person/", 0) == 0;
          if (persons >= 2) {
            for (const auto& p : it->participants)
              if (p.rfind("person/", 0) == 0) add_unique(out, p);
            return true;
          }
        }
        return false;
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
    for (int i = sp.trigger - 1; i >= 0 && ms[(size_t)i].end >= tm.begin - 4; --i)
      if (!person_of(c, (size_t)i).empty() && tok(c.s, ms[(size_t)i].end) == "s") {
        add_unique(e.participants, person_of(c, (size_t)i));
        given = true;
      }
  }
  int start = clause_start(c, tm.begin);
  if (!given) {
    std::vector<std::string> subject;
    if (!plural_anaphor(c, start, tm.begin, events, subject)) {
      for (size_t i = 0; i < (size_t)sp.trigger; ++i) {
        if (ms[i].begin < start || person_of(c, i).empty()) continue;
        if (excluded(c, ms[i], person_of(c, i), nullptr, nullptr)) continue;
        if (!noun) subject.clear();  // a verb takes the nearest subject
        add_unique(subject, person_of(c, i));
        // coordinated subjects: "X and Y met"
        if (!noun && i > 0 && tok(c.s, ms[i].begin - 1) == "and" && !person_of(c, i - 1).empty())
          add_unique(subject, person_of(c, i - 1));
      }
    }
    for (auto& p : subject) add_unique(e.participants, p);
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
    if (is_place(g, m) && e.type == EventType::Visit &&
        (prep == "to" || prep == "in" || prep == "for" || prep == "visit" || m.begin == tm.end)) {
      add_unique(e.destinations, m.key);
    } else if (is_place(g, m) && (prep == "in" || prep == "at")) {
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
  // An organizer named right before the trigger: "the 141st IPU Assembly".
  if (sp.trigger > 0) {
    const Mention& p = ms[(size_t)sp.trigger - 1];
    if (is_org(g, p) && p.end == tm.begin && e.type != EventType::Meeting && e.type != EventType::Visit)
      add_unique(e.organizers, p.key);
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
  for (int i = start; i < tm.begin; ++i)
    for (int n = 1; n <= 3 && i + n <= tm.begin; ++n) {
      std::string p = folded(c.s, i, i + n);
      if (g.is_word("planned", p)) e.status = "planned";
    }
  for (int i = start; i < sp.seg_end; ++i)
    for (int n = 1; n <= 4 && i + n <= sp.seg_end; ++n)
      if (g.is_word("cancelled", folded(c.s, i, i + n))) e.status = "cancelled";
  if (e.status == "planned" || e.participants.empty()) e.confidence -= 0.1;
  return e;
}

// Attendance told of an earlier event: "Attending the event were X, Y".
void attach_attendees(const Context& c, std::vector<Event>& events) {
  const Gazetteer& g = c.x.g;
  int n = (int)c.s.tokens.size();
  for (int i = 0; i < n; ++i) {
    for (int len = 2; len <= 3 && i + len <= n; ++len) {
      std::string p = folded(c.s, i, i + len);
      if (!g.is_word("anaphor", p)) continue;
      bool attend = false;
      for (int k = 0; k < n && !attend; ++k)
        for (int l = 1; l <= 2 && k + l <= n; ++l) attend = attend || g.is_word("attend", folded(c.s, k, k + l));
      if (!attend) return;
      // The event referred to: the latest of the named type, or any for "the event".
      std::string noun = c.s.tokens[(size_t)i + len - 1].fold;
      Event* target = nullptr;
      for (auto it = events.rbegin(); it != events.rend() && !target; ++it) {
        const Trigger* t = g.trigger(noun);
        if (noun == "event" || noun == "gathering" || (t && t->type == it->type)) target = &*it;
      }
      if (!target) return;
      for (size_t m = 0; m < c.a.ms.size(); ++m) {
        const Mention& mm = c.a.ms[m];
        std::string key = person_of(c, m);
        if (key.empty() && is_org(g, mm)) key = mm.key;
        if (key.empty() || excluded(c, mm, key, nullptr, nullptr)) continue;
        // A person attends when named before the anaphor (the speaker) or in an attend clause.
        add_unique(target->participants, key);
      }
      c.x.note(c.a, fmt::format("attended: {} ({} participants)", to_string(target->type), target->participants.size()), 0.6);
      return;
    }
  }
}

bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
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
    bool same = overlap(old.participants, e.participants) ||
                (e.participants.empty() && old.participants.empty() && overlap(old.organizers, e.organizers));
    if (!same) continue;
    if (!old.date.empty() && !e.date.empty() && old.date != e.date && e.type != EventType::Visit) continue;
    merge_into(old, e);
    return;
  }
  events.push_back(std::move(e));
}

// A definite noun trigger ("the session", "the session's participants") for
// which the document already has an event of that type names that event.
bool refers_back(const Context& c, const Mention& tm, const std::vector<Event>& events) {
  if (tm.trigger->pos != "noun" || tok(c.s, tm.begin - 1) != "the") return false;
  return std::any_of(events.begin(), events.end(), [&](const Event& e) { return e.type == tm.trigger->type; });
}

bool keep(const Event& e) {
  bool args = !e.participants.empty() || !e.organizers.empty() || !e.locations.empty() || !e.destinations.empty();
  if (!args) return false;
  if ((e.type == EventType::Appointment || e.type == EventType::Election || e.type == EventType::Visit ||
       e.type == EventType::PhoneCall || e.type == EventType::Meeting) && e.participants.empty())
    return false;
  return true;
}

}  // namespace

void extract_events(DocumentExtractor& x) {
  std::vector<Event> events;
  for (size_t si = 0; si < x.analyzed.size(); ++si) {
    const AnalyzedSentence& a = x.analyzed[si];
    Context c{x, a, *a.sentence, (int)si};
    std::vector<int> triggers;
    for (size_t i = 0; i < a.ms.size(); ++i) {
      const Mention& m = a.ms[i];
      if (m.kind != MentionKind::Trigger) continue;
      if (x.g.is_word("not-trigger", folded(c.s, m.begin, m.end + 1))) continue;
      triggers.push_back((int)i);
    }
    if (triggers.empty()) {
      attach_attendees(c, events);
      continue;
    }
    for (size_t t = 0; t < triggers.size(); ++t) {
      Span sp{triggers[t], a.ms[(size_t)triggers[t]].end,
              t + 1 < triggers.size() ? a.ms[(size_t)triggers[t + 1]].begin : (int)c.s.tokens.size()};
      const Mention& tm = a.ms[(size_t)sp.trigger];
      if (refers_back(c, tm, events)) continue;
      Event e = build_event(c, sp, events);
      if (!keep(e)) continue;
      add_or_merge(events, std::move(e));
    }
    attach_attendees(c, events);
  }
  int n = 0;
  for (auto& e : events) {
    e.key = "event/" + slugify(x.doc.id) + "/" + std::to_string(++n);
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
