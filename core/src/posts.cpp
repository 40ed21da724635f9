// Posts: who holds which post in which body (see document_extractor.hpp).
//
// Patterns of news language covered (each with a unit test in
// tests/test_posts.cpp on sentences written for it):
//   TITLE [of [the] BODY]... NAME        "Chairman of the Majilis Yerlan Koshanov"
//   [DEMONYM|STATE's] [BODY] TITLE NAME  "Kazakh Majilis Speaker Koshanov"
//   NAME, [the] [DEMONYM] TITLE [of BODY] "Sahiba Gafarova, Speaker of the National Assembly of Azerbaijan"
//   NAME was elected|appointed [STATE's] TITLE [of BODY]; elected|named NAME [as] TITLE
//   NAME, TITLE of [STATE's] [the] DESCRIPTION ORG  "Natsuo Yamaguchi, leader of the junior coalition partner Komeito"
//   (up to four lower-case words; "leader" is a post only of a party)
//   its|his|the TITLE [in CITY], NAME.  "represented by its ambassador in Bishkek, N. Golliyev."
//   X ... his DEMONYM counterpart NAME: NAME holds X's state post in that state
//   BODY elected NAME as its TITLE     "The Senate elected X as its new president"
//   NAME won the PARTY presidential election|leadership race: president|leader of PARTY
//   (tests/test_generalization.cpp:) VERB X [of PARTY] as [the country's] TITLE, X was chosen|sworn in
//   as TITLE, X became TITLE, X succeeded Y as TITLE; As TITLE, NAME; its TITLE, Dr. NAME;
//   PARTY (ACR) TITLE NAME; BODY (ACR), led by [TITLE] NAME; NAME [, who] presides over|chairs|
//   heads|leads BODY; NAME, TITLE of X and TITLE of Y; TITLE NAME's PARTY government
//   Title-only mentions ("the Speaker", "the Chinese President") then refer
//   to the last person given that role.
#include <algorithm>
#include <set>
#include <tuple>

#include "document_extractor.hpp"
#include "polkg/iri.hpp"
#include "polkg/text.hpp"

