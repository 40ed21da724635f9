// polkg/rdf_reader.hpp: reading an RDF file into polkg's quads, streaming,
// with raptor (named graphs of N-Quads and TriG kept).
#pragma once
#include <functional>
#include <string>

#include "polkg/rdf.hpp"

namespace polkg {

/// The raptor parser name for a file: .nq "nquads", .nt "ntriples", .ttl
/// "turtle", .trig "trig", .rdf/.owl "rdfxml". Throws Error(Kind::Usage)
/// for any other extension.
const char* rdf_syntax_for(const std::string& path);

/// Calls `sink` for every statement of `path`, in file order (duplicates
/// are passed on). Graph names are kept (empty for the default graph).
/// Throws Error(Kind::Io) when the file cannot be read and
/// Error(Kind::BadInput) with the line when it does not parse; statements
/// before the error have been passed to `sink` already.
void read_rdf(const std::string& path, const std::function<void(Quad&&)>& sink);

/// All statements of `path` (see read_rdf).
Quads read_quads(const std::string& path);

/// `t` in polkg's model (raptor_term is librdf_node in Redland 1.0.17).
Term to_term(const void* raptor_term);

}  // namespace polkg
