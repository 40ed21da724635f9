// Tests of core/src/reader.cpp (polkg/document.hpp): the "date" header,
// datelines, NFC and code-point offsets, BOM and CRLF, invalid UTF-8, JSON
// Lines corpora with bad records, directories and merging by id.
#define BOOST_TEST_MODULE test_reader
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/error.hpp"

using namespace polkg;
namespace fs = std::filesystem;

namespace {

std::string body(const Document& d) { return to_utf8(std::u32string_view(d.text).substr((size_t)d.body_begin)); }

// A fresh temporary directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "polkg-test-reader.XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

struct ReadResult {
  std::vector<Document> docs;
  std::vector<std::string> failures;
  std::vector<bool> kept;  ///< ReadFailure::kept of each failure
};

ReadResult read_all(const std::string& path) {
  ReadResult r;
  read_input(path, [&](Document&& d) { r.docs.push_back(std::move(d)); },
             [&](const ReadFailure& f) {
               r.failures.push_back(f.message);
               r.kept.push_back(f.kept);
             });
  return r;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(date_header)

BOOST_AUTO_TEST_CASE(header_forms) {
  struct Case {
    const char* in;
    const char* date;
    const char* body;
  };
  const Case cases[] = {
      {"date 2023-05-16\nThe Speaker met the delegation.", "2023-05-16", "\nThe Speaker met the delegation."},
      {" date 2023-05-16 The Speaker met the delegation.", "2023-05-16", " The Speaker met the delegation."},
      {"\n\n  date 2022-12-21\nText.", "2022-12-21", "\nText."},
      {"date   2021-01-02 Text.", "2021-01-02", " Text."},
      // the forms of read_publication_date (dates.hpp), normalized
      {"date 2023-5-16\nText.", "2023-05-16", "\nText."},
      {"date 2023-05-16T10:00:00Z\nText.", "2023-05-16", "\nText."},
      {"date 16.05.2023\nText.", "2023-05-16", "\nText."},
      {"date 16/05/2023 Text.", "2023-05-16", " Text."},
      {"date May 16, 2023\nText.", "2023-05-16", "\nText."},
      {"date 16 May 2023\nText.", "2023-05-16", "\nText."},
      {"date 2023-05-16\r\nText.", "2023-05-16", "\n\nText."},
      // not a date after "date": ordinary text
      {"date 2023-05-16x Text.", "", "date 2023-05-16x Text."},
      {"date palms grow in Baku.", "", "date palms grow in Baku."},
      {"date May 2023\nText.", "", "date May 2023\nText."},
      {"dated 2023-05-16\nText.", "", "dated 2023-05-16\nText."},  // not the keyword
      {"Date 2023-05-16\nText.", "", "Date 2023-05-16\nText."},    // the keyword is lower case
      {"Text.\ndate 2023-05-16", "", "Text.\ndate 2023-05-16"},    // only at the start
      {"date 2023-05-1", "2023-05-01", ""},                        // at the very end
      {"date 2023-05-", "", "date 2023-05-"},                      // too short, no crash
      {"date ", "", "date "},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT("input \"" << c.in << "\"") {
      Document d = parse_article(c.in, "doc", "doc.txt");
      BOOST_TEST(d.date == c.date);
      BOOST_TEST(body(d) == c.body);
      BOOST_TEST(d.id == "doc");
      BOOST_TEST(d.source == "doc.txt");
    }
  }
}

// Regression (a bug, now fixed): the header and the JSONL "date" are checked with a regex
// only, so an impossible date becomes an ill-formed xsd:date in the output
// (riot --validate rejects "2023-13-45"^^xsd:date).
BOOST_AUTO_TEST_CASE(impossible_dates_are_not_taken) {
  BOOST_TEST(parse_article("date 2023-13-45\nText.", "doc", "doc.txt").date == "");
  BOOST_TEST(parse_article("date 2023-02-30\nText.", "doc", "doc.txt").date == "");
  TempDir t;
  std::string p = t.write("d.jsonl", R"({"id": "a", "date": "2023-02-30", "text": "Text."})" "\n");
  ReadResult r = read_all(p);
  BOOST_TEST(r.failures.size() == 1u);
}

// An impossible date is reported with its file and line and the document is
// kept without a date, from the header as from the "date" field; the header
// is removed from the body all the same.
BOOST_AUTO_TEST_CASE(impossible_header_date_is_a_problem_the_document_kept) {
  Document d = parse_article("\n\r\n  date 2023-13-45\nBAKU. KAZINFORM – Text.", "doc", "doc.txt");
  BOOST_TEST(d.date == "");
  BOOST_TEST(d.dateline_place == "Baku");
  BOOST_TEST(body(d) == "Text.");
  BOOST_REQUIRE(d.problems.size() == 1u);
  BOOST_TEST(d.problems[0].line == 3);  // LF, then CR LF: the header is on line 3
  BOOST_TEST(contains(d.problems[0].message, "\"2023-13-45\" is not a real day"));

  TempDir t;
  std::string p = t.write("bad-date.txt", "date 31.04.2023\nThe Speaker met the delegation.");
  ReadResult r = read_all(p);
  BOOST_REQUIRE(r.docs.size() == 1u);
  BOOST_TEST(r.docs[0].date == "");
  BOOST_TEST(body(r.docs[0]) == "\nThe Speaker met the delegation.");
  BOOST_REQUIRE(r.failures.size() == 1u);
  BOOST_TEST(r.kept[0]);
  BOOST_TEST(r.failures[0] == p + ":1: date header \"31.04.2023\" is not a real day: the document is kept without a date");
}

BOOST_AUTO_TEST_CASE(date_field_forms_and_problems) {
  TempDir t;
  std::string p = t.write("dates.jsonl",
                          R"({"id": "iso", "date": "2023-5-16", "text": "A."})" "\n"                    // 1
                          R"({"id": "time", "date": "2023-05-16T10:00:00Z", "text": "B."})" "\n"        // 2
                          R"({"id": "dots", "date": "16.05.2023", "text": "C."})" "\n"                  // 3
                          R"({"id": "slash", "date": "16/05/2023", "text": "D."})" "\n"                 // 4
                          R"({"id": "us", "date": "May 16, 2023", "text": "E."})" "\n"                  // 5
                          R"({"id": "uk", "date": "16 May 2023", "text": "F."})" "\n"                   // 6
                          R"({"id": "impossible", "date": "2023-13-45", "text": "G."})" "\n"            // 7
                          R"({"id": "number", "date": 20230516, "text": "H."})" "\n"                    // 8
                          R"({"id": "word", "date": "yesterday", "text": "I."})" "\n"                   // 9
                          R"({"id": "header", "date": "2023-02-30", "text": "date 2023-05-17\nJ."})" "\n"  // 10
                          R"({"id": "both", "text": "date 2023-13-45\nK."})" "\n"                       // 11
                          R"({"id": "empty", "date": "", "text": "L."})" "\n");                          // 12
  ReadResult r = read_all(p);
  std::vector<std::string> got;
  for (const auto& d : r.docs) got.push_back(d.id + "=" + d.date);
  const std::vector<std::string> want = {"iso=2023-05-16", "time=2023-05-16", "dots=2023-05-16", "slash=2023-05-16",
                                         "us=2023-05-16", "uk=2023-05-16", "impossible=", "number=", "word=",
                                         "header=2023-05-17", "both=", "empty="};
  BOOST_TEST(got == want, boost::test_tools::per_element());
  const std::pair<int, const char*> problems[] = {
      {7, "field \"date\": \"2023-13-45\" is not a real day: the document is kept without a date"},
      {8, "field \"date\" must be a string, got 20230516: the document is kept without a date"},
      {9, "field \"date\": cannot read \"yesterday\" as a date"},
      {10, "field \"date\": \"2023-02-30\" is not a real day: ignored, the date header's 2023-05-17 is kept"},
      {11, "in \"text\": date header \"2023-13-45\" is not a real day"},
  };
  BOOST_REQUIRE(r.failures.size() == std::size(problems));
  for (size_t i = 0; i < std::size(problems); ++i) {
    BOOST_TEST_CONTEXT(r.failures[i]) {
      BOOST_TEST(r.kept[i]);
      BOOST_TEST(contains(r.failures[i], p + ":" + std::to_string(problems[i].first) + ": " + problems[i].second));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(datelines)

BOOST_AUTO_TEST_CASE(dateline_table) {
  struct Case {
    const char* in;
    const char* place;
    const char* publisher;
    const char* body;
  };
  const Case cases[] = {
      {"BAKU. KAZINFORM – Chairman Koshanov arrived.", "Baku", "Kazinform", "Chairman Koshanov arrived."},
      {"TASHKENT (UzA) -- The Senate met.", "Tashkent", "UzA", "The Senate met."},
      {"NUR-SULTAN, May 4 (Kazinform) – The Majilis met.", "Nur-Sultan", "Kazinform", "The Majilis met."},
      {"BEIJING (Xinhua) -- Xi met Tokayev.", "Beijing", "Xinhua", "Xi met Tokayev."},
      {"ANKARA (AA) - Erdogan spoke.", "Ankara", "AA", "Erdogan spoke."},
      {"NEW DELHI (PTI) — Modi spoke.", "New Delhi", "PTI", "Modi spoke."},
      {"ASTANA. KAZINFORM – Text.", "Astana", "Kazinform", "Text."},
      {"date 2023-05-16 BAKU. KAZINFORM – Text.", "Baku", "Kazinform", "Text."},
      {"date 2023-05-16\nTASHKENT (UzA) -- Text.", "Tashkent", "UzA", "Text."},
      // no dateline: plain sentences, including ones with a dash
      {"Chairman of the Majilis Yerlan Koshanov arrived in Baku.", "", "", "Chairman of the Majilis Yerlan Koshanov arrived in Baku."},
      {"The Speaker – who arrived on Monday – met the President.", "", "", "The Speaker – who arrived on Monday – met the President."},
      {"Kazakhstan - Azerbaijan talks were held.", "", "", "Kazakhstan - Azerbaijan talks were held."},
      {"NATO - the alliance - met.", "", "", "NATO - the alliance - met."},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT("input \"" << c.in << "\"") {
      Document d = parse_article(c.in, "doc", "doc.txt");
      BOOST_TEST(d.dateline_place == c.place);
      BOOST_TEST(d.publisher == c.publisher);
      BOOST_TEST(body(d) == c.body);
    }
  }
}

// Regression (a bug, now fixed): an acronym in capitals, capitalized words and a dash open
// many ordinary first sentences; the dateline rule takes them for a place and
// an agency and cuts them from the body: "US President Joe Biden – the host –
// opened the summit." -> place "Us", publisher "President Joe Biden", body
// "the host – opened the summit."
BOOST_AUTO_TEST_CASE(no_dateline_in_a_sentence_opening_with_an_acronym) {
  for (const char* in : {"US President Joe Biden – the host – opened the summit.",
                         "NATO Secretary General - Jens Stoltenberg spoke."}) {
    BOOST_TEST_CONTEXT(in) {
      Document d = parse_article(in, "doc", "doc.txt");
      BOOST_TEST(d.dateline_place + "|" + d.publisher + "|" + body(d) == std::string("||") + in);
    }
  }
}

BOOST_AUTO_TEST_CASE(body_begin_is_a_code_point_offset) {
  // A non-ASCII dash (3 UTF-8 bytes, 1 code point) before the body.
  Document d = parse_article("BAKU. KAZINFORM – Chairman", "doc", "doc.txt");
  BOOST_TEST(d.body_begin == 18);
  BOOST_TEST(d.text.size() == 26u);
  BOOST_TEST((d.text[(size_t)d.body_begin] == U'C'));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(encoding)

BOOST_AUTO_TEST_CASE(nfc_normalization) {
  // "Café" with a decomposed é (e + U+0301) becomes 4 code points, é composed.
  Document d = parse_article("Cafe\xCC\x81 Erdog\xCC\x86" "an", "doc", "doc.txt");
  BOOST_TEST(d.text.size() == 12u);
  BOOST_TEST((d.text[3] == U'\u00E9'));
  BOOST_TEST((d.text[9] == U'\u011F'));
  BOOST_TEST(to_utf8(d.text) == "Caf\xC3\xA9 Erdo\xC4\x9F" "an");
  // Already composed text is left as is.
  Document e = parse_article("Café", "doc", "doc.txt");
  BOOST_TEST(e.text.size() == 4u);
}

BOOST_AUTO_TEST_CASE(offsets_are_code_points) {
  Document d = parse_article("Мажилис 😀 met.", "doc", "doc.txt");
  BOOST_TEST(d.text.size() == 14u);
  BOOST_TEST((d.text[8] == U'\U0001F600'));
  BOOST_TEST(to_utf8(d.text.substr(10, 3)) == "met");
}

BOOST_AUTO_TEST_CASE(bom_is_skipped) {
  Document d = parse_article("\xEF\xBB\xBF" "date 2023-05-16\nBAKU. KAZINFORM – Text.", "doc", "doc.txt");
  BOOST_TEST(d.date == "2023-05-16");
  BOOST_TEST(d.dateline_place == "Baku");
  BOOST_TEST((d.text[0] == U'd'));
  BOOST_TEST(body(d) == "Text.");
}

BOOST_AUTO_TEST_CASE(crlf_becomes_lf) {
  Document d = parse_article("date 2023-05-16\r\nTASHKENT (UzA) -- First.\r\nSecond.\rThird.", "doc", "doc.txt");
  BOOST_TEST(d.date == "2023-05-16");
  BOOST_TEST(d.dateline_place == "Tashkent");
  BOOST_TEST(d.text.find(U'\r') == std::u32string::npos);
  // One code point each way: offsets stay those of the input.
  BOOST_TEST(d.text.size() == to_u32("date 2023-05-16\r\nTASHKENT (UzA) -- First.\r\nSecond.\rThird.").size());
  BOOST_TEST(body(d).find("First.") == 0u);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_names_file_and_byte_offset) {
  struct Case {
    std::string bytes;
    long offset;
  };
  const Case cases[] = {
      {"abc\xFF" "def", 3},
      {"\xC3", 0},                              // truncated sequence
      {"date 2023-05-16\nAb\xC3\x28", 18},      // bad continuation byte
      {"Caf\xC3\xA9 \xED\xA0\x80", 6},          // UTF-16 surrogate
      {"ok \xC0\xAF", 3},                       // overlong '/'
      {"\xEF\xBB\xBF" "ab\x80", 5},             // offset counts the BOM
      {"\xF4\x90\x80\x80", 0},                  // above U+10FFFF
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT("offset " << c.offset) {
      try {
        parse_article(c.bytes, "doc", "dir/doc.txt");
        BOOST_ERROR("no error for invalid UTF-8");
      } catch (const Error& e) {
        BOOST_TEST((e.kind() == Error::Kind::BadInput));
        BOOST_TEST(e.file() == "dir/doc.txt");
        BOOST_TEST(e.offset() == c.offset);
        BOOST_TEST(std::string(e.what()) == "dir/doc.txt (byte " + std::to_string(c.offset) + "): invalid UTF-8");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(to_u32_and_to_utf8) {
  BOOST_TEST(to_utf8(U"Жé😀") == "Жé😀");
  BOOST_TEST((to_u32("Жé😀") == U"Жé😀"));
  BOOST_TEST(to_utf8(std::u32string(1, (char32_t)0xD800)) == "\xEF\xBF\xBD");  // never fails
  BOOST_CHECK_THROW(to_u32("a\xFF", "x"), Error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(json_lines)

BOOST_AUTO_TEST_CASE(good_records) {
  TempDir t;
  std::string p = t.write("corpus.jsonl",
                          R"({"id": "a1", "date": "2023-05-16", "title": "T1", "publisher": "Kazinform", "url": "https://x.kz/1", "text": "BAKU. KAZINFORM – Text one."})" "\n"
                          "\n"
                          R"({"id": "a2", "date": null, "url": null, "text": "TASHKENT (UzA) -- Text two."})" "\r\n"
                          R"({"text": "No id."})" "\n");
  ReadResult r = read_all(p);
  BOOST_TEST(r.failures.empty());
  BOOST_REQUIRE(r.docs.size() == 3u);
  BOOST_TEST(r.docs[0].id == "a1");
  BOOST_TEST(r.docs[0].date == "2023-05-16");
  BOOST_TEST(r.docs[0].title == "T1");
  BOOST_TEST(r.docs[0].publisher == "Kazinform");
  BOOST_TEST(r.docs[0].url == "https://x.kz/1");
  BOOST_TEST(r.docs[0].dateline_place == "Baku");
  BOOST_TEST(body(r.docs[0]) == "Text one.");
  BOOST_TEST(r.docs[0].source == p);
  BOOST_TEST(r.docs[0].source_line == 1);
  BOOST_TEST(r.docs[1].id == "a2");
  BOOST_TEST(r.docs[1].date == "");
  BOOST_TEST(r.docs[1].publisher == "UzA");  // from the dateline
  BOOST_TEST(r.docs[1].source_line == 3);
  BOOST_TEST(r.docs[2].id == "corpus-4");    // file stem and line
  BOOST_TEST(r.docs[2].source_line == 4);
}

BOOST_AUTO_TEST_CASE(bad_records_are_reported_and_skipped) {
  TempDir t;
  std::string p = t.write("c.jsonl",
                          R"({"id": "ok1", "text": "First."})" "\n"                     // 1
                          R"({"id": "broken", "text": "unterminated)" "\n"              // 2
                          R"({"id": "notext", "title": "x"})" "\n"                      // 3
                          R"({"id": "num", "title": 5, "text": "x"})" "\n"              // 4
                          R"({"id": "baddate", "date": "2023-13-45", "text": "x"})" "\n" // 5
                          R"(["an", "array"])" "\n"                                     // 6
                          R"({"id": 7, "text": "x"})" "\n"                              // 7
                          R"({"id": "empty", "text": ""})" "\n"                         // 8
                          R"({"id": "ok2", "text": "Last."})" "\n");                    // 9
  ReadResult r = read_all(p);
  // The impossible date is dropped, its record kept; the others are skipped.
  BOOST_REQUIRE(r.docs.size() == 3u);
  BOOST_TEST(r.docs[0].id == "ok1");
  BOOST_TEST(r.docs[1].id == "baddate");
  BOOST_TEST(r.docs[1].date == "");
  BOOST_TEST(r.docs[2].id == "ok2");
  BOOST_TEST(r.docs[2].source_line == 9);
  BOOST_REQUIRE(r.failures.size() == 7u);
  const std::tuple<int, const char*, bool> want[] = {{2, "not a JSON object", false},
                                                     {3, "missing field \"text\"", false},
                                                     {4, "field \"title\" must be a string", false},
                                                     {5, "\"2023-13-45\" is not a real day", true},
                                                     {6, "not a JSON object", false},
                                                     {7, "field \"id\" must be a string", false},
                                                     {8, "missing field \"text\"", false}};
  for (size_t i = 0; i < 7; ++i) {
    BOOST_TEST_CONTEXT("failure " << i << ": " << r.failures[i]) {
      BOOST_TEST(contains(r.failures[i], p + ":" + std::to_string(std::get<0>(want[i])) + ":"));
      BOOST_TEST(contains(r.failures[i], std::get<1>(want[i])));
      BOOST_TEST(r.kept[i] == std::get<2>(want[i]));
    }
  }
}

BOOST_AUTO_TEST_CASE(invalid_utf8_inside_a_record) {
  TempDir t;
  std::string p = t.write("u.jsonl", std::string(R"({"id": "bad", "text": "ab)") + "\xFF" + "\"}\n" +
                                         R"({"id": "good", "text": "Fine."})" "\n");
  ReadResult r = read_all(p);
  BOOST_REQUIRE(r.docs.size() == 1u);
  BOOST_TEST(r.docs[0].id == "good");
  BOOST_REQUIRE(r.failures.size() == 1u);
  // file, line, and the byte offset in the file: the 0xFF after "ab
  BOOST_TEST(r.failures[0] == p + ":1 (byte 25): invalid UTF-8");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_byte_offset_counts_earlier_lines) {
  TempDir t;
  std::string first = R"({"id": "good", "text": "Fine."})";
  std::string p = t.write("u.jsonl", first + "\r\n" + "\n" + R"({"id": "bad", "text": "Caf)" + "\xC3\x28" + "\"}\n");
  ReadResult r = read_all(p);
  BOOST_REQUIRE(r.failures.size() == 1u);
  long want = (long)first.size() + 2 + 1 + 26;  // CR LF, an empty line, then 26 bytes before 0xC3
  BOOST_TEST(r.failures[0] == p + ":3 (byte " + std::to_string(want) + "): invalid UTF-8");
}

// Regression (a bug, now fixed): a binary file named .jsonl (a gzip'd
// corpus) gave one "not a JSON object" per newline byte; an empty .jsonl was
// read as zero documents and no failure, so `polkg build` wrote an empty graph
// and exited 0.
BOOST_AUTO_TEST_CASE(binary_or_empty_corpus_is_one_failure) {
  TempDir t;
  std::string gz("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03", 10);
  for (int i = 0; i < 50; ++i) gz += std::string("\x8C\x00\n\xFF", 4);
  std::string bin = t.write("corpus.jsonl", gz);
  ReadResult r = read_all(bin);
  BOOST_TEST(r.docs.empty());
  BOOST_REQUIRE(r.failures.size() == 1u);
  BOOST_TEST(r.failures[0] == bin + " (byte 3): binary data (a NUL byte), not JSON Lines: the file is skipped");
  for (const char* bytes : {"", "\n\n  \n"}) {
    std::string empty = t.write("empty.jsonl", bytes);
    ReadResult e = read_all(empty);
    BOOST_TEST(e.docs.empty());
    BOOST_REQUIRE(e.failures.size() == 1u);
    BOOST_TEST(e.failures[0] == empty + ": no JSON Lines record (the file is empty)");
  }
  // A NUL later in a corpus is one bad line; the records around it are read.
  std::string mid = t.write("mid.jsonl", std::string(R"({"text": "One."})" "\n" "\0\0\0\n" R"({"text": "Two."})" "\n", 38));
  ReadResult m = read_all(mid);
  BOOST_TEST(m.docs.size() == 2u);
  BOOST_REQUIRE(m.failures.size() == 1u);
  BOOST_TEST(contains(m.failures[0], mid + ":2: not a JSON object"));
}

BOOST_AUTO_TEST_CASE(a_record_without_article_text_is_skipped) {
  TempDir t;
  std::string p = t.write("c.jsonl", R"({"id": "a", "text": "  \n "})" "\n"
                                     R"({"id": "b", "text": "date 2023-05-16\n"})" "\n"
                                     R"({"id": "c", "text": "Text."})" "\n");
  ReadResult r = read_all(p);
  BOOST_REQUIRE(r.docs.size() == 1u);
  BOOST_TEST(r.docs[0].id == "c");
  BOOST_REQUIRE(r.failures.size() == 2u);
  BOOST_TEST(contains(r.failures[0], p + ":1: field \"text\" holds no article text"));
  BOOST_TEST(contains(r.failures[1], p + ":2: field \"text\" holds no article text"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(paths)

BOOST_AUTO_TEST_CASE(txt_file_id_is_its_stem) {
  TempDir t;
  std::string p = t.write("000_f06f.txt", "date 2023-05-16 BAKU. KAZINFORM – Text.");
  ReadResult r = read_all(p);
  BOOST_REQUIRE(r.docs.size() == 1u);
  BOOST_TEST(r.failures.empty());
  BOOST_TEST(r.docs[0].id == "000_f06f");
  BOOST_TEST(r.docs[0].date == "2023-05-16");
  BOOST_TEST(r.docs[0].source == p);
  BOOST_TEST(r.docs[0].source_line == 0);
}

BOOST_AUTO_TEST_CASE(directory_sorted_merged_and_filtered) {
  TempDir t;
  t.write("b-second.txt", "Second text.");
  t.write("a-first.txt", "First text, no header.");
  t.write("c-corpus.jsonl",
          R"({"id": "a-first", "date": "2023-01-02", "title": "Filled", "publisher": "P", "text": "First text, no header."})" "\n"
          R"({"id": "b-second", "text": "Another article under a used id."})" "\n"
          R"({"id": "x", "text": "X text."})" "\n");
  t.write("notes.md", "ignored");
  t.write("data.json", R"({"id": "j", "text": "ignored"})");
  t.write("sub/d-deep.txt", "Deep text.");
  t.write("bad.txt", "bad \xFF byte");
  ReadResult r = read_all(t.path.string());
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  // corpora first: c-corpus.jsonl; then sorted .txt: a-first.txt (the same
  // article: skipped), b-second.txt (another text under a used id: fails),
  // bad.txt (fails), sub/d-deep.txt
  const std::vector<std::string> want = {"a-first", "b-second", "x", "d-deep"};
  BOOST_TEST(ids == want, boost::test_tools::per_element());
  BOOST_REQUIRE(r.docs.size() == 4u);
  const Document& a = r.docs[0];
  BOOST_TEST(body(a) == "First text, no header.");  // the same article twice: read once
  BOOST_TEST(a.date == "2023-01-02");                // with its JSON record's metadata
  BOOST_TEST(a.title == "Filled");
  BOOST_TEST(a.publisher == "P");
  BOOST_TEST(body(r.docs[1]) == "Another article under a used id.");
  // A different text under an id already used is a bad record: reported, skipped.
  BOOST_REQUIRE(r.failures.size() == 2u);
  BOOST_TEST(contains(r.failures[0], "b-second.txt: document id \"b-second\" is already used by"));
  BOOST_TEST(contains(r.failures[0], "c-corpus.jsonl:2"));
  BOOST_TEST(contains(r.failures[1], "bad.txt (byte 4)"));
}

BOOST_AUTO_TEST_CASE(json_record_wins_over_the_same_article_as_text) {
  TempDir t;
  t.write("a.txt", "date 2020-01-01\nText.");
  t.write("b.jsonl", R"({"id": "a", "date": "2023-01-02", "title": "T", "text": "Text."})" "\n");
  ReadResult r = read_all(t.path.string());
  BOOST_REQUIRE(r.docs.size() == 1u);
  BOOST_TEST(r.docs[0].date == "2023-01-02");  // the record, read first
  BOOST_TEST(r.docs[0].title == "T");
  BOOST_TEST(r.failures.empty());
}

BOOST_AUTO_TEST_CASE(documents_stream_before_the_input_ends) {
  // The first document reaches the sink before the last record was read:
  // standard input served one byte at a time, counting what was consumed.
  struct ByteBuf : std::streambuf {
    std::string data;
    size_t at = 0;
    char c = 0;
    int_type underflow() override {
      if (at >= data.size()) return traits_type::eof();
      c = data[at++];
      setg(&c, &c, &c + 1);
      return traits_type::to_int_type(c);
    }
  } buf;
  buf.data = R"({"id": "1", "text": "One."})" "\n" R"({"id": "2", "text": "Two."})" "\n"
             R"({"id": "3", "text": "Three."})" "\n";
  std::streambuf* old = std::cin.rdbuf(&buf);
  std::vector<size_t> consumed;
  read_input("-", [&](Document&&) { consumed.push_back(buf.at); }, [](const ReadFailure&) {});
  std::cin.rdbuf(old);
  std::cin.clear();
  BOOST_REQUIRE(consumed.size() == 3u);
  BOOST_TEST(consumed[0] < buf.data.size() / 2);  // only the first line read
  BOOST_TEST(consumed[1] < buf.data.size());
}

// Regression (a bug, now fixed): an empty .txt, or one of NUL bytes (a
// preallocated or truncated file), was read as an article with no text or
// with U+FFFD only: `polkg build` wrote a graph of an empty document, exit 0.
BOOST_AUTO_TEST_CASE(empty_and_binary_txt_files_are_failures) {
  TempDir t;
  const std::pair<std::string, std::string> cases[] = {
      {"", ": empty file: no article text"},
      {" \r\n\t\n", ": no article text (only white space, a date header or a dateline)"},
      {"date 2023-05-16\nBAKU. KAZINFORM – \n", ": no article text (only white space, a date header or a dateline)"},
      {std::string(4096, '\0'), " (byte 0): binary data (a NUL byte), not a text article"},
      {std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16), " (byte 8): binary data (a NUL byte), not a text article"},
  };
  for (const auto& [bytes, message] : cases) {
    std::string p = t.write("a.txt", bytes);
    BOOST_TEST_CONTEXT(message) {
      ReadResult r = read_all(p);
      BOOST_TEST(r.docs.empty());
      BOOST_REQUIRE(r.failures.size() == 1u);
      BOOST_TEST(r.failures[0] == p + message);
      BOOST_TEST(!r.kept[0]);
    }
  }
}

BOOST_AUTO_TEST_CASE(missing_path_throws_io) {
  try {
    read_all("/nonexistent/polkg/article.txt");
    BOOST_FAIL("no error");
  } catch (const Error& e) {
    BOOST_TEST((e.kind() == Error::Kind::Io));
    BOOST_TEST(e.file() == "/nonexistent/polkg/article.txt");
    BOOST_TEST(contains(e.what(), "/nonexistent/polkg/article.txt"));
  }
}

BOOST_AUTO_TEST_SUITE_END()
