// polkg/dates.hpp: date expressions of news text, resolved against the
// article's publication date to the precision the text gives.
//
// Recognized (token patterns, case-insensitive): "May 16", "May 16, 2023",
// "16 May 2023", "16.05.2023", "2023-05-16", "May 2023", "in May",
// "this April", "last March", "next June", "on Tuesday", "last Wednesday",
// "today", "yesterday", "tomorrow", "today's", "Friday's".
// A month or weekday without a year is resolved to the latest such day on or
// before the article date, or to the next one after it when `future` is set
// (an announced event). Results: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
#pragma once
#include <string>
#include <vector>

#include "polkg/segmenter.hpp"

namespace polkg {

struct DateMention {
  int begin = 0, end = 0;   ///< token indexes in the sentence, end exclusive
  std::string value;        ///< resolved xsd lexical form, empty when unresolvable
  bool relative = false;    ///< needed the article date ("on Friday")
};

/// Finds the date expressions of a sentence. `article_date` is "YYYY-MM-DD"
/// or empty (relative dates then stay unresolved and are dropped).
std::vector<DateMention> find_dates(const std::vector<Token>& tokens, const std::string& article_date,
                                    bool future);

/// Whether "YYYY-MM-DD" is a real calendar day (not "2023-02-30").
bool is_valid_date(const std::string& iso);

/// Day of week of a civil date, 0 = Sunday.
int weekday(int y, int m, int d);

}  // namespace polkg
