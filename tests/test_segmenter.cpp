// Tests of core/src/segmenter.cpp (polkg/segmenter.hpp): sentences with
// code-point offsets, abbreviations, headlines, boilerplate lines, tokens and
// their flags.
#define BOOST_TEST_MODULE test_segmenter
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/segmenter.hpp"

using namespace polkg;

namespace {

std::vector<std::string> sentence_texts(const std::string& article) {
  Document d = parse_article(article, "doc", "doc.txt");
  std::vector<std::string> out;
  for (const auto& s : segment(d)) out.push_back(s.text);
  return out;
}

std::vector<std::string> token_texts(const std::string& s) {
  std::u32string t = to_u32(s);
  std::vector<std::string> out;
  for (const auto& k : tokenize(t, 0, (long)t.size())) out.push_back(k.text);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sentences)

BOOST_AUTO_TEST_CASE(offsets_are_code_points_into_the_text) {
  Document d = parse_article(
      "date 2023-05-16\n"
      "Мажилис Парламента\n"
      "Speaker 😀 Koshanov arrives in Baku\n"
      "Home | Politics | World\n"
      "The Kazakh Majilis Speaker 🇰🇿 Koshanov met Ilham Aliyev. They discussed trade.\n",
      "doc", "doc.txt");
  std::vector<Sentence> ss = segment(d);
  const std::vector<std::string> want = {"Speaker 😀 Koshanov arrives in Baku",
                                         "The Kazakh Majilis Speaker 🇰🇿 Koshanov met Ilham Aliyev.",
                                         "They discussed trade."};
  std::vector<std::string> got;
  for (const auto& s : ss) got.push_back(s.text);
  BOOST_TEST(got == want, boost::test_tools::per_element());
  for (const auto& s : ss) {
    BOOST_TEST_CONTEXT(s.text) {
      BOOST_TEST(to_utf8(d.text.substr((size_t)s.begin, (size_t)(s.end - s.begin))) == s.text);
      BOOST_REQUIRE(!s.tokens.empty());
      BOOST_TEST(s.tokens.front().begin == s.begin);
      BOOST_TEST(s.tokens.back().end == s.end);
      for (const auto& k : s.tokens)
        BOOST_TEST(to_utf8(d.text.substr((size_t)k.begin, (size_t)(k.end - k.begin))) == k.text);
    }
  }
  // Code points, not bytes or UTF-16 units: 16 + 19 = 35 code points before the headline.
  BOOST_REQUIRE(ss.size() == 3u);
  BOOST_TEST(ss[0].begin == 35);
  BOOST_TEST(ss[0].end == 35 + 34);
  BOOST_TEST(ss[1].begin == 35 + 35 + 24);
}

BOOST_AUTO_TEST_CASE(abbreviations_do_not_end_sentences) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"Mr. Koshanov met Mrs. Smith. Then he left.", {"Mr. Koshanov met Mrs. Smith.", "Then he left."}},
      {"The U.S. delegation arrived. He met Tokayev.", {"The U.S. delegation arrived.", "He met Tokayev."}},
      {"Prof. Aliyev spoke. The session closed!", {"Prof. Aliyev spoke.", "The session closed!"}},
      {"Was it agreed? Yes. It was.", {"Was it agreed?", "Yes.", "It was."}},
  };
  for (const auto& [in, want] : cases) {
    BOOST_TEST_CONTEXT(in) { BOOST_TEST(sentence_texts(in) == want, boost::test_tools::per_element()); }
  }
}

// Regression (a bug, now fixed): ICU's "en@ss=standard" suppressions do not stop a break
// after "U.S." before a capitalized word, nor after "Dr." or "Gen.":
// "The U.S. Ambassador arrived." -> "The U.S." + "Ambassador arrived."
// (dev-17 has "U.S. Secretary").
BOOST_AUTO_TEST_CASE(abbreviations_before_capitalized_words) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"The U.S. Ambassador arrived. He met Tokayev.", {"The U.S. Ambassador arrived.", "He met Tokayev."}},
      {"Mr. Smith met the U.S. Secretary of State. Ok.", {"Mr. Smith met the U.S. Secretary of State.", "Ok."}},
      {"Dr. Aliyev spoke. The session closed!", {"Dr. Aliyev spoke.", "The session closed!"}},
      {"He met Gen. Smith. Ok.", {"He met Gen. Smith.", "Ok."}},
  };
  for (const auto& [in, want] : cases) {
    BOOST_TEST_CONTEXT(in) { BOOST_TEST(sentence_texts(in) == want, boost::test_tools::per_element()); }
  }
}

