#include "tracker/layout.hpp"

namespace condtrack::layout {

std::string inLanguage(TranslateId text, Language language) {
    return std::string(tr(text, language));
}

TranslateId sheetName(Sheet sheet) {
    switch (sheet) {
    case Sheet::Indicators: return STR_SHEET_INDICATORS;
    case Sheet::Tranches: return STR_SHEET_TRANCHES;
    case Sheet::Milestones: return STR_SHEET_MILESTONES;
    case Sheet::Reviews: return STR_SHEET_REVIEWS;
    case Sheet::Log: return STR_SHEET_LOG;
    case Sheet::Programme: return STR_SHEET_PROGRAMME;
    }
    return STR_SHEET_INDICATORS;
}

const std::array<TranslateId, kIndicatorFixedColumns> kIndicatorHeaders{{
    STR_COL_ID,
    STR_COL_TITLE,
    STR_COL_POLICY_AREA,
    STR_COL_WEIGHT,
    STR_COL_METHOD,
    STR_COL_THRESHOLD,
    STR_COL_BASELINE,
}};

const std::array<TranslateId, kIndicatorYearColumns> kYearBlockHeaders{{
    STR_COL_TARGET,
    STR_COL_ACTUAL,
    STR_COL_EVIDENCE,
    STR_COL_WAIVED,
    STR_COL_SCORE,
    STR_COL_STATUS,
}};

const std::array<TranslateId, kTrancheColumns> kTrancheHeaders{{
    STR_COL_YEAR,
    STR_COL_TYPE,
    STR_COL_CEILING,
    STR_COL_GENERAL_MET,
    STR_COL_GATING,
    STR_COL_ELIGIBLE,
    STR_COL_WAIVER_RULE,
    STR_COL_COMPUTED,
    STR_COL_TRANSFERRED,
    STR_COL_DISBURSED,
    STR_COL_DISBURSED_ON,
    STR_COL_DEADLINE,
}};

const std::array<TranslateId, kMilestoneColumns> kMilestoneHeaders{{
    STR_COL_ID,
    STR_COL_MILESTONE,
    STR_COL_INDICATOR,
    STR_COL_TRANCHE_YEAR,
    STR_COL_DUE,
    STR_COL_DONE,
    STR_COL_STATUS,
    STR_COL_DAYS_LATE,
}};

const std::array<TranslateId, kReviewColumns> kReviewHeaders{{
    STR_COL_FIRST_REVIEW,
    STR_COL_MONTHS,
    STR_COL_ROLL,
    STR_COL_HOLIDAYS,
    STR_COL_NEXT_REVIEW,
}};

const std::array<TranslateId, kYearColumns> kYearHeaders{{
    STR_COL_YEAR,
    STR_COL_REVIEW_DATE,
    STR_COL_STATE,
    STR_COL_CLOSED_ON,
    STR_COL_NOTES,
}};

const std::array<TranslateId, kLogColumns> kLogHeaders{{
    STR_COL_TIMESTAMP,
    STR_COL_USER,
    STR_COL_INDICATOR,
    STR_COL_YEAR,
    STR_COL_FIELD,
    STR_COL_OLD_VALUE,
    STR_COL_NEW_VALUE,
    STR_COL_REASON,
    STR_COL_APPROVER,
    STR_COL_HASH,
}};

const std::array<TranslateId, kHeaderColumns> kProgrammeHeaders{{
    STR_COL_FIELD,
    STR_COL_VALUE,
}};

namespace {

template <std::size_t N> std::vector<TranslateId> list(const std::array<TranslateId, N>& headers) {
    return {headers.begin(), headers.end()};
}

} // namespace

const std::vector<RangeLayout>& ranges() {
    static const std::vector<RangeLayout> all{
        {kIndicators, Sheet::Indicators, kIndicatorHeaderRows, list(kIndicatorHeaders), true},
        {kTranches, Sheet::Tranches, kTableHeaderRows, list(kTrancheHeaders)},
        {kMilestones, Sheet::Milestones, kTableHeaderRows, list(kMilestoneHeaders)},
        {kReviews, Sheet::Reviews, kTableHeaderRows, list(kReviewHeaders)},
        {kYears, Sheet::Reviews, kTableHeaderRows, list(kYearHeaders)},
        {kLog, Sheet::Log, kTableHeaderRows, list(kLogHeaders)},
        {kHeader, Sheet::Programme, kTableHeaderRows, list(kProgrammeHeaders)},
    };
    return all;
}

} // namespace condtrack::layout

