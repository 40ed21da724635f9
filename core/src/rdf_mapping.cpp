// Maps the knowledge graph to quads under the ontology contract
// (../shared/design/ONTOLOGY.md; the instance shapes are in ontology/README.md).
#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "polkg/iri.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/text.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg {
namespace {

using namespace vocab;

std::string v(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

std::string date_type(const std::string& d) {
  if (d.size() == 10) return v(XSD, "date");
  if (d.size() == 7) return v(XSD, "gYearMonth");
  return v(XSD, "gYear");
}

class Emitter {
 public:
  Emitter(const RdfOptions& o, Quads& out) : base_(o.base), out_(out) {}

  Term node(const std::string& key) const { return Term::iri(base_ + key); }
  Term doc(const std::string& id) const { return node(document_key(id)); }

  void add(const std::string& g, Term s, std::string_view p, Term o) {
    out_.push_back({std::move(s), Term::iri(std::string(p)), std::move(o), g});
  }
  void lit(const std::string& g, const Term& s, std::string_view p, const std::string& value,
           const std::string& datatype = {}) {
    if (!value.empty()) add(g, s, p, Term::literal(value, datatype));
  }
  void decimal(const std::string& g, const Term& s, std::string_view p, double x) {
    x = std::clamp(x, 0.0, 1.0);
    add(g, s, p, Term::literal(fmt::format("{:.2f}", x), v(XSD, "decimal")));
  }
  void date(const std::string& g, const Term& s, std::string_view p, const std::string& d) {
    if (!d.empty()) add(g, s, p, Term::literal(d, date_type(d)));
  }

  /// The evidence node: the document IRI with a NIF "#char=b,e" fragment.
  Term evidence(const std::string& g, const Evidence& e) {
    Term n = Term::iri(doc(e.document).value + fmt::format("#char={},{}", e.begin, e.end));
    add(g, n, v(RDF, "type"), Term::iri(v(NIF, "String")));
    lit(g, n, v(NIF, "anchorOf"), e.sentence);
    add(g, n, v(NIF, "beginIndex"), Term::literal(std::to_string(e.begin), v(XSD, "nonNegativeInteger")));
    add(g, n, v(NIF, "endIndex"), Term::literal(std::to_string(e.end), v(XSD, "nonNegativeInteger")));
    add(g, n, v(NIF, "referenceContext"), doc(e.document));
    return n;
  }

  /// An Assertion node stating (s p o) with the provenance of a text fact.
  Term assertion(const std::string& g, const Term& s, const std::string& p, const Term& o,
                 const Evidence& e, double confidence) {
    Term a = node(fmt::format("assertion/{:016x}", stable_hash(e.document + "|" + s.value + "|" + p + "|" + o.value)));
    add(g, a, v(RDF, "type"), Term::iri(v(POLKG, "Assertion")));
    add(g, a, v(RDF, "type"), Term::iri(v(RDF, "Statement")));
    add(g, a, v(RDF, "subject"), s);
    add(g, a, v(RDF, "predicate"), Term::iri(p));
    add(g, a, v(RDF, "object"), o);
    add(g, a, v(PROV, "wasDerivedFrom"), doc(e.document));
    add(g, a, v(POLKG, "evidence"), evidence(g, e));
    decimal(g, a, v(POLKG, "confidence"), confidence);
    return a;
  }

 private:
  std::string base_;
  Quads& out_;
};

void emit_entity(Emitter& em, const std::string& g, const Entity& e, bool official) {
  Term n = em.node(e.key);
  em.add(g, n, v(RDF, "type"), Term::iri(v(POLKG, to_string(e.type))));
  if (e.type == EntityType::Person && (e.official || official)) em.add(g, n, v(RDF, "type"), Term::iri(v(POLKG, "Official")));
  em.lit(g, n, v(RDFS, "label"), e.label);
  for (const auto& a : e.alt_labels) em.lit(g, n, v(SKOS, "altLabel"), a);
}

void emit_document(Emitter& em, const DocumentRecord& d) {
  Term n = em.doc(d.id);
  const std::string& g = n.value;
  em.add(g, n, v(RDF, "type"), Term::iri(v(POLKG, "Document")));
  em.lit(g, n, v(DCTERMS, "identifier"), d.id);
  em.date(g, n, v(DCTERMS, "date"), d.date);
  em.lit(g, n, v(DCTERMS, "title"), d.title);
  em.lit(g, n, v(DCTERMS, "publisher"), d.publisher);
  // schema:url takes an absolute http(s) URL; anything else is kept as the
  // document's source, a literal (a relative IRI would not parse).
  bool absolute = d.url.rfind("http://", 0) == 0 || d.url.rfind("https://", 0) == 0;
  if (absolute) em.add(g, n, v(SCHEMA, "url"), Term::iri(encode_iri(d.url)));
  else em.lit(g, n, v(DCTERMS, "source"), d.url);
}

// One label per post node whatever the wording of each document: the role's
// normal form and the body's canonical name ("Chairman of the Majilis").
std::string post_label(const KnowledgeGraph& kg, const PostHolding& p) {
  const Entity* body = kg.find(p.body);
  std::string role = p.role;
  if (!role.empty()) role[0] = (char)std::toupper((unsigned char)role[0]);
  if (!body) return role + " of " + p.body;
  return role + " of " + (body->type == EntityType::State ? "" : "the ") + body->label;
}

void emit_post(Emitter& em, const KnowledgeGraph& kg, const PostHolding& p) {
  std::string g = p.evidence ? em.doc(p.evidence->document).value : std::string();
  Term person = em.node(p.person), post = em.node("post/" + p.body + "/" + slugify(p.role));
  Term role = em.node("role/" + slugify(p.role));
  std::string pred = p.former ? v(POLKG, "heldPost") : v(ORG, "holds");
  em.add(g, person, pred, post);
  em.add(g, post, v(RDF, "type"), Term::iri(v(ORG, "Post")));
  em.lit(g, post, v(RDFS, "label"), post_label(kg, p));
  em.add(g, post, v(ORG, "postIn"), em.node(p.body));
  em.add(g, post, v(ORG, "role"), role);
  em.add(g, role, v(RDF, "type"), Term::iri(v(ORG, "Role")));
  em.lit(g, role, v(RDFS, "label"), p.role);
  if (p.evidence) {
    Term a = em.assertion(g, person, pred, post, *p.evidence, p.confidence);
    em.date(g, a, v(POLKG, "attestedOn"), p.attested_on);
    em.lit(g, a, v(POLKG, "qualifier"), p.qualifier);
  }
}

void emit_structure(Emitter& em, const KnowledgeGraph& kg, const StructureFact& f) {
  std::string pred = v(POLKG, f.property);
  Term s = em.node(f.subject), o = em.node(f.object);
  if (f.evidence) {
    std::string g = em.doc(f.evidence->document).value;
    em.add(g, s, pred, o);
    em.assertion(g, s, pred, o, *f.evidence, f.confidence);
    return;
  }
  // World knowledge: stated in the graph of every document that mentions the subject.
  const Entity* e = kg.find(f.subject);
  if (!e || e->documents.empty()) {
    em.add("", s, pred, o);
    return;
  }
  for (const auto& d : e->documents) em.add(em.doc(d).value, s, pred, o);
}

void emit_event(Emitter& em, const Event& e) {
  std::string g = em.doc(e.document).value;
  Term n = em.node(e.key);
  em.add(g, n, v(RDF, "type"), Term::iri(v(POLKG, to_string(e.type))));
  if (!e.subtype.empty()) em.add(g, n, v(RDF, "type"), Term::iri(v(POLKG, e.subtype)));
  em.lit(g, n, v(RDFS, "label"), e.label);
  auto links = [&](std::string_view prop, const std::vector<std::string>& keys) {
    for (const auto& k : keys) em.add(g, n, v(POLKG, prop), em.node(k));
  };
  links("participant", e.participants);
  links("organizer", e.organizers);
  links("location", e.locations);
  links("destination", e.destinations);
  links("commemorates", e.commemorates);
  links("onBehalfOf", e.on_behalf_of);
  if (!e.part_of.empty()) em.add(g, n, v(POLKG, "partOf"), em.node(e.part_of));
  em.date(g, n, v(POLKG, "date"), e.date);
  em.lit(g, n, v(POLKG, "visitType"), e.visit_type);
  em.lit(g, n, v(POLKG, "status"), e.status);
  em.decimal(g, n, v(POLKG, "confidence"), e.confidence);
  em.add(g, n, v(PROV, "wasDerivedFrom"), em.doc(e.document));
  em.add(g, n, v(POLKG, "evidence"), em.evidence(g, e.evidence));
}

}  // namespace

bool document_scoped(std::string_view iri, const RdfOptions& opts) {
  if (opts.base.empty() || iri.substr(0, opts.base.size()) != opts.base) return false;
  std::string_view rest = iri.substr(opts.base.size());
  return rest.starts_with("document/") || rest.starts_with("event/") || rest.starts_with("assertion/");
}

Quads to_quads(const KnowledgeGraph& kg, const RdfOptions& opts) {
  Quads out;
  Emitter em(opts, out);
  for (const auto& [id, d] : kg.documents()) emit_document(em, d);
  std::set<std::string> officials;
  for (const auto& p : kg.posts()) officials.insert(p.person);
  for (const auto& [key, e] : kg.entities()) {
    bool official = officials.count(key) > 0;
    if (e.documents.empty()) emit_entity(em, "", e, official);
    for (const auto& d : e.documents) emit_entity(em, em.doc(d).value, e, official);
  }
  for (const auto& p : kg.posts()) emit_post(em, kg, p);
  for (const auto& f : kg.structure()) emit_structure(em, kg, f);
  for (const auto& e : kg.events()) emit_event(em, e);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace polkg
