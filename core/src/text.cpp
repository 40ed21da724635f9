// Unicode helpers over ICU (see polkg/text.hpp).
#include "polkg/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

#include "polkg/error.hpp"

namespace polkg {
namespace {

// Letters that NFKD does not decompose to ASCII; the scorer's table
// (../shared/eval/score.py, _LETTERS).
const char32_t* ascii_of(char32_t c) {
  switch (c) {
    case U'ø': case U'Ø': return U"o";
    case U'ł': case U'Ł': return U"l";
    case U'ß': return U"ss";
    case U'đ': case U'Đ': return U"d";
    case U'æ': case U'Æ': return U"ae";
    case U'œ': case U'Œ': return U"oe";
    case U'ı': return U"i";
    case U'ð': return U"d";
    case U'þ': return U"th";
    case U'ə': case U'Ə': return U"e";  // Azerbaijani schwa (Məclis -> Meclis)
    default: return nullptr;
  }
}

// The same folding for pure ASCII input, without ICU (most news text): lower
// case, punctuation and symbols to one space, trimmed.
std::string fold_ascii(std::string_view s, bool drop_the) {
  std::string out;
  out.reserve(s.size());
  bool space = true;
  for (unsigned char c : s) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      out.push_back((char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      space = false;
    } else if (!space) {  // punctuation, symbols, white space and controls separate words
      out.push_back(' ');
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (drop_the && out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string fold(std::string_view utf8, bool drop_the) {
  if (is_ascii(utf8)) return fold_ascii(utf8, drop_the);
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(st);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), (int32_t)utf8.size()));
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (const char32_t* a = ascii_of((char32_t)c)) {
      for (; *a; ++a) mapped.append((UChar32)*a);
    } else {
      mapped.append(c);
    }
  }
  icu::UnicodeString d = U_SUCCESS(st) ? nfkd->normalize(mapped, st) : mapped;
  std::u32string out;
  bool space = true;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    int8_t cat = u_charType(c);
    if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_COMBINING_SPACING_MARK ||
        cat == U_MODIFIER_LETTER)
      continue;
    bool sep = u_ispunct(c) || cat == U_MATH_SYMBOL || cat == U_CURRENCY_SYMBOL ||
               cat == U_MODIFIER_SYMBOL || cat == U_OTHER_SYMBOL || u_isUWhiteSpace(c) ||
               u_iscntrl(c);
    if (sep) {
      if (!space) out.push_back(U' ');
      space = true;
    } else {
      out.push_back((char32_t)u_tolower(c));
      space = false;
    }
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  if (drop_the && out.rfind(U"the ", 0) == 0) out.erase(0, 4);
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(out.data()), (int32_t)out.size());
  std::string r;
  u.toUTF8String(r);
  return r;
}

}  // namespace

std::string fold_name(std::string_view utf8) { return fold(utf8, true); }
std::string fold_token(std::string_view utf8) { return fold(utf8, false); }

unsigned long long stable_hash(std::string_view s) {
  unsigned long long h = 14695981039346656037ULL;  // FNV-1a 64-bit offset basis
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string slugify(std::string_view utf8) {
  static std::mutex mu;
  static std::unique_ptr<icu::Transliterator> latin;
  std::string folded = fold_name(utf8);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(folded);
  if (!is_ascii(folded)) {
    std::lock_guard<std::mutex> lock(mu);
    if (!latin) {
      UErrorCode st = U_ZERO_ERROR;
      latin.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, st));
      if (U_FAILURE(st)) latin.reset();
    }
    if (latin) latin->transliterate(u);
  }
  std::string ascii;
  u.toUTF8String(ascii);
  std::string slug;
  bool dash = false;
  for (unsigned char c : ascii) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') { c = (unsigned char)(c - 'A' + 'a'); ok = true; }
    if (ok) {
      if (dash && !slug.empty()) {
        if (slug.size() + 2 > 120) break;
        slug.push_back('-');
      }
      if (slug.size() + 1 > 120) break;
      slug.push_back((char)c);
      dash = false;
    } else {
      dash = true;
    }
  }
  if (slug.empty()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "x%016llx", stable_hash(utf8));
    slug = buf;
  }
  return slug;
}

std::string title_case(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), (int32_t)utf8.size()));
  icu::UnicodeString out;
  bool start = true;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    out.append(start ? u_toupper(c) : u_tolower(c));
    start = !u_isalpha(c);
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

}  // namespace polkg