BOOST_AUTO_TEST_CASE(a_headline_line_is_its_own_sentence) {
  BOOST_TEST(sentence_texts("Koshanov arrives in Baku\nThe Speaker arrived on Monday.") ==
                 (std::vector<std::string>{"Koshanov arrives in Baku", "The Speaker arrived on Monday."}),
             boost::test_tools::per_element());
  // A dateline body starts a sentence of its own too.
  BOOST_TEST(sentence_texts("BAKU. KAZINFORM – Koshanov arrived. He met Aliyev.") ==
                 (std::vector<std::string>{"Koshanov arrived.", "He met Aliyev."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(boilerplate_lines_are_dropped) {
  const char* boiler[] = {
      "Home | Politics | World",
      "Photo: x",
      "Photo: Kazinform / Press service of the Majilis",
      "Share: a | b",
      "Source: Kazinform",
      "Мажилис Парламента Республики Казахстан",
      "14 September 2022, 15:42",
      "Tags: Majilis, Senate",
      "Read more",
      "Follow us on Telegram",
  };
  for (const char* line : boiler) {
    BOOST_TEST_CONTEXT(line) {
      std::vector<std::string> got = sentence_texts(std::string(line) + "\nThe Senate met.");
      BOOST_TEST(got == std::vector<std::string>{"The Senate met."}, boost::test_tools::per_element());
    }
  }
  // Lines that look close but are article text.
  const char* text[] = {
      "The Senate met on 14 September 2022 at 15:42.",
      "Koshanov (Majilis) met Aliyev.",
      "Photos of the meeting were shown.",
  };
  for (const char* line : text) {
    BOOST_TEST_CONTEXT(line) { BOOST_TEST(sentence_texts(line) == std::vector<std::string>{line}); }
  }
}

BOOST_AUTO_TEST_CASE(empty_and_blank_bodies) {
  BOOST_TEST(sentence_texts("").empty());
  BOOST_TEST(sentence_texts("\n\n   \n").empty());
  BOOST_TEST(sentence_texts("date 2023-05-16\n").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(tokens)

BOOST_AUTO_TEST_CASE(tokenization_table) {
  using V = std::vector<std::string>;
  const std::pair<const char*, V> cases[] = {
      {"Kassym-Jomart Tokayev", V{"Kassym-Jomart", "Tokayev"}},
      {"Kazakhstan's President", V{"Kazakhstan", "'s", "President"}},
      {"Kazakhstan’s President", V{"Kazakhstan", "’s", "President"}},
      {"G. Smith", V{"G.", "Smith"}},
      {"the U.S. Ambassador", V{"the", "U.S.", "Ambassador"}},
      {"Dato' Seri Anwar", V{"Dato'", "Seri", "Anwar"}},
      {"O'Brien said,", V{"O'Brien", "said", ","}},
      {"TASHKENT (UzA) --", V{"TASHKENT", "(", "UzA", ")", "-", "-"}},
      {"the 100th anniversary", V{"the", "100th", "anniversary"}},
      {"on 2023-05-16.", V{"on", "2023-05-16", "."}},
      {"Erdoğan’s \"visit\"", V{"Erdoğan", "’s", "\"", "visit", "\""}},
      {"Мажилис и Сенат", V{"Мажилис", "и", "Сенат"}},
      {"end.", V{"end", "."}},
      {"  spaced\u00A0out  ", V{"spaced", "out"}},
      {"", V{}},
  };
  for (const auto& [in, want] : cases) {
    BOOST_TEST_CONTEXT(in) { BOOST_TEST(token_texts(in) == want, boost::test_tools::per_element()); }
  }
}

BOOST_AUTO_TEST_CASE(token_flags_and_offsets) {
  std::u32string t = to_u32("NATO met Kassym-Jomart, a Kazakh; Erdoğan 😀");
  std::vector<Token> k = tokenize(t, 0, (long)t.size());
  BOOST_REQUIRE(k.size() == 9u);
  struct Want {
    const char* text;
    const char* fold;
    long begin, end;
    bool word, cap, caps;
  };
  const Want want[] = {
      {"NATO", "nato", 0, 4, true, true, true},
      {"met", "met", 5, 8, true, false, false},
      {"Kassym-Jomart", "kassym jomart", 9, 22, true, true, false},
      {",", ",", 22, 23, false, false, false},
      {"a", "a", 24, 25, true, false, false},
      {"Kazakh", "kazakh", 26, 32, true, true, false},
      {";", ";", 32, 33, false, false, false},
      {"Erdoğan", "erdogan", 34, 41, true, true, false},
      {"😀", "😀", 42, 43, false, false, false},
  };
  for (size_t i = 0; i < 9; ++i) {
    BOOST_TEST_CONTEXT("token " << i << " " << want[i].text) {
      BOOST_TEST(k[i].text == want[i].text);
      BOOST_TEST(k[i].fold == want[i].fold);
      BOOST_TEST(k[i].begin == want[i].begin);
      BOOST_TEST(k[i].end == want[i].end);
      BOOST_TEST(k[i].word == want[i].word);
      BOOST_TEST(k[i].capitalized == want[i].cap);
      BOOST_TEST(k[i].all_caps == want[i].caps);
    }
  }
  // A single capital letter is capitalized but not "all caps" (needs 2 letters).
  std::u32string a = U"A";
  BOOST_TEST(tokenize(a, 0, 1)[0].capitalized);
  BOOST_TEST(!tokenize(a, 0, 1)[0].all_caps);
}

BOOST_AUTO_TEST_CASE(tokenize_a_sub_range) {
  std::u32string t = to_u32("Мажилис: Koshanov met Aliyev.");
  std::vector<Token> k = tokenize(t, 9, 21);  // "Koshanov met"
  BOOST_REQUIRE(k.size() == 2u);
  BOOST_TEST(k[0].text == "Koshanov");
  BOOST_TEST(k[0].begin == 9);
  BOOST_TEST(k[1].end == 21);
}

BOOST_AUTO_TEST_SUITE_END()
