// Minting instance IRIs (see polkg/iri.hpp).
#include "polkg/iri.hpp"

#include <algorithm>
#include <cctype>

#include "polkg/error.hpp"
#include "polkg/text.hpp"

namespace polkg {
namespace {

void percent_encode(unsigned char c, std::string& out) {
  static const char* hex = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(hex[c >> 4]);
  out.push_back(hex[c & 15]);
}

// Bytes SPARQL, Turtle and N-Triples forbid inside "<...>".
bool forbidden_in_iriref(unsigned char c) {
  return c <= 0x20 || std::string_view("<>\"{}|^`\\").find((char)c) != std::string_view::npos;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// RFC 3986 5.2.4 on an absolute path ("/a/./b/../c" -> "/a/c"). The result
// holds no "." or ".." segment, so a reader that resolves it again (raptor's
// Turtle parser does so even for absolute IRIs) gets it back unchanged.
std::string remove_dot_segments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (in.starts_with("../")) in.remove_prefix(3);
    else if (in.starts_with("./")) in.remove_prefix(2);
    else if (in.starts_with("/./")) in.remove_prefix(2);
    else if (in == "/.") in = "/";
    else if (in.starts_with("/../") || in == "/..") {
      in = in.size() == 3 ? std::string_view("/") : in.substr(3);
      auto slash = out.rfind('/');
      out.erase(slash == std::string::npos ? 0 : slash);
    } else if (in == "." || in == "..") in = {};
    else {
      auto next = in.find('/', 1);
      if (next == std::string_view::npos) next = in.size();
      out.append(in.substr(0, next));
      in.remove_prefix(next);
    }
  }
  return out;
}

// The scheme's length if `s` begins with one ("https:" -> 5), else 0.
size_t scheme_length(std::string_view s) {
  if (s.empty() || !std::isalpha((unsigned char)s[0])) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == ':') return i;
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return 0;
  }
  return 0;
}

}  // namespace

std::string entity_key(std::string_view kind, std::string_view name) {
  return std::string(kind) + "/" + slugify(name);
}

std::string id_segment(std::string_view id) {
  if (id.empty()) return "_";
  // "." and ".." would be dot segments, which a reader resolving the IRI
  // removes ("document/." -> "document/"): their dots are encoded.
  if (id == "." || id == "..") return id == "." ? "%2E" : "%2E%2E";
  std::string out;
  for (unsigned char c : id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~';
    if (keep) out.push_back((char)c);
    else percent_encode(c, out);
  }
  return out;
}

std::string document_key(std::string_view doc_id) { return "document/" + id_segment(doc_id); }

void check_base(const std::string& base) {
  bool scheme = base.rfind("http://", 0) == 0 || base.rfind("https://", 0) == 0;
  // Only '/': evidence IRIs add a "#char=b,e" fragment to document IRIs, and
  // a base ending in '#' would give them two.
  bool end = !base.empty() && base.back() == '/' && base.find('#') == std::string::npos;
  bool chars = true;
  for (unsigned char c : base)
    if (forbidden_in_iriref(c)) chars = false;
  if (!scheme || !end || !chars)
    throw Error(Error::Kind::Usage,
                "--base must be an absolute http(s) IRI ending in '/' (no '#'), with no spaces or "
                "<>\"{}|^`\\ characters, got \"" + base + "\"");
}

std::string encode_iri(std::string_view s) {
  std::string enc;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                std::string_view("-._~!$&'()*+,;=:@/?#%").find((char)c) != std::string_view::npos;
    // A '%' stays only as the start of a percent-encoded octet ("%41").
    if (c == '%' && !(i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2]))) safe = false;
    if (safe) enc.push_back((char)c);
    else percent_encode(c, enc);
  }
  // Dot segments go from the path: after "scheme:" and "//authority", up to '?' or '#'.
  size_t begin = scheme_length(enc);
  if (begin == 0) return enc;  // a relative reference: left as is
  ++begin;
  if (enc.compare(begin, 2, "//") == 0) begin = std::min(enc.find_first_of("/?#", begin + 2), enc.size());
  size_t end = std::min(enc.find_first_of("?#", begin), enc.size());
  return enc.substr(0, begin) + remove_dot_segments(std::string_view(enc).substr(begin, end - begin)) + enc.substr(end);
}

std::string sparql_iri(std::string_view iri) {
  std::string out = "<";
  for (unsigned char c : iri) {
    if (forbidden_in_iriref(c)) percent_encode(c, out);
    else out.push_back((char)c);
  }
  return out + ">";
}

std::string sparql_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

}  // namespace polkg
