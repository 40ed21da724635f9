// The article reader: .txt, .jsonl, directories and standard input
// (see polkg/document.hpp).
#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <unordered_map>
#include <regex>
#include <sstream>
#include <vector>

#include "polkg/dates.hpp"
#include "polkg/document.hpp"
#include "polkg/error.hpp"
#include "polkg/text.hpp"

namespace polkg {
namespace fs = std::filesystem;

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    char buf[4];
    int32_t n = 0;
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    U8_APPEND_UNSAFE((uint8_t*)buf, n, (UChar32)c);
    out.append(buf, (size_t)n);
  }
  return out;
}

std::u32string to_u32(std::string_view utf8, const std::string& source) {
  std::u32string out;
  out.reserve(utf8.size());
  int32_t i = 0, n = (int32_t)utf8.size();
  const uint8_t* s = (const uint8_t*)utf8.data();
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0)
      throw Error(Error::Kind::BadInput, "invalid UTF-8", source.empty() ? "-" : source, 0, at);
    out.push_back((char32_t)c);
  }
  return out;
}

namespace {

std::u32string nfc(const std::u32string& s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(st);
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()), (int32_t)s.size());
  if (U_FAILURE(st) || n->isNormalized(u, st)) return s;
  st = U_ZERO_ERROR;
  icu::UnicodeString r = n->normalize(u, st);
  std::u32string out(static_cast<size_t>(r.countChar32()), U'\0');
  r.toUTF32(reinterpret_cast<UChar32*>(out.data()), (int32_t)out.size(), st);
  return out;
}

bool is_space(char32_t c) { return u_isUWhiteSpace((UChar32)c); }

// "date 2023-05-16" at the very start (after white space).
void read_date_header(Document& d, long& pos) {
  const std::u32string& t = d.text;
  long i = pos;
  while (i < (long)t.size() && is_space(t[i])) ++i;
  if (t.compare(i, 5, U"date ") != 0) return;
  long j = i + 5;
  while (j < (long)t.size() && t[j] == U' ') ++j;
  std::string date = to_utf8(t.substr(j, 10));
  if (!is_valid_date(date)) return;
  d.date = date;
  pos = j + 10;
}

struct DatelineMatch {
  long begin = -1, end = -1;
  std::string place, publisher;
};

// Datelines of news agencies: an upper-case place, then a separator, an
// optional date, an agency in capitals or in parentheses, and a dash.
//   BAKU. KAZINFORM –            TASHKENT (UzA) --
//   NUR-SULTAN, May 4 (Kazinform) –    BEIJING, April 14 (Agência Brasil) —
DatelineMatch find_dateline(const std::u32string& t, long from) {
  DatelineMatch m;
  std::string s = to_utf8(t.substr(from, std::min<size_t>(t.size() - from, 400)));
  static const std::regex re(
      R"(^\s*([A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]+){0,3})(?:\.|,)?\s*(?:(?:[A-Z][a-z]+\.? \d{1,2},?(?: \d{4},?)?\s*)?\(([^)]{1,40})\)|([A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,2}))?\s*(?:–|—|--|-)\s)",
      std::regex::ECMAScript);
  // Try at each line start among the first lines (scraped pages put menus first).
  size_t line = 0;
  for (int tries = 0; tries < 8 && line < s.size(); ++tries) {
    std::smatch sm;
    std::string rest = s.substr(line);
    if (std::regex_search(rest, sm, re) && sm.position(0) == 0) {
      std::string place = sm[1].str();
      std::string pub = sm[2].matched ? sm[2].str() : sm[3].str();
      // A lone capitalized word with no agency is not a dateline.
      if (!pub.empty() || sm[0].str().find_first_of(".,") != std::string::npos) {
        m.place = title_case(place);
        m.publisher = pub;
        long cp_begin = from + (long)to_u32(s.substr(0, line)).size();
        m.begin = cp_begin;
        m.end = cp_begin + (long)to_u32(sm[0].str()).size();
        return m;
      }
    }
    size_t nl = s.find('\n', line);
    if (nl == std::string::npos) break;
    line = nl + 1;
  }
  return m;
}

// A publisher in capitals ("KAZINFORM") reads better in title case; short
// acronyms ("UzA", "TASS", "AA", "nCa") are kept as written.
std::string publisher_name(const std::string& p) {
  if (p.size() > 5 && std::all_of(p.begin(), p.end(), [](unsigned char c) { return !(c >= 'a' && c <= 'z'); }))
    return title_case(p);
  return p;
}

}  // namespace

Document parse_article(const std::string& bytes, const std::string& id, const std::string& source) {
  Document d;
  d.id = id;
  d.source = source;
  std::string_view b = bytes;
  long bom = 0;
  if (b.substr(0, 3) == "\xEF\xBB\xBF") { b.remove_prefix(3); bom = 3; }
  try {
    d.text = to_u32(b, source);
  } catch (const Error& e) {
    throw Error(Error::Kind::BadInput, "invalid UTF-8", e.file(), 0, e.offset() + bom);
  }
  // CRLF and lone CR become LF (one code point each way keeps offsets simple).
  for (auto& c : d.text) {
    if (c == U'\r') c = U'\n';
    else if ((c < 0x20 && c != U'\n' && c != U'\t') || c == 0x7F) c = 0xFFFD;  // raptor truncates at NUL
  }
  d.text = nfc(d.text);
  long pos = 0;
  read_date_header(d, pos);
  DatelineMatch m = find_dateline(d.text, pos);
  if (m.begin >= 0) {
    d.dateline_place = m.place;
    if (!m.publisher.empty()) d.publisher = publisher_name(m.publisher);
    pos = m.end;
  }
  d.body_begin = pos;
  return d;
}

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error(Error::Kind::Io, "cannot open for reading", p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(Error::Kind::Io, "read error", p.string());
  return ss.str();
}

