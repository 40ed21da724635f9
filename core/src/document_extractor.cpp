// Per-document extraction: mentions, coreference of persons, entities and
// their world-knowledge structure (see document_extractor.hpp).
// Patterns: a bare generic body name ("the Senate") not tied to a state is
// the body the article named before; "N. Golliyev" (initial and surname) is
// a name; "X congratulated|thanked Y on|for his ..." - "his" is Y's.
#include "document_extractor.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "polkg/iri.hpp"
#include "polkg/text.hpp"

namespace polkg::detail {

std::string folded(const Sentence& s, int b, int e) {
  b = std::max(0, b);
  e = std::min(e, (int)s.tokens.size());
  size_t size = 0;
  for (int i = b; i < e; ++i) size += s.tokens[(size_t)i].fold.size() + 1;
  std::string out;
  out.reserve(size);
  for (int i = b; i < e; ++i) {
    if (!out.empty()) out.push_back(' ');
    out += s.tokens[(size_t)i].fold;
  }
  return out;
}

bool is_phrase(const Gazetteer& g, std::string_view kind, const Sentence& s, int b, int e) {
  // The first byte and length of folded(s, b, e), computed as it joins.
  b = std::max(0, b);
  e = std::min(e, (int)s.tokens.size());
  size_t length = 0;
  int first = -1;
  for (int i = b; i < e; ++i) {
    const std::string& f = s.tokens[(size_t)i].fold;
    if (length > 0) ++length;  // the space folded() puts before every later token
    if (first < 0 && !f.empty()) first = (unsigned char)f[0];
    length += f.size();
  }
  if (first < 0 || !g.may_be_word(kind, (unsigned char)first, length)) return false;
  return g.is_word(kind, folded(s, b, e));
}

namespace {

// Whether `surface` holds, as whole words, the name, an alias or a demonym
// of the state with ISO code `code`.
bool names_state(const Gazetteer& g, const std::string& code, const std::string& surface) {
  int st = g.state(code);
  if (st < 0) return false;
  const GazetteerEntry& e = g.entry(st);
  std::string text = " " + fold_name(surface) + " ";
  auto holds = [&](const std::string& name) {
    std::string n = fold_name(name);
    return !n.empty() && text.find(" " + n + " ") != std::string::npos;
  };
  if (holds(e.label)) return true;
  for (const auto& a : e.aliases)
    if (holds(a)) return true;
  for (const auto& d : e.values("demonyms"))
    if (holds(d)) return true;
  return false;
}

}  // namespace

DocumentExtractor::DocumentExtractor(const Gazetteer& gz, const Document& d, KnowledgeGraph& k,
                                     std::vector<Explanation>* ex)
    : g(gz), doc(d), kg(k), explain(ex) {}

namespace {

// Whether a sentence announces (planned) or calls off (cancelled) what it reports.
void sentence_status(const Gazetteer& g, AnalyzedSentence& a) {
  const auto& t = a.sentence->tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    for (int n = 1; n <= 3 && i + (size_t)n <= t.size(); ++n) {
      if (is_phrase(g, "planned", *a.sentence, (int)i, (int)i + n)) a.planned = true;
      if (is_phrase(g, "cancelled", *a.sentence, (int)i, (int)i + n)) a.cancelled = true;
    }
  }
}

// "the Kazakh capital", "Kazakhstan's capital": the state's capital city
// (gazetteer attribute `capital`). "the capital of X" is left alone: news
// uses it in apposition to a city it has just named.
void resolve_capitals(const Gazetteer& g, AnalyzedSentence& a) {
  const auto& t = a.sentence->tokens;
  auto capital_of = [&](int state_entry) -> int {
    const auto caps = g.entry(state_entry).values("capital");
    if (caps.empty()) return -1;
    for (int c : g.lookup(fold_token(caps[0])))
      if (g.entry(c).type == EntityType::Place) return c;
    return -1;
  };
  auto is_state = [&](const Mention& m) {
    return m.entry >= 0 && (m.kind == MentionKind::Demonym || g.entry(m.entry).type == EntityType::State);
  };
  for (size_t i = 0; i < a.ms.size(); ++i) {
    Mention& m = a.ms[i];
    if (!is_state(m)) continue;
    int state = g.state(g.entry(m.entry).state);
    if (state < 0) continue;
    int after = m.end + (m.end < (int)t.size() && t[(size_t)m.end].fold == "s" ? 1 : 0);
    bool before_capital = after < (int)t.size() && t[(size_t)after].fold == "capital";
    int cap = before_capital ? capital_of(state) : -1;
    if (cap < 0) continue;
    m.kind = MentionKind::Entity;
    m.entry = cap;
    m.key = g.entry(cap).key;
    m.candidates = {cap};
    m.end = after + 1;
  }
}

// "The Senate of Kazakhstan passed the law. ... Chairman of the Senate X met
// the Ambassador of France": a bare generic name the sentence does not tie
// to a state (no adjacent demonym, no "of STATE" after it) is the body of
// that name the document already named, before any state the sentence
// merely mentions. `before` holds the mentions as found, `after` as resolved.
void prefer_named_bodies(const Gazetteer& g, const Sentence& s, const std::vector<Mention>& before,
                         std::vector<Mention>& after, std::set<int>& named) {
  const auto& t = s.tokens;
  for (size_t i = 0; i < after.size() && i < before.size(); ++i) {
    Mention& m = after[i];
    if (m.kind != MentionKind::Entity) continue;
    if (before[i].entry >= 0) {
      if (g.entry(before[i].entry).type != EntityType::Place) named.insert(before[i].entry);
      continue;
    }
    if (m.candidates.empty()) continue;
    bool tied = i > 0 && after[i - 1].entry >= 0 && (after[i - 1].end == m.begin || after[i - 1].end + 1 == m.begin) &&
                (after[i - 1].kind == MentionKind::Demonym || g.entry(after[i - 1].entry).type == EntityType::State);
    tied = tied || (m.end < (int)t.size() && t[(size_t)m.end].fold == "of" && i + 1 < after.size() &&
                    after[i + 1].entry >= 0 && after[i + 1].begin <= m.end + 2);
    if (tied) {
      if (m.entry >= 0) named.insert(m.entry);
      continue;
    }
    for (int c : m.candidates)
      if (named.count(c)) {
        m.entry = c;
        m.key = g.entry(c).key;
        break;
      }
  }
}

}  // namespace

