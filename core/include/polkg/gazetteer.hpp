// polkg/gazetteer.hpp: world knowledge and lexicons, loaded from the TSV
// files under ontology/ (formats: ontology/gazetteer/README.md and
// ontology/lexicon/README.md).
//
// Names are matched after fold_token() (polkg/text.hpp): lower case,
// diacritics folded, punctuation as spaces. Immutable after loading, so
// it may be shared by threads.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <array>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "polkg/knowledge_graph.hpp"

namespace polkg {

/// One row of a gazetteer file: a State, Legislature, Chamber, Organization,
/// Place or Person.
struct GazetteerEntry {
  EntityType type = EntityType::Organization;
  std::string key;      ///< entity key: "state/KZ", "chamber/majilis", ...
  std::string label;    ///< canonical English name
  std::vector<std::string> aliases;
  std::string state;    ///< ISO alpha-2 of the state it belongs to, or empty
  std::string parent;   ///< label of the parent body, or empty
  std::map<std::string, std::string> attributes;  ///< "demonyms" -> "Kazakh|Kazakhstani"
  std::string source;   ///< where the row's facts come from
  std::string file;     ///< file and line it was read from
  long line = 0;

  /// The attribute's values split on '|' (empty when absent).
  std::vector<std::string> values(const std::string& key) const;
};

/// A role title form: "minister of foreign affairs" -> role "foreign minister".
struct RoleForm {
  std::string role;   ///< the normal role label, lower case
  std::string scope;  ///< "state" (head of state/government, minister, ambassador),
                      ///< "body" (speaker, chairman, secretary-general, member) or "any"
  bool coref_only = false;  ///< "head of state": names a post holder, makes no post
};

/// An event trigger: a word or phrase that announces an event of `type`.
struct Trigger {
  EventType type = EventType::Meeting;
  std::string subtype;  ///< extra class ("StateVisit") or empty
  std::string visit_type;  ///< "working", "official", "state" for visit triggers
  std::string pos;      ///< "noun" or "verb"
};

class Gazetteer {
 public:
  /// Loads every *.tsv under dir/gazetteer and the lexicons under dir/lexicon.
  void load_data_dir(const std::string& dir);
  /// Loads one gazetteer file (rows of the common 7-column format). Throws
  /// Error(BadInput) naming file and line for a malformed row.
  void load_gazetteer_file(const std::string& path);
  /// Resolves parent labels to keys and builds the indexes; call after loading.
  void finish();

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const GazetteerEntry& entry(int i) const { return entries_[(size_t)i]; }

  /// Entries whose label or alias folds to `folded` (fold_token form).
  const std::vector<int>& lookup(const std::string& folded) const;
  /// Whether a folded name is generic: it stands, word for word, in body
  /// names of two or more states ("senate", "labour party", "congress"), so
  /// that it names a state's body only where the context names the state.
  bool is_generic(const std::string& folded) const { return generic_names_.count(folded) > 0; }
  /// Whether some name, demonym, role title or trigger starts with this
  /// folded word (a fast filter before the longest-match scan).
  bool starts_phrase(const std::string& first_word) const { return first_words_.count(first_word) > 0; }
  /// True when `folded` (words joined by one space) is a form of a name,
  /// demonym, role or trigger, or the first words of one.
  bool is_phrase_prefix(const std::string& folded) const { return phrase_prefixes_.count(folded) > 0; }
  /// The longest name in tokens (bounds the longest-match scan).
  int max_tokens() const { return max_tokens_; }

  /// The state with ISO code `code`, or -1.
  int state(const std::string& code) const;
  /// The state a demonym names ("kazakh" -> KZ's index), or -1.
  int state_of_demonym(const std::string& folded) const;
  /// Whether `folded` is a demonym or adjective form of any state.
  bool is_demonym(const std::string& folded) const { return state_of_demonym(folded) >= 0; }
  /// The national legislature of a state, or -1.
  int legislature_of(const std::string& code) const;
  /// The chambers of a legislature (entry indexes).
  std::vector<int> chambers_of(int legislature) const;
  /// The entry of the given key, or -1.
  int by_key(const std::string& key) const;

  const RoleForm* role(const std::string& folded) const;
  int max_role_tokens() const { return max_role_tokens_; }
  const Trigger* trigger(const std::string& folded) const;
  int max_trigger_tokens() const { return max_trigger_tokens_; }
  /// Word lists of lexicon/words.tsv by kind ("honorific", "planned", ...).
  /// The kind is found among the few kinds (an unknown kind has no words),
  /// then its shapes rule most phrases out (may_be_word), then one hash
  /// lookup of the word.
  bool is_word(std::string_view kind, const std::string& folded) const;
  /// Whether a word of `kind` starts with the byte `first` and is `length`
  /// bytes long (every length from 63 up counts as one): false rules the
  /// phrase out before it is built and hashed. Never throws.
  bool may_be_word(std::string_view kind, unsigned char first, size_t length) const;

 private:
  void load_roles(const std::string& path);
  void load_triggers(const std::string& path);
  void load_words(const std::string& path);
  void index_name(const std::string& name, int i);

  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::vector<int>> names_;
  std::unordered_map<std::string, int> states_, demonyms_, legislatures_, keys_;
  std::unordered_map<std::string, RoleForm> roles_;
  std::unordered_map<std::string, Trigger> triggers_;
  std::vector<std::string> word_kinds_;                 ///< kind -> bit (index)
  std::unordered_map<std::string, uint64_t> words_;     ///< folded word -> bit set of its kinds
  std::vector<std::array<uint64_t, 256>> word_shapes_;  ///< kind -> first byte -> bit set of lengths (63: longer)
  int kind_index(std::string_view kind) const;          ///< -1 when no word has that kind
  std::unordered_set<std::string> generic_names_;
  std::unordered_set<std::string> first_words_;
  std::unordered_set<std::string> phrase_prefixes_;
  void index_first_word(const std::string& folded);
  int max_tokens_ = 1, max_role_tokens_ = 1, max_trigger_tokens_ = 1;
};

}  // namespace polkg
