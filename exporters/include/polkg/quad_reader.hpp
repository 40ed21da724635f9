// polkg/quad_reader.hpp: reading back a graph file polkg wrote, streaming
// (serd), for `polkg build --update` and the store.
#pragma once
#include <functional>
#include <string>

#include "polkg/rdf.hpp"
#include "polkg/writer.hpp"

namespace polkg {

/// Reads `path` as N-Quads, N-Triples or Turtle (the format from the
/// extension: .nq, .nt, .ttl; else N-Quads) and calls `on_quad` for each
/// statement, in file order. Prefixed names are expanded; a quad of the
/// default graph has an empty `graph`.
/// Throws Error(Kind::Io) if the file cannot be opened, Error(Kind::BadInput)
/// naming the file and line of the first syntax error.
void read_quads(const std::string& path, const std::function<void(const Quad&)>& on_quad);

}  // namespace polkg