void DocumentExtractor::analyze() {
  sentences = segment(doc);
  std::map<int, int> counts;
  analyzed.resize(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    AnalyzedSentence& a = analyzed[i];
    a.sentence = &sentences[i];
    sentence_status(g, a);
    a.ms = find_mentions(sentences[i], g, doc.date, a.planned);
    for (const auto& m : a.ms) {
      if (m.entry < 0) continue;
      const auto& e = g.entry(m.entry);
      // A place says where something happened, not whose it is: not counted.
      if (m.kind == MentionKind::Demonym || e.type == EntityType::State) counts[g.state(e.state)] += 2;
      else if (e.type != EntityType::Place && !e.state.empty() && g.state(e.state) >= 0) counts[g.state(e.state)] += 1;
    }
  }
  std::vector<std::pair<int, int>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
  for (auto& [st, n] : v)
    if (st >= 0) doc_states.push_back(st);
  // The dateline city's state is the context; else the most named state.
  if (!doc.dateline_place.empty()) {
    for (int c : g.lookup(fold_token(doc.dateline_place)))
      if (!g.entry(c).state.empty()) { context_state = g.entry(c).state; break; }
  }
  if (context_state.empty() && !doc_states.empty()) context_state = g.entry(doc_states[0]).state;
  std::set<int> named_bodies;  // bodies the document has named so far
  for (auto& a : analyzed) {
    std::vector<Mention> generic = a.ms;
    resolve_bodies(a.ms, *a.sentence, g, doc_states);
    prefer_named_bodies(g, *a.sentence, generic, a.ms, named_bodies);
    resolve_capitals(g, a);
    a.refs.assign(a.ms.size(), std::string());
    for (const auto& m : a.ms) {
      if (m.entry < 0) continue;
      const auto& e = g.entry(m.entry);
      if (m.kind == MentionKind::Demonym || e.type == EntityType::State) named_states_.insert(e.state);
      // A body named with its state ("National Assembly of Tanzania", "the
      // Tanzanian Parliament") names the state too, so its legislatureOf holds.
      if ((e.type == EntityType::Legislature || e.type == EntityType::Chamber) && !e.state.empty() &&
          !named_states_.count(e.state) && names_state(g, e.state, m.text))
        named_states_.insert(e.state);
    }
  }
}

std::string DocumentExtractor::use_entry(int entry, const std::string& surface) {
  const GazetteerEntry& e = g.entry(entry);
  Entity en;
  en.key = e.key;
  en.type = e.type;
  en.label = e.label;
  en.alt_labels.insert(e.aliases.begin(), e.aliases.end());
  if (!surface.empty() && surface != e.label) en.alt_labels.insert(surface);
  en.documents.insert(doc.id);
  kg.add_entity(en);
  used_entries_.insert(entry);
  return e.key;
}

std::string DocumentExtractor::use_person(const std::string& name) {
  Entity en;
  en.key = entity_key("person", name);
  en.type = EntityType::Person;
  en.label = name;
  en.documents.insert(doc.id);
  kg.add_entity(en);
  return en.key;
}

Evidence DocumentExtractor::evidence(const AnalyzedSentence& s) const {
  return {doc.id, s.sentence->begin, s.sentence->end, s.sentence->text};
}

