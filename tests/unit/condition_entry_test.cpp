// Record condition: what the command writes into the Conditions sheet and logs.

#include "tracker/condition_entry.hpp"
#include "tracker/layout.hpp"
#include "v2_model_builder.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

const Stamp kStamp{"Awa Traoré", "2019-03-20T09:30:00Z", Date(2019, 3, 20)};

// The column of a field of the 2019 block (the second year).
int col2019(int field) {
    return layout::v2::conditionBlockStart(1) + field;
}

const CellWrite* writeAt(const ChangePlan& plan, int row, int col) {
    for (const auto& w : plan.writes)
        if (w.row == row && w.col == col) return &w;
    return nullptr;
}

ConditionRequest request(std::string condition, int year, std::string verdict) {
    ConditionRequest r;
    r.condition = std::move(condition);
    r.year = year;
    r.verdict = std::move(verdict);
    return r;
}

Refusal::Kind refusalOf(const TrackerModel& model, const ConditionRequest& r) {
    const auto result = planCondition(model, r, kStamp);
    EXPECT_FALSE(result.plan);
    return result.refusal ? result.refusal->kind : Refusal::Kind::NothingToRecord;
}

} // namespace

TEST(RecordCondition, WritesVerdictEvidenceAndNotesWithOneLogRowEach) {
    const auto m = test::v2MaliModel();
    auto r = request("GC-1", 2019, "met");
    r.evidence = "https://example.org/pfm-report-2019.pdf";
    r.notes = "PFM reform on track";
    const auto result = planCondition(m, r, kStamp);
    ASSERT_TRUE(result.plan) << static_cast<int>(result.refusal->kind);
    const auto& plan = *result.plan;
    const int row = test::kConditionsFirstRow;
    ASSERT_EQ(plan.writes.size(), 3u);
    EXPECT_EQ(std::get<std::string>(writeAt(plan, row, col2019(layout::v2::Verdict))->value),
              "met");
    EXPECT_EQ(
        std::get<std::string>(writeAt(plan, row, col2019(layout::v2::ConditionEvidence))->value),
        "https://example.org/pfm-report-2019.pdf");
    EXPECT_EQ(std::get<std::string>(writeAt(plan, row, col2019(layout::v2::Notes))->value),
              "PFM reform on track");
    EXPECT_EQ(plan.writes[0].sheet, "Conditions");
    ASSERT_EQ(plan.log.size(), 3u);
    EXPECT_EQ(plan.log[0].field, "verdict");
    EXPECT_EQ(plan.log[0].indicator, "GC-1");
    EXPECT_EQ(plan.log[0].year, 2019);
    EXPECT_EQ(plan.log[0].oldValue, "");
    EXPECT_EQ(plan.log[0].newValue, "met");
    EXPECT_EQ(plan.log[1].field, "evidence");
    EXPECT_EQ(plan.log[2].field, "notes");
}

TEST(RecordCondition, FrenchAndPortugueseVerdictsAreStoredInEnglish) {
    const auto m = test::v2MaliModel();
    const int row = test::kConditionsFirstRow + 1; // SC-1
    for (const auto& [typed, stored] :
         {std::pair{"Rempli", "met"}, std::pair{"remplie", "met"}, std::pair{"CUMPRIDA", "met"},
          std::pair{"Not Met", "not met"}, std::pair{"non  remplie", "not met"},
          std::pair{"não cumprido", "not met"}, std::pair{"nao cumprida", "not met"}}) {
        const auto result = planCondition(m, request("SC-1", 2019, typed), kStamp);
        ASSERT_TRUE(result.plan) << typed;
        EXPECT_EQ(
            std::get<std::string>(writeAt(*result.plan, row, col2019(layout::v2::Verdict))->value),
            stored)
            << typed;
    }
}

TEST(RecordCondition, BlankVerdictEmptiesTheCell) {
    auto m = test::v2MaliModel();
    m.conditions[0].years[1].verdict = Verdict::NotMet;
    const auto result = planCondition(m, request("GC-1", 2019, " "), kStamp);
    ASSERT_TRUE(result.plan);
    EXPECT_TRUE(isBlank(
        writeAt(*result.plan, test::kConditionsFirstRow, col2019(layout::v2::Verdict))->value));
    EXPECT_EQ(result.plan->log.at(0).oldValue, "not met");
    EXPECT_EQ(result.plan->log.at(0).newValue, "");
}

TEST(RecordCondition, UnknownVerdictIsRefused) {
    const auto m = test::v2MaliModel();
    const auto result = planCondition(m, request("GC-1", 2019, "partly"), kStamp);
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->kind, Refusal::Kind::UnknownVerdict);
    EXPECT_EQ(result.refusal->detail, "partly");
}

TEST(RecordCondition, UnknownConditionOrYearIsRefused) {
    const auto m = test::v2MaliModel();
    EXPECT_EQ(refusalOf(m, request("GC-9", 2019, "met")), Refusal::Kind::UnknownCondition);
    EXPECT_EQ(refusalOf(m, request("GC-1", 2030, "met")), Refusal::Kind::UnknownYear);
}

TEST(RecordCondition, VersionOneTrackerIsRefusedUntilUpgraded) {
    auto m = test::v2MaliModel();
    m.layoutVersion = 1;
    EXPECT_EQ(refusalOf(m, request("GC-1", 2019, "met")), Refusal::Kind::NeedsUpgrade);
}

TEST(RecordCondition, ClosedYearNeedsAReasonAndIsReopenedOnTheRecord) {
    const auto m = test::v2MaliModel(); // 2018 is closed
    auto r = request("GC-1", 2018, "not met");
    EXPECT_EQ(refusalOf(m, r), Refusal::Kind::ReasonNeeded);
    r.reason = "audit found the budget law late";
    const auto result = planCondition(m, r, kStamp);
    ASSERT_TRUE(result.plan);
    ASSERT_EQ(result.plan->log.size(), 2u);
    EXPECT_EQ(result.plan->log[0].field, "reopen");
    EXPECT_EQ(result.plan->log[0].reason, "audit found the budget law late");
    EXPECT_EQ(result.plan->log[1].field, "verdict");
    const CellWrite* state =
        writeAt(*result.plan, m.years[0].sheetRow, m.yearsAt.firstCol + layout::year_col::State);
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(std::get<std::string>(state->value), "open");
}

TEST(RecordCondition, UnchangedValuesRecordNothing) {
    auto m = test::v2MaliModel();
    m.conditions[0].years[1].verdict = Verdict::Met;
    m.conditions[0].years[1].notes = "on track";
    auto r = request("GC-1", 2019, "rempli");
    r.notes = "on track";
    EXPECT_EQ(refusalOf(m, r), Refusal::Kind::NothingToRecord);
}