namespace condtrack::layout::v2 {

TranslateId sheetName(Sheet sheet) {
    switch (sheet) {
    case Sheet::Indicators: return STR_SHEET_INDICATORS;
    case Sheet::Tranches: return STR_SHEET_TRANCHES;
    case Sheet::Conditions: return STR_SHEET_CONDITIONS;
    case Sheet::Milestones: return STR_SHEET_MILESTONES;
    case Sheet::Reviews: return STR_SHEET_REVIEWS;
    case Sheet::Log: return STR_SHEET_LOG;
    case Sheet::Programme: return STR_SHEET_PROGRAMME;
    }
    return STR_SHEET_INDICATORS;
}

const std::array<TranslateId, kIndicatorFixedColumns> kIndicatorHeaders{{
    STR_COL_ID,
    STR_COL_TITLE,
    STR_COL_POLICY_AREA,
    STR_COL_COMPONENT,
    STR_COL_METHOD,
    STR_COL_THRESHOLD,
    STR_COL_BASELINE,
}};

const std::array<TranslateId, kIndicatorYearColumns> kYearBlockHeaders{{
    STR_COL_TARGET,
    STR_COL_WEIGHT,
    STR_COL_ACTUAL,
    STR_COL_EVIDENCE,
    STR_COL_DECISION,
    STR_COL_REQUESTED_ON,
    STR_COL_APPROVED_ON,
    STR_COL_APPROVAL_REF,
    STR_COL_SCORE,
    STR_COL_STATUS,
}};

const std::array<TranslateId, kTrancheColumns> kTrancheHeaders{{
    STR_COL_YEAR,
    STR_COL_TYPE,
    STR_COL_COMPONENT,
    STR_COL_BASE_CEILING,
    STR_COL_CARRIED_IN,
    STR_COL_CEILING,
    STR_COL_PAYOUT,
    STR_COL_ELIGIBLE,
    STR_COL_COMPUTED,
    STR_COL_TRANSFERRED,
    STR_COL_HELD,
    STR_COL_RELEASED,
    STR_COL_PAYABLE,
    STR_COL_DISBURSED,
    STR_COL_DISBURSED_ON,
    STR_COL_DEADLINE,
}};

const std::array<TranslateId, kBandColumns> kBandHeaders{{
    STR_COL_TRANCHE,
    STR_COL_LOWER_BOUND,
    STR_COL_SHARE,
}};

const std::array<TranslateId, kConditionFixedColumns> kConditionHeaders{{
    STR_COL_ID,
    STR_COL_CONDITION,
    STR_COL_KIND,
    STR_COL_TRANCHE,
}};

const std::array<TranslateId, kConditionYearColumns> kConditionBlockHeaders{{
    STR_COL_VERDICT,
    STR_COL_EVIDENCE,
    STR_COL_CONDITION_NOTES,
}};

const std::array<TranslateId, kGeneralConditions> kGeneralConditionTexts{{
    STR_GC_PUBLIC_POLICY,
    STR_GC_MACROECONOMIC,
    STR_GC_PFM,
    STR_GC_TRANSPARENCY,
}};

namespace {

template <std::size_t N> std::vector<TranslateId> list(const std::array<TranslateId, N>& headers) {
    return {headers.begin(), headers.end()};
}

} // namespace

const std::vector<RangeLayout>& ranges() {
    static const std::vector<RangeLayout> all{
        {kIndicators, Sheet::Indicators, kIndicatorHeaderRows, list(kIndicatorHeaders),
         list(kYearBlockHeaders)},
        {kTranches, Sheet::Tranches, kTableHeaderRows, list(kTrancheHeaders), {}},
        {kBands, Sheet::Tranches, kTableHeaderRows, list(kBandHeaders), {}, kBandsFirstColumn},
        {kConditions, Sheet::Conditions, kConditionHeaderRows, list(kConditionHeaders),
         list(kConditionBlockHeaders)},
        {kMilestones, Sheet::Milestones, kTableHeaderRows, list(layout::kMilestoneHeaders), {}},
        {kReviews, Sheet::Reviews, kTableHeaderRows, list(layout::kReviewHeaders), {}},
        {kYears, Sheet::Reviews, kTableHeaderRows, list(layout::kYearHeaders), {}},
        {kLog, Sheet::Log, kTableHeaderRows, list(layout::kLogHeaders), {}},
        {kHeader, Sheet::Programme, kTableHeaderRows, list(layout::kProgrammeHeaders), {}},
    };
    return all;
}

} // namespace condtrack::layout::v2
