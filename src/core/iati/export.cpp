#include "iati/export.hpp"
#include "text/keys.hpp"
#include "tracker/condition_entry.hpp"

#include "rules/errors.hpp"
#include "xml/writer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>

namespace condtrack {

namespace {

constexpr const char* kExt = "condtrack:";

std::string ext(const char* local) {
    return std::string(kExt) + local;
}

// A text the exporter writes itself, in both languages.
struct Bilingual {
    const char* en;
    const char* fr;
};

const Bilingual kGeneralConditions[] = {
    {"Satisfactory progress in the implementation of the public policy, which remains credible "
     "and relevant.",
     "Progrès satisfaisants dans la mise en œuvre de la politique publique, qui reste crédible "
     "et pertinente."},
    {"Maintenance of a credible and relevant stability-oriented macroeconomic policy.",
     "Maintien d'une politique macroéconomique crédible et pertinente, orientée vers la "
     "stabilité."},
    {"Satisfactory progress in the implementation of reforms to improve public financial "
     "management.",
     "Progrès satisfaisants dans la mise en œuvre des réformes visant à améliorer la gestion des "
     "finances publiques."},
    {"Satisfactory progress with regard to the public availability of timely, comprehensive "
     "and sound budgetary information.",
     "Progrès satisfaisants en ce qui concerne la mise à disposition du public, en temps utile, "
     "d'informations budgétaires exhaustives et fiables."},
};

const Bilingual kDescription{
    "Budget support: general conditions, performance indicators and tranches, as tracked with "
    "condtrack.",
    "Appui budgétaire : conditions générales, indicateurs de performance et tranches, suivis "
    "avec condtrack."};
const Bilingual kNoArea{"Performance indicators", "Indicateurs de performance"};

std::string format2(const char* pattern, const std::string& a, const std::string& b) {
    std::string out;
    for (const char* p = pattern; *p; ++p) {
        if (p[0] == '%' && (p[1] == '1' || p[1] == '2')) {
            out += p[1] == '1' ? a : b;
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

std::string_view methodKeyword(ScoringMethod method) {
    switch (method) {
    case ScoringMethod::Linear: return "linear";
    case ScoringMethod::Binary: return "binary";
    case ScoringMethod::Partial: return "partial";
    }
    return "linear";
}

std::string_view ruleKeyword(WaiverRule rule) {
    return rule == WaiverRule::Transfer ? "transfer" : "reallocate";
}

const char* boolText(bool value) {
    return value ? "true" : "false";
}

// Numbers as typed in French ("0,5") for French narratives.
std::string localNumber(double value, const std::string& lang) {
    std::string text = xmlDecimal(value);
    if (lang == "fr")
        for (auto& c : text)
            if (c == '.') c = ',';
    return text;
}

// A language tag: 2 or 3 letters, then optional "-" subtags ("en", "fr-BE").
bool isLanguageCode(std::string_view code) {
    const std::size_t dash = std::min(code.find('-'), code.size());
    if (dash < 2 || dash > 3) return false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const auto c = static_cast<unsigned char>(code[i]);
        if (i < dash ? !std::isalpha(c) : !(std::isalnum(c) || c == '-')) return false;
    }
    return code.back() != '-';
}

bool allDigits(std::string_view text, std::size_t from, std::size_t count) {
    if (from + count > text.size()) return false;
    for (std::size_t i = from; i < from + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

// xsd:dateTime: [-]YYYY-MM-DDThh:mm:ss[.s+][Z|(+|-)hh:mm].
bool isXsdDateTime(std::string_view t) {
    std::size_t i = 0;
    if (i < t.size() && t[i] == '-') ++i;
    if (!allDigits(t, i, 4)) return false;
    i += 4;
    const auto two = [&](char sep, int max) {
        if (i >= t.size() || t[i] != sep || !allDigits(t, i + 1, 2)) return false;
        const int v = (t[i + 1] - '0') * 10 + (t[i + 2] - '0');
        i += 3;
        return v <= max;
    };
    const std::size_t monthAt = i + 1;
    if (!two('-', 12) || (t[monthAt] == '0' && t[monthAt + 1] == '0')) return false;
    const std::size_t dayAt = i + 1;
    if (!two('-', 31) || (t[dayAt] == '0' && t[dayAt + 1] == '0')) return false;
    if (!two('T', 24) || !two(':', 59) || !two(':', 59)) return false;
    if (i < t.size() && t[i] == '.') {
        ++i;
        const std::size_t from = i;
        while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])))
            ++i;
        if (i == from) return false;
    }
    if (i == t.size()) return true;
    if (t[i] == 'Z') return i + 1 == t.size();
    if (t[i] != '+' && t[i] != '-') return false;
    if (!allDigits(t, i + 1, 2)) return false;
    i += 3;
    if (!two(':', 59)) return false;
    return i == t.size();
}

class Exporter {
  public:
    Exporter(const TrackerModel& model, const IatiHeader& header)
        : m_(model), h_(header), w_(XmlWriter::Options{}) {
        validateHeader();
        // The languages of the texts the exporter writes itself: those of the
        // title among English and French; else the activity's if it is one.
        const auto primary = [](const std::string& tag) {
            return lowerAscii(tag.substr(0, tag.find('-')));
        };
        for (const auto& n : h_.title) {
            const std::string lang = primary(n.lang.empty() ? h_.language : n.lang);
            if ((lang == "en" || lang == "fr") && !hasLang(lang)) langs_.push_back(lang);
        }
        if (langs_.empty()) langs_.push_back(primary(h_.language) == "fr" ? "fr" : "en");
    }

