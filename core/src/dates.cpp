// Date expressions (see polkg/dates.hpp).
#include "polkg/dates.hpp"

#include <fmt/core.h>

#include <array>
#include <cstdlib>
#include <string_view>

namespace polkg {
namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

int month_of(const std::string& f) {
  static const std::array<const char*, 12> full = {"january", "february", "march", "april", "may", "june",
                                                   "july", "august", "september", "october", "november", "december"};
  static const std::array<const char*, 12> abbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i)
    if (f == full[(size_t)i] || f == abbr[(size_t)i] || (i == 8 && f == "sept")) return i + 1;
  return 0;
}

int weekday_of(const std::string& f) {
  static const std::array<const char*, 7> days = {"sunday", "monday", "tuesday", "wednesday",
                                                  "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (f == days[(size_t)i]) return i;
  return -1;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

int number(const Token& t, int lo, int hi) {
  if (!all_digits(t.text) || t.text.size() > 4) return 0;
  int v = std::atoi(t.text.c_str());
  return v >= lo && v <= hi ? v : 0;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  return {(int)(y + (m <= 2)), (int)m, (int)d};
}

bool valid(int y, int m, int d);

bool parse_iso(const std::string& s, Ymd& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  out = {std::atoi(s.substr(0, 4).c_str()), std::atoi(s.substr(5, 2).c_str()), std::atoi(s.substr(8, 2).c_str())};
  return valid(out.y, out.m, out.d);
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

bool valid(int y, int m, int d) { return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

// "" for an impossible day ("February 30").
std::string ymd(int y, int m, int d) { return valid(y, m, d) ? fmt::format("{:04}-{:02}-{:02}", y, m, d) : std::string(); }
std::string ym(int y, int m) { return fmt::format("{:04}-{:02}", y, m); }

// The year of a month-day without a year: the latest on or before the
// article date, or the next after it for an announced event.
int year_for(const Ymd& art, int m, int d, bool future) {
  bool after = m > art.m || (m == art.m && d > art.d);
  if (future) return (m < art.m || (m == art.m && d < art.d)) ? art.y + 1 : art.y;
  return after ? art.y - 1 : art.y;
}

// --- publication dates (feeds and the "date" header) ----------------------

// A cursor over ASCII text: each read either consumes what it matched or
// leaves the position where it was.
struct Cursor {
  std::string_view s;
  size_t i = 0;

  bool at_end() const { return i >= s.size(); }
  char peek(size_t k = 0) const { return i + k < s.size() ? s[i + k] : '\0'; }
  static bool digit(char c) { return c >= '0' && c <= '9'; }
  static bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
  // A number of `lo` to `hi` digits, not followed by another digit; -1 if none.
  int number(size_t lo, size_t hi) {
    size_t j = i;
    while (j < s.size() && digit(s[j])) ++j;
    if (j - i < lo || j - i > hi) return -1;
    int v = 0;
    for (size_t k = i; k < j; ++k) v = v * 10 + (s[k] - '0');
    i = j;
    return v;
  }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  void spaces() {
    while (peek() == ' ' || peek() == '\t') ++i;
  }
  // A word of ASCII letters, lower-cased.
  std::string word() {
    std::string w;
    while (alpha(peek())) w += (char)(s[i++] | 0x20);
    return w;
  }
};

// Where a date may end: the end, white space, or ,;)
bool ends_here(const Cursor& c) {
  char x = c.peek();
  return c.at_end() || x == ' ' || x == '\t' || x == '\n' || x == '\r' || x == ',' || x == ';' || x == ')';
}

// A time after the date: [T| ]HH:MM[:SS[.fff]] then Z, +HH[:MM], or
// (RFC 822) a space and GMT, UTC or +HHMM. Consumed only when well formed.
void skip_time(Cursor& c) {
  Cursor t = c;
  if (!(t.eat('T') || t.eat(' '))) return;
  if (t.number(2, 2) < 0 || !t.eat(':') || t.number(2, 2) < 0) return;
  if (t.peek() == ':' && Cursor::digit(t.peek(1))) {
    t.eat(':');
    t.number(2, 2);
    if (t.peek() == '.' && Cursor::digit(t.peek(1))) {
      t.eat('.');
      t.number(1, 9);
    }
  }
  c = t;
  Cursor z = t;
  if (z.eat('Z')) {
    c = z;
    return;
  }
  z.eat(' ');
  if (z.peek() == '+' || z.peek() == '-') {
    ++z.i;
    if (z.number(4, 4) >= 0 || (z.number(2, 2) >= 0 && (!z.eat(':') || z.number(2, 2) >= 0))) c = z;
    return;
  }
  std::string zone = z.word();
  if (zone == "gmt" || zone == "utc") c = z;
}

PublicationDate result(int y, int m, int d, size_t length) {
  PublicationDate r;
  r.length = length;
  if (valid(y, m, d)) {
    r.status = PublicationDate::Status::Ok;
    r.iso = ymd(y, m, d);
  } else {
    r.status = PublicationDate::Status::Impossible;
  }
  return r;
}

// 2023-05-16, 2023/5/16 (year first) and 16.05.2023, 16/05/2023, 16-05-2023 (day first).
bool numeric_date(Cursor c, PublicationDate& out) {
  Cursor start = c;
  if (int y = c.number(4, 4); y >= 0) {
    char sep = c.peek();
    if (sep != '-' && sep != '/') return false;
    ++c.i;
    int m = c.number(1, 2);
    if (m < 0 || !c.eat(sep)) return false;
    int d = c.number(1, 2);
    if (d < 0) return false;
    skip_time(c);
    if (!ends_here(c)) return false;
    out = result(y, m, d, c.i - start.i);
    return true;
  }
  int d = c.number(1, 2);
  if (d < 0) return false;
  char sep = c.peek();
  if (sep != '.' && sep != '/' && sep != '-') return false;
  ++c.i;
  int m = c.number(1, 2);
  if (m < 0 || !c.eat(sep)) return false;
  int y = c.number(4, 4);
  if (y < 0) return false;
  skip_time(c);
  if (!ends_here(c)) return false;
  out = result(y, m, d, c.i - start.i);
  return true;
}

bool weekday_name(const std::string& w) {
  static const std::array<const char*, 7> abbr = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  for (const char* a : abbr)
    if (w == a) return true;
  return weekday_of(w) >= 0;
}

// A month name, full or abbreviated ("Sept.", "sep"), any case.
int month_name(Cursor& c) {
  Cursor t = c;
  int m = month_of(t.word());
  if (!m) return 0;
  t.eat('.');
  c = t;
  return m;
}

// May 16, 2023 | May 16 2023 | [Tue, ]16 May[,] 2023 [time]
bool named_month_date(Cursor c, PublicationDate& out) {
  Cursor start = c;
  int y = -1, m = 0, d = -1;
  Cursor w = c;  // "Tue, " or "Tuesday, " before the date (RFC 822)
  if (weekday_name(w.word()) && (w.eat('.'), w.eat(','))) {
    w.spaces();
    c = w;
  }
  if ((m = month_name(c))) {
    c.spaces();
    if ((d = c.number(1, 2)) < 0) return false;
    c.eat(',');
    c.spaces();
    if ((y = c.number(4, 4)) < 0) return false;
  } else {
    if ((d = c.number(1, 2)) < 0) return false;
    c.spaces();
    c.eat('-');
    if (!(m = month_name(c))) return false;
    c.eat(',');
    c.spaces();
    c.eat('-');
    if ((y = c.number(4, 4)) < 0) return false;
  }
  skip_time(c);
  if (!ends_here(c)) return false;
  out = result(y, m, d, c.i - start.i);
  return true;
}

}  // namespace

PublicationDate read_publication_date(std::string_view text) {
  PublicationDate out;
  Cursor c{text};
  if (numeric_date(c, out) || named_month_date(c, out)) return out;
  return {};
}

PublicationDate parse_publication_date(std::string_view text) {
  auto space = [](char x) { return x == ' ' || x == '\t' || x == '\n' || x == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  PublicationDate out = read_publication_date(text);
  if (out.length != text.size()) return {};
  return out;
}

bool is_valid_date(const std::string& iso) {
  Ymd x;
  return iso.size() == 10 && all_digits(iso.substr(0, 4)) && all_digits(iso.substr(5, 2)) &&
         all_digits(iso.substr(8, 2)) && parse_iso(iso, x);
}

int weekday(int y, int m, int d) {
  long z = days_from_civil(y, m, d);
  return (int)((z % 7 + 11) % 7);  // 1970-01-01 was a Thursday (4)
}

std::vector<DateMention> find_dates(const std::vector<Token>& t, const std::string& article_date, bool future) {
  std::vector<DateMention> out;
  Ymd art;
  bool have_art = parse_iso(article_date, art);
  long art_days = have_art ? days_from_civil(art.y, art.m, art.d) : 0;
  int n = (int)t.size();
  auto tok = [&](int i) -> const std::string& {
    static const std::string none;
    return i >= 0 && i < n ? t[(size_t)i].fold : none;
  };
  for (int i = 0; i < n; ++i) {
    DateMention dm;
    dm.begin = i;
    const std::string& f = t[(size_t)i].fold;
    int m = month_of(f);
    if (m && (t[(size_t)i].capitalized || f.size() > 3)) {
      // Month D[, YYYY]  |  Month YYYY  |  [this|last|next|in] Month
      int d = i + 1 < n ? number(t[(size_t)i + 1], 1, 31) : 0;
      if (i + 1 < n && d && t[(size_t)i + 1].text.size() <= 2) {
        int j = i + 2, y = 0;
        if (tok(j) == ",") ++j;
        if (j < n) y = number(t[(size_t)j], 1900, 2100);
        // "from October 13 to 17, 2019": the year after the range.
        if (!y && tok(i + 2) == "to" && i + 4 < n && tok(i + 4) == ",") y = number(t[(size_t)(i + 5 < n ? i + 5 : i)], 1900, 2100);
        if (y) dm.end = j + 1;
        else dm.end = i + 2;
        if (!y && have_art) { y = year_for(art, m, d, future); dm.relative = true; }
        if (y) dm.value = ymd(y, m, d);
      } else if (i + 1 < n && number(t[(size_t)i + 1], 1900, 2100)) {
        dm.end = i + 2;
        dm.value = ym(number(t[(size_t)i + 1], 1900, 2100), m);
      } else if (!t[(size_t)i].capitalized) {
        continue;  // "may" the verb
      } else {
        const std::string& prev = tok(i - 1);
        if (prev == "this" || prev == "last" || prev == "next" || prev == "in" || prev == "since" || prev == "until") {
          dm.begin = prev == "this" || prev == "last" || prev == "next" ? i - 1 : i;
          dm.end = i + 1;
          if (have_art) {
            int y = art.y;
            if (prev == "last" || ((prev == "in" || prev == "since") && !future && m > art.m)) y = art.y - 1;
            if (prev == "next" || (future && m < art.m)) y = art.y + 1;
            dm.value = ym(y, m);
            dm.relative = true;
          }
        } else {
          continue;
        }
      }
      out.push_back(dm);
      i = dm.end - 1;
      continue;
    }
    // D Month [YYYY]
    if (int d = number(t[(size_t)i], 1, 31); d && i + 1 < n && t[(size_t)i].text.size() <= 2) {
      int m2 = month_of(tok(i + 1));
      if (m2) {
        int y = i + 2 < n ? number(t[(size_t)i + 2], 1900, 2100) : 0;
        dm.end = y ? i + 3 : i + 2;
        if (!y && have_art) { y = year_for(art, m2, d, future); dm.relative = true; }
        if (y) dm.value = ymd(y, m2, d);
        out.push_back(dm);
        i = dm.end - 1;
        continue;
      }
    }
    // 16.05.2023 (tokens "16" "." "05" "." "2023") and 2023-05-16 (one token "2023 05 16" folded)
    if (all_digits(f) && f.size() <= 2 && i + 4 < n && tok(i + 1) == "." && tok(i + 3) == "." &&
        all_digits(tok(i + 2)) && tok(i + 2).size() <= 2 && number(t[(size_t)i + 4], 1900, 2100)) {
      dm.end = i + 5;
      dm.value = ymd(number(t[(size_t)i + 4], 1900, 2100), std::atoi(tok(i + 2).c_str()), std::atoi(f.c_str()));
      if (!dm.value.empty()) out.push_back(dm);
      i = dm.end - 1;
      continue;
    }
    if (f.size() == 10 && f[4] == ' ' && f[7] == ' ' && all_digits(f.substr(0, 4)) && all_digits(f.substr(5, 2)) &&
        all_digits(f.substr(8, 2))) {
      dm.end = i + 1;
      dm.value = ymd(std::atoi(f.substr(0, 4).c_str()), std::atoi(f.substr(5, 2).c_str()), std::atoi(f.substr(8, 2).c_str()));
      if (!dm.value.empty()) out.push_back(dm);
      continue;
    }
    if (!have_art) continue;
    // Weekdays and deictic words.
    int wd = weekday_of(f);
    long delta = 0;
    bool found = false;
    if (wd >= 0) {
      int art_wd = weekday(art.y, art.m, art.d);
      const std::string& prev = tok(i - 1);
      bool fut = future || prev == "next" || prev == "coming";
      if (prev == "last" || prev == "next" || prev == "this" || prev == "on" || prev == "coming") dm.begin = i - 1;
      if (prev == "on") dm.begin = i;
      // An announced event "on Wednesday" told on a Wednesday is today; "next Wednesday" a week on.
      if (fut) delta = ((wd - art_wd + 7) % 7 == 0) ? (prev == "next" ? 7 : 0) : (wd - art_wd + 7) % 7;
      else delta = -((art_wd - wd + 7) % 7);
      if (prev == "last" && delta == 0) delta = -7;
      found = true;
    } else if (f == "today" || f == "tonight") {
      found = true;
    } else if (f == "yesterday") {
      delta = -1;
      found = true;
    } else if (f == "tomorrow") {
      delta = 1;
      found = true;
    }
    if (found) {
      dm.end = i + 1;
      if (tok(i + 1) == "s") dm.end = i + 2;  // "today's", "Friday's"
      Ymd r = civil_from_days(art_days + delta);
      dm.value = ymd(r.y, r.m, r.d);
      dm.relative = true;
      out.push_back(dm);
      i = dm.end - 1;
    }
  }
  return out;
}

}  // namespace polkg
