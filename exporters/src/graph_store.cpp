// The persistent store of `polkg build --store` (see polkg/graph_store.hpp).
#include "polkg/graph_store.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "polkg/error.hpp"
#include "polkg/output_file.hpp"
#include "polkg/redland.hpp"

namespace polkg {

namespace rl = redland;
namespace fs = std::filesystem;

struct GraphStore::Impl {
  rl::Ptr<librdf_storage> storage;
  rl::Ptr<librdf_model> model;
};

namespace {

librdf_node* node_of(const Term& t) {
  librdf_world* w = rl::world();
  switch (t.kind) {
    case Term::Kind::Iri: return librdf_new_node_from_uri_string(w, (const unsigned char*)t.value.c_str());
    case Term::Kind::Blank: return librdf_new_node_from_blank_identifier(w, (const unsigned char*)t.value.c_str());
    case Term::Kind::Literal: {
      rl::Ptr<librdf_uri> dt;
      if (!t.datatype.empty()) dt.reset(librdf_new_uri(w, (const unsigned char*)t.datatype.c_str()));
      return librdf_new_node_from_typed_counted_literal(
          w, (const unsigned char*)t.value.data(), t.value.size(),
          t.language.empty() ? nullptr : t.language.c_str(), t.language.size(), dt.get());
    }
  }
  return nullptr;
}

std::string uri_text(librdf_uri* u) { return u ? (const char*)librdf_uri_as_string(u) : ""; }

Term term_of(librdf_node* n) {
  if (librdf_node_is_resource(n)) return Term::iri(uri_text(librdf_node_get_uri(n)));
  if (librdf_node_is_blank(n)) return Term::blank((const char*)librdf_node_get_blank_identifier(n));
  size_t len = 0;
  auto* v = librdf_node_get_literal_value_as_counted_string(n, &len);
  const char* lang = librdf_node_get_literal_value_language(n);
  return Term::literal(std::string((const char*)v, len), uri_text(librdf_node_get_literal_value_datatype_uri(n)),
                       lang ? lang : "");
}

void check(int rc, const std::string& what, const std::string& dir) {
  auto errors = rl::take_errors();
  if (rc != 0 || !errors.empty())
    throw Error(Error::Kind::Io, what + (errors.empty() ? std::string() : ": " + errors.front()), dir);
}

}  // namespace

GraphStore::GraphStore(const std::string& dir) : impl_(std::make_unique<Impl>()), dir_(dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir, ec)) throw Error(Error::Kind::Io, "cannot create the store directory", dir);
  bool fresh = !fs::exists(fs::path(dir) / "polkg-sp2o.db", ec);
  std::string options = "hash-type='bdb',dir='" + dir + "',contexts='yes',new='" + (fresh ? "yes" : "no") + "'";
  if (dir.find('\'') != std::string::npos) throw Error(Error::Kind::Usage, "a store directory may not contain a quote", dir);
  impl_->storage.reset(librdf_new_storage(rl::world(), "hashes", "polkg", options.c_str()));
  if (!impl_->storage) {
    rl::take_errors();
    throw Error(Error::Kind::Io, "cannot open the store (Redland hashes/Berkeley DB)", dir);
  }
  impl_->model.reset(librdf_new_model(rl::world(), impl_->storage.get(), nullptr));
  if (!impl_->model) throw Error(Error::Kind::Io, "cannot open the store's model", dir);
}

GraphStore::~GraphStore() {
  if (impl_->model) librdf_model_sync(impl_->model.get());
}

