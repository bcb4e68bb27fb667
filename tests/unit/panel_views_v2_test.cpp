// The sidebar panels on a layout-version-2 tracker: decisions beside each
// indicator, the conditions of the year not yet assessed and the deck's
// notices. docs/rules.md, the Mali case: SIGRH's 2018 share transferred to
// 2019 (option B) and IND-10 re-assessed in 2019 (option C), both requested
// on 1 March 2019 and approved on 20 March 2019.

#include "tracker_builder.hpp"
#include "v2_model_builder.hpp"
#include "views/notices.hpp"
#include "views/panels.hpp"

#include <gtest/gtest.h>

using namespace condtrack;
using namespace condtrack::test;

namespace {

constexpr Language kEn = Language::English;
constexpr Language kFr = Language::French;
constexpr Language kPt = Language::Portuguese;
const std::string kNbsp = "\xC2\xA0";
const Date kRequested = Date(2019, 3, 1);
const Date kApproved = Date(2019, 3, 20);

// A copy: the view it comes from is often a temporary.
IndicatorRow rowOf(const IndicatorsView& view, const std::string& id) {
    for (const auto& row : view.rows)
        if (row.id == id) return row;
    throw std::out_of_range(id);
}

IndicatorYear& year2018(TrackerModel& model, const std::string& id) {
    for (auto& indicator : model.indicators)
        if (indicator.id == id) return indicator.years[0];
    throw std::out_of_range(id);
}

// A decision on an indicator's 2018 block, as the reader makes it: approved
// exactly when the approval date is set; an approved reallocation or transfer
// takes the share out of the payout.
void decide(TrackerModel& model, const std::string& id, Decision decision,
            std::optional<Date> requestedOn, std::optional<Date> approvedOn,
            std::string reference = "") {
    IndicatorYear& year = year2018(model, id);
    year.decision = {decision, approvedOn.has_value()};
    year.requestedOn = requestedOn;
    year.approvedOn = approvedOn;
    year.approvalRef = std::move(reference);
    const Decision effective = year.decision.effective();
    year.waived = effective == Decision::Reallocate || effective == Decision::Transfer;
}

Tranche variable(int year, int sheetRow) {
    Tranche tranche;
    tranche.year = year;
    tranche.type = TrancheType::Variable;
    tranche.baseCeiling = tranche.ceiling = 14'000'000.0;
    tranche.sheetRow = sheetRow;
    return tranche;
}

// The Mali tranches of 2018 and 2019 on the rows New tracker gives them
// (Tranches.A2 is the first tranche), with the example's amounts.
TrackerModel withTranches() {
    TrackerModel model = v2MaliModel();
    Tranche y2018 = variable(2018, 1);
    y2018.transferred = 1'076'923.08;
    y2018.held = 538'461.54;
    Tranche y2019 = variable(2019, 2);
    y2019.carriedIn = 1'076'923.08;
    y2019.released = 538'461.54;
    model.tranches = {y2018, y2019};
    return model;
}

RangeTable header(const std::string& currency) {
    RangeTable table;
    table.name = "CondTrack_Header";
    table.sheet = "Programme";
    std::vector<Cell> cells(14 * 2, Cell(Blank{}));
    cells[9 * 2] = Cell(std::string("Currency"));
    cells[9 * 2 + 1] = Cell(currency);
    table.cells = CellGrid(Shape{14, 2}, std::move(cells));
    return table;
}

} // namespace

// --- Decisions in the Indicators panel ---------------------------------------------

TEST(IndicatorsPanelV2, AnApprovedTransferShowsTransferredWithItsApprovalDate) {
    auto m = v2MaliModel();
    decide(m, "IND-13", Decision::Transfer, kRequested, kApproved);
    const auto sigrh = rowOf(indicatorsView(m, 2018, kEn), "IND-13");
    EXPECT_EQ(sigrh.statusWord, "transferred");
    EXPECT_EQ(sigrh.decisionText, "transfer approved 20 Mar 2019");
    EXPECT_TRUE(sigrh.decisionApproved);

    const auto french = rowOf(indicatorsView(m, 2018, kFr), "IND-13");
    EXPECT_EQ(french.statusWord, "transféré");
    EXPECT_EQ(french.decisionText, "transfert approuvé le 20 mars 2019");
    const auto portuguese = rowOf(indicatorsView(m, 2018, kPt), "IND-13");
    EXPECT_EQ(portuguese.statusWord, "transferido");
    EXPECT_EQ(portuguese.decisionText, "transferência aprovada em 20 mar. 2019");
}

