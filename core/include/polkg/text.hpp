// polkg/text.hpp: Unicode helpers over ICU: case and diacritic folding for
// matching names, slugs for IRIs, and code-point/UTF-8 conversion.
#pragma once
#include <string>
#include <string_view>

namespace polkg {

/// Folds a name for matching: NFKD, combining marks removed, ø/ł/ß/ı and
/// similar letters mapped to ASCII (the scorer's rule, ../shared/eval; polkg
/// also folds the Azerbaijani ə to e, so "Məclis" matches "Meclis"),
/// lower case, every punctuation mark or symbol turned into a space, white
/// space collapsed, a leading "the " dropped. "The Milli Məclis" -> "milli meclis".
std::string fold_name(std::string_view utf8);

/// Like fold_name but keeps a leading "the" (for token-level matching).
std::string fold_token(std::string_view utf8);

/// A slug for an IRI path segment: the folded name transliterated to Latin
/// (ICU "Any-Latin; Latin-ASCII"), runs of anything but [a-z0-9] turned
/// into one '-', trimmed, at most 120 bytes. Never empty ("x" plus a hash
/// when nothing is left). Stable across runs and platforms.
std::string slugify(std::string_view utf8);

/// Title case of an all-capitals word as in datelines ("NUR-SULTAN" ->
/// "Nur-Sultan").
std::string title_case(std::string_view utf8);

/// 64-bit FNV-1a of `s`: a stable hash for IRIs (not for security).
unsigned long long stable_hash(std::string_view s);

}  // namespace polkg
