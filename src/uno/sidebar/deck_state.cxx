#include "sidebar/deck_state.hxx"

#include "document/tracker_access.hxx"

#include <map>

namespace condtrack::uno {

namespace {

std::map<const css::frame::XFrame*, DeckState>& decks() {
    static std::map<const css::frame::XFrame*, DeckState> states;
    return states;
}

} // namespace

std::shared_ptr<const TrackerTables>
DeckState::currentTables(const css::uno::Reference<css::frame::XModel>& document) {
    if (!tables || readGeneration != generation || readFrom != document.get()) {
        tables = std::make_shared<const TrackerTables>(readTables(document));
        readGeneration = generation;
        readFrom = document.get();
    }
    return tables;
}

DeckState& deckOf(const css::frame::XFrame* frame) {
    return decks()[frame];
}

void leaveDeck(const css::frame::XFrame* frame, SidebarPanel* panel) {
    auto& states = decks();
    if (auto it = states.find(frame); it != states.end()) {
        it->second.panels.erase(panel);
        if (it->second.panels.empty()) states.erase(it);
    }
}

std::uint64_t fingerprint(const TrackerTables& tables, std::optional<int> year) {
    std::uint64_t h = 1469598103934665603ull;
    const auto mix = [&h](const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i)
            h = (h ^ bytes[i]) * 1099511628211ull;
    };
    const int y = year.value_or(0);
    mix(&y, sizeof y);
    // The header gives the currency, the conditions the Calendar panel's list.
    for (const auto* range :
         {&tables.years, &tables.reviews, &tables.indicators, &tables.tranches, &tables.milestones,
          &tables.header, &tables.conditions, &tables.bands}) {
        if (!*range) {
            mix("-", 1);
            continue;
        }
        mix((*range)->sheet.data(), (*range)->sheet.size());
        for (const Cell& cell : (*range)->cells.cells()) {
            const auto kind = static_cast<unsigned char>(cell.index());
            mix(&kind, 1);
            if (const auto* number = std::get_if<double>(&cell)) mix(number, sizeof *number);
            if (const auto* text = std::get_if<std::string>(&cell)) mix(text->data(), text->size());
        }
    }
    return h;
}

} // namespace condtrack::uno
