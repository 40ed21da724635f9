// Sentence segmentation (ICU) and tokenization (see polkg/segmenter.hpp).
#include "polkg/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>

#include "polkg/text.hpp"

namespace polkg {
namespace {

bool is_letter(char32_t c) { return u_isalpha((UChar32)c); }
bool is_alnum(char32_t c) { return u_isalnum((UChar32)c) || u_getCombiningClass((UChar32)c) > 0 || u_charType((UChar32)c) == U_NON_SPACING_MARK; }
bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
bool is_hyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }

Token make_token(const std::u32string& t, long b, long e) {
  Token k;
  k.begin = b;
  k.end = e;
  k.text = to_utf8(std::u32string_view(t).substr((size_t)b, (size_t)(e - b)));
  k.fold = fold_token(k.text);
  int letters = 0, upper = 0;
  for (long i = b; i < e; ++i) {
    if (is_alnum(t[(size_t)i])) k.word = true;
    if (is_letter(t[(size_t)i])) {
      ++letters;
      if (u_isupper((UChar32)t[(size_t)i])) ++upper;
      if (letters == 1) k.capitalized = u_isupper((UChar32)t[(size_t)i]) || u_istitle((UChar32)t[(size_t)i]);
    }
  }
  k.all_caps = letters >= 2 && upper == letters;
  if (k.fold.empty()) k.fold = k.text;  // punctuation keeps itself
  return k;
}

// Length of a dotted abbreviation or initial at i ("G.", "U.S.", "N."), or 0.
long dotted(const std::u32string& t, long i, long end) {
  long j = i;
  int parts = 0;
  while (j + 1 < end && is_letter(t[(size_t)j]) && u_isupper((UChar32)t[(size_t)j]) && t[(size_t)j + 1] == U'.') {
    j += 2;
    ++parts;
    if (j < end && !is_letter(t[(size_t)j])) break;
  }
  if (parts == 0) return 0;
  if (j < end && is_alnum(t[(size_t)j])) return 0;  // "A.Bc" is not an abbreviation
  return j - i;
}

}  // namespace

std::vector<Token> tokenize(const std::u32string& t, long begin, long end) {
  std::vector<Token> out;
  long i = begin;
  while (i < end) {
    char32_t c = t[(size_t)i];
    if (u_isUWhiteSpace((UChar32)c) || c == U'\u00A0') {
      ++i;
      continue;
    }
    if (long n = dotted(t, i, end)) {
      out.push_back(make_token(t, i, i + n));
      i += n;
      continue;
    }
    if (!is_alnum(c)) {
      out.push_back(make_token(t, i, i + 1));
      ++i;
      continue;
    }
    long j = i;
    while (j < end) {
      if (is_alnum(t[(size_t)j])) { ++j; continue; }
      bool inner = j + 1 < end && is_alnum(t[(size_t)j + 1]);
      if (is_hyphen(t[(size_t)j]) && inner) { ++j; continue; }
      if (is_apostrophe(t[(size_t)j])) {
        bool possessive = j + 1 < end && (t[(size_t)j + 1] == U's' || t[(size_t)j + 1] == U'S') &&
                          (j + 2 >= end || !is_alnum(t[(size_t)j + 2]));
        if (possessive) break;
        if (inner) { ++j; continue; }
        // A trailing apostrophe after a capitalized word ("Dato'") stays in it.
        if (u_isupper((UChar32)t[(size_t)i]) && j - i <= 5) { ++j; }
      }
      break;
    }
    out.push_back(make_token(t, i, j));
    i = j;
    if (i + 1 < end && is_apostrophe(t[(size_t)i]) && (t[(size_t)i + 1] == U's' || t[(size_t)i + 1] == U'S') &&
        (i + 2 >= end || !is_alnum(t[(size_t)i + 2]))) {
      out.push_back(make_token(t, i, i + 2));
      i += 2;
    }
  }
  return out;
}

