// polkg/document.hpp: an input article and the reader that yields articles
// from files, directories, JSON Lines corpora and standard input.
//
// Text is UTF-8 on input, validated and normalized to NFC (ICU), and held as
// a sequence of Unicode code points so that every offset in polkg is a code
// point index into `Document::text` (end exclusive).
#pragma once
#include <functional>
#include <string>

namespace polkg {

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
};

/// A record that could not be read: reported, skipped, and counted so that
/// the command's exit status says some records failed.
struct ReadFailure {
  std::string message;  ///< includes file, line and byte offset
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
/// Throws polkg::Error (Kind::Io) when `path` does not exist or cannot be
/// opened; a bad record inside a corpus goes to `on_failure` instead.
void read_input(const std::string& path, const DocumentSink& on_document,
                const FailureSink& on_failure);

/// Parses one article from raw bytes: validates UTF-8 (throws
/// Error::BadInput naming `source` and the byte offset of the first invalid
/// sequence), normalizes to NFC, reads an optional "date YYYY-MM-DD" header
/// and a dateline ("BAKU. KAZINFORM –", "TASHKENT (UzA) --",
/// "NUR-SULTAN, May 4 (Kazinform) –"). `id` becomes Document::id.
Document parse_article(const std::string& bytes, const std::string& id,
                       const std::string& source);

/// UTF-8 <-> code points (ICU). to_utf8 never fails; to_u32 throws
/// Error::BadInput with the byte offset of the first invalid sequence.
std::string to_utf8(std::u32string_view s);
std::u32string to_u32(std::string_view utf8, const std::string& source = {});

}  // namespace polkg
