// Parallel extraction with ordered output (see polkg/corpus_builder.hpp).
#include "polkg/corpus_builder.hpp"

#include <algorithm>

namespace polkg {

struct CorpusBuilder::Result {
  KnowledgeGraph graph;
  ProcessedDocument out;
  std::string failure;  ///< non-empty: extraction threw, skip it
};

CorpusBuilder::CorpusBuilder(const Pipeline& pipeline, EntityRegistry& registry, Options options, Sink on_document,
                             FailureSink on_failure)
    : pipeline_(pipeline),
      registry_(registry),
      options_(std::move(options)),
      sink_(std::move(on_document)),
      on_failure_(std::move(on_failure)) {
  options_.threads = std::max(1u, options_.threads);
  if (options_.window == 0) options_.window = 8 * (size_t)options_.threads;
  for (unsigned i = 0; i < options_.threads; ++i) workers_.emplace_back([this] { work(); });
  merger_ = std::thread([this] { merge(); });
}

CorpusBuilder::~CorpusBuilder() { stop(); }

void CorpusBuilder::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : workers_)
    if (t.joinable()) t.join();
  if (merger_.joinable()) merger_.join();
}

void CorpusBuilder::rethrow() {
  if (error_) {
    auto e = error_;
    error_ = nullptr;  // thrown once
    std::rethrow_exception(e);
  }
}

void CorpusBuilder::add(Document&& doc) {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [&] { return stopping_ || added_ - merged_ < options_.window; });
  if (stopping_) {
    lock.unlock();
    rethrow();
    return;
  }
  queue_.emplace_back(added_++, std::move(doc));
  lock.unlock();
  cv_.notify_all();
}

void CorpusBuilder::finish() {
  {
    std::unique_lock lock(mu_);
    closing_ = true;
    cv_.notify_all();
    cv_.wait(lock, [&] { return stopping_ || merged_ == added_; });
  }
  stop();
  rethrow();
}

void CorpusBuilder::work() {
  for (;;) {
    std::pair<size_t, Document> job;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return stopping_ || queue_head_ < queue_.size(); });
      if (stopping_) return;
      job = std::move(queue_[queue_head_++]);
      if (queue_head_ == queue_.size()) queue_.clear(), queue_head_ = 0;
    }
    auto r = std::make_unique<Result>();
    const Document& d = job.second;
    r->out.sequence = job.first;
    r->out.id = d.id;
    r->out.characters = d.text.size();
    try {
      pipeline_.process(d, r->graph, options_.explain ? &r->out.explanations : nullptr);
    } catch (const std::exception& e) {
      std::string where = d.source_line ? d.source + ":" + std::to_string(d.source_line) : d.source;
      r->failure = where + ": document \"" + d.id + "\": extraction failed: " + e.what();
    }
    {
      std::lock_guard lock(mu_);
      done_.emplace(job.first, std::move(r));
    }
    cv_.notify_all();
  }
}

void CorpusBuilder::merge() {
  for (;;) {
    std::unique_ptr<Result> r;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return stopping_ || (!done_.empty() && done_.begin()->first == merged_); });
      if (stopping_) return;
      r = std::move(done_.begin()->second);
      done_.erase(done_.begin());
    }
    try {
      if (!r->failure.empty()) {
        on_failure_({r->failure});
      } else {
        registry_.resolve(r->graph);
        r->out.quads = to_quads(r->graph, options_.rdf);
        r->out.posts = r->graph.posts().size();
        for (const auto& e : r->graph.events()) r->out.events[to_string(e.type)]++;
        r->graph = KnowledgeGraph{};
        sink_(std::move(r->out));
      }
    } catch (...) {
      std::lock_guard lock(mu_);
      error_ = std::current_exception();
      stopping_ = true;
      cv_.notify_all();
      return;
    }
    {
      std::lock_guard lock(mu_);
      ++merged_;
    }
    cv_.notify_all();
  }
}

}  // namespace polkg
