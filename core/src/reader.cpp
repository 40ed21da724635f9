// The article reader: .txt, .jsonl, directories and standard input
// (see polkg/document.hpp).
#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
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

std::u32string nfc(std::u32string s) {
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

// 1-based line of the first "date " in the raw bytes: the header, when there
// is one, since only white space comes before it. A CR LF is one line break.
long header_line(std::string_view bytes) {
  size_t end = std::min(bytes.find("date "), bytes.size());
  long line = 1;
  for (size_t k = 0; k < end; ++k)
    if (bytes[k] == '\n' || (bytes[k] == '\r' && (k + 1 >= end || bytes[k + 1] != '\n'))) ++line;
  return line;
}

// "date 2023-05-16" (or another form of read_publication_date) at the very
// start, after white space. A date's shape with no such day is dropped and
// reported; anything else after "date" is text.
void read_date_header(Document& d, long& pos, std::string_view bytes) {
  const std::u32string& t = d.text;
  long i = pos;
  while (i < (long)t.size() && is_space(t[i])) ++i;
  if (t.compare((size_t)i, 5, U"date ") != 0) return;
  long j = i + 5;
  while (j < (long)t.size() && t[(size_t)j] == U' ') ++j;
  std::string ascii;  // the date is ASCII: one byte a code point
  for (long k = j; k < (long)t.size() && k < j + 64 && t[(size_t)k] < 0x80; ++k) ascii += (char)t[(size_t)k];
  PublicationDate date = read_publication_date(ascii);
  if (date.status == PublicationDate::Status::Unknown) return;
  std::string written = ascii.substr(0, date.length);
  if (date.status == PublicationDate::Status::Ok)
    d.date = date.iso;
  else
    d.problems.push_back({header_line(bytes), "date header \"" + written +
                                                  "\" is not a real day: the document is kept without a date"});
  pos = j + (long)date.length;
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
  d.text = nfc(std::move(d.text));
  long pos = 0;
  read_date_header(d, pos, b);
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
  if (!in) throw Error(Error::Kind::Io, "cannot open for reading: " + std::string(std::strerror(errno)), p.string());
  std::string bytes;
  std::error_code ec;
  if (auto size = fs::file_size(p, ec); !ec) bytes.reserve((size_t)size);  // one buffer, not a stream's copies
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(Error::Kind::Io, "read error: " + std::string(std::strerror(errno)), p.string());
  return bytes;
}

std::string string_field(const nlohmann::json& j, const char* key, const std::string& src, long line) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string())
    throw Error(Error::Kind::BadInput, std::string("field \"") + key + "\" must be a string", src, line);
  return it->get<std::string>();
}

// Byte offset of the first invalid UTF-8 sequence, or -1.
long first_invalid_utf8(std::string_view s) {
  int32_t i = 0, n = (int32_t)s.size();
  const uint8_t* p = (const uint8_t*)s.data();
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return at;
  }
  return -1;
}

// Whether anything but white space follows the date header and the dateline.
bool has_body(const Document& d) {
  for (size_t i = (size_t)std::max(0L, d.body_begin); i < d.text.size(); ++i)
    if (!is_space(d.text[i])) return true;
  return false;
}
const std::string NO_BODY = "only white space, a date header or a dateline";

// At most about 60 bytes of `s` for a message, cut between UTF-8 sequences.
std::string clip(const std::string& s) {
  if (s.size() <= 60) return s;
  size_t n = 60;
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "...";
}

// The "date" field, in any form of read_publication_date. One that cannot be
// used is a problem, not a failure: the document is kept, with the header's
// date if it had one.
void read_date_field(const nlohmann::json& j, Document& d) {
  auto it = j.find("date");
  if (it == j.end() || it->is_null()) return;
  std::string why;
  if (!it->is_string()) {
    std::string shown = it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    why = "field \"date\" must be a string, got " + clip(shown);
  } else {
    const std::string& written = it->get_ref<const std::string&>();
    if (written.find_first_not_of(" \t") == std::string::npos) return;  // "": no date
    PublicationDate date = parse_publication_date(written);
    if (date.status == PublicationDate::Status::Ok) {
      d.date = date.iso;
      return;
    }
    std::string shown = clip(written);
    why = date.status == PublicationDate::Status::Impossible
              ? "field \"date\": \"" + shown + "\" is not a real day"
              : "field \"date\": cannot read \"" + shown +
                    "\" as a date (2023-05-16, 16.05.2023 day first, May 16, 2023: docs/errors.md)";
  }
  why += d.date.empty() ? ": the document is kept without a date"
                        : ": ignored, the date header's " + d.date + " is kept";
  d.problems.push_back({0, why});
}

