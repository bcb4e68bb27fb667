#pragma once

// What the Commission decided about one indicator of one year, under the
// standard clause of EU financing decisions: on the partner country's request
// and with the Commission's written approval, an indicator's share is
// reallocated to the others (A), transferred to next year's ceiling (B) or
// held for a re-assessment next year against the same target (C).

#include <optional>
#include <string_view>

namespace condtrack {

enum class Decision {
    None,
    Reallocate, // A
    Transfer,   // B
    Reassess,   // C
    Waived,     // TRUE or 1: waived under the tranche's rule, as before decisions
};

// Blank, none, FALSE or 0: None; reallocate / A / réaffecter / realocar;
// transfer / B / transférer / transferir; reassess / C / réévaluer (or
// réapprécier, the catalogue's word for an assessment) / reavaliar;
// any case, accents optional. nullopt for anything else.
std::optional<Decision> parseDecision(std::string_view text);

// The stable English word the sheet stores ("" for None, "waived" for Waived).
std::string_view keyword(Decision decision);

// The decision an indicator's share follows once approved: a request
// without an approval date changes nothing.
struct DecisionRecord {
    Decision decision = Decision::None;
    bool approved = false;

    Decision effective() const { return approved ? decision : Decision::None; }
};

} // namespace condtrack