namespace polkg::detail {
namespace {

struct TitlePhrase {
  int role = -1;          ///< index of the Role mention
  int first = 0, last = 0;///< token span of the whole phrase [first, last)
  std::string body;       ///< entity key of the body, or empty
  std::string state;      ///< ISO code given by a demonym or state, or empty
  std::string host;       ///< "ambassador to STATE": the receiving state key
  bool former = false;
  std::string qualifier;
  bool unresolved_complement = false;  ///< "of SOMETHING" we could not resolve
};

bool is_body(EntityType t) {
  return t == EntityType::Chamber || t == EntityType::Legislature || t == EntityType::Organization;
}

const std::string& tok(const Sentence& s, int i) {
  static const std::string none;
  return i >= 0 && i < (int)s.tokens.size() ? s.tokens[(size_t)i].fold : none;
}

bool skippable(const Gazetteer& g, const std::string& f) {
  if (f == "the" || f == "its" || f == "their" || f == "his" || f == "her" || f == "new" || f == "newly") return true;
  if (g.is_word("acting", f)) return true;
  // ordinals: "18th", "100th", "1st"
  return f.size() >= 3 && std::isdigit((unsigned char)f[0]) &&
         (f.ends_with("th") || f.ends_with("st") || f.ends_with("nd") || f.ends_with("rd"));
}

bool is_party(const Gazetteer& g, int entry) {
  if (entry < 0 || g.entry(entry).type != EntityType::Organization) return false;
  auto k = g.entry(entry).attributes.find("kind");
  return k != g.entry(entry).attributes.end() && k->second == "party";
}

// "leader of the junior coalition partner Komeito", "chairman of the ruling
// party Amanat": up to four lower-case words describe the organization that
// follows (no preposition, conjunction or punctuation among them).
bool descriptive_gap(DocumentExtractor& x, const Sentence& s, int p, const Mention& m) {
  if (m.kind != MentionKind::Entity || m.entry < 0 || x.g.entry(m.entry).type != EntityType::Organization) return false;
  if (m.begin <= p || m.begin - p > 4) return false;
  for (int k = p; k < m.begin; ++k) {
    const Token& t = s.tokens[(size_t)k];
    if (!t.word || t.capitalized || x.g.is_word("not-descriptive", t.fold)) return false;
  }
  return true;
}

// Parses the title phrase around Role mention r.
TitlePhrase parse_title(DocumentExtractor& x, const AnalyzedSentence& a, int r) {
  const Sentence& s = *a.sentence;
  const auto& ms = a.ms;
  TitlePhrase tp;
  tp.role = r;
  tp.first = ms[(size_t)r].begin;
  tp.last = ms[(size_t)r].end;
  // Pre-modifiers, right to left: BODY, STATE's, DEMONYM.
  int k = r - 1;
  int edge = tp.first;
  while (k >= 0) {
    // "Pakatan Harapan (PH) chairman X": an acronym in brackets after the body.
    if (tok(s, edge - 1) == ")") {
      int open = edge - 2;
      while (open > 0 && open > edge - 6 && tok(s, open) != "(") --open;
      if (tok(s, open) != "(") break;
      while (k >= 0 && ms[(size_t)k].begin >= open) --k;
      edge = open;
      if (k < 0) break;
    }
    const Mention& m = ms[(size_t)k];
    // "Japan's 100th prime minister", "the Kazakh new Speaker": skip fillers.
    int gap = edge;
    while (gap > m.end && skippable(x.g, tok(s, gap - 1)) && tok(s, gap - 1) != "the") --gap;
    bool possessive = tok(s, m.end) == "s" && m.end + 1 == gap;
    if (m.end != gap && !possessive) break;
    if (m.kind == MentionKind::Demonym && m.entry >= 0) {
      if (tp.state.empty()) tp.state = x.g.entry(m.entry).state;
    } else if (m.kind == MentionKind::Entity && m.entry >= 0) {
      const auto& e = x.g.entry(m.entry);
      if (e.type == EntityType::State) {
        if (tp.state.empty()) tp.state = e.state;
      } else if (is_body(e.type) && tp.body.empty()) {
        tp.body = e.key;
      } else {
        break;
      }
    } else {
      break;
    }
    edge = m.begin;
    tp.first = m.begin;
    --k;
  }
  // "EU Commission President X", "Fed Board Chairman X": an unknown body
  // named right before the title; the title is not of the context state.
  if (tp.first > 0 && tp.body.empty() && tp.state.empty()) {
    const Token& b = s.tokens[(size_t)tp.first - 1];
    bool in_mention = false;
    for (const auto& m : ms) in_mention = in_mention || (m.begin < tp.first && tp.first <= m.end);
    if (!in_mention && b.capitalized && x.g.is_word("org-head", b.fold)) tp.unresolved_complement = true;
  }
  // Qualifiers before the phrase: "former", "acting", "the".
  for (int i = tp.first - 1; i >= 0 && i >= tp.first - 3; --i) {
    const std::string& f = tok(s, i);
    if (x.g.is_word("former", f)) { tp.former = true; tp.first = i; }
    else if (x.g.is_word("acting", f)) { tp.qualifier = f == "interim" || f == "caretaker" ? f : "acting"; tp.first = i; }
    else if (f == "the" || f == "then") tp.first = i;
    else break;
  }
  // Post-modifiers: "of [the] BODY" chains, "to STATE" for envoys.
  size_t j = (size_t)r + 1;
  int pos = tp.last;
  // "its ambassador in Bishkek": an envoy's post city names the receiving state.
  bool envoy = x.g.is_word("envoy", ms[(size_t)r].role->role);
  while (j < ms.size()) {
    std::string w = tok(s, pos);
    if (w == "in" && envoy) w = "to";
    // "leader of Britain's opposition Labour Party": a state's possessive goes on to its body.
    if (w == "s" && j > (size_t)r + 1 && ms[j - 1].end == pos && ms[j - 1].entry >= 0 &&
        x.g.entry(ms[j - 1].entry).type == EntityType::State)
      w = "of";
    if (w != "of" && w != "to") break;
    if (j >= ms.size()) break;
    int p = pos + 1;
    while (p < ms[j].begin && skippable(x.g, tok(s, p))) ++p;
    if (w == "of" && descriptive_gap(x, s, p, ms[j])) p = ms[j].begin;
    const Mention& m = ms[j];
    if (m.begin != p || m.kind != MentionKind::Entity || m.entry < 0) {
      if (w == "of" && p < (int)s.tokens.size() && s.tokens[(size_t)p].capitalized) tp.unresolved_complement = true;
      // "of the Kazakh Parliament": a demonym then a body.
      if (m.begin == p && m.kind == MentionKind::Demonym && j + 1 < ms.size() && ms[j + 1].begin == m.end &&
          ms[j + 1].kind == MentionKind::Entity && ms[j + 1].entry >= 0) {
        if (tp.body.empty() && w == "of") tp.body = x.g.entry(ms[j + 1].entry).key;
        tp.last = ms[j + 1].end;
        pos = tp.last;
        j += 2;
        continue;
      }
      break;
    }
    const auto& e = x.g.entry(m.entry);
    if (w == "to") {
      if (e.type == EntityType::State) tp.host = e.key;
      else if (e.type == EntityType::Place && !e.state.empty()) tp.host = "state/" + e.state;
    } else if (e.type == EntityType::State) {
      if (tp.body.empty() && tp.state.empty()) tp.state = e.state;
    } else if (is_body(e.type)) {
      if (tp.body.empty()) tp.body = e.key;
    } else {
      // "President of the Turkish Republic of Northern Cyprus": a place we
      // hold as no state or body; the title is of it, not of the context.
      if (tp.body.empty() && tp.state.empty()) tp.unresolved_complement = true;
      break;
    }
    tp.last = m.end;
    pos = m.end;
    // "(NPC)" or "(Parliament of Mongolia)" right after a body.
    if (tok(s, pos) == "(" ) {
      int close = pos;
      while (close < (int)s.tokens.size() && tok(s, close) != ")") ++close;
      if (close < (int)s.tokens.size() && close - pos <= 6) {
        pos = close + 1;
        tp.last = pos;
        while (j + 1 < ms.size() && ms[j + 1].begin < pos) ++j;
      }
    }
    ++j;
  }
  return tp;
}

// Whether tokens [from, to) between an election verb (or its object) and a
// title are only filler: "as", "the", "country's", a date ("on Friday"),
// the person's party ("of the ANC").
bool election_gap(const Gazetteer& g, const AnalyzedSentence& a, int from, int to) {
  const Sentence& s = *a.sentence;
  auto mention_at = [&](int k, MentionKind kind) -> const Mention* {
    for (const auto& m : a.ms)
      if (m.begin <= k && k < m.end && m.kind == kind) return &m;
    return nullptr;
  };
  for (int k = from; k < to; ++k) {
    const std::string& f = tok(s, k);
    if (g.is_word("election-gap", f)) continue;
    if (const Mention* d = mention_at(k, MentionKind::Date)) { k = d->end - 1; continue; }
    if (f == "on" && mention_at(k + 1, MentionKind::Date)) continue;
    if (f == "of") {
      int q = tok(s, k + 1) == "the" ? k + 2 : k + 1;
      const Mention* m = mention_at(q, MentionKind::Entity);
      if (m && m->begin == q && m->end <= to) { k = m->end - 1; continue; }
    }
    return false;
  }
  return true;
}

// The holder of a title phrase: NAME right after it, NAME before it in
// apposition, or the person an election or appointment names.
int holder_of(const Gazetteer& g, const AnalyzedSentence& a, const TitlePhrase& tp) {
  const Sentence& s = *a.sentence;
  const auto& ms = a.ms;
  auto person = [&](size_t i) { return ms[i].kind == MentionKind::Person && !a.refs[i].empty(); };
  // Whether person i starts at token p, after honorifics ("its Foreign Minister, Dr. X").
  auto starts_at = [&](size_t i, int p) {
    for (int h = 1; h > 0 && p < ms[i].begin;) {
      h = 0;
      for (int len = 3; len >= 1 && !h; --len)
        if (p + len <= ms[i].begin && g.is_word("honorific", folded(s, p, p + len))) h = len;
      p += h;
      if (h && tok(s, p) == ".") ++p;  // "Dr" "."
    }
    return person(i) && ms[i].begin == p;
  };
  for (size_t i = 0; i < ms.size(); ++i)
    if (starts_at(i, tp.last)) return (int)i;  // TITLE NAME
  // "The chairperson of the Legislative Chamber, Nuriddin Ismoilov, received ...":
  // a title that opens the sentence, then the name between commas.
  bool opens = tp.first == 0 || (tp.first == 1 && tok(s, 0) == "the");
  for (size_t i = 0; opens && i < ms.size(); ++i)
    if (starts_at(i, tp.last + 1) && tok(s, tp.last) == "," && tok(s, ms[i].end) == ",") return (int)i;
  // "As head of the Senate, X also presides ...": the subject after the comma.
  bool as_title = tp.first == 1 && tok(s, 0) == "as";
  for (size_t i = 0; as_title && i < ms.size(); ++i)
    if (starts_at(i, tp.last + 1) && tok(s, tp.last) == ",") return (int)i;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!person(i) || ms[i].end >= tp.first) continue;
    // NAME, [the] TITLE   |   NAME as [the] TITLE
    const std::string& sep = tok(s, ms[i].end);
    if (sep != "," && sep != "as") continue;
    bool only_the = true;
    for (int k = ms[i].end + 1; k < tp.first; ++k) only_the = only_the && (tok(s, k) == "the" || tok(s, k) == "its");
    if (!only_the) continue;
    // "X succeeded Y as foreign minister": the subject holds the post, not Y.
    int v = ms[i].begin - 1;
    if (sep == "as" && v >= 0 && g.is_word("succession-verb", tok(s, v))) {
      for (int q = (int)i - 1; q >= 0; --q)
        if (ms[(size_t)q].end == v && person((size_t)q)) return q;
      return -1;
    }
    return (int)i;
  }
  // "represented by its ambassador in Bishkek, N. Golliyev.": a determined
  // title, a comma, then the name closing the clause.
  const std::string& det = tok(s, tp.first - 1);
  bool determined = det == "its" || det == "his" || det == "her" || det == "their" || tok(s, tp.first) == "the";
  for (size_t i = 0; determined && i < ms.size(); ++i)
    if (starts_at(i, tp.last + 1) && tok(s, tp.last) == "," &&
        (ms[i].end == (int)s.tokens.size() || tok(s, ms[i].end) == "." || tok(s, ms[i].end) == ","))
      return (int)i;
  // Elections and appointments: "X was elected TITLE", "named X (as) TITLE",
  // "re-elected X as the country's president", "elected X of the ANC as
  // Speaker", "X was chosen as Deputy Speaker", "X was sworn in as TITLE".
  // Token spans of the verbs before the title, and whether a subject before
  // the verb needs a passive auxiliary ("X was chosen as", not "X confirmed the").
  std::vector<std::tuple<int, int, bool>> verbs;
  for (const Mention& tr : ms)
    if (tr.kind == MentionKind::Trigger && tr.end <= tp.first &&
        (tr.trigger->type == EventType::Election || tr.trigger->type == EventType::Appointment))
      verbs.push_back({tr.begin, tr.end, false});
  for (int k = 0; k < tp.first; ++k)
    for (int len = 3; len >= 1; --len) {
      if (k + len > tp.first) continue;
      std::string v = folded(s, k, k + len);
      bool transitive = g.is_word("post-verb", v);
      if (transitive || g.is_word("post-verb-subject", v)) {
        verbs.push_back({k, k + len, transitive});
        break;
      }
    }
  std::sort(verbs.begin(), verbs.end());
  for (auto [vb, ve, transitive] : verbs) {
    int after_person = -1;
    for (size_t i = 0; i < ms.size() && ms[i].begin < tp.first; ++i)
      if (ms[i].begin >= ve && person(i)) after_person = (int)i;
    int from = after_person >= 0 ? ms[(size_t)after_person].end : ve;
    if (!election_gap(g, a, from, tp.first)) continue;
    if (after_person >= 0) return after_person;
    if (transitive && !g.is_word("passive", tok(s, vb - 1))) continue;
    // passive: "X was elected TITLE": the person before the verb.
    for (int i = (int)ms.size() - 1; i >= 0; --i)
      if (ms[(size_t)i].end <= vb && person((size_t)i)) return i;
  }
  return -1;
}

