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
#include <string_view>
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

/// A publication date as a feed's "date" field or an article's "date"
/// header writes it. Accepted (ASCII; month names in English, any case):
///
///   2023-05-16   2023-5-16   2023/05/16                 year first
///   2023-05-16T10:00:00Z   2023-05-16T10:00+05:00   2023-05-16 10:00:00
///                          a date-time: its date as written, no time-zone
///                          conversion (a day in the publisher's own zone)
///   16.05.2023   16/05/2023   16-05-2023   16.5.2023    DAY FIRST, always:
///                          the convention of the agencies polkg reads
///                          (Kazinform, UzA, AzerTAc, TASS); "05/16/2023" is
///                          not May 16 but an impossible day (month 16)
///   May 16, 2023   May 16 2023   Sept. 5, 2023   16 May 2023
///   Tue, 16 May 2023 10:00:00 GMT                       RFC 822 (RSS pubDate)
///
/// Years have four digits; months and days one or two. Two-digit years,
/// a bare year or month ("2023", "May 2023") and words ("yesterday") are
/// not publication dates.
struct PublicationDate {
  enum class Status {
    Ok,          ///< `iso` holds the day
    Impossible,  ///< a date's shape but no such day: "2023-13-45", "31.04.2023", "05/16/2023"
    Unknown,     ///< not a date in one of the forms above
  };
  Status status = Status::Unknown;
  std::string iso;    ///< "YYYY-MM-DD" when Ok, else empty
  size_t length = 0;  ///< bytes the date (and its time) takes from the start; 0 when Unknown
};

/// Reads a publication date at the start of `text`; what follows it must be
/// the end, white space or one of `,;)` (so "2023-05-16x" is Unknown).
/// Never throws.
PublicationDate read_publication_date(std::string_view text);

/// The whole of `text` (white space around it aside) as a publication date:
/// anything after the date makes it Unknown. Never throws.
PublicationDate parse_publication_date(std::string_view text);

/// Day of week of a civil date, 0 = Sunday.
int weekday(int y, int m, int d);

}  // namespace polkg
