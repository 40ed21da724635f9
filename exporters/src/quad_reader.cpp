// Reading a graph file back with serd (see polkg/quad_reader.hpp).
#include "polkg/quad_reader.hpp"

#include <serd/serd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>

#include "polkg/error.hpp"

namespace polkg {
namespace {

struct ReadState {
  SerdEnv* env = nullptr;
  const std::function<void(const Quad&)>* on_quad = nullptr;
  Quad quad;
  std::string error;
  long error_line = 0;
  std::exception_ptr thrown;  ///< from on_quad: rethrown after serd returns
};

std::string text(const SerdNode* n) { return n ? std::string((const char*)n->buf, n->n_bytes) : std::string(); }

// A term from a serd node: CURIEs expanded with the prefixes read so far.
void to_term(ReadState& s, const SerdNode* n, Term& t) {
  t.datatype.clear();
  t.language.clear();
  switch (n->type) {
    case SERD_CURIE: {
      SerdNode full = serd_env_expand_node(s.env, n);
      t.kind = Term::Kind::Iri;
      t.value = text(&full);
      serd_node_free(&full);
      if (t.value.empty()) throw Error(Error::Kind::BadInput, "undefined prefix in " + text(n));
      return;
    }
    case SERD_URI: t.kind = Term::Kind::Iri; break;
    case SERD_BLANK: t.kind = Term::Kind::Blank; break;
    default: t.kind = Term::Kind::Literal; break;
  }
  t.value = text(n);
}

SerdStatus on_prefix(void* h, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<ReadState*>(h)->env, name, uri);
}

SerdStatus on_base(void* h, const SerdNode* uri) { return serd_env_set_base_uri(static_cast<ReadState*>(h)->env, uri); }

SerdStatus on_statement(void* h, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                        const SerdNode* lang) {
  auto& s = *static_cast<ReadState*>(h);
  try {
    to_term(s, subject, s.quad.subject);
    to_term(s, predicate, s.quad.predicate);
    to_term(s, object, s.quad.object);
    if (datatype) {
      Term dt;
      to_term(s, datatype, dt);
      s.quad.object.datatype = dt.value;
    }
    if (lang) s.quad.object.language = text(lang);
    s.quad.graph.clear();
    if (graph) {
      Term g;
      to_term(s, graph, g);
      s.quad.graph = g.value;
    }
    (*s.on_quad)(s.quad);
  } catch (...) {
    s.thrown = std::current_exception();
    return SERD_FAILURE;
  }
  return SERD_SUCCESS;
}

SerdStatus on_error(void* h, const SerdError* e) {
  auto& s = *static_cast<ReadState*>(h);
  if (!s.error.empty()) return SERD_SUCCESS;
  char buf[512];
  va_list args;
  va_copy(args, *e->args);
  std::vsnprintf(buf, sizeof buf, e->fmt, args);
  va_end(args);
  s.error = buf;
  while (!s.error.empty() && s.error.back() == '\n') s.error.pop_back();
  s.error_line = (long)e->line;
  return SERD_SUCCESS;
}

}  // namespace

void read_quads(const std::string& path, const std::function<void(const Quad&)>& on_quad) {
  Format f = format_for_path(path, Format::NQuads);
  SerdSyntax syntax = f == Format::Turtle ? SERD_TURTLE : f == Format::NTriples ? SERD_NTRIPLES : SERD_NQUADS;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!file) throw Error(Error::Kind::Io, std::string("cannot open for reading: ") + std::strerror(errno), path);
  ReadState s;
  s.env = serd_env_new(nullptr);
  s.on_quad = &on_quad;
  auto new_reader = [&] {
    SerdReader* r = serd_reader_new(syntax, &s, nullptr, on_base, on_prefix, on_statement, nullptr);
    serd_reader_set_strict(r, true);
    serd_reader_set_error_sink(r, on_error, &s);
    return r;
  };
  SerdStatus st = SERD_SUCCESS;
  long line_base = 0;  // lines before the current block
  if (syntax == SERD_TURTLE) {
    SerdReader* r = new_reader();
    st = serd_reader_read_file_handle(r, file.get(), (const uint8_t*)path.c_str());
    serd_reader_free(r);
  } else {
    // Line-based syntaxes, read in blocks of whole lines with a fresh reader
    // each: serd 0.30's N-Quads reader keeps about 190 bytes per statement
    // read until it is freed (measured: 40 MB for 200k quads), so one reader
    // over a large graph would hold it all.
    constexpr long BLOCK_LINES = 8192;
    std::string block;
    char* line = nullptr;
    size_t cap = 0;
    while (st <= SERD_FAILURE && s.error.empty() && !s.thrown) {
      block.clear();
      long lines = 0;
      ssize_t n;
      while (lines < BLOCK_LINES && (n = getline(&line, &cap, file.get())) > 0) {
        block.append(line, (size_t)n);
        ++lines;
      }
      if (lines == 0) break;
      if (block.find('\0') != std::string::npos) {
        s.error = "a NUL byte in the file";
        s.error_line = 0;
        break;
      }
      SerdReader* r = new_reader();
      st = serd_reader_read_string(r, (const uint8_t*)block.c_str());
      serd_reader_free(r);
      if (!s.error.empty()) s.error_line += line_base;
      line_base += lines;
    }
    std::free(line);
  }
  serd_env_free(s.env);
  if (s.thrown) std::rethrow_exception(s.thrown);
  if (!s.error.empty()) throw Error(Error::Kind::BadInput, "not a graph polkg can read: " + s.error, path, s.error_line);
  if (st > SERD_FAILURE)
    throw Error(Error::Kind::BadInput, std::string("not a graph polkg can read: ") + (const char*)serd_strerror(st), path);
}

}  // namespace polkg
