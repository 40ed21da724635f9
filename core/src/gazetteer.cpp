// Loading gazetteers and lexicons (see polkg/gazetteer.hpp).
#include "polkg/gazetteer.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "polkg/error.hpp"
#include "polkg/iri.hpp"
#include "polkg/text.hpp"

namespace polkg {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) {
    size_t a = cur.find_first_not_of(" "), b = cur.find_last_not_of(" ");
    out.push_back(a == std::string::npos ? std::string() : cur.substr(a, b - a + 1));
  }
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

int count_tokens(const std::string& folded) {
  return folded.empty() ? 0 : 1 + (int)std::count(folded.begin(), folded.end(), ' ');
}

/// Reads a TSV file: calls row(fields, line) for each non-comment line
/// after the header.
template <class F>
void read_tsv(const std::string& path, size_t columns, F row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Error::Kind::Io, "cannot open for reading", path);
  std::string line;
  long n = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    auto f = split(line, '\t');
    if (f.size() < columns)
      throw Error(Error::Kind::BadInput,
                  "expected " + std::to_string(columns) + " tab-separated columns, found " + std::to_string(f.size()),
                  path, n);
    row(f, n);
  }
}

EntityType parse_type(const std::string& s, const std::string& file, long line) {
  if (s == "State") return EntityType::State;
  if (s == "Legislature") return EntityType::Legislature;
  if (s == "Chamber") return EntityType::Chamber;
  if (s == "Organization") return EntityType::Organization;
  if (s == "Place") return EntityType::Place;
  if (s == "Person") return EntityType::Person;
  throw Error(Error::Kind::BadInput, "unknown type \"" + s + "\" (State, Legislature, Chamber, Organization, Place, Person)", file, line);
}

std::string kind_of(EntityType t) {
  std::string k = to_string(t);
  std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return (char)std::tolower(c); });
  return k;
}

EventType parse_event(const std::string& s, const std::string& file, long line) {
  static const std::pair<const char*, EventType> names[] = {
      {"Visit", EventType::Visit},         {"Meeting", EventType::Meeting},
      {"Session", EventType::Session},     {"Ceremony", EventType::Ceremony},
      {"Conference", EventType::Conference}, {"Signing", EventType::Signing},
      {"PhoneCall", EventType::PhoneCall}, {"Appointment", EventType::Appointment},
      {"Election", EventType::Election},   {"Statement", EventType::Statement}};
  for (auto& [n, t] : names)
    if (s == n) return t;
  throw Error(Error::Kind::BadInput, "unknown event class \"" + s + "\"", file, line);
}

}  // namespace

std::vector<std::string> GazetteerEntry::values(const std::string& k) const {
  auto it = attributes.find(k);
  if (it == attributes.end() || it->second.empty()) return {};
  return split(it->second, '|');
}

void Gazetteer::load_data_dir(const std::string& dir) {
  fs::path g = fs::path(dir) / "gazetteer", l = fs::path(dir) / "lexicon";
  std::error_code ec;
  if (!fs::is_directory(g, ec))
    throw Error(Error::Kind::Io, "no gazetteer directory (set --data-dir or POLKG_DATA_DIR)", g.string());
  std::vector<fs::path> files;
  for (auto& e : fs::directory_iterator(g))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (auto& f : files) load_gazetteer_file(f.string());
  load_roles((l / "roles.tsv").string());
  load_triggers((l / "triggers.tsv").string());
  load_words((l / "words.tsv").string());
}

