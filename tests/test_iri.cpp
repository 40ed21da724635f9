// Tests of core/src/iri.cpp (polkg/iri.hpp): entity and document keys, the
// --base check, percent-encoding of input URLs, and that an IRI minted from
// any name at all is IRI-safe ASCII.
#define BOOST_TEST_MODULE test_iri
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "polkg/error.hpp"
#include "polkg/iri.hpp"
#include "polkg/vocabulary.hpp"

using namespace polkg;

namespace {

// Characters a key may hold (polkg/iri.hpp): [a-z0-9-/_#=,.]
bool key_safe(const std::string& s) {
  for (unsigned char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          std::string_view("-/_#=,.~%").find((char)c) != std::string_view::npos))
      return false;
  return !s.empty();
}

// IRI-safe ASCII: unreserved, sub-delims, ':', '@', '/', '?', '#', '%'.
bool iri_safe(const std::string& s) {
  for (unsigned char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          std::string_view("-._~!$&'()*+,;=:@/?#%").find((char)c) != std::string_view::npos))
      return false;
  return true;
}

// Every '%' starts a percent-encoded octet (RFC 3987 pct-encoded).
bool percent_valid(const std::string& s) {
  auto hex = [](char c) { return std::isxdigit((unsigned char)c) != 0; };
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '%' && !(i + 2 < s.size() && hex(s[i + 1]) && hex(s[i + 2]))) return false;
  return true;
}

// No "." or ".." segment in the path of an absolute IRI "scheme://authority/path?query#fragment".
bool no_dot_segments(const std::string& iri) {
  size_t begin = iri.find('/', iri.find("://") + 3);
  if (begin == std::string::npos) return true;
  std::string path = iri.substr(begin, iri.find_first_of("?#", begin) - begin) + "/";
  return path.find("/./") == std::string::npos && path.find("/../") == std::string::npos;
}

Error::Kind kind_of_check(const std::string& base) {
  try {
    check_base(base);
  } catch (const Error& e) {
    return e.kind();
  }
  return Error::Kind::Server;  // "no error" marker for the table
}

}  // namespace

BOOST_AUTO_TEST_CASE(entity_keys) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"person", "Yerlan Koshanov", "person/yerlan-koshanov"},
      {"chamber", "Majilis", "chamber/majilis"},
      {"legislature", "Parliament of Kazakhstan", "legislature/parliament-of-kazakhstan"},
      {"legislature", "The Milli Majlis", "legislature/milli-majlis"},
      {"organization", "Inter-Parliamentary Union", "organization/inter-parliamentary-union"},
      {"place", "Nur-Sultan", "place/nur-sultan"},
      {"person", "Recep Tayyip Erdoğan", "person/recep-tayyip-erdogan"},
  };
  for (const auto& [kind, name, want] : cases) {
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(entity_key(kind, name) == want);
      BOOST_TEST(entity_key(kind, name) == entity_key(kind, name));
    }
  }
}

BOOST_AUTO_TEST_CASE(document_keys) {
  BOOST_TEST(document_key("000_f06f2b1920db07c2") == "document/000_f06f2b1920db07c2");
  BOOST_TEST(document_key("dev-01") == "document/dev-01");
  BOOST_TEST(document_key("Some Article (2023)") == "document/Some%20Article%20%282023%29");
  // One to one: ids that differ only in case or punctuation keep distinct documents.
  BOOST_TEST(document_key("news_1") != document_key("news-1"));
  BOOST_TEST(document_key("News 1") != document_key("news 1"));
  BOOST_TEST(document_key("") == "document/_");
  // Not dot segments, which a reader resolving the IRI would remove (fuzz finding: id ".").
  BOOST_TEST(document_key(".") == "document/%2E");
  BOOST_TEST(document_key("..") == "document/%2E%2E");
  BOOST_TEST(document_key("...") == "document/...");
  BOOST_TEST(document_key("%2E") == "document/%252E");  // still one to one
  BOOST_TEST(key_safe(document_key("<script>\"'\\")));
  BOOST_TEST(key_safe(document_key("")));
}