// The problems parse_article and read_date_field found, each as a failure
// whose document is kept: "file:line: message".
void report_problems(const Document& d, const std::string& src, const FailureSink& fail) {
  for (const auto& p : d.problems) {
    long line = d.source_line > 0 ? d.source_line : p.line;
    std::string where = line > 0 ? src + ":" + std::to_string(line) : src;
    std::string in_text = d.source_line > 0 && p.line > 0 ? "in \"text\": " : "";
    fail({where + ": " + in_text + p.message, true});
  }
}

void read_jsonl(std::istream& in, const std::string& src, const DocumentSink& sink,
                const FailureSink& fail) {
  std::string line;
  long n = 0, records = 0, offset = 0;  // offset: of the line's first byte in the file
  size_t raw = 0;
  for (; std::getline(in, line); offset += (long)raw + 1) {
    ++n;
    raw = line.size();
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    ++records;
    if (size_t nul = line.find('\0'); nul != std::string::npos && records == 1) {
      // A compressed or other binary file: one report, not one per "line".
      fail({Error(Error::Kind::BadInput, "binary data (a NUL byte), not JSON Lines: the file is skipped", src, 0,
                  offset + (long)nul).what()});
      return;
    }
    try {
      if (long bad = first_invalid_utf8(line); bad >= 0)
        throw Error(Error::Kind::BadInput, "invalid UTF-8", src, n, offset + bad);
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
      if (!has_body(d)) throw Error(Error::Kind::BadInput, "field \"text\" holds no article text (" + NO_BODY + ")", src, n);
      d.source_line = n;
      d.title = string_field(j, "title", src, n);
      std::string pub = string_field(j, "publisher", src, n);
      if (!pub.empty()) d.publisher = pub;
      d.url = string_field(j, "url", src, n);
      read_date_field(j, d);
      report_problems(d, src, fail);
      sink(std::move(d));
    } catch (const Error& e) {
      fail({e.what()});
    }
  }
  if (in.bad()) fail({Error(Error::Kind::Io, "read error after line " + std::to_string(n) + ": the rest is skipped", src).what()});
  else if (records == 0) fail({Error(Error::Kind::BadInput, "no JSON Lines record (the file is empty)", src).what()});
}

void read_path(const fs::path& p, const DocumentSink& sink, const FailureSink& fail) {
  std::string ext = p.extension().string();
  if (ext == ".jsonl" || ext == ".ndjson") {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw Error(Error::Kind::Io, "cannot open for reading: " + std::string(std::strerror(errno)), p.string());
    read_jsonl(in, p.string(), sink, fail);
  } else {
    try {
      std::string bytes = read_file(p);
      if (bytes.empty()) throw Error(Error::Kind::BadInput, "empty file: no article text", p.string());
      if (size_t nul = bytes.find('\0'); nul != std::string::npos)
        throw Error(Error::Kind::BadInput, "binary data (a NUL byte), not a text article", p.string(), 0, (long)nul);
      Document d = parse_article(bytes, p.stem().string(), p.string());
      if (!has_body(d)) throw Error(Error::Kind::BadInput, "no article text (" + NO_BODY + ")", p.string());
      report_problems(d, p.string(), fail);
      sink(std::move(d));
    } catch (const Error& e) {
      if (e.kind() == Error::Kind::Usage) throw;
      fail({e.what()});
    }
  }
}

// The .txt, .jsonl and .ndjson files under `dir`, recursively (symbolic links
// to directories are not followed). A subdirectory that cannot be read is a
// failure, reported; false (errno set) when `dir` itself cannot be read.
bool list_articles(const fs::path& dir, std::vector<fs::path>& files, const FailureSink& fail) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    errno = ec.value();
    return false;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      fail({Error(Error::Kind::Io, "cannot list the directory: " + ec.message() + ": the rest is skipped",
                  dir.string()).what()});
      return true;
    }
    const fs::directory_entry& e = *it;
    std::error_code ec2;
    if (e.is_directory(ec2) && !e.is_symlink(ec2)) {
      if (!list_articles(e.path(), files, fail))
        fail({Error(Error::Kind::Io, "cannot read the directory: " + std::string(std::strerror(errno)),
                    e.path().string()).what()});
      continue;
    }
    std::string ext = e.path().extension().string();
    if (e.is_regular_file(ec2) && (ext == ".txt" || ext == ".jsonl" || ext == ".ndjson")) files.push_back(e.path());
  }
  return true;
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
  std::vector<fs::path> files, corpora, articles;
  if (!list_articles(p, files, on_failure))
    throw Error(Error::Kind::Io, "cannot read the directory: " + std::string(std::strerror(errno)), path);
  for (auto& f : files) {
    std::string ext = f.extension().string();
    (ext == ".txt" ? articles : corpora).push_back(std::move(f));
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