// One post stated twice in a document is one assertion with one confidence:
// the confidence it was first recorded with.
double settled_confidence(const DocumentExtractor& x, const PostHolding& p) {
  for (const auto& q : x.kg.posts())
    if (q.person == p.person && q.role == p.role && q.body == p.body) return q.confidence;
  return p.confidence;
}

std::string post_label(DocumentExtractor& x, const std::string& role_text, const std::string& body) {
  const Entity* e = x.kg.find(body);
  std::string name = e ? e->label : body;
  std::string r = role_text;
  if (!r.empty()) r[0] = (char)std::toupper((unsigned char)r[0]);
  return r + " of " + (e && e->type == EntityType::State ? name : "the " + name);
}

void record_post(DocumentExtractor& x, const AnalyzedSentence& a, const TitlePhrase& tp, const std::string& person,
                 std::string body, double confidence) {
  const Mention& rm = a.ms[(size_t)tp.role];
  PostHolding p;
  p.person = person;
  p.role = rm.role->role;
  // Make sure the body entity exists in this document's graph.
  int entry = x.g.by_key(body);
  if (entry >= 0) x.use_entry(entry, {});
  p.body = body;
  p.post_label = post_label(x, rm.text, body);
  p.former = tp.former;
  p.qualifier = tp.qualifier;
  p.attested_on = x.doc.date;
  p.confidence = confidence;
  p.evidence = x.evidence(a);
  p.confidence = settled_confidence(x, p);
  x.kg.add_post(p);
  auto& info = x.persons[person];
  info.roles.insert(p.role);
  if (entry >= 0 && !x.g.entry(entry).state.empty()) info.state = x.g.entry(entry).state;
  const Entity* pe = x.kg.find(person);
  x.note(a, (tp.former ? "held post: " : "post: ") + (pe ? pe->label : person) + " / " + p.role + " / " +
                (x.kg.find(body) ? x.kg.find(body)->label : body), confidence);
}