void DocumentExtractor::note(const AnalyzedSentence& s, const std::string& fact, double confidence) {
  if (explain) explain->push_back({doc.id, fact, s.sentence->text, s.sentence->begin, s.sentence->end, confidence});
}

namespace {

std::vector<std::string> name_tokens(const Gazetteer& g, const Sentence& s, const Mention& m) {
  std::vector<std::string> out;
  for (int i = m.begin; i < m.end; ++i) {
    const Token& t = s.tokens[(size_t)i];
    if (g.is_word("particle", t.fold) || t.text.back() == '.') continue;
    for (size_t a = 0, b; a < t.fold.size(); a = b + 1) {  // "kassym jomart" -> 2
      b = t.fold.find(' ', a);
      if (b == std::string::npos) b = t.fold.size();
      out.push_back(t.fold.substr(a, b - a));
    }
  }
  return out;
}

bool subset(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::all_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

}  // namespace

// A known office holder of a gazetteer (a user's Person row): a person of
// the document, and the post the row gives when the article's date falls in
// its term (world knowledge: no evidence sentence, no attestation date).
void DocumentExtractor::link_known_person(AnalyzedSentence& a, size_t i, int index) {
  Mention& m = a.ms[i];
  const GazetteerEntry& e = g.entry(m.entry);
  m.kind = MentionKind::Person;
  m.key = e.key;
  a.refs[i] = e.key;
  auto [it, fresh] = persons.try_emplace(e.key);
  PersonInfo& p = it->second;
  if (fresh) {
    p.key = e.key;
    p.name = e.label;
    std::istringstream words(fold_token(e.label));
    for (std::string w; words >> w;) p.tokens.push_back(w);
    p.first_sentence = index;
    p.state = e.state;
  }
  p.last_sentence = index;
  use_entry(m.entry, m.text);
  auto role = e.values("role"), body = e.values("body"), from = e.values("from"), to = e.values("to");
  if (role.empty() || body.empty() || doc.date.empty()) return;
  if (!from.empty() && doc.date < from[0]) return;
  if (!to.empty() && doc.date > to[0]) return;
  int b = -1;
  for (int c : g.lookup(fold_token(body[0])))
    if (g.entry(c).label == body[0]) b = c;
  if (b < 0) return;
  p.roles.insert(role[0]);
  if (!fresh) return;
  PostHolding post;
  post.person = e.key;
  post.role = role[0];
  post.body = use_entry(b, {});
  post.confidence = 0.9;
  kg.add_post(post);
}

void DocumentExtractor::link_persons(AnalyzedSentence& a, int index) {
  const Sentence& s = *a.sentence;
  for (size_t i = 0; i < a.ms.size(); ++i) {
    Mention& m = a.ms[i];
    if (m.kind == MentionKind::Entity && m.entry >= 0 && g.entry(m.entry).type == EntityType::Person) {
      link_known_person(a, i, index);
      continue;
    }
    if (m.kind != MentionKind::Person) continue;
    auto toks = name_tokens(g, s, m);
    if (toks.empty()) continue;
    // A known person whose name contains every token of this mention.
    const PersonInfo* best = nullptr;
    for (const auto& [k, p] : persons)
      if (subset(toks, p.tokens) && (!best || p.last_sentence > best->last_sentence)) best = &p;
    // ... or a known person whose every token this longer mention contains.
    if (!best)
      for (const auto& [k, p] : persons)
        if (p.tokens.size() >= 2 && subset(p.tokens, toks)) best = &p;
    if (best) {
      a.refs[i] = best->key;
      persons[best->key].last_sentence = index;
      if (m.text != best->name) {
        Entity alias;
        alias.key = best->key;
        alias.type = EntityType::Person;
        alias.label = best->name;
        alias.alt_labels.insert(m.text);
        kg.add_entity(alias);
      }
      continue;
    }
    bool role_next = (i > 0 && a.ms[i - 1].kind == MentionKind::Role && a.ms[i - 1].end == m.begin) ||
                     (i + 1 < a.ms.size() && a.ms[i + 1].kind == MentionKind::Role);
    // "N. Golliyev", "D. Enkhbat": a one-letter initial and a surname are a name.
    const std::string& first = s.tokens[(size_t)m.begin].text;
    bool initial = m.end - m.begin >= 2 && first.size() == 2 && first[1] == '.' && std::isupper((unsigned char)first[0]);
    if (toks.size() < 2 && !role_next && !initial) continue;  // a lone capitalized word is no name
    PersonInfo p;
    p.name = m.text;
    p.key = use_person(m.text);
    p.tokens = toks;
    p.first_sentence = index;
    p.last_sentence = index;
    a.refs[i] = p.key;
    persons[p.key] = p;
  }
}

// Personal pronouns ("he", "his", "her") refer to the first person named
// before them in the sentence, else to the first person of the closest
// earlier sentence that names one (the subject of the narrative).
void DocumentExtractor::link_pronouns(AnalyzedSentence& a, int index) {
  const auto& t = a.sentence->tokens;
  std::vector<bool> covered(t.size(), false);
  for (const auto& m : a.ms)
    for (int k = m.begin; k < m.end; ++k) covered[(size_t)k] = true;
  std::vector<std::pair<Mention, std::string>> found;
  for (size_t i = 0; i < t.size(); ++i) {
    if (covered[i] || !g.is_word("pronoun", t[i].fold)) continue;
    std::string ref;
    // "X congratulated Y on his victory", "X thanked Y for her support": the one thanked.
    bool object = i >= 2 && (t[i - 1].fold == "on" || t[i - 1].fold == "for");
    bool praise = false;
    for (size_t k = 0; k + 1 < i && object; ++k)
      praise = praise || g.is_word("congratulate", t[k].fold) || g.is_word("thank", t[k].fold);
    for (size_t m = 0; m < a.ms.size() && praise; ++m)
      if (a.ms[m].begin < (int)i && a.ms[m].kind == MentionKind::Person && !a.refs[m].empty()) ref = a.refs[m];
    for (size_t m = 0; m < a.ms.size() && ref.empty(); ++m)
      if (a.ms[m].begin < (int)i && a.ms[m].kind == MentionKind::Person && !a.refs[m].empty()) ref = a.refs[m];
    // "In his speech, X said": an introductory phrase refers to the subject after it.
    for (size_t m = 0; m < a.ms.size() && ref.empty(); ++m) {
      if (a.ms[m].begin <= (int)i || a.refs[m].empty()) continue;
      bool comma = false;
      for (int k = (int)i + 1; k < a.ms[m].begin; ++k) comma = comma || t[(size_t)k].fold == ",";
      if (comma) ref = a.refs[m];
      break;
    }
    for (int s = index - 1; s >= 0 && ref.empty(); --s) {
      const auto& b = analyzed[(size_t)s];
      for (size_t m = 0; m < b.ms.size() && ref.empty(); ++m)
        if (!b.refs[m].empty() && b.ms[m].kind != MentionKind::Role) ref = b.refs[m];
    }
    if (ref.empty()) continue;
    Mention m;
    m.kind = MentionKind::Person;
    m.begin = (int)i;
    m.end = (int)i + 1;
    m.text = t[i].text;
    found.push_back({m, ref});
  }
  for (auto& [m, ref] : found) {
    auto pos = std::lower_bound(a.ms.begin(), a.ms.end(), m.begin, [](const Mention& x, int b) { return x.begin < b; });
    size_t at = (size_t)(pos - a.ms.begin());
    a.ms.insert(pos, m);
    a.refs.insert(a.refs.begin() + (long)at, ref);
  }
}

void DocumentExtractor::emit_structure() {
  std::set<int> seen;
  std::vector<int> todo(used_entries_.begin(), used_entries_.end());
  while (!todo.empty()) {
    int i = todo.back();
    todo.pop_back();
    if (!seen.insert(i).second) continue;
    const GazetteerEntry& e = g.entry(i);
    StructureFact f;
    f.subject = e.key;
    f.source = e.source;
    if (e.type == EntityType::Chamber && !e.parent.empty()) {
      int p = g.by_key(entity_key("legislature", e.parent));
      if (p < 0) continue;
      use_entry(p, {});
      f.property = "chamberOf";
      f.object = g.entry(p).key;
      kg.add_structure(f);
      todo.push_back(p);
    } else if (e.type == EntityType::Legislature && !e.state.empty() && state_named(e.state)) {
      int st = g.state(e.state);
      if (st < 0) continue;
      use_entry(st, {});
      f.property = "legislatureOf";
      f.object = g.entry(st).key;
      kg.add_structure(f);
    } else if (e.type == EntityType::Place && !e.state.empty() && state_named(e.state)) {
      int st = g.state(e.state);
      if (st < 0) continue;
      use_entry(st, {});
      f.property = "locatedIn";
      f.object = g.entry(st).key;
      kg.add_structure(f);
    }
  }
}

void DocumentExtractor::run() {
  kg.add_document({doc.id, doc.date, doc.title, doc.publisher, doc.url});
  analyze();
  for (size_t i = 0; i < analyzed.size(); ++i) {
    link_persons(analyzed[i], (int)i);
    extract_posts(*this, (int)i);
    link_pronouns(analyzed[i], (int)i);
  }
  for (auto& a : analyzed)
    for (const auto& m : a.ms)
      if (m.kind == MentionKind::Entity && m.entry >= 0) use_entry(m.entry, m.text);
  extract_events(*this);
  emit_structure();
}

}  // namespace polkg::detail
