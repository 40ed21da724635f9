// Sending the planned requests and keeping, per graph, what was stored
// (see polkg/fuseki_client.hpp: failures lose nothing).
#include <fmt/format.h>

#include <map>
#include <ostream>

#include "polkg/fuseki_client.hpp"
#include "progress.hpp"
#include "request_plan.hpp"

namespace polkg::fuseki {
namespace {

// What happened to each graph, in IRI order.
struct GraphStates {
  enum class State { Pending, Partial, Loaded, Failed };
  std::map<std::string, State> state;
  std::map<std::string, std::string> message;

  void sent(const Piece& p) {
    auto& s = state[p.graph];
    if (s != State::Failed) s = p.last ? State::Loaded : State::Partial;
  }
  void failed(const Piece& p, const std::string& why) {
    state[p.graph] = State::Failed;
    message.emplace(p.graph, why);
  }
  size_t loaded() const {
    size_t n = 0;
    for (const auto& [g, s] : state) n += s == State::Loaded;
    return n;
  }
  void fill(LoadReport& r) const;
};

void GraphStates::fill(LoadReport& r) const {
  for (const auto& [graph, s] : state) {
    if (s == State::Loaded) r.loaded.push_back(graph);
    if (s == State::Failed) r.failed.push_back({graph, message.at(graph)});
    if (s == State::Partial) r.failed.push_back({graph, "partly loaded: the server stopped answering"});
    if (s == State::Pending) r.not_sent.push_back(graph);
  }
}

// An answer about the endpoint, not about the request's body: no or wrong
// credentials (401, 407), no write access (403), no such dataset or service
// (404, 405). Other 4xx (400 a body the server cannot parse, 413 too large)
// concern one request: the next one may succeed.
bool refuses_every_request(long status) {
  return status == 401 || status == 403 || status == 404 || status == 405 || status == 407;
}

std::string describe(const Request& r, size_t triples) {
  return fmt::format("{} {} ({}, {} triples, {} bytes)", r.method, redact(r.url), r.content_type, triples,
                     r.body.size());
}

}  // namespace

Loader::Loader(Endpoint endpoint, LoadOptions options, HttpClient& client, std::ostream& log)
    : endpoint_(std::move(endpoint)), options_(options), client_(client), log_(log) {}

LoadReport Loader::load(const Quads& quads, const std::vector<std::string>& skip) {
  auto plan = plan_requests(quads, options_, skip);
  GraphStates graphs;
  size_t total = 0;
  for (const auto& p : plan) {
    total += p.triples;
    for (const auto& piece : p.pieces) graphs.state.emplace(piece.graph, GraphStates::State::Pending);
  }
  LoadReport report;
  report.loaded = skip;
  Progress progress(options_.progress && !options_.dry_run, total, graphs.state.size());
  for (const auto& planned : plan) {
    Request request = render(planned, endpoint_, options_.protocol);
    ++report.requests;
    if (options_.dry_run) {
      log_ << describe(request, planned.triples) << '\n';
      continue;
    }
    Response response = client_.send(request);
    if (response.ok()) {
      for (const auto& piece : planned.pieces) graphs.sent(piece);
      report.triples_sent += planned.triples;
      progress.update(report.triples_sent, graphs.loaded());
      continue;
    }
    std::string why = response.message;
    if (response.attempts > 1) why += fmt::format(" (after {} tries)", response.attempts);
    for (const auto& piece : planned.pieces) graphs.failed(piece, why);
    if (response.status == 0 || response.status >= 500) break;  // the server is gone: stop here
    if (refuses_every_request(response.status)) break;  // the same answer awaits every request
  }
  if (!options_.dry_run) graphs.fill(report);
  return report;
}

void print_report(const LoadReport& r, std::ostream& out, bool verbose) {
  out << fmt::format("loaded {} graph{} ({} triples in {} request{})", r.loaded.size(),
                     r.loaded.size() == 1 ? "" : "s", r.triples_sent, r.requests, r.requests == 1 ? "" : "s");
  if (!r.failed.empty()) out << fmt::format("; {} failed", r.failed.size());
  if (!r.not_sent.empty()) out << fmt::format("; {} not sent", r.not_sent.size());
  out << '\n';
  auto name = [](const std::string& g) { return g.empty() ? std::string("(default graph)") : "<" + g + ">"; };
  for (const auto& f : r.failed) out << "failed: " << name(f.graph) << ": " << f.message << '\n';
  for (const auto& g : r.not_sent) out << "not sent: " << name(g) << '\n';
  if (verbose || !r.ok())
    for (const auto& g : r.loaded) out << "loaded: " << name(g) << '\n';
}

}  // namespace polkg::fuseki