// The state a state-scoped title belongs to when the text names no body.
std::string fallback_state(DocumentExtractor& x, const AnalyzedSentence& a, int before) {
  std::string best;
  for (const auto& m : a.ms) {
    if (m.begin >= before) break;
    if (m.entry >= 0 && (m.kind == MentionKind::Demonym || m.kind == MentionKind::Entity) &&
        !x.g.entry(m.entry).state.empty() && x.g.entry(m.entry).type != EntityType::Place)
      best = x.g.entry(m.entry).state;
  }
  if (!best.empty()) return best;
  for (const auto& m : a.ms)
    if (m.entry >= 0 && m.kind == MentionKind::Entity && x.g.entry(m.entry).type == EntityType::State)
      return x.g.entry(m.entry).state;
  return x.context_state;
}

// "Prime Minister X's new Labor government": the state of the party whose
// government the holder leads, or empty.
std::string government_state(DocumentExtractor& x, const AnalyzedSentence& a, int holder) {
  const Sentence& s = *a.sentence;
  int k = a.ms[(size_t)holder].end;
  if (tok(s, k) != "s") return {};
  ++k;
  while (skippable(x.g, tok(s, k))) ++k;
  for (const auto& m : a.ms)
    if (m.begin == k && m.kind == MentionKind::Entity && is_party(x.g, m.entry) && tok(s, m.end) == "government")
      return x.g.entry(m.entry).state;
  return {};
}

