// `polkg build`: articles -> knowledge graph (Turtle, N-Triples, N-Quads,
// SPARQL Update), with a summary on standard error.
#include <fmt/core.h>
#include <unistd.h>

#include <iostream>
#include <filesystem>
#include <map>
#include <set>

#include "commands.hpp"
#include "load_command.hpp"
#include "polkg/error.hpp"
#include "polkg/iri.hpp"
#include "polkg/pipeline.hpp"
#include "polkg/vocabulary.hpp"
#include "polkg/writer.hpp"

namespace polkg::cli {
namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string format;
  std::string base{vocab::DEFAULT_BASE};
  std::vector<std::string> gazetteers;
  bool explain = false;
  std::string load_url;  ///< --load: also load the graph into this SPARQL dataset
};

void print_summary(const KnowledgeGraph& kg, size_t triples, size_t failures) {
  std::map<std::string, int> entities, events;
  for (const auto& [k, e] : kg.entities()) entities[to_string(e.type)]++;
  for (const auto& e : kg.events()) events[to_string(e.type)]++;
  auto join = [](const std::map<std::string, int>& m) {
    std::string s;
    for (const auto& [k, n] : m) s += fmt::format("{}{} {}", s.empty() ? "" : ", ", n, k);
    return s.empty() ? std::string("none") : s;
  };
  fmt::print(stderr, "documents: {}{}\n", kg.documents().size(),
             failures ? fmt::format(" ({} failed)", failures) : std::string());
  fmt::print(stderr, "entities: {}\n", join(entities));
  fmt::print(stderr, "posts: {}\n", kg.posts().size());
  fmt::print(stderr, "events: {}\n", join(events));
  fmt::print(stderr, "triples: {}\n", triples);
}

int run_build(const BuildOptions& o, const GlobalOptions& g) {
  check_base(o.base);
  Format format = o.format.empty() ? format_for_path(o.output, Format::Turtle) : parse_format(o.format);
  for (const auto& in : o.inputs) {
    std::error_code ec;
    if (o.output != "-" && in != "-" && std::filesystem::equivalent(in, o.output, ec))
      throw Error(Error::Kind::Usage, "the output " + o.output + " is one of the inputs: it would be overwritten");
  }
  Pipeline pipeline(g.data_dir.empty() ? default_data_dir() : g.data_dir, o.gazetteers);
  KnowledgeGraph kg;
  std::vector<Explanation> explanations;
  size_t failures = 0;
  auto on_failure = [&](const ReadFailure& f) {
    ++failures;
    fmt::print(stderr, "polkg: skipped: {}\n", f.message);
  };
  std::set<std::string> ids;  // a document id names one document across all inputs
  for (const auto& in : o.inputs) {
    read_input(
        in,
        [&](Document&& d) {
          if (!ids.insert(d.id).second) {
            on_failure({d.source + (d.source_line ? ":" + std::to_string(d.source_line) : std::string()) +
                        ": document id \"" + d.id + "\" is already used by an earlier input: skipped"});
            return;
          }
          pipeline.process(d, kg, o.explain ? &explanations : nullptr);
        },
        on_failure);
  }
  if (o.explain) {
    for (const auto& e : explanations)
      fmt::print(stderr, "{} [{:.2f}] {}\n    \"{}\" ({}:{}-{})\n", e.document, e.confidence, e.fact,
                 e.sentence, e.document, e.begin, e.end);
  }
  if (kg.documents().empty() && failures) {
    // Nothing was read: keep whatever the output file held.
    fmt::print(stderr, "polkg: no document could be read; {} left unchanged\n", o.output == "-" ? "output" : o.output);
    return 1;
  }
  merge_name_variants(kg);
  Quads quads = to_quads(kg, RdfOptions{o.base});
  write_quads_atomically(quads, format, o.output);
  if (!g.quiet) print_summary(kg, quads.size(), failures);
  // --load URL: after writing the output, load the same quads (cli/load_command.cpp).
  if (!o.load_url.empty()) load_built_graph(o.load_url, std::move(quads), g);
  return failures ? 1 : 0;
}

}  // namespace

Run add_build_command(CLI::App& root, GlobalOptions& g) {
  auto o = std::make_shared<BuildOptions>();
  auto* cmd = root.add_subcommand("build", "Extract a knowledge graph from news articles");
  cmd->add_option("INPUT", o->inputs, "A .txt article, a .jsonl corpus, a directory of either, or - (JSON Lines on standard input)")
      ->required();
  cmd->add_option("-o,--output", o->output, "Output file, or - for standard output (default)");
  cmd->add_option("--format", o->format, "turtle (default), ntriples, nquads or sparql-update; default from the -o extension")
      ->check(CLI::IsMember({"turtle", "ttl", "ntriples", "nt", "nquads", "nq", "sparql-update", "ru"}));
  cmd->add_option("--base", o->base, "Base IRI of instances (default: a placeholder)");
  cmd->add_option("--gazetteer", o->gazetteers, "Extra gazetteer TSV file (ontology/gazetteer/README.md)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--explain", o->explain, "Print each extracted fact with its evidence sentence (standard error)");
  cmd->add_flag("-q,--quiet", g.quiet, "No summary");
  cmd->add_option("--load", o->load_url, "Then load the graph into this SPARQL dataset (polkg load; e.g. http://127.0.0.1:3030/ds)");
  return [o, &g] { return run_build(*o, g); };
}

}  // namespace polkg::cli
