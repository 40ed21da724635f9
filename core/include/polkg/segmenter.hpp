// polkg/segmenter.hpp: sentences and tokens of a document.
//
// Sentences come from ICU's sentence BreakIterator (locale "en@ss=standard",
// whose suppressions keep "Mr." or "U.S." from ending a sentence), run per
// line so that a headline or a dateline never joins the next paragraph.
// Boilerplate lines of scraped pages (menus of '|'-separated words, "Photo:",
// "Share:", time stamps, lines with no Latin letters) are dropped; offsets
// still index the original text. All offsets are code points, end exclusive.
#pragma once
#include <string>
#include <vector>

#include "polkg/document.hpp"

namespace polkg {

struct Token {
  long begin = 0, end = 0;  ///< code points into Document::text
  std::string text;         ///< as written (UTF-8)
  std::string fold;         ///< fold_token(text): lower case, no diacritics
  bool word = false;        ///< letters or digits (else punctuation)
  bool capitalized = false; ///< first letter upper case
  bool all_caps = false;    ///< every letter upper case (2+ letters)
};

struct Sentence {
  long begin = 0, end = 0;  ///< code points, end exclusive, trimmed
  std::string text;         ///< UTF-8 of [begin, end)
  std::vector<Token> tokens;
};

/// Splits the document body (from Document::body_begin) into sentences.
std::vector<Sentence> segment(const Document& doc);

/// Tokenizes code points [begin, end) of `text`: words keep inner hyphens
/// ("Kassym-Jomart") and apostrophes ("Dato'", "O'Brien") but a possessive
/// "'s" becomes its own token; initials and dotted abbreviations ("G.",
/// "U.S.") keep their dots; every other punctuation mark is one token.
std::vector<Token> tokenize(const std::u32string& text, long begin, long end);

}  // namespace polkg