// The chamber or legislature the article last named, for a body title the
// text gives without its body ("pro-tem Speaker X" in a Lok Sabha report).
std::string recent_body(DocumentExtractor& x, int index) {
  for (int i = index; i >= 0; --i) {
    const auto& ms = x.analyzed[(size_t)i].ms;
    for (auto it = ms.rbegin(); it != ms.rend(); ++it)
      if (it->kind == MentionKind::Entity && it->entry >= 0 &&
          (x.g.entry(it->entry).type == EntityType::Chamber || x.g.entry(it->entry).type == EntityType::Legislature))
        return it->key;
  }
  return {};
}

// Title-only mentions: "the Speaker", "the Chinese President", "the head of state".
void resolve_titles(DocumentExtractor& x, AnalyzedSentence& a, int index) {
  for (size_t r = 0; r < a.ms.size(); ++r) {
    const Mention& m = a.ms[r];
    if (m.kind != MentionKind::Role || !a.refs[r].empty()) continue;
    TitlePhrase tp = parse_title(x, a, (int)r);
    if (holder_of(x.g, a, tp) >= 0) continue;
    const std::string& role = m.role->role;
    // Persons this sentence names only after the title are not what it refers to.
    std::set<std::string> later;
    for (size_t i = 0; i < a.ms.size(); ++i)
      if (a.ms[i].begin > m.begin && !a.refs[i].empty()) later.insert(a.refs[i]);
    for (size_t i = 0; i < a.ms.size(); ++i)
      if (a.ms[i].begin < m.begin && !a.refs[i].empty()) later.erase(a.refs[i]);
    const PersonInfo* best = nullptr;
    for (const auto& [k, p] : x.persons) {
      if (later.count(k) && p.first_sentence == index) continue;
      bool match = p.roles.count(role) > 0 ||
                   (m.role->coref_only && !p.roles.empty() && role != "counterpart") ||
                   (role == "chairman" && p.roles.count("speaker")) || (role == "speaker" && p.roles.count("chairman"));
      if (!tp.state.empty() && !p.state.empty() && p.state != tp.state) match = false;
      if (match && (!best || p.last_sentence > best->last_sentence)) best = &p;
    }
    if (best) {
      a.refs[r] = best->key;
      x.persons[best->key].last_sentence = index;
    }
  }
}

// "the presidents of A, B and C, X, Y and Z respectively": a plural title,
// a list of states and an equally long list of persons, paired in order.
void respectively(DocumentExtractor& x, AnalyzedSentence& a) {
  const Sentence& s = *a.sentence;
  int n = (int)s.tokens.size(), resp = -1;
  for (int i = 0; i < n; ++i)
    if (tok(s, i) == "respectively") resp = i;
  if (resp < 0) return;
  for (int i = 0; i < resp; ++i) {
    const std::string& w = tok(s, i);
    if (w.size() < 3 || w.back() != 's' || tok(s, i + 1) != "of") continue;
    const RoleForm* role = x.g.role(w.substr(0, w.size() - 1));
    if (!role || role->coref_only) continue;
    std::vector<std::string> states, persons;
    for (size_t m = 0; m < a.ms.size(); ++m) {
      const Mention& mm = a.ms[m];
      if (mm.begin <= i + 1 || mm.begin >= resp) continue;
      bool state = mm.entry >= 0 && (mm.kind == MentionKind::Demonym || x.g.entry(mm.entry).type == EntityType::State);
      if (state && persons.empty()) states.push_back("state/" + x.g.entry(mm.entry).state);
      else if (mm.kind == MentionKind::Person && !a.refs[m].empty()) persons.push_back(a.refs[m]);
      else if (!persons.empty() || !state) break;
    }
    if (states.empty() || states.size() != persons.size()) continue;
    for (size_t k = 0; k < states.size(); ++k) {
      PostHolding p;
      p.person = persons[k];
      p.role = role->role;
      p.body = states[k];
      if (int e = x.g.by_key(p.body); e >= 0) x.use_entry(e, {});
      p.attested_on = x.doc.date;
      p.confidence = 0.8;
      p.evidence = x.evidence(a);
      x.kg.add_post(p);
      x.persons[p.person].roles.insert(p.role);
      const Entity* pe = x.kg.find(p.person);
      const Entity* be = x.kg.find(p.body);
      x.note(a, "post: " + (pe ? pe->label : p.person) + " / " + p.role + " / " + (be ? be->label : p.body),
             p.confidence);
    }
    return;
  }
}

