// polkg/pipeline.hpp: the extraction pipeline, one stage after another:
//   Document -> Sentences (segmenter) -> Mentions (mention finder)
//   -> posts, structure and events (relation and event extractor)
//   -> KnowledgeGraph.
// Each stage has its own header; this one runs them in order.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/knowledge_graph.hpp"

namespace polkg {

class Gazetteer;

/// One printed line of `polkg build --explain`: a fact and its evidence.
struct Explanation {
  std::string document;
  std::string fact;      ///< "post: Yerlan Koshanov / chairman / Majilis"
  std::string sentence;
  long begin = 0, end = 0;
  double confidence = 0.0;
};

/// The extractor: immutable after construction, so one instance can be
/// shared by several threads (each call fills the caller's graph).
class Pipeline {
 public:
  /// Loads the gazetteers and lexicons under `data_dir` (ontology/), then
  /// the user's `extra_gazetteers` (same TSV format). Throws Error(BadInput)
  /// naming the file and line of a malformed row, Error(Io) if unreadable.
  Pipeline(const std::string& data_dir, const std::vector<std::string>& extra_gazetteers);
  ~Pipeline();

  /// Extracts one document into `kg`. When `explain` is not null, appends
  /// one Explanation per fact.
  void process(const Document& doc, KnowledgeGraph& kg, std::vector<Explanation>* explain = nullptr) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  std::unique_ptr<Gazetteer> gazetteer_;
};

/// The data directory: $POLKG_DATA_DIR, else the source tree's ontology/
/// when it exists (a build tree), else the installed share/polkg/ontology.
std::string default_data_dir();

}  // namespace polkg
