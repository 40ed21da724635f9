// polkg/mentions.hpp: the mention finder. Marks, in each sentence, the spans
// that name a gazetteer entity (state, legislature, chamber, organization,
// place), a demonym, a role title, an event trigger, a date or a person,
// and resolves them to entities with the document's context.
//
// Rules (../shared/design/EXTRACTION.md, "Mentions"): gazetteer, role and
// trigger matches longest first over folded tokens; a bare generic body name
// ("Senate", "Parliament") shared by several states goes to the state the
// context names (a demonym or state before it, "of STATE" after it, states
// of the sentence, then of the document); person names are runs of
// capitalized tokens with name particles and initials, outside the
// gazetteer, that are not organization-like ("... Agreement", "... Council").
#pragma once
#include <string>
#include <vector>

#include "polkg/dates.hpp"
#include "polkg/gazetteer.hpp"
#include "polkg/segmenter.hpp"

namespace polkg {

enum class MentionKind { Entity, Demonym, Role, Trigger, Date, Person };

struct Mention {
  MentionKind kind = MentionKind::Entity;
  int begin = 0, end = 0;        ///< token indexes in the sentence, end exclusive
  std::string text;              ///< surface form (UTF-8)
  std::vector<int> candidates;   ///< Entity: gazetteer entries the name matches
  int entry = -1;                ///< Entity/Demonym: the resolved gazetteer entry (-1: unresolved)
  std::string key;               ///< Entity/Person/Demonym: entity key once resolved
  const RoleForm* role = nullptr;       ///< Role
  const Trigger* trigger = nullptr;     ///< Trigger
  std::string date;              ///< Date: resolved lexical form
};

/// Finds the mentions of one sentence, sorted by position, not overlapping.
/// Entity mentions are left unresolved when ambiguous (entry == -1, several
/// candidates); resolve_bodies() decides them with the context.
std::vector<Mention> find_mentions(const Sentence& s, const Gazetteer& g, const std::string& article_date,
                                   bool future);

/// Resolves ambiguous Entity mentions of a sentence: an explicit state next
/// to the mention wins, then the states named in the sentence, then
/// `doc_states` (state entry indexes by how often the document names them,
/// most first). A mention nothing decides stays unresolved.
void resolve_bodies(std::vector<Mention>& ms, const Sentence& s, const Gazetteer& g,
                    const std::vector<int>& doc_states);

}  // namespace polkg