TEST(IndicatorsPanelV2, AnApprovedTransferTakesTheShareOutOfTheTallyAsAWaiverDid) {
    auto m = v2MaliModel();
    decide(m, "IND-13", Decision::Transfer, kRequested, kApproved);
    const auto view = indicatorsView(m, 2018, kEn);
    // The mark (its colour) stays the waiver's; only the word says which decision.
    EXPECT_EQ(rowOf(view, "IND-13").mark, IndicatorMark::Waived);
    EXPECT_EQ(view.count(IndicatorMark::NotMet), 2); // IND-11 and IND-12; SIGRH moved on
    EXPECT_EQ(tallyText(view, kEn), "8 met · 2 partial · 2 not met · 0 pending");
}

TEST(IndicatorsPanelV2, AnApprovedReallocationShowsReallocatedWithItsReference) {
    auto m = v2MaliModel();
    decide(m, "IND-12", Decision::Reallocate, kRequested, kApproved, "Ares(2019)1234");
    const auto row = rowOf(indicatorsView(m, 2018, kEn), "IND-12");
    EXPECT_EQ(row.mark, IndicatorMark::Waived);
    EXPECT_EQ(row.statusWord, "reallocated");
    EXPECT_EQ(row.decisionText, "reallocation approved 20 Mar 2019 (Ares(2019)1234)");
    const auto french = rowOf(indicatorsView(m, 2018, kFr), "IND-12");
    EXPECT_EQ(french.statusWord, "réaffecté");
    EXPECT_EQ(french.decisionText, "réaffectation approuvée le 20 mars 2019 (Ares(2019)1234)");
}

TEST(IndicatorsPanelV2, ARequestedDecisionChangesNothingAndSaysRequested) {
    auto m = v2MaliModel();
    decide(m, "IND-13", Decision::Transfer, kRequested, std::nullopt);
    const auto view = indicatorsView(m, 2018, kEn);
    const auto sigrh = rowOf(view, "IND-13");
    EXPECT_EQ(sigrh.mark, IndicatorMark::NotMet);
    EXPECT_EQ(sigrh.statusWord, "not met");
    EXPECT_EQ(sigrh.scoreText, "0.0%");
    EXPECT_FALSE(sigrh.decisionApproved);
    EXPECT_EQ(sigrh.decisionText, "transfer requested 1 Mar 2019");
    EXPECT_EQ(tallyText(view, kEn), "8 met · 2 partial · 3 not met · 0 pending");
    EXPECT_EQ(rowOf(indicatorsView(m, 2018, kFr), "IND-13").decisionText,
              "transfert demandé le 1 mars 2019");
}

TEST(IndicatorsPanelV2, ADecisionWithoutDatesSaysRequested) {
    auto m = v2MaliModel();
    decide(m, "IND-11", Decision::Reallocate, std::nullopt, std::nullopt);
    const auto row = rowOf(indicatorsView(m, 2018, kEn), "IND-11");
    EXPECT_EQ(row.statusWord, "not met");
    EXPECT_EQ(row.decisionText, "reallocation requested");
}

TEST(IndicatorsPanelV2, AnApprovedReassessmentKeepsTheScoreWithTheDecisionBeside) {
    // IND-10 partly met: paid what it achieved, its unpaid half held.
    auto m = v2MaliModel();
    decide(m, "IND-10", Decision::Reassess, kRequested, kApproved);
    const auto row = rowOf(indicatorsView(m, 2018, kEn), "IND-10");
    EXPECT_EQ(row.mark, IndicatorMark::Partial);
    EXPECT_EQ(row.statusWord, "partial");
    EXPECT_EQ(row.scoreText, "50.0%");
    EXPECT_EQ(row.decisionText, "re-assessment approved 20 Mar 2019");
    EXPECT_EQ(rowOf(indicatorsView(m, 2018, kFr), "IND-10").decisionText,
              "réappréciation approuvée le 20 mars 2019");
}

TEST(IndicatorsPanelV2, AnIndicatorWithoutADecisionSaysNothingMore) {
    const auto row = rowOf(indicatorsView(v2MaliModel(), 2018, kEn), "IND-01");
    EXPECT_EQ(row.decision, Decision::None);
    EXPECT_EQ(row.statusWord, "met");
    EXPECT_EQ(row.decisionText, "");
}