std::string string_field(const nlohmann::json& j, const char* key, const std::string& src, long line) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string())
    throw Error(Error::Kind::BadInput, std::string("field \"") + key + "\" must be a string", src, line);
  return it->get<std::string>();
}

void read_jsonl(std::istream& in, const std::string& src, const DocumentSink& sink,
                const FailureSink& fail) {
  std::string line;
  long n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    try {
      nlohmann::json j;
      try {
        j = nlohmann::json::parse(line);
      } catch (const nlohmann::json::exception& e) {  // parse errors and out-of-range numbers (1E400)
        throw Error(Error::Kind::BadInput, std::string("not a JSON object: ") + e.what(), src, n);
      }
      if (!j.is_object()) throw Error(Error::Kind::BadInput, "not a JSON object", src, n);
      std::string text = string_field(j, "text", src, n);
      if (text.empty()) throw Error(Error::Kind::BadInput, "missing field \"text\"", src, n);
      std::string id = string_field(j, "id", src, n);
      if (id.empty()) id = fs::path(src).stem().string() + "-" + std::to_string(n);
      Document d;
      try {
        d = parse_article(text, id, src);
      } catch (const Error& e) {
        throw Error(e.kind(), "invalid UTF-8 in \"text\"", src, n, e.offset());
      }
      d.source_line = n;
      std::string date = string_field(j, "date", src, n);
      if (!date.empty() && !is_valid_date(date))
        throw Error(Error::Kind::BadInput, "field \"date\" must be a real date YYYY-MM-DD, got \"" + date + "\"", src, n);
      if (!date.empty()) d.date = date;
      d.title = string_field(j, "title", src, n);
      std::string pub = string_field(j, "publisher", src, n);
      if (!pub.empty()) d.publisher = pub;
      d.url = string_field(j, "url", src, n);
      sink(std::move(d));
    } catch (const Error& e) {
      fail({e.what()});
    }
  }
}

void read_path(const fs::path& p, const DocumentSink& sink, const FailureSink& fail) {
  std::string ext = p.extension().string();
  if (ext == ".jsonl" || ext == ".ndjson") {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw Error(Error::Kind::Io, "cannot open for reading", p.string());
    read_jsonl(in, p.string(), sink, fail);
  } else {
    try {
      sink(parse_article(read_file(p), p.stem().string(), p.string()));
    } catch (const Error& e) {
      if (e.kind() == Error::Kind::Usage) throw;
      fail({e.what()});
    }
  }
}

}  // namespace

void read_input(const std::string& path, const DocumentSink& on_document, const FailureSink& on_failure) {
  // Streaming: each document goes on as soon as it is read; only a key of
  // each one is kept. Documents that share an id: the same article given
  // twice (a .txt beside its record in a .jsonl) is read once, the first
  // time; a different text under an id already taken is a bad record,
  // reported and skipped (ids name documents in the graph: they must be
  // unique).
  struct Seen {
    unsigned long long body;  ///< stable_hash of the body's code points
    std::string where;
  };
  std::unordered_map<std::string, Seen> seen;
  auto body_hash = [](const Document& d) {
    size_t b = (size_t)std::min<long>(d.body_begin, (long)d.text.size()), e = d.text.size();
    while (e > b && u_isUWhiteSpace((UChar32)d.text[e - 1])) --e;
    while (b < e && u_isUWhiteSpace((UChar32)d.text[b])) ++b;
    return stable_hash(std::string_view(reinterpret_cast<const char*>(d.text.data() + b), (e - b) * sizeof(char32_t)));
  };
  auto where = [](const Document& d) {
    return d.source_line > 0 ? d.source + ":" + std::to_string(d.source_line) : d.source;
  };
  auto pass = [&](Document&& d) {
    auto h = body_hash(d);
    auto [it, fresh] = seen.try_emplace(d.id, Seen{h, where(d)});
    if (fresh) {
      on_document(std::move(d));
    } else if (it->second.body != h) {
      on_failure({where(d) + ": document id \"" + d.id + "\" is already used by " + it->second.where +
                  " for another text: skipped (give each document its own id)"});
    }
  };
  if (path == "-") {
    read_jsonl(std::cin, "-", pass, on_failure);
    return;
  }
  fs::path p(path);
  std::error_code ec;
  if (!fs::exists(p, ec)) throw Error(Error::Kind::Io, "no such file or directory", path);
  if (!fs::is_directory(p, ec)) {
    read_path(p, pass, on_failure);
    return;
  }
  // A directory: its .jsonl corpora first, then its .txt articles, each in
  // sorted path order, so that an article given both ways keeps the
  // metadata of its JSON record.
  std::vector<fs::path> corpora, articles;
  for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string ext = it->path().extension().string();
    if (!it->is_regular_file(ec)) continue;
    if (ext == ".jsonl" || ext == ".ndjson") corpora.push_back(it->path());
    else if (ext == ".txt") articles.push_back(it->path());
  }
  std::sort(corpora.begin(), corpora.end());
  std::sort(articles.begin(), articles.end());
  for (const auto* list : {&corpora, &articles})
    for (const auto& f : *list) {
      try {
        read_path(f, pass, on_failure);
      } catch (const Error& e) {
        on_failure({e.what()});
      }
    }
}

}  // namespace polkg
