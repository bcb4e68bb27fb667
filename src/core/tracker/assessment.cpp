#include "tracker/assessment.hpp"

#include "tracker/layout.hpp"

namespace condtrack {

namespace {

constexpr const char* kOpen = "open";
constexpr const char* kClosed = "closed";

double serialOf(Date date) {
    return static_cast<double>((date - Date(1899, 12, 30)).days());
}

LogEntry entry(const Stamp& stamp, std::string indicator, int year, std::string field,
               std::string oldValue, std::string newValue, std::string reason,
               std::string approver) {
    return {stamp.timestampUtc, stamp.user,          std::move(indicator), year,
            std::move(field),   std::move(oldValue), std::move(newValue),  std::move(reason),
            std::move(approver)};
}

// The State and Closed-on cells of a year's row in the years range.
void setYearState(const TrackerModel& model, const TrackerYear& year, bool closed, Date today,
                  ChangePlan& plan) {
    const int col = model.yearsAt.firstCol;
    plan.writes.push_back({model.yearsAt.sheet, year.sheetRow, col + layout::year_col::State,
                           Cell{std::string(closed ? kClosed : kOpen)}});
    plan.writes.push_back({model.yearsAt.sheet, year.sheetRow, col + layout::year_col::ClosedOn,
                           closed ? Cell{serialOf(today)} : Cell{Blank{}}});
}

const TrackerYear* findYear(const TrackerModel& model, int year) {
    for (const auto& y : model.years)
        if (y.year == year) return &y;
    return nullptr;
}

} // namespace

std::string valueText(const std::optional<double>& value) {
    return value ? canonicalNumber(*value) : std::string();
}

PlanResult planAssessment(const TrackerModel& model, const AssessmentRequest& request,
                          const Stamp& stamp) {
    const Indicator* indicator = model.findIndicator(request.indicator);
    if (indicator == nullptr)
        return {std::nullopt, Refusal{Refusal::Kind::UnknownIndicator, request.indicator}};
    const auto index = model.yearIndex(request.year);
    const TrackerYear* year = findYear(model, request.year);
    if (!index || year == nullptr)
        return {std::nullopt, Refusal{Refusal::Kind::UnknownYear, std::to_string(request.year)}};
    if (year->closed && request.reopenReason.empty())
        return {std::nullopt, Refusal{Refusal::Kind::ReasonNeeded, std::to_string(request.year)}};

    const IndicatorYear& current = indicator->years.at(*index);
    // The year block's columns by the tracker's layout version.
    const bool v2 = model.layoutVersion >= layout::v2::kVersion;
    const int blockCol =
        model.indicatorsAt.firstCol + (v2 ? layout::v2::yearBlockStart(static_cast<int>(*index))
                                          : layout::yearBlockStart(static_cast<int>(*index)));
    const int actualCol = blockCol + (v2 ? int(layout::v2::Actual) : int(layout::Actual));
    const int evidenceCol = blockCol + (v2 ? int(layout::v2::Evidence) : int(layout::Evidence));
    ChangePlan plan;
    std::vector<LogEntry> changes;
    if (request.actual && *request.actual != current.actual) {
        const auto& value = *request.actual;
        plan.writes.push_back({model.indicatorsAt.sheet, indicator->sheetRow, actualCol,
                               value ? Cell{*value} : Cell{Blank{}}});
        changes.push_back(entry(stamp, indicator->id, request.year, "actual",
                                valueText(current.actual), valueText(value), request.comment,
                                request.approver));
    }
    if (request.evidence && *request.evidence != current.evidence) {
        plan.writes.push_back(
            {model.indicatorsAt.sheet, indicator->sheetRow, evidenceCol,
             request.evidence->empty() ? Cell{Blank{}} : Cell{*request.evidence}});
        changes.push_back(entry(stamp, indicator->id, request.year, "evidence", current.evidence,
                                *request.evidence, request.comment, request.approver));
    }
    if (changes.empty())
        return {std::nullopt, Refusal{Refusal::Kind::NothingToRecord, indicator->id}};
    if (year->closed) {
        // Recording into a reviewed year reopens it, on the record.
        plan.log.push_back(entry(stamp, indicator->id, request.year, "reopen", kClosed, kOpen,
                                 request.reopenReason, request.approver));
        setYearState(model, *year, false, stamp.today, plan);
    }
    plan.log.insert(plan.log.end(), changes.begin(), changes.end());
    return {plan, std::nullopt};
}

PlanResult planCloseReview(const TrackerModel& model, int year, const std::string& notes,
                           const Stamp& stamp) {
    const TrackerYear* found = findYear(model, year);
    if (found == nullptr)
        return {std::nullopt, Refusal{Refusal::Kind::UnknownYear, std::to_string(year)}};
    if (found->closed)
        return {std::nullopt, Refusal{Refusal::Kind::AlreadyClosed, std::to_string(year)}};
    ChangePlan plan;
    setYearState(model, *found, true, stamp.today, plan);
    plan.log.push_back(entry(stamp, "", year, "close", kOpen, kClosed, notes, ""));
    return {plan, std::nullopt};
}

LogAppend planLogAppend(const RangeTable& log, const std::vector<LogEntry>& entries) {
    const VerifyResult chain = verifyLog(log.cells);
    const Shape shape = log.cells.shape();
    // After the last row that holds anything (the header at least).
    int lastUsed = -1;
    for (std::size_t r = 0; r < shape.rows; ++r)
        for (std::size_t c = 0; c < shape.cols; ++c)
            if (!isBlank(log.cells.at(r, c))) lastUsed = static_cast<int>(r);
    // Chain to the last row's stored hash: on a broken chain, new rows still
    // chain to their predecessor and VERIFYLOG keeps pointing at the break.
    std::string previous = chain.lastHash;
    if (!chain.intact() && lastUsed >= 0 && shape.cols >= kLogColumnCount)
        if (const auto* hash = std::get_if<std::string>(
                &log.cells.at(static_cast<std::size_t>(lastUsed), kLogColumnCount - 1));
            hash != nullptr && isHash(*hash))
            previous = *hash;

    LogAppend append;
    int row = log.firstRow + lastUsed + 1;
    for (const auto& e : entries) {
        const auto cells = logRow(e, previous);
        for (std::size_t c = 0; c < cells.size(); ++c)
            append.writes.push_back({log.sheet, row, log.firstCol + static_cast<int>(c), cells[c]});
        previous = std::get<std::string>(cells.back());
        ++row;
    }
    append.newLastRow = std::max(row - 1, log.firstRow + static_cast<int>(shape.rows) - 1);
    return append;
}

} // namespace condtrack
