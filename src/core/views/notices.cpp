#include "views/notices.hpp"

#include "sheet/workbook_plan.hpp"
#include "text/keys.hpp"
#include "text/strings.hpp"
#include "tracker/layout.hpp"
#include "tracker/programme_header.hpp"
#include "views/panels.hpp"

#include <algorithm>
#include <cmath>

namespace condtrack {

namespace {

constexpr const char* kNoBreakSpace = "\xC2\xA0";

std::string transferredCell(const TrackerModel& model, const Tranche& tranche) {
    return model.tranchesAt.sheet + "." +
           cellRef(tranche.sheetRow,
                   model.tranchesAt.firstCol + layout::v2::tranche_col::Transferred);
}

std::string heldCell(const TrackerModel& model, const Tranche& tranche) {
    return model.tranchesAt.sheet + "." +
           cellRef(tranche.sheetRow, model.tranchesAt.firstCol + layout::v2::tranche_col::Held);
}

// What the next year's variable tranche of the same component releases of
// `held`'s amount; nullopt when the tracker has no such year.
std::optional<Amount> releasedNextYear(const TrackerModel& model, const Tranche& held) {
    if (!model.yearIndex(held.year + 1)) return std::nullopt;
    Amount released = 0.0;
    for (const auto& next : model.tranches)
        if (next.year == held.year + 1 && next.type == TrancheType::Variable &&
            next.component == held.component)
            released += next.released;
    return released;
}

// Amounts the model says are carried beyond the last year or lost: the same
// rules as TrackerModel::carriedBeyond and TrackerModel::lost, tranche by tranche.
void moneyNotices(const TrackerModel& model, std::string_view currency, Language language,
                  std::vector<NoticeLine>& lines) {
    if (model.years.empty()) return;
    const int last = model.years.back().year;
    for (const auto& tranche : model.tranches) {
        if (tranche.year != last || !(tranche.transferred > 0.0)) continue;
        lines.push_back(
            {tr(STR_NOTICE_CARRIED_BEYOND, language,
                {formatMoney(tranche.transferred, currency, language), std::to_string(last)}),
             transferredCell(model, tranche), tranche.transferred});
    }
    for (const auto& tranche : model.tranches) {
        if (tranche.type != TrancheType::Variable || !(tranche.held > 0.0)) continue;
        const auto released = releasedNextYear(model, tranche);
        if (released && *released >= tranche.held) continue;
        const Amount lost = tranche.held - released.value_or(0.0);
        const std::string money = formatMoney(lost, currency, language);
        lines.push_back(
            {released
                 ? tr(STR_NOTICE_HELD_LOST, language,
                      {money, std::to_string(tranche.year), std::to_string(tranche.year + 1)})
                 : tr(STR_NOTICE_HELD_LAST_YEAR, language, {money, std::to_string(tranche.year)}),
             heldCell(model, tranche), lost});
    }
}

} // namespace

std::string formatMoney(double amount, std::string_view currency, Language language) {
    const std::string number = formatAmount(amount, language);
    if (currency.empty() || number.empty()) return number;
    // English writes the code first; French and Portuguese after the amount.
    if (language == Language::English) return std::string(currency) + " " + number;
    return number + kNoBreakSpace + std::string(currency);
}

std::string programmeCurrency(const RangeTable& header) {
    const auto row = static_cast<std::size_t>(headerRow(HeaderField::Currency));
    const auto col = static_cast<std::size_t>(layout::header_col::Value);
    const auto shape = header.cells.shape();
    if (row >= shape.rows || col >= shape.cols) return {};
    const auto* text = std::get_if<std::string>(&header.cells.at(row, col));
    return text ? trim(*text) : std::string();
}

std::vector<NoticeLine> deckNotices(const TrackerModel& model,
                                    const std::vector<LayoutProblem>& readerNotices,
                                    std::string_view currency, Language language) {
    std::vector<NoticeLine> lines;
    moneyNotices(model, currency, language, lines);
    for (const auto& notice : readerNotices) {
        const std::string where =
            notice.cell.empty() ? std::string() : notice.sheet + "." + notice.cell;
        const bool said = std::any_of(lines.begin(), lines.end(), [&](const NoticeLine& line) {
            return !where.empty() && line.where == where;
        });
        if (!said) lines.push_back({notice.why, where, 0.0});
    }
    return lines;
}

} // namespace condtrack