    IatiExport run(std::string_view generatedDatetime) {
        if (!isXsdDateTime(generatedDatetime))
            throw InvalidArgument("generated-datetime \"" + std::string(generatedDatetime) +
                                  "\" is not an xsd:dateTime (2024-05-01T12:00:00Z)");
        w_.open("iati-activities")
            .attribute("version", kIatiVersion)
            .attribute("generated-datetime", generatedDatetime)
            .attribute(std::string("xmlns:") + kCondtrackIatiPrefix, kCondtrackIatiNamespace);
        activity();
        w_.close();
        return {w_.finish(), std::move(warnings_)};
    }

  private:
    bool hasLang(const std::string& lang) const {
        for (const auto& l : langs_)
            if (l == lang) return true;
        return false;
    }

    void validateHeader() {
        const auto need = [](bool ok, const char* what) {
            if (!ok) throw InvalidArgument(std::string("the IATI header has no ") + what);
        };
        const auto hasText = [](const Narratives& n) {
            for (const auto& x : n)
                if (!trim(x.text).empty()) return true;
            return false;
        };
        need(!trim(h_.identifier).empty(), "activity identifier");
        need(!trim(h_.reportingOrgRef).empty(), "reporting organisation identifier");
        need(!trim(h_.reportingOrgType).empty(), "reporting organisation type");
        need(hasText(h_.reportingOrgName), "reporting organisation name");
        need(hasText(h_.title), "title");
        if (!isLanguageCode(h_.language))
            throw InvalidArgument("the IATI header's language \"" + h_.language +
                                  "\" is not a language code (en, fr)");
        for (const Narratives* list : {&h_.title, &h_.description, &h_.reportingOrgName})
            for (const auto& n : *list)
                if (!n.lang.empty() && !isLanguageCode(n.lang))
                    throw InvalidArgument("\"" + n.lang + "\" is not a language code (en, fr)");
        if (h_.currency.size() != 3 || !std::isupper(static_cast<unsigned char>(h_.currency[0])) ||
            !std::isupper(static_cast<unsigned char>(h_.currency[1])) ||
            !std::isupper(static_cast<unsigned char>(h_.currency[2])))
            throw InvalidArgument("the IATI header's currency \"" + h_.currency +
                                  "\" is not an ISO 4217 code (EUR)");
        if (h_.fiscalYearStartMonth < 1 || h_.fiscalYearStartMonth > 12)
            throw InvalidArgument("the fiscal year's first month must be 1 to 12");
        need(!trim(h_.activityStatus).empty(), "activity status");
        need(!trim(h_.resultType).empty(), "result type");
        if (h_.baselineYear < 0) throw InvalidArgument("the baseline year must be positive");
        if (m_.years.empty() && (!h_.plannedStart || !h_.plannedEnd))
            throw InvalidArgument("the tracker has no year, so the IATI header needs the planned "
                                  "start and end dates");
    }

    // <name> with one narrative per entry; the activity's language is not
    // repeated as xml:lang.
    void narratives(const Narratives& list) {
        for (const auto& n : list) {
            w_.open("narrative");
            if (!n.lang.empty() && n.lang != h_.language) w_.attribute("xml:lang", n.lang);
            w_.text(n.text).close();
        }
    }

