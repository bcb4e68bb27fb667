// The programme header that IATI exports read.

#include "rules/errors.hpp"
#include "tracker/programme_header.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

RangeTable headerTable(std::vector<std::string> values) {
    CellGrid cells(Shape{1 + static_cast<std::size_t>(kHeaderFields), 2}, Cell{std::string()});
    for (std::size_t i = 0; i < values.size(); ++i)
        cells[(1 + i) * 2 + 1] = Cell{values[i]};
    return {"CondTrack_Header", "Programme", 0, 0, cells};
}

const std::vector<std::string> kMali{"XI-IATI-EC_INTPA-ML-SBC",
                                     "XI-IATI-EC_INTPA",
                                     "15",
                                     "European Commission",
                                     "State Building Contract, Mali",
                                     "Contrat d'appui, Mali",
                                     "A01",
                                     "ML",
                                     "EUR",
                                     "en",
                                     "1"};

} // namespace

TEST(ProgrammeHeader, ReadsEveryField) {
    const IatiHeader h = iatiHeaderFrom(headerTable(kMali));
    EXPECT_EQ(h.identifier, "XI-IATI-EC_INTPA-ML-SBC");
    EXPECT_EQ(h.reportingOrgRef, "XI-IATI-EC_INTPA");
    ASSERT_EQ(h.title.size(), 2u);
    EXPECT_EQ(h.title[1].lang, "fr");
    EXPECT_EQ(h.aidType, AidType::GeneralBudgetSupport);
    EXPECT_EQ(h.recipientCountry, "ML");
    EXPECT_EQ(h.fiscalYearStartMonth, 1);
}

TEST(ProgrammeHeader, SectorBudgetSupportIsA02) {
    auto values = kMali;
    values[6] = "a02";
    // Sector budget support names its sector (iati_sectors_test.cpp).
    values.resize(kHeaderFields);
    values[headerRow(HeaderField::Sector) - 1] = "15110";
    EXPECT_EQ(iatiHeaderFrom(headerTable(values)).aidType, AidType::SectorBudgetSupport);
}

TEST(ProgrammeHeader, MissingIdentifierNamesTheCell) {
    auto values = kMali;
    values[0] = "";
    try {
        iatiHeaderFrom(headerTable(values));
        FAIL();
    } catch (const InvalidArgument& e) {
        EXPECT_STREQ(e.what(), "Programme.B2: the IATI activity identifier is blank");
    }
}

TEST(ProgrammeHeader, UnknownAidTypeAndMonthAreErrors) {
    auto values = kMali;
    values[6] = "B01";
    EXPECT_THROW(iatiHeaderFrom(headerTable(values)), InvalidArgument);
    values = kMali;
    values[10] = "13";
    EXPECT_THROW(iatiHeaderFrom(headerTable(values)), InvalidArgument);
}

TEST(ProgrammeHeader, APortugueseTrackerSaysPtAndReadsBack) {
    EXPECT_EQ(headerDefault(HeaderField::Language, Language::Portuguese), "pt");
    EXPECT_EQ(headerDefault(HeaderField::Language, Language::French), "fr");
    EXPECT_EQ(headerLabel(HeaderField::Currency, Language::Portuguese), "Moeda");
    auto values = kMali;
    values[9] = "pt";
    EXPECT_EQ(iatiHeaderFrom(headerTable(values)).language, "pt");
    values[9] = "de";
    EXPECT_THROW(iatiHeaderFrom(headerTable(values)), InvalidArgument);
}

// --- Layout version -------------------------------------------------------------

TEST(ProgrammeHeader, TwoFieldsFollowTheElevenOfVersionOne) {
    EXPECT_EQ(headerRow(HeaderField::FiscalYearStartMonth), 11);
    EXPECT_EQ(headerRow(HeaderField::LayoutVersion), 12);
    EXPECT_EQ(headerRow(HeaderField::SuspendedFrom), 13);
    EXPECT_EQ(headerLabel(HeaderField::LayoutVersion, Language::French),
              "Version de la disposition");
    EXPECT_EQ(headerDefault(HeaderField::LayoutVersion, Language::English), "2");
    EXPECT_EQ(headerDefault(HeaderField::SuspendedFrom, Language::English), "");
}

TEST(ProgrammeHeader, AHeaderWithoutTheLayoutVersionRowIsVersionOne) {
    CellGrid cells(Shape{1 + static_cast<std::size_t>(kHeaderFieldsV1), 2}, Cell{std::string()});
    EXPECT_EQ(layoutVersionFrom({"CondTrack_Header", "Programme", 0, 0, cells}), 1);
}

TEST(ProgrammeHeader, ABlankLayoutVersionIsVersionOne) {
    EXPECT_EQ(layoutVersionFrom(headerTable(kMali)), 1);
}

TEST(ProgrammeHeader, TheLayoutVersionReadsAsTyped) {
    RangeTable table = headerTable(kMali);
    table.cells[std::size_t(headerRow(HeaderField::LayoutVersion)) * 2 + 1] = Cell{2.0};
    EXPECT_EQ(layoutVersionFrom(table), 2);
}

TEST(ProgrammeHeader, ALayoutVersionThatIsNotAWholeNumberIsNone) {
    RangeTable table = headerTable(kMali);
    table.cells[std::size_t(headerRow(HeaderField::LayoutVersion)) * 2 + 1] = Cell{2.5};
    EXPECT_EQ(layoutVersionFrom(table), std::nullopt);
    table.cells[std::size_t(headerRow(HeaderField::LayoutVersion)) * 2 + 1] =
        Cell{std::string("two")};
    EXPECT_EQ(layoutVersionFrom(table), std::nullopt);
}
