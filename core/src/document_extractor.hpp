// Internal: the per-document state of extraction, shared by the relation
// (posts.cpp) and event (events.cpp) extractors. Not a public header.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "polkg/gazetteer.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/mentions.hpp"
#include "polkg/pipeline.hpp"
#include "polkg/segmenter.hpp"

namespace polkg::detail {

/// A person of the document: the coreference registry entry.
struct PersonInfo {
  std::string key, name;
  std::vector<std::string> tokens;   ///< folded name tokens (no particles)
  std::set<std::string> roles;       ///< role labels the text gives the person
  std::string state;                 ///< ISO code of the person's state, if known
  int first_sentence = -1;  ///< the sentence that first names the person
  int last_sentence = -1;
};

/// A sentence with its mentions and the person each Person/Role mention
/// refers to (`refs[i]` is the person key of ms[i], or empty).
struct AnalyzedSentence {
  const Sentence* sentence = nullptr;
  std::vector<Mention> ms;
  std::vector<std::string> refs;
  bool planned = false, cancelled = false;
};

class DocumentExtractor {
 public:
  DocumentExtractor(const Gazetteer& g, const Document& d, KnowledgeGraph& kg, std::vector<Explanation>* ex);
  void run();

  // Shared helpers.
  const Gazetteer& g;
  const Document& doc;
  KnowledgeGraph& kg;
  std::vector<Explanation>* explain;
  std::vector<Sentence> sentences;
  std::vector<AnalyzedSentence> analyzed;
  std::map<std::string, PersonInfo> persons;
  std::vector<int> doc_states;  ///< state entries, most named first
  std::string context_state;    ///< ISO code of the dateline's or main state

  /// Adds (or merges) the entity of a gazetteer entry, with its structure.
  std::string use_entry(int entry, const std::string& surface);
  /// Adds a person entity; returns its key.
  std::string use_person(const std::string& name);
  Evidence evidence(const AnalyzedSentence& s) const;
  void note(const AnalyzedSentence& s, const std::string& fact, double confidence);
  bool state_named(const std::string& code) const { return named_states_.count(code) > 0; }

 private:
  void analyze();
  void link_persons(AnalyzedSentence& a, int index);
  void link_pronouns(AnalyzedSentence& a, int index);
  void link_known_person(AnalyzedSentence& a, size_t i, int index);
  void emit_structure();
  std::set<std::string> named_states_;
  std::set<int> used_entries_;
};

/// Posts: TITLE (of BODY) NAME, NAME, TITLE of BODY, DEMONYM BODY TITLE NAME,
/// "elected/appointed NAME (as) TITLE". Fills kg posts and person roles.
void extract_posts(DocumentExtractor& x, int sentence);
/// Events from triggers, with participants, places, dates and status.
void extract_events(DocumentExtractor& x);

/// Folded text of tokens [b, e) of a sentence, joined by single spaces.
std::string folded(const Sentence& s, int b, int e);

/// Gazetteer::is_word(kind, folded(s, b, e)), without building the phrase
/// when no word of `kind` has its first byte and length (the common case:
/// the event rules ask of many spans whether they are a link word).
bool is_phrase(const Gazetteer& g, std::string_view kind, const Sentence& s, int b, int e);

}  // namespace polkg::detail
