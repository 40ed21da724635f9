// `polkg build`: articles -> knowledge graph (Turtle, N-Triples, N-Quads,
// SPARQL Update), with progress and a summary on standard error.
//
// Data flow: read_input (this thread) -> CorpusBuilder (-j workers, then the
// entity registry and the RDF mapping in input order) -> GraphOutput into an
// OutputFile (renamed into place at the end), or a GraphStore (--store).
// --update KG reads an earlier N-Quads graph twice: first its entities (same
// IRIs and labels for the same entities), at the end its documents' graphs
// except those processed again.
#include <fmt/core.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_set>

#include "commands.hpp"
#include "interrupt.hpp"
#include "load_command.hpp"
#include "polkg/corpus_builder.hpp"
#include "polkg/error.hpp"
#include "polkg/graph_output.hpp"
#include "polkg/graph_store.hpp"
#include "polkg/iri.hpp"
#include "polkg/output_file.hpp"
#include "polkg/quad_reader.hpp"
#include "polkg/vocabulary.hpp"
#include "polkg/writer.hpp"
#include "progress.hpp"

namespace polkg::cli {
namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  bool stdin_input = false;
  std::string output;  ///< empty: standard output (or, with --update, the KG itself)
  std::string format;
  std::string base{vocab::DEFAULT_BASE};
  std::vector<std::string> gazetteers;
  unsigned threads = 0;  ///< 0 = all cores
  bool explain = false;
  std::string update;    ///< --update KG (N-Quads)
  std::string store;     ///< --store DIR
  std::string load_url;  ///< --load: also load the graph into this SPARQL dataset
};

/// Thrown from the reader's callback when a signal asked a cooperative build to stop.
struct Interrupted {};

const EntityType ENTITY_TYPES[] = {EntityType::State,        EntityType::Legislature, EntityType::Chamber,
                                   EntityType::Organization, EntityType::Person,      EntityType::Place};

/// The entities of an earlier graph, for --update: subjects under `base`
/// typed with one of the contract's entity classes, with their rdfs:label.
void seed_from_graph(const std::string& path, const std::string& base, EntityRegistry& registry) {
  std::map<std::string, std::pair<int, std::string>> found;  // key -> (type index or -1, label)
  const std::string type = std::string(vocab::RDF) + "type", label = std::string(vocab::RDFS) + "label";
  read_quads(path, [&](const Quad& q) {
    if (!q.subject.is_iri() || q.subject.value.compare(0, base.size(), base) != 0) return;
    if (q.predicate.value == type) {
      for (int i = 0; i < 6; ++i)
        if (q.object.value == std::string(vocab::POLKG) + to_string(ENTITY_TYPES[i])) {
          auto& f = found[q.subject.value.substr(base.size())];
          f.first = i;
        }
    } else if (q.predicate.value == label) {
      auto& f = found.try_emplace(q.subject.value.substr(base.size()), -1, std::string()).first->second;
      if (f.second.empty()) f.second = q.object.value;
    }
  });
  for (const auto& [key, f] : found)
    if (f.first >= 0 && !f.second.empty()) registry.seed(key, ENTITY_TYPES[f.first], f.second);
}

struct Totals {
  size_t documents = 0, failures = 0, warnings = 0, posts = 0, kept = 0;
  std::map<std::string, size_t> events;
};

void print_summary(const Totals& t, const EntityRegistry& registry, size_t statements, const std::string& where) {
  auto join = [](const auto& m) {
    std::string s;
    for (const auto& [k, n] : m) s += fmt::format("{}{} {}", s.empty() ? "" : ", ", n, k);
    return s.empty() ? std::string("none") : s;
  };
  std::map<std::string, size_t> entities;
  for (const auto& [type, n] : registry.counts()) entities[to_string(type)] = n;
  fmt::print(stderr, "documents: {}{}{}{}\n", t.documents,
             t.failures ? fmt::format(" ({} failed)", t.failures) : std::string(),
             t.warnings ? fmt::format(" ({} with warnings)", t.warnings) : std::string(),
             t.kept ? fmt::format(", {} kept from {}", t.kept, where) : std::string());
  fmt::print(stderr, "entities: {}\n", join(entities));
  fmt::print(stderr, "posts: {}\n", t.posts);
  fmt::print(stderr, "events: {}\n", join(t.events));
  fmt::print(stderr, "triples: {}\n", statements);
}

