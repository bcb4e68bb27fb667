// The activity's sectors: the Programme header's Sector text, IATI's
// <sector vocabulary="1">, and the DAC 5-digit list they are checked against.

#include "iati_fixtures.hpp"

#include "iati/import.hpp"
#include "iati/sectors.hpp"
#include "rules/errors.hpp"
#include "tracker/programme_header.hpp"
#include "xml/reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

using namespace condtrack;
using namespace condtrack::test;

namespace {

const std::string kCell = "Programme.B15";

IatiSectors parsed(std::string_view text, AidType aid = AidType::GeneralBudgetSupport,
                   Language language = Language::English) {
    return parseSectors(text, aid, kCell, language);
}

// The message parseSectors refuses the text with; "" when it does not.
std::string refusal(std::string_view text, AidType aid = AidType::GeneralBudgetSupport,
                    Language language = Language::English) {
    try {
        parsed(text, aid, language);
    } catch (const InvalidArgument& e) {
        return e.what();
    }
    return {};
}

std::vector<const XmlElement*> sectorsOf(const XmlElement& root) {
    return root.childrenNamed("iati-activity").at(0)->childrenNamed("sector");
}

std::string attr(const XmlElement* e, const char* name) {
    const std::string* value = e->attribute(name);
    return value ? *value : "<none>";
}

// The Mali header range, its Sector row holding `sector`, or without the row.
RangeTable headerTable(const std::optional<std::string>& sector, const std::string& aid = "A01") {
    const std::vector<std::string> values{"XI-IATI-EC_INTPA-ML-SBC",
                                          "XI-IATI-EC_INTPA",
                                          "15",
                                          "European Commission",
                                          "State Building Contract, Mali",
                                          "",
                                          aid,
                                          "ML",
                                          "EUR",
                                          "en",
                                          "1",
                                          "2",
                                          ""};
    const std::size_t fields = sector ? std::size_t(kHeaderFields) : values.size();
    CellGrid cells(Shape{1 + fields, 2}, Cell{std::string()});
    for (std::size_t i = 0; i < values.size(); ++i)
        cells[(1 + i) * 2 + 1] = Cell{values[i]};
    if (sector) cells[std::size_t(headerRow(HeaderField::Sector)) * 2 + 1] = Cell{*sector};
    return {"CondTrack_Header", "Programme", 0, 0, cells};
}

} // namespace

// --- The header's text -------------------------------------------------------------

TEST(Sectors, OneCodeIsTheWholeActivity) {
    EXPECT_EQ(parsed("51010"), (IatiSectors{{"51010", 10000}}));
}

TEST(Sectors, SeveralCodesEachTakeTheirPercentage) {
    EXPECT_EQ(parsed("15110 60; 51010 40"), (IatiSectors{{"15110", 6000}, {"51010", 4000}}));
}

TEST(Sectors, APercentageMayCarryASignAndADecimalPointOrComma) {
    EXPECT_EQ(parsed("15110 33,33 %; 51010 66.67%"),
              (IatiSectors{{"15110", 3333}, {"51010", 6667}}));
}

TEST(Sectors, FrenchNoBreakSpacesBeforeTheSemicolonAndTheSignAreSpaces) {
    EXPECT_EQ(parsed("15110 60\u202f; 51010 40\u00a0%"),
              (IatiSectors{{"15110", 6000}, {"51010", 4000}}));
}

TEST(Sectors, BlankIsGeneralBudgetSupportForA01) {
    EXPECT_EQ(parsed("  "), (IatiSectors{{"51010", 10000}}));
}

TEST(Sectors, BlankUnderA02IsRefusedNamingTheCell) {
    EXPECT_EQ(refusal("", AidType::SectorBudgetSupport),
              "Programme.B15: aid type A02 (sector budget support) needs the sector's DAC 5-digit "
              "code, e.g. 15110");
    EXPECT_EQ(parsed("12110", AidType::SectorBudgetSupport), (IatiSectors{{"12110", 10000}}));
}

TEST(Sectors, ACodeOutsideTheDacListIsRefused) {
    EXPECT_EQ(refusal("51011"),
              "Programme.B15: \"51011\" is not a sector code of the DAC 5-digit list, e.g. 51010");
    EXPECT_NE(refusal("510"), "");   // the 3-digit category is another vocabulary
    EXPECT_NE(refusal("5101a"), ""); // not a number
    EXPECT_NE(refusal("15120"), ""); // withdrawn from the list
}

