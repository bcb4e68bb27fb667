#pragma once

// The deck's notices: what the reader read but no tranche pays or applies,
// as lines an officer reads, amounts in the programme's currency and the
// cell to look at.

#include "functions/function_table.hpp"
#include "tracker/model.hpp"
#include "tracker/reader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

// "EUR 1,076,923" (en), "1 076 923 EUR" (fr, pt, no-break spaces); the bare
// amount without a currency.
std::string formatMoney(double amount, std::string_view currency, Language language);

// The Currency of the programme header range; "" without a header or a value.
std::string programmeCurrency(const RangeTable& header);

struct NoticeLine {
    std::string text;  // what is wrong, in the user's language
    std::string where; // "Tranches.J7"; "" when no single cell says it
    Amount amount = 0.0;
};

// Money transferred out of the tracker's last year (no tranche receives it),
// held amounts the next year does not release (lost), then every other notice
// of the reader, in its order. The reader's own line for money carried beyond
// the last year gives way to the first, which says the amount in the currency.
std::vector<NoticeLine> deckNotices(const TrackerModel& model,
                                    const std::vector<LayoutProblem>& readerNotices,
                                    std::string_view currency, Language language);

} // namespace condtrack
