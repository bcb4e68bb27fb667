// Record assessment and Close review: what the commands write and log.

#include "tracker/assessment.hpp"
#include "tracker/reader.hpp"
#include "tracker_builder.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

const Stamp kStamp{"Awa Traoré", "2019-03-20T09:30:00Z", Date(2019, 3, 20)};

TrackerModel model() {
    return test::maliModel();
}

const CellWrite* writeAt(const ChangePlan& plan, int row, int col) {
    for (const auto& w : plan.writes)
        if (w.row == row && w.col == col) return &w;
    return nullptr;
}

} // namespace

TEST(RecordAssessment, WritesTheActualAndLogsOldAndNew) {
    const auto m = model();
    AssessmentRequest request{"IND-13",
                              2019,
                              std::optional<double>(40.0),
                              std::nullopt,
                              "second review",
                              "Head of cooperation",
                              ""};
    const auto result = planAssessment(m, request, kStamp);
    ASSERT_TRUE(result.plan) << static_cast<int>(result.refusal->kind);
    const Indicator& sigrh = *m.findIndicator("IND-13");
    const int actualCol = m.indicatorsAt.firstCol + 7 + 6 + 1; // 2019 block, Actual
    const CellWrite* write = writeAt(*result.plan, sigrh.sheetRow, actualCol);
    ASSERT_NE(write, nullptr);
    EXPECT_EQ(std::get<double>(write->value), 40.0);
    ASSERT_EQ(result.plan->log.size(), 1u);
    const LogEntry& entry = result.plan->log[0];
    EXPECT_EQ(entry.field, "actual");
    EXPECT_EQ(entry.indicator, "IND-13");
    EXPECT_EQ(entry.year, 2019);
    EXPECT_EQ(entry.newValue, "40");
    EXPECT_EQ(entry.user, "Awa Traoré");
    EXPECT_EQ(entry.approver, "Head of cooperation");
}

TEST(RecordAssessment, UnknownIndicatorOrYearIsRefused) {
    const auto m = model();
    AssessmentRequest request{"IND-99", 2019, std::optional<double>(1.0), {}, "", "", ""};
    EXPECT_EQ(planAssessment(m, request, kStamp).refusal->kind, Refusal::Kind::UnknownIndicator);
    request.indicator = "IND-13";
    request.year = 2030;
    EXPECT_EQ(planAssessment(m, request, kStamp).refusal->kind, Refusal::Kind::UnknownYear);
}

TEST(RecordAssessment, ClosedYearNeedsAReasonAndIsReopenedOnTheRecord) {
    const auto m = model(); // 2018 is closed in the builder's tracker
    ASSERT_TRUE(m.years[0].closed);
    AssessmentRequest request{"IND-13", 2018, std::optional<double>(10.0), {}, "fix", "", ""};
    EXPECT_EQ(planAssessment(m, request, kStamp).refusal->kind, Refusal::Kind::ReasonNeeded);
    request.reopenReason = "audit correction";
    const auto result = planAssessment(m, request, kStamp);
    ASSERT_TRUE(result.plan);
    ASSERT_EQ(result.plan->log.size(), 2u);
    EXPECT_EQ(result.plan->log[0].field, "reopen");
    EXPECT_EQ(result.plan->log[0].reason, "audit correction");
    EXPECT_EQ(result.plan->log[1].field, "actual");
    const CellWrite* state = writeAt(*result.plan, m.years[0].sheetRow, m.yearsAt.firstCol + 2);
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(std::get<std::string>(state->value), "open");
}

TEST(RecordAssessment, SameValueRecordsNothing) {
    const auto m = model();
    const auto& current = m.findIndicator("IND-01")->years[1];
    AssessmentRequest request{"IND-01", 2019, current.actual, {}, "", "", ""};
    EXPECT_EQ(planAssessment(m, request, kStamp).refusal->kind, Refusal::Kind::NothingToRecord);
}

TEST(CloseReview, MarksTheYearClosedWithTheDateAndLogsIt) {
    const auto m = model();
    const auto result = planCloseReview(m, 2019, "done", kStamp);
    ASSERT_TRUE(result.plan);
    EXPECT_EQ(result.plan->log.at(0).field, "close");
    const CellWrite* closedOn = writeAt(*result.plan, m.years[1].sheetRow, m.yearsAt.firstCol + 3);
    ASSERT_NE(closedOn, nullptr);
    EXPECT_EQ(std::get<double>(closedOn->value), 43544.0); // 2019-03-20
    EXPECT_EQ(planCloseReview(m, 2018, "", kStamp).refusal->kind, Refusal::Kind::AlreadyClosed);
}

TEST(LogAppend, AppendsBelowTheLastRowChainedFromItsHash) {
    RangeTable log{"CondTrack_Log", "Log", 0, 0, CellGrid(Shape{1, 10}, Cell{std::string("h")})};
    const LogEntry first{"2019-03-20T09:30:00Z", "u", "IND-13", 2019, "actual", "", "1", "", ""};
    const auto append = planLogAppend(log, {first, first});
    EXPECT_EQ(append.newLastRow, 2);
    ASSERT_EQ(append.writes.size(), 20u);
    EXPECT_EQ(append.writes[0].row, 1);
    const std::string firstHash = std::get<std::string>(append.writes[9].value);
    EXPECT_EQ(firstHash, chainHash(kGenesisHash, first));
    EXPECT_EQ(std::get<std::string>(append.writes[19].value), chainHash(firstHash, first));
}
