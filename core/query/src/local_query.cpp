// Loading a graph file into a Redland `hashes` model and running SPARQL over
// it with rasqal (see polkg/local_query.hpp).
#include "polkg/local_query.hpp"

#include <cctype>
#include <filesystem>
#include <string>
#include <unordered_set>

#include "polkg/error.hpp"
#include "polkg/rdf_reader.hpp"

namespace polkg {
namespace {

namespace rl = redland;
using U = const unsigned char*;

std::string first_error(const std::string& fallback) {
  auto errors = rl::take_errors();
  return errors.empty() ? fallback : errors.front();
}

Term node_term(librdf_node* n) {
  if (librdf_node_is_resource(n))
    return Term::iri((const char*)librdf_uri_as_string(librdf_node_get_uri(n)));
  if (librdf_node_is_blank(n)) return Term::blank((const char*)librdf_node_get_blank_identifier(n));
  size_t len = 0;
  const char* v = (const char*)librdf_node_get_literal_value_as_counted_string(n, &len);
  const char* lang = librdf_node_get_literal_value_language(n);
  librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(n);
  return Term::literal(std::string(v ? v : "", len), dt ? (const char*)librdf_uri_as_string(dt) : "",
                       lang ? lang : "");
}

void read_bindings(librdf_query_results* r, QueryResult& out) {
  out.kind = QueryResult::Kind::Bindings;
  int n = librdf_query_results_get_bindings_count(r);
  for (int i = 0; i < n; ++i) out.variables.emplace_back(librdf_query_results_get_binding_name(r, i));
  for (; !librdf_query_results_finished(r); librdf_query_results_next(r)) {
    auto& row = out.rows.emplace_back(n);
    for (int i = 0; i < n; ++i) {
      rl::Ptr<librdf_node> v(librdf_query_results_get_binding_value(r, i));
      if (v) row[i] = node_term(v.get());
    }
  }
}

void read_graph(librdf_query_results* r, QueryResult& out) {
  out.kind = QueryResult::Kind::Graph;
  rl::Ptr<librdf_stream> s(librdf_query_results_as_stream(r));
  for (; s && !librdf_stream_end(s.get()); librdf_stream_next(s.get())) {
    librdf_statement* st = librdf_stream_get_object(s.get());
    out.triples.push_back({node_term(librdf_statement_get_subject(st)), node_term(librdf_statement_get_predicate(st)),
                           node_term(librdf_statement_get_object(st)), {}});
  }
}

// Statements come from raptor (librdf's parse_into_model drops N-Quads
// graph names): every triple goes into the union model, which keeps each
// once; a quad also goes into the named model with its graph as context.
// The hashes storage keeps a quad given twice in one context twice (Fuseki
// keeps it once), so quads already seen are skipped.
struct ParseContext {
  librdf_model* union_model = nullptr;
  librdf_model* named_model = nullptr;
  std::unordered_set<std::string> seen;
  bool failed = false;
};

void append_term(raptor_term* t, std::string& key) {
  size_t len = 0;
  unsigned char* s = t ? raptor_term_to_counted_string(t, &len) : nullptr;
  if (s) key.append((const char*)s, len);
  raptor_free_memory(s);
  key += '\n';  // never inside a term's N-Triples form
}

bool first_time(ParseContext& ctx, raptor_statement* st) {
  std::string key;
  for (raptor_term* t : {st->subject, st->predicate, st->object, st->graph}) append_term(t, key);
  return ctx.seen.insert(std::move(key)).second;
}

void add_statement(void* user, raptor_statement* st) {
  auto* ctx = static_cast<ParseContext*>(user);
  if (!st->graph) {
    ctx->failed |= librdf_model_add_statement(ctx->union_model, st) != 0;
    return;
  }
  if (!first_time(*ctx, st)) return;
  raptor_term* graph = st->graph;
  st->graph = nullptr;  // the union model has no contexts
  ctx->failed |= librdf_model_add_statement(ctx->union_model, st) != 0;
  st->graph = graph;
  ctx->failed |= librdf_model_context_add_statement(ctx->named_model, graph, st) != 0;
}

void parse_into(const std::string& path, const char* syntax, ParseContext& ctx) {
  raptor_world* w = rl::raptor();
  rl::Ptr<raptor_parser> parser(raptor_new_parser(w, syntax));
  if (!parser) throw Error(Error::Kind::Io, std::string("raptor has no parser ") + syntax);
  raptor_parser_set_statement_handler(parser.get(), &ctx, add_statement);
  std::string file_uri = "file://" + std::filesystem::absolute(path).string();
  rl::Ptr<librdf_uri> uri(raptor_new_uri(w, (U)file_uri.c_str()));
  int rc = raptor_parser_parse_file(parser.get(), uri.get(), uri.get());
  auto errors = rl::take_errors();
  if (rc || !errors.empty())
    throw Error(Error::Kind::BadInput, errors.empty() ? "cannot parse" : errors.front(), path);
  if (ctx.failed) throw Error(Error::Kind::Io, "cannot add a statement to the in-memory model", path);
}

// The hashes in-memory storage (the `memory` one is quadratic: REDLAND.md).
template <class M>
void open_model(M& m, bool contexts) {
  librdf_world* w = rl::world();
  m.storage.reset(librdf_new_storage(w, "hashes", nullptr,
                                     contexts ? "hash-type='memory',contexts='yes'" : "hash-type='memory'"));
  if (m.storage) m.model.reset(librdf_new_model(w, m.storage.get(), nullptr));
  if (!m.model) throw Error(Error::Kind::Io, "cannot create a Redland model: " + first_error("out of memory?"));
}

// Does the query name a graph? (a GRAPH keyword outside IRIs, strings and comments)
bool uses_graph(std::string_view q) {
  std::string plain;
  char quote = 0;
  for (size_t i = 0; i < q.size(); ++i) {
    char c = q[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote || (quote == '>' && c == '>')) quote = 0;
      continue;
    }
    if (c == '#') { i = q.find('\n', i); if (i == std::string_view::npos) break; continue; }
    if (c == '"' || c == '\'') { quote = c; continue; }
    if (c == '<' && i + 1 < q.size() && q[i + 1] != ' ' && q[i + 1] != '=') { quote = '>'; continue; }
    plain += (char)std::toupper((unsigned char)c);
  }
  for (size_t at = plain.find("GRAPH"); at != std::string::npos; at = plain.find("GRAPH", at + 1)) {
    bool left = at == 0 || !std::isalnum((unsigned char)plain[at - 1]);
    bool right = at + 5 >= plain.size() || !std::isalnum((unsigned char)plain[at + 5]);
    if (left && right) return true;
  }
  return false;
}

}  // namespace