    void textElement(const char* name, const Narratives& list) {
        w_.open(name);
        narratives(list);
        w_.close();
    }

    Narratives generated(const Bilingual& text) const {
        Narratives out;
        for (const auto& lang : langs_)
            out.push_back({lang, lang == "fr" ? text.fr : text.en});
        return out;
    }

    Narratives own(const std::string& text) const { return {{"", text}}; }

    void dateElement(const char* name, Date date) {
        w_.open(name).attribute("iso-date", isoDate(date)).close();
    }

    void valueElement(Amount amount, Date valueDate) {
        w_.open("value")
            .attribute("value-date", isoDate(valueDate))
            .text(xmlDecimal(amount))
            .close();
    }

    void activity() {
        w_.open("iati-activity").attribute("xml:lang", h_.language);
        w_.attribute("default-currency", h_.currency);
        w_.element("iati-identifier", trim(h_.identifier));
        w_.open("reporting-org")
            .attribute("ref", trim(h_.reportingOrgRef))
            .attribute("type", trim(h_.reportingOrgType));
        narratives(h_.reportingOrgName);
        w_.close();
        textElement("title", h_.title);
        w_.open("description").attribute("type", "1");
        narratives(h_.description.empty() ? generated(kDescription) : h_.description);
        w_.close();
        participatingOrgs();
        w_.open("activity-status").attribute("code", trim(h_.activityStatus)).close();
        activityDates();
        if (!trim(h_.recipientCountry).empty())
            w_.open("recipient-country")
                .attribute("code", trim(h_.recipientCountry))
                .attribute("percentage", "100")
                .close();
        writeSectors(w_, h_.sectors, h_.aidType);
        w_.open("default-aid-type").attribute("code", iatiCode(h_.aidType)).close();
        plannedDisbursements();
        transactions();
        conditions();
        results();
        trackerExtension();
        w_.close();
    }

    void participatingOrgs() {
        if (h_.participatingOrgs.empty()) {
            w_.open("participating-org")
                .attribute("ref", trim(h_.reportingOrgRef))
                .attribute("type", trim(h_.reportingOrgType))
                .attribute("role", "1");
            narratives(h_.reportingOrgName);
            w_.close();
            return;
        }
        for (const auto& org : h_.participatingOrgs) {
            if (trim(org.role).empty())
                throw InvalidArgument(
                    "a participating organisation of the IATI header has no role");
            w_.open("participating-org");
            if (!trim(org.ref).empty()) w_.attribute("ref", trim(org.ref));
            if (!trim(org.type).empty()) w_.attribute("type", trim(org.type));
            w_.attribute("role", trim(org.role));
            narratives(org.name);
            w_.close();
        }
    }

    void activityDates() {
        const int m = h_.fiscalYearStartMonth;
        const Date start =
            h_.plannedStart ? *h_.plannedStart : fiscalYearStart(m_.years.front().year, m);
        const Date end =
            h_.plannedEnd ? *h_.plannedEnd : fiscalYearEnd(m_.years.back().year + 1, m);
        w_.open("activity-date")
            .attribute("type", "1")
            .attribute("iso-date", isoDate(start))
            .close();
        w_.open("activity-date").attribute("type", "3").attribute("iso-date", isoDate(end)).close();
    }

    static std::string trancheName(const Tranche& t) {
        return "Tranche " + std::to_string(t.year) + " " + std::string(keyword(t.type));
    }

    void plannedDisbursement(int year, TrancheType type, const char* pdType, Amount value,
                             const std::string& component = {}) {
        const int m = h_.fiscalYearStartMonth;
        // The tranche for assessment year N is paid in fiscal year N+1.
        const Date start = fiscalYearStart(year + 1, m);
        w_.open("planned-disbursement")
            .attribute("type", pdType)
            .attribute(ext("tranche-year"), std::to_string(year))
            .attribute(ext("tranche-type"), keyword(type));
        if (!component.empty()) w_.attribute(ext("tranche-component"), component);
        dateElement("period-start", start);
        dateElement("period-end", fiscalYearEnd(year + 1, m));
        valueElement(value, start);
        w_.close();
    }

    bool version2() const { return m_.layoutVersion >= 2; }

