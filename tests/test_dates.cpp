// Tests of core/src/dates.cpp (polkg/dates.hpp): date expressions resolved
// against the article date, to the precision the text gives.
#define BOOST_TEST_MODULE test_dates
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "polkg/dates.hpp"
#include "polkg/document.hpp"
#include "polkg/segmenter.hpp"

using namespace polkg;
using V = std::vector<std::string>;

namespace {

std::vector<Token> tokens(const std::string& s) {
  std::u32string t = to_u32(s);
  return tokenize(t, 0, (long)t.size());
}

// The resolved values (unresolved mentions have an empty value and are skipped).
V dates(const std::string& sentence, const std::string& article, bool future = false) {
  V out;
  for (const auto& d : find_dates(tokens(sentence), article, future))
    if (!d.value.empty()) out.push_back(d.value);
  return out;
}

struct Case {
  const char* sentence;
  const char* article;
  bool future;
  V want;
};

void run(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT("\"" << c.sentence << "\" article " << c.article << (c.future ? " future" : "")) {
      BOOST_TEST(dates(c.sentence, c.article, c.future) == c.want, boost::test_tools::per_element());
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(weekday_known_values) {
  const std::tuple<int, int, int, int> cases[] = {
      {1970, 1, 1, 4},   {2000, 1, 1, 6},  {2000, 2, 29, 2}, {2023, 4, 9, 0}, {2023, 5, 16, 2},
      {2024, 2, 29, 4},  {1900, 3, 1, 4},  {2100, 12, 31, 5}, {1969, 12, 31, 3}, {2022, 4, 2, 6},
  };
  for (const auto& [y, m, d, w] : cases) {
    BOOST_TEST_CONTEXT(y << "-" << m << "-" << d) { BOOST_TEST(weekday(y, m, d) == w); }
  }
}

BOOST_AUTO_TEST_CASE(month_day_forms) {
  run({
      {"The session took place in Baku on May 16.", "2023-05-16", false, {"2023-05-16"}},
      {"It took place on May 16, 2023.", "", false, {"2023-05-16"}},
      {"It took place on May 16 2021.", "2023-05-16", false, {"2021-05-16"}},
      {"He arrived on 17 February 2024.", "2023-05-16", false, {"2024-02-17"}},
      {"He arrived on 17 February.", "2023-05-16", false, {"2023-02-17"}},
      {"The forum ran from October 13 to 17, 2019.", "2023-05-16", false, {"2019-10-13"}},
      {"Elections were held in May 2023.", "", false, {"2023-05"}},
      // a month-day after the article date, in a past report, is last year's
      {"The talks of December 20 were useful.", "2023-05-16", false, {"2022-12-20"}},
      // ... and before it, in an announcement, next year's
      {"He will visit on January 10.", "2023-05-16", true, {"2024-01-10"}},
      {"He will visit on May 20.", "2023-05-16", true, {"2023-05-20"}},
  });
}

// Regression (a bug, now fixed): the tokenizer splits "16.05.2023" into "16" "." "05" "."
// "2023", so the 10-character test in find_dates never matches; and
// "2023-05-16" (one token, folded "2023 05 16") has no rule at all, although
// dates.hpp lists both forms.
BOOST_AUTO_TEST_CASE(numeric_forms) {
  run({
      {"Signed on 16.05.2023 in Baku.", "", false, {"2023-05-16"}},
      {"Signed on 16.05.2023 in Baku.", "2024-01-01", false, {"2023-05-16"}},
      {"Signed on 2023-05-16 in Baku.", "", false, {"2023-05-16"}},
  });
}

// Regression (a bug, now fixed): a day is checked against 1..31 only, so "February 30"
// gives "2023-02-30", an ill-formed xsd:date that riot rejects.
BOOST_AUTO_TEST_CASE(impossible_days) {
  BOOST_TEST(dates("They met on February 30.", "2023-05-16").empty());
  BOOST_TEST(dates("They met on 31 April 2023.", "").empty());
  BOOST_TEST(dates("They met on February 29, 2023.", "").empty());
}

BOOST_AUTO_TEST_CASE(leap_days) {
  BOOST_TEST(dates("They met on February 29, 2024.", "") == V{"2024-02-29"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(invalid_numeric_dates) {
  run({
      {"Signed on 32.13.2023 in Baku.", "", false, {}},
      {"Signed on 2023-13-45 in Baku.", "", false, {}},
      {"Version 1.2.3 was signed.", "2023-05-16", false, {}},
  });
}

BOOST_AUTO_TEST_CASE(month_only_forms) {
  run({
      {"He will visit this April.", "2023-05-16", false, {"2023-04"}},
      {"The deal signed in January.", "2022-04-02", false, {"2022-01"}},
      {"The deal signed in December.", "2023-05-16", false, {"2022-12"}},
      {"It was signed last March.", "2023-05-16", false, {"2022-03"}},
      {"It will be signed next June.", "2023-05-16", true, {"2024-06"}},
      {"The summit is planned in March.", "2023-05-16", true, {"2024-03"}},
      // "may" the verb, and a month name alone, are not dates
      {"He may visit Baku.", "2023-05-16", false, {}},
      {"May the talks succeed.", "2023-05-16", false, {}},
  });
}

BOOST_AUTO_TEST_CASE(weekdays_and_deictic_words) {
  run({
      // 2023-04-09 is a Sunday
      {"The talks were held on Friday.", "2023-04-09", false, {"2023-04-07"}},
      {"He will arrive on Thursday.", "2023-04-09", true, {"2023-04-13"}},
      // Wire style names the weekday even for the same day: an announced event
      // "on Sunday" in a Sunday article is that day; "next Sunday" a week on.
      {"He will arrive on Sunday.", "2023-04-09", true, {"2023-04-09"}},
      {"He will arrive next Sunday.", "2023-04-09", true, {"2023-04-16"}},
      {"They met on Sunday.", "2023-04-09", false, {"2023-04-09"}},
      {"They met last Sunday.", "2023-04-09", false, {"2023-04-02"}},
      {"They meet next Monday.", "2023-04-09", false, {"2023-04-10"}},
      {"Friday's meeting was long.", "2023-04-09", false, {"2023-04-07"}},
      // 2023-05-16 is a Tuesday
      {"They met last Wednesday.", "2023-05-16", false, {"2023-05-10"}},
      {"He arrived yesterday.", "2023-05-16", false, {"2023-05-15"}},
      {"He arrives tomorrow.", "2023-05-16", true, {"2023-05-17"}},
      {"Today's session opened.", "2023-05-16", false, {"2023-05-16"}},
      {"He arrived yesterday.", "2023-03-01", false, {"2023-02-28"}},
      {"He arrived yesterday.", "2024-01-01", false, {"2023-12-31"}},
      {"He arrives tomorrow.", "2024-02-28", true, {"2024-02-29"}},
  });
}

BOOST_AUTO_TEST_CASE(mention_spans) {
  auto ds = find_dates(tokens("Today's session opened on May 16, 2023."), "2023-05-16", false);
  BOOST_REQUIRE(ds.size() == 2u);
  BOOST_TEST(ds[0].begin == 0);
  BOOST_TEST(ds[0].end == 2);  // "Today" "'s"
  BOOST_TEST(ds[0].relative);
  BOOST_TEST(ds[1].begin == 5);
  BOOST_TEST(ds[1].end == 9);  // "May" "16" "," "2023"
  BOOST_TEST(!ds[1].relative);
  auto w = find_dates(tokens("They met last Wednesday."), "2023-05-16", false);
  BOOST_REQUIRE(w.size() == 1u);
  BOOST_TEST(w[0].begin == 2);
  BOOST_TEST(w[0].end == 4);
}

BOOST_AUTO_TEST_CASE(no_article_date_drops_relative_dates) {
  for (const char* s : {"They met on Friday.", "He arrived yesterday.", "He will visit this April.",
                        "They met on May 16.", "Today's session opened.", "in January"}) {
    BOOST_TEST_CONTEXT(s) {
      BOOST_TEST(dates(s, "").empty());
      BOOST_TEST(dates(s, "not-a-date").empty());
    }
  }
  // Absolute dates need no article date.
  BOOST_TEST(dates("They met on May 16, 2023 and on 17 February 2024.", "") == (V{"2023-05-16", "2024-02-17"}),
             boost::test_tools::per_element());
}

// --- publication dates: the JSON Lines "date" field and the "date" header ---

namespace {

using Status = PublicationDate::Status;

std::string status_name(Status s) {
  return s == Status::Ok ? "Ok" : s == Status::Impossible ? "Impossible" : "Unknown";
}

}  // namespace

BOOST_AUTO_TEST_CASE(publication_date_forms) {
  const std::pair<const char*, const char*> cases[] = {
      {"2023-05-16", "2023-05-16"},
      {"2023-5-16", "2023-05-16"},
      {"2023-5-6", "2023-05-06"},
      {"2023/05/16", "2023-05-16"},
      {"2023-05-16T10:00:00Z", "2023-05-16"},
      {"2023-05-16T10:00:00.123Z", "2023-05-16"},
      {"2023-05-16T23:30:00-05:00", "2023-05-16"},  // the date as written, no zone conversion
      {"2023-05-16T10:00+0500", "2023-05-16"},
      {"2023-05-16T10:00", "2023-05-16"},
      {"2023-05-16 10:00:00", "2023-05-16"},
      {"16.05.2023", "2023-05-16"},
      {"16/05/2023", "2023-05-16"},
      {"16-05-2023", "2023-05-16"},
      {"6.5.2023", "2023-05-06"},                     // day first: 6 May, not June 5
      {"05/06/2023", "2023-06-05"},                   // day first: 5 June
      {"16.05.2023 10:00", "2023-05-16"},
      {"May 16, 2023", "2023-05-16"},
      {"May 16 2023", "2023-05-16"},
      {"may 16, 2023", "2023-05-16"},
      {"MAY 16, 2023", "2023-05-16"},
      {"September 5, 2023", "2023-09-05"},
      {"Sept. 5, 2023", "2023-09-05"},
      {"Sep 5, 2023", "2023-09-05"},
      {"16 May 2023", "2023-05-16"},
      {"16 May, 2023", "2023-05-16"},
      {"1 January 2024", "2024-01-01"},
      {"16-May-2023", "2023-05-16"},
      {"Tue, 16 May 2023 10:00:00 GMT", "2023-05-16"},   // RSS pubDate (RFC 822)
      {"Tue, 16 May 2023 10:00:00 +0000", "2023-05-16"},
      {"Tuesday, May 16, 2023", "2023-05-16"},
      {"  2023-05-16\t", "2023-05-16"},                  // white space around
      {"2024-02-29", "2024-02-29"},
      {"29.02.2024", "2024-02-29"},
  };
  for (const auto& [in, want] : cases) {
    BOOST_TEST_CONTEXT("\"" << in << "\"") {
      PublicationDate d = parse_publication_date(in);
      BOOST_TEST(status_name(d.status) == "Ok");
      BOOST_TEST(d.iso == want);
    }
  }
}

BOOST_AUTO_TEST_CASE(publication_dates_that_are_not_real_days) {
  for (const char* in : {"2023-13-45", "2023-02-30", "2023-02-29", "2023-00-10", "2023-05-00", "0000-01-01",
                         "31.04.2023", "32.01.2023", "05/16/2023",  // month first is read day first: month 16
                         "May 45, 2023", "30 February 2023", "2023-13-01T10:00:00Z"}) {
    BOOST_TEST_CONTEXT("\"" << in << "\"") {
      PublicationDate d = parse_publication_date(in);
      BOOST_TEST(status_name(d.status) == "Impossible");
      BOOST_TEST(d.iso.empty());
      BOOST_TEST(d.length == std::string(in).size());
    }
  }
}

BOOST_AUTO_TEST_CASE(publication_dates_not_read) {
  for (const char* in : {"", "   ", "yesterday", "2023", "May 2023", "2023-05", "16.05.23", "20230516",
                         "2023-05-16x", "2023-05-16 and more", "16.05-2023", "2023-05/16", "2023.05.16",
                         "Foo 16, 2023", "16 Foo 2023", "2023-5-166", "12023-05-16", "May 16", "16 May",
                         "2023-05-16T", "Tue 16 May 2023"}) {
    BOOST_TEST_CONTEXT("\"" << in << "\"") {
      PublicationDate d = parse_publication_date(in);
      BOOST_TEST(status_name(d.status) == "Unknown");
      BOOST_TEST(d.iso.empty());
      BOOST_TEST(d.length == 0u);
    }
  }
}

// read_publication_date reads a prefix (the "date" header): the date must end
// at the end, white space or ,;) and the length says where the text goes on.
BOOST_AUTO_TEST_CASE(publication_date_prefix) {
  const std::tuple<const char*, const char*, size_t> cases[] = {
      {"2023-05-16 BAKU. KAZINFORM", "2023-05-16", 10},
      {"2023-05-16\nText", "2023-05-16", 10},
      {"2023-05-16T10:00:00Z Text", "2023-05-16", 20},
      {"2023-05-16 10:00 Text", "2023-05-16", 16},
      {"16.05.2023, Baku", "2023-05-16", 10},
      {"May 16, 2023 TASHKENT (UzA) --", "2023-05-16", 12},
      {"16 May 2023\nText", "2023-05-16", 11},
      {"2023-5-16) x", "2023-05-16", 9},
  };
  for (const auto& [in, want, length] : cases) {
    BOOST_TEST_CONTEXT("\"" << in << "\"") {
      PublicationDate d = read_publication_date(in);
      BOOST_TEST(status_name(d.status) == "Ok");
      BOOST_TEST(d.iso == want);
      BOOST_TEST(d.length == length);
    }
  }
  PublicationDate bad = read_publication_date("2023-13-45 Text");
  BOOST_TEST(status_name(bad.status) == "Impossible");
  BOOST_TEST(bad.length == 10u);
  BOOST_TEST(status_name(read_publication_date("2023-05-16x Text").status) == "Unknown");
  BOOST_TEST(status_name(read_publication_date("palms grow in May 16, 2023").status) == "Unknown");
}
