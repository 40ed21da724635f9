// Writing a set of quads at once (see polkg/writer.hpp): a GraphOutput
// (polkg/graph_output.hpp) over a stream or an OutputFile.
#include "polkg/writer.hpp"

#include <cstdio>
#include <filesystem>

#include "polkg/error.hpp"
#include "polkg/graph_output.hpp"
#include "polkg/output_file.hpp"
#include "sparql_update.hpp"

namespace polkg {
namespace {

Format format_from_name(std::string_view n, bool* ok) {
  *ok = true;
  if (n == "turtle" || n == "ttl") return Format::Turtle;
  if (n == "ntriples" || n == "nt" || n == "n-triples") return Format::NTriples;
  if (n == "nquads" || n == "nq" || n == "n-quads") return Format::NQuads;
  if (n == "sparql-update" || n == "ru") return Format::SparqlUpdate;
  *ok = false;
  return Format::Turtle;
}

// A stdio stream over a std::ostream (glibc's fopencookie), for the writers.
ssize_t ostream_write(void* cookie, const char* buf, size_t size) {
  auto* out = static_cast<std::ostream*>(cookie);
  out->write(buf, (std::streamsize)size);
  return *out ? (ssize_t)size : -1;
}

}  // namespace

Format parse_format(std::string_view name) {
  bool ok;
  Format f = format_from_name(name, &ok);
  if (!ok)
    throw Error(Error::Kind::Usage, "unknown format \"" + std::string(name) +
                                        "\" (turtle, ntriples, nquads, sparql-update)");
  return f;
}

Format format_for_path(std::string_view path, Format fallback) {
  auto ext = std::filesystem::path(path).extension().string();
  if (ext.empty()) return fallback;
  bool ok;
  Format f = format_from_name(ext.substr(1), &ok);
  return ok ? f : fallback;
}

void write_quads(const Quads& quads, Format format, std::ostream& out) {
  if (format == Format::SparqlUpdate) {  // quads in any order: grouped by graph here
    write_sparql_update(quads, out);
    out.flush();
    if (!out) throw Error(Error::Kind::Io, "write failed");
    return;
  }
  cookie_io_functions_t io{nullptr, ostream_write, nullptr, nullptr};
  std::FILE* f = fopencookie(&out, "w", io);
  if (!f) throw Error(Error::Kind::Io, "cannot open a stream");
  try {
    auto g = make_graph_output(format, f, "");
    g->add_all(quads);
    g->finish();
  } catch (...) {
    std::fclose(f);
    throw;
  }
  bool failed = std::fclose(f) != 0;
  out.flush();
  if (failed || !out) throw Error(Error::Kind::Io, "write failed");
}

void write_quads_atomically(const Quads& quads, Format format, const std::string& path) {
  OutputFile file(path);
  auto g = make_graph_output(format, file.stream(), "");
  g->add_all(quads);
  g->finish();
  file.commit();
}

}  // namespace polkg
