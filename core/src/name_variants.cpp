// The key of a name that its transliteration variants share (see
// polkg/knowledge_graph.hpp, transliteration_key; used by the entity
// registry to merge persons across documents).
//
// Source of the rules: the common romanizations of Russian (BGN/PCGN, the
// passport system, news agencies' own) and of Kazakh and Kyrgyz, which differ
// in zh/j, kh/h, ye/e after a vowel, iy/i and doubled letters.
#include <string>

#include "polkg/knowledge_graph.hpp"
#include "polkg/text.hpp"

namespace polkg {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string key_of_word(const std::string& w) {
  std::string s;
  for (size_t i = 0; i < w.size(); ++i) {
    auto at = [&](const char* p) { return w.compare(i, std::char_traits<char>::length(p), p) == 0; };
    if (at("dzh")) { s += 'j'; i += 2; continue; }
    if (at("zh") || at("dj")) { s += 'j'; i += 1; continue; }
    if (at("kh")) { s += 'h'; i += 1; continue; }
    char c = w[i];
    if (c == 'w') c = 'v';
    // a y between vowels, or after i, is a glide the other spelling leaves out
    if (c == 'y' && i > 0 && (vowel(w[i - 1]) || w[i - 1] == 'i') && (i + 1 >= w.size() || vowel(w[i + 1]))) continue;
    if (!s.empty() && s.back() == c) continue;  // doubled letters
    s += c;
  }
  return s;
}

}  // namespace

std::string transliteration_key(const std::string& name) {
  std::string folded = fold_name(name), out, word;
  for (size_t i = 0; i <= folded.size(); ++i) {
    if (i == folded.size() || folded[i] == ' ') {
      if (!word.empty()) out += (out.empty() ? "" : " ") + key_of_word(word);
      word.clear();
    } else {
      word += folded[i];
    }
  }
  return out;
}

}  // namespace polkg
