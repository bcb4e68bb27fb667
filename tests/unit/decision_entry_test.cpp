// Record decision: what the command writes into a year block and logs.

#include "tracker/decision_entry.hpp"
#include "tracker/layout.hpp"
#include "tracker/year_entry.hpp"
#include "v2_model_builder.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

const Stamp kStamp{"Awa Traoré", "2019-05-03T09:30:00Z", Date(2019, 5, 3)};

// The column of a field of the 2019 block (the second year).
int col2019(int field) {
    return layout::v2::yearBlockStart(1) + field;
}

const CellWrite* writeAt(const ChangePlan& plan, int row, int col) {
    for (const auto& w : plan.writes)
        if (w.row == row && w.col == col) return &w;
    return nullptr;
}

DecisionRequest request(std::string indicator, int year, std::string decision) {
    DecisionRequest r;
    r.indicator = std::move(indicator);
    r.year = year;
    r.decision = std::move(decision);
    return r;
}

Refusal::Kind refusalOf(const TrackerModel& model, const DecisionRequest& r) {
    const auto result = planDecision(model, r, kStamp);
    EXPECT_FALSE(result.plan);
    return result.refusal ? result.refusal->kind : Refusal::Kind::NothingToRecord;
}

} // namespace

// SIGRH, not met in 2019, reallocated (option A) on the Commission's approval.
TEST(RecordDecision, WritesDecisionDatesAndReferenceWithOneLogRowEach) {
    const auto m = test::v2MaliModel();
    auto r = request("IND-13", 2019, "A");
    r.requestedOn = std::optional<Date>(Date(2019, 4, 15));
    r.approvedOn = std::optional<Date>(Date(2019, 5, 2));
    r.approvalRef = "Ares(2019)2871";
    const auto result = planDecision(m, r, kStamp);
    ASSERT_TRUE(result.plan) << static_cast<int>(result.refusal->kind);
    const int row = m.findIndicator("IND-13")->sheetRow;
    const auto& plan = *result.plan;
    ASSERT_EQ(plan.writes.size(), 4u);
    EXPECT_EQ(std::get<std::string>(writeAt(plan, row, col2019(layout::v2::Decision))->value),
              "reallocate");
    EXPECT_EQ(std::get<double>(writeAt(plan, row, col2019(layout::v2::RequestedOn))->value),
              43570.0); // 2019-04-15
    EXPECT_EQ(std::get<double>(writeAt(plan, row, col2019(layout::v2::ApprovedOn))->value),
              43587.0); // 2019-05-02
    EXPECT_EQ(std::get<std::string>(writeAt(plan, row, col2019(layout::v2::ApprovalRef))->value),
              "Ares(2019)2871");
    ASSERT_EQ(plan.log.size(), 4u);
    EXPECT_EQ(plan.log[0].field, "decision");
    EXPECT_EQ(plan.log[0].oldValue, "");
    EXPECT_EQ(plan.log[0].newValue, "reallocate");
    EXPECT_EQ(plan.log[1].field, "requested on");
    EXPECT_EQ(plan.log[1].newValue, "2019-04-15");
    EXPECT_EQ(plan.log[2].field, "approved on");
    EXPECT_EQ(plan.log[2].newValue, "2019-05-02");
    EXPECT_EQ(plan.log[3].field, "approval ref");
    for (const auto& entry : plan.log) {
        EXPECT_EQ(entry.indicator, "IND-13");
        EXPECT_EQ(entry.year, 2019);
        EXPECT_EQ(entry.user, "Awa Traoré");
    }
}

TEST(RecordDecision, AcceptsLettersFrenchAndPortugueseWordsAnyCase) {
    const auto m = test::v2MaliModel();
    const int row = m.findIndicator("IND-12")->sheetRow;
    for (const auto& [typed, stored] :
         {std::pair{"a", "reallocate"}, std::pair{"Réaffecter", "reallocate"},
          std::pair{"TRANSFERIR", "transfer"}, std::pair{"B", "transfer"},
          std::pair{"réévaluer", "reassess"}, std::pair{"reavaliar", "reassess"}}) {
        const auto result = planDecision(m, request("IND-12", 2019, typed), kStamp);
        ASSERT_TRUE(result.plan) << typed;
        EXPECT_EQ(
            std::get<std::string>(writeAt(*result.plan, row, col2019(layout::v2::Decision))->value),
            stored)
            << typed;
    }
}

TEST(RecordDecision, UnknownDecisionIsRefused) {
    const auto m = test::v2MaliModel();
    EXPECT_EQ(refusalOf(m, request("IND-13", 2019, "postpone")), Refusal::Kind::UnknownDecision);
    // Version 1's waived flag is no decision.
    EXPECT_EQ(refusalOf(m, request("IND-13", 2019, "waived")), Refusal::Kind::UnknownDecision);
}

TEST(RecordDecision, UnknownIndicatorOrYearIsRefused) {
    const auto m = test::v2MaliModel();
    EXPECT_EQ(refusalOf(m, request("IND-99", 2019, "A")), Refusal::Kind::UnknownIndicator);
    EXPECT_EQ(refusalOf(m, request("IND-13", 2030, "A")), Refusal::Kind::UnknownYear);
}

