// Streaming Turtle, N-Triples and N-Quads through serd (see serd_writer.hpp).
// serd writes about 60 MB/s in constant memory where raptor's Turtle writer
// holds the whole graph (../shared/design/REDLAND.md, "Writing RDF").
#include "serd_writer.hpp"

#include <serd/serd.h>

#include "polkg/error.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg::detail {
namespace {

size_t file_sink(const void* buf, size_t len, void* stream) {
  return std::fwrite(buf, 1, len, static_cast<std::FILE*>(stream));
}

SerdNode node(SerdType type, const std::string& s) {
  return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

}  // namespace

SerdQuadWriter::SerdQuadWriter(Format format, std::FILE* out) : format_(format) {
  SerdSyntax syntax = format == Format::Turtle ? SERD_TURTLE : format == Format::NTriples ? SERD_NTRIPLES : SERD_NQUADS;
  unsigned style = format == Format::Turtle ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0u;
  env_ = serd_env_new(nullptr);
  writer_ = serd_writer_new(syntax, (SerdStyle)style, env_, nullptr, file_sink, out);
  if (format == Format::Turtle) {
    for (const auto& p : vocab::PREFIXES) {
      std::string name(p.name), iri(p.iri);
      SerdNode n = node(SERD_LITERAL, name), u = node(SERD_URI, iri);
      serd_env_set_prefix(env_, &n, &u);
      serd_writer_set_prefix(writer_, &n, &u);
    }
  }
}

SerdQuadWriter::~SerdQuadWriter() {
  serd_writer_free(writer_);
  serd_env_free(env_);
}

void SerdQuadWriter::write(const Quad& q) {
  auto term = [](const Term& t) {
    return node(t.kind == Term::Kind::Iri ? SERD_URI : t.kind == Term::Kind::Blank ? SERD_BLANK : SERD_LITERAL,
                t.value);
  };
  SerdNode s = term(q.subject), p = term(q.predicate);
  SerdNode o;
  if (q.object.is_literal() && q.object.value.find('\0') != std::string::npos) {
    scratch_ = q.object.value;
    for (size_t i; (i = scratch_.find('\0')) != std::string::npos;) scratch_.replace(i, 1, "\xEF\xBF\xBD");
    o = node(SERD_LITERAL, scratch_);
  } else {
    o = term(q.object);
  }
  SerdNode dt = node(SERD_URI, q.object.datatype), lang = node(SERD_LITERAL, q.object.language);
  SerdNode g = node(SERD_URI, q.graph);
  bool literal = q.object.is_literal();
  SerdStatus st = serd_writer_write_statement(
      writer_, 0, format_ == Format::NQuads && !q.graph.empty() ? &g : nullptr, &s, &p, &o,
      literal && !q.object.datatype.empty() ? &dt : nullptr, literal && !q.object.language.empty() ? &lang : nullptr);
  if (st != SERD_SUCCESS)
    throw Error(Error::Kind::Io, std::string("cannot write the triple with subject <") + q.subject.value +
                                     ">: " + reinterpret_cast<const char*>(serd_strerror(st)));
}

void SerdQuadWriter::finish() { serd_writer_finish(writer_); }

}  // namespace polkg::detail