int run_build(BuildOptions o, const GlobalOptions& g) {
  check_base(o.base);
  if (o.stdin_input) o.inputs.push_back("-");
  if (o.inputs.empty()) throw Error(Error::Kind::Usage, "no input: give files, directories, - or --stdin");
  if (!o.update.empty()) {
    if (format_for_path(o.update, Format::Turtle) != Format::NQuads)
      throw Error(Error::Kind::Usage,
                  "--update needs an N-Quads graph (.nq, written with --format nquads): Turtle and N-Triples do "
                  "not say which document each triple came from",
                  o.update);
    if (!std::filesystem::exists(o.update)) throw Error(Error::Kind::Io, "no such file", o.update);
    if (o.output.empty()) o.output = o.update;
  }
  bool write_file = o.store.empty() || !o.output.empty();
  if (o.output.empty()) o.output = "-";
  Format format = o.format.empty() ? format_for_path(o.output, Format::Turtle) : parse_format(o.format);
  for (const auto& in : o.inputs) {
    std::error_code ec;
    if (o.output != "-" && in != "-" && std::filesystem::equivalent(in, o.output, ec))
      throw Error(Error::Kind::Usage, "the output " + o.output + " is one of the inputs: it would be overwritten");
  }
  RdfOptions rdf{o.base};
  Pipeline pipeline(g.data_dir.empty() ? default_data_dir() : g.data_dir, o.gazetteers);
  EntityRegistry registry;
  std::unique_ptr<GraphStore> store;
  if (!o.store.empty()) {
    store = std::make_unique<GraphStore>(o.store);
    store->load_registry(registry);
  }
  if (!o.update.empty()) seed_from_graph(o.update, o.base, registry);

  // What the message says when a signal stops the build at once (a second
  // signal, with --store).
  std::string outcome = store ? o.store + " may miss part of the last document (stopped at once)"
                        : o.output == "-" ? std::string("standard output is incomplete")
                                          : o.output + " left unchanged";
  InterruptGuard guard(outcome, store != nullptr);
  std::unique_ptr<OutputFile> file;
  std::unique_ptr<GraphOutput> graph;
  auto open_output = [&] {
    file = std::make_unique<OutputFile>(o.output);
    guard.set_temporary(file->temporary_path());
    graph = make_graph_output(format, file->stream(), o.base);
  };
  if (write_file && !store) open_output();

  Progress progress(!g.quiet && isatty(STDERR_FILENO), o.inputs);
  Totals totals;
  std::mutex failures_mu;  // reader thread and merger thread both report
  auto on_failure = [&](const ReadFailure& f) {
    std::lock_guard lock(failures_mu);
    // A record read without a part of it (an impossible date) is a warning;
    // either way the exit status says bad input was seen.
    ++(f.kept ? totals.warnings : totals.failures);
    progress.finish();
    fmt::print(stderr, "polkg: {}: {}\n", f.kept ? "warning" : "skipped", f.message);
  };
  std::unordered_set<std::string> replaced;  // graphs written in this run
  Quads for_load;
  auto on_document = [&](ProcessedDocument&& d) {
    for (const auto& e : d.explanations)
      fmt::print(stderr, "{} [{:.2f}] {}\n    \"{}\" ({}:{}-{})\n", e.document, e.confidence, e.fact, e.sentence,
                 e.document, e.begin, e.end);
    std::string iri = o.base + document_key(d.id);
    if (store) {
      store->put_graph(iri, d.quads);
    } else {
      graph->add_all(d.quads);
      file->check();
    }
    if (!o.update.empty()) replaced.insert(iri);
    if (!o.load_url.empty()) for_load.insert(for_load.end(), d.quads.begin(), d.quads.end());
    ++totals.documents;
    totals.posts += d.posts;
    for (const auto& [k, n] : d.events) totals.events[k] += n;
    InterruptGuard::document_done();
    std::lock_guard lock(failures_mu);  // the reader's failures print from another thread
    progress.document(d.characters);
  };

  CorpusBuilder::Options bo;
  bo.threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  bo.rdf = rdf;
  bo.explain = o.explain;
  std::set<std::string> ids;  // a document id names one document across all inputs
  try {
    CorpusBuilder builder(pipeline, registry, bo, on_document, on_failure);
    for (const auto& in : o.inputs) {
      read_input(
          in,
          [&](Document&& d) {
            if (InterruptGuard::interrupted()) throw Interrupted{};
            if (!ids.insert(d.id).second) {
              on_failure({d.source + (d.source_line ? ":" + std::to_string(d.source_line) : std::string()) +
                          ": document id \"" + d.id + "\" is already used by an earlier input: skipped"});
              return;
            }
            builder.add(std::move(d));
          },
          on_failure);
    }
    builder.finish();
  } catch (const Interrupted&) {
    progress.finish();
    if (store) store->save(registry);  // what was stored stays consistent
    fmt::print(stderr, "polkg: interrupted after {} documents; {}\n", InterruptGuard::documents_done(),
               store ? o.store + " keeps them" + (write_file ? ", " + o.output + " left unchanged" : "") : outcome);
    return 130;
  }
  progress.finish();

  if (totals.documents == 0 && totals.failures) {
    // Nothing was read: keep whatever the output file held.
    fmt::print(stderr, "polkg: no document could be read; {} left unchanged\n", o.output == "-" ? "output" : o.output);
    return 1;
  }
  if (!o.update.empty()) {
    // The earlier graph's documents that were not processed again.
    std::string last;
    read_quads(o.update, [&](const Quad& q) {
      if (!q.graph.empty() && replaced.count(q.graph)) return;
      if (q.graph != last && !q.graph.empty()) ++totals.kept, last = q.graph;
      graph->add(q);
      if (!o.load_url.empty()) for_load.push_back(q);
    });
  }
  if (store) {
    store->save(registry);
    if (write_file) {
      open_output();
      store->for_each([&](const Quad& q) {
        graph->add(q);
        if (!o.load_url.empty()) for_load.push_back(q);
      });
    }
  }
  size_t statements = 0;
  if (graph) {
    graph->finish();
    file->commit();
    statements = graph->statements();
  }
  if (!g.quiet) print_summary(totals, registry, statements, o.update);
  // --load URL: after writing the output, load the same quads (cli/load_command.cpp).
  if (!o.load_url.empty()) {
    std::sort(for_load.begin(), for_load.end());
    for_load.erase(std::unique(for_load.begin(), for_load.end()), for_load.end());
    load_built_graph(o.load_url, std::move(for_load), g);
  }
  return totals.failures || totals.warnings ? 1 : 0;
}

}  // namespace

