#pragma once

// What the panels of one frame's Conditionality deck share: the year shown and
// one read of the tracker.

#include "tracker/reader.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <set>

namespace condtrack::uno {

class SidebarPanel;

// The panels of one frame share the year shown; the Indicators panel's
// selector changes it and every panel of that frame follows.
struct DeckState {
    std::optional<int> year;
    std::set<SidebarPanel*> panels;
    // One read of the tracker serves every panel of the deck until the next edit.
    std::uint64_t generation = 0;
    std::uint64_t readGeneration = ~std::uint64_t(0);
    css::frame::XModel* readFrom = nullptr;
    std::shared_ptr<const TrackerTables> tables;

    // The deck's current read of the document's tracker, made by the first
    // panel that asks after an edit.
    std::shared_ptr<const TrackerTables>
    currentTables(const css::uno::Reference<css::frame::XModel>& document);
};

// The state of the deck in this frame, made on first use.
DeckState& deckOf(const css::frame::XFrame* frame);
// Forgets the panel; the deck's state goes with its last panel.
void leaveDeck(const css::frame::XFrame* frame, SidebarPanel* panel);

// A fingerprint of what a panel shows: when a refresh would show the same,
// nothing is rebuilt (edits elsewhere in the workbook cost one read only).
std::uint64_t fingerprint(const TrackerTables& tables, std::optional<int> year);

} // namespace condtrack::uno
