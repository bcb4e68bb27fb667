#include "office/log.hxx"

#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>
#include <rtl/ustring.hxx>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

namespace condtrack::uno {

namespace {

constexpr std::size_t kMaxLogBytes = 1024 * 1024;
constexpr std::size_t kKeptLogFiles = 3;

// The profile folder LibreOffice runs with, honouring -env:UserInstallation.
std::string profileUserFolder() {
    rtl::OUString url(
        "${$BRAND_BASE_DIR/program/" SAL_CONFIGFILE("bootstrap") ":UserInstallation}");
    rtl::Bootstrap::expandMacros(url);
    rtl::OUString path;
    if (url.isEmpty() ||
        osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        return {};
    return rtl::OUStringToOString(path, RTL_TEXTENCODING_UTF8).getStr() + std::string("/user");
}

spdlog::level::level_enum levelFromEnvironment() {
    const char* value = std::getenv("CONDTRACK_LOG_LEVEL");
    if (value == nullptr || *value == '\0') return spdlog::level::warn;
    const auto level = spdlog::level::from_str(value);
    // from_str answers "off" for unknown names; an unknown name keeps the default.
    return level == spdlog::level::off && std::string(value) != "off" ? spdlog::level::warn : level;
}

std::shared_ptr<spdlog::logger> openLog() {
    try {
        const std::string user = profileUserFolder();
        if (user.empty()) throw std::runtime_error("no profile folder");
        const std::filesystem::path folder = std::filesystem::path(user) / "condtrack";
        std::filesystem::create_directories(folder);
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            (folder / "condtrack.log").string(), kMaxLogBytes, kKeptLogFiles);
        auto logger = std::make_shared<spdlog::logger>("condtrack", std::move(sink));
        logger->set_level(levelFromEnvironment());
        logger->flush_on(spdlog::level::trace);
        logger->set_error_handler([](const std::string&) {}); // never write to the office's stderr
        return logger;
    } catch (...) {
        return std::make_shared<spdlog::logger>("condtrack",
                                                std::make_shared<spdlog::sinks::null_sink_mt>());
    }
}

} // namespace

spdlog::logger& log() {
    static std::once_flag once;
    static std::shared_ptr<spdlog::logger> logger;
    std::call_once(once, [] { logger = openLog(); });
    return *logger;
}

} // namespace condtrack::uno
