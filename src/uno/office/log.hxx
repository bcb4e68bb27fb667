#pragma once

#include <spdlog/logger.h>

namespace condtrack::uno {

// The extension's log: condtrack/condtrack.log under the user's LibreOffice
// profile, rotating, level from CONDTRACK_LOG_LEVEL (default warn). Opened on
// first use so that loading the component stays cheap; if the file cannot be
// opened, messages are dropped rather than sent to the office's stdout.
spdlog::logger& log();

} // namespace condtrack::uno
