// An output file written whole or not at all (see polkg/output_file.hpp).
#include "polkg/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "polkg/error.hpp"

namespace polkg {

namespace fs = std::filesystem;

OutputFile::OutputFile(const std::string& path) : path_(path) {
  if (path == "-") {
    file_ = stdout;
    return;
  }
  fs::path target(path);
  std::error_code ec;
  // A symbolic link: write to the file it points to, and keep the link.
  if (fs::is_symlink(fs::symlink_status(target, ec))) target = fs::weakly_canonical(target, ec);
  target_ = target.string();
  owned_ = true;
  // A device, a FIFO or another special file: write to it directly.
  if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
    file_ = std::fopen(target_.c_str(), "wb");
    if (!file_) throw Error(Error::Kind::Io, std::string("cannot open for writing: ") + std::strerror(errno), path);
    return;
  }
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string pattern = (dir / (".polkg-" + target.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0)
    throw Error(Error::Kind::Io,
                std::string("cannot create a file beside it (is the directory there and writable?): ") +
                    std::strerror(errno),
                path);
  // mkstemp makes the file 0600: give it the usual mode a new file gets.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  tmp_ = pattern;
  file_ = fdopen(fd, "wb");
  if (!file_) {
    ::close(fd);
    ::unlink(tmp_.c_str());
    throw Error(Error::Kind::Io, "cannot open for writing", path);
  }
  std::setvbuf(file_, nullptr, _IOFBF, 1 << 16);
}

OutputFile::~OutputFile() {
  if (owned_ && file_) std::fclose(file_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
}

void OutputFile::check() const {
  if (file_ && std::ferror(file_))
    throw Error(Error::Kind::Io, std::string("write failed: ") + std::strerror(errno ? errno : EIO), path_);
}

void OutputFile::commit() {
  if (!file_) return;
  int err = 0;
  if (std::fflush(file_) != 0 || std::ferror(file_)) err = errno ? errno : EIO;
  if (owned_) {
    if (!err && !tmp_.empty() && fsync(fileno(file_)) != 0 && errno != EINVAL) err = errno;
    if (std::fclose(file_) != 0 && !err) err = errno ? errno : EIO;
    file_ = nullptr;
  }
  if (err) throw Error(Error::Kind::Io, std::string("write failed: ") + std::strerror(err), path_);
  if (tmp_.empty()) return;
  if (std::rename(tmp_.c_str(), target_.c_str()) != 0)
    throw Error(Error::Kind::Io, std::string("cannot rename the temporary file onto it: ") + std::strerror(errno),
                path_);
  tmp_.clear();
}

}  // namespace polkg
