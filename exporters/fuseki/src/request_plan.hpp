// Splitting quads into bounded requests, and writing each request (internal
// to polkg_fuseki; see polkg/fuseki_client.hpp for the protocols).
#pragma once
#include <string>
#include <vector>

#include "polkg/fuseki_client.hpp"

namespace polkg::fuseki {

/// Part of one graph's triples. `first` is the piece that replaces the
/// graph (PUT, or CLEAR + INSERT); `last` completes it.
struct Piece {
  std::string graph;  ///< "" = the default graph
  std::vector<const Quad*> quads;
  bool first = true;
  bool last = true;
};

/// The pieces one request carries (one piece for GSP, several for Update
/// and Quads), `triples` in all.
struct PlannedRequest {
  std::vector<Piece> pieces;
  size_t triples = 0;
};

/// Groups `quads` by graph (graphs in IRI order, triples in input order),
/// leaves out the graphs in `skip`, and cuts them into requests of at most
/// `options.batch_triples` triples. Pointers refer into `quads`.
std::vector<PlannedRequest> plan_requests(const Quads& quads, const LoadOptions& options,
                                          const std::vector<std::string>& skip);

/// The HTTP request for `planned`: method, URL, content type and body.
Request render(const PlannedRequest& planned, const Endpoint& endpoint, Protocol protocol);

}  // namespace polkg::fuseki