    // Version 2: the base ceiling is the original plan (type 1); money
    // carried in from the year before revises it (type 2, the ceiling).
    void plannedDisbursementsV2() {
        for (const auto& t : m_.tranches) {
            plannedDisbursement(t.year, t.type, "1", t.baseCeiling, t.component);
            if (t.carriedIn != 0.0)
                plannedDisbursement(t.year, t.type, "2", t.ceiling, t.component);
        }
    }

    void plannedDisbursements() {
        if (version2()) return plannedDisbursementsV2();
        // Transfers (waiver rule B) revise next year's variable ceiling.
        std::map<int, Amount> transfers;
        for (const auto& t : m_.tranches) {
            if (t.type == TrancheType::Variable && t.transferred > 0.0)
                transfers[t.year + 1] += t.transferred;
        }
        std::map<int, bool> revised;
        for (const auto& t : m_.tranches) {
            plannedDisbursement(t.year, t.type, "1", t.ceiling);
            if (t.type == TrancheType::Variable && transfers.count(t.year) && !revised[t.year]) {
                revised[t.year] = true;
                plannedDisbursement(t.year, t.type, "2", t.ceiling + transfers[t.year]);
            }
        }
        // A transfer to a year without a variable tranche.
        for (const auto& [year, amount] : transfers)
            if (!revised[year]) plannedDisbursement(year, TrancheType::Variable, "2", amount);
    }

    void transactions() {
        for (const auto& t : m_.tranches) {
            if (t.disbursed && !t.disbursedOn) {
                warnings_.push_back(trancheName(t) +
                                    ": the disbursed amount has no date, which an IATI "
                                    "transaction needs; only condtrack's extension keeps it");
                continue;
            }
            if (!t.disbursed) continue; // a date alone: kept by the extension
            const Date on = *t.disbursedOn;
            w_.open("transaction")
                .attribute(ext("tranche-year"), std::to_string(t.year))
                .attribute(ext("tranche-type"), keyword(t.type));
            if (!t.component.empty()) w_.attribute(ext("tranche-component"), t.component);
            w_.open("transaction-type").attribute("code", "3").close();
            dateElement("transaction-date", on);
            valueElement(*t.disbursed, on);
            const std::string year = std::to_string(t.year);
            const bool fixed = t.type == TrancheType::Fixed;
            Narratives description;
            for (const auto& lang : langs_) {
                if (lang == "fr")
                    description.push_back(
                        {lang, format2(fixed ? "Versement de la tranche fixe au titre de %1"
                                             : "Versement de la tranche variable au titre de %1",
                                       year, {})});
                else
                    description.push_back(
                        {lang, format2(fixed ? "Disbursement of the fixed tranche for %1"
                                             : "Disbursement of the variable tranche for %1",
                                       year, {})});
            }
            textElement("description", description);
            w_.close();
        }
    }

    // Version 2: the Conditions sheet's, general as type 1 (policy), specific
    // as type 2 (performance), in the tracker's language.
    void conditionsV2() {
        w_.open("conditions").attribute("attached", m_.conditions.empty() ? "0" : "1");
        for (const auto& c : m_.conditions) {
            w_.open("condition").attribute("type", c.kind == ConditionKind::General ? "1" : "2");
            narratives(own(trim(c.text).empty() ? c.id : c.text));
            w_.close();
        }
        w_.close();
    }

    void conditions() {
        if (version2()) return conditionsV2();
        const bool any = !m_.indicators.empty() || !m_.tranches.empty();
        w_.open("conditions").attribute("attached", any ? "1" : "0");
        if (any) {
            if (h_.generalConditions.empty()) {
                for (const auto& c : kGeneralConditions) {
                    w_.open("condition").attribute("type", "1");
                    narratives(generated(c));
                    w_.close();
                }
            } else {
                for (const auto& c : h_.generalConditions) {
                    if (c.empty())
                        throw InvalidArgument("a general condition of the IATI header has no text");
                    w_.open("condition").attribute("type", "1");
                    narratives(c);
                    w_.close();
                }
            }
            for (const auto& ind : m_.indicators) {
                w_.open("condition").attribute("type", "2");
                narratives(own(ind.title.empty() ? ind.id : ind.id + ": " + ind.title));
                w_.close();
            }
        }
        w_.close();
    }

    // The waiver rule of the variable tranche of a year (reallocate if none).
    WaiverRule ruleOf(int year) const {
        for (const auto& t : m_.tranches)
            if (t.year == year && t.type == TrancheType::Variable) return t.rule;
        return WaiverRule::Reallocate;
    }

