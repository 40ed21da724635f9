// A streaming RDF writer over serd (internal to polkg_exporters): one call
// per quad, nothing held but the current subject. Turtle groups consecutive
// triples of one subject (";") and one predicate (","), so feed it sorted
// triples; the prefixes of vocab::PREFIXES are declared first.
#pragma once
#include <cstdio>
#include <string>

#include "polkg/rdf.hpp"
#include "polkg/writer.hpp"

struct SerdEnvImpl;     // serd's SerdEnv
struct SerdWriterImpl;  // serd's SerdWriter

namespace polkg::detail {

class SerdQuadWriter {
 public:
  /// `format`: Turtle, NTriples or NQuads. Writes to `out` (not closed).
  SerdQuadWriter(Format format, std::FILE* out);
  ~SerdQuadWriter();
  SerdQuadWriter(const SerdQuadWriter&) = delete;
  SerdQuadWriter& operator=(const SerdQuadWriter&) = delete;

  /// Writes one statement; the graph is written in N-Quads only. A U+0000 in
  /// a literal is written as U+FFFD (serd and raptor end a string at NUL).
  /// Throws Error(Kind::Io) if serd refuses the statement.
  void write(const Quad& q);
  /// Ends the last Turtle statement (" .").
  void finish();

 private:
  Format format_;
  SerdEnvImpl* env_ = nullptr;
  SerdWriterImpl* writer_ = nullptr;
  std::string scratch_;
};

}  // namespace polkg::detail
