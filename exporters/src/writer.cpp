// Serializing quads through Redland's raptor serializers (Turtle, N-Triples,
// N-Quads) and polkg's SPARQL Update writer (see polkg/writer.hpp).
#include "polkg/writer.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "polkg/error.hpp"
#include "polkg/redland.hpp"
#include "polkg/vocabulary.hpp"
#include "sparql_update.hpp"

namespace polkg {
namespace {

namespace rl = redland;

Format format_from_name(std::string_view n, bool* ok) {
  *ok = true;
  if (n == "turtle" || n == "ttl") return Format::Turtle;
  if (n == "ntriples" || n == "nt" || n == "n-triples") return Format::NTriples;
  if (n == "nquads" || n == "nq" || n == "n-quads") return Format::NQuads;
  if (n == "sparql-update" || n == "ru") return Format::SparqlUpdate;
  *ok = false;
  return Format::Turtle;
}

// raptor_iostream that writes to a std::ostream.
int os_write_byte(void* ctx, const int byte) {
  static_cast<std::ostream*>(ctx)->put((char)byte);
  return 0;
}
int os_write_bytes(void* ctx, const void* p, size_t size, size_t n) {
  static_cast<std::ostream*>(ctx)->write(static_cast<const char*>(p), (std::streamsize)(size * n));
  return (int)n;
}
const raptor_iostream_handler OS_HANDLER = {2, nullptr, nullptr, os_write_byte, os_write_bytes,
                                            nullptr, nullptr, nullptr};

librdf_node* make_term(const Term& t) {
  raptor_world* w = rl::raptor();
  switch (t.kind) {
    case Term::Kind::Iri:
      return raptor_new_term_from_uri_string(w, (const unsigned char*)t.value.c_str());
    case Term::Kind::Blank:
      return raptor_new_term_from_blank(w, (const unsigned char*)t.value.c_str());
    case Term::Kind::Literal: {
      // raptor stops a literal at U+0000: write U+FFFD instead so nothing after it is lost.
      if (t.value.find('\0') != std::string::npos) {
        Term copy = t;
        for (size_t p; (p = copy.value.find('\0')) != std::string::npos;) copy.value.replace(p, 1, "\xEF\xBF\xBD");
        return make_term(copy);
      }
      rl::Ptr<librdf_uri> dt;
      if (!t.datatype.empty()) dt.reset(raptor_new_uri(w, (const unsigned char*)t.datatype.c_str()));
      return raptor_new_term_from_counted_literal(
          w, (const unsigned char*)t.value.data(), t.value.size(), dt.get(),
          t.language.empty() ? nullptr : (const unsigned char*)t.language.c_str(),
          (unsigned char)t.language.size());
    }
  }
  return nullptr;
}

void write_raptor(const Quads& quads, Format format, std::ostream& out) {
  raptor_world* w = rl::raptor();
  const char* name = format == Format::Turtle ? "turtle" : format == Format::NTriples ? "ntriples" : "nquads";
  rl::Ptr<raptor_serializer> ser(raptor_new_serializer(w, name));
  if (!ser) throw Error(Error::Kind::Io, std::string("raptor has no serializer ") + name);
  if (format == Format::Turtle) {
    for (const auto& p : vocab::PREFIXES) {
      rl::Ptr<librdf_uri> ns(raptor_new_uri(w, (const unsigned char*)std::string(p.iri).c_str()));
      raptor_serializer_set_namespace(ser.get(), ns.get(), (const unsigned char*)std::string(p.name).c_str());
    }
  }
  rl::Ptr<raptor_iostream> io(raptor_new_iostream_from_handler(w, &out, &OS_HANDLER));
  if (raptor_serializer_start_to_iostream(ser.get(), nullptr, io.get()))
    throw Error(Error::Kind::Io, "cannot start the serializer");
  const Quad* prev = nullptr;
  for (const auto& q : quads) {
    // Turtle and N-Triples hold the union: skip a triple equal to the last one.
    if (format != Format::NQuads && prev && prev->subject == q.subject &&
        prev->predicate == q.predicate && prev->object == q.object)
      continue;
    prev = &q;
    raptor_term* g = nullptr;
    if (format == Format::NQuads && !q.graph.empty())
      g = raptor_new_term_from_uri_string(w, (const unsigned char*)q.graph.c_str());
    rl::Ptr<librdf_statement> st(
        raptor_new_statement_from_nodes(w, make_term(q.subject), make_term(q.predicate), make_term(q.object), g));
    if (!st || raptor_serializer_serialize_statement(ser.get(), st.get()))
      throw Error(Error::Kind::Io, "cannot serialize the triple with subject <" + q.subject.value + ">");
  }
  raptor_serializer_serialize_end(ser.get());
  io.reset();
  auto errors = rl::take_errors();
  if (!errors.empty()) throw Error(Error::Kind::Io, "serializer: " + errors.front());
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
  if (format == Format::SparqlUpdate) {
    write_sparql_update(quads, out);
  } else {
    // raptor's Turtle writer needs triples sorted by subject to group them;
    // to_quads sorts, N-Triples/N-Quads stream in the given order.
    write_raptor(quads, format, out);
  }
  out.flush();
  if (!out) throw Error(Error::Kind::Io, "write failed");
}

void write_quads_atomically(const Quads& quads, Format format, const std::string& path) {
  if (path == "-") {
    write_quads(quads, format, std::cout);
    return;
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code ec;
  // A symbolic link: write to the file it points to, and keep the link.
  if (fs::is_symlink(fs::symlink_status(target, ec))) target = fs::weakly_canonical(target, ec);
  // A device, a FIFO or another special file: write to it directly, never
  // rename over it (-o /dev/null must not replace /dev/null).
  if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
    std::ofstream out(target, std::ios::binary);
    if (!out) throw Error(Error::Kind::Io, "cannot open for writing", path);
    write_quads(quads, format, out);
    return;
  }
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::random_device rd;
  fs::path tmp = dir / (".polkg-" + target.filename().string() + "." + std::to_string(rd()) + ".tmp");
  try {
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) throw Error(Error::Kind::Io, "cannot open for writing (is the directory there and writable?)", path);
      write_quads(quads, format, out);
      out.close();
      if (!out) throw Error(Error::Kind::Io, "write failed (disk full?)", path);
    }
    fs::rename(tmp, target, ec);
    if (ec) throw Error(Error::Kind::Io, "cannot rename the temporary file onto it: " + ec.message(), path);
  } catch (...) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
}

}  // namespace polkg
