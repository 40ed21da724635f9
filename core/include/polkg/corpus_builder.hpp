// polkg/corpus_builder.hpp: extraction of a corpus on several threads with
// output in input order.
//
//   reader (caller's thread) --add()--> N workers: Pipeline::process into a
//   graph per document --> one merger thread, in input order:
//   EntityRegistry::resolve, to_quads --> the caller's sink.
//
// The sink sees exactly what a single thread would give it, whatever the
// number of threads: the bytes written do not depend on -j. At most
// `window` documents are in flight (read, not yet handed to the sink), so
// memory is bounded by the window, not by the corpus.
#pragma once
#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "polkg/entity_registry.hpp"
#include "polkg/pipeline.hpp"

namespace polkg {

/// One document after extraction and resolution, handed to the sink.
struct ProcessedDocument {
  size_t sequence = 0;      ///< 0-based position in the input
  std::string id;           ///< document id
  Quads quads;              ///< its named graph and its default-graph quads, sorted, no duplicates
  std::vector<Explanation> explanations;  ///< when Options::explain
  size_t characters = 0;    ///< length of its text, code points
  size_t posts = 0;         ///< post holdings read from its text
  std::map<std::string, size_t> events;  ///< events per class local name ("Meeting")
};

class CorpusBuilder {
 public:
  struct Options {
    unsigned threads = 1;     ///< extraction threads (>= 1)
    size_t window = 0;        ///< documents in flight; 0 = 8 per thread
    RdfOptions rdf;           ///< base IRI of the quads
    bool explain = false;     ///< fill ProcessedDocument::explanations
  };
  using Sink = std::function<void(ProcessedDocument&&)>;

  /// Starts the threads. `pipeline` and `registry` must outlive the builder;
  /// `on_document` and `on_failure` are called from the merger thread, one
  /// call at a time.
  CorpusBuilder(const Pipeline& pipeline, EntityRegistry& registry, Options options, Sink on_document,
                FailureSink on_failure);
  /// Stops the threads; documents not yet handed to the sink are dropped.
  ~CorpusBuilder();
  CorpusBuilder(const CorpusBuilder&) = delete;
  CorpusBuilder& operator=(const CorpusBuilder&) = delete;

  /// Queues a document; blocks while the window is full. Rethrows the first
  /// exception the sink threw (the build stops then).
  void add(Document&& doc);

  /// Waits until every queued document went to the sink; rethrows the
  /// sink's exception. A document whose extraction threw is reported to
  /// `on_failure` and skipped.
  void finish();

 private:
  struct Result;
  void work();
  void merge();
  void stop();
  void rethrow();

  const Pipeline& pipeline_;
  EntityRegistry& registry_;
  Options options_;
  Sink sink_;
  FailureSink on_failure_;

  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::pair<size_t, Document>> queue_;  ///< read, not yet taken by a worker (LIFO-free: front = oldest)
  size_t queue_head_ = 0;
  std::map<size_t, std::unique_ptr<Result>> done_;  ///< extracted, waiting for their turn
  size_t added_ = 0, merged_ = 0;
  bool closing_ = false, stopping_ = false;
  std::exception_ptr error_;
  std::vector<std::thread> workers_;
  std::thread merger_;
};

}  // namespace polkg
