// polkg/error.hpp: the one error type of the library.
//
// Every error says where it happened: the file (or "-" for standard input),
// a 1-based line where the input has lines (0 when unknown) and a byte
// offset where that is the more useful position (-1 when unknown).
// cli/ turns an Error into a message and an exit code in one place.
#pragma once
#include <stdexcept>
#include <string>

namespace polkg {

class Error : public std::runtime_error {
 public:
  enum class Kind {
    BadInput,  ///< the input cannot be read as an article, corpus or graph (exit 1)
    Usage,     ///< the command line is wrong (exit 2)
    Io,        ///< a file cannot be read or written (exit 1)
    Server,    ///< a server or network failure (exit 3)
  };
  Error(Kind kind, std::string message, std::string file = {}, long line = 0,
        long offset = -1)
      : std::runtime_error(format(message, file, line, offset)),
        kind_(kind), file_(std::move(file)), line_(line), offset_(offset) {}

  Kind kind() const { return kind_; }
  const std::string& file() const { return file_; }
  long line() const { return line_; }
  long offset() const { return offset_; }

 private:
  static std::string format(const std::string& msg, const std::string& file,
                            long line, long offset) {
    std::string where = file;
    if (!where.empty() && line > 0) where += ":" + std::to_string(line);
    if (!where.empty() && offset >= 0) where += " (byte " + std::to_string(offset) + ")";
    return where.empty() ? msg : where + ": " + msg;
  }
  Kind kind_;
  std::string file_;
  long line_;
  long offset_;
};

}  // namespace polkg
