#pragma once

#include <optional>
#include <string_view>

namespace condtrack {

enum class IndicatorStatus { Met, Partial, NotMet, Pending };

// The status words a formula returns: stable English keywords, whatever the
// UI language, so that =IF(COND.STATUS(...)="met";...) works in any office.
std::string_view keyword(IndicatorStatus status);

// score: nullopt while the indicator is not yet assessed.
// partialFrom: lowest score that counts as partial; nullopt means any score > 0.
IndicatorStatus classifyScore(std::optional<double> score,
                              std::optional<double> partialFrom = std::nullopt);

} // namespace condtrack
