// SPARQL 1.1 Update writer. Placeholder until the SPARQL export lands
// (issue: SPARQL export and loading into Fuseki).
#include "sparql_update.hpp"

#include "polkg/error.hpp"

namespace polkg {

void write_sparql_update(const Quads&, std::ostream&) {
  throw Error(Error::Kind::Usage, "--format sparql-update is not available yet");
}

}  // namespace polkg