void GraphStore::put_graph(const std::string& graph, const Quads& quads) {
  librdf_model* m = impl_->model.get();
  rl::Ptr<librdf_node> ctx(librdf_new_node_from_uri_string(rl::world(), (const unsigned char*)graph.c_str()));
  librdf_model_context_remove_statements(m, ctx.get());
  rl::take_errors();
  for (const auto& q : quads) {
    rl::Ptr<librdf_statement> st(
        librdf_new_statement_from_nodes(rl::world(), node_of(q.subject), node_of(q.predicate), node_of(q.object)));
    if (!st) throw Error(Error::Kind::Io, "cannot make the statement with subject <" + q.subject.value + ">", dir_);
    if (q.graph.empty()) {
      if (librdf_model_contains_statement(m, st.get()) > 0) continue;
      check(librdf_model_add_statement(m, st.get()), "cannot add to the store", dir_);
    } else if (q.graph == graph) {
      check(librdf_model_context_add_statement(m, ctx.get(), st.get()), "cannot add to the store", dir_);
    } else {
      rl::Ptr<librdf_node> other(librdf_new_node_from_uri_string(rl::world(), (const unsigned char*)q.graph.c_str()));
      check(librdf_model_context_add_statement(m, other.get(), st.get()), "cannot add to the store", dir_);
    }
  }
}

void GraphStore::for_each(const std::function<void(const Quad&)>& f) const {
  librdf_model* m = impl_->model.get();
  // Named graphs one after another (SPARQL Update output groups by graph).
  std::vector<std::string> graphs;
  {
    rl::Ptr<librdf_iterator> it(librdf_model_get_contexts(m));
    for (; it && !librdf_iterator_end(it.get()); librdf_iterator_next(it.get()))
      graphs.push_back(uri_text(librdf_node_get_uri((librdf_node*)librdf_iterator_get_object(it.get()))));
  }
  std::sort(graphs.begin(), graphs.end());
  Quad q;
  for (const auto& g : graphs) {
    rl::Ptr<librdf_node> ctx(librdf_new_node_from_uri_string(rl::world(), (const unsigned char*)g.c_str()));
    rl::Ptr<librdf_stream> s(librdf_model_context_as_stream(m, ctx.get()));
    for (; s && !librdf_stream_end(s.get()); librdf_stream_next(s.get())) {
      auto* st = librdf_stream_get_object(s.get());
      q = {term_of(librdf_statement_get_subject(st)), term_of(librdf_statement_get_predicate(st)),
           term_of(librdf_statement_get_object(st)), g};
      f(q);
    }
  }
  // The default graph: statements with no context.
  rl::Ptr<librdf_stream> s(librdf_model_as_stream(m));
  for (; s && !librdf_stream_end(s.get()); librdf_stream_next(s.get())) {
    if (librdf_stream_get_context2(s.get())) continue;
    auto* st = librdf_stream_get_object(s.get());
    q = {term_of(librdf_statement_get_subject(st)), term_of(librdf_statement_get_predicate(st)),
         term_of(librdf_statement_get_object(st)), ""};
    f(q);
  }
}

size_t GraphStore::graphs() const {
  size_t n = 0;
  rl::Ptr<librdf_iterator> it(librdf_model_get_contexts(impl_->model.get()));
  for (; it && !librdf_iterator_end(it.get()); librdf_iterator_next(it.get())) ++n;
  return n;
}

void GraphStore::load_registry(EntityRegistry& registry) const {
  fs::path p = fs::path(dir_) / "entities.tsv";
  std::ifstream in(p);
  if (!in) return;
  std::string line;
  long n = 0;
  while (std::getline(in, line)) {
    ++n;
    size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) throw Error(Error::Kind::BadInput, "expected key<TAB>class<TAB>label", p.string(), n);
    std::string type = line.substr(a + 1, b - a - 1);
    bool known = false;
    for (EntityType t : {EntityType::State, EntityType::Legislature, EntityType::Chamber, EntityType::Organization,
                         EntityType::Person, EntityType::Place})
      if (type == to_string(t)) {
        registry.seed(line.substr(0, a), t, line.substr(b + 1));
        known = true;
      }
    if (!known) throw Error(Error::Kind::BadInput, "unknown entity class \"" + type + "\"", p.string(), n);
  }
}

void GraphStore::save(const EntityRegistry& registry) {
  librdf_model_sync(impl_->model.get());
  OutputFile out((fs::path(dir_) / "entities.tsv").string());
  registry.for_each([&](const std::string& key, EntityType t, const std::string& label) {
    std::string l = label;  // one row per entity: no tab or line break inside a field
    for (char& c : l)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    std::fprintf(out.stream(), "%s\t%s\t%s\n", key.c_str(), to_string(t), l.c_str());
  });
  out.commit();
}

}  // namespace polkg
