// `polkg load --endpoint URL KG...`: load graph files into a SPARQL store
// (Fuseki) over HTTP, one named graph per document, replacing on re-load.
// The work is done by exporters/fuseki; this file reads the files, adds the
// ontology, keeps the --resume journal and turns the report into an exit code.
#include "load_command.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "polkg/error.hpp"
#include "polkg/fuseki_client.hpp"
#include "polkg/pipeline.hpp"
#include "polkg/rdf_reader.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg::cli {
namespace {

namespace fk = fuseki;

struct LoadCliOptions {
  std::string endpoint;
  std::vector<std::string> graphs;
  std::string protocol = "gsp";
  std::string graph;
  bool default_graph = false;
  bool dry_run = false;
  bool no_ontology = false;
  bool resume = false;
  bool verbose = false;
  size_t batch = 50000;
  int retries = 3;
  long timeout = 600;
};

/// The graph the ontology is loaded into.
std::string ontology_graph() {
  std::string iri(vocab::POLKG);
  if (iri.ends_with("#")) iri.pop_back();
  return iri;
}

void add_ontology(Quads& quads, const GlobalOptions& g) {
  std::string dir = g.data_dir.empty() ? default_data_dir() : g.data_dir;
  std::string graph = ontology_graph();
  read_rdf(dir + "/polkg.ttl", [&](Quad&& q) {
    q.graph = graph;
    quads.push_back(std::move(q));
  });
}

fk::Protocol parse_protocol(const std::string& name) {
  if (name == "gsp") return fk::Protocol::Gsp;
  if (name == "update") return fk::Protocol::Update;
  if (name == "quads") return fk::Protocol::Quads;
  throw Error(Error::Kind::Usage, "unknown protocol \"" + name + "\" (gsp, update, quads)");
}

// --- the --resume journal: "<endpoint>\t<graph>" per loaded graph --------

std::string journal_path(const LoadCliOptions& o) { return o.graphs.front() + ".load-journal"; }

std::vector<std::string> read_journal(const std::string& path, const std::string& endpoint) {
  std::vector<std::string> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    auto tab = line.find('\t');
    if (tab != std::string::npos && line.substr(0, tab) == endpoint) out.push_back(line.substr(tab + 1));
  }
  return out;
}

void write_journal(const std::string& path, const std::string& endpoint, const fk::LoadReport& r) {
  std::error_code ec;
  if (r.ok()) {
    std::filesystem::remove(path, ec);  // the job is done
    return;
  }
  std::ofstream out(path, std::ios::trunc);
  for (const auto& g : r.loaded) out << endpoint << '\t' << g << '\n';
  if (!out) fmt::print(stderr, "polkg: warning: cannot write the journal {}\n", path);
}

// --- reading the input ---------------------------------------------------

Quads read_inputs(const LoadCliOptions& o) {
  Quads quads;
  bool retarget = !o.graph.empty() || o.default_graph;
  for (const auto& path : o.graphs) {
    std::string syntax = rdf_syntax_for(path);
    bool named = syntax == "nquads" || syntax == "trig";
    if (!named && !retarget)
      throw Error(Error::Kind::Usage,
                  "holds triples without graph names: give --graph IRI or --default-graph, "
                  "or build with --format nquads (one graph per document)",
                  path);
    read_rdf(path, [&](Quad&& q) {
      if (retarget) q.graph = o.graph;
      quads.push_back(std::move(q));
    });
  }
  return quads;
}

fk::LoadReport run_loader(const fk::Endpoint& endpoint, const fk::LoadOptions& options, const fk::HttpOptions& http,
                          const Quads& quads, const std::vector<std::string>& skip) {
  fk::HttpClient client(http);
  fk::Loader loader(endpoint, options, client, std::cout);
  return loader.load(quads, skip);
}

constexpr const char* RERUN_ADVICE =
    "re-run the same command, or add --resume to skip the graphs already loaded";

int finish(const fk::LoadReport& report, bool dry_run, bool verbose, bool quiet,
           const std::string& advice = RERUN_ADVICE) {
  if (dry_run) {
    fmt::print(stderr, "dry run: {} request{} not sent\n", report.requests, report.requests == 1 ? "" : "s");
    return 0;
  }
  if (quiet && report.ok()) return 0;
  std::ostringstream text;
  fk::print_report(report, text, verbose);
  fmt::print(stderr, "{}", text.str());
  if (report.ok()) return 0;
  size_t missing = report.failed.size() + report.not_sent.size();
  throw Error(Error::Kind::Server,
              fmt::format("{} graph{} not loaded (listed above); {}", missing, missing == 1 ? "" : "s", advice));
}

