// The HTTP client over libcurl: timeouts, retries with exponential backoff
// on connection errors and 5xx, authentication from the environment or
// ~/.netrc (see polkg/fuseki_client.hpp). No credential is ever copied into
// a message: libcurl's error buffer names hosts, not users or passwords.
#include <curl/curl.h>

#include <cstdlib>
#include <mutex>
#include <thread>

#include "polkg/error.hpp"
#include "polkg/fuseki_client.hpp"

namespace polkg::fuseki {
namespace {

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t append_body(char* data, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

struct SList {
  curl_slist* list = nullptr;
  void add(const std::string& h) { list = curl_slist_append(list, h.c_str()); }
  ~SList() { curl_slist_free_all(list); }
};

// The first line of a server's answer, trimmed: Fuseki puts the reason there.
std::string first_line(const std::string& body) {
  auto end = body.find_first_of("\r\n");
  std::string line = body.substr(0, std::min(end, size_t{300}));
  return line;
}

bool retryable(const Response& r) { return r.status == 0 || r.status >= 500; }

void set_auth(CURL* h) {
  const char* user = std::getenv("POLKG_USER");
  const char* password = std::getenv("POLKG_PASSWORD");
  if (user && *user) {
    curl_easy_setopt(h, CURLOPT_USERNAME, user);
    curl_easy_setopt(h, CURLOPT_PASSWORD, password ? password : "");
  } else {
    curl_easy_setopt(h, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
  }
  curl_easy_setopt(h, CURLOPT_HTTPAUTH, (long)(CURLAUTH_BASIC | CURLAUTH_DIGEST));
}

}  // namespace

struct HttpClient::Impl {
  HttpOptions options;
  CURL* handle = nullptr;
  std::function<void(std::chrono::milliseconds)> sleep = [](auto d) { std::this_thread::sleep_for(d); };

  void configure(const Request& r, SList& headers, std::string& body, char* error) {
    CURL* h = handle;
    curl_easy_reset(h);
    curl_easy_setopt(h, CURLOPT_URL, r.url.c_str());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)options.connect_timeout.count());
    curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)options.timeout.count());
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, (long)options.stall_timeout.count());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, append_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(h, CURLOPT_USERAGENT, "polkg");
    set_auth(h);
    if (r.method == "GET") {
      curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
      curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, r.method.c_str());
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, r.body.data());
      curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r.body.size());
    }
    if (!r.content_type.empty()) headers.add("Content-Type: " + r.content_type);
    if (!r.accept.empty()) headers.add("Accept: " + r.accept);
    headers.add("Expect:");  // no 100-continue round trip
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.list);
  }

  Response attempt(const Request& r) {
    Response out;
    SList headers;
    char error[CURL_ERROR_SIZE] = {0};
    configure(r, headers, out.body, error);
    CURLcode rc = curl_easy_perform(handle);
    if (rc != CURLE_OK) {
      out.message = std::string(curl_easy_strerror(rc)) + (error[0] ? std::string(": ") + error : "");
      return out;
    }
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &out.status);
    if (out.status < 200 || out.status >= 300)
      out.message = "HTTP " + std::to_string(out.status) + (out.body.empty() ? "" : ": " + first_line(out.body));
    return out;
  }
};

HttpClient::HttpClient(HttpOptions options) : impl_(std::make_unique<Impl>()) {
  global_init();
  impl_->options = options;
  if (impl_->options.attempts < 1) impl_->options.attempts = 1;
  impl_->handle = curl_easy_init();
  if (!impl_->handle) throw Error(Error::Kind::Io, "cannot initialize libcurl");
}

HttpClient::~HttpClient() { curl_easy_cleanup(impl_->handle); }

void HttpClient::set_sleep(std::function<void(std::chrono::milliseconds)> sleep) { impl_->sleep = std::move(sleep); }

Response HttpClient::send(const Request& r) {
  auto wait = impl_->options.backoff;
  Response out;
  for (int i = 1;; ++i) {
    out = impl_->attempt(r);
    out.attempts = i;
    if (!retryable(out) || i >= impl_->options.attempts) return out;
    impl_->sleep(wait);
    wait *= 2;
  }
}

}  // namespace polkg::fuseki