    void results() {
        // One result per policy area, in the order the areas first appear.
        std::vector<std::string> areas;
        for (const auto& ind : m_.indicators) {
            bool seen = false;
            for (const auto& a : areas)
                seen = seen || a == ind.area;
            if (!seen) areas.push_back(ind.area);
        }
        for (const auto& area : areas) {
            w_.open("result").attribute("type", trim(h_.resultType));
            textElement("title", area.empty() ? generated(kNoArea) : own(area));
            for (std::size_t i = 0; i < m_.indicators.size(); ++i)
                if (m_.indicators[i].area == area) indicator(m_.indicators[i], i);
            w_.close();
        }
    }

    void indicator(const Indicator& ind, std::size_t position) {
        const std::size_t nYears = std::min(ind.years.size(), m_.years.size());
        w_.open("indicator").attribute("measure", titleIsPercentage(ind.title) ? "2" : "1");
        // Ascending from the baseline and the first target that differs from it.
        if (ind.baseline) {
            for (std::size_t k = 0; k < nYears; ++k) {
                const auto& target = ind.years[k].target;
                if (target && *target != *ind.baseline) {
                    w_.attribute("ascending", *target > *ind.baseline ? "1" : "0");
                    break;
                }
            }
        }
        textElement("title", own(ind.title.empty() ? ind.id : ind.title));
        w_.open("reference").attribute("vocabulary", "99").attribute("code", ind.id).close();
        if (ind.baseline) {
            const int year = h_.baselineYear > 0
                                 ? h_.baselineYear
                                 : (m_.years.empty() ? 0 : m_.years.front().year - 1);
            if (year < 1) throw InvalidArgument("the baseline year must be positive");
            w_.open("baseline")
                .attribute("year", std::to_string(year))
                .attribute("value", xmlDecimal(*ind.baseline))
                .close();
        }
        for (std::size_t k = 0; k < nYears; ++k)
            period(ind, k);

        // The extension: what IATI has no field for.
        w_.open(ext("indicator")).attribute("id", ind.id);
        w_.attribute("position", std::to_string(position + 1));
        w_.attribute("weight", xmlDecimal(ind.weight));
        w_.attribute("method", methodKeyword(ind.rule.method));
        if (ind.rule.threshold) w_.attribute("threshold", xmlDecimal(*ind.rule.threshold));
        if (ind.title.empty()) w_.attribute("title", "");
        if (ind.area.empty()) w_.attribute("area", "");
        if (!ind.component.empty()) w_.attribute("component", ind.component);
        std::optional<double> weight = ind.weight;
        for (std::size_t k = 0; k < nYears; ++k) {
            const IndicatorYear& y = ind.years[k];
            const std::string uri = evidenceUri(y.evidence);
            const bool encoded = uri != y.evidence;
            // Version 2: a year's weight when it differs from the year before's.
            const bool newWeight = version2() && y.weight && y.weight != weight;
            if (version2() && y.weight) weight = y.weight;
            const bool decided =
                version2() && (y.decision.decision != Decision::None || y.requestedOn ||
                               y.approvedOn || !y.approvalRef.empty());
            const bool waived = y.waived && !version2(); // version 2: the decision says it
            if (!waived && !y.score && y.status.empty() && !encoded && !newWeight && !decided)
                continue;
            w_.open(ext("assessment")).attribute("year", std::to_string(m_.years[k].year));
            if (waived) w_.attribute("waived", "true");
            if (y.score) w_.attribute("score", xmlDecimal(*y.score));
            if (!y.status.empty()) w_.attribute("status", y.status);
            if (encoded) w_.attribute("evidence", y.evidence);
            if (newWeight) w_.attribute("weight", xmlDecimal(*y.weight));
            if (decided) decisionAttributes(y);
            w_.close();
        }
        w_.close();
        w_.close();
    }

    void decisionAttributes(const IndicatorYear& y) {
        if (y.decision.decision != Decision::None)
            w_.attribute("decision", keyword(y.decision.decision));
        if (y.requestedOn) w_.attribute("requested-on", isoDate(*y.requestedOn));
        if (y.approvedOn) w_.attribute("approved-on", isoDate(*y.approvedOn));
        if (!y.approvalRef.empty()) w_.attribute("approval-ref", y.approvalRef);
    }