// "X won the LDP presidential election", "X wins the Labour leadership
// race": the winner of a party's internal election holds its post (kind
// party-election-president: president; party-election-leader: leader).
void won_party_election(DocumentExtractor& x, AnalyzedSentence& a) {
  const Sentence& s = *a.sentence;
  const auto& ms = a.ms;
  int n = (int)s.tokens.size();
  for (size_t j = 0; j < ms.size(); ++j) {
    if (ms[j].kind != MentionKind::Entity || !is_party(x.g, ms[j].entry)) continue;
    int w = ms[j].begin - 1;
    if (tok(s, w) == "the") --w;
    if (!x.g.is_word("win", tok(s, w))) continue;
    std::string role;
    for (int len = 2; len <= 3 && role.empty(); ++len) {
      if (ms[j].end + len > n) break;
      std::string p = folded(s, ms[j].end, ms[j].end + len);
      if (x.g.is_word("party-election-president", p)) role = "president";
      if (x.g.is_word("party-election-leader", p)) role = "leader";
    }
    if (role.empty()) continue;
    // The winner: the nearest person before the verb, in the same clause.
    std::string person;
    for (size_t i = 0; i < j; ++i)
      if (ms[i].end <= w && !a.refs[i].empty()) person = a.refs[i];
    for (int k = w - 1; k >= 0 && !person.empty(); --k)
      if (tok(s, k) == ";" || x.g.is_word("complementizer", tok(s, k))) {
        bool before = false;
        for (size_t i = 0; i < j; ++i) before = before || (ms[i].end <= k && a.refs[i] == person);
        if (before) person.clear();
        break;
      }
    if (person.empty()) continue;
    PostHolding p;
    p.person = person;
    p.role = role;
    p.body = ms[j].key;
    x.use_entry(ms[j].entry, {});
    p.post_label = post_label(x, role, p.body);
    p.attested_on = x.doc.date;
    p.confidence = 0.8;
    p.evidence = x.evidence(a);
    x.kg.add_post(p);
    x.persons[person].roles.insert(role);
    const Entity* pe = x.kg.find(person);
    x.note(a, "post: " + (pe ? pe->label : person) + " / " + role + " / " + x.g.entry(ms[j].entry).label, p.confidence);
  }
}

// Records that `person` holds `role` in the body of gazetteer entry `entry`.
void add_simple_post(DocumentExtractor& x, const AnalyzedSentence& a, const std::string& person,
                     const std::string& role, int entry) {
  PostHolding p;
  p.person = person;
  p.role = role;
  p.body = x.g.entry(entry).key;
  x.use_entry(entry, {});
  p.post_label = post_label(x, role, p.body);
  p.attested_on = x.doc.date;
  p.confidence = 0.8;
  p.evidence = x.evidence(a);
  p.confidence = settled_confidence(x, p);
  x.kg.add_post(p);
  x.persons[person].roles.insert(role);
  const Entity* pe = x.kg.find(person);
  x.note(a, "post: " + (pe ? pe->label : person) + " / " + role + " / " + x.g.entry(entry).label, p.confidence);
}

