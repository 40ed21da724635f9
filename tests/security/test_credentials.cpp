// Credentials (POLKG_USER/POLKG_PASSWORD, ~/.netrc, or typed into the URL)
// never appear in a message, a log line or a report. A local server that
// answers 401 records the Authorization header it got, so each test also
// shows that the credentials were sent: the check is of real use, not of a
// client that never read them.
#define BOOST_TEST_MODULE credentials
#include <arpa/inet.h>
#include <boost/test/unit_test.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "polkg/error.hpp"
#include "polkg/fuseki_client.hpp"

using namespace polkg;
using namespace polkg::fuseki;
namespace fs = std::filesystem;

namespace {

// Answers every request with 401 (Basic) until stopped; keeps the
// Authorization headers it saw.
class Unauthorized {
 public:
  Unauthorized() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    BOOST_REQUIRE(bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    socklen_t n = sizeof a;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &n);
    port_ = ntohs(a.sin_port);
    BOOST_REQUIRE(listen(fd_, 8) == 0);
    thread_ = std::thread([this] { serve(); });
  }
  ~Unauthorized() {
    stop_ = true;
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/ds"; }
  std::vector<std::string> authorizations() {
    std::lock_guard lock(mutex_);
    return seen_;
  }

 private:
  void serve() {
    while (!stop_) {
      int c = accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      std::string request;
      char buf[4096];
      ssize_t got;
      while (request.find("\r\n\r\n") == std::string::npos && (got = read(c, buf, sizeof buf)) > 0)
        request.append(buf, (size_t)got);
      std::istringstream lines(request);
      for (std::string line; std::getline(lines, line);)
        if (line.rfind("Authorization:", 0) == 0) {
          std::lock_guard lock(mutex_);
          seen_.push_back(line);
        }
      std::string body = "Unauthorized\n";
      std::string answer = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"polkg-test\"\r\n"
                           "Content-Type: text/plain\r\nConnection: close\r\nContent-Length: " +
                           std::to_string(body.size()) + "\r\n\r\n" + body;
      (void)!write(c, answer.data(), answer.size());
      close(c);
    }
  }
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  std::mutex mutex_;
  std::vector<std::string> seen_;
};

// base64 of "user:password", as in an Authorization: Basic header.
std::string basic(const std::string& s) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < s.size(); i += 3) {
    unsigned v = (unsigned char)s[i] << 16 | (unsigned char)s[i + 1] << 8 | (unsigned char)s[i + 2];
    for (int k = 18; k >= 0; k -= 6) out += t[(v >> k) & 63];
  }
  if (i < s.size()) {
    unsigned v = (unsigned char)s[i] << 16 | (i + 1 < s.size() ? (unsigned char)s[i + 1] << 8 : 0);
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += i + 1 < s.size() ? t[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

Quads one_graph() {
  return {Quad{Term::iri("https://example.org/s"), Term::iri("https://example.org/p"), Term::literal("o"),
               "https://example.org/g"}};
}

// Everything a load prints: the log, the report, each failure message.
std::string load_output(const std::string& url, Protocol protocol) {
  HttpOptions http;
  http.attempts = 2;
  http.connect_timeout = std::chrono::seconds(5);
  http.timeout = std::chrono::seconds(20);
  HttpClient client(http);
  client.set_sleep([](std::chrono::milliseconds) {});
  std::ostringstream log;
  LoadOptions options;
  options.protocol = protocol;
  Loader loader(Endpoint::for_dataset(url), options, client, log);
  LoadReport r = loader.load(one_graph());
  BOOST_TEST(!r.ok());
  print_report(r, log, true);
  for (const auto& f : r.failed) log << f.message << '\n';
  return log.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Env {
  std::vector<std::pair<std::string, std::string>> saved;
  void set(const std::string& name, const char* value) {
    const char* old = std::getenv(name.c_str());
    saved.emplace_back(name, old ? old : std::string("\x01unset"));
    if (value) setenv(name.c_str(), value, 1);
    else unsetenv(name.c_str());
  }
  ~Env() {
    for (auto it = saved.rbegin(); it != saved.rend(); ++it) {
      if (it->second == "\x01unset") unsetenv(it->first.c_str());
      else setenv(it->first.c_str(), it->second.c_str(), 1);
    }
  }
};

}  // namespace

// Typed into the URL: refused, and the message shows no part of it, however
// the password is written ('/', '@', '?', '#', ':' unencoded).
BOOST_AUTO_TEST_CASE(credentials_in_the_url_are_refused_without_a_trace) {
  const char* urls[] = {
      "http://alice:pw1SECRET@host:3030/ds",
      "http://alice:pw1/SECRET@host:3030/ds",
      "http://alice:pw1@SECRET@host:3030/ds",
      "http://alice:pw1?SECRET@host:3030/ds",
      "https://alice:pw1#SECRET@host/ds",
      "http://alice:pw1:SECRET@host/ds",
      "alice:pw1SECRET@host/ds",            // no scheme
      "ftp://alice:pw1SECRET@host/ds",      // wrong scheme
  };
  for (const char* url : urls) {
    BOOST_TEST_CONTEXT(url) {
      try {
        Endpoint::for_dataset(url);
        BOOST_FAIL("accepted");
      } catch (const Error& e) {
        std::string m = e.what();
        BOOST_TEST((e.kind() == Error::Kind::Usage));
        BOOST_TEST(!contains(m, "SECRET"), m);
        BOOST_TEST(!contains(m, "pw1"), m);
        BOOST_TEST(!contains(m, "alice"), m);
        BOOST_TEST(contains(m, "host"), m);  // says which endpoint, without the secret
      }
    }
  }
  BOOST_TEST(redact("http://alice:pw1/SECRET@host/ds/data?graph=a%40b") == "http://host/ds/data?graph=a%40b");
  BOOST_TEST(redact("https://u:p@host/ds?graph=a@b") == "https://host/ds?graph=a@b");
  BOOST_TEST(redact("http://host/ds") == "http://host/ds");
}

// From the environment: sent (Basic, after the 401), never printed, by any protocol.
BOOST_AUTO_TEST_CASE(environment_credentials_are_sent_but_never_printed) {
  Unauthorized server;
  Env env;
  env.set("POLKG_USER", "alice");
  env.set("POLKG_PASSWORD", "pw-SECRET-1");
  for (Protocol p : {Protocol::Gsp, Protocol::Update, Protocol::Quads}) {
    std::string out = load_output(server.url(), p);
    BOOST_TEST(contains(out, "HTTP 401"), out);
    BOOST_TEST(!contains(out, "SECRET"), out);
    BOOST_TEST(!contains(out, "alice"), out);
    BOOST_TEST(!contains(out, basic("alice:pw-SECRET-1")), out);
  }
  auto seen = server.authorizations();
  BOOST_TEST_REQUIRE(!seen.empty());
  BOOST_TEST(contains(seen.front(), "Basic " + basic("alice:pw-SECRET-1")), seen.front());
}

// From ~/.netrc (no POLKG_USER): the same.
BOOST_AUTO_TEST_CASE(netrc_credentials_are_sent_but_never_printed) {
  Unauthorized server;
  fs::path home = fs::temp_directory_path() / ("polkg-netrc-" + std::to_string(getpid()));
  fs::create_directories(home);
  std::ofstream(home / ".netrc") << "machine 127.0.0.1 login bob password netrc-SECRET-2\n";
  fs::permissions(home / ".netrc", fs::perms::owner_read | fs::perms::owner_write);
  std::string out;
  std::vector<std::string> seen;
  {
    Env env;
    env.set("POLKG_USER", nullptr);
    env.set("POLKG_PASSWORD", nullptr);
    env.set("HOME", home.c_str());
    out = load_output(server.url(), Protocol::Gsp);
    seen = server.authorizations();
  }
  fs::remove_all(home);
  BOOST_TEST(contains(out, "HTTP 401"), out);
  BOOST_TEST(!contains(out, "SECRET"), out);
  BOOST_TEST(!contains(out, "bob"), out);
  BOOST_TEST_REQUIRE(!seen.empty());
  BOOST_TEST(contains(seen.front(), "Basic " + basic("bob:netrc-SECRET-2")), seen.front());
}

// No server at all: libcurl's message names the host, not the user.
BOOST_AUTO_TEST_CASE(network_errors_name_no_credentials) {
  std::string url;
  {
    Unauthorized server;  // take a free port, then close it
    url = server.url();
  }
  Env env;
  env.set("POLKG_USER", "alice");
  env.set("POLKG_PASSWORD", "pw-SECRET-3");
  std::string out = load_output(url, Protocol::Gsp);
  BOOST_TEST(contains(out, "127.0.0.1"), out);
  BOOST_TEST(!contains(out, "SECRET"), out);
  BOOST_TEST(!contains(out, "alice"), out);
}
