#include "tracker/programme_header.hpp"

#include "iati/sectors.hpp"
#include "rules/errors.hpp"
#include "sheet/workbook_plan.hpp"
#include "text/keys.hpp"
#include "text/strings.hpp"
#include "tracker/layout.hpp"

#include <cmath>

namespace condtrack {

namespace {

std::string textOf(const Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    if (const auto* number = std::get_if<double>(&cell)) {
        if (std::isfinite(*number) && *number == std::floor(*number) && std::fabs(*number) < 1e15)
            return std::to_string(static_cast<long long>(*number));
    }
    return {};
}

} // namespace

std::string headerLabel(HeaderField field, Language language) {
    switch (field) {
    case HeaderField::Identifier: return std::string(tr(STR_HDR_IDENTIFIER, language));
    case HeaderField::ReportingOrgRef: return std::string(tr(STR_HDR_ORG_REF, language));
    case HeaderField::ReportingOrgType: return std::string(tr(STR_HDR_ORG_TYPE, language));
    case HeaderField::ReportingOrgName: return std::string(tr(STR_HDR_ORG_NAME, language));
    case HeaderField::TitleEnglish: return std::string(tr(STR_HDR_TITLE_EN, language));
    case HeaderField::TitleFrench: return std::string(tr(STR_HDR_TITLE_FR, language));
    case HeaderField::AidType: return std::string(tr(STR_HDR_AID_TYPE, language));
    case HeaderField::RecipientCountry: return std::string(tr(STR_HDR_COUNTRY, language));
    case HeaderField::Currency: return std::string(tr(STR_HDR_CURRENCY, language));
    case HeaderField::Language: return std::string(tr(STR_HDR_LANGUAGE, language));
    case HeaderField::FiscalYearStartMonth: return std::string(tr(STR_HDR_FISCAL_MONTH, language));
    case HeaderField::LayoutVersion: return std::string(tr(STR_HDR_LAYOUT_VERSION, language));
    case HeaderField::SuspendedFrom: return std::string(tr(STR_HDR_SUSPENDED_FROM, language));
    case HeaderField::Sector: return std::string(tr(STR_HDR_SECTOR, language));
    }
    return {};
}

std::string headerDefault(HeaderField field, Language language) {
    switch (field) {
    case HeaderField::ReportingOrgType: return "10";
    case HeaderField::AidType: return "A01";
    case HeaderField::Currency: return "EUR";
    case HeaderField::Language: return std::string(languageCode(language));
    case HeaderField::FiscalYearStartMonth: return "1";
    case HeaderField::LayoutVersion: return std::to_string(layout::v2::kVersion);
    case HeaderField::Sector: return kGeneralBudgetSupportSector; // for A01, the default aid type
    default: return {};
    }
}

IatiHeader iatiHeaderFrom(const RangeTable& table, Language language) {
    const auto& cells = table.cells;
    constexpr std::size_t valueCol = layout::header_col::Value;
    const auto value = [&](HeaderField field) -> std::string {
        const auto row = static_cast<std::size_t>(headerRow(field));
        if (row >= cells.shape().rows || cells.shape().cols <= valueCol) return {};
        return textOf(cells.at(row, valueCol));
    };
    const auto where = [&](HeaderField field) {
        return table.sheet + "." +
               cellRef(table.firstRow + headerRow(field),
                       table.firstCol + layout::header_col::Value);
    };
    IatiHeader header;
    header.identifier = value(HeaderField::Identifier);
    if (header.identifier.empty())
        throw InvalidArgument(where(HeaderField::Identifier) +
                              ": the IATI activity identifier is blank");
    header.reportingOrgRef = value(HeaderField::ReportingOrgRef);
    header.reportingOrgType = value(HeaderField::ReportingOrgType);
    if (const auto name = value(HeaderField::ReportingOrgName); !name.empty())
        header.reportingOrgName.push_back({"", name});
    const std::string en = value(HeaderField::TitleEnglish), fr = value(HeaderField::TitleFrench);
    if (!en.empty()) header.title.push_back({"en", en});
    if (!fr.empty()) header.title.push_back({"fr", fr});
    if (header.title.empty())
        throw InvalidArgument(where(HeaderField::TitleEnglish) +
                              ": the title is blank (English or French)");
    const std::string aid = normaliseKeyword(value(HeaderField::AidType));
    if (aid == "a02")
        header.aidType = AidType::SectorBudgetSupport;
    else if (aid.empty() || aid == "a01")
        header.aidType = AidType::GeneralBudgetSupport;
    else
        throw InvalidArgument(where(HeaderField::AidType) + ": aid type must be A01 or A02");
    header.sectors = parseSectors(value(HeaderField::Sector), header.aidType,
                                  where(HeaderField::Sector), language);
    header.recipientCountry = value(HeaderField::RecipientCountry);
    if (const auto currency = value(HeaderField::Currency); !currency.empty())
        header.currency = currency;
    const std::string lang = normaliseKeyword(value(HeaderField::Language));
    header.language = lang.empty() ? "en" : lang;
    if (header.language != "en" && header.language != "fr" && header.language != "pt")
        throw InvalidArgument(where(HeaderField::Language) + ": language must be en, fr or pt");
    if (const auto month = value(HeaderField::FiscalYearStartMonth); !month.empty()) {
        const int m = std::atoi(month.c_str());
        if (m < 1 || m > 12)
            throw InvalidArgument(where(HeaderField::FiscalYearStartMonth) +
                                  ": month must be 1 to 12");
        header.fiscalYearStartMonth = m;
    }
    return header;
}

std::optional<int> layoutVersionFrom(const RangeTable& table) {
    const auto row = static_cast<std::size_t>(headerRow(HeaderField::LayoutVersion));
    constexpr std::size_t valueCol = layout::header_col::Value;
    if (row >= table.cells.shape().rows || table.cells.shape().cols <= valueCol) return 1;
    const Cell& cell = table.cells.at(row, valueCol);
    if (isBlank(cell)) return 1;
    const auto* typed = std::get_if<std::string>(&cell);
    if (typed != nullptr && trim(*typed).empty()) return 1;
    const std::string text = typed != nullptr ? trim(*typed) : textOf(cell);
    if (text.empty() || text.size() > 3) return std::nullopt;
    for (const char c : text)
        if (c < '0' || c > '9') return std::nullopt;
    return std::atoi(text.c_str());
}

} // namespace condtrack
