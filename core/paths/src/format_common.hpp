// Internal: helpers shared by the output formats.
#pragma once
#include <string>
#include <string_view>

#include "polkg/path_graph.hpp"
#include "polkg/path_search.hpp"

namespace polkg::paths {

/// "Yerlan Koshanov (Official)".
std::string entity_text(const PathGraph& g, VertexId v);

/// True for the event classes (shown as ellipses in DOT).
bool is_event_type(std::string_view type);

/// A string literal for DOT or SPARQL: quotes, backslashes and line breaks escaped.
std::string quoted(std::string_view s);

}  // namespace polkg::paths
