// The outputs of `polkg build`, one per RDF syntax (see polkg/graph_output.hpp).
#include "polkg/graph_output.hpp"

#include <unordered_set>

#include "polkg/error.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/text.hpp"
#include "serd_writer.hpp"
#include "sparql_update.hpp"
#include "triple_table.hpp"

namespace polkg {
namespace {

/// A 64-bit key of a triple (and graph): the duplicate checks of the
/// streamed outputs keep these, not the triples. Two different triples share
/// a key with probability about n^2 / 2^65 (1e-7 for 2M shared triples).
unsigned long long key_of(const Quad& q, bool with_graph) {
  std::string s;
  s.reserve(q.subject.value.size() + q.predicate.value.size() + q.object.value.size() + 16);
  for (const Term* t : {&q.subject, &q.predicate, &q.object}) {
    s += (char)t->kind;
    s += t->value;
    s += '\x1f';
    s += t->datatype;
    s += '\x1f';
    s += t->language;
    s += '\x1e';
  }
  if (with_graph) s += q.graph;
  return stable_hash(s);
}

class NQuadsOutput final : public GraphOutput {
 public:
  explicit NQuadsOutput(std::FILE* out) : w_(Format::NQuads, out) {}
  void add(const Quad& q) override {
    if (q.graph.empty() && !default_.insert(key_of(q, false)).second) return;
    w_.write(q);
    ++statements_;
  }
  void finish() override { w_.finish(); }

 private:
  detail::SerdQuadWriter w_;
  std::unordered_set<unsigned long long> default_;  ///< default-graph quads written
};

class NTriplesOutput final : public GraphOutput {
 public:
  NTriplesOutput(std::FILE* out, std::string base) : w_(Format::NTriples, out), opts_{std::move(base)} {}
  void add(const Quad& q) override {
    if (!(q.subject.is_iri() && document_scoped(q.subject.value, opts_)) && !shared_.insert(key_of(q, false)).second)
      return;
    w_.write(q);
    ++statements_;
  }
  void finish() override { w_.finish(); }

 private:
  detail::SerdQuadWriter w_;
  RdfOptions opts_;
  std::unordered_set<unsigned long long> shared_;  ///< triples about shared nodes written
};

class TurtleOutput final : public GraphOutput {
 public:
  explicit TurtleOutput(std::FILE* out) : out_(out) {}
  void add(const Quad& q) override { table_.add(q); }
  void finish() override {
    detail::SerdQuadWriter w(Format::Turtle, out_);
    table_.drain_sorted([&](const Quad& q) {
      w.write(q);
      ++statements_;
    });
    w.finish();
  }

 private:
  std::FILE* out_;
  detail::TripleTable table_;
};

class SparqlUpdateOutput final : public GraphOutput {
 public:
  explicit SparqlUpdateOutput(std::FILE* out) : out_(out) {
    std::fputs("# SPARQL 1.1 Update written by polkg: each document's graph is cleared,\n"
               "# then filled, so replaying this file replaces rather than duplicates.\n", out_);
  }
  void add(const Quad& q) override {
    if (q.graph.empty()) {
      if (default_keys_.insert(key_of(q, false)).second) default_.push_back(q);
      return;
    }
    if (!graph_.empty() && graph_.front().graph != q.graph) flush();
    graph_.push_back(q);
  }
  void finish() override {
    flush();
    graph_ = std::move(default_);
    flush();
  }

 private:
  void flush() {
    if (graph_.empty()) return;
    std::vector<const Quad*> ptrs;
    for (const auto& q : graph_) ptrs.push_back(&q);
    std::string text;
    append_graph_update(graph_.front().graph, ptrs, !graph_.front().graph.empty(), scope_++, text);
    std::fwrite(text.data(), 1, text.size(), out_);
    statements_ += graph_.size();
    graph_.clear();
  }
  std::FILE* out_;
  Quads graph_, default_;
  std::unordered_set<unsigned long long> default_keys_;
  size_t scope_ = 0;
};

}  // namespace

std::unique_ptr<GraphOutput> make_graph_output(Format format, std::FILE* out, const std::string& base) {
  switch (format) {
    case Format::NQuads: return std::make_unique<NQuadsOutput>(out);
    case Format::NTriples: return std::make_unique<NTriplesOutput>(out, base);
    case Format::Turtle: return std::make_unique<TurtleOutput>(out);
    case Format::SparqlUpdate: return std::make_unique<SparqlUpdateOutput>(out);
  }
  throw Error(Error::Kind::Usage, "unknown output format");
}

}  // namespace polkg