TEST(IndicatorsPanelV2, AVersionOneWaiverStillShowsWaived) {
    // Version 1 reads a waiver as an approved decision under the tranche's rule.
    auto m = maliModel();
    IndicatorYear& sigrh = m.indicators.back().years[0];
    sigrh.waived = true;
    sigrh.decision = {Decision::Transfer, true};
    const auto row = rowOf(indicatorsView(m, 2018, kEn), "IND-13");
    EXPECT_EQ(row.mark, IndicatorMark::Waived);
    EXPECT_EQ(row.statusWord, "waived");
    EXPECT_EQ(row.decisionText, "");
}

// --- Conditions in the Calendar panel ------------------------------------------------

TEST(CalendarPanelV2, UnassessedConditionsOfTheYearAreListed) {
    // 2019: GC-1 and SC-1 (the 2019 variable tranche's) both blank.
    const auto view = calendarView(v2MaliModel(), 2019, kToday, kEn);
    EXPECT_EQ(view.year, 2019);
    ASSERT_EQ(view.unassessed.size(), 2u);
    EXPECT_EQ(view.unassessed[0].id, "GC-1");
    EXPECT_EQ(view.unassessed[0].name, "Condition GC-1");
    EXPECT_EQ(view.unassessed[0].kind, ConditionKind::General);
    EXPECT_EQ(view.unassessed[1].id, "SC-1");
    EXPECT_EQ(view.unassessed[1].kind, ConditionKind::Specific);
    EXPECT_EQ(view.unassessed[1].sheetRow, kConditionsFirstRow + 1);
}

TEST(CalendarPanelV2, AnAssessedConditionIsNoLongerListedWhetherMetOrNot) {
    auto m = v2MaliModel();
    m.conditions[0].years[1].verdict = Verdict::NotMet;
    auto view = calendarView(m, 2019, kToday, kEn);
    ASSERT_EQ(view.unassessed.size(), 1u);
    EXPECT_EQ(view.unassessed[0].id, "SC-1");
    m.conditions[1].years[1].verdict = Verdict::Met;
    EXPECT_TRUE(calendarView(m, 2019, kToday, kEn).unassessed.empty());
}

TEST(CalendarPanelV2, SpecificConditionsOfAnotherYearsTrancheAreNotListed) {
    // SC-1 gates the 2019 variable tranche: not a 2018 condition.
    const auto view = calendarView(v2MaliModel(), 2018, kToday, kEn);
    ASSERT_EQ(view.unassessed.size(), 1u);
    EXPECT_EQ(view.unassessed[0].id, "GC-1");
}

TEST(CalendarPanelV2, TheDefaultYearIsTheReviewUnderWay) {
    // 2018 is closed: the conditions listed are those of 2019.
    const auto view = calendarView(v2MaliModel(), kToday, kEn);
    EXPECT_EQ(view.year, 2019);
    EXPECT_EQ(view.unassessed.size(), 2u);
}

TEST(CalendarPanelV2, LongConditionNamesAreShortened) {
    auto m = v2MaliModel();
    m.conditions[0].text = "Satisfactory progress in the implementation of the national "
                           "public finance management reform programme";
    const auto view = calendarView(m, 2019, kToday, kEn);
    EXPECT_EQ(view.unassessed[0].name, "Satisfactory progress in the implementa\xE2\x80\xA6");
}

TEST(CalendarPanelV2, AVersionOneTrackerHasNoConditionsToList) {
    EXPECT_TRUE(calendarView(maliModel(), 2019, kToday, kEn).unassessed.empty());
}

// --- Notices -------------------------------------------------------------------------

