// Internal: the cost of a path and the tie order of search results
// (polkg/path_search.hpp, "Order among ties").
#pragma once
#include <vector>

#include "polkg/path_search.hpp"

namespace polkg::paths {

/// Sum of enter_cost over the vertices the hops enter.
double path_cost(const PathGraph& g, const Path& p, Weighting w);

/// Cost (within 1e-9), then hops, then vertex ids, then triple ids.
bool path_less(const PathGraph& g, const Path& a, const Path& b);

void sort_paths(const PathGraph& g, std::vector<Path>& paths);

}  // namespace polkg::paths
