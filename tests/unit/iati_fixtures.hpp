#pragma once

// What the IATI tests share: the Mali programme's header, the model of a
// test tracker, the hand-written files of tests/data/iati/, and text edits.

#include "tracker_builder.hpp"

#include "iati/export.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace condtrack::test {

inline const char* kWhen = "2024-05-01T12:00:00Z"; // generated-datetime of test exports

inline IatiHeader maliHeader() {
    IatiHeader h;
    h.identifier = "XI-IATI-EC_INTPA-ML-SBC-2018";
    h.reportingOrgRef = "XI-IATI-EC_INTPA";
    h.reportingOrgType = "40";
    h.reportingOrgName = {{"en", "European Commission"}, {"fr", "Commission européenne"}};
    h.title = {{"en", "State Building Contract, Mali"},
               {"fr", "Contrat d'appui à la consolidation de l'État, Mali"}};
    h.recipientCountry = "ML";
    return h;
}

// The tracker the tables hold; a test tracker that does not read is a bug
// of the test, said with the reader's problems.
inline TrackerModel modelOf(const TrackerTables& tables) {
    auto result = readTracker(tables, kNullDate);
    if (!result.model) {
        std::string text;
        for (const auto& p : result.problems)
            text += problemText(p) + "\n";
        throw std::logic_error("the test tracker does not read:\n" + text);
    }
    return *result.model;
}

// A file of tests/data/iati/.
inline std::string iatiData(const std::string& name) {
    const std::string path = std::string(CONDTRACK_SOURCE_DIR) + "/tests/data/iati/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The text with the first `from` replaced; a test edit that finds nothing is a bug.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    if (at == std::string::npos) throw std::logic_error("not found: " + from);
    return text.replace(at, from.size(), to);
}

} // namespace condtrack::test
