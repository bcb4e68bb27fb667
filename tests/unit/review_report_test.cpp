// The review report's plan: sections, figures and charts for a year.

#include "report/review_report.hpp"
#include "rules/errors.hpp"
#include "tracker_builder.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

const Date kToday(2019, 6, 30);

std::vector<std::string> column(const PlannedSheet& sheet, int col) {
    std::vector<std::string> texts;
    for (const auto& cell : sheet.cells)
        if (cell.col == col && cell.kind == PlannedCell::Kind::Text) texts.push_back(cell.text);
    return texts;
}

bool has(const std::vector<std::string>& texts, const std::string& wanted) {
    return std::find(texts.begin(), texts.end(), wanted) != texts.end();
}

} // namespace

TEST(ReviewReport, OneSheetNamedForTheYearInEachLanguage) {
    const auto model = test::maliModel();
    EXPECT_EQ(reviewReportPlan(model, 2018, kToday, Language::English).sheets.at(0).name,
              "Review 2018");
    EXPECT_EQ(reviewReportPlan(model, 2018, kToday, Language::French).sheets.at(0).name,
              "Revue 2018");
    EXPECT_EQ(reviewReportPlan(model, 2018, kToday, Language::Portuguese).sheets.at(0).name,
              "Revisão 2018");
}

TEST(ReviewReport, PortugueseReportSpeaksPortuguese) {
    const auto plan = reviewReportPlan(test::maliModel(), 2018, kToday, Language::Portuguese);
    const auto titles = column(plan.sheets.at(0), 0);
    EXPECT_TRUE(has(titles, "Relatório de revisão, ano de apreciação 2018"));
    EXPECT_TRUE(has(titles, "Marcos em atraso"));
    EXPECT_EQ(plan.charts.at(0).title, "Teto e montante pago por ano");
}

TEST(ReviewReport, ListsEveryIndicatorWithItsStatusColour) {
    const auto plan = reviewReportPlan(test::maliModel(), 2018, kToday, Language::English);
    const auto& sheet = plan.sheets.at(0);
    const auto ids = column(sheet, 0);
    EXPECT_TRUE(has(ids, "IND-01"));
    EXPECT_TRUE(has(ids, "IND-13"));
    int bad = 0;
    for (const auto& cell : sheet.cells)
        if (cell.col == 7 && cell.style == CellStyle::Bad) ++bad;
    EXPECT_EQ(bad, 3); // not met: IND-11, IND-12 and SIGRH
}

TEST(ReviewReport, HasTwoChartsOverItsOwnTables) {
    const auto plan = reviewReportPlan(test::maliModel(), 2018, kToday, Language::English);
    ASSERT_EQ(plan.charts.size(), 2u);
    EXPECT_EQ(plan.charts[0].title, "Ceiling and paid per year");
    EXPECT_EQ(plan.charts[1].title, "Indicator statuses per year");
    for (const auto& chart : plan.charts) {
        EXPECT_LT(chart.firstRow, chart.lastRow);
        EXPECT_EQ(chart.sheet, 0);
    }
    EXPECT_EQ(plan.charts[1].lastCol - plan.charts[1].firstCol, 4); // year + four statuses
}

TEST(ReviewReport, ShowsOverdueMilestones) {
    const auto plan =
        reviewReportPlan(test::maliModel(), 2019, Date(2019, 6, 30), Language::English);
    EXPECT_TRUE(has(column(plan.sheets.at(0), 0), "M-02"));
}

TEST(ReviewReport, UnknownYearIsAnInputError) {
    EXPECT_THROW(reviewReportPlan(test::maliModel(), 2030, kToday, Language::English),
                 InvalidArgument);
}

TEST(ReviewReport, AReassessedIndicatorIsPaidWhatItAchieved) {
    auto model = test::maliModel();
    for (auto& indicator : model.indicators)
        if (indicator.id == "IND-10") indicator.years.at(0).decision = {Decision::Reassess, true};
    const auto plan = reviewReportPlan(model, 2018, kToday, Language::English);
    // The contributions table: IND-10's row carries its paid amount in column 4.
    std::vector<int> rows;
    for (const auto& cell : plan.sheets.at(0).cells)
        if (cell.col == 0 && cell.kind == PlannedCell::Kind::Text && cell.text == "IND-10")
            rows.push_back(cell.row);
    std::optional<double> paid;
    for (const auto& cell : plan.sheets.at(0).cells)
        if (cell.col == 4 && cell.kind == PlannedCell::Kind::Number &&
            cell.style == CellStyle::Money && std::count(rows.begin(), rows.end(), cell.row))
            paid = cell.number;
    ASSERT_TRUE(paid.has_value());
    EXPECT_NEAR(*paid, 14'000'000.0 / 13 * 0.5, 0.01); // 538,461.54: half its share
}
