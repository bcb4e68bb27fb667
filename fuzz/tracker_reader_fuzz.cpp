// readTracker on generated trackers (any cell of which may be anything, any
// range dropped, moved, cut or grown) and on random tables, with any null date
// and language; then, when it reads, the three sidebar views of the model for
// every year and a random one. Checked: the problem list's bounds, that a
// model comes exactly when there is no problem, the model's invariants
// (docs/tracker-layout.md) and the views' (sorted, bars in [0, 1], nothing
// negative at stake).

#include "fuzz_input.hpp"
#include "targets.hpp"
#include "tracker_gen.hpp"

#include "tracker/reader.hpp"
#include "views/panels.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace condtrack::fuzz {

namespace {

void checkModel(const TrackerModel& model) {
    FUZZ_REQUIRE(!model.years.empty(), "model without years");
    for (std::size_t i = 1; i < model.years.size(); ++i)
        FUZZ_REQUIRE(model.years[i - 1].year < model.years[i].year,
                     "years not ascending and unique");
    std::set<std::string> ids;
    for (const auto& indicator : model.indicators) {
        FUZZ_REQUIRE(!indicator.id.empty(), "indicator without ID");
        FUZZ_REQUIRE(ids.insert(indicator.id).second, "duplicate indicator ID");
        FUZZ_REQUIRE(indicator.years.size() == model.years.size(), "indicator years out of step");
        FUZZ_REQUIRE(std::isfinite(indicator.weight) && indicator.weight >= 0.0, "bad weight");
        for (const auto& y : indicator.years)
            FUZZ_REQUIRE(!y.score || (*y.score >= 0.0 && *y.score <= 1.0), "score outside [0, 1]");
    }
    std::set<std::string> milestones;
    for (const auto& milestone : model.milestones) {
        FUZZ_REQUIRE(!milestone.id.empty(), "milestone without ID");
        FUZZ_REQUIRE(milestones.insert(milestone.id).second, "duplicate milestone ID");
        FUZZ_REQUIRE(!milestone.trancheYear || model.yearIndex(*milestone.trancheYear),
                     "milestone of an unknown year");
    }
    for (const auto& tranche : model.tranches) {
        FUZZ_REQUIRE(model.yearIndex(tranche.year).has_value(), "tranche of an unknown year");
        FUZZ_REQUIRE(std::isfinite(tranche.ceiling) && tranche.ceiling >= 0.0, "bad ceiling");
        for (const auto& id : tranche.gatingMilestones)
            FUZZ_REQUIRE(model.findMilestone(id) != nullptr,
                         "gating milestone that does not exist");
    }
}

void checkViews(const TrackerModel& model, int year, Date today, Language language) {
    const auto indicators = indicatorsView(model, year, language);
    FUZZ_REQUIRE(indicators.rows.size() ==
                     (model.yearIndex(year) ? model.indicators.size() : std::size_t{0}),
                 "indicators view: wrong row count");
    int counted = 0;
    for (const auto mark : {IndicatorMark::Met, IndicatorMark::Partial, IndicatorMark::NotMet,
                            IndicatorMark::Pending, IndicatorMark::Waived})
        counted += indicators.count(mark);
    FUZZ_REQUIRE(counted == static_cast<int>(indicators.rows.size()),
                 "indicators view: miscounted");
    for (const auto& row : indicators.rows)
        FUZZ_REQUIRE(!row.markWord.empty(), "indicators view: no status word");

    const auto tranches = tranchesView(model, year, today, language);
    for (const auto& row : tranches.tranches) {
        FUZZ_REQUIRE(row.bar >= 0.0 && row.bar <= 1.0, "tranches view: bar outside [0, 1]");
        FUZZ_REQUIRE(row.atStake.value >= 0.0, "tranches view: negative amount at stake");
        for (const auto& line : row.pendingMilestones)
            FUZZ_REQUIRE(!line.statusWord.empty() && !line.dueText.empty(),
                         "tranches view: empty milestone line");
    }
    FUZZ_REQUIRE(tranches.totals.atStake.value >= 0.0, "tranches view: negative total at stake");
}

void checkCalendar(const TrackerModel& model, Date today, Language language) {
    const auto calendar = calendarView(model, today, language);
    if (calendar.nextReview) {
        FUZZ_REQUIRE(calendar.nextReview->date >= today, "calendar: next review in the past");
        FUZZ_REQUIRE(calendar.nextReview->daysLeft >= 0, "calendar: negative days left");
    }
    for (std::size_t i = 1; i < calendar.deadlines.size(); ++i)
        FUZZ_REQUIRE(calendar.deadlines[i - 1].deadline <= calendar.deadlines[i].deadline,
                     "calendar: deadlines out of order");
    for (std::size_t i = 1; i < calendar.milestones.size(); ++i) {
        const auto rank = [](MilestoneStatus s) {
            return s == MilestoneStatus::Overdue ? 0 : s == MilestoneStatus::DueSoon ? 1 : 2;
        };
        const auto& a = calendar.milestones[i - 1];
        const auto& b = calendar.milestones[i];
        FUZZ_REQUIRE(rank(a.status) < rank(b.status) ||
                         (rank(a.status) == rank(b.status) && a.due <= b.due),
                     "calendar: milestones out of order");
    }
}

} // namespace

void trackerReader(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    GeneratedTracker g;
    if (in.chance(24)) {
        g.tables = randomTables(in);
        g.nullDate = in.nullDate();
    } else {
        g = generateTracker(in);
    }
    damageTables(in, g.tables, Damage{true, true, true});
    const Language language = in.language();
    try {
        const bool any = g.tables.years || g.tables.reviews || g.tables.indicators ||
                         g.tables.tranches || g.tables.milestones || g.tables.log;
        FUZZ_REQUIRE(hasTracker(g.tables) == any, "hasTracker is wrong");
        const ReadResult result = readTracker(g.tables, g.nullDate, language);
        FUZZ_REQUIRE(result.problems.size() <= ReadResult::kMaxProblems,
                     "too many problems listed");
        FUZZ_REQUIRE(result.ok() == (result.problems.empty() && result.omitted == 0),
                     "a model despite problems, or no model without one");
        for (const auto& problem : result.problems) {
            FUZZ_REQUIRE(!problem.why.empty(), "a problem without a reason");
            FUZZ_REQUIRE(!problemText(problem).empty(), "an empty problem text");
        }
        if (!result.model) return;
        const TrackerModel& model = *result.model;
        checkModel(model);

        const Date today = in.date();
        for (const int year : yearsOf(model))
            checkViews(model, year, today, language);
        checkViews(model, static_cast<int>(static_cast<std::int16_t>(in.u16())), today, language);
        checkCalendar(model, today, language);
        const auto current = defaultYear(model);
        FUZZ_REQUIRE(current && model.yearIndex(*current),
                     "default year not a year of the tracker");
        for (const auto& year : model.years)
            FUZZ_REQUIRE(!yearLabel(year, language).empty(), "empty year label");
    } catch (const InvalidArgument& e) {
        FUZZ_REQUIRE(e.what()[0] != '\0', "InvalidArgument without a message");
    }
}

} // namespace condtrack::fuzz