Run add_build_command(CLI::App& root, GlobalOptions& g) {
  auto o = std::make_shared<BuildOptions>();
  auto* cmd = root.add_subcommand("build", "Extract a knowledge graph from news articles");
  cmd->add_option("INPUT", o->inputs, "A .txt article, a .jsonl corpus, a directory of either, or - (JSON Lines on standard input)");
  cmd->add_flag("--stdin", o->stdin_input, "Read JSON Lines from standard input (as INPUT -), e.g. as a Spark or Hadoop mapper");
  cmd->add_option("-o,--output", o->output, "Output file, or - for standard output (default; with --update: the KG)");
  cmd->add_option("--format", o->format, "turtle (default), ntriples, nquads or sparql-update; default from the -o extension")
      ->check(CLI::IsMember({"turtle", "ttl", "ntriples", "nt", "nquads", "nq", "sparql-update", "ru"}));
  cmd->add_option("--base", o->base, "Base IRI of instances (default: a placeholder)");
  cmd->add_option("--gazetteer", o->gazetteers, "Extra gazetteer TSV file (ontology/gazetteer/README.md)")
      ->check(CLI::ExistingFile);
  cmd->add_option("-j,--jobs", o->threads, "Extraction threads (default: all cores); the output does not depend on it")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--explain", o->explain, "Print each extracted fact with its evidence sentence (standard error)");
  cmd->add_flag("-q,--quiet", g.quiet, "No progress, no summary");
  auto* update = cmd->add_option("--update", o->update,
                                 "Add the articles to this N-Quads graph: same IRIs for the same entities, a document "
                                 "processed again replaces its graph (written to -o, default the KG itself)");
  cmd->add_option("--store", o->store,
                  "Keep the graph in this persistent store directory (Redland/Berkeley DB), adding to what it holds; "
                  "-o then writes the whole store")
      ->excludes(update);
  cmd->add_option("--load", o->load_url, "Then load the graph into this SPARQL dataset (polkg load; e.g. http://127.0.0.1:3030/ds)");
  return [o, &g] { return run_build(*o, g); };
}

}  // namespace polkg::cli
