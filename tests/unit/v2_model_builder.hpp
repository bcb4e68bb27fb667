#pragma once

// A layout-version-2 tracker model made by hand (no sheet to read): the Mali
// case of docs/rules.md for the 2018 and 2019 assessments. 13 indicators with
// equal weights in 2019: 8 met, 2 partial at 0.5, 3 not met, the last one
// SIGRH (IND-13). The 2018 review is closed, the 2019 one open. Two
// conditions: a general one (GC-1) and a specific one of the 2019 variable
// tranche (SC-1). Positions are those New tracker uses.

#include "tracker/model.hpp"

#include <string>

namespace condtrack::test {

inline constexpr int kIndicatorsFirstRow = 2; // below the two header rows
inline constexpr int kConditionsFirstRow = 2;

inline TrackerModel v2MaliModel() {
    TrackerModel model;
    model.layoutVersion = 2;
    model.yearsAt = {"Reviews", 3, 0};
    model.indicatorsAt = {"Indicators", 0, 0};
    model.conditionsAt = {"Conditions", 0, 0};
    model.tranchesAt = {"Tranches", 0, 0};
    model.years = {{2018, std::nullopt, true, Date(2019, 3, 1), "", 4},
                   {2019, std::nullopt, false, std::nullopt, "", 5}};
    for (int i = 1; i <= 13; ++i) {
        Indicator indicator;
        indicator.id = (i < 10 ? "IND-0" : "IND-") + std::to_string(i);
        indicator.title = i == 13 ? "SIGRH of the armed forces" : "Indicator " + std::to_string(i);
        indicator.sheetRow = kIndicatorsFirstRow + i - 1;
        const double score = i <= 8 ? 1.0 : i <= 10 ? 0.5 : 0.0;
        for (int y = 0; y < 2; ++y) {
            IndicatorYear year;
            year.weight = 1.0;
            year.score = score;
            indicator.years.push_back(year);
        }
        model.indicators.push_back(indicator);
    }
    struct Row {
        const char* id;
        ConditionKind kind;
        const char* tranche;
    };
    const Row rows[] = {{"GC-1", ConditionKind::General, ""},
                        {"SC-1", ConditionKind::Specific, "2019 variable"}};
    for (const Row& row : rows) {
        Condition condition;
        condition.id = row.id;
        condition.text = "Condition " + condition.id;
        condition.kind = row.kind;
        condition.tranche = row.tranche;
        condition.years.resize(2);
        condition.sheetRow = kConditionsFirstRow + static_cast<int>(model.conditions.size());
        model.conditions.push_back(condition);
    }
    return model;
}

} // namespace condtrack::test