// "Perikatan Nasional (PN), led by former prime minister X, won 73": a
// body, an optional bracketed acronym and comma, then "led|headed by NAME"
// (after at most a few title words): NAME is the body's leader (a party's)
// or head (another body's).
void led_by(DocumentExtractor& x, const AnalyzedSentence& a) {
  const Sentence& s = *a.sentence;
  const auto& ms = a.ms;
  for (int v = 1; v + 1 < (int)s.tokens.size(); ++v) {
    if (tok(s, v + 1) != "by" || !x.g.is_word("led-by", tok(s, v))) continue;
    int b = v - 1;
    if (tok(s, b) == ",") --b;
    if (tok(s, b) == ")") {
      while (b > 0 && b > v - 6 && tok(s, b) != "(") --b;
      --b;
    }
    int body = -1, holder = -1;
    for (size_t i = 0; i < ms.size(); ++i) {
      if (ms[i].end == b + 1 && ms[i].kind == MentionKind::Entity && ms[i].entry >= 0 &&
          is_body(x.g.entry(ms[i].entry).type))
        body = (int)i;
      if (holder < 0 && ms[i].begin > v + 1 && ms[i].begin <= v + 6 && ms[i].kind == MentionKind::Person &&
          !a.refs[i].empty())
        holder = (int)i;
    }
    if (body < 0 || holder < 0) continue;
    // Only title words between "by" and the name: "led by former prime minister X".
    bool titles = true;
    for (int k = v + 2; k < ms[(size_t)holder].begin; ++k) {
      const Token& t = s.tokens[(size_t)k];
      titles = titles && t.word && (!x.g.is_word("not-descriptive", t.fold) || x.g.is_word("former", t.fold));
    }
    if (!titles) continue;
    int entry = ms[(size_t)body].entry;
    add_simple_post(x, a, a.refs[(size_t)holder], is_party(x.g, entry) ? "leader" : "head", entry);
  }
}

// "X also presides over the National Congress", "X chairs the Senate": the
// subject of a present-tense head verb holds the post the verb names in the
// body that is its object (the body ends the phrase: "heads the IPU
// delegation" names no post).
void heads_body(DocumentExtractor& x, const AnalyzedSentence& a) {
  const Sentence& s = *a.sentence;
  const auto& ms = a.ms;
  int n = (int)s.tokens.size();
  for (int v = 1; v < n; ++v) {
    std::string role;
    int len = 0;
    for (int l = 2; l >= 1 && role.empty(); --l)
      if (v + l <= n)
        for (const char* kind : {"head-verb-president", "head-verb-chairman", "head-verb-head", "head-verb-leader"})
          if (x.g.is_word(kind, folded(s, v, v + l))) {
            role = std::string(kind).substr(10);
            len = l;
            break;
          }
    if (role.empty()) continue;
    int p = v - 1;
    while (p >= 0 && x.g.is_word("head-verb-adverb", tok(s, p))) --p;
    if (tok(s, p) == "who" && tok(s, p - 1) == ",") p -= 2;  // "X, who chairs BODY"
    int holder = -1, body = -1;
    int q = v + len;
    if (tok(s, q) == "the") ++q;
    for (size_t i = 0; i < ms.size(); ++i) {
      if (ms[i].end == p + 1 && ms[i].kind == MentionKind::Person && !a.refs[i].empty()) holder = (int)i;
      if (ms[i].begin == q && ms[i].kind == MentionKind::Entity && ms[i].entry >= 0 &&
          is_body(x.g.entry(ms[i].entry).type))
        body = (int)i;
    }
    if (holder < 0 || body < 0) continue;
    int entry = ms[(size_t)body].entry;
    const Token* after = ms[(size_t)body].end < n ? &s.tokens[(size_t)ms[(size_t)body].end] : nullptr;
    bool party_word = after && after->fold == "party" && is_party(x.g, entry);  // "leads the Komeito party"
    if (after && after->word && !party_word && !x.g.is_word("not-descriptive", after->fold)) continue;
    if (role == "leader" && !is_party(x.g, entry)) role = "head";
    add_simple_post(x, a, a.refs[(size_t)holder], role, entry);
  }
}

// "Foreign Minister X met his Iraqi counterpart Y": Y holds X's state-scoped
// post in the state the demonym names (when X holds exactly one such post).
void counterpart_post(DocumentExtractor& x, const AnalyzedSentence& a, const TitlePhrase& tp) {
  const Sentence& s = *a.sentence;
  const auto& ms = a.ms;
  if (tp.state.empty()) return;
  int h = -1;
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].kind == MentionKind::Person && !a.refs[i].empty() && ms[i].begin == tp.last) h = (int)i;
  const std::string& det = tok(s, tp.first - 1);
  if (h < 0 || (det != "his" && det != "her" && det != "their")) return;
  std::string ante;
  for (size_t i = 0; i < ms.size() && ms[i].end <= tp.first; ++i)
    if (ms[i].kind == MentionKind::Person && !a.refs[i].empty()) ante = a.refs[i];
  if (ante.empty() || ante == a.refs[(size_t)h]) return;
  std::string role;
  int n = 0;
  for (const auto& r : x.persons[ante].roles)
    if (const RoleForm* f = x.g.role(r); f && f->scope == "state" && !f->coref_only) { role = r; ++n; }
  if (n != 1) return;
  std::string person = a.refs[(size_t)h], body = "state/" + tp.state;
  int entry = x.g.by_key(body);
  if (entry < 0) return;
  x.use_entry(entry, {});
  PostHolding p;
  p.person = person;
  p.role = role;
  p.body = body;
  p.post_label = post_label(x, role, body);
  p.attested_on = x.doc.date;
  p.confidence = 0.8;
  p.evidence = x.evidence(a);
  x.kg.add_post(p);
  x.persons[person].roles.insert(role);
  x.persons[person].state = tp.state;
  const Entity* pe = x.kg.find(person);
  x.note(a, "post: " + (pe ? pe->label : person) + " / " + role + " / " + x.g.entry(entry).label, p.confidence);
}