    std::string statusComment(const IndicatorYear& y, int year, const std::string& lang) const {
        const bool fr = lang == "fr";
        std::string text;
        if (!y.status.empty()) {
            std::string status = y.status;
            if (fr) {
                const std::string key = lowerAscii(trim(y.status));
                if (key == "met")
                    status = "atteint";
                else if (key == "partial")
                    status = "partiellement atteint";
                else if (key == "not met")
                    status = "non atteint";
                else if (key == "pending")
                    status = "en attente";
            }
            text = (fr ? "Statut : " : "Status: ") + status + ".";
        }
        if (y.score) {
            if (!text.empty()) text += ' ';
            text += (fr ? "Note : " : "Score: ") + localNumber(*y.score, lang) + ".";
        }
        if (y.waived) {
            if (!text.empty()) text += ' ';
            // Version 2 says the decision; version 1 the tranche's waiver rule.
            const Decision decision = y.decision.effective();
            const bool transfer =
                decision == Decision::Transfer ||
                (decision != Decision::Reallocate && ruleOf(year) == WaiverRule::Transfer);
            if (fr)
                text += transfer ? "Dérogation : la part est transférée à l'année suivante."
                                 : "Dérogation : le poids est réaffecté aux autres indicateurs.";
            else
                text += transfer ? "Waived: its share moves to next year's ceiling."
                                 : "Waived: its weight is reallocated to the other indicators.";
        }
        if (text.empty()) text = fr ? "Non encore évalué." : "Not yet assessed.";
        return text;
    }

    void period(const Indicator& ind, std::size_t k) {
        const IndicatorYear& y = ind.years[k];
        const int year = m_.years[k].year;
        const bool hasActual = y.actual.has_value() || !trim(y.evidence).empty();
        if (!y.target && !hasActual) return;
        const int m = h_.fiscalYearStartMonth;
        w_.open("period");
        dateElement("period-start", fiscalYearStart(year, m));
        dateElement("period-end", fiscalYearEnd(year, m));
        if (y.target) w_.open("target").attribute("value", xmlDecimal(*y.target)).close();
        if (hasActual) {
            w_.open("actual");
            if (y.actual) w_.attribute("value", xmlDecimal(*y.actual));
            Narratives comment;
            for (const auto& lang : langs_)
                comment.push_back({lang, statusComment(y, year, lang)});
            textElement("comment", comment);
            if (!trim(y.evidence).empty()) {
                const std::string uri = evidenceUri(y.evidence);
                if (uri != y.evidence)
                    warnings_.push_back(ind.id + " " + std::to_string(year) +
                                        ": the evidence is not a plain link; it is written as \"" +
                                        uri + "\" (condtrack's extension keeps it as typed)");
                w_.open("document-link")
                    .attribute("url", uri)
                    .attribute("format", evidenceFormat(uri));
                Narratives title;
                for (const auto& lang : langs_)
                    title.push_back({lang, format2(lang == "fr" ? "Justificatif pour %1, %2"
                                                                : "Evidence for %1, %2",
                                                   ind.id, std::to_string(year))});
                textElement("title", title);
                w_.open("category").attribute("code", "A08").close();
                w_.close();
            }
            w_.close();
        }
        w_.close();
    }

