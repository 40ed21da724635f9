// polkg/output_file.hpp: an output file that appears whole or not at all.
//
// Bytes go to a temporary file in the target's directory, renamed onto the
// target by commit(); if the object is destroyed before commit() (an error,
// an exception, SIGINT handled by the caller) the temporary file is removed
// and an existing target is left unchanged. "-" is standard output (written
// directly). A symbolic link is followed (the link stays); a device, FIFO or
// other special file (/dev/null, /dev/full) is written directly, never
// renamed over.
#pragma once
#include <cstdio>
#include <string>

namespace polkg {

class OutputFile {
 public:
  /// Opens the temporary file (or standard output, or the special file).
  /// Throws Error(Kind::Io) naming `path` when it cannot be created.
  explicit OutputFile(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// The stream to write to (buffered stdio).
  std::FILE* stream() const { return file_; }
  /// The temporary file being written ("" for standard output or a special
  /// file): a signal handler may unlink it (cli/interrupt.hpp).
  const std::string& temporary_path() const { return tmp_; }
  const std::string& path() const { return path_; }

  /// Throws Error(Kind::Io) naming the file ("No space left on device",
  /// ...) if any write so far failed.
  void check() const;

  /// Flushes, closes and renames the temporary file onto the target.
  /// Throws Error(Kind::Io) (disk full, rename refused); the temporary file
  /// is then removed.
  void commit();

 private:
  std::string path_, target_, tmp_;
  std::FILE* file_ = nullptr;
  bool owned_ = false;  ///< fclose on destruction (not standard output)
};

}  // namespace polkg