void Gazetteer::load_gazetteer_file(const std::string& path) {
  read_tsv(path, 7, [&](const std::vector<std::string>& f, long n) {
    GazetteerEntry e;
    e.type = parse_type(f[0], path, n);
    e.label = f[1];
    if (e.label.empty()) throw Error(Error::Kind::BadInput, "empty label", path, n);
    for (auto& a : split(f[2], '|'))
      if (!a.empty() && a != e.label) e.aliases.push_back(a);
    e.state = f[3];
    e.parent = f[4];
    for (auto& kv : split(f[5], ';')) {
      auto eq = kv.find('=');
      if (kv.empty()) continue;
      if (eq == std::string::npos)
        throw Error(Error::Kind::BadInput, "attribute \"" + kv + "\" is not key=value", path, n);
      e.attributes[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    e.source = f[6];
    e.file = path;
    e.line = n;
    e.key = e.type == EntityType::State ? "state/" + e.state : entity_key(kind_of(e.type), e.label);
    if (e.type == EntityType::State && e.state.size() != 2)
      throw Error(Error::Kind::BadInput, "a State row needs its ISO 3166-1 alpha-2 code in column 4", path, n);
    auto it = keys_.find(e.key);
    if (it != keys_.end()) {
      // A later row for the same entity (a user's file) adds names and attributes.
      GazetteerEntry& old = entries_[(size_t)it->second];
      for (auto& a : e.aliases) old.aliases.push_back(a);
      for (auto& [k, v] : e.attributes) old.attributes[k] = v;
      return;
    }
    keys_[e.key] = (int)entries_.size();
    entries_.push_back(std::move(e));
  });
}

void Gazetteer::index_first_word(const std::string& folded) {
  if (folded.empty()) return;
  first_words_.insert(folded.substr(0, folded.find(' ')));
  // Every word prefix of the form: the mention finder stops lengthening a
  // phrase as soon as it is no form's prefix.
  for (size_t at = folded.find(' '); at != std::string::npos; at = folded.find(' ', at + 1))
    phrase_prefixes_.insert(folded.substr(0, at));
  phrase_prefixes_.insert(folded);
}

void Gazetteer::index_name(const std::string& name, int i) {
  std::string f = fold_token(name);
  if (f.empty()) return;
  index_first_word(f);
  auto& v = names_[f];
  if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
  max_tokens_ = std::max(max_tokens_, count_tokens(f));
}

namespace {

std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> out;
  std::istringstream in(folded);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace

void Gazetteer::finish() {
  names_.clear();
  generic_names_.clear();
  for (const auto& [form, r] : roles_) index_first_word(form);
  for (const auto& [form, t] : triggers_) index_first_word(form);
  // A body name is generic when it also stands, word for word, inside a
  // name of another state's body ("Senate", "Labour Party" in "New Zealand
  // Labour Party", "National Assembly"); a proper name ("Milli Majlis",
  // "Bundestag") stands in its own state's names only.
  std::unordered_map<std::string, std::unordered_set<std::string>> states_of_ngram;
  auto add_ngrams = [&](const std::string& name, const std::string& state) {
    auto ws = words_of(fold_token(name));
    for (size_t a = 0; a < ws.size(); ++a) {
      std::string g;
      for (size_t b = a; b < ws.size() && b < a + 6; ++b) {
        g += (b > a ? " " : "") + ws[b];
        states_of_ngram[g].insert(state);
      }
    }
  };
  for (const auto& e : entries_) {
    if (e.state.empty() || e.type == EntityType::State || e.type == EntityType::Place || e.type == EntityType::Person) continue;
    add_ngrams(e.label, e.state);
    for (const auto& a : e.aliases) add_ngrams(a, e.state);
  }
  auto generic = [&](const std::string& folded) {
    auto it = states_of_ngram.find(folded);
    return it != states_of_ngram.end() && it->second.size() >= 2;
  };
  for (int i = 0; i < (int)entries_.size(); ++i) {
    const auto& e = entries_[(size_t)i];
    index_name(e.label, i);
    for (auto& a : e.aliases) index_name(a, i);
    if (!e.state.empty() && e.type != EntityType::State && e.type != EntityType::Place) {
      if (generic(fold_token(e.label))) generic_names_.insert(fold_token(e.label));
      for (auto& a : e.aliases)
        if (generic(fold_token(a))) generic_names_.insert(fold_token(a));
    }
    if (e.type == EntityType::State) {
      states_[e.state] = i;
      for (auto& d : e.values("demonyms")) {
        demonyms_.emplace(fold_token(d), i);
        index_first_word(fold_token(d));
      }
    }
    if (e.type == EntityType::Legislature && !e.state.empty() && !legislatures_.count(e.state))
      legislatures_[e.state] = i;
  }
}

const std::vector<int>& Gazetteer::lookup(const std::string& folded) const {
  static const std::vector<int> none;
  auto it = names_.find(folded);
  return it == names_.end() ? none : it->second;
}

int Gazetteer::state(const std::string& code) const {
  auto it = states_.find(code);
  return it == states_.end() ? -1 : it->second;
}

int Gazetteer::state_of_demonym(const std::string& folded) const {
  auto it = demonyms_.find(folded);
  return it == demonyms_.end() ? -1 : it->second;
}

int Gazetteer::legislature_of(const std::string& code) const {
  auto it = legislatures_.find(code);
  return it == legislatures_.end() ? -1 : it->second;
}

std::vector<int> Gazetteer::chambers_of(int legislature) const {
  std::vector<int> out;
  const std::string& label = entries_[(size_t)legislature].label;
  for (int i = 0; i < (int)entries_.size(); ++i)
    if (entries_[(size_t)i].type == EntityType::Chamber && entries_[(size_t)i].parent == label) out.push_back(i);
  return out;
}

int Gazetteer::by_key(const std::string& key) const {
  auto it = keys_.find(key);
  return it == keys_.end() ? -1 : it->second;
}

void Gazetteer::load_roles(const std::string& path) {
  read_tsv(path, 4, [&](const std::vector<std::string>& f, long n) {
    RoleForm r;
    r.role = f[1];
    r.scope = f[2];
    if (r.scope == "coref") {
      r.coref_only = true;
      r.scope = "state";
    }
    if (r.scope != "state" && r.scope != "body" && r.scope != "any")
      throw Error(Error::Kind::BadInput, "scope must be state, body, any or coref", path, n);
    std::string form = fold_token(f[0]);
    index_first_word(form);
    roles_[form] = r;
    max_role_tokens_ = std::max(max_role_tokens_, count_tokens(form));
  });
}

void Gazetteer::load_triggers(const std::string& path) {
  read_tsv(path, 5, [&](const std::vector<std::string>& f, long n) {
    Trigger t;
    t.type = parse_event(f[1], path, n);
    t.subtype = f[2];
    t.pos = f[3];
    if (t.subtype == "StateVisit") t.visit_type = "state";
    if (t.subtype == "OfficialVisit") t.visit_type = "official";
    if (t.subtype == "WorkingVisit") t.visit_type = "working";
    std::string form = fold_token(f[0]);
    index_first_word(form);
    triggers_[form] = t;
    max_trigger_tokens_ = std::max(max_trigger_tokens_, count_tokens(form));
  });
}

void Gazetteer::load_words(const std::string& path) {
  read_tsv(path, 3, [&](const std::vector<std::string>& f, long line) {
    auto k = std::find(word_kinds_.begin(), word_kinds_.end(), f[0]);
    if (k == word_kinds_.end()) {
      if (word_kinds_.size() == 64) throw Error(Error::Kind::BadInput, "more than 64 kinds of words", path, line);
      k = word_kinds_.insert(word_kinds_.end(), f[0]);
      word_shapes_.emplace_back();
      word_shapes_.back().fill(0);
    }
    std::string w = fold_token(f[1]);
    size_t kind = (size_t)(k - word_kinds_.begin());
    words_[w] |= uint64_t{1} << kind;
    if (!w.empty()) word_shapes_[kind][(unsigned char)w[0]] |= uint64_t{1} << std::min<size_t>(w.size(), 63);
  });
}

const RoleForm* Gazetteer::role(const std::string& folded) const {
  auto it = roles_.find(folded);
  return it == roles_.end() ? nullptr : &it->second;
}

const Trigger* Gazetteer::trigger(const std::string& folded) const {
  auto it = triggers_.find(folded);
  return it == triggers_.end() ? nullptr : &it->second;
}

int Gazetteer::kind_index(std::string_view kind) const {
  for (size_t k = 0; k < word_kinds_.size(); ++k)
    if (word_kinds_[k] == kind) return (int)k;
  return -1;
}

bool Gazetteer::may_be_word(std::string_view kind, unsigned char first, size_t length) const {
  int k = kind_index(kind);
  return k >= 0 && (word_shapes_[(size_t)k][first] >> std::min<size_t>(length, 63) & 1u);
}

bool Gazetteer::is_word(std::string_view kind, const std::string& folded) const {
  // Most calls ask about a phrase in no list of that kind: a first byte and
  // length no word of the kind has rule it out before hashing.
  int k = kind_index(kind);
  if (k < 0 || folded.empty() || !(word_shapes_[(size_t)k][(unsigned char)folded[0]] >> std::min<size_t>(folded.size(), 63) & 1u))
    return false;
  auto it = words_.find(folded);
  return it != words_.end() && (it->second >> k & 1u);
}

}  // namespace polkg
