// The mention finder (see polkg/mentions.hpp). Person names run over
// capitalized tokens, initials, particles ("da", "bin") and particles
// hyphenated to a name ("al-Sisi"); an ordinal before a body's generic
// name ("the 141st Assembly") makes it a gathering trigger.
#include "polkg/mentions.hpp"

#include <algorithm>
#include <map>

namespace polkg {
namespace {

std::string phrase(const std::vector<Token>& t, int b, int e) {
  std::string s;
  for (int i = b; i < e; ++i) {
    const std::string& f = t[(size_t)i].fold;
    if (f.empty() || !t[(size_t)i].word) {
      if (t[(size_t)i].text == "'" || t[(size_t)i].text == "\u2019") continue;
      // the period of a short abbreviation inside a name: "St. Petersburg", "Mt. Kenya"
      if (t[(size_t)i].text == "." && i > b && t[(size_t)i - 1].capitalized &&
          t[(size_t)i - 1].text.size() <= 3)
        continue;
      // punctuation inside a name ("(NPC)", "Jomart-") breaks the phrase
      return {};
    }
    if (!s.empty()) s.push_back(' ');
    s += f;
  }
  return s;
}

std::string surface(const Sentence& s, int b, int e) {
  long cb = s.tokens[(size_t)b].begin, ce = s.tokens[(size_t)e - 1].end;
  // Sentence::text starts at s.begin; map code points to bytes.
  std::string out;
  long cp = s.begin;
  for (size_t i = 0; i < s.text.size();) {
    unsigned char c = (unsigned char)s.text[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (cp >= cb && cp < ce) out.append(s.text, i, len);
    i += len;
    ++cp;
  }
  return out;
}

// "141st", "2nd", "23rd", "78th".
bool ordinal(const Token& t) {
  const std::string& f = t.fold;
  if (f.size() < 3 || !std::isdigit((unsigned char)f[0])) return false;
  std::string suffix = f.substr(f.size() - 2);
  for (size_t k = 0; k + 2 < f.size(); ++k)
    if (!std::isdigit((unsigned char)f[k])) return false;
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// The longest match at token i among gazetteer names, role titles and
// triggers. Entity names win ties over roles, roles over triggers.
Mention longest_match(const Sentence& s, const Gazetteer& g, int i) {
  const auto& t = s.tokens;
  int n = (int)t.size();
  Mention best;
  best.end = -1;
  const std::string& first = t[(size_t)i].fold;
  if (!g.starts_phrase(first.substr(0, first.find(' ')))) return best;
  int maxn = std::min(std::max({g.max_tokens(), g.max_role_tokens(), g.max_trigger_tokens()}), n - i);
  // The longest phrase from i that is still some form's prefix: nothing
  // longer can match (a phrase that breaks at punctuation stays broken).
  int longest = 0;
  for (int len = 1; len <= maxn; ++len) {
    std::string p = phrase(t, i, i + len);
    if (p.empty() || !g.is_phrase_prefix(p)) break;
    longest = len;
  }
  for (int len = longest; len >= 1; --len) {
    std::string p = phrase(t, i, i + len);
    if (p.empty()) continue;
    Mention m;
    m.begin = i;
    m.end = i + len;
    const auto& c = g.lookup(p);
    // A lone lower-case word is never a gazetteer name ("union", "parliament"
    // as a common noun still resolves through role/body rules below).
    bool cap = t[(size_t)i].capitalized || t[(size_t)i].all_caps || (len > 1 && t[(size_t)i + len - 1].capitalized);
    // "the 141st Assembly", "the 78th Session": a numbered gathering, not the body's generic name.
    if (!c.empty() && cap && g.is_generic(p) && i > 0 && ordinal(t[(size_t)i - 1]))
      if (const Trigger* tr = g.trigger(p)) {
        m.kind = MentionKind::Trigger;
        m.trigger = tr;
        return m;
      }
    if (!c.empty() && cap) {
      m.kind = MentionKind::Entity;
      m.candidates = c;
      // A generic name ("Labour Party", "Senate") waits for the context to name its state.
      if (c.size() == 1 && !g.is_generic(p)) m.entry = c[0], m.key = g.entry(c[0]).key;
      return m;
    }
    if (len == 1 || cap) {
      if (int st = g.state_of_demonym(p); st >= 0 && cap) {
        m.kind = MentionKind::Demonym;
        m.entry = st;
        m.key = g.entry(st).key;
        return m;
      }
    }
    if (const RoleForm* r = g.role(p)) {
      m.kind = MentionKind::Role;
      m.role = r;
      return m;
    }
    if (const Trigger* tr = g.trigger(p)) {
      m.kind = MentionKind::Trigger;
      m.trigger = tr;
      return m;
    }
  }
  return best;
}

bool is_initial(const Token& t) {
  return t.text.size() >= 2 && t.text.back() == '.' && t.capitalized && t.text.size() <= 4;
}

// "Kazakh-Azerbaijani", "Russia-China": a compound of demonyms or states.
bool state_compound(const Token& t, const Gazetteer& g) {
  if (t.fold.find(' ') == std::string::npos) return false;
  size_t a = 0;
  while (a < t.fold.size()) {
    size_t b = t.fold.find(' ', a);
    if (b == std::string::npos) b = t.fold.size();
    std::string part = t.fold.substr(a, b - a);
    bool state = g.is_demonym(part);
    for (int c : g.lookup(part)) state = state || g.entry(c).type == EntityType::State;
    if (!state) return false;
    a = b + 1;
  }
  return true;
}

// "al-Sisi", "el-Sisi", "bin-Salman": a lower-case name particle joined by a
// hyphen to a capitalized name.
bool particle_compound(const Token& t, const Gazetteer& g) {
  size_t dash = t.text.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 >= t.text.size()) return false;
  unsigned char c = (unsigned char)t.text[dash + 1];
  return g.is_word("particle", t.text.substr(0, dash)) && c >= 'A' && c <= 'Z';
}

// "Franco-German", "Sino-Russian", "Indo-Pacific": a hyphenated adjective
// whose last part is a demonym or whose first part is a combining form.
bool hyphenated_adjective(const Token& t, const Gazetteer& g) {
  size_t a = t.fold.find(' '), b = t.fold.rfind(' ');
  if (a == std::string::npos) return false;
  return g.is_word("combining-form", t.fold.substr(0, a)) || g.is_demonym(t.fold.substr(b + 1));
}

bool name_token(const Token& t, const Gazetteer& g, bool first_of_sentence) {
  if (t.word && !t.capitalized && particle_compound(t, g)) return true;
  if (!t.word || !t.capitalized) return false;
  if (state_compound(t, g) || hyphenated_adjective(t, g)) return false;
  if (t.all_caps && t.text.size() <= 5) return false;  // acronyms
  if (g.is_word("month", t.fold) || g.is_word("weekday", t.fold)) return false;
  if (first_of_sentence && g.is_word("not-name", t.fold)) return false;
  if (g.is_word("org-head", t.fold)) return false;
  // "Prize-winning": a compound with an organization head word.
  for (size_t a = 0, b; a < t.fold.size(); a = b + 1) {
    b = t.fold.find(' ', a);
    if (b == std::string::npos) b = t.fold.size();
    if (b < t.fold.size() || a > 0)
      if (g.is_word("org-head", t.fold.substr(a, b - a))) return false;
  }
  if (!t.fold.empty() && std::isdigit((unsigned char)t.fold[0])) return false;
  return true;
}

// The number of tokens of an honorific phrase at i ("Dr.", "His Highness",
// "Tan Sri", "His Royal Highness"), or 0.
int honorific_at(const std::vector<Token>& t, const Gazetteer& g, int i) {
  int best = 0;
  std::string p;
  for (int k = i; k < (int)t.size() && k < i + 3 && t[(size_t)k].word; ++k) {
    p += (k > i ? " " : "") + t[(size_t)k].fold;
    if (g.is_word("honorific", p)) best = k - i + 1;
  }
  return best;
}

// Person names: runs of capitalized tokens, particles and initials.
void find_persons(const Sentence& s, const Gazetteer& g, std::vector<bool>& used, std::vector<Mention>& out) {
  const auto& t = s.tokens;
  int n = (int)t.size();
  for (int i = 0; i < n; ++i) {
    if (used[(size_t)i]) continue;
    // An honorific is never part of the name: "His Highness Sheikh X" is X.
    if (int h = honorific_at(t, g, i)) {
      i += h - 1;
      continue;
    }
    // "Vice President JD Vance": two capitals right after a title are initials.
    bool caps_initials = false;
    if (t[(size_t)i].all_caps && t[(size_t)i].text.size() == 2 && i + 1 < n && !used[(size_t)i + 1] &&
        name_token(t[(size_t)i + 1], g, false))
      for (const auto& m : out) caps_initials = caps_initials || (m.kind == MentionKind::Role && m.end == i);
    if (!(caps_initials || is_initial(t[(size_t)i]) || name_token(t[(size_t)i], g, i == 0))) continue;
    int j = caps_initials ? i + 1 : i;
    bool has_word = false;
    while (j < n && !used[(size_t)j]) {
      const Token& k = t[(size_t)j];
      if (is_initial(k)) { ++j; continue; }
      if (name_token(k, g, j == 0)) { has_word = true; ++j; continue; }
      // A regnal number after a name: "Charles III", "Mohammed VI".
      if (has_word && k.all_caps && k.fold.find_first_not_of("ivx") == std::string::npos) { ++j; continue; }
      // Particles inside a name: "Lula da Silva", "Johari bin Abdul", "von der Leyen".
      if (g.is_word("particle", k.fold) && j > i) {
        int q = j + 1;
        if (q < n && !used[(size_t)q] && g.is_word("particle", t[(size_t)q].fold)) ++q;
        if (q < n && !used[(size_t)q] && name_token(t[(size_t)q], g, false)) { j = q; continue; }
      }
      break;
    }
    // A name never runs into an org-like head word, nor continues the name of
    // an organization or a prize ("Committee on Middle East Questions",
    // "Order of Altyn Kyran", "Forum of Young MPs").
    bool orgish = j < n && g.is_word("org-head", t[(size_t)j].fold) && t[(size_t)j].capitalized;
    if (i >= 2) {
      const std::string& prep = t[(size_t)i - 1].fold;
      bool of = prep == "of" || prep == "on" || prep == "for";
      int h = i - 2;
      if (of && h >= 0 && t[(size_t)h].fold == "the") --h;
      if (of && h >= 0 && t[(size_t)h].capitalized && g.is_word("org-head", t[(size_t)h].fold)) orgish = true;
    }
    // "Labour Minister X": one capitalized word before the bare title
    // "Minister" names a portfolio, not a person.
    for (const auto& m : out)
      if (j == i + 1 && m.kind == MentionKind::Role && m.begin == j && m.role->role == "minister") orgish = true;
    if (has_word && !orgish) {
      Mention m;
      m.kind = MentionKind::Person;
      m.begin = i;
      m.end = j;
      m.text = surface(s, i, j);
      out.push_back(m);
      for (int k = i; k < j; ++k) used[(size_t)k] = true;
    }
    i = std::max(i, j - 1);
  }
}

}  // namespace

std::vector<Mention> find_mentions(const Sentence& s, const Gazetteer& g, const std::string& article_date,
                                   bool future) {
  std::vector<Mention> out;
  const auto& t = s.tokens;
  int n = (int)t.size();
  std::vector<bool> used((size_t)n, false);
  for (const auto& d : find_dates(t, article_date, future)) {
    Mention m;
    m.kind = MentionKind::Date;
    m.begin = d.begin;
    m.end = d.end;
    m.date = d.value;
    m.text = surface(s, d.begin, d.end);
    for (int k = d.begin; k < d.end; ++k) used[(size_t)k] = true;
    if (!d.value.empty()) out.push_back(m);
  }
  for (int i = 0; i < n; ++i) {
    if (used[(size_t)i]) continue;
    Mention m = longest_match(s, g, i);
    if (m.end < 0) continue;
    bool clash = false;
    for (int k = m.begin; k < m.end; ++k) clash = clash || used[(size_t)k];
    if (clash) continue;
    m.text = surface(s, m.begin, m.end);
    for (int k = m.begin; k < m.end; ++k) used[(size_t)k] = true;
    out.push_back(m);
    i = m.end - 1;
  }
  find_persons(s, g, used, out);
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return out;
}

void resolve_bodies(std::vector<Mention>& ms, const Sentence& s, const Gazetteer& g,
                    const std::vector<int>& doc_states) {
  const auto& t = s.tokens;
  // States named in this sentence (by name or demonym).
  std::vector<std::string> sentence_states;
  for (const auto& m : ms) {
    if (m.kind == MentionKind::Demonym && m.entry >= 0) sentence_states.push_back(g.entry(m.entry).state);
    if (m.kind == MentionKind::Entity && m.entry >= 0) {
      const auto& e = g.entry(m.entry);
      if (!e.state.empty()) sentence_states.push_back(e.state);
    }
  }
  for (size_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.kind != MentionKind::Entity || m.entry >= 0 || m.candidates.empty()) continue;
    auto pick = [&](const std::string& code) {
      for (int c : m.candidates)
        if (g.entry(c).state == code) {
          m.entry = c;
          m.key = g.entry(c).key;
          return true;
        }
      return false;
    };
    // 1. An explicit state right before: "Kazakh Senate", "Kazakhstan's Senate",
    //    "the Kazakh Parliament's".
    if (i > 0) {
      const Mention& p = ms[i - 1];
      bool adjacent = p.end == m.begin || (p.end + 1 == m.begin && t[(size_t)p.end].fold == "s");
      if (adjacent && p.entry >= 0 &&
          (p.kind == MentionKind::Demonym || g.entry(p.entry).type == EntityType::State) &&
          pick(g.entry(p.entry).state))
        continue;
    }
    // 2. "of STATE" / "of the DEMONYM ..." right after.
    if (i + 1 < ms.size() && m.end < (int)t.size() && t[(size_t)m.end].fold == "of") {
      const Mention& q = ms[i + 1];
      if (q.entry >= 0 && q.begin <= m.end + 2 && pick(g.entry(q.entry).state)) continue;
    }
    // 3. States of the sentence, then of the document.
    bool done = false;
    for (const auto& code : sentence_states)
      if ((done = pick(code))) break;
    if (done) continue;
    for (int st : doc_states)
      if ((done = pick(g.entry(st).state))) break;
  }
}

}  // namespace polkg
