// One librdf world per thread (see polkg/redland.hpp).
#include "polkg/redland.hpp"

#include <mutex>

namespace polkg::redland {
namespace {

std::mutex& world_mutex() {
  static std::mutex m;
  return m;
}

struct ThreadWorld {
  librdf_world* world = nullptr;
  std::vector<std::string> errors;
  ThreadWorld() {
    std::lock_guard<std::mutex> lock(world_mutex());
    world = librdf_new_world();
    librdf_world_set_logger(world, this, &ThreadWorld::log);
    librdf_world_open(world);
  }
  ~ThreadWorld() {
    std::lock_guard<std::mutex> lock(world_mutex());
    librdf_free_world(world);
  }
  static int log(void* self, librdf_log_message* m) {
    auto* tw = static_cast<ThreadWorld*>(self);
    int level = librdf_log_message_level(m);
    if (level >= LIBRDF_LOG_ERROR) {
      const char* msg = librdf_log_message_message(m);
      raptor_locator* loc = librdf_log_message_locator(m);
      std::string text = msg ? msg : "unknown error";  // copied: the struct is reused
      if (loc && loc->line > 0) text = "line " + std::to_string(loc->line) + ": " + text;
      tw->errors.push_back(std::move(text));
    }
    return 1;  // handled: do not print
  }
};

ThreadWorld& tw() {
  thread_local ThreadWorld w;
  return w;
}

}  // namespace

librdf_world* world() { return tw().world; }
raptor_world* raptor() { return librdf_world_get_raptor(tw().world); }

std::vector<std::string> take_errors() {
  std::vector<std::string> out;
  out.swap(tw().errors);
  return out;
}

}  // namespace polkg::redland