// A .ru file is SPARQL Update already: posted as it is.
int post_update_file(const LoadCliOptions& o, const fk::Endpoint& e, const fk::HttpOptions& http) {
  if (o.graphs.size() != 1 || o.protocol != "update")
    throw Error(Error::Kind::Usage, "a .ru file is loaded alone, with --protocol update");
  std::ifstream in(o.graphs.front(), std::ios::binary);
  if (!in) throw Error(Error::Kind::Io, "cannot read", o.graphs.front());
  std::ostringstream body;
  body << in.rdbuf();
  fk::Request r{"POST", e.update, "application/sparql-update", "", body.str()};
  if (o.dry_run) {
    std::cout << fmt::format("POST {} (application/sparql-update, {} bytes)\n", fk::redact(r.url), r.body.size());
    return 0;
  }
  fk::HttpClient client(http);
  auto response = client.send(r);
  if (!response.ok()) throw Error(Error::Kind::Server, response.message, o.graphs.front());
  fmt::print(stderr, "loaded {} ({} bytes of SPARQL Update)\n", o.graphs.front(), r.body.size());
  return 0;
}

int run_load(const LoadCliOptions& o, const GlobalOptions& g) {
  auto endpoint = fk::Endpoint::for_dataset(o.endpoint);
  fk::HttpOptions http;
  http.attempts = o.retries + 1;
  http.timeout = std::chrono::seconds(o.timeout);
  if (o.graphs.front().ends_with(".ru")) return post_update_file(o, endpoint, http);
  fk::LoadOptions options;
  options.protocol = parse_protocol(o.protocol);
  options.dry_run = o.dry_run;
  options.batch_triples = o.batch;
  options.progress = !g.quiet && isatty(STDERR_FILENO);
  Quads quads = read_inputs(o);
  if (!o.no_ontology) add_ontology(quads, g);
  std::vector<std::string> skip;
  if (o.resume) skip = read_journal(journal_path(o), endpoint.dataset);
  auto report = run_loader(endpoint, options, http, quads, skip);
  if (!o.dry_run) write_journal(journal_path(o), endpoint.dataset, report);
  return finish(report, o.dry_run, o.verbose, false);
}

}  // namespace

int load_built_graph(const std::string& url, Quads quads, const GlobalOptions& global) {
  auto endpoint = fk::Endpoint::for_dataset(url);
  add_ontology(quads, global);
  fk::LoadOptions options;
  options.progress = !global.quiet && isatty(STDERR_FILENO);
  auto report = run_loader(endpoint, options, fk::HttpOptions{}, quads, {});
  return finish(report, false, false, global.quiet,
                "the graph file is written: load it with polkg load --endpoint " + fk::redact(url) + " FILE");
}

Run add_load_command(CLI::App& root, GlobalOptions& g) {
  auto o = std::make_shared<LoadCliOptions>();
  auto* cmd = root.add_subcommand("load", "Load graph files into a SPARQL store (Fuseki) over HTTP");
  cmd->add_option("--endpoint", o->endpoint, "Dataset URL, e.g. http://127.0.0.1:3030/ds")->required();
  cmd->add_option("KG", o->graphs, "Graph files polkg wrote (.nq keeps one graph per document; .ru is posted as is)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--protocol", o->protocol,
                  "gsp (default: PUT per graph), update (SPARQL Update), quads (bulk POST of N-Quads, appends)")
      ->check(CLI::IsMember({"gsp", "update", "quads"}));
  auto* graph = cmd->add_option("--graph", o->graph, "Load every triple into this one named graph");
  cmd->add_flag("--default-graph", o->default_graph, "Load every triple into the default graph")->excludes(graph);
  cmd->add_flag("--dry-run", o->dry_run, "Print the requests instead of sending them");
  cmd->add_flag("--no-ontology", o->no_ontology, "Do not load the ontology into <https://w3id.org/polkg/ontology>");
  cmd->add_flag("--resume", o->resume, "Skip the graphs an earlier, failed run loaded (KG.load-journal)");
  cmd->add_option("--batch", o->batch, "At most this many triples per request (default 50000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--retries", o->retries, "Retries on a connection error or 5xx, with backoff (default 3)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--timeout", o->timeout, "Seconds a request may take, 0 = no limit (default 600)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-v,--verbose", o->verbose, "List every graph loaded");
  cmd->add_flag("-q,--quiet", g.quiet, "No progress bar");
  return [o, &g] { return run_load(*o, g); };
}

}  // namespace polkg::cli
