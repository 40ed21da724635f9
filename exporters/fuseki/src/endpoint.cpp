// Endpoint URLs and their safe printing (see polkg/fuseki_client.hpp).
#include "polkg/error.hpp"
#include "polkg/fuseki_client.hpp"

namespace polkg::fuseki {
namespace {

// [begin, end) of what may be a "user:password@" part of a URL, or npos:
// from after "://" (or the start) to the last '@' before `stop` (npos: the end). Not only up
// to the first '/': a password typed unencoded may hold '/', '#', ':' or
// '@' ("http://u:p/w@host/ds"), and all of it must go.
std::pair<size_t, size_t> userinfo(const std::string& url, size_t stop) {
  auto scheme = url.find("://");
  size_t host = scheme == std::string::npos ? 0 : scheme + 3;  // "alice:pw@host/ds" too
  size_t at = url.rfind('@', stop == std::string::npos ? stop : stop - 1);
  if (at == std::string::npos || at < host) return {std::string::npos, 0};
  return {host, at + 1};
}

std::string without(const std::string& url, std::pair<size_t, size_t> part) {
  if (part.first == std::string::npos) return url;
  return url.substr(0, part.first) + url.substr(part.second);
}

}  // namespace

// Up to the query: the URLs polkg makes carry the graph IRI in a query
// parameter, percent-encoded ('@' is %40), after a dataset URL without '@'.
std::string redact(const std::string& url) {
  auto scheme = url.find("://");
  size_t query = url.find('?', scheme == std::string::npos ? 0 : scheme + 3);
  return without(url, userinfo(url, query));
}

Endpoint Endpoint::for_dataset(std::string dataset) {
  // Any '@' is taken for credentials (a password may hold '?' too): the
  // message shows only what follows the last one.
  auto credentials = userinfo(dataset, std::string::npos);
  if (!dataset.starts_with("http://") && !dataset.starts_with("https://"))
    throw Error(Error::Kind::Usage, "the endpoint must be an http:// or https:// URL: " + without(dataset, credentials));
  if (credentials.first != std::string::npos)
    throw Error(Error::Kind::Usage,
                "the endpoint URL must not hold credentials (" + without(dataset, credentials) +
                    "): set POLKG_USER and POLKG_PASSWORD, or use ~/.netrc (write an '@' in the path as %40)");
  while (dataset.size() > 8 && dataset.back() == '/') dataset.pop_back();
  return Endpoint{dataset, dataset + "/data", dataset + "/update", dataset + "/query"};
}

}  // namespace polkg::fuseki
