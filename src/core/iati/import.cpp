#include "iati/import.hpp"
#include "text/keys.hpp"
#include "tracker/condition_entry.hpp"

#include "rules/errors.hpp"
#include "xml/writer.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>

namespace condtrack {

namespace {

const std::string kNs = kCondtrackIatiNamespace;

// Runs of whitespace (indentation inside a narrative) read as one space.
std::string collapse(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : trim(text)) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = true;
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

std::string quoted(std::string_view text) {
    std::string shown(text.substr(0, 60));
    if (text.size() > 60) shown += "...";
    return "\"" + shown + "\"";
}

[[noreturn]] void fail(const XmlElement& e, const std::string& why) {
    throw XmlError(e.line, "<" + e.name + "> " + why);
}

std::string at(const XmlElement& e) {
    return "line " + std::to_string(e.line) + ": <" + e.name + ">";
}

std::optional<double> parseNumber(std::string_view raw) {
    std::string text = trim(raw);
    if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    if (!text.empty() && text.front() == '+') text.erase(0, 1);
    if (text.empty()) return std::nullopt;
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<Date> parseIsoDate(std::string_view raw) {
    const std::string text = trim(raw);
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    // A time zone (xsd:date) or a time (a common slip) may follow.
    if (text.size() > 10 && text[10] != 'Z' && text[10] != '+' && text[10] != '-' &&
        text[10] != 'T')
        return std::nullopt;
    const int y = std::stoi(text.substr(0, 4)), m = std::stoi(text.substr(5, 2)),
              d = std::stoi(text.substr(8, 2));
    if (y < 1400 || y > 9998 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    try {
        return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                    static_cast<unsigned short>(d));
    } catch (const std::exception&) {
        return std::nullopt; // 30 February
    }
}

std::optional<bool> parseBool(std::string_view raw) {
    const std::string text = trim(raw);
    if (text == "1" || text == "true") return true;
    if (text == "0" || text == "false") return false;
    return std::nullopt;
}

Date requireDate(const XmlElement& e, const char* attribute = "iso-date") {
    const std::string* value = e.attribute(attribute);
    if (!value) fail(e, std::string("has no ") + attribute);
    const auto date = parseIsoDate(*value);
    if (!date)
        fail(e, std::string(attribute) + " " + quoted(*value) + " is not a date (YYYY-MM-DD)");
    return *date;
}

const XmlElement& requireChild(const XmlElement& e, const char* name) {
    const XmlElement* c = e.child(name);
    if (!c) fail(e, std::string("has no <") + name + ">");
    return *c;
}

// <value> of a planned disbursement or transaction: an xsd:decimal.
double requireAmount(const XmlElement& parent) {
    const XmlElement& value = requireChild(parent, "value");
    const auto amount = parseNumber(value.text);
    if (!amount || trim(value.text).find_first_of("%eE") != std::string::npos)
        fail(value, "amount " + quoted(trim(value.text)) + " is not a number");
    return *amount;
}

// "3,000", "1,234,567.5": an amount as a person reads it in English.
std::string groupedAmount(double amount) {
    std::string text = xmlDecimal(amount);
    const std::size_t sign = text[0] == '-' ? 1 : 0;
    std::size_t end = text.find('.');
    if (end == std::string::npos) end = text.size();
    for (std::size_t at = end; at > sign + 3; at -= 3)
        text.insert(at - 3, ",");
    return text;
}

Narratives readNarratives(const XmlElement* e) {
    Narratives out;
    if (!e) return out;
    for (const XmlElement* n : e->childrenNamed("narrative")) {
        const std::string* lang = n->attribute(kXmlNamespace, "lang");
        out.push_back({lang ? lowerAscii(trim(*lang)) : std::string(), collapse(n->text)});
    }
    // IATI 1.x put the text straight into the element.
    if (out.empty() && !trim(e->text).empty()) out.push_back({"", collapse(e->text)});
    return out;
}

// --- condtrack's extension attributes -------------------------------------

std::string extText(const XmlElement& e, const char* name) {
    const std::string* v = e.attribute(name);
    return v ? *v : std::string();
}

std::optional<double> extNumber(const XmlElement& e, const char* name) {
    const std::string* v = e.attribute(name);
    if (!v) return std::nullopt;
    const auto number = parseNumber(*v);
    if (!number) fail(e, std::string(name) + " " + quoted(*v) + " is not a number");
    return number;
}

std::optional<int> extInt(const XmlElement& e, const char* name, int min, int max) {
    const auto number = extNumber(e, name);
    if (!number) return std::nullopt;
    if (*number != std::floor(*number) || *number < min || *number > max)
        fail(e, std::string(name) + " " + quoted(*e.attribute(name)) +
                    " is not a whole number from " + std::to_string(min) + " to " +
                    std::to_string(max));
    return static_cast<int>(*number);
}

// A year read from a date must be one a tracker holds (the tracker reader's
// years, and what the extension's year attributes accept).
int trackerYear(const XmlElement& e, int year) {
    if (year < 1900 || year > 9998)
        fail(e, "is for the year " + std::to_string(year) +
                    ", outside the years a tracker holds (1900-9998)");
    return year;
}

int extYear(const XmlElement& e, const char* name = "year") {
    const auto year = extInt(e, name, 1900, 9998);
    if (!year) fail(e, std::string("has no ") + name);
    return *year;
}

std::optional<bool> extBool(const XmlElement& e, const char* name) {
    const std::string* v = e.attribute(name);
    if (!v) return std::nullopt;
    const auto b = parseBool(*v);
    if (!b) fail(e, std::string(name) + " " + quoted(*v) + " is not true or false");
    return b;
}

std::optional<Date> extDate(const XmlElement& e, const char* name) {
    if (!e.attribute(name)) return std::nullopt;
    return requireDate(e, name);
}

// A keyword the core parses (method, waiver rule, roll, tranche type).
template <typename Parse>
auto extKeyword(const XmlElement& e, const char* name, Parse parse) -> decltype(parse("")) {
    const std::string text = extText(e, name);
    try {
        return parse(text);
    } catch (const InvalidArgument& error) {
        fail(e, std::string(name) + ": " + error.what());
    }
}

// A tranche's payout: proportional (also when not said) or bands.
PayoutKind parsePayout(std::string_view text) {
    const std::string key = trim(text);
    if (key.empty() || key == "proportional") return PayoutKind::Proportional;
    if (key == "bands") return PayoutKind::Bands;
    throw InvalidArgument("\"" + key + "\" is not proportional or bands");
}

// --- Indicator values -------------------------------------------------------

bool isAggregate(const XmlElement& e) {
    return !e.child("dimension") && !e.child("location");
}

struct PeriodValue {
    std::optional<double> value;
    const XmlElement* element = nullptr; // the <target> or <actual> read
};

class Reader {
  public:
    Reader(const IatiImportOptions& options, IatiImport& out) : o_(options), out_(out) {}

    void activity(const XmlElement& act) {
        const std::string* lang = act.attribute(kXmlNamespace, "lang");
        activityLang_ = lang ? lowerAscii(trim(*lang)) : std::string();
        IatiHeader& h = out_.header;
        h.language = activityLang_.empty() ? "en" : activityLang_;
        h.identifier = trim(act.child("iati-identifier")->text);
        if (const XmlElement* org = act.child("reporting-org")) {
            h.reportingOrgRef = trim(extText(*org, "ref"));
            h.reportingOrgType = trim(extText(*org, "type"));
            h.reportingOrgName = readNarratives(org);
        } else {
            note(act, "has no <reporting-org>");
        }
        h.title = readNarratives(act.child("title"));
        if (h.title.empty()) note(act, "has no <title>");
        for (const XmlElement* d : act.childrenNamed("description")) {
            const std::string* type = d->attribute("type");
            if (!type || trim(*type) == "1") {
                h.description = readNarratives(d);
                break;
            }
        }
        if (const std::string* currency = act.attribute("default-currency"))
            h.currency = trim(*currency);
        if (const XmlElement* status = act.child("activity-status"))
            h.activityStatus = trim(extText(*status, "code"));
        if (const XmlElement* aid = act.child("default-aid-type")) {
            const std::string code = trim(extText(*aid, "code"));
            const std::string* vocabulary = aid->attribute("vocabulary");
            if ((!vocabulary || trim(*vocabulary) == "1") && code == "A02")
                h.aidType = AidType::SectorBudgetSupport;
            else if ((vocabulary && trim(*vocabulary) != "1") || code != "A01")
                note(*aid, "code " + quoted(code) +
                               " is not budget support (A01 or A02): the tracker header says A01");
        }
        if (const XmlElement* country = act.child("recipient-country"))
            h.recipientCountry = trim(extText(*country, "code"));
        h.sectors = readSectors(act);
        for (const XmlElement* p : act.childrenNamed("participating-org"))
            h.participatingOrgs.push_back({trim(extText(*p, "ref")), trim(extText(*p, "type")),
                                           trim(extText(*p, "role")), readNarratives(p)});
        for (const XmlElement* d : act.childrenNamed("activity-date")) {
            const std::string type = trim(extText(*d, "type"));
            const std::string* iso = d->attribute("iso-date");
            const auto date = iso ? parseIsoDate(*iso) : std::nullopt;
            if (!date) {
                note(*d, "has no valid iso-date: ignored");
                continue;
            }
            if (type == "1" && !h.plannedStart) h.plannedStart = date;
            if (type == "3" && !h.plannedEnd) h.plannedEnd = date;
        }
        h.resultType.clear();

        tracker_ = act.child(kNs, "tracker");
        out_.fromCondtrack = tracker_ != nullptr;
        if (tracker_) {
            // The version is the tracker's layout version.
            const int version = extInt(*tracker_, "version", 1, 1000).value_or(1);
            if (version > 2)
                note(*tracker_, "was written by a newer condtrack (version " +
                                    std::to_string(version) + "): read as version 2");
            out_.model.layoutVersion = std::min(version, 2);
            if (out_.model.layoutVersion >= 2)
                out_.model.suspendedFrom = extDate(*tracker_, "suspended-from");
        }
        fiscalMonth_ = 1;
        if (o_.fiscalYearStartMonth) {
            fiscalMonth_ = *o_.fiscalYearStartMonth;
        } else if (tracker_) {
            if (const auto m = extInt(*tracker_, "fiscal-year-start-month", 1, 12))
                fiscalMonth_ = *m;
        }
        if (fiscalMonth_ < 1 || fiscalMonth_ > 12)
            throw InvalidArgument("the fiscal year's first month must be 1 to 12");
        h.fiscalYearStartMonth = fiscalMonth_;

        if (tracker_) trackerExtension(*tracker_);
        for (const XmlElement* result : act.childrenNamed("result")) {
            if (h.resultType.empty()) h.resultType = trim(extText(*result, "type"));
            const std::string area = pick(readNarratives(result->child("title")));
            const auto indicators = result->childrenNamed("indicator");
            if (indicators.empty()) note(*result, "has no <indicator>");
            for (const XmlElement* ind : indicators)
                indicator(*ind, area);
        }
        if (h.resultType.empty()) h.resultType = "2";
        tranches(act);
        assemble();
    }

  private:
    struct RawIndicator {
        Indicator indicator;
        std::map<int, IndicatorYear> years;
        std::optional<int> position;
        ImportedIndicatorSource source;
    };

    void note(const XmlElement& e, const std::string& text) {
        out_.notes.push_back(at(e) + " " + text);
    }

    std::string pick(const Narratives& n) const {
        return pickNarrative(n, o_.language, activityLang_);
    }

    // --- condtrack's <tracker> ----------------------------------------------

    void trackerExtension(const XmlElement& t) {
        if (const XmlElement* r = t.child(kNs, "reviews")) {
            ReviewSettings reviews;
            const auto first = extDate(*r, "first");
            if (!first) fail(*r, "has no first");
            reviews.first = *first;
            reviews.months = extInt(*r, "months", 1, ReviewSchedule::kMaxMonths).value_or(12);
            reviews.roll = extKeyword(*r, "roll", parseRollConvention);
            out_.model.reviews = reviews;
        }
        for (const XmlElement* y : t.childrenNamed(kNs, "year")) {
            TrackerYear year;
            year.year = extYear(*y);
            year.reviewDate = extDate(*y, "review-date");
            const std::string state = trim(extText(*y, "state"));
            if (state != "" && state != "open" && state != "closed")
                fail(*y, "state " + quoted(state) + " is not open or closed");
            year.closed = state == "closed";
            year.closedOn = extDate(*y, "closed-on");
            year.notes = extText(*y, "notes");
            if (extYears_.count(year.year)) fail(*y, "repeats year " + std::to_string(year.year));
            extYears_[year.year] = year;
        }
        for (const XmlElement* e : t.childrenNamed(kNs, "tranche")) {
            Tranche tr;
            tr.year = extYear(*e);
            tr.type = extKeyword(*e, "type", parseTrancheType);
            tr.component = trim(extText(*e, "component"));
            tr.ceiling = extNumber(*e, "ceiling").value_or(0.0);
            // Version 1 says the ceiling only: it is the base ceiling.
            tr.baseCeiling = extNumber(*e, "base-ceiling").value_or(tr.ceiling);
            tr.carriedIn = extNumber(*e, "carried-in").value_or(0.0);
            tr.payout = extKeyword(*e, "payout", parsePayout);
            tr.held = extNumber(*e, "held").value_or(0.0);
            tr.released = extNumber(*e, "released").value_or(0.0);
            tr.generalConditions = extBool(*e, "general-conditions");
            const std::string gating = extText(*e, "gating");
            std::size_t from = 0;
            while (from <= gating.size()) {
                const std::size_t comma = std::min(gating.find(',', from), gating.size());
                const std::string id = trim(gating.substr(from, comma - from));
                if (!id.empty() && std::find(tr.gatingMilestones.begin(), tr.gatingMilestones.end(),
                                             id) == tr.gatingMilestones.end())
                    tr.gatingMilestones.push_back(id);
                from = comma + 1;
            }
            tr.eligible = extBool(*e, "eligible").value_or(false);
            tr.rule = extKeyword(*e, "waiver-rule", parseWaiverRule);
            tr.computed = extNumber(*e, "computed").value_or(0.0);
            tr.transferred = extNumber(*e, "transferred").value_or(0.0);
            tr.disbursed = extNumber(*e, "disbursed");
            tr.disbursedOn = extDate(*e, "disbursed-on");
            tr.requestDeadline = extDate(*e, "request-deadline");
            tr.payable = extNumber(*e, "payable").value_or(tr.computed + tr.released);
            for (const double v : {tr.ceiling, tr.baseCeiling, tr.computed, tr.transferred,
                                   tr.disbursed.value_or(0)})
                if (v < 0) fail(*e, "has a negative amount");
            if (findTranche(tr.year, tr.type, tr.component) >= 0)
                fail(*e, "repeats the tranche " + quoted(trancheLabel(tr)));
            tranches_.push_back(tr);
            trancheSources_.push_back({e->line, true, false, false});
        }
        for (const XmlElement* e : t.childrenNamed(kNs, "milestone")) {
            TrackerMilestone ms;
            ms.id = trim(extText(*e, "id"));
            if (ms.id.empty()) fail(*e, "has no id");
            ms.title = extText(*e, "title");
            ms.indicatorId = trim(extText(*e, "indicator"));
            if (e->attribute("tranche-year")) ms.trancheYear = extYear(*e, "tranche-year");
            const auto due = extDate(*e, "due");
            if (!due) fail(*e, "has no due date");
            ms.dates.due = *due;
            ms.dates.done = extDate(*e, "done");
            for (const auto& other : out_.model.milestones)
                if (other.id == ms.id) fail(*e, "repeats milestone " + quoted(ms.id));
            out_.model.milestones.push_back(ms);
        }
        for (const XmlElement* e : t.childrenNamed(kNs, "band")) {
            Band band;
            band.tranche = trim(extText(*e, "tranche"));
            if (band.tranche.empty()) fail(*e, "has no tranche");
            band.lowerBound = extUnit(*e, "lower-bound");
            band.share = extUnit(*e, "share");
            out_.model.bands.push_back(band);
        }
        for (const XmlElement* e : t.childrenNamed(kNs, "condition"))
            condition(*e);
    }

    // A number in [0, 1] the element must have.
    double extUnit(const XmlElement& e, const char* name) {
        const auto value = extNumber(e, name);
        if (!value) fail(e, std::string("has no ") + name);
        if (*value < 0 || *value > 1) fail(e, std::string(name) + " must be between 0 and 1");
        return *value;
    }

    void condition(const XmlElement& e) {
        RawCondition raw;
        Condition& c = raw.condition;
        c.id = trim(extText(e, "id"));
        if (c.id.empty()) fail(e, "has no id");
        for (const auto& other : rawConditions_)
            if (other.condition.id == c.id) fail(e, "repeats condition " + quoted(c.id));
        const std::string kind = trim(extText(e, "kind"));
        if (kind != "general" && kind != "specific")
            fail(e, "kind " + quoted(kind) + " is not general or specific");
        c.kind = kind == "general" ? ConditionKind::General : ConditionKind::Specific;
        c.tranche = trim(extText(e, "tranche"));
        if (c.kind == ConditionKind::Specific && c.tranche.empty())
            fail(e, "is specific but names no tranche");
        c.text = extText(e, "text");
        for (const XmlElement* v : e.childrenNamed(kNs, "verdict")) {
            const int year = extYear(*v);
            if (raw.years.count(year)) fail(*v, "repeats year " + std::to_string(year));
            ConditionYear& y = raw.years[year];
            if (const std::string* word = v->attribute("verdict")) {
                const auto verdict = parseVerdictWord(*word);
                if (!verdict) fail(*v, "verdict " + quoted(*word) + " is not met or not met");
                y.verdict = *verdict;
            }
            y.evidence = extText(*v, "evidence");
            y.notes = extText(*v, "notes");
        }
        rawConditions_.push_back(std::move(raw));
    }

    // --- Indicators -----------------------------------------------------------

    // The value of the <target>s or <actual>s of a period: the first one
    // without dimension or location (the aggregate), else the first.
    PeriodValue periodValue(const XmlElement& period, const char* name, bool qualitative,
                            const std::string& id) {
        const auto all = period.childrenNamed(name);
        PeriodValue out;
        if (all.empty()) return out;
        const XmlElement* chosen = all.front();
        for (const XmlElement* e : all)
            if (isAggregate(*e)) {
                chosen = e;
                break;
            }
        out.element = chosen;
        if (all.size() > 1)
            note(period, "of " + id + " has " + std::to_string(all.size()) + " <" + name +
                             ">s: the one at line " + std::to_string(chosen->line) +
                             " is read (the first without dimension or location, else the first)");
        const std::string* value = chosen->attribute("value");
        if (!value || trim(*value).empty() || qualitative) return out;
        out.value = parseNumber(*value);
        if (!out.value)
            note(*chosen, "value " + quoted(*value) + " of " + id + " is not a number: left blank");
        return out;
    }

    void indicator(const XmlElement& e, const std::string& area) {
        RawIndicator raw;
        Indicator& ind = raw.indicator;
        raw.source.line = e.line;
        ind.area = area;
        ind.weight = 1.0;
        const std::string measure = trim(extText(e, "measure"));
        const bool qualitative = measure == "5";
        ind.title = pick(readNarratives(e.child("title")));

        // The ID: condtrack's, else the reporting organisation's own
        // reference (vocabulary 99 or 98), else any reference, else made up.
        const XmlElement* x = e.child(kNs, "indicator");
        for (const XmlElement* r : e.childrenNamed("reference")) {
            const std::string vocabulary = trim(extText(*r, "vocabulary"));
            if ((vocabulary == "99" || vocabulary == "98") && !trim(extText(*r, "code")).empty()) {
                ind.id = trim(extText(*r, "code"));
                break;
            }
        }
        if (ind.id.empty())
            for (const XmlElement* r : e.childrenNamed("reference"))
                if (!trim(extText(*r, "code")).empty()) {
                    ind.id = trim(extText(*r, "code"));
                    break;
                }
        if (x && !trim(extText(*x, "id")).empty()) ind.id = trim(extText(*x, "id"));
        if (ind.id.empty()) {
            ind.id =
                "IND-" + std::string(raw_.size() < 9 ? "0" : "") + std::to_string(raw_.size() + 1);
            note(e, "has no reference code: it becomes " + ind.id);
        }
        const std::string shown = ind.id;
        if (ind.title.empty() && !x) note(e, "of " + shown + " has no title");
        if (qualitative)
            note(e, "of " + shown + " is qualitative (measure 5): its values are not read");

        // Baseline: the aggregate one first.
        const auto baselines = e.childrenNamed("baseline");
        if (!baselines.empty()) {
            const XmlElement* chosen = baselines.front();
            for (const XmlElement* b : baselines)
                if (isAggregate(*b)) {
                    chosen = b;
                    break;
                }
            if (baselines.size() > 1)
                note(e, "of " + shown + " has " + std::to_string(baselines.size()) +
                            " baselines: the one at line " + std::to_string(chosen->line) +
                            " is read");
            const std::string* value = chosen->attribute("value");
            if (value && !trim(*value).empty() && !qualitative) {
                ind.baseline = parseNumber(*value);
                if (!ind.baseline)
                    note(*chosen, "value " + quoted(*value) + " of " + shown +
                                      " is not a number: left blank");
            }
            if (out_.header.baselineYear == 0)
                if (const auto y = parseNumber(extText(*chosen, "year"));
                    y && *y >= 1 && *y < 10000)
                    out_.header.baselineYear = static_cast<int>(*y);
        }

        // Periods: one assessment year each, the fiscal year of period-end.
        std::map<int, Date> periodEnds;
        for (const XmlElement* p : e.childrenNamed("period")) {
            const Date start = requireDate(requireChild(*p, "period-start"));
            const Date end = requireDate(requireChild(*p, "period-end"));
            if (end < start) fail(*p, "ends before it starts");
            const int year = trackerYear(*p, fiscalYearOf(end, fiscalMonth_));
            if ((end - start).days() > 400)
                note(*p, "of " + shown + " spans more than a year: read as " +
                             std::to_string(year) + ", the fiscal year of its end");
            const auto seen = periodEnds.find(year);
            if (seen != periodEnds.end()) {
                note(*p, "of " + shown + " is a second period in " + std::to_string(year) +
                             ": the one ending last is read");
                if (end < seen->second) continue;
            }
            periodEnds[year] = end;
            IndicatorYear y;
            y.target = periodValue(*p, "target", qualitative, shown).value;
            const PeriodValue actual = periodValue(*p, "actual", qualitative, shown);
            y.actual = actual.value;
            // The evidence: the first link of the actual read, else of any actual.
            std::vector<const XmlElement*> actuals{actual.element};
            for (const XmlElement* a : p->childrenNamed("actual"))
                actuals.push_back(a);
            for (const XmlElement* a : actuals) {
                if (!a) continue;
                for (const XmlElement* link : a->childrenNamed("document-link")) {
                    const std::string url = trim(extText(*link, "url"));
                    if (!url.empty()) {
                        y.evidence = url;
                        break;
                    }
                }
                if (!y.evidence.empty()) break;
            }
            raw.years[year] = y;
        }

        // condtrack's extension.
        if (x) {
            raw.source.extension = true;
            if (const auto w = extNumber(*x, "weight")) {
                if (*w < 0) fail(*x, "weight must not be negative");
                ind.weight = *w;
            }
            ind.rule.method = extKeyword(*x, "method", parseScoringMethod);
            ind.rule.threshold = extNumber(*x, "threshold");
            if (ind.rule.threshold && (*ind.rule.threshold < 0 || *ind.rule.threshold > 1))
                fail(*x, "threshold must be between 0 and 1");
            raw.position = extInt(*x, "position", 1, 10'000'000);
            if (x->attribute("title")) ind.title = extText(*x, "title");
            if (x->attribute("area")) ind.area = extText(*x, "area");
            ind.component = trim(extText(*x, "component"));
            for (const XmlElement* a : x->childrenNamed(kNs, "assessment")) {
                const int year = extYear(*a);
                IndicatorYear& y = raw.years[year];
                y.waived = extBool(*a, "waived").value_or(false);
                decision(*a, y);
                y.score = extNumber(*a, "score");
                if (y.score && (*y.score < 0 || *y.score > 1))
                    fail(*a, "score must be between 0 and 1");
                y.status = extText(*a, "status");
                if (const std::string* typed = a->attribute("evidence")) {
                    if (y.evidence.empty() || evidenceUri(*typed) == y.evidence)
                        y.evidence = *typed;
                    else
                        note(
                            *a,
                            "of " + shown + " " + std::to_string(year) +
                                ": the evidence link differs from the one typed; the link is read");
                }
            }
        }
        raw_.push_back(std::move(raw));
    }

    // Version 2: a year's weight and the decision on it.
    void decision(const XmlElement& a, IndicatorYear& y) {
        y.weight = extNumber(a, "weight");
        if (y.weight && *y.weight < 0) fail(a, "weight must not be negative");
        if (const std::string* word = a.attribute("decision")) {
            const auto decision = parseDecision(*word);
            if (!decision)
                fail(a, "decision " + quoted(*word) +
                            " is not reallocate, transfer, reassess or waived");
            y.decision.decision = *decision;
        }
        y.requestedOn = extDate(a, "requested-on");
        y.approvedOn = extDate(a, "approved-on");
        y.approvalRef = trim(extText(a, "approval-ref"));
        // As the tracker reads it: a decision applies once approved.
        y.decision.approved = y.approvedOn.has_value();
        const Decision effective = y.decision.effective();
        if (effective == Decision::Reallocate || effective == Decision::Transfer ||
            effective == Decision::Waived)
            y.waived = true;
    }

    // --- Tranches -------------------------------------------------------------

    int findTranche(int year, TrancheType type, const std::string& component = {}) const {
        for (std::size_t i = 0; i < tranches_.size(); ++i)
            if (tranches_[i].year == year && tranches_[i].type == type &&
                tranches_[i].component == component)
                return static_cast<int>(i);
        return -1;
    }

    struct TrancheKey {
        int year;
        TrancheType type;
        std::string component;
    };

    // The tranche a planned disbursement or transaction is for: condtrack's
    // attributes, else the assessment year before the date, variable.
    TrancheKey trancheKey(const XmlElement& e, Date date, bool& guessed) {
        const std::string* year = e.attribute(kNs, "tranche-year");
        const std::string* type = e.attribute(kNs, "tranche-type");
        if (year || type) {
            if (!year || !type)
                fail(e, "has only one of condtrack:tranche-year and condtrack:tranche-type");
            const auto y = parseNumber(*year);
            if (!y || *y != std::floor(*y) || *y < 1900 || *y > 9998)
                fail(e, "condtrack:tranche-year " + quoted(*year) + " is not a year");
            const std::string* component = e.attribute(kNs, "tranche-component");
            try {
                return {static_cast<int>(*y), parseTrancheType(*type),
                        component ? trim(*component) : std::string()};
            } catch (const InvalidArgument& error) {
                fail(e, std::string("condtrack:tranche-type: ") + error.what());
            }
        }
        guessed = true;
        return {trackerYear(e, fiscalYearOf(date, fiscalMonth_) - 1), TrancheType::Variable, {}};
    }

    static std::string labelOf(const TrancheKey& key) {
        Tranche t;
        t.year = key.year;
        t.type = key.type;
        t.component = key.component;
        return trancheLabel(t);
    }

    // A value in another currency than the activity's: summing it with the
    // others would give a ceiling or a payment in no currency at all.
    bool foreignAmount(const XmlElement& parent, double amount) {
        const XmlElement* value = parent.child("value");
        const std::string* currency = value ? value->attribute("currency") : nullptr;
        if (!currency) return false;
        const std::string code = trim(*currency);
        const std::string ours = trim(out_.header.currency);
        if (code.empty() || lowerAscii(code) == lowerAscii(ours)) return false;
        out_.notImported.push_back(code + " " + groupedAmount(amount) + " at line " +
                                   std::to_string(value->line) + " (<" + parent.name +
                                   ">): the tracker is in " + ours);
        return true;
    }

    void tranches(const XmlElement& act) {
        bool guessed = false;
        struct Revised {
            const XmlElement* element;
            TrancheKey key;
            double value;
        };
        std::vector<Revised> revised;
        for (const XmlElement* pd : act.childrenNamed("planned-disbursement")) {
            const std::string type = trim(extText(*pd, "type"));
            const Date start = requireDate(requireChild(*pd, "period-start"));
            const double value = requireAmount(*pd);
            if (type != "" && type != "1" && type != "2") {
                note(*pd, "type " + quoted(type) + " is not 1 (original) or 2 (revised): ignored");
                continue;
            }
            if (foreignAmount(*pd, value)) continue;
            // A plan is never negative: a ceiling below zero is a broken
            // file, not a reversal, and the tracker must not be blamed for it.
            if (value < 0)
                fail(requireChild(*pd, "value"), "of <planned-disbursement> is negative (" +
                                                     xmlDecimal(value) +
                                                     "): a tranche's ceiling cannot be");
            const TrancheKey key = trancheKey(*pd, start, guessed);
            if (type == "2") {
                revised.push_back({pd, key, value});
                continue;
            }
            const int i = findTranche(key.year, key.type, key.component);
            if (i < 0) {
                Tranche t;
                t.year = key.year;
                t.type = key.type;
                t.component = key.component;
                t.baseCeiling = value;
                t.ceiling = value;
                tranches_.push_back(t);
                trancheSources_.push_back({pd->line, false, true, false});
                continue;
            }
            // The original plan is the base ceiling; the ceiling adds what
            // was carried in (version 2), which only condtrack's extension says.
            Tranche& t = tranches_[static_cast<std::size_t>(i)];
            ImportedTrancheSource& s = trancheSources_[static_cast<std::size_t>(i)];
            const std::string name = labelOf(key);
            if (s.ceiling) {
                t.baseCeiling += value;
                note(*pd, "is another planned disbursement for the " + name +
                              " tranche: the ceiling is their sum, " + xmlDecimal(t.baseCeiling));
            } else {
                if (s.extension && t.baseCeiling != value)
                    note(*pd, "says " + xmlDecimal(value) + " for the " + name +
                                  " tranche, condtrack's extension " + xmlDecimal(t.baseCeiling) +
                                  ": the planned disbursement is read");
                t.baseCeiling = value;
            }
            t.ceiling = t.baseCeiling + t.carriedIn;
            s.ceiling = true;
        }
        for (const auto& r : revised) {
            const int i = findTranche(r.key.year, r.key.type, r.key.component);
            if (i >= 0 || out_.fromCondtrack) {
                // condtrack writes revisions from the amounts it carries itself.
                if (!out_.fromCondtrack)
                    note(*r.element, "revises the " + labelOf(r.key) + " ceiling to " +
                                         xmlDecimal(r.value) +
                                         ": the tracker keeps the original ceiling");
                continue;
            }
            Tranche t;
            t.year = r.key.year;
            t.type = r.key.type;
            t.component = r.key.component;
            t.baseCeiling = r.value;
            t.ceiling = r.value;
            tranches_.push_back(t);
            trancheSources_.push_back({r.element->line, false, true, false});
            note(*r.element, "is a revised ceiling without an original one: read as the ceiling");
        }

        std::size_t otherTransactions = 0;
        const XmlElement* firstOther = nullptr;
        std::map<int, const XmlElement*> lastPayment; // by tranche: the transaction to blame
        for (const XmlElement* tx : act.childrenNamed("transaction")) {
            const XmlElement* typeElement = tx->child("transaction-type");
            const std::string code = typeElement ? trim(extText(*typeElement, "code")) : "";
            if (!typeElement || code.empty()) fail(*tx, "has no transaction-type code");
            if (code != "3") {
                if (!firstOther) firstOther = tx;
                ++otherTransactions;
                continue;
            }
            const Date on = requireDate(requireChild(*tx, "transaction-date"));
            const double amount = requireAmount(*tx);
            if (foreignAmount(*tx, amount)) continue;
            const TrancheKey key = trancheKey(*tx, on, guessed);
            int i = findTranche(key.year, key.type, key.component);
            const std::string name = labelOf(key);
            if (i < 0) {
                Tranche t;
                t.year = key.year;
                t.type = key.type;
                t.component = key.component;
                tranches_.push_back(t);
                trancheSources_.push_back({tx->line, false, false, false});
                i = static_cast<int>(tranches_.size() - 1);
                note(*tx, "pays a " + name +
                              " tranche without a planned disbursement: its ceiling is blank");
            }
            Tranche& t = tranches_[static_cast<std::size_t>(i)];
            ImportedTrancheSource& s = trancheSources_[static_cast<std::size_t>(i)];
            lastPayment[i] = tx;
            if (s.disbursed) {
                t.disbursed = t.disbursed.value_or(0.0) + amount;
                // A reversal (a negative disbursement) takes money back: it
                // is not a payment date.
                if (amount >= 0 && (!t.disbursedOn || *t.disbursedOn < on)) t.disbursedOn = on;
                if (amount < 0)
                    note(*tx, "reverses " + xmlDecimal(-amount) + " of the " + name +
                                  " tranche: the amount disbursed is " + xmlDecimal(*t.disbursed));
                else
                    note(*tx, "is another disbursement for the " + name +
                                  " tranche: the amount is their sum, " + xmlDecimal(*t.disbursed) +
                                  ", on the last date");
            } else {
                if (s.extension && (t.disbursed != amount || t.disbursedOn != on))
                    note(*tx, "differs from condtrack's extension for the " + name +
                                  " tranche: the transaction is read");
                t.disbursed = amount;
                t.disbursedOn = on;
            }
            s.disbursed = true;
        }
        for (const auto& [i, tx] : lastPayment) {
            const Tranche& t = tranches_[static_cast<std::size_t>(i)];
            if (t.disbursed && *t.disbursed < 0)
                fail(*tx, "leaves the " + labelOf({t.year, t.type, t.component}) +
                              " tranche with a negative amount disbursed (" +
                              xmlDecimal(*t.disbursed) +
                              "): its reversals take back more than was paid");
        }
        if (otherTransactions == 1)
            note(*firstOther, "is not a disbursement (type 3): not read");
        else if (otherTransactions > 1)
            note(*firstOther, "and " + std::to_string(otherTransactions - 1) +
                                  " more transactions are not disbursements (type 3): not read");
        if (guessed && !out_.fromCondtrack)
            out_.notes.push_back(
                "planned disbursements and disbursements are read as variable tranches of the "
                "assessment year before their date (the tranche for year N is paid in N+1)");
    }

    // --- The model ------------------------------------------------------------

    void assemble() {
        TrackerModel& m = out_.model;
        std::set<int> years;
        for (const auto& [year, y] : extYears_)
            years.insert(year);
        for (const auto& r : raw_)
            for (const auto& [year, y] : r.years)
                years.insert(year);
        for (const auto& t : tranches_)
            years.insert(t.year);
        for (const auto& ms : m.milestones)
            if (ms.trancheYear) years.insert(*ms.trancheYear);
        for (const auto& c : rawConditions_)
            for (const auto& [year, y] : c.years)
                years.insert(year);
        for (const int year : years) {
            const auto it = extYears_.find(year);
            if (it != extYears_.end()) {
                m.years.push_back(it->second);
            } else {
                TrackerYear y;
                y.year = year;
                m.years.push_back(y);
            }
        }

        // Indicators: condtrack's positions restore the tracker's row order.
        std::stable_sort(raw_.begin(), raw_.end(),
                         [](const RawIndicator& a, const RawIndicator& b) {
                             if (a.position && b.position) return *a.position < *b.position;
                             return a.position.has_value() && !b.position.has_value();
                         });
        std::set<std::string> ids;
        for (auto& r : raw_) {
            Indicator ind = r.indicator;
            if (ids.count(ind.id)) {
                std::string unique;
                for (int k = 2;; ++k) {
                    unique = ind.id + " (" + std::to_string(k) + ")";
                    if (!ids.count(unique)) break;
                }
                out_.notes.push_back("line " + std::to_string(r.source.line) + ": indicator " +
                                     quoted(ind.id) + " repeats an ID: it becomes " +
                                     quoted(unique));
                ind.id = unique;
            }
            ids.insert(ind.id);
            for (const auto& y : m.years) {
                const auto it = r.years.find(y.year);
                ind.years.push_back(it == r.years.end() ? IndicatorYear{} : it->second);
            }
            m.indicators.push_back(std::move(ind));
            out_.indicatorSources.push_back(r.source);
        }
        m.tranches = tranches_;
        out_.trancheSources = trancheSources_;
        for (auto& r : rawConditions_) {
            for (const auto& y : m.years) {
                const auto it = r.years.find(y.year);
                r.condition.years.push_back(it == r.years.end() ? ConditionYear{} : it->second);
            }
            m.conditions.push_back(std::move(r.condition));
        }
        if (m.layoutVersion >= 2) fillWeights(m);
    }

    // Version 2 writes a year's weight only where it changes: each year
    // repeats the year before's, as the sheet's formulas do.
    static void fillWeights(TrackerModel& m) {
        for (auto& ind : m.indicators) {
            std::optional<double> weight = ind.weight;
            for (auto& y : ind.years) {
                if (!y.weight) y.weight = weight;
                weight = y.weight;
            }
        }
    }

    const IatiImportOptions& o_;
    IatiImport& out_;
    std::string activityLang_;
    int fiscalMonth_ = 1;
    const XmlElement* tracker_ = nullptr;
    std::map<int, TrackerYear> extYears_;
    std::vector<RawIndicator> raw_;
    struct RawCondition {
        Condition condition;
        std::map<int, ConditionYear> years;
    };
    std::vector<RawCondition> rawConditions_;
    std::vector<Tranche> tranches_;
    std::vector<ImportedTrancheSource> trancheSources_;
};

// The <iati-activity> elements of an IATI activity file, checked.
std::vector<const XmlElement*> activitiesOf(const XmlElement& root) {
    if (root.localName == "iati-activities" && !root.namespaceUri.empty())
        fail(root,
             "is in the namespace " + quoted(root.namespaceUri) + ": IATI elements are in none");
    if (root.localName == "iati-organisations")
        fail(root, "is an IATI organisation file, not an activity file");
    if (root.localName != "iati-activities")
        throw XmlError(root.line, "this is not an IATI activity file: the root element is <" +
                                      root.name + ">, not <iati-activities>");
    if (const std::string* version = root.attribute("version")) {
        const std::string v = trim(*version);
        if (v.compare(0, 2, "2.") != 0)
            fail(root, "is IATI version " + quoted(v) + ": only versions 2.01 to 2.03 are read");
    }
    const auto activities = root.childrenNamed("iati-activity");
    if (activities.empty()) fail(root, "holds no <iati-activity>");
    for (const XmlElement* a : activities) {
        const XmlElement* id = a->child("iati-identifier");
        if (!id) fail(*a, "has no <iati-identifier>");
        if (trim(id->text).empty()) fail(*id, "is empty");
    }
    return activities;
}

std::string identifierList(const std::vector<const XmlElement*>& activities) {
    std::string list;
    for (std::size_t i = 0; i < activities.size() && i < 10; ++i)
        list += (i ? ", " : "") + trim(activities[i]->child("iati-identifier")->text);
    if (activities.size() > 10) list += ", ...";
    return list;
}

// --- The preview ---------------------------------------------------------------

bool isBlank(const ImportValue& v) {
    if (std::holds_alternative<std::monostate>(v)) return true;
    if (const auto* s = std::get_if<std::string>(&v)) return s->empty();
    return false;
}

template <typename T> ImportValue opt(const std::optional<T>& v) {
    if (!v) return std::monostate{};
    return ImportValue{*v};
}

ImportValue text(const std::string& s) {
    return s.empty() ? ImportValue{} : ImportValue{s};
}

class Previewer {
  public:
    Previewer(const TrackerModel& current, const IatiImport& imported)
        : cur_(current), imp_(imported), in_(imported.model) {}

    ImportPreview run() {
        years();
        reviews();
        indicators();
        tranches();
        milestones();
        conditions();
        bands();
        programme();
        return std::move(preview_);
    }

  private:
    void push(ImportAction action, ImportItem item, const std::string& key, std::optional<int> year,
              const std::string& field, ImportValue before, ImportValue after) {
        preview_.changes.push_back(
            {action, item, key, year, field, std::move(before), std::move(after)});
    }

    // One value of an item both sides have.
    void compare(ImportItem item, const std::string& key, std::optional<int> year,
                 const std::string& field, const ImportValue& before, const ImportValue& after) {
        if (isBlank(after)) {
            if (!isBlank(before)) push(ImportAction::Keep, item, key, year, field, before, {});
        } else if (isBlank(before)) {
            push(ImportAction::Add, item, key, year, field, {}, after);
        } else if (before == after) {
            push(ImportAction::Keep, item, key, year, field, before, after);
        } else {
            push(ImportAction::Overwrite, item, key, year, field, before, after);
        }
    }

    void add(ImportItem item, const std::string& key, std::optional<int> year,
             const std::string& field, const ImportValue& after) {
        if (!isBlank(after)) push(ImportAction::Add, item, key, year, field, {}, after);
    }

    void years() {
        for (const auto& y : in_.years) {
            const auto at = cur_.yearIndex(y.year);
            const std::string key = std::to_string(y.year);
            if (!at) push(ImportAction::Add, ImportItem::Year, key, y.year, "", {}, double(y.year));
            if (!imp_.fromCondtrack) continue;
            const TrackerYear* c = at ? &cur_.years[*at] : nullptr;
            const auto field = [&](const char* name, ImportValue before, ImportValue after) {
                if (c)
                    compare(ImportItem::Year, key, y.year, name, before, after);
                else
                    add(ImportItem::Year, key, y.year, name, after);
            };
            field("review date", c ? opt(c->reviewDate) : ImportValue{}, opt(y.reviewDate));
            field("state",
                  c ? ImportValue{std::string(c->closed ? "closed" : "open")} : ImportValue{},
                  std::string(y.closed ? "closed" : "open"));
            field("closed on", c ? opt(c->closedOn) : ImportValue{}, opt(y.closedOn));
            field("notes", c ? text(c->notes) : ImportValue{}, text(y.notes));
        }
        for (const auto& y : cur_.years)
            if (!in_.yearIndex(y.year))
                push(ImportAction::Keep, ImportItem::Year, std::to_string(y.year), y.year, "", {},
                     {});
    }

    void reviews() {
        if (imp_.fromCondtrack && in_.reviews) {
            const ReviewSettings& r = *in_.reviews;
            const ReviewSettings* c = cur_.reviews ? &*cur_.reviews : nullptr;
            const auto roll = [](RollConvention v) {
                return ImportValue{std::string(rollKeyword(v))};
            };
            compare(ImportItem::Reviews, "", std::nullopt, "first review",
                    c ? ImportValue{c->first} : ImportValue{}, r.first);
            compare(ImportItem::Reviews, "", std::nullopt, "months",
                    c ? ImportValue{double(c->months)} : ImportValue{}, double(r.months));
            compare(ImportItem::Reviews, "", std::nullopt, "roll",
                    c ? roll(c->roll) : ImportValue{}, roll(r.roll));
        } else if (cur_.reviews) {
            push(ImportAction::Keep, ImportItem::Reviews, "", std::nullopt, "", {}, {});
        }
    }

    static const char* methodName(ScoringMethod method) {
        switch (method) {
        case ScoringMethod::Linear: return "linear";
        case ScoringMethod::Binary: return "binary";
        case ScoringMethod::Partial: return "partial";
        }
        return "linear";
    }

    void indicators() {
        for (std::size_t i = 0; i < in_.indicators.size(); ++i) {
            const Indicator& ind = in_.indicators[i];
            const bool ext = i < imp_.indicatorSources.size() && imp_.indicatorSources[i].extension;
            const Indicator* c = cur_.findIndicator(ind.id);
            fieldAll(ind, c, ext);
        }
        for (const auto& c : cur_.indicators)
            if (!in_.findIndicator(c.id))
                push(ImportAction::Keep, ImportItem::Indicator, c.id, std::nullopt, "", {}, {});
    }

    void fieldAll(const Indicator& ind, const Indicator* c, bool ext) {
        const auto field = [&](const char* name, std::optional<int> year, ImportValue before,
                               ImportValue after) {
            if (c)
                compare(ImportItem::Indicator, ind.id, year, name, before, after);
            else
                add(ImportItem::Indicator, ind.id, year, name, after);
        };
        const auto none = ImportValue{};
        field("title", std::nullopt, c ? text(c->title) : none, text(ind.title));
        field("area", std::nullopt, c ? text(c->area) : none, text(ind.area));
        if (ext || !c) {
            field("weight", std::nullopt, c ? ImportValue{c->weight} : none, ind.weight);
            field("method", std::nullopt,
                  c ? ImportValue{std::string(methodName(c->rule.method))} : none,
                  std::string(methodName(ind.rule.method)));
            field("threshold", std::nullopt, c ? opt(c->rule.threshold) : none,
                  opt(ind.rule.threshold));
        }
        field("baseline", std::nullopt, c ? opt(c->baseline) : none, opt(ind.baseline));
        if (ext && fileV2())
            field("component", std::nullopt, c ? text(c->component) : none, text(ind.component));
        for (std::size_t k = 0; k < in_.years.size() && k < ind.years.size(); ++k) {
            const int year = in_.years[k].year;
            const IndicatorYear& y = ind.years[k];
            const IndicatorYear* cy = nullptr;
            if (c)
                if (const auto ck = cur_.yearIndex(year); ck && *ck < c->years.size())
                    cy = &c->years[*ck];
            field("target", year, cy ? opt(cy->target) : none, opt(y.target));
            field("actual", year, cy ? opt(cy->actual) : none, opt(y.actual));
            field("evidence", year, cy ? text(cy->evidence) : none, text(y.evidence));
            if (ext && fileV2()) {
                decisionFields(ind, k, cy, field);
            } else if (ext && targetV2()) {
                // A version 1 waiver: a decision under its tranche's rule.
                field("decision", year, cy ? decisionText(*cy) : none,
                      y.waived ? ImportValue{ruleName(fileRule(year))} : none);
            } else {
                field("waived", year, cy && cy->waived ? ImportValue{true} : none,
                      y.waived ? ImportValue{true} : none);
            }
        }
    }

    bool fileV2() const { return in_.layoutVersion >= 2; }
    bool targetV2() const { return cur_.layoutVersion >= 2; }

    static ImportValue decisionText(const IndicatorYear& y) {
        return text(std::string(keyword(y.decision.decision)));
    }

    // The waiver rule of a year's variable tranche in the file.
    WaiverRule fileRule(int year) const {
        for (const auto& t : in_.tranches)
            if (t.year == year && t.type == TrancheType::Variable) return t.rule;
        return WaiverRule::Reallocate;
    }

    // Version 2's year: its weight where it is not the year before's (the
    // sheet repeats that by formula), the decision and its dates. Into a
    // version 1 tracker, whether it is waived too (which it can hold).
    template <typename Field>
    void decisionFields(const Indicator& ind, std::size_t k, const IndicatorYear* cy,
                        const Field& field) {
        const int year = in_.years[k].year;
        const IndicatorYear& y = ind.years[k];
        const auto none = ImportValue{};
        const std::optional<double> before = k == 0 ? ind.weight : ind.years[k - 1].weight;
        if (k > 0 && y.weight &&
            (y.weight != before || (cy && cy->weight && cy->weight != y.weight)))
            field("weight", year, cy ? opt(cy->weight) : none, opt(y.weight));
        field("decision", year, cy ? decisionText(*cy) : none, decisionText(y));
        field("requested on", year, cy ? opt(cy->requestedOn) : none, opt(y.requestedOn));
        field("approved on", year, cy ? opt(cy->approvedOn) : none, opt(y.approvedOn));
        field("approval ref", year, cy ? text(cy->approvalRef) : none, text(y.approvalRef));
        if (!targetV2())
            field("waived", year, cy && cy->waived ? ImportValue{true} : none,
                  y.waived ? ImportValue{true} : none);
    }

    void tranches() {
        for (std::size_t i = 0; i < in_.tranches.size(); ++i) {
            const Tranche& t = in_.tranches[i];
            const ImportedTrancheSource s =
                i < imp_.trancheSources.size() ? imp_.trancheSources[i] : ImportedTrancheSource{};
            const std::string key = trancheLabel(t);
            const Tranche* c = nullptr;
            for (const auto& ct : cur_.tranches)
                if (trancheLabel(ct) == key) c = &ct;
            const auto none = ImportValue{};
            const auto field = [&](const char* name, ImportValue before, ImportValue after) {
                if (c)
                    compare(ImportItem::Tranche, key, t.year, name, before, after);
                else
                    add(ImportItem::Tranche, key, t.year, name, after);
            };
            if (!c) add(ImportItem::Tranche, key, t.year, "type", std::string(keyword(t.type)));
            // The ceiling typed: version 2's base ceiling (version 1's ceiling).
            if (s.extension || s.ceiling || !c)
                field("ceiling", c ? ImportValue{c->baseCeiling} : none, t.baseCeiling);
            if (s.extension && fileV2())
                field("payout", c ? ImportValue{payoutName(c->payout)} : none,
                      payoutName(t.payout));
            // Version 2 keeps the gates elsewhere (conditions(), milestones()
            // and the decisions), and has no waiver rule.
            if (s.extension && !fileV2() && !targetV2()) {
                field("general conditions", c ? opt(c->generalConditions) : none,
                      opt(t.generalConditions));
                field("gating milestones", c ? text(joined(c->gatingMilestones)) : none,
                      text(joined(t.gatingMilestones)));
                field("waiver rule", c ? ImportValue{ruleName(c->rule)} : none, ruleName(t.rule));
            } else if (!c && t.type == TrancheType::Variable && !targetV2()) {
                field("waiver rule", none, ruleName(t.rule));
            }
            if (s.extension || s.disbursed) {
                field("disbursed", c ? opt(c->disbursed) : none, opt(t.disbursed));
                field("disbursed on", c ? opt(c->disbursedOn) : none, opt(t.disbursedOn));
            }
            if (s.extension)
                field("request deadline", c ? opt(c->requestDeadline) : none,
                      opt(t.requestDeadline));
        }
        for (const auto& c : cur_.tranches) {
            bool found = false;
            for (const auto& t : in_.tranches)
                found = found || trancheLabel(t) == trancheLabel(c);
            if (!found)
                push(ImportAction::Keep, ImportItem::Tranche, trancheLabel(c), c.year, "", {}, {});
        }
    }

    static std::string ruleName(WaiverRule rule) {
        return rule == WaiverRule::Transfer ? "transfer" : "reallocate";
    }

    static std::string payoutName(PayoutKind payout) {
        return payout == PayoutKind::Bands ? "bands" : "proportional";
    }

    static ImportValue verdictText(const std::optional<Verdict>& v) {
        return v ? ImportValue{std::string(verdictKeyword(*v))} : ImportValue{};
    }

    static std::string kindName(ConditionKind kind) {
        return kind == ConditionKind::General ? "general" : "specific";
    }

    void conditions() {
        if (imp_.fromCondtrack && fileV2()) {
            for (const auto& cond : in_.conditions)
                condition(cond);
        } else if (imp_.fromCondtrack && targetV2()) {
            generalVerdictsFromVersion1();
        }
        for (const auto& c : cur_.conditions) {
            bool found = false;
            for (const auto& f : in_.conditions)
                found = found || (fileV2() && f.id == c.id);
            if (!found)
                push(ImportAction::Keep, ImportItem::Condition, c.id, std::nullopt, "", {}, {});
        }
    }

    void condition(const Condition& cond) {
        const Condition* c = findCondition(cur_, cond.id);
        const auto none = ImportValue{};
        const auto field = [&](const char* name, std::optional<int> year, ImportValue before,
                               ImportValue after) {
            if (c)
                compare(ImportItem::Condition, cond.id, year, name, before, after);
            else
                add(ImportItem::Condition, cond.id, year, name, after);
        };
        field("text", std::nullopt, c ? text(c->text) : none, text(cond.text));
        field("kind", std::nullopt, c ? ImportValue{kindName(c->kind)} : none, kindName(cond.kind));
        field("tranche", std::nullopt, c ? text(c->tranche) : none, text(cond.tranche));
        for (std::size_t k = 0; k < in_.years.size() && k < cond.years.size(); ++k) {
            const int year = in_.years[k].year;
            const ConditionYear& y = cond.years[k];
            const ConditionYear* cy = nullptr;
            if (c)
                if (const auto ck = cur_.yearIndex(year); ck && *ck < c->years.size())
                    cy = &c->years[*ck];
            field("verdict", year, cy ? verdictText(cy->verdict) : none, verdictText(y.verdict));
            field("evidence", year, cy ? text(cy->evidence) : none, text(y.evidence));
            field("notes", year, cy ? text(cy->notes) : none, text(y.notes));
        }
    }

    // A version 1 file says whether a year's general conditions were met on
    // its tranches: every general condition of the tracker gets that verdict
    // (not met when one tranche of the year says so), as Upgrade tracker does.
    void generalVerdictsFromVersion1() {
        std::map<int, bool> met;
        for (const auto& t : in_.tranches) {
            if (!t.generalConditions) continue;
            const auto it = met.find(t.year);
            met[t.year] = (it == met.end() || it->second) && *t.generalConditions;
        }
        for (const auto& [year, value] : met) {
            const auto k = cur_.yearIndex(year);
            for (const auto& c : cur_.conditions) {
                if (c.kind != ConditionKind::General) continue;
                const ConditionYear* cy = k && *k < c.years.size() ? &c.years[*k] : nullptr;
                compare(ImportItem::Condition, c.id, year, "verdict",
                        cy ? verdictText(cy->verdict) : ImportValue{},
                        verdictText(value ? Verdict::Met : Verdict::NotMet));
            }
        }
    }

    void bands() {
        if (!imp_.fromCondtrack || !fileV2()) return;
        std::vector<std::string> labels;
        for (const auto& b : in_.bands)
            if (std::find(labels.begin(), labels.end(), b.tranche) == labels.end())
                labels.push_back(b.tranche);
        for (const auto& label : labels) {
            std::vector<const Band*> file, tracker;
            for (const auto& b : in_.bands)
                if (b.tranche == label) file.push_back(&b);
            for (const auto& b : cur_.bands)
                if (b.tranche == label) tracker.push_back(&b);
            for (std::size_t i = 0; i < file.size(); ++i) {
                const std::string key = label + " #" + std::to_string(i + 1);
                const Band* c = i < tracker.size() ? tracker[i] : nullptr;
                if (!c) add(ImportItem::Band, key, std::nullopt, "tranche", label);
                const auto field = [&](const char* name, double before, double after) {
                    if (c)
                        compare(ImportItem::Band, key, std::nullopt, name, before, after);
                    else
                        add(ImportItem::Band, key, std::nullopt, name, after);
                };
                field("lower bound", c ? c->lowerBound : 0.0, file[i]->lowerBound);
                field("share", c ? c->share : 0.0, file[i]->share);
            }
            for (std::size_t i = file.size(); i < tracker.size(); ++i)
                push(ImportAction::Keep, ImportItem::Band, label + " #" + std::to_string(i + 1),
                     std::nullopt, "", {}, {});
        }
    }

    void programme() {
        if (!imp_.fromCondtrack || !fileV2()) return;
        compare(ImportItem::Programme, "", std::nullopt, "suspended from", opt(cur_.suspendedFrom),
                opt(in_.suspendedFrom));
    }

    static std::string joined(const std::vector<std::string>& ids) {
        std::string out;
        for (const auto& id : ids)
            out += (out.empty() ? "" : ", ") + id;
        return out;
    }

    void milestones() {
        if (imp_.fromCondtrack) {
            for (const auto& ms : in_.milestones) {
                const TrackerMilestone* c = cur_.findMilestone(ms.id);
                const auto none = ImportValue{};
                const auto field = [&](const char* name, ImportValue before, ImportValue after) {
                    if (c)
                        compare(ImportItem::Milestone, ms.id, std::nullopt, name, before, after);
                    else
                        add(ImportItem::Milestone, ms.id, std::nullopt, name, after);
                };
                const auto year = [](const std::optional<int>& y) {
                    return y ? ImportValue{double(*y)} : ImportValue{};
                };
                field("title", c ? text(c->title) : none, text(ms.title));
                field("indicator", c ? text(c->indicatorId) : none, text(ms.indicatorId));
                field("tranche year", c ? year(c->trancheYear) : none,
                      year(ms.trancheYear ? ms.trancheYear : gatedYear(ms.id)));
                field("due", c ? ImportValue{c->dates.due} : none, ms.dates.due);
                field("done", c ? opt(c->dates.done) : none, opt(ms.dates.done));
            }
        }
        for (const auto& c : cur_.milestones)
            if (!imp_.fromCondtrack || !in_.findMilestone(c.id))
                push(ImportAction::Keep, ImportItem::Milestone, c.id, std::nullopt, "", {}, {});
    }

    // Into a version 2 tracker, a version 1 file's gating milestone is gated
    // by its tranche year: the year of the first tranche that lists it.
    std::optional<int> gatedYear(const std::string& id) const {
        if (fileV2() || !targetV2()) return std::nullopt;
        for (const auto& t : in_.tranches)
            for (const auto& gate : t.gatingMilestones)
                if (gate == id) return t.year;
        return std::nullopt;
    }

    const TrackerModel& cur_;
    const IatiImport& imp_;
    const TrackerModel& in_;
    ImportPreview preview_;
};

} // namespace

std::vector<IatiActivitySummary> listIatiActivities(std::string_view xml, std::string_view language,
                                                    const XmlLimits& limits) {
    return listIatiActivities(parseXml(xml, limits), language);
}

std::vector<IatiActivitySummary> listIatiActivities(const XmlElement& root,
                                                    std::string_view language) {
    std::vector<IatiActivitySummary> out;
    for (const XmlElement* a : activitiesOf(root)) {
        const std::string* lang = a->attribute(kXmlNamespace, "lang");
        IatiActivitySummary s;
        s.identifier = trim(a->child("iati-identifier")->text);
        s.title = pickNarrative(readNarratives(a->child("title")), language,
                                lang ? trim(*lang) : std::string());
        for (const XmlElement* r : a->childrenNamed("result"))
            s.indicators += r->childrenNamed("indicator").size();
        s.line = a->line;
        out.push_back(std::move(s));
    }
    return out;
}

IatiImport importIati(std::string_view xml, const IatiImportOptions& options) {
    const XmlElement root = parseXml(xml, options.limits);
    return importIati(root, options);
}

IatiImport importIati(const XmlElement& root, const IatiImportOptions& options) {
    const auto activities = activitiesOf(root);
    const XmlElement* chosen = nullptr;
    IatiImport out;
    const std::string wanted = trim(options.activityId);
    if (options.activityIndex) {
        if (*options.activityIndex >= activities.size())
            fail(root, "has no activity number " + std::to_string(*options.activityIndex + 1) +
                           "; it holds " + std::to_string(activities.size()) + " (" +
                           identifierList(activities) + ")");
        chosen = activities[*options.activityIndex];
    } else if (wanted.empty()) {
        if (activities.size() > 1)
            fail(root, "holds " + std::to_string(activities.size()) + " activities (" +
                           identifierList(activities) + "): choose one");
        chosen = activities.front();
    } else {
        for (const XmlElement* a : activities) {
            if (trim(a->child("iati-identifier")->text) != wanted) continue;
            if (chosen) {
                out.notes.push_back(at(*a) + " repeats the activity " + quoted(wanted) +
                                    ": the first, at line " + std::to_string(chosen->line) +
                                    ", is read");
                break;
            }
            chosen = a;
        }
        if (!chosen)
            fail(root,
                 "has no activity " + quoted(wanted) + "; it holds " + identifierList(activities));
    }
    if (!root.attribute("version"))
        out.notes.push_back(at(root) + " has no version: read as IATI 2.03");
    Reader(options, out).activity(*chosen);
    // In file order; remarks about the whole file last.
    const auto lineOf = [](const std::string& note) {
        if (note.compare(0, 5, "line ") != 0) return std::numeric_limits<long>::max();
        return std::strtol(note.c_str() + 5, nullptr, 10);
    };
    std::stable_sort(
        out.notes.begin(), out.notes.end(),
        [&](const std::string& a, const std::string& b) { return lineOf(a) < lineOf(b); });
    return out;
}

std::size_t ImportPreview::count(ImportAction action) const {
    std::size_t n = 0;
    for (const auto& c : changes)
        n += c.action == action ? 1 : 0;
    return n;
}

ImportPreview previewImport(const TrackerModel& current, const IatiImport& imported) {
    return Previewer(current, imported).run();
}

std::string valueText(const ImportValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return "(blank)";
    if (const auto* d = std::get_if<double>(&value)) return xmlDecimal(*d);
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "yes" : "no";
    if (const auto* s = std::get_if<std::string>(&value)) return s->empty() ? "(blank)" : *s;
    return isoDate(std::get<Date>(value));
}

std::string subjectOf(const ImportChange& change) {
    switch (change.item) {
    case ImportItem::Year: return "year " + change.key;
    case ImportItem::Reviews: return "review schedule";
    case ImportItem::Indicator: return change.key;
    case ImportItem::Tranche: return "tranche " + change.key;
    case ImportItem::Milestone: return "milestone " + change.key;
    case ImportItem::Condition: return "condition " + change.key;
    case ImportItem::Band: return "band " + change.key;
    case ImportItem::Programme: return "programme";
    }
    return change.key;
}

std::string describe(const ImportChange& change) {
    std::string subject = subjectOf(change);
    if ((change.item == ImportItem::Indicator || change.item == ImportItem::Condition) &&
        change.year)
        subject += " " + std::to_string(*change.year);
    if (change.field.empty()) {
        if (change.action == ImportAction::Add) return "add " + subject;
        return "keep " + subject + " (not in the file)";
    }
    subject += " " + change.field;
    switch (change.action) {
    case ImportAction::Add: return "add " + subject + ": " + valueText(change.after);
    case ImportAction::Overwrite:
        return subject + ": " + valueText(change.before) + " -> " + valueText(change.after);
    case ImportAction::Keep:
        return "keep " + subject + ": " + valueText(change.before) +
               (isBlank(change.after) ? " (blank in the file)" : "");
    }
    return subject;
}

} // namespace condtrack
