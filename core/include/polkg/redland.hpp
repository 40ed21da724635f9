// polkg/redland.hpp: access to Redland (librdf, raptor2) that is safe under
// Debian's build, which has no thread support.
//
// Source: ../shared/design/REDLAND.md ("Threads"): one world used from two
// threads crashed; creating and freeing worlds concurrently races. So each
// thread gets its own librdf world, created under a process-wide mutex on
// first use and kept for the thread's life (never freed while others run).
// Redland objects are held in std::unique_ptr with the deleters below.
#pragma once
#include <redland.h>

#include <memory>
#include <string>
#include <vector>

namespace polkg::redland {

/// This thread's librdf world (opened, with a logger that records messages).
librdf_world* world();
/// The raptor world inside it.
raptor_world* raptor();

/// Messages of ERROR level or worse logged by Redland on this thread since
/// the last call to take_errors() (a parse error does not always show in a
/// return code: REDLAND.md).
std::vector<std::string> take_errors();

struct Deleter {
  void operator()(librdf_model* p) const { librdf_free_model(p); }
  void operator()(librdf_storage* p) const { librdf_free_storage(p); }
  void operator()(librdf_parser* p) const { librdf_free_parser(p); }
  void operator()(librdf_uri* p) const { librdf_free_uri(p); }
  void operator()(librdf_node* p) const { librdf_free_node(p); }
  void operator()(librdf_stream* p) const { librdf_free_stream(p); }
  void operator()(librdf_iterator* p) const { librdf_free_iterator(p); }
  void operator()(librdf_statement* p) const { librdf_free_statement(p); }
  void operator()(librdf_query* p) const { librdf_free_query(p); }
  void operator()(librdf_query_results* p) const { librdf_free_query_results(p); }
  void operator()(raptor_serializer* p) const { raptor_free_serializer(p); }
  void operator()(raptor_iostream* p) const { raptor_free_iostream(p); }
  void operator()(raptor_parser* p) const { raptor_free_parser(p); }
};
template <class T>
using Ptr = std::unique_ptr<T, Deleter>;

}  // namespace polkg::redland
