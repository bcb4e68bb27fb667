// The sidebar panels' view-models: README.md, "The tracker and the
// Conditionality deck"; amounts and statuses from docs/rules.md (the Mali
// case, "Milestones").

#include "tracker_builder.hpp"
#include "views/panels.hpp"

#include <limits>

using namespace condtrack;
using namespace condtrack::test;

namespace {

constexpr Language kEn = Language::English;
constexpr Language kFr = Language::French;
constexpr Language kPt = Language::Portuguese;
const std::string kNbsp = "\xC2\xA0";

const IndicatorRow& rowOf(const IndicatorsView& view, const std::string& id) {
    for (const auto& row : view.rows)
        if (row.id == id) return row;
    throw std::out_of_range(id);
}

std::vector<std::string> ids(const std::vector<MilestoneLine>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines)
        out.push_back(line.id);
    return out;
}

} // namespace

// --- Formats ----------------------------------------------------------------------

TEST(PanelFormat, AmountsHaveThousandsSeparatorsByLanguage) {
    EXPECT_EQ(formatAmount(14'000'000.0, kEn), "14,000,000");
    EXPECT_EQ(formatAmount(14'000'000.0, kFr), "14" + kNbsp + "000" + kNbsp + "000");
    EXPECT_EQ(formatAmount(36'000'000.0, kEn), "36,000,000");
    EXPECT_EQ(formatAmount(999.0, kEn), "999");
    EXPECT_EQ(formatAmount(1000.0, kEn), "1,000");
    EXPECT_EQ(formatAmount(100'000.0, kEn), "100,000");
    EXPECT_EQ(formatAmount(0.0, kEn), "0");
    EXPECT_EQ(formatAmount(-1'234'567.0, kEn), "-1,234,567");
}

TEST(PanelFormat, AmountsAreRoundedToWholeUnits) {
    EXPECT_EQ(formatAmount(9'692'307.69, kEn), "9,692,308");
    EXPECT_EQ(formatAmount(1'076'923.08, kFr), "1" + kNbsp + "076" + kNbsp + "923");
    EXPECT_EQ(formatAmount(2.5, kEn), "3");
    EXPECT_EQ(formatAmount(-0.4, kEn), "0");
}

TEST(PanelFormat, AmountsThatAreNotFiniteShowNothing) {
    EXPECT_EQ(formatAmount(std::numeric_limits<double>::quiet_NaN(), kEn), "");
    EXPECT_EQ(formatAmount(std::numeric_limits<double>::infinity(), kFr), "");
    EXPECT_EQ(formatAmount(1e20, kEn), "100,000,000,000,000,000,000");
}

TEST(PanelFormat, PercentagesHaveOneDecimalAndTheLanguagesConventions) {
    // The EU results-system example: r = 10,475 / 12,495.
    const double r = 10'475.0 / 12'495.0;
    EXPECT_EQ(formatPercent(r, kEn), "83.8%");
    EXPECT_EQ(formatPercent(r, kFr), "83,8" + kNbsp + "%");
    EXPECT_EQ(formatPercent(1.0, kEn), "100.0%");
    EXPECT_EQ(formatPercent(0.0, kFr), "0,0" + kNbsp + "%");
    EXPECT_EQ(formatPercent(std::numeric_limits<double>::quiet_NaN(), kEn), "");
}

TEST(PanelFormat, PlainNumbersDropTrailingZeros) {
    EXPECT_EQ(formatNumber(1.0, 2, kEn), "1");
    EXPECT_EQ(formatNumber(7.5, 2, kEn), "7.5");
    EXPECT_EQ(formatNumber(7.5, 2, kFr), "7,5");
    EXPECT_EQ(formatNumber(1.0 / 3.0, 2, kEn), "0.33");
    EXPECT_EQ(formatNumber(-0.001, 2, kEn), "0");
}

TEST(PanelFormat, DatesInWordsByLanguage) {
    EXPECT_EQ(formatDate(day(2019, 3, 15), kEn), "15 Mar 2019");
    EXPECT_EQ(formatDate(day(2019, 3, 15), kFr), "15 mars 2019");
    EXPECT_EQ(formatDate(day(2020, 2, 1), kFr), "1 févr. 2020");
    EXPECT_EQ(formatDate(day(2019, 8, 31), kFr), "31 août 2019");
    EXPECT_EQ(formatDate(day(2019, 12, 31), kEn), "31 Dec 2019");
}

TEST(PanelFormat, DaysRelativeToToday) {
    EXPECT_EQ(relativeDays(0, kEn), "today");
    EXPECT_EQ(relativeDays(1, kEn), "tomorrow");
    EXPECT_EQ(relativeDays(12, kEn), "in 12 days");
    EXPECT_EQ(relativeDays(-1, kEn), "yesterday");
    EXPECT_EQ(relativeDays(-12, kEn), "12 days ago");
    EXPECT_EQ(relativeDays(0, kFr), "aujourd'hui");
    EXPECT_EQ(relativeDays(1, kFr), "demain");
    EXPECT_EQ(relativeDays(12, kFr), "dans 12 jours");
    EXPECT_EQ(relativeDays(-12, kFr), "il y a 12 jours");
    EXPECT_EQ(daysLateText(1, kEn), "1 day late");
    EXPECT_EQ(daysLateText(182, kEn), "182 days late");
    EXPECT_EQ(daysLateText(182, kFr), "182 jours de retard");
}

TEST(PanelFormat, PortugueseWritesDecimalCommasSpacedThousandsAndItsOwnWords) {
    EXPECT_EQ(formatAmount(1'234'567.0, kPt), "1" + kNbsp + "234" + kNbsp + "567");
    EXPECT_EQ(formatPercent(10'475.0 / 12'495.0, kPt), "83,8%");
    EXPECT_EQ(formatNumber(7.5, 2, kPt), "7,5");
    EXPECT_EQ(formatDate(day(2019, 9, 1), kPt), "1 set. 2019");
    EXPECT_EQ(relativeDays(0, kPt), "hoje");
    EXPECT_EQ(relativeDays(12, kPt), "dentro de 12 dias");
    EXPECT_EQ(relativeDays(-12, kPt), "há 12 dias");
    EXPECT_EQ(daysLateText(1, kPt), "1 dia de atraso");
    EXPECT_EQ(daysLateText(182, kPt), "182 dias de atraso");
    EXPECT_EQ(daysLateText(1, kFr), "1 jour de retard");
    EXPECT_EQ(word(IndicatorMark::Waived, kPt), "neutralizado");
    EXPECT_EQ(word(IndicatorMark::NotMet, kPt), "não cumprido");
    EXPECT_EQ(word(MilestoneStatus::Overdue, kPt), "em atraso");
    EXPECT_EQ(label(PanelLabel::DeckTitle, kPt), "Condicionalidade");
}

TEST(PanelFormat, ShortTitlesAreCutAtFortyCharactersWithAnEllipsis) {
    const std::string forty(40, 'x');
    EXPECT_EQ(shortTitle(forty), forty);
    EXPECT_EQ(shortTitle(forty + "y"), std::string(39, 'x') + "\xE2\x80\xA6");
    EXPECT_EQ(shortTitle("SIGRH: armed forces personnel recorded in the HR information system"),
              "SIGRH: armed forces personnel recorded\xE2\x80\xA6"); // no space before the "…"
    EXPECT_EQ(shortTitle(""), "");
}

TEST(PanelFormat, ShortTitlesCountCharactersNotBytes) {
    // 40 characters, 44 bytes: four accented letters.
    const std::string accented = "Système d'information: réforme générale é";
    EXPECT_EQ(shortTitle(accented, 41), accented);
    const std::string cut = shortTitle("éééééééééé", 5); // ten two-byte letters
    EXPECT_EQ(cut, "éééé\xE2\x80\xA6");
}

TEST(PanelFormat, ShortTitlesFitOnOneLine) {
    EXPECT_EQ(shortTitle("Budget\nexecution\treport"), "Budget execution report");
}

// --- Words ------------------------------------------------------------------------------

TEST(PanelWords, IndicatorStatusesInBothLanguages) {
    EXPECT_EQ(word(IndicatorMark::Met, kEn), "met");
    EXPECT_EQ(word(IndicatorMark::Partial, kEn), "partial");
    EXPECT_EQ(word(IndicatorMark::NotMet, kEn), "not met");
    EXPECT_EQ(word(IndicatorMark::Pending, kEn), "pending");
    EXPECT_EQ(word(IndicatorMark::Waived, kEn), "waived");
    EXPECT_EQ(word(IndicatorMark::Met, kFr), "atteint");
    EXPECT_EQ(word(IndicatorMark::Partial, kFr), "partiel");
    EXPECT_EQ(word(IndicatorMark::NotMet, kFr), "non atteint");
    EXPECT_EQ(word(IndicatorMark::Pending, kFr), "en attente");
    EXPECT_EQ(word(IndicatorMark::Waived, kFr), "neutralisé");
}

TEST(PanelWords, MilestoneStatusesInBothLanguages) {
    EXPECT_EQ(word(MilestoneStatus::Done, kEn), "done");
    EXPECT_EQ(word(MilestoneStatus::DoneLate, kEn), "done late");
    EXPECT_EQ(word(MilestoneStatus::Overdue, kEn), "overdue");
    EXPECT_EQ(word(MilestoneStatus::DueSoon, kEn), "due soon");
    EXPECT_EQ(word(MilestoneStatus::OnTrack, kEn), "on track");
    EXPECT_EQ(word(MilestoneStatus::Done, kFr), "réalisé");
    EXPECT_EQ(word(MilestoneStatus::DoneLate, kFr), "réalisé en retard");
    EXPECT_EQ(word(MilestoneStatus::Overdue, kFr), "en retard");
    EXPECT_EQ(word(MilestoneStatus::DueSoon, kFr), "échéance proche");
    EXPECT_EQ(word(MilestoneStatus::OnTrack, kFr), "dans les délais");
}

TEST(PanelWords, TrancheTypesUseTheOfficialTerms) {
    EXPECT_EQ(word(TrancheType::Fixed, kEn), "Fixed tranche");
    EXPECT_EQ(word(TrancheType::Variable, kEn), "Variable tranche");
    EXPECT_EQ(word(TrancheType::Fixed, kFr), "Tranche fixe");
    EXPECT_EQ(word(TrancheType::Variable, kFr), "Tranche variable");
}

TEST(PanelWords, EveryLabelExistsInBothLanguages) {
    for (int i = 0; i <= static_cast<int>(PanelLabel::CloseReview); ++i) {
        const auto which = static_cast<PanelLabel>(i);
        EXPECT_FALSE(label(which, kEn).empty()) << i;
        EXPECT_FALSE(label(which, kFr).empty()) << i;
    }
    EXPECT_EQ(label(PanelLabel::DeckTitle, kEn), "Conditionality");
    EXPECT_EQ(label(PanelLabel::DeckTitle, kFr), "Conditionnalité");
    EXPECT_EQ(label(PanelLabel::NewTracker, kFr), "Nouveau suivi");
}

// --- Years --------------------------------------------------------------------------------

TEST(PanelYears, YearsInTrackerOrder) {
    EXPECT_EQ(yearsOf(maliModel()), (std::vector<int>{2018, 2019}));
    EXPECT_TRUE(yearsOf(TrackerModel{}).empty());
}

TEST(PanelYears, DefaultIsTheEarliestOpenYear) {
    auto m = maliModel(); // 2018 closed, 2019 open
    EXPECT_EQ(defaultYear(m), 2019);
    m.years[0].closed = false;
    EXPECT_EQ(defaultYear(m), 2018); // both open: the 2018 review is the one under way
    m.years[1].closed = true;
    EXPECT_EQ(defaultYear(m), 2018);
}

TEST(PanelYears, DefaultIsTheLastYearWhenAllAreClosed) {
    auto m = maliModel();
    m.years[1].closed = true;
    EXPECT_EQ(defaultYear(m), 2019);
    EXPECT_EQ(defaultYear(TrackerModel{}), std::nullopt);
}

TEST(PanelYears, ClosedYearsSayIt) {
    const auto m = maliModel();
    EXPECT_EQ(yearLabel(m.years[0], kEn), "2018 (closed)");
    EXPECT_EQ(yearLabel(m.years[0], kFr), "2018 (clos)");
    EXPECT_EQ(yearLabel(m.years[1], kFr), "2019");
}

// --- Indicators panel -----------------------------------------------------------------------

TEST(IndicatorsPanel, ListsTheThirteenMaliIndicatorsWithTheirStatuses) {
    const auto view = indicatorsView(maliModel(), 2018, kEn);
    EXPECT_EQ(view.year, 2018);
    ASSERT_EQ(view.rows.size(), 13u);
    EXPECT_EQ(view.count(IndicatorMark::Met), 8);
    EXPECT_EQ(view.count(IndicatorMark::Partial), 2);
    EXPECT_EQ(view.count(IndicatorMark::NotMet), 3);
    EXPECT_EQ(view.rows.front().id, "IND-01");
    EXPECT_EQ(view.rows.front().markWord, "met");
    EXPECT_EQ(view.rows.front().scoreText, "100.0%");

    const auto& sigrh = rowOf(view, "IND-13");
    EXPECT_EQ(sigrh.mark, IndicatorMark::NotMet);
    EXPECT_EQ(sigrh.markWord, "not met");
    EXPECT_EQ(sigrh.scoreText, "0.0%");
    EXPECT_EQ(sigrh.weightText, "1");
    EXPECT_EQ(sigrh.sheetRow, 14);
    EXPECT_EQ(sigrh.title, "SIGRH: armed forces personnel recorded\xE2\x80\xA6");
}

TEST(IndicatorsPanel, SpeaksFrench) {
    const auto view = indicatorsView(maliModel(), 2018, kFr);
    EXPECT_EQ(rowOf(view, "IND-01").markWord, "atteint");
    EXPECT_EQ(rowOf(view, "IND-09").markWord, "partiel");
    EXPECT_EQ(rowOf(view, "IND-09").scoreText, "50,0" + kNbsp + "%");
    EXPECT_EQ(rowOf(view, "IND-13").markWord, "non atteint");
}

TEST(IndicatorsPanel, TheTallyAgreesWithEachCount) {
    const auto view = indicatorsView(maliModel(), 2018, kEn);
    EXPECT_EQ(tallyText(view, kEn), "8 met · 2 partial · 3 not met · 0 pending");
    EXPECT_EQ(tallyText(view, kFr), "8 atteints · 2 partiels · 3 non atteints · 0 en attente");
    EXPECT_EQ(tallyText(view, kPt), "8 cumpridos · 2 parciais · 3 não cumpridos · 0 pendentes");
    auto m = maliModel();
    m.indicators.resize(1); // IND-01 alone, met in 2018
    const auto one = indicatorsView(m, 2018, kFr);
    EXPECT_EQ(tallyText(one, kFr), "1 atteint · 0 partiel · 0 non atteint · 0 en attente");
}

TEST(IndicatorsPanel, AYearNotYetAssessedIsPending) {
    const auto view = indicatorsView(maliModel(), 2019, kFr);
    ASSERT_EQ(view.rows.size(), 13u);
    EXPECT_EQ(view.count(IndicatorMark::Pending), 13);
    EXPECT_EQ(view.rows.front().markWord, "en attente");
    EXPECT_EQ(view.rows.front().scoreText, "");
}

TEST(IndicatorsPanel, AWaivedIndicatorShowsWaived) {
    auto m = maliModel();
    m.indicators.back().years[0].waived = true;
    EXPECT_EQ(rowOf(indicatorsView(m, 2018, kEn), "IND-13").markWord, "waived");
    EXPECT_EQ(rowOf(indicatorsView(m, 2018, kFr), "IND-13").markWord, "neutralisé");
}

TEST(IndicatorsPanel, TheSheetsStatusWinsAndTheScoreStandsInWhenItIsMissing) {
    auto m = maliModel();
    // A contract's own partial_from can make a 0.5 "not met" on the sheet.
    m.indicators[8].years[0].status = "not met";
    m.indicators[8].years[0].score = 0.5;
    // A status formula in error reads as blank: the score decides.
    m.indicators[9].years[0].status = "";
    m.indicators[9].years[0].score = 0.25;
    const auto view = indicatorsView(m, 2018, kEn);
    EXPECT_EQ(view.rows[8].mark, IndicatorMark::NotMet);
    EXPECT_EQ(view.rows[9].mark, IndicatorMark::Partial);
}

TEST(IndicatorsPanel, TheYearsWeightShowsAsTyped) {
    auto m = maliModel();
    m.indicators[0].years[0].weight = 7.5;
    EXPECT_EQ(indicatorsView(m, 2018, kEn).rows[0].weightText, "7.5");
    EXPECT_EQ(indicatorsView(m, 2018, kFr).rows[0].weightText, "7,5");
}

TEST(IndicatorsPanel, AYearTheTrackerLacksHasNoRows) {
    EXPECT_TRUE(indicatorsView(maliModel(), 2030, kEn).rows.empty());
}

// --- Tranches panel ---------------------------------------------------------------------------

TEST(TranchesPanel, The2018TranchesAndTheirTotals) {
    const auto view = tranchesView(maliModel(), 2018, kToday, kEn);
    ASSERT_EQ(view.tranches.size(), 2u);

    const TrancheRow& fixed = view.tranches[0];
    EXPECT_EQ(fixed.typeWord, "Fixed tranche");
    EXPECT_EQ(fixed.ceiling.text, "36,000,000");
    EXPECT_EQ(fixed.computed.text, "36,000,000");
    EXPECT_EQ(fixed.atStake.text, "0");
    ASSERT_TRUE(fixed.disbursed.has_value());
    EXPECT_EQ(fixed.disbursed->text, "36,000,000");
    EXPECT_DOUBLE_EQ(fixed.bar, 1.0);

    const TrancheRow& variable = view.tranches[1];
    EXPECT_EQ(variable.typeWord, "Variable tranche");
    EXPECT_EQ(variable.ceiling.text, "14,000,000");
    EXPECT_EQ(variable.computed.text, "9,692,308");
    EXPECT_NEAR(variable.atStake.value, 4'307'692.31, 0.005);
    EXPECT_EQ(variable.atStake.text, "4,307,692");
    EXPECT_EQ(variable.transferred.text, "0");
    EXPECT_FALSE(variable.disbursed.has_value());
    EXPECT_NEAR(variable.bar, 9.0 / 13.0, 1e-12);
    EXPECT_TRUE(variable.eligible);
    EXPECT_TRUE(variable.pendingMilestones.empty()); // M-01 is done (late)
    EXPECT_FALSE(variable.blocked);
    EXPECT_EQ(variable.sheetRow, 2);

    EXPECT_EQ(view.totals.ceiling.text, "50,000,000");
    EXPECT_EQ(view.totals.computed.text, "45,692,308");
    EXPECT_EQ(view.totals.atStake.text, "4,307,692");
    EXPECT_EQ(view.totals.transferred.text, "0");
    EXPECT_EQ(view.totals.disbursed.text, "36,000,000");
}

TEST(TranchesPanel, TotalsInFrench) {
    const auto view = tranchesView(maliModel(), 2018, kToday, kFr);
    EXPECT_EQ(view.tranches[0].typeWord, "Tranche fixe");
    EXPECT_EQ(view.totals.ceiling.text, "50" + kNbsp + "000" + kNbsp + "000");
    EXPECT_EQ(view.totals.computed.text, "45" + kNbsp + "692" + kNbsp + "308");
}

TEST(TranchesPanel, AnOverdueGatingMilestoneBlocksTheTranche) {
    const auto view = tranchesView(maliModel(), 2019, kToday, kEn);
    ASSERT_EQ(view.tranches.size(), 2u);
    EXPECT_FALSE(view.tranches[0].blocked); // the fixed tranche has no gating milestone
    const TrancheRow& variable = view.tranches[1];
    EXPECT_TRUE(variable.blocked);
    ASSERT_EQ(variable.pendingMilestones.size(), 2u);
    EXPECT_EQ(variable.pendingMilestones[0].id, "M-02");
    EXPECT_EQ(variable.pendingMilestones[0].statusWord, "overdue");
    EXPECT_EQ(variable.pendingMilestones[0].daysText, "182 days late");
    EXPECT_EQ(variable.pendingMilestones[1].id, "M-03");
    EXPECT_EQ(variable.pendingMilestones[1].statusWord, "due soon");
    EXPECT_EQ(variable.pendingMilestones[1].daysText, "in 14 days");
    EXPECT_EQ(view.totals.atStake.text, "50,000,000");

    const auto french = tranchesView(maliModel(), 2019, kToday, kFr);
    EXPECT_EQ(french.tranches[1].pendingMilestones[0].statusWord, "en retard");
    EXPECT_EQ(french.tranches[1].pendingMilestones[0].daysText, "182 jours de retard");
}

TEST(TranchesPanel, NotBlockedBeforeAnyGatingMilestoneIsLate) {
    const auto view = tranchesView(maliModel(), 2019, day(2018, 12, 1), kEn);
    EXPECT_FALSE(view.tranches[1].blocked);
    EXPECT_EQ(view.tranches[1].pendingMilestones[0].statusWord, "due soon");
    EXPECT_EQ(view.tranches[1].pendingMilestones[1].statusWord, "on track");
}

TEST(TranchesPanel, TransferredShareIsNotAtStakeAndAtStakeIsNeverNegative) {
    auto m = maliModel();
    m.tranches[1].computed = 9'692'307.69;
    m.tranches[1].transferred = 1'076'923.08;
    auto view = tranchesView(m, 2018, kToday, kEn);
    EXPECT_EQ(view.tranches[1].transferred.text, "1,076,923");
    EXPECT_EQ(view.tranches[1].atStake.text, "3,230,769");

    m.tranches[1].computed = 15'000'000.0; // more than the ceiling
    view = tranchesView(m, 2018, kToday, kEn);
    EXPECT_DOUBLE_EQ(view.tranches[1].atStake.value, 0.0);
    EXPECT_DOUBLE_EQ(view.tranches[1].bar, 1.0);
}

TEST(TranchesPanel, ShowsTheBaseCeilingCarriedInHeldReleasedAndPayable) {
    auto m = maliModel();
    Tranche& variable = m.tranches[3]; // 2019: SIGRH's 2018 share transferred in
    variable.baseCeiling = 14'000'000.0;
    variable.carriedIn = 1'076'923.08;
    variable.ceiling = 15'076'923.08;
    variable.computed = 9'000'000.0;
    variable.held = 1'076'923.08;
    variable.released = 538'461.54;
    variable.payable = 9'538'461.54;
    const TrancheRow row = tranchesView(m, 2019, kToday, kEn).tranches[1];
    EXPECT_EQ(row.baseCeiling.text, "14,000,000");
    EXPECT_EQ(row.carriedIn.text, "1,076,923");
    EXPECT_EQ(row.held.text, "1,076,923");
    EXPECT_EQ(row.released.text, "538,462");
    EXPECT_EQ(row.payable.text, "9,538,462");
    // What is held is not at stake: 15,076,923 - 9,000,000 - 1,076,923.
    EXPECT_NEAR(row.atStake.value, 5'000'000.0, 1e-6);
}

TEST(TranchesPanel, VersionTwoGatesATrancheByTheMilestonesOfItsYear) {
    auto m = maliModel();
    m.layoutVersion = 2;
    for (auto& tranche : m.tranches)
        tranche.gatingMilestones.clear();
    const auto view = tranchesView(m, 2019, kToday, kEn);
    for (const auto& row : view.tranches) {
        ASSERT_EQ(row.pendingMilestones.size(), 3u); // M-02, M-03, M-04
        EXPECT_TRUE(row.blocked);                    // M-02 is overdue
    }
}

TEST(TranchesPanel, AZeroCeilingDrawsAnEmptyBar) {
    auto m = maliModel();
    m.tranches[1].ceiling = 0.0;
    m.tranches[1].computed = 0.0;
    EXPECT_DOUBLE_EQ(tranchesView(m, 2018, kToday, kEn).tranches[1].bar, 0.0);
}

TEST(TranchesPanel, AYearWithoutTranchesHasZeroTotals) {
    const auto view = tranchesView(maliModel(), 2030, kToday, kEn);
    EXPECT_TRUE(view.tranches.empty());
    EXPECT_EQ(view.totals.ceiling.text, "0");
}

// --- Calendar panel ----------------------------------------------------------------------------

TEST(CalendarPanel, NextReviewFromTheSchedule) {
    // 15 March 2020 is a Sunday: the following convention moves it to Monday.
    const auto view = calendarView(maliModel(), kToday, kEn);
    ASSERT_TRUE(view.nextReview.has_value());
    EXPECT_EQ(view.nextReview->date, day(2020, 3, 16));
    EXPECT_EQ(view.nextReview->daysLeft, 259);
    EXPECT_EQ(view.nextReview->dateText, "16 Mar 2020");
    EXPECT_EQ(view.nextReview->daysText, "in 259 days");
    EXPECT_EQ(calendarView(maliModel(), day(2019, 3, 15), kFr).nextReview->daysText, "aujourd'hui");
}

TEST(CalendarPanel, NoReviewWithoutASchedule) {
    auto m = maliModel();
    m.reviews.reset();
    EXPECT_FALSE(calendarView(m, kToday, kEn).nextReview.has_value());
}

TEST(CalendarPanel, RequestDeadlinesOfTranchesNotDisbursedByDate) {
    auto m = maliModel();
    std::swap(m.tranches[2], m.tranches[3]); // sheet order is not date order
    const auto view = calendarView(m, kToday, kEn);
    ASSERT_EQ(view.deadlines.size(), 3u); // the 2018 fixed tranche is disbursed
    EXPECT_EQ(view.deadlines[0].trancheText, "Variable tranche 2018");
    EXPECT_EQ(view.deadlines[0].status, DeadlineStatus::Passed);
    EXPECT_EQ(view.deadlines[0].statusWord, "passed");
    EXPECT_EQ(view.deadlines[0].daysText, "yesterday");
    EXPECT_EQ(view.deadlines[1].trancheText, "Fixed tranche 2019");
    EXPECT_EQ(view.deadlines[1].dateText, "31 Mar 2020");
    EXPECT_EQ(view.deadlines[1].statusWord, "upcoming");
    EXPECT_EQ(view.deadlines[2].trancheText, "Variable tranche 2019");

    const auto french = calendarView(m, day(2020, 3, 10), kFr);
    ASSERT_EQ(french.deadlines.size(), 3u);
    EXPECT_EQ(french.deadlines[1].trancheText, "Tranche fixe 2019");
    EXPECT_EQ(french.deadlines[1].statusWord, "proche");
    EXPECT_EQ(french.deadlines[1].daysText, "dans 21 jours");
    EXPECT_EQ(french.deadlines[0].statusWord, "dépassée");
    EXPECT_EQ(french.deadlines[2].statusWord, "à venir");
}

TEST(CalendarPanel, MilestonesOverdueFirstThenDueSoonThenTheRest) {
    const auto view = calendarView(maliModel(), kToday, kEn);
    // M-01 and M-05 are done: not listed.
    EXPECT_EQ(ids(view.milestones), (std::vector<std::string>{"M-02", "M-03", "M-04"}));
    EXPECT_EQ(view.milestones[0].statusWord, "overdue");
    EXPECT_EQ(view.milestones[1].statusWord, "due soon");
    EXPECT_EQ(view.milestones[2].statusWord, "on track");
    EXPECT_EQ(view.milestones[2].dueText, "31 Dec 2019");
    EXPECT_EQ(view.milestones[0].sheetRow, 2);

    const auto french = calendarView(maliModel(), kToday, kFr);
    EXPECT_EQ(french.milestones[0].statusWord, "en retard");
    EXPECT_EQ(french.milestones[1].statusWord, "échéance proche");
    EXPECT_EQ(french.milestones[2].statusWord, "dans les délais");
}

TEST(CalendarPanel, WithinEachGroupTheEarliestDueComesFirst) {
    auto m = maliModel();
    // Make M-04 overdue too, later than M-02, and list it first on the sheet.
    m.milestones[3].dates.due = day(2019, 5, 31);
    std::swap(m.milestones[1], m.milestones[3]);
    // And a second milestone due soon, earlier than M-03.
    m.milestones[4].dates = Milestone{day(2019, 7, 10), std::nullopt};
    const auto view = calendarView(m, kToday, kEn);
    EXPECT_EQ(ids(view.milestones), (std::vector<std::string>{"M-02", "M-04", "M-05", "M-03"}));
    EXPECT_EQ(view.milestones[1].daysText, "31 days late");
}

TEST(CalendarPanel, AnEmptyTrackerHasAnEmptyCalendar) {
    const auto view = calendarView(TrackerModel{}, kToday, kEn);
    EXPECT_FALSE(view.nextReview.has_value());
    EXPECT_TRUE(view.deadlines.empty());
    EXPECT_TRUE(view.milestones.empty());
}