TEST(DeckNotices, MoneyIsWrittenWithTheProgrammesCurrency) {
    EXPECT_EQ(formatMoney(1'076'923.08, "EUR", kEn), "EUR 1,076,923");
    EXPECT_EQ(formatMoney(1'076'923.08, "EUR", kFr),
              "1" + kNbsp + "076" + kNbsp + "923" + kNbsp + "EUR");
    EXPECT_EQ(formatMoney(538'461.54, "XOF", kPt), "538" + kNbsp + "462" + kNbsp + "XOF");
    EXPECT_EQ(formatMoney(538'461.54, "", kEn), "538,462");
}

TEST(DeckNotices, TheCurrencyIsTheProgrammeHeaders) {
    EXPECT_EQ(programmeCurrency(header(" EUR ")), "EUR");
    EXPECT_EQ(programmeCurrency(header("")), "");
    RangeTable tooShort;
    tooShort.cells = CellGrid(Shape{3, 2});
    EXPECT_EQ(programmeCurrency(tooShort), "");
}

TEST(DeckNotices, ATransferOutOfTheLastYearShowsAsANotice) {
    auto m = withTranches();
    m.tranches[1].transferred = 1'076'923.08; // 2019 is the tracker's last year
    m.tranches[1].released = 538'461.54;
    const auto lines = deckNotices(m, {}, "EUR", kEn);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].text, "EUR 1,076,923 transferred out of 2019, the tracker's last year: "
                             "no tranche receives it");
    EXPECT_EQ(lines[0].where, "Tranches.J3");
    EXPECT_DOUBLE_EQ(lines[0].amount, m.carriedBeyond());
    EXPECT_EQ(deckNotices(m, {}, "EUR", kFr)[0].text,
              "1" + kNbsp + "076" + kNbsp + "923" + kNbsp +
                  "EUR transféré hors de 2019, dernière année du suivi\u202F: aucune tranche "
                  "ne le reçoit");
}

TEST(DeckNotices, TheReadersOwnLineForTheSameCellIsNotRepeated) {
    auto m = withTranches();
    m.tranches[1].transferred = 1'076'923.08;
    const std::vector<LayoutProblem> read{
        {"Tranches", "J3", "1076923.08 transferred out of 2019, the tracker's last year: ..."}};
    const auto lines = deckNotices(m, read, "EUR", kEn);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].text.substr(0, 14), "EUR 1,076,923 ");
}

TEST(DeckNotices, AHeldAmountTheNextYearDoesNotReleaseIsLost) {
    auto m = withTranches();
    m.tranches[1].released = 0.0; // IND-10 failed its re-assessment in 2019
    const auto lines = deckNotices(m, {}, "EUR", kEn);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].text, "EUR 538,462 held in 2018 and not released in 2019: lost");
    EXPECT_EQ(lines[0].where, "Tranches.K2");
    EXPECT_DOUBLE_EQ(lines[0].amount, m.lost());
}

TEST(DeckNotices, APartReleaseLosesTheRest) {
    auto m = withTranches();
    m.tranches[1].released = 138'461.54;
    const auto lines = deckNotices(m, {}, "EUR", kEn);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NEAR(lines[0].amount, 400'000.0, 1e-6);
    EXPECT_EQ(lines[0].text, "EUR 400,000 held in 2018 and not released in 2019: lost");
}

TEST(DeckNotices, AHeldAmountReleasedInFullIsNoNotice) {
    // The example: IND-10 meets its 2018 target in 2019, the held half is released.
    EXPECT_TRUE(deckNotices(withTranches(), {}, "EUR", kEn).empty());
}

TEST(DeckNotices, MoneyHeldInTheLastYearHasNoYearToBeReleasedIn) {
    auto m = withTranches();
    m.tranches[1].held = 250'000.0;
    const auto lines = deckNotices(m, {}, "EUR", kEn);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].text,
              "EUR 250,000 held in 2019, the tracker's last year: no later tranche releases it");
    EXPECT_EQ(lines[0].where, "Tranches.K3");
    EXPECT_DOUBLE_EQ(lines[0].amount, m.lost());
}

TEST(DeckNotices, EveryOtherNoticeOfTheReaderFollowsWithItsCell) {
    auto m = withTranches();
    m.tranches[1].released = 0.0;
    const std::vector<LayoutProblem> read{
        {"Indicators", "M3",
         "re-assessment of an indicator that scored 100% in 2018: nothing is held, not applied"}};
    const auto lines = deckNotices(m, read, "EUR", kEn);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].where, "Indicators.M3");
    EXPECT_EQ(lines[1].text, read[0].why);
}

TEST(IndicatorsPanelV2, AWaiverTypedAsTrueStaysWaived) {
    // TRUE or 1 in the decision column: waived under the tranche's rule.
    auto m = v2MaliModel();
    decide(m, "IND-13", Decision::Waived, std::nullopt, kApproved);
    year2018(m, "IND-13").waived = true;
    const auto row = rowOf(indicatorsView(m, 2018, kFr), "IND-13");
    EXPECT_EQ(row.statusWord, "neutralisé");
    EXPECT_EQ(row.decisionText, "");
}
