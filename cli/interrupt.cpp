// SIGINT/SIGTERM handling of `polkg build` (see interrupt.hpp).
#include "interrupt.hpp"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstring>

namespace polkg::cli {
namespace {

char g_temporary[4096];
char g_output[1024];
std::atomic<size_t> g_done{0};
volatile std::sig_atomic_t g_cooperative = 0;
volatile std::sig_atomic_t g_signals = 0;
struct sigaction g_old_int, g_old_term;

void put(const char* s) { (void)!write(STDERR_FILENO, s, std::strlen(s)); }

void handler(int) {
  g_signals = g_signals + 1;  // (++ on a volatile is deprecated in C++20)
  if (g_cooperative && g_signals == 1) return;  // the build stops at the next document
  if (g_temporary[0]) unlink(g_temporary);
  char num[32];
  size_t n = g_done.load(), i = sizeof num - 1;
  num[i] = '\0';
  do {
    num[--i] = char('0' + n % 10);
    n /= 10;
  } while (n && i > 0);
  put("\npolkg: interrupted after ");
  put(num + i);
  put(" documents; ");
  put(g_output);
  put("\n");
  _exit(130);
}

void copy(char* dst, size_t size, const std::string& s) {
  size_t n = std::min(size - 1, s.size());
  std::memcpy(dst, s.data(), n);
  dst[n] = '\0';
}

}  // namespace

InterruptGuard::InterruptGuard(const std::string& outcome, bool cooperative) {
  copy(g_output, sizeof g_output, outcome);
  g_temporary[0] = '\0';
  g_done = 0;
  g_signals = 0;
  g_cooperative = cooperative;
  struct sigaction sa{};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, &g_old_int);
  sigaction(SIGTERM, &sa, &g_old_term);
}

InterruptGuard::~InterruptGuard() {
  sigaction(SIGINT, &g_old_int, nullptr);
  sigaction(SIGTERM, &g_old_term, nullptr);
  g_temporary[0] = '\0';
}

void InterruptGuard::set_temporary(const std::string& path) {
  // Block the signals while the path changes: the handler never reads half of it.
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  copy(g_temporary, sizeof g_temporary, path);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

void InterruptGuard::document_done() { ++g_done; }
size_t InterruptGuard::documents_done() { return g_done.load(); }
bool InterruptGuard::interrupted() { return g_signals > 0; }

}  // namespace polkg::cli
