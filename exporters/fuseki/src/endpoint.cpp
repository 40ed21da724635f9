// Endpoint URLs and their safe printing (see polkg/fuseki_client.hpp).
#include "polkg/error.hpp"
#include "polkg/fuseki_client.hpp"

namespace polkg::fuseki {
namespace {

// [begin, end) of the "user:password@" part of an http(s) URL, or npos.
std::pair<size_t, size_t> userinfo(const std::string& url) {
  auto scheme = url.find("://");
  if (scheme == std::string::npos) return {std::string::npos, 0};
  size_t host = scheme + 3;
  size_t authority_end = url.find_first_of("/?#", host);
  size_t at = url.rfind('@', authority_end == std::string::npos ? url.size() : authority_end);
  if (at == std::string::npos || at < host) return {std::string::npos, 0};
  return {host, at + 1};
}

}  // namespace

std::string redact(const std::string& url) {
  auto [begin, end] = userinfo(url);
  if (begin == std::string::npos) return url;
  return url.substr(0, begin) + url.substr(end);
}

Endpoint Endpoint::for_dataset(std::string dataset) {
  if (!dataset.starts_with("http://") && !dataset.starts_with("https://"))
    throw Error(Error::Kind::Usage, "the endpoint must be an http:// or https:// URL: " + redact(dataset));
  auto [begin, end] = userinfo(dataset);
  if (begin != std::string::npos)
    throw Error(Error::Kind::Usage,
                "the endpoint URL must not hold credentials (" + redact(dataset) +
                    "): set POLKG_USER and POLKG_PASSWORD, or use ~/.netrc");
  while (dataset.size() > 8 && dataset.back() == '/') dataset.pop_back();
  return Endpoint{dataset, dataset + "/data", dataset + "/update", dataset + "/query"};
}

}  // namespace polkg::fuseki