LocalGraph::LocalGraph(const std::string& path) {
  const char* syntax = rdf_syntax_for(path);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw Error(Error::Kind::Io, "no such file", path);
  rl::take_errors();
  open_model(union_, false);
  open_model(named_, true);
  ParseContext ctx;
  ctx.union_model = union_.model.get();
  ctx.named_model = named_.model.get();
  parse_into(path, syntax, ctx);
}

size_t LocalGraph::size() const {
  int named = librdf_model_size(named_.model.get());
  int n = named > 0 ? named : librdf_model_size(union_.model.get());
  return n < 0 ? 0 : (size_t)n;
}

QueryResult LocalGraph::query(std::string_view sparql) const {
  librdf_world* w = rl::world();
  rl::take_errors();
  std::string text(sparql);
  rl::Ptr<librdf_query> q(librdf_new_query(w, "sparql", nullptr, (U)text.c_str(), nullptr));
  if (!q) throw Error(Error::Kind::BadInput, "the query does not parse: " + first_error("syntax error"));
  rl::Ptr<librdf_query_results> r(librdf_query_execute(q.get(), uses_graph(sparql) ? named_.model.get() : union_.model.get()));
  if (!r) throw Error(Error::Kind::BadInput, "the query failed: " + first_error("rasqal could not run it"));
  QueryResult out;
  if (librdf_query_results_is_boolean(r.get())) {
    out.kind = QueryResult::Kind::Boolean;
    out.boolean = librdf_query_results_get_boolean(r.get()) > 0;
  } else if (librdf_query_results_is_graph(r.get())) {
    read_graph(r.get(), out);
  } else {
    read_bindings(r.get(), out);
  }
  auto errors = rl::take_errors();
  if (!errors.empty()) throw Error(Error::Kind::BadInput, "the query failed: " + errors.front());
  return out;
}

}  // namespace polkg
