// fuzz_reader: the article reader on arbitrary bytes.
//  - parse_article: the bytes as one .txt article (UTF-8 check, NFC, the
//    "date" header, the dateline).
//  - read_input("-"): the bytes as a JSON Lines corpus, read from std::cin
//    (its buffer swapped for the fuzz input), so no temporary file.
// Expected: documents, or polkg::Error (bad UTF-8) / ReadFailures (bad
// records). Any other exception escapes and libFuzzer reports it; so does
// a Document whose offsets are out of range.
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include "polkg/document.hpp"
#include "polkg/error.hpp"

namespace {

void check_document(const polkg::Document& d) {
  if (d.body_begin < 0 || d.body_begin > static_cast<long>(d.text.size())) std::abort();
  polkg::to_utf8(d.text);  // must not throw
}

void read_as_article(const std::string& bytes) {
  try {
    check_document(polkg::parse_article(bytes, "fuzz", "fuzz.txt"));
  } catch (const polkg::Error&) {
  }
}

void read_as_jsonl(const std::string& bytes) {
  std::istringstream in(bytes);
  std::streambuf* saved = std::cin.rdbuf(in.rdbuf());
  try {
    polkg::read_input("-", [](polkg::Document&& d) { check_document(d); },
                      [](const polkg::ReadFailure& f) {
                        if (f.message.empty()) std::abort();
                      });
  } catch (...) {
    std::cin.rdbuf(saved);
    throw;
  }
  std::cin.rdbuf(saved);
  std::cin.clear();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  read_as_article(bytes);
  read_as_jsonl(bytes);
  return 0;
}
