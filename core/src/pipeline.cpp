// Runs the extraction stages in order (see polkg/pipeline.hpp).
#include "polkg/pipeline.hpp"

#include <cstdlib>
#include <filesystem>

#include "document_extractor.hpp"
#include "polkg/gazetteer.hpp"

namespace polkg {

std::string default_data_dir() {
  if (const char* env = std::getenv("POLKG_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  if (std::filesystem::is_directory(POLKG_SOURCE_DATA_DIR "/gazetteer", ec)) return POLKG_SOURCE_DATA_DIR;
  return POLKG_INSTALL_DATA_DIR;
}

Pipeline::Pipeline(const std::string& data_dir, const std::vector<std::string>& extra)
    : gazetteer_(std::make_unique<Gazetteer>()) {
  gazetteer_->load_data_dir(data_dir);
  for (const auto& f : extra) gazetteer_->load_gazetteer_file(f);
  gazetteer_->finish();
}

Pipeline::~Pipeline() = default;

void Pipeline::process(const Document& doc, KnowledgeGraph& kg, std::vector<Explanation>* explain) const {
  detail::DocumentExtractor x(*gazetteer_, doc, kg, explain);
  x.run();
}

}  // namespace polkg
