// polkg/document.hpp: an input article and the reader that yields articles
// from files, directories, JSON Lines corpora and standard input.
//
// Text is UTF-8 on input, validated and normalized to NFC (ICU), and held as
// a sequence of Unicode code points so that every offset in polkg is a code
// point index into `Document::text` (end exclusive).
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace polkg {

/// Something the reader found in an article and dropped while keeping the
/// article: a date header or a "date" field that is not a real day.
/// read_input reports each through the FailureSink (ReadFailure::kept).
struct ReadProblem {
  long line = 0;        ///< 1-based line of the article text where it is; 0 when unknown
  std::string message;  ///< what was dropped and why, without file and line
};

struct Document {
  std::string id;         ///< dcterms:identifier: file base name or JSONL "id"
  std::string date;       ///< publication date "YYYY-MM-DD", or empty if unknown
  std::string title;      ///< dcterms:title, or empty
  std::string publisher;  ///< dcterms:publisher, or empty (may come from the dateline)
  std::string url;        ///< schema:url, or empty
  std::string dateline_place;  ///< city named by the dateline ("BAKU" -> "Baku"), or empty
  std::u32string text;    ///< the article text (NFC), code points
  long body_begin = 0;    ///< first code point after the "date" header and the dateline
  std::string source;     ///< file it came from ("-" for standard input)
  long source_line = 0;   ///< 1-based line in a JSON Lines file; 0 for a .txt article
  std::vector<ReadProblem> problems;  ///< what was dropped (read_input has reported them)
};

/// A record that could not be read: reported, skipped, and counted so that
/// the command's exit status says some records failed.
struct ReadFailure {
  std::string message;  ///< includes file, line and byte offset
  /// The document was read anyway, without what `message` names (an
  /// impossible date): it reaches the DocumentSink. Otherwise the record was
  /// skipped.
  bool kept = false;
};

/// Called for each article read, in input order.
using DocumentSink = std::function<void(Document&&)>;
/// Called for each bad record; reading goes on with the next one.
using FailureSink = std::function<void(const ReadFailure&)>;

/// Reads `path`: a .txt article, a .jsonl corpus, a directory (its .jsonl
/// corpora, then its .txt articles, recursively, each in sorted path order)
/// or "-" (JSON Lines on standard input), streaming: each document is handed
/// to `on_document` as soon as it is read. A document whose id was seen
/// before with the same text (an article given both as .txt and as a JSON
/// record) is skipped: the first wins, which in a directory is the JSON
/// record with its metadata. The same id with another text is a bad record.
///
/// A JSON Lines record is an object with a string "text" (required) and
/// optional strings "id", "date", "title", "publisher", "url" (null is
/// absent). "date" takes the forms of read_publication_date (dates.hpp:
/// "2023-05-16", "2023-5-16", "2023-05-16T10:00:00Z", "16.05.2023" and
/// "16/05/2023" day first, "May 16, 2023", "16 May 2023") and overrides the
/// text's date header.
///
/// Throws polkg::Error (Kind::Io) when `path` does not exist or cannot be
/// opened. Inside a corpus or a directory nothing throws: a record or file
/// that cannot be read (not JSON, no "text", a field of the wrong type,
/// invalid UTF-8, an unreadable file) goes to `on_failure` and is skipped;
/// a date that is not a real day, or a "date" that is not a string, goes to
/// `on_failure` with `kept` set and the document is read without a date.
/// Every message names the file and the line (JSON Lines) or byte offset.
void read_input(const std::string& path, const DocumentSink& on_document,
                const FailureSink& on_failure);

/// Parses one article from raw bytes: skips a UTF-8 byte order mark,
/// validates UTF-8 (throws Error::BadInput naming `source` and the byte
/// offset of the first invalid sequence, counted from the file's first byte),
/// turns CR LF and lone CR into LF (each CR becomes one LF: code point
/// offsets stay those of the text), control characters other than tab and
/// LF into U+FFFD, normalizes to NFC, reads an optional date header and a
/// dateline ("BAKU. KAZINFORM –", "TASHKENT (UzA) --",
/// "NUR-SULTAN, May 4 (Kazinform) –"). `id` becomes Document::id.
///
/// The date header is the lower-case word "date" first in the text (after
/// white space) and a publication date in a form of read_publication_date
/// (dates.hpp), e.g. "date 2023-05-16", "date 16.05.2023",
/// "date May 16, 2023". It is removed from the body (body_begin). A header
/// with a date's shape but no such day ("date 2023-13-45") is removed too
/// and added to Document::problems; the document has no date. Anything else
/// after "date" is ordinary text.
Document parse_article(const std::string& bytes, const std::string& id,
                       const std::string& source);

/// UTF-8 <-> code points (ICU). to_utf8 never fails; to_u32 throws
/// Error::BadInput with the byte offset of the first invalid sequence.
std::string to_utf8(std::u32string_view s);
std::u32string to_u32(std::string_view utf8, const std::string& source = {});

}  // namespace polkg
