// The review report's plan: sections, figures and charts for a year.

#include "report/review_report.hpp"
#include "rules/errors.hpp"
#include "tracker/programme_header.hpp"
#include "tracker_builder.hpp"
#include "v2_model_builder.hpp"

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

// The row whose column A reads `label` (the first one below `from`).
int rowOf(const PlannedSheet& sheet, const std::string& label, int from = 0) {
    int found = -1;
    for (const auto& cell : sheet.cells)
        if (cell.col == 0 && cell.kind == PlannedCell::Kind::Text && cell.text == label &&
            cell.row >= from && (found < 0 || cell.row < found))
            found = cell.row;
    return found;
}

const PlannedCell* cellAt(const PlannedSheet& sheet, int row, int col) {
    for (const auto& cell : sheet.cells)
        if (cell.row == row && cell.col == col) return &cell;
    return nullptr;
}

double serial(Date date) {
    return static_cast<double>((date - Date(1899, 12, 30)).days());
}

// The Mali case's 2019 variable tranche under layout version 2: SIGRH's 2018
// share (14 M / 13) carried in, IND-10's held half (14 M / 26) released.
TrackerModel v2WithTranche() {
    auto model = test::v2MaliModel();
    Tranche tranche;
    tranche.year = 2019;
    tranche.type = TrancheType::Variable;
    tranche.baseCeiling = 14'000'000.0;
    tranche.carriedIn = 1'076'923.08;
    tranche.ceiling = 15'076'923.08;
    tranche.eligible = true;
    tranche.computed = 12'177'514.79;
    tranche.released = 538'461.54;
    tranche.payable = 12'715'976.33;
    model.tranches.push_back(tranche);
    return model;
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
    // The contributions table: IND-10's row carries its paid amount in column 2.
    std::vector<int> rows;
    for (const auto& cell : plan.sheets.at(0).cells)
        if (cell.col == 0 && cell.kind == PlannedCell::Kind::Text && cell.text == "IND-10")
            rows.push_back(cell.row);
    std::optional<double> paid;
    for (const auto& cell : plan.sheets.at(0).cells)
        if (cell.col == 2 && cell.kind == PlannedCell::Kind::Number &&
            cell.style == CellStyle::Money && std::count(rows.begin(), rows.end(), cell.row))
            paid = cell.number;
    ASSERT_TRUE(paid.has_value());
    EXPECT_NEAR(*paid, 14'000'000.0 / 13 * 0.5, 0.01); // 538,461.54: half its share
}