TEST(Sectors, PercentagesThatDoNotSumTo100AreRefused) {
    EXPECT_EQ(refusal("15110 60; 51010 30"),
              "Programme.B15: the sector percentages add up to 90, not 100");
    EXPECT_EQ(refusal("15110 60; 51010 40,5", AidType::GeneralBudgetSupport, Language::French),
              "Programme.B15: les pourcentages des secteurs totalisent 100,5, et non 100");
    EXPECT_EQ(refusal("15110 60"), "Programme.B15: the sector percentages add up to 60, not 100");
}

TEST(Sectors, WithSeveralCodesEachNeedsAPercentage) {
    EXPECT_EQ(refusal("15110; 51010 40"),
              "Programme.B15: sector 15110 has no percentage: with several sectors each needs one, "
              "e.g. 15110 60; 51010 40");
}

TEST(Sectors, APercentageMustBeAbove0UpTo100WithTwoDecimals) {
    EXPECT_EQ(refusal("15110 0; 51010 100"),
              "Programme.B15: the percentage of sector 15110 (\"0\") must be a number above 0 and "
              "up to 100, with at most two decimals");
    EXPECT_NE(refusal("15110 33.333; 51010 66.667"), "");
    EXPECT_NE(refusal("15110 120; 51010 -20"), "");
    EXPECT_NE(refusal("15110 sixty; 51010 40"), "");
    EXPECT_EQ(parsed("15110 60.00; 51010 40"), (IatiSectors{{"15110", 6000}, {"51010", 4000}}));
}

TEST(Sectors, ACodeGivenTwiceIsRefused) {
    EXPECT_EQ(refusal("51010 50; 51010 50"), "Programme.B15: sector 51010 is given twice");
}

TEST(Sectors, TheTextComesBackAsTyped) {
    EXPECT_EQ(sectorsText(parsed("51010")), "51010");
    EXPECT_EQ(sectorsText(parsed("15110 60 %;51010 40")), "15110 60; 51010 40");
    EXPECT_EQ(sectorsText(parsed("15110 33,3; 51010 66,7")), "15110 33.3; 51010 66.7");
    EXPECT_EQ(sectorsText(parsed("15110 33.33; 51010 66.67")), "15110 33.33; 51010 66.67");
    EXPECT_EQ(sectorsText(parsed("15110 99.95; 51010 0.05")), "15110 99.95; 51010 0.05");
    EXPECT_EQ(sectorsText({}), "");
}

// --- The Programme header's row -------------------------------------------------

TEST(Sectors, TheSectorRowIsAppendedAfterSuspendedFrom) {
    EXPECT_EQ(headerRow(HeaderField::Sector), 14);
    EXPECT_EQ(headerDefault(HeaderField::Sector, Language::English), "51010");
    EXPECT_EQ(headerLabel(HeaderField::Sector, Language::French),
              "Secteur (code CAD à 5 chiffres, ou codes avec pourcentages)");
}

TEST(Sectors, AHeaderWrittenBeforeTheSectorRowReadsAsTheAidTypesDefault) {
    EXPECT_EQ(iatiHeaderFrom(headerTable(std::nullopt)).sectors, (IatiSectors{{"51010", 10000}}));
}

TEST(Sectors, TheHeaderReadsItsSectorRow) {
    EXPECT_EQ(iatiHeaderFrom(headerTable("15110 60; 51010 40")).sectors,
              (IatiSectors{{"15110", 6000}, {"51010", 4000}}));
}

TEST(Sectors, AnA02HeaderWithoutSectorIsRefusedNamingTheCell) {
    try {
        iatiHeaderFrom(headerTable("", "A02"), Language::French);
        FAIL() << "an A02 header without sector was read";
    } catch (const InvalidArgument& e) {
        EXPECT_EQ(std::string(e.what()).substr(0, 15), "Programme.B15: ");
        EXPECT_NE(std::string(e.what()).find("appui budgétaire sectoriel"), std::string::npos);
    }
}

// --- Export and import ----------------------------------------------------------

