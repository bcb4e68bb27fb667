#pragma once

// A layout-version-2 tracker for the IATI tests: v2_model_builder.hpp's Mali
// case with what version 2 adds, as the example tracker has it. 2018 and 2019,
// a fixed and a variable tranche each. SIGRH (IND-13) is transferred to 2019
// (option B: 1,076,923.08 carried into 2019's variable ceiling) and IND-10
// re-assessed (option C), both requested on 2019-02-15 and approved on
// 2019-03-20 under "Commission letter 2019-0311"; IND-11 is only requested.
// IND-01 weighs 2 from 2019. GC-1 is met in 2018 with its evidence and notes;
// SC-1 gates the 2019 variable tranche, which pays by bands (0/30/50/80 % of
// the score -> 0/40/70/100 % of its ceiling). Suspended from 2020-01-31.

#include "v2_model_builder.hpp"

#include "tracker/model.hpp"

namespace condtrack::test {

inline Tranche v2Tranche(int year, TrancheType type, Amount base, Amount carried, int row) {
    Tranche t;
    t.year = year;
    t.type = type;
    t.baseCeiling = base;
    t.carriedIn = carried;
    t.ceiling = base + carried;
    t.eligible = true;
    t.computed = type == TrancheType::Fixed ? t.ceiling : 9'692'307.69;
    t.payable = t.computed;
    t.sheetRow = row;
    return t;
}

inline TrackerModel v2IatiModel() {
    TrackerModel m = v2MaliModel();
    for (std::size_t i = 0; i < m.indicators.size(); ++i) {
        Indicator& ind = m.indicators[i];
        ind.area = i < 6 ? "Public finance" : "Governance";
        ind.weight = 1.0;
        ind.baseline = 10.0;
        ind.years[0].target = 20.0;
        ind.years[1].target = 30.0;
        ind.years[0].actual = 20.0 * ind.years[0].score.value_or(0.0);
        ind.years[0].status = "met";
    }
    m.indicators[0].years[1].weight = 2.0; // IND-01 weighs 2 from 2019
    for (const char* id : {"IND-13", "IND-10"}) {
        IndicatorYear& y = m.indicators[std::stoi(std::string(id).substr(4)) - 1].years[0];
        y.decision = {std::string(id) == "IND-13" ? Decision::Transfer : Decision::Reassess, true};
        y.requestedOn = Date(2019, 2, 15);
        y.approvedOn = Date(2019, 3, 20);
        y.approvalRef = "Commission letter 2019-0311";
        y.waived = y.decision.decision == Decision::Transfer;
    }
    IndicatorYear& requested = m.indicators[10].years[0]; // IND-11: requested, not approved
    requested.decision = {Decision::Reallocate, false};
    requested.requestedOn = Date(2019, 2, 20);

    m.tranches = {v2Tranche(2018, TrancheType::Fixed, 36'000'000.0, 0.0, 1),
                  v2Tranche(2018, TrancheType::Variable, 14'000'000.0, 0.0, 2),
                  v2Tranche(2019, TrancheType::Fixed, 36'000'000.0, 0.0, 3),
                  v2Tranche(2019, TrancheType::Variable, 14'000'000.0, 1'076'923.08, 4)};
    m.tranches[1].transferred = 1'076'923.08;
    m.tranches[1].held = 538'461.54;
    m.tranches[3].released = 538'461.54;
    m.tranches[3].payable = m.tranches[3].computed + m.tranches[3].released;
    m.tranches[3].payout = PayoutKind::Bands;
    m.tranches[0].disbursed = 36'000'000.0;
    m.tranches[0].disbursedOn = Date(2019, 4, 15);
    const double bands[][2] = {{0.0, 0.0}, {0.3, 0.4}, {0.5, 0.7}, {0.8, 1.0}};
    for (const auto& b : bands)
        m.bands.push_back({"2019 variable", b[0], b[1], 1 + static_cast<int>(m.bands.size())});

    Condition& gc = m.conditions[0];
    gc.text = "Satisfactory progress in the implementation of the public policy.";
    gc.years[0] = {Verdict::Met, "https://example.org/reviews/2019/general-conditions.pdf",
                   "Review mission, March 2019"};
    m.conditions[1].text = "Payroll audit published";
    m.conditions[1].years[1].verdict = Verdict::NotMet;
    m.suspendedFrom = Date(2020, 1, 31);
    m.reviews = ReviewSettings{Date(2019, 2, 28), 12, RollConvention::ModifiedFollowing};
    return m;
}

} // namespace condtrack::test