// "The Senate of the Philippines elected X as its new president": "its"
// before a title names the body the sentence named last before it.
std::string its_body(DocumentExtractor& x, const AnalyzedSentence& a, const TitlePhrase& tp) {
  const Sentence& s = *a.sentence;
  int k = tp.first - 1;
  while (k >= 0 && tok(s, k) != "its" && skippable(x.g, tok(s, k))) --k;
  if (tok(s, k) != "its") return {};
  std::string body;
  for (const auto& m : a.ms) {
    if (m.begin >= k) break;
    if (m.kind == MentionKind::Entity && m.entry >= 0) body = is_body(x.g.entry(m.entry).type) ? m.key : std::string();
  }
  return body;
}

// "X, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE
// Armed Forces": a title joined by "and" to the title before it (and that
// title's complement) has the same holder.
int coordinated_holder(const AnalyzedSentence& a, const TitlePhrase& tp, const TitlePhrase& prev, int prev_holder) {
  const Sentence& s = *a.sentence;
  if (prev_holder < 0 || prev.last > tp.first || tok(s, tp.first - 1) != "and") return -1;
  for (int k = prev.last; k < tp.first - 1; ++k) {
    bool in_mention = false;
    for (const auto& m : a.ms) in_mention = in_mention || (m.begin <= k && k < m.end && m.kind == MentionKind::Entity);
    if (!in_mention && tok(s, k) != "of" && tok(s, k) != "the") return -1;
  }
  return prev_holder;
}

}  // namespace

void extract_posts(DocumentExtractor& x, int index) {
  AnalyzedSentence& a = x.analyzed[(size_t)index];
  TitlePhrase prev;  // the title before, and its holder
  int prev_holder = -1;
  for (size_t r = 0; r < a.ms.size(); ++r) {
    const Mention& m = a.ms[r];
    if (m.kind != MentionKind::Role) continue;
    TitlePhrase tp = parse_title(x, a, (int)r);
    if (m.role->role == "counterpart") {
      counterpart_post(x, a, tp);
      continue;
    }
    // "leader" names a post only with its party ("leader of Komeito", "the LDP leader").
    if (m.role->coref_only && !(m.role->role == "leader" && is_party(x.g, x.g.by_key(tp.body)))) continue;
    int h = holder_of(x.g, a, tp);
    if (h < 0) h = coordinated_holder(a, tp, prev, prev_holder);
    prev = tp;
    prev_holder = h;
    if (h < 0) continue;
    const std::string person = a.refs[(size_t)h];
    a.refs[r] = person;
    std::string body = tp.body.empty() ? its_body(x, a, tp) : tp.body;
    double conf = 0.9;
    if (!m.role->coref_only && (m.role->scope == "state" || (m.role->scope == "any" && body.empty()))) {
      if (m.role->scope == "state" && !tp.state.empty()) body = "state/" + tp.state;
      if (body.empty() && !tp.state.empty()) body = "state/" + tp.state;
    }
    // "Minister of Digital Development X": the complement is a portfolio, not a body.
    bool portfolio = m.role->scope == "state" && m.role->role.find("minister") != std::string::npos;
    if (body.empty() && (!tp.unresolved_complement || portfolio)) {
      if (m.role->scope != "body") {
        std::string st = government_state(x, a, h);
        if (st.empty()) st = fallback_state(x, a, tp.first);
        if (!st.empty()) body = "state/" + st;
      } else {
        body = recent_body(x, index);
        // "head of Sudan's Sovereignty Council": not a body of another state.
        int e = x.g.by_key(body);
        if (!tp.state.empty() && e >= 0 && x.g.entry(e).state != tp.state) body.clear();
      }
      conf = 0.6;
    }
    if (body.empty() || x.g.by_key(body) < 0) continue;
    record_post(x, a, tp, person, body, conf);
  }
  respectively(x, a);
  won_party_election(x, a);
  led_by(x, a);
  heads_body(x, a);
  resolve_titles(x, a, index);
}

}  // namespace polkg::detail
