// polkg/fuseki_client.hpp: loading quads into a SPARQL store (Apache Jena
// Fuseki, or any server speaking the SPARQL 1.1 Graph Store HTTP Protocol or
// SPARQL 1.1 Update) over HTTP with libcurl.
//
// Replace, never duplicate: each named graph (one per document) is sent with
// PUT (GSP) or `CLEAR SILENT GRAPH` + `INSERT DATA` (Update), so loading the
// same article twice replaces its graph. A graph larger than a batch is sent
// as a PUT of the first batch and POSTs of the rest.
//
// Failures lose nothing: connection errors and 5xx answers are retried with
// exponential backoff; a 4xx is not retried, the graphs of that request are
// reported as failed and loading goes on with the next request, except after
// 401, 403, 404, 405 or 407 (credentials, write access, no such dataset: every
// request would get the same answer); when the server stays unreachable or
// refuses the endpoint, loading stops and every graph not yet sent is
// reported as not loaded. LoadReport says which graphs were loaded.
//
// Credentials: POLKG_USER and POLKG_PASSWORD from the environment, else the
// entry for the host in ~/.netrc (libcurl's CURLOPT_NETRC); basic or digest,
// whichever the server asks for. They never appear in a message, a log or an
// error: URLs are printed without user information, and a URL that carries
// a password is refused.
//
// Thread safety: an HttpClient or Loader is used by one thread at a time.
#pragma once
#include <chrono>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "polkg/rdf.hpp"

namespace polkg::fuseki {

/// The URLs of one dataset. Fuseki's layout by default: the dataset URL
/// (e.g. http://127.0.0.1:3030/ds) takes N-Quads; GSP at `<dataset>/data`,
/// SPARQL Update at `<dataset>/update`, SPARQL Query at `<dataset>/query`.
struct Endpoint {
  std::string dataset;
  std::string gsp;
  std::string update;
  std::string query;
  /// Fills the others from `dataset` (a trailing '/' is dropped). Throws
  /// Error(Kind::Usage) when the URL is not http(s) or carries a password.
  static Endpoint for_dataset(std::string dataset);
};

/// `url` with any user information removed: safe to print.
std::string redact(const std::string& url);

/// Timeouts and retries of every request.
struct HttpOptions {
  int attempts = 4;                                 ///< tries for a connection error or 5xx (>= 1)
  std::chrono::milliseconds backoff{500};           ///< wait before the 2nd try; doubled after each
  std::chrono::seconds connect_timeout{10};
  std::chrono::seconds timeout{600};                ///< whole request; 0 = none
  std::chrono::seconds stall_timeout{60};           ///< abort when nothing moves for this long
};

struct Request {
  std::string method;        ///< "PUT", "POST", "GET", "DELETE"
  std::string url;           ///< without user information (Endpoint refuses it)
  std::string content_type;  ///< empty for no body
  std::string accept;        ///< empty for any
  std::string body;
};

/// The final answer to a request. `status` 0 means no HTTP answer at all
/// (connection refused, timeout): `message` then says what libcurl saw.
struct Response {
  long status = 0;
  std::string body;
  std::string message;  ///< "HTTP 400: Parse Error: [line: 1, col: 3] ..." or libcurl's error
  int attempts = 0;     ///< how many tries were made
  bool ok() const { return status >= 200 && status < 300; }
};

/// One libcurl handle (connections are reused) with retries and auth.
class HttpClient {
 public:
  explicit HttpClient(HttpOptions options = {});
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  /// Sends `r`, retrying connection errors and 5xx answers; never throws
  /// for an HTTP or network failure (see Response), only Error(Kind::Io)
  /// when libcurl cannot be set up. `sleep` is called between tries (tests
  /// pass a function that does not sleep).
  Response send(const Request& r);
  void set_sleep(std::function<void(std::chrono::milliseconds)> sleep);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

enum class Protocol {
  Gsp,     ///< Graph Store Protocol: PUT per graph (replaces)
  Update,  ///< SPARQL Update: CLEAR SILENT GRAPH + INSERT DATA, many graphs a request
  Quads,   ///< bulk: POST N-Quads to the dataset (appends: for an empty dataset)
};

struct LoadOptions {
  Protocol protocol = Protocol::Gsp;
  bool dry_run = false;        ///< print the requests instead of sending them
  size_t batch_triples = 50000;  ///< at most this many triples per request (>= 1)
  bool progress = false;       ///< draw a progress bar on standard error
};

/// The outcome per graph ("" is the default graph).
struct LoadReport {
  std::vector<std::string> loaded;       ///< every triple of these was stored
  struct Failure {
    std::string graph;
    std::string message;  ///< the server's status and message, or the network error
  };
  std::vector<Failure> failed;           ///< the server refused (4xx) or failed partway
  std::vector<std::string> not_sent;     ///< never sent: the server had become unreachable
  size_t triples_sent = 0;
  size_t requests = 0;
  bool ok() const { return failed.empty() && not_sent.empty(); }
};

/// Loads quads into one dataset. Holds the client and the endpoint.
class Loader {
 public:
  /// `log` receives dry-run output (one line per request); `client` is
  /// borrowed and must outlive the Loader.
  Loader(Endpoint endpoint, LoadOptions options, HttpClient& client, std::ostream& log);

  /// Sends `quads` (any order; grouped by graph here) and says what was
  /// stored. Graphs in `skip` are not sent (reported as loaded: --resume).
  /// Never throws for a server or network failure: see LoadReport.
  LoadReport load(const Quads& quads, const std::vector<std::string>& skip = {});

 private:
  Endpoint endpoint_;
  LoadOptions options_;
  HttpClient& client_;
  std::ostream& log_;
};

/// Writes the report for people: counts, then each failed graph with its
/// message, then the graphs not sent, then (when `verbose`) the loaded ones.
void print_report(const LoadReport& report, std::ostream& out, bool verbose);

}  // namespace polkg::fuseki