    void trackerExtension() {
        w_.open(ext("tracker"))
            .attribute("version", version2() ? "2" : "1")
            .attribute("fiscal-year-start-month", std::to_string(h_.fiscalYearStartMonth));
        if (version2() && m_.suspendedFrom)
            w_.attribute("suspended-from", isoDate(*m_.suspendedFrom));
        if (m_.reviews) {
            w_.open(ext("reviews"))
                .attribute("first", isoDate(m_.reviews->first))
                .attribute("months", std::to_string(m_.reviews->months))
                .attribute("roll", rollKeyword(m_.reviews->roll))
                .close();
        }
        for (const auto& y : m_.years) {
            w_.open(ext("year")).attribute("year", std::to_string(y.year));
            if (y.reviewDate) w_.attribute("review-date", isoDate(*y.reviewDate));
            w_.attribute("state", y.closed ? "closed" : "open");
            if (y.closedOn) w_.attribute("closed-on", isoDate(*y.closedOn));
            if (!y.notes.empty()) w_.attribute("notes", y.notes);
            w_.close();
        }
        for (const auto& t : m_.tranches) {
            if (version2()) {
                trancheV2(t);
                continue;
            }
            w_.open(ext("tranche"))
                .attribute("year", std::to_string(t.year))
                .attribute("type", keyword(t.type))
                .attribute("ceiling", xmlDecimal(t.ceiling));
            if (t.generalConditions)
                w_.attribute("general-conditions", boolText(*t.generalConditions));
            if (!t.gatingMilestones.empty()) {
                std::string gating;
                for (const auto& id : t.gatingMilestones)
                    gating += (gating.empty() ? "" : ", ") + id;
                w_.attribute("gating", gating);
            }
            w_.attribute("eligible", boolText(t.eligible));
            w_.attribute("waiver-rule", ruleKeyword(t.rule));
            w_.attribute("computed", xmlDecimal(t.computed));
            w_.attribute("transferred", xmlDecimal(t.transferred));
            disbursement(t);
            w_.close();
        }
        for (const auto& ms : m_.milestones) {
            w_.open(ext("milestone")).attribute("id", ms.id);
            if (!ms.title.empty()) w_.attribute("title", ms.title);
            if (!ms.indicatorId.empty()) w_.attribute("indicator", ms.indicatorId);
            if (ms.trancheYear) w_.attribute("tranche-year", std::to_string(*ms.trancheYear));
            w_.attribute("due", isoDate(ms.dates.due));
            if (ms.dates.done) w_.attribute("done", isoDate(*ms.dates.done));
            w_.close();
        }
        if (version2()) {
            for (const auto& b : m_.bands)
                w_.open(ext("band"))
                    .attribute("tranche", b.tranche)
                    .attribute("lower-bound", xmlDecimal(b.lowerBound))
                    .attribute("share", xmlDecimal(b.share))
                    .close();
            for (const auto& c : m_.conditions)
                condition(c);
        }
        w_.close();
    }

    // Version 2's tranche row: its gates are the conditions and the
    // milestones' tranche years, so they are not repeated here.
    void trancheV2(const Tranche& t) {
        w_.open(ext("tranche"))
            .attribute("year", std::to_string(t.year))
            .attribute("type", keyword(t.type));
        if (!t.component.empty()) w_.attribute("component", t.component);
        w_.attribute("base-ceiling", xmlDecimal(t.baseCeiling));
        w_.attribute("carried-in", xmlDecimal(t.carriedIn));
        w_.attribute("ceiling", xmlDecimal(t.ceiling));
        w_.attribute("payout", t.payout == PayoutKind::Bands ? "bands" : "proportional");
        w_.attribute("eligible", boolText(t.eligible));
        w_.attribute("computed", xmlDecimal(t.computed));
        w_.attribute("transferred", xmlDecimal(t.transferred));
        w_.attribute("held", xmlDecimal(t.held));
        w_.attribute("released", xmlDecimal(t.released));
        w_.attribute("payable", xmlDecimal(t.payable));
        disbursement(t);
        w_.close();
    }

    // What both layouts' tranche rows end with: the disbursement and the deadline.
    void disbursement(const Tranche& t) {
        if (t.disbursed) w_.attribute("disbursed", xmlDecimal(*t.disbursed));
        if (t.disbursedOn) w_.attribute("disbursed-on", isoDate(*t.disbursedOn));
        if (t.requestDeadline) w_.attribute("request-deadline", isoDate(*t.requestDeadline));
    }

    void condition(const Condition& c) {
        w_.open(ext("condition"))
            .attribute("id", c.id)
            .attribute("kind", c.kind == ConditionKind::General ? "general" : "specific");
        if (!c.tranche.empty()) w_.attribute("tranche", c.tranche);
        w_.attribute("text", c.text);
        for (std::size_t k = 0; k < c.years.size() && k < m_.years.size(); ++k) {
            const ConditionYear& y = c.years[k];
            if (!y.verdict && y.evidence.empty() && y.notes.empty()) continue;
            w_.open(ext("verdict")).attribute("year", std::to_string(m_.years[k].year));
            if (y.verdict) w_.attribute("verdict", verdictKeyword(*y.verdict));
            if (!y.evidence.empty()) w_.attribute("evidence", y.evidence);
            if (!y.notes.empty()) w_.attribute("notes", y.notes);
            w_.close();
        }
        w_.close();
    }