BOOST_AUTO_TEST_CASE(check_base_accepts_good_bases) {
  for (const char* b : {"https://example.org/polkg/", "http://example.org/",
                        "https://w3id.org/polkg/data/", "http://localhost:3030/ds/"}) {
    BOOST_TEST_CONTEXT(b) { BOOST_CHECK_NO_THROW(check_base(b)); }
  }
}

BOOST_AUTO_TEST_CASE(check_base_rejects_bad_bases) {
  const char* bad[] = {
      "",                                 // empty
      "example.org/",                     // not absolute
      "ftp://example.org/",               // not http(s)
      "urn:polkg:",                       // not http(s)
      "https://example.org/polkg",        // no trailing '/'
      "https://example.org/kg#",          // a fragment base: evidence IRIs add "#char=" after it
      "https://example.org/a b/",         // space
      "https://example.org/<x>/",         // angle brackets
      "https://example.org/\"q\"/",       // quote
      "https://example.org/{x}/",         // braces
      "https://example.org/a|b/",         // bar
      "https://example.org/a^b/",         // caret
      "https://example.org/a`b/",         // backquote
      "https://example.org/a\\b/",        // backslash
      "https://example.org/a\tb/",        // control character
      "https://example.org/a\nb/",        // newline
      "HTTPS//example.org/",              // malformed scheme
  };
  for (const char* b : bad) {
    BOOST_TEST_CONTEXT("base \"" << b << "\"") {
      BOOST_TEST((kind_of_check(b) == Error::Kind::Usage));
    }
  }
  try {
    check_base("https://example.org/a b/");
    BOOST_FAIL("no error");
  } catch (const Error& e) {
    BOOST_TEST(std::string(e.what()).find("https://example.org/a b/") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(encode_iri_table) {
  const std::pair<const char*, const char*> cases[] = {
      {"https://example.org/a?b=c#d", "https://example.org/a?b=c#d"},
      {"https://example.org/a b", "https://example.org/a%20b"},
      {"https://example.org/<x>", "https://example.org/%3Cx%3E"},
      {"https://example.org/\"q\"", "https://example.org/%22q%22"},
      {"https://example.org/a\\b", "https://example.org/a%5Cb"},
      {"https://example.org/{a}|^`", "https://example.org/%7Ba%7D%7C%5E%60"},
      {"https://example.org/é", "https://example.org/%C3%A9"},
      {"https://kz.kz/Мажилис", "https://kz.kz/%D0%9C%D0%B0%D0%B6%D0%B8%D0%BB%D0%B8%D1%81"},
      {"https://example.org/\n\t", "https://example.org/%0A%09"},
      {"https://example.org/~user/(1)", "https://example.org/~user/(1)"},
      {"", ""},
      // A '%' not starting a percent-encoded octet is encoded itself (fuzz finding: "H%lh").
      {"https://example.org/H%lh", "https://example.org/H%25lh"},
      {"https://example.org/100%", "https://example.org/100%25"},
      {"https://example.org/%4", "https://example.org/%254"},
      {"https://example.org/%%41", "https://example.org/%25%41"},
      {"https://example.org/%41%c3%a9", "https://example.org/%41%c3%a9"},
      // Dot segments leave the path (RFC 3986 5.2.4; fuzz finding "a/./b"), not the query or fragment.
      {"https://example.org/src/a/./b", "https://example.org/src/a/b"},
      {"https://example.org/src/.", "https://example.org/src/"},
      {"https://example.org/src/..", "https://example.org/"},
      {"https://example.org/src/../", "https://example.org/"},
      {"https://example.org/a/b/../../../../c", "https://example.org/c"},
      {"https://example.org/a//../b", "https://example.org/a/b"},
      {"https://example.org/a/..b/c.", "https://example.org/a/..b/c."},
      {"https://example.org/a/./b?x=/../y#/./z", "https://example.org/a/b?x=/../y#/./z"},
      {"https://example.org/../a b", "https://example.org/a%20b"},
      {"https://example.org", "https://example.org"},
      {"https://example.org?q=/./", "https://example.org?q=/./"},
      {"http://h:8080/./", "http://h:8080/"},
      {"urn:x:./a", "urn:x:./a"},
      {"../a/./b", "../a/./b"},  // no scheme: a relative reference is only encoded
  };
  for (const auto& [in, want] : cases) {
    BOOST_TEST_CONTEXT("input \"" << in << "\"") {
      BOOST_TEST(encode_iri(in) == want);
      BOOST_TEST(iri_safe(encode_iri(in)));
      BOOST_TEST(percent_valid(encode_iri(in)));
      BOOST_TEST(encode_iri(encode_iri(in)) == encode_iri(in));  // stable: what is written reads back
    }
  }
}

BOOST_AUTO_TEST_CASE(minted_iris_are_safe_for_nasty_names) {
  std::vector<std::string> names = {
      "\"quoted\" name",
      "back\\slash",
      "a b  c",
      "<script>alert(1)</script>",
      std::string("nul\0byte", 8),
      "bell\x07 esc\x1b del\x7f",
      "tab\tnew\nline\rreturn",
      "الجمعية الوطنية",          // Arabic (right to left)
      "הכנסת",                     // Hebrew
      "\u202Eevil\u202C",          // RTL override
      "Мажилис Парламента",        // Cyrillic
      "😀🎉",                       // emoji only
      "Chair 😀 man",
      "中华人民共和国",
      "#char=1,2",
      "../../etc/passwd",
      "a/./b/.", "/..", "./", "x/..//../y", "100%", "%zz%4", "%2e%2E/",
      "%41%00",
      "{}|^`",
      std::string(100 * 1024, 'x'),                      // a 100 kB token
      [] { std::string s; for (int i = 0; i < 25000; ++i) s += "Жé😀"; return s; }(),
  };
  const std::string base(vocab::DEFAULT_BASE);
  for (const auto& name : names) {
    BOOST_TEST_CONTEXT("name of " << name.size() << " bytes: " << name.substr(0, 40)) {
      for (const char* kind : {"person", "organization"}) {
        std::string key = entity_key(kind, name);
        BOOST_TEST(key_safe(key), key.substr(0, 80));
        BOOST_TEST(iri_safe(base + key));
      }
      std::string dk = document_key(name);
      BOOST_TEST(key_safe(dk));
      BOOST_TEST(iri_safe(encode_iri(name)));
      std::string url = encode_iri("https://example.org/src/" + name);
      BOOST_TEST(percent_valid(url));
      BOOST_TEST(no_dot_segments(url));
      BOOST_TEST(encode_iri(url) == url);
    }
  }
}

// Regression (a bug, now fixed): slugify can return 121 bytes (see test_text), so a key can
// exceed "<kind>/" + 120.
BOOST_AUTO_TEST_CASE(keys_are_bounded) {
  std::string name;
  for (int i = 0; i < 25000; ++i) name += "Жé😀";
  size_t longest = 0;
  for (int w = 1; w <= 12; ++w) {
    std::string words;
    for (int i = 0; i < 80; ++i) words += std::string((size_t)w, 'k') + " ";
    longest = std::max(longest, entity_key("person", words).size());
  }
  longest = std::max(longest, entity_key("person", name).size());
  BOOST_TEST(longest <= std::string("person/").size() + 120);
}

BOOST_AUTO_TEST_CASE(sparql_string_escapes_what_a_quoted_string_may_not_hold) {
  BOOST_TEST(sparql_string("") == "\"\"");
  BOOST_TEST(sparql_string("Erdoğan") == "\"Erdoğan\"");
  BOOST_TEST(sparql_string("say \"yes\"") == "\"say \\\"yes\\\"\"");
  BOOST_TEST(sparql_string("a\\b") == "\"a\\\\b\"");
  BOOST_TEST(sparql_string("1\n2\r3\t4\b5\f6") == "\"1\\n2\\r3\\t4\\b5\\f6\"");
  // an injection attempt stays inside the literal: no raw quote or line break
  std::string s = sparql_string("x\" } ; DROP ALL ; #\n");
  BOOST_TEST(s == "\"x\\\" } ; DROP ALL ; #\\n\"");
}