namespace {

// A line of a scraped page that is not article text.
bool is_boilerplate(const std::u32string& line) {
  int bars = 0, latin = 0, letters = 0, digits = 0;
  for (char32_t c : line) {
    if (c == U'|') ++bars;
    if (u_isdigit((UChar32)c)) ++digits;
    if (is_letter(c)) {
      ++letters;
      UErrorCode st = U_ZERO_ERROR;
      if (uscript_getScript((UChar32)c, &st) == USCRIPT_LATIN) ++latin;
    }
  }
  if (bars >= 2) return true;
  if (letters > 0 && latin * 2 < letters) return true;  // another script
  std::string s = to_utf8(line);
  for (const char* p : {"Photo:", "Share:", "Source:", "Tags:", "Read more", "Follow us"})
    if (s.rfind(p, 0) == 0) return true;
  // A time stamp line: "14 September 2022, 15:42".
  if (digits >= 4 && s.find(':') != std::string::npos && letters < 15 && s.find('.') == std::string::npos) return true;
  return false;
}

std::unique_ptr<icu::BreakIterator> sentence_iterator() {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), st));
  if (U_FAILURE(st)) {
    st = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), st));
  }
  return it;
}

void add_sentence(const std::u32string& t, long b, long e, std::vector<Sentence>& out) {
  while (b < e && u_isUWhiteSpace((UChar32)t[(size_t)b])) ++b;
  while (e > b && u_isUWhiteSpace((UChar32)t[(size_t)e - 1])) --e;
  if (b >= e) return;
  Sentence s;
  s.begin = b;
  s.end = e;
  s.text = to_utf8(std::u32string_view(t).substr((size_t)b, (size_t)(e - b)));
  s.tokens = tokenize(t, b, e);
  if (!s.tokens.empty()) out.push_back(std::move(s));
}

// Whether the text before code point `at` ends with an abbreviation that
// does not end a sentence: initials and dotted forms ("G.", "U.S.") and the
// titles of news style ("Dr.", "Gen.", "Mr."; AP Stylebook abbreviations).
bool ends_with_abbreviation(const std::u32string& t, long begin, long at) {
  long e = at;
  while (e > begin && u_isUWhiteSpace((UChar32)t[(size_t)e - 1])) --e;
  if (e <= begin || t[(size_t)e - 1] != U'.') return false;
  long w = e - 1;
  while (w > begin && !u_isUWhiteSpace((UChar32)t[(size_t)w - 1]) && t[(size_t)w - 1] != U'(') --w;
  std::string word = to_utf8(std::u32string_view(t).substr((size_t)w, (size_t)(e - w)));
  static const char* titles[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.",
                                 "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.", "Rev.", "St.", "Jr.", "Sr.", "No.",
                                 "Hon.", "Amb.", "Pres.", "Dep.", "Sec.", "Gen", "Fr.", "Messrs."};
  for (const char* a : titles)
    if (word == a) return true;
  // Initials and dotted abbreviations: one or more "X." with X a capital letter.
  if (word.size() < 2) return false;
  for (size_t i = 0; i + 1 < word.size(); i += 2)
    if (!(word[i] >= 'A' && word[i] <= 'Z') || word[i + 1] != '.') return false;
  return word.size() % 2 == 0;
}

void segment_line(const std::u32string& t, long b, long e, icu::BreakIterator& it, std::vector<Sentence>& out) {
  std::u32string line = t.substr((size_t)b, (size_t)(e - b));
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(line.data()), (int32_t)line.size());
  it.setText(u);
  long cb = b;
  it.first();
  for (int32_t stop = it.next(); stop != icu::BreakIterator::DONE; stop = it.next()) {
    long ce = b + u.countChar32(0, stop);  // UTF-16 index -> code point offset
    if (ce < e && ends_with_abbreviation(t, cb, ce)) continue;
    add_sentence(t, cb, ce, out);
    cb = ce;
  }
  if (cb < e) add_sentence(t, cb, e, out);
}

}  // namespace

std::vector<Sentence> segment(const Document& doc) {
  std::vector<Sentence> out;
  // Building ICU's filtered sentence iterator costs far more than using it:
  // one per thread, reused.
  thread_local std::unique_ptr<icu::BreakIterator> it = sentence_iterator();
  const std::u32string& t = doc.text;
  long b = doc.body_begin, n = (long)t.size();
  while (b < n) {
    long e = b;
    while (e < n && t[(size_t)e] != U'\n') ++e;
    std::u32string line = t.substr((size_t)b, (size_t)(e - b));
    if (!is_boilerplate(line)) segment_line(t, b, e, *it, out);
    b = e + 1;
  }
  return out;
}

}  // namespace polkg
