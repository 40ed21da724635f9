// Minting instance IRIs (see polkg/iri.hpp).
#include "polkg/iri.hpp"

#include "polkg/error.hpp"
#include "polkg/text.hpp"

namespace polkg {

std::string entity_key(std::string_view kind, std::string_view name) {
  return std::string(kind) + "/" + slugify(name);
}

std::string document_key(std::string_view doc_id) { return "document/" + slugify(doc_id); }

void check_base(const std::string& base) {
  bool scheme = base.rfind("http://", 0) == 0 || base.rfind("https://", 0) == 0;
  bool end = !base.empty() && (base.back() == '/' || base.back() == '#');
  bool chars = true;
  for (unsigned char c : base)
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\')
      chars = false;
  if (!scheme || !end || !chars)
    throw Error(Error::Kind::Usage,
                "--base must be an absolute http(s) IRI ending in '/' or '#' with no spaces or "
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
