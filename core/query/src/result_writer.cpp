// Writing query results: an aligned table for people, and the W3C SPARQL 1.1
// Query Results CSV, TSV and JSON formats (see polkg/local_query.hpp).
#include <fmt/format.h>

#include <cctype>
#include <nlohmann/json.hpp>
#include <ostream>

#include "polkg/error.hpp"
#include "polkg/iri.hpp"
#include "polkg/local_query.hpp"
#include "polkg/vocabulary.hpp"

namespace polkg {
namespace {

using Row = std::vector<std::optional<Term>>;
constexpr std::string_view XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

// --- the term encodings of each format ---------------------------------

std::string short_iri(const std::string& iri) {
  for (const auto& p : vocab::PREFIXES)
    if (iri.starts_with(p.iri)) return std::string(p.name) + ":" + iri.substr(p.iri.size());
  return "<" + iri + ">";
}

// For a terminal: every control character (line breaks, and ESC, which
// would let a literal drive the terminal) becomes a space.
std::string printable(const std::string& value) {
  std::string s;
  for (unsigned char c : value) s += c < 0x20 || c == 0x7F ? ' ' : (char)c;
  return s;
}

std::string table_cell(const std::optional<Term>& t) {
  if (!t) return "";
  if (t->kind == Term::Kind::Iri) return printable(short_iri(t->value));
  if (t->kind == Term::Kind::Blank) return printable("_:" + t->value);
  return printable(t->value);
}

// CSV (SPARQL 1.1 CSV/TSV results, section 3): values only, blank nodes as _:label.
std::string csv_cell(const std::optional<Term>& t) {
  if (!t) return "";
  std::string v = t->kind == Term::Kind::Blank ? "_:" + t->value : t->value;
  if (v.find_first_of("\",\r\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// TSV (section 4): terms in Turtle syntax. An IRI goes through
// polkg::sparql_iri, as in every term polkg writes: a byte no IRI may hold
// (a space, '>', a tab) is percent-encoded, so it cannot end the IRI or the
// cell, and Jena reads the cell back (it refuses "\u0020" in an IRI); a
// literal's text through polkg::sparql_string (a tab or line break escaped).

// A blank node label as BLANK_NODE_LABEL. Labels come from a parser and
// are valid; should one hold an ASCII byte outside [A-Za-z0-9_.-] (a space, a
// tab, '>'), that byte is written "xHH" so that it cannot break the line.
std::string blank_label(const std::string& label) {
  std::string out = "_:";
  for (unsigned char c : label) {
    if (c >= 0x80 || std::isalnum(c) || c == '_' || c == '-' || c == '.') out += (char)c;
    else out += fmt::format("x{:02X}", c);
  }
  return out;
}

// LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*; anything else is dropped rather
// than let it break the cell.
bool valid_language(const std::string& tag) {
  bool first = true;
  size_t part = 0;
  for (unsigned char c : tag) {
    if (c == '-' && part > 0) {
      part = 0;
      first = false;
    } else if (first ? std::isalpha(c) : std::isalnum(c)) {
      ++part;
    } else {
      return false;
    }
  }
  return part > 0;
}

std::string tsv_cell(const std::optional<Term>& t) {
  if (!t) return "";
  if (t->kind == Term::Kind::Iri) return sparql_iri(t->value);
  if (t->kind == Term::Kind::Blank) return blank_label(t->value);
  std::string s = sparql_string(t->value);
  if (!t->language.empty()) return valid_language(t->language) ? s + "@" + t->language : s;
  if (!t->datatype.empty() && t->datatype != XSD_STRING) return s + "^^" + sparql_iri(t->datatype);
  return s;
}

nlohmann::json json_term(const Term& t) {
  if (t.kind == Term::Kind::Iri) return {{"type", "uri"}, {"value", t.value}};
  if (t.kind == Term::Kind::Blank) return {{"type", "bnode"}, {"value", t.value}};
  nlohmann::json j{{"type", "literal"}, {"value", t.value}};
  if (!t.language.empty())
    j["xml:lang"] = t.language;
  else if (!t.datatype.empty() && t.datatype != XSD_STRING)
    j["datatype"] = t.datatype;
  return j;
}

// --- the formats ---------------------------------------------------------

size_t display_width(const std::string& s) {  // code points, not bytes
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void write_table(const QueryResult& r, std::ostream& out) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width;
  for (const auto& v : r.variables) width.push_back(display_width(v));
  for (const auto& row : r.rows) {
    auto& line = cells.emplace_back();
    for (size_t i = 0; i < row.size(); ++i) {
      line.push_back(table_cell(row[i]));
      width[i] = std::max(width[i], display_width(line.back()));
    }
  }
  auto print = [&](const std::vector<std::string>& line) {
    for (size_t i = 0; i < line.size(); ++i) {
      out << line[i];
      if (i + 1 < line.size()) out << std::string(width[i] - display_width(line[i]) + 2, ' ');
    }
    out << '\n';
  };
  print(r.variables);
  std::vector<std::string> rule;
  for (size_t w : width) rule.push_back(std::string(w, '-'));
  print(rule);
  for (const auto& line : cells) print(line);
  out << fmt::format("({} row{})\n", r.rows.size(), r.rows.size() == 1 ? "" : "s");
}

void write_separated(const QueryResult& r, std::ostream& out, bool csv) {
  const char* sep = csv ? "," : "\t";
  const char* eol = csv ? "\r\n" : "\n";
  for (size_t i = 0; i < r.variables.size(); ++i) out << (i ? sep : "") << (csv ? "" : "?") << r.variables[i];
  out << eol;
  for (const auto& row : r.rows) {
    for (size_t i = 0; i < row.size(); ++i) out << (i ? sep : "") << (csv ? csv_cell(row[i]) : tsv_cell(row[i]));
    out << eol;
  }
}

void write_json(const QueryResult& r, std::ostream& out) {
  nlohmann::json j;
  if (r.kind == QueryResult::Kind::Boolean) {
    j = {{"head", nlohmann::json::object()}, {"boolean", r.boolean}};
  } else if (r.kind == QueryResult::Kind::Graph) {
    j = nlohmann::json::array();
    for (const auto& q : r.triples)
      j.push_back({{"s", json_term(q.subject)}, {"p", json_term(q.predicate)}, {"o", json_term(q.object)}});
  } else {
    auto bindings = nlohmann::json::array();
    for (const auto& row : r.rows) {
      nlohmann::json b = nlohmann::json::object();
      for (size_t i = 0; i < row.size(); ++i)
        if (row[i]) b[r.variables[i]] = json_term(*row[i]);
      bindings.push_back(std::move(b));
    }
    j = {{"head", {{"vars", r.variables}}}, {"results", {{"bindings", std::move(bindings)}}}};
  }
  // Literals are UTF-8 when they come from a parser, but a bad byte must not
  // stop the output: it becomes U+FFFD.
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_ntriples(const QueryResult& r, std::ostream& out) {
  for (const auto& q : r.triples)
    out << tsv_cell(q.subject) << ' ' << tsv_cell(q.predicate) << ' ' << tsv_cell(q.object) << " .\n";
}

}  // namespace

ResultFormat parse_result_format(std::string_view name) {
  if (name == "table") return ResultFormat::Table;
  if (name == "csv") return ResultFormat::Csv;
  if (name == "tsv") return ResultFormat::Tsv;
  if (name == "json") return ResultFormat::Json;
  throw Error(Error::Kind::Usage, "unknown result format \"" + std::string(name) + "\" (table, csv, tsv, json)");
}

void write_result(const QueryResult& r, ResultFormat format, std::ostream& out) {
  if (format == ResultFormat::Json) {
    write_json(r, out);
  } else if (r.kind == QueryResult::Kind::Graph) {
    write_ntriples(r, out);
  } else if (r.kind == QueryResult::Kind::Boolean) {
    out << (r.boolean ? "true" : "false") << '\n';
  } else if (format == ResultFormat::Table) {
    write_table(r, out);
  } else {
    write_separated(r, out, format == ResultFormat::Csv);
  }
  out.flush();
  if (!out) throw Error(Error::Kind::Io, "cannot write the results");
}

}  // namespace polkg