TEST(Sectors, TheExportWritesEachSectorWithVocabulary1) {
    IatiHeader header = maliHeader();
    header.sectors = parsed("15110 60; 51010 40");
    const XmlElement root = parseXml(exportIati(maliModel(), header, kWhen).xml);
    const auto sectors = sectorsOf(root);
    ASSERT_EQ(sectors.size(), 2u);
    EXPECT_EQ(attr(sectors[0], "vocabulary"), "1");
    EXPECT_EQ(attr(sectors[0], "code"), "15110");
    EXPECT_EQ(attr(sectors[0], "percentage"), "60");
    EXPECT_EQ(attr(sectors[1], "code"), "51010");
    EXPECT_EQ(attr(sectors[1], "percentage"), "40");
}

TEST(Sectors, TheExportSaysGeneralBudgetSupportWhenTheHeaderHasNoSector) {
    const XmlElement root = parseXml(exportIati(maliModel(), maliHeader(), kWhen).xml);
    const auto sectors = sectorsOf(root);
    ASSERT_EQ(sectors.size(), 1u);
    EXPECT_EQ(attr(sectors[0], "code"), "51010");
    EXPECT_EQ(attr(sectors[0], "percentage"), "100");
}

TEST(Sectors, TheSectorComesBetweenTheCountryAndTheAidType) {
    const XmlElement root = parseXml(exportIati(maliModel(), maliHeader(), kWhen).xml);
    std::vector<std::string> order;
    for (const auto& child : root.childrenNamed("iati-activity").at(0)->children)
        if (child.name == "recipient-country" || child.name == "sector" ||
            child.name == "default-aid-type")
            order.push_back(child.name);
    EXPECT_EQ(order, (std::vector<std::string>{"recipient-country", "sector", "default-aid-type"}));
}

TEST(Sectors, TheImportReadsTheExportedSectors) {
    IatiHeader header = maliHeader();
    header.sectors = parsed("15110 33.33; 51010 66.67");
    const IatiImport imported = importIati(exportIati(maliModel(), header, kWhen).xml);
    EXPECT_EQ(imported.header.sectors, header.sectors);
}

TEST(Sectors, TheImportReadsOnlyDacFiveDigitSectorsThatSumTo100) {
    const auto read = [](const std::string& sectors) {
        return readSectors(parseXml("<iati-activity>" + sectors + "</iati-activity>"));
    };
    // Vocabulary 2 (DAC 3-digit) and 99 (the publisher's) are not the header's.
    EXPECT_EQ(read("<sector code=\"151\" vocabulary=\"2\" percentage=\"100\"/>"
                   "<sector code=\"15110\"/>"
                   "<sector code=\"X1\" vocabulary=\"99\"/>"),
              (IatiSectors{{"15110", 10000}}));
    EXPECT_EQ(read("<sector code=\"15110\" vocabulary=\"1\" percentage=\"70\"/>"
                   "<sector code=\"51010\" percentage=\"30\"/>"),
              (IatiSectors{{"15110", 7000}, {"51010", 3000}}));
    // Shares that do not make the whole activity would be refused by the tracker.
    EXPECT_EQ(read("<sector code=\"15110\" percentage=\"70\"/>"
                   "<sector code=\"51010\" percentage=\"20\"/>"),
              IatiSectors{});
    EXPECT_EQ(read("<sector code=\"15110\"/><sector code=\"51010\"/>"), IatiSectors{});
    EXPECT_EQ(read(""), IatiSectors{});
}

// --- The list -------------------------------------------------------------------

// The codes condtrack accepts are the active codes of IATI's Sector codelist
// the rules tests check exports against (tests/data/iati-rulesets).
TEST(Sectors, TheDacListIsIatisSectorCodelist) {
    const std::string path =
        std::string(CONDTRACK_SOURCE_DIR) + "/tests/data/iati-rulesets/codelists/codelists.json";
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path;
    std::ostringstream text;
    text << in.rdbuf();
    const std::string json = text.str();
    const std::size_t start = json.find("\"Sector\": {");
    ASSERT_NE(start, std::string::npos);
    const std::string sector = json.substr(start, json.find('}', start) - start);
    const std::regex item("\"([0-9]{5})\": \"([a-z]+)\"");
    int active = 0, withdrawn = 0;
    for (std::sregex_iterator it(sector.begin(), sector.end(), item), end; it != end; ++it) {
        const bool isActive = (*it)[2] == "active";
        EXPECT_EQ(isDacSectorCode((*it)[1].str()), isActive) << (*it)[1];
        (isActive ? active : withdrawn)++;
    }
    EXPECT_EQ(active, 295);
    EXPECT_EQ(withdrawn, 30);
}
