#include "functions/function_table.hpp"

#include "text/strings.hpp"

namespace condtrack {

namespace {

const ArgumentInfo kHolidays{"holidays", STR_ARG_HOLIDAYS, STR_ARG_HOLIDAYS_HELP, true};
const ArgumentInfo kRoll{"roll", STR_ARG_ROLL, STR_ARG_ROLL_HELP, true};
const ArgumentInfo kFirst{"first", STR_ARG_FIRST, STR_ARG_FIRST_HELP, false};
const ArgumentInfo kMonths{"months", STR_ARG_MONTHS, STR_ARG_MONTHS_HELP, false};
const ArgumentInfo kDue{"due", STR_ARG_DUE, STR_ARG_DUE_HELP, false};
const ArgumentInfo kDone{"done", STR_ARG_DONE, STR_ARG_DONE_HELP, true};
const ArgumentInfo kAsOf{"asOf", STR_ARG_AS_OF, STR_ARG_AS_OF_HELP, true};
const ArgumentInfo kCeiling{"ceiling", STR_ARG_CEILING, STR_ARG_CEILING_HELP, false};
const ArgumentInfo kWeights{"weights", STR_ARG_WEIGHTS, STR_ARG_WEIGHTS_HELP, false};
const ArgumentInfo kScores{"scores", STR_ARG_SCORES, STR_ARG_SCORES_HELP, false};
const ArgumentInfo kDecisions{"decisions", STR_ARG_DECISIONS, STR_ARG_DECISIONS_HELP, false};
const ArgumentInfo kEligible{"eligible", STR_ARG_ELIGIBLE, STR_ARG_ELIGIBLE_HELP, true};

const std::vector<FunctionInfo> kFunctions{
    {"score",
     "COND.SCORE",
     Category::AddIn,
     STR_FN_SCORE,
     {{"actual", STR_ARG_ACTUAL, STR_ARG_ACTUAL_HELP, false},
      {"baseline", STR_ARG_BASELINE, STR_ARG_BASELINE_HELP, false},
      {"target", STR_ARG_TARGET, STR_ARG_TARGET_HELP, false},
      {"method", STR_ARG_METHOD, STR_ARG_METHOD_HELP, true},
      {"threshold", STR_ARG_THRESHOLD, STR_ARG_THRESHOLD_HELP, true}},
     false},
    {"status",
     "COND.STATUS",
     Category::AddIn,
     STR_FN_STATUS,
     {{"score", STR_ARG_SCORE, STR_ARG_SCORE_HELP, false},
      {"partialFrom", STR_ARG_PARTIAL_FROM, STR_ARG_PARTIAL_FROM_HELP, true}},
     false},
    {"tranche",
     "COND.TRANCHE",
     Category::Financial,
     STR_FN_TRANCHE,
     {kCeiling,
      kWeights,
      kScores,
      {"decisions", STR_ARG_DECISIONS, STR_ARG_DECISIONS_OPTIONAL_HELP, true},
      {"rule", STR_ARG_RULE, STR_ARG_RULE_HELP, true},
      kEligible,
      {"bands", STR_ARG_BANDS, STR_ARG_BANDS_HELP, true}},
     false},
    {"transfer",
     "COND.TRANSFER",
     Category::Financial,
     STR_FN_TRANSFER,
     {kCeiling, kWeights, {"decisions", STR_ARG_DECISIONS, STR_ARG_DECISIONS_TRANSFER_HELP, false}},
     false},
    {"held",
     "COND.HELD",
     Category::Financial,
     STR_FN_HELD,
     {kCeiling, kWeights, kScores, kDecisions, kEligible},
     false},
    {"released",
     "COND.RELEASED",
     Category::Financial,
     STR_FN_RELEASED,
     {kCeiling,
      kWeights,
      kScores,
      kDecisions,
      {"rescores", STR_ARG_RESCORES, STR_ARG_RESCORES_HELP, false},
      {"eligible", STR_ARG_ELIGIBLE, STR_ARG_ELIGIBLE_RELEASED_HELP, true}},
     false},
    {"bands",
     "COND.BANDS",
     Category::Financial,
     STR_FN_BANDS,
     {{"total", STR_ARG_TOTAL, STR_ARG_TOTAL_HELP, false},
      {"lowerBounds", STR_ARG_LOWER_BOUNDS, STR_ARG_LOWER_BOUNDS_HELP, false},
      {"shares", STR_ARG_SHARES, STR_ARG_SHARES_HELP, false}},
     false},
    {"dli",
     "COND.DLI",
     Category::Financial,
     STR_FN_DLI,
     {{"unitValue", STR_ARG_UNIT_VALUE, STR_ARG_UNIT_VALUE_HELP, false},
      {"reported", STR_ARG_REPORTED, STR_ARG_REPORTED_HELP, false},
      {"verified", STR_ARG_VERIFIED, STR_ARG_VERIFIED_HELP, false},
      {"allocation", STR_ARG_ALLOCATION, STR_ARG_ALLOCATION_HELP, false},
      {"paidToDate", STR_ARG_PAID_TO_DATE, STR_ARG_PAID_TO_DATE_HELP, true},
      {"minRatio", STR_ARG_MIN_RATIO, STR_ARG_MIN_RATIO_HELP, true}},
     false},
    {"nextReview",
     "COND.NEXTREVIEW",
     Category::DateTime,
     STR_FN_NEXTREVIEW,
     {kFirst, kMonths, kAsOf, kHolidays, kRoll},
     true},
    {"schedule",
     "COND.SCHEDULE",
     Category::DateTime,
     STR_FN_SCHEDULE,
     {kFirst, kMonths, {"count", STR_ARG_COUNT, STR_ARG_COUNT_HELP, false}, kHolidays, kRoll},
     true},
    {"milestone",
     "COND.MILESTONE",
     Category::DateTime,
     STR_FN_MILESTONE,
     {kDue, kDone, kAsOf, {"warnDays", STR_ARG_WARN_DAYS, STR_ARG_WARN_DAYS_HELP, true}},
     true},
    {"daysLate", "COND.DAYSLATE", Category::DateTime, STR_FN_DAYSLATE, {kDue, kDone, kAsOf}, true},
    {"verifyLog",
     "COND.VERIFYLOG",
     Category::AddIn,
     STR_FN_VERIFYLOG,
     {{"log", STR_ARG_LOG_RANGE, STR_ARG_LOG_RANGE_HELP, false}},
     false},
    {"version", "COND.VERSION", Category::AddIn, STR_FN_VERSION, {}, false},
};

} // namespace

std::string_view programmaticName(Category category) {
    switch (category) {
    case Category::DateTime: return "Date&Time";
    case Category::Financial: return "Financial";
    case Category::AddIn: return "Add-In";
    }
    return "Add-In";
}

std::string_view displayName(Category category, Language language) {
    switch (category) {
    case Category::DateTime: return tr(STR_CATEGORY_DATETIME, language);
    case Category::Financial: return tr(STR_CATEGORY_FINANCIAL, language);
    case Category::AddIn: return tr(STR_CATEGORY_ADDIN, language);
    }
    return tr(STR_CATEGORY_ADDIN, language);
}

const std::vector<FunctionInfo>& functionTable() {
    return kFunctions;
}

const FunctionInfo* findFunction(std::string_view method) {
    for (const auto& function : kFunctions)
        if (function.method == method) return &function;
    return nullptr;
}

const ArgumentInfo* argumentAt(const FunctionInfo& function, int idlPosition) {
    const int index = function.hasCaller ? idlPosition - 1 : idlPosition;
    if (index < 0 || index >= static_cast<int>(function.arguments.size())) return nullptr;
    return &function.arguments[static_cast<std::size_t>(index)];
}

} // namespace condtrack