TEST(RecordDecision, ReassessingAnIndicatorThatScoresOneIsRefusedByName) {
    const auto m = test::v2MaliModel(); // IND-01 is met in 2019
    const auto result = planDecision(m, request("IND-01", 2019, "reassess"), kStamp);
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->kind, Refusal::Kind::NothingToReassess);
    EXPECT_EQ(result.refusal->detail, "IND-01");
    // A partial one (0.5) may be reassessed next year.
    EXPECT_TRUE(planDecision(m, request("IND-09", 2019, "C"), kStamp).plan);
}

TEST(RecordDecision, ApprovalBeforeTheRequestIsRefused) {
    auto m = test::v2MaliModel();
    auto r = request("IND-13", 2019, "B");
    r.requestedOn = std::optional<Date>(Date(2019, 5, 2));
    r.approvedOn = std::optional<Date>(Date(2019, 4, 15));
    const auto result = planDecision(m, r, kStamp);
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->kind, Refusal::Kind::ApprovalBeforeRequest);
    EXPECT_EQ(result.refusal->detail, "2019-04-15");
    // Against the request date already on the sheet, too.
    m.indicators.back().years[1].requestedOn = Date(2019, 5, 2);
    DecisionRequest approvalOnly;
    approvalOnly.indicator = "IND-13";
    approvalOnly.year = 2019;
    approvalOnly.approvedOn = std::optional<Date>(Date(2019, 4, 15));
    EXPECT_EQ(refusalOf(m, approvalOnly), Refusal::Kind::ApprovalBeforeRequest);
}

TEST(RecordDecision, VersionOneTrackerIsRefusedUntilUpgraded) {
    auto m = test::v2MaliModel();
    m.layoutVersion = 1;
    const auto result = planDecision(m, request("IND-13", 2019, "A"), kStamp);
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->kind, Refusal::Kind::NeedsUpgrade);
    EXPECT_EQ(result.refusal->detail, "1");
}

TEST(RecordDecision, ClosedYearNeedsAReasonAndIsReopenedOnTheRecord) {
    const auto m = test::v2MaliModel(); // 2018 is closed
    auto r = request("IND-13", 2018, "transfer");
    EXPECT_EQ(refusalOf(m, r), Refusal::Kind::ReasonNeeded);
    r.reason = "approval received after the review";
    const auto result = planDecision(m, r, kStamp);
    ASSERT_TRUE(result.plan);
    ASSERT_EQ(result.plan->log.size(), 2u);
    EXPECT_EQ(result.plan->log[0].field, "reopen");
    EXPECT_EQ(result.plan->log[0].reason, "approval received after the review");
    EXPECT_EQ(result.plan->log[1].field, "decision");
    EXPECT_EQ(result.plan->log[1].reason, "approval received after the review");
    const CellWrite* state =
        writeAt(*result.plan, m.years[0].sheetRow, m.yearsAt.firstCol + layout::year_col::State);
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(std::get<std::string>(state->value), "open");
}

TEST(RecordDecision, BlankDecisionAndDateEmptyTheirCells) {
    auto m = test::v2MaliModel();
    auto& sigrh = m.indicators.back().years[1];
    sigrh.decision = {Decision::Reallocate, false};
    sigrh.requestedOn = Date(2019, 4, 15);
    auto r = request("IND-13", 2019, "");
    r.requestedOn = std::optional<Date>();
    const auto result = planDecision(m, r, kStamp);
    ASSERT_TRUE(result.plan);
    const int row = m.indicators.back().sheetRow;
    EXPECT_TRUE(isBlank(writeAt(*result.plan, row, col2019(layout::v2::Decision))->value));
    EXPECT_TRUE(isBlank(writeAt(*result.plan, row, col2019(layout::v2::RequestedOn))->value));
    ASSERT_EQ(result.plan->log.size(), 2u);
    EXPECT_EQ(result.plan->log[0].oldValue, "reallocate");
    EXPECT_EQ(result.plan->log[0].newValue, "");
    EXPECT_EQ(result.plan->log[1].oldValue, "2019-04-15");
}

TEST(RecordDecision, UnchangedValuesRecordNothing) {
    auto m = test::v2MaliModel();
    m.indicators.back().years[1].decision = {Decision::Transfer, true};
    EXPECT_EQ(refusalOf(m, request("IND-13", 2019, "b")), Refusal::Kind::NothingToRecord);
}

TEST(RecordDecision, OnlyTheFieldsGivenAreWritten) {
    const auto m = test::v2MaliModel();
    DecisionRequest r;
    r.indicator = "IND-13";
    r.year = 2019;
    r.approvalRef = "Ares(2019)2871";
    const auto result = planDecision(m, r, kStamp);
    ASSERT_TRUE(result.plan);
    ASSERT_EQ(result.plan->writes.size(), 1u);
    EXPECT_EQ(result.plan->writes[0].col, col2019(layout::v2::ApprovalRef));
}

TEST(EntryDates, IsoDatesAreReadAndImpossibleDaysRefused) {
    EXPECT_EQ(parseIsoDate(" 2019-05-02 "), Date(2019, 5, 2));
    EXPECT_EQ(parseIsoDate("2020-02-29"), Date(2020, 2, 29));
    EXPECT_FALSE(parseIsoDate("2019-02-29"));
    EXPECT_FALSE(parseIsoDate("02/05/2019"));
    EXPECT_FALSE(parseIsoDate("2019-5-2"));
    EXPECT_FALSE(parseIsoDate(""));
    EXPECT_EQ(isoText(Date(2019, 5, 2)), "2019-05-02");
}