TEST(ReviewReport, TranchesShowTheVersion2ComputationFromBaseCeilingToPayable) {
    const auto plan = reviewReportPlan(v2WithTranche(), 2019, kToday, Language::English,
                                       {"Mali State Building Contract", "EUR"});
    const auto& sheet = plan.sheets.at(0);
    const int table = rowOf(sheet, "Tranches");
    ASSERT_GE(table, 0);
    const auto figure = [&](const std::string& label) {
        const int row = rowOf(sheet, label, table);
        const PlannedCell* cell = row < 0 ? nullptr : cellAt(sheet, row, 1);
        EXPECT_TRUE(cell && cell->style == CellStyle::Money) << label;
        return cell ? cell->number : -1.0;
    };
    EXPECT_DOUBLE_EQ(figure("Base ceiling"), 14'000'000.0);
    EXPECT_DOUBLE_EQ(figure("Carried in"), 1'076'923.08);
    EXPECT_DOUBLE_EQ(figure("Ceiling"), 15'076'923.08);
    EXPECT_DOUBLE_EQ(figure("Computed amount"), 12'177'514.79);
    EXPECT_DOUBLE_EQ(figure("Transferred"), 0.0);
    EXPECT_DOUBLE_EQ(figure("Held"), 0.0);
    EXPECT_DOUBLE_EQ(figure("Released"), 538'461.54);
    EXPECT_DOUBLE_EQ(figure("Payable"), 12'715'976.33);
    EXPECT_EQ(plan.currency, "EUR"); // every Money cell shows it
}

TEST(ReviewReport, EachIndicatorShowsItsDecisionWithItsApprovalDate) {
    auto model = v2WithTranche();
    IndicatorYear& sigrh = model.indicators.at(12).years.at(1);
    sigrh.decision = {Decision::Transfer, true};
    sigrh.approvedOn = Date(2020, 3, 15);
    const auto plan = reviewReportPlan(model, 2019, kToday, Language::French);
    const auto& sheet = plan.sheets.at(0);
    const int row = rowOf(sheet, "IND-13");
    ASSERT_GE(row, 0);
    ASSERT_TRUE(cellAt(sheet, row, 8));
    EXPECT_EQ(cellAt(sheet, row, 8)->text, "transférer (B)");
    ASSERT_TRUE(cellAt(sheet, row, 9));
    EXPECT_EQ(cellAt(sheet, row, 9)->style, CellStyle::Date);
    EXPECT_DOUBLE_EQ(cellAt(sheet, row, 9)->number, serial(Date(2020, 3, 15)));
    EXPECT_EQ(cellAt(sheet, rowOf(sheet, "IND-01"), 8), nullptr); // no decision, no word
}

TEST(ReviewReport, GeneralAndSpecificConditionsWithTheirVerdictsForTheYear) {
    auto model = v2WithTranche();
    model.conditions.at(0).years.at(1).verdict = Verdict::Met;
    model.conditions.at(1).years.at(1).verdict = Verdict::NotMet;
    const auto plan = reviewReportPlan(model, 2019, kToday, Language::English);
    const auto& sheet = plan.sheets.at(0);
    const int general = rowOf(sheet, "GC-1"), specific = rowOf(sheet, "SC-1");
    ASSERT_GE(general, 0);
    ASSERT_EQ(specific, general + 1);
    EXPECT_EQ(cellAt(sheet, general, 2)->text, "all (general)");
    EXPECT_EQ(cellAt(sheet, general, 3)->text, "met");
    EXPECT_EQ(cellAt(sheet, general, 3)->style, CellStyle::Good);
    EXPECT_EQ(cellAt(sheet, specific, 2)->text, "2019 variable");
    EXPECT_EQ(cellAt(sheet, specific, 3)->text, "not met");
    EXPECT_EQ(cellAt(sheet, specific, 3)->style, CellStyle::Bad);
}

TEST(ReviewReport, HeadersOverNumbersAreRightAligned) {
    const auto plan = reviewReportPlan(test::maliModel(), 2018, kToday, Language::English);
    const auto& sheet = plan.sheets.at(0);
    const int header = rowOf(sheet, "IND-01") - 1;
    EXPECT_EQ(cellAt(sheet, header, 6)->text, "Score");
    EXPECT_EQ(cellAt(sheet, header, 6)->align, Align::Right);
    EXPECT_EQ(cellAt(sheet, header, 1)->text, "Indicator");
    EXPECT_EQ(cellAt(sheet, header, 1)->align, Align::Default);
}

TEST(ReviewReport, SectionTitlesAndNotesDoNotSizeColumnA) {
    const auto plan = reviewReportPlan(test::maliModel(), 2018, kToday, Language::English);
    for (const auto& cell : plan.sheets.at(0).cells)
        if (cell.col == 0 && cell.kind == PlannedCell::Kind::Text && cell.text.size() > 24) {
            EXPECT_TRUE(cell.spills || cell.style == CellStyle::Title) << cell.text;
        }
    EXPECT_GT(plan.sheets.at(0).maxColumnWidthMm.at(1), 0); // long indicator titles wrap
}

TEST(ReviewReport, PrintsOnA4LandscapeWithProgrammeYearAndCurrencyOnEveryPage) {
    const auto plan = reviewReportPlan(test::maliModel(), 2018, kToday, Language::French,
                                       {"Contrat d'appui", "EUR"});
    const auto& page = plan.sheets.at(0).page;
    ASSERT_TRUE(page.has_value());
    EXPECT_TRUE(page->landscape);
    EXPECT_EQ(page->pagesWide, 1);
    EXPECT_EQ(page->repeatedRows, 2);
    EXPECT_EQ(page->headerLeft, "Contrat d'appui");
    EXPECT_EQ(page->headerCentre, "Rapport de revue, année d'appréciation 2018");
    EXPECT_EQ(page->headerRight, "Montants en EUR");
    EXPECT_EQ(page->beforePage, "Page ");
    EXPECT_EQ(page->betweenPages, " sur ");
    EXPECT_EQ(page->afterPages, "");
}

TEST(ReviewReport, ProgrammeHeadingTakesTheTitleInTheReportsLanguageAndTheCurrency) {
    RangeTable header;
    header.cells = CellGrid(Shape{14, 2});
    const auto put = [&](HeaderField field, std::string text) {
        header.cells[static_cast<std::size_t>(headerRow(field)) * 2 + 1] = std::move(text);
    };
    put(HeaderField::TitleEnglish, "State Building Contract");
    put(HeaderField::TitleFrench, "Contrat d'appui à la consolidation de l'État");
    put(HeaderField::Currency, "XOF");
    EXPECT_EQ(programmeHeading(header, Language::French).name,
              "Contrat d'appui à la consolidation de l'État");
    EXPECT_EQ(programmeHeading(header, Language::Portuguese).name, "State Building Contract");
    EXPECT_EQ(programmeHeading(header, Language::English).currency, "XOF");
    put(HeaderField::Currency, "");
    EXPECT_EQ(programmeHeading(header, Language::English).currency, "EUR"); // New tracker's
}