    const TrackerModel& m_;
    const IatiHeader& h_;
    XmlWriter w_;
    std::vector<std::string> langs_;
    std::vector<std::string> warnings_;
};

bool isUnreserved(unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool isSubDelimOrSep(unsigned char c) {
    switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case ':':
    case '/':
    case '?':
    case '@': return true;
    default: return false;
    }
}

bool isHex(char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

} // namespace

std::string pickNarrative(const Narratives& narratives, std::string_view lang,
                          std::string_view activityLang) {
    const auto langOf = [&](const Narrative& n) {
        return lowerAscii(n.lang.empty() ? activityLang : std::string_view(n.lang));
    };
    // "en-GB" answers for "en".
    const auto primary = [](const std::string& code) { return code.substr(0, code.find('-')); };
    const std::string wanted = lowerAscii(lang);
    for (const auto& n : narratives)
        if (langOf(n) == wanted) return n.text;
    for (const auto& n : narratives)
        if (primary(langOf(n)) == primary(wanted)) return n.text;
    for (const auto& n : narratives)
        if (langOf(n) == lowerAscii(activityLang)) return n.text;
    return narratives.empty() ? std::string() : narratives.front().text;
}

std::string_view iatiCode(AidType type) {
    return type == AidType::SectorBudgetSupport ? "A02" : "A01";
}

Date fiscalYearStart(int year, int startMonth) {
    if (year < 1400 || year > 9998 || startMonth < 1 || startMonth > 12)
        throw InvalidArgument("fiscal year " + std::to_string(year) + " is out of range");
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(startMonth), 1);
}

Date fiscalYearEnd(int year, int startMonth) {
    return fiscalYearStart(year + 1, startMonth) - boost::gregorian::days(1);
}

int fiscalYearOf(Date date, int startMonth) {
    const int year = date.year();
    return date.month() >= startMonth ? year : year - 1;
}

bool titleIsPercentage(std::string_view title) {
    if (title.find('%') != std::string_view::npos) return true;
    const std::string t = lowerAscii(title);
    for (const char* word : {"percent", "per cent", "pourcent", "pour cent"})
        if (t.find(word) != std::string::npos) return true; // percentage, pourcentage too
    return false;
}

std::string evidenceUri(std::string_view evidence) {
    const std::string text = trim(evidence);
    // A ':' before the first '/', '?' or '#' is a scheme's only when what
    // precedes it is a scheme (a letter, then letters, digits, + - .).
    const std::size_t firstSep = text.find_first_of("/?#");
    const std::size_t colon = text.find(':');
    bool schemeColon = false;
    if (colon != std::string::npos && colon < firstSep && colon > 0 &&
        std::isalpha(static_cast<unsigned char>(text[0]))) {
        schemeColon = true;
        for (std::size_t i = 1; i < colon; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (!(std::isalnum(c) || c == '+' || c == '-' || c == '.')) schemeColon = false;
        }
    }
    std::string out;
    bool fragment = false;
    char buffer[4];
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        bool keep = isUnreserved(c) || isSubDelimOrSep(c);
        if (c == ':' && i < firstSep && !(schemeColon && i == colon)) keep = false;
        if (c == '#') {
            keep = !fragment;
            fragment = true;
        }
        if (c == '%') keep = i + 2 < text.size() && isHex(text[i + 1]) && isHex(text[i + 2]);
        if (keep) {
            out += static_cast<char>(c);
        } else {
            std::snprintf(buffer, sizeof buffer, "%%%02X", c);
            out += buffer;
        }
    }
    return out;
}

std::string_view evidenceFormat(std::string_view uri) {
    std::string path(uri.substr(0, uri.find_first_of("?#")));
    path = lowerAscii(path);
    const std::size_t slash = path.rfind('/');
    const std::size_t dot = path.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "text/html";
    const std::string e = path.substr(dot + 1);
    struct Type {
        const char* extension;
        const char* media;
    };
    static const Type types[] = {
        {"pdf", "application/pdf"},
        {"doc", "application/msword"},
        {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"xls", "application/vnd.ms-excel"},
        {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"odt", "application/vnd.oasis.opendocument.text"},
        {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
        {"csv", "text/csv"},
        {"txt", "text/plain"},
        {"xml", "application/xml"},
        {"json", "application/json"},
        {"zip", "application/zip"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"png", "image/png"},
    };
    for (const auto& t : types)
        if (e == t.extension) return t.media;
    return "text/html";
}

std::string isoDate(Date date) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(date.year()),
                  static_cast<int>(date.month()), static_cast<int>(date.day()));
    return buffer;
}

IatiExport exportIati(const TrackerModel& model, const IatiHeader& header,
                      std::string_view generatedDatetime) {
    return Exporter(model, header).run(generatedDatetime);
}

} // namespace condtrack
