// Cutting quads into bounded requests and writing their bodies: N-Triples
// (GSP), N-Quads (bulk) or SPARQL Update, all with the exporters' term
// writer, so every term is escaped by construction.
#include "request_plan.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <map>
#include <set>

#include "sparql_update.hpp"

namespace polkg::fuseki {
namespace {

std::map<std::string, std::vector<const Quad*>> group_by_graph(const Quads& quads,
                                                               const std::vector<std::string>& skip) {
  std::set<std::string> skipped(skip.begin(), skip.end());
  std::map<std::string, std::vector<const Quad*>> out;
  for (const auto& q : quads)
    if (!skipped.count(q.graph)) out[q.graph].push_back(&q);
  return out;
}

// The pieces of one graph, each at most `batch` triples.
std::vector<Piece> cut(const std::string& graph, const std::vector<const Quad*>& quads, size_t batch) {
  std::vector<Piece> out;
  for (size_t at = 0; at < quads.size() || out.empty(); at += batch) {
    size_t end = std::min(quads.size(), at + batch);
    out.push_back({graph, {quads.begin() + (long)at, quads.begin() + (long)end}, at == 0, end == quads.size()});
  }
  return out;
}

std::string escape(const std::string& s) {
  char* e = curl_easy_escape(nullptr, s.c_str(), (int)s.size());
  std::string out = e ? e : "";
  curl_free(e);
  return out;
}

std::string gsp_url(const Endpoint& e, const std::string& graph) {
  return graph.empty() ? e.gsp + "?default" : e.gsp + "?graph=" + escape(graph);
}

void append_statement(const Quad& q, bool with_graph, std::string& out) {
  append_term(q.subject, out);
  out += ' ';
  append_term(q.predicate, out);
  out += ' ';
  append_term(q.object, out);
  if (with_graph && !q.graph.empty()) {
    out += ' ';
    append_term(Term::iri(q.graph), out);
  }
  out += " .\n";
}

std::string rdf_body(const PlannedRequest& p, bool with_graph) {
  std::string body;
  for (const auto& piece : p.pieces)
    for (const Quad* q : piece.quads) append_statement(*q, with_graph, body);
  return body;
}

std::string update_body(const PlannedRequest& p) {
  std::string body;
  size_t scope = 0;
  for (const auto& piece : p.pieces) append_graph_update(piece.graph, piece.quads, piece.first, scope++, body);
  return body;
}

}  // namespace

std::vector<PlannedRequest> plan_requests(const Quads& quads, const LoadOptions& options,
                                          const std::vector<std::string>& skip) {
  size_t batch = std::max<size_t>(1, options.batch_triples);
  std::vector<PlannedRequest> out;
  for (const auto& [graph, members] : group_by_graph(quads, skip)) {
    for (auto& piece : cut(graph, members, batch)) {
      bool one_per_request = options.protocol == Protocol::Gsp;
      if (out.empty() || one_per_request || out.back().triples + piece.quads.size() > batch) out.emplace_back();
      out.back().triples += piece.quads.size();
      out.back().pieces.push_back(std::move(piece));
    }
  }
  return out;
}

Request render(const PlannedRequest& p, const Endpoint& e, Protocol protocol) {
  switch (protocol) {
    case Protocol::Gsp: {
      const Piece& piece = p.pieces.front();
      return {piece.first ? "PUT" : "POST", gsp_url(e, piece.graph), "application/n-triples", "",
              rdf_body(p, false)};
    }
    case Protocol::Quads:
      return {"POST", e.dataset, "application/n-quads", "", rdf_body(p, true)};
    case Protocol::Update:
    default:
      return {"POST", e.update, "application/sparql-update", "", update_body(p)};
  }
}

}  // namespace polkg::fuseki
