// bench_extract: extraction speed of the pipeline on news text.
//
// Reads a corpus (default ../shared/corpus/dev), repeats its articles until
// the text reaches --mb megabytes (default 10), then measures in one run:
//   baseline  ICU sentence segmentation and tokenization alone (segment());
//   extract   the whole pipeline (Pipeline::process) on 1 thread;
//   extract2  the same on 2 threads (one KnowledgeGraph per thread);
// and prints sentences/s, MB/s, the ratio to the baseline and the speed-up.
// Target (issue "extraction that generalizes"): >= 5,000 sentences/s per core.
#include <fmt/core.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/pipeline.hpp"
#include "polkg/segmenter.hpp"

using namespace polkg;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::vector<Document> load_corpus(const std::string& dir, double mb) {
  std::vector<Document> base;
  read_input(dir, [&](Document&& d) { base.push_back(std::move(d)); }, [](const ReadFailure&) {});
  std::vector<Document> out;
  double bytes = 0;
  for (int copy = 0; bytes < mb * 1e6 && !base.empty(); ++copy)
    for (const auto& d : base) {
      Document c = d;
      c.id = d.id + "-" + std::to_string(copy);
      bytes += (double)to_utf8(c.text).size();
      out.push_back(std::move(c));
    }
  return out;
}

struct Run {
  double seconds = 0;
  size_t sentences = 0;
};

Run extract(const Pipeline& p, const std::vector<Document>& docs, int threads) {
  std::vector<std::thread> pool;
  auto t0 = Clock::now();
  for (int k = 0; k < threads; ++k)
    pool.emplace_back([&, k] {
      KnowledgeGraph kg;
      for (size_t i = (size_t)k; i < docs.size(); i += (size_t)threads) p.process(docs[i], kg);
    });
  for (auto& t : pool) t.join();
  return {seconds_since(t0), 0};
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "../shared/corpus/dev";
  double mb = argc > 2 ? std::stod(argv[2]) : 10.0;
  Pipeline pipeline(default_data_dir(), {});
  auto docs = load_corpus(dir, mb);
  double bytes = 0;
  for (const auto& d : docs) bytes += (double)to_utf8(d.text).size();

  auto t0 = Clock::now();
  size_t sentences = 0;
  for (const auto& d : docs) sentences += segment(d).size();
  double base = seconds_since(t0);

  Run one = extract(pipeline, docs, 1);
  Run two = extract(pipeline, docs, 2);
  auto rate = [&](double s) { return (double)sentences / s; };
  fmt::print("corpus: {} documents, {:.1f} MB, {} sentences\n", docs.size(), bytes / 1e6, sentences);
  fmt::print("{:<28}{:>10}{:>14}{:>10}{:>14}\n", "run", "seconds", "sentences/s", "MB/s", "vs baseline");
  fmt::print("{:<28}{:>10.2f}{:>14.0f}{:>10.2f}{:>14}\n", "baseline: segmentation", base, rate(base), bytes / 1e6 / base, "1.00x");
  fmt::print("{:<28}{:>10.2f}{:>14.0f}{:>10.2f}{:>13.2f}x\n", "extraction, 1 thread", one.seconds, rate(one.seconds),
             bytes / 1e6 / one.seconds, one.seconds / base);
  fmt::print("{:<28}{:>10.2f}{:>14.0f}{:>10.2f}{:>13.2f}x\n", "extraction, 2 threads", two.seconds, rate(two.seconds),
             bytes / 1e6 / two.seconds, two.seconds / base);
  fmt::print("speed-up 1 -> 2 threads: {:.2f}; per core: {:.0f} sentences/s (target >= 5000)\n",
             one.seconds / two.seconds, rate(one.seconds));
  return rate(one.seconds) >= 5000 ? 0 : 1;
}
