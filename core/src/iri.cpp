// Minting instance IRIs (see polkg/iri.hpp).
#include "polkg/iri.hpp"

#include "polkg/error.hpp"
#include "polkg/text.hpp"

namespace polkg {

std::string entity_key(std::string_view kind, std::string_view name) {
  return std::string(kind) + "/" + slugify(name);
}

std::string id_segment(std::string_view id) {
  static const char* hex = "0123456789ABCDEF";
  if (id.empty()) return "_";
  std::string out;
  for (unsigned char c : id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~';
    if (keep) {
      out.push_back((char)c);
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
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
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\')
      chars = false;
  if (!scheme || !end || !chars)
    throw Error(Error::Kind::Usage,
                "--base must be an absolute http(s) IRI ending in '/' (no '#'), with no spaces or "
                "<>\"{}|^`\\ characters, got \"" + base + "\"");
}

std::string encode_iri(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                std::string_view("-._~!$&'()*+,;=:@/?#%").find((char)c) != std::string_view::npos;
    if (safe) {
      out.push_back((char)c);
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

}  // namespace polkg
