#include "tracker/template.hpp"

#include "rules/errors.hpp"
#include "tracker/programme_header.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace condtrack {

namespace {

using Kind = PlannedCell::Kind;

struct Labels {
    Language language;
    std::string operator()(const char* en, const char* fr) const {
        return language == Language::French ? fr : en;
    }
};

class SheetBuilder {
  public:
    explicit SheetBuilder(std::string name) { sheet_.name = std::move(name); }

    void text(int row, int col, std::string value, CellStyle style = CellStyle::Plain) {
        add({row, col, Kind::Text, std::move(value), 0.0, style});
    }
    void number(int row, int col, double value, CellStyle style = CellStyle::Plain) {
        add({row, col, Kind::Number, {}, value, style});
    }
    void formula(int row, int col, std::string value, CellStyle style = CellStyle::Plain) {
        add({row, col, Kind::Formula, std::move(value), 0.0, style});
    }
    void styled(int row, int col, CellStyle style) { add({row, col, Kind::Empty, {}, 0.0, style}); }
    void headers(int row, int col, const std::vector<std::string>& labels) {
        for (std::size_t i = 0; i < labels.size(); ++i)
            text(row, col + static_cast<int>(i), labels[i], CellStyle::Header);
    }
    PlannedSheet take() { return std::move(sheet_); }

  private:
    void add(PlannedCell cell) {
        sheet_.usedColumns = std::max(sheet_.usedColumns, cell.col + 1);
        sheet_.cells.push_back(std::move(cell));
    }
    PlannedSheet sheet_;
};

double serialOf(Date date) {
    return static_cast<double>((date - Date(1899, 12, 30)).days());
}

// A one-cell range: Calc passes an empty cell in a range as blank (pending),
// while a plain reference to an empty cell arrives as 0.
std::string one(int row, int col, bool absoluteCol = false) {
    const std::string c = (absoluteCol ? "$" : "") + columnLetters(col);
    const std::string r = std::to_string(row + 1);
    return c + r + ":" + c + r;
}

} // namespace

void TrackerOptions::validate() const {
    if (firstYear < 1900 || firstYear > 9000) throw InvalidArgument("first year out of range");
    if (years < 1 || years > 30) throw InvalidArgument("years must be 1 to 30");
    if (indicators < 1 || indicators > 5000) throw InvalidArgument("indicators must be 1 to 5000");
    if (milestones < 1 || milestones > 5000) throw InvalidArgument("milestones must be 1 to 5000");
    if (reviewMonths < 1 || reviewMonths > ReviewSchedule::kMaxMonths)
        throw InvalidArgument("review months must be 1 to 120");
}

std::vector<std::string> trackerSheetNames(Language language) {
    const Labels L{language};
    return {L("Indicators", "Indicateurs"), L("Tranches", "Tranches"), L("Milestones", "Jalons"),
            L("Reviews", "Revues"),         L("Log", "Journal"),       L("Programme", "Programme")};
}

const std::vector<std::string>& trackerRangeNames() {
    static const std::vector<std::string> names{"CondTrack_Indicators", "CondTrack_Tranches",
                                                "CondTrack_Milestones", "CondTrack_Reviews",
                                                "CondTrack_Years",      "CondTrack_Log"};
    return names;
}

WorkbookPlan newTrackerPlan(const TrackerOptions& options) {
    options.validate();
    const Labels L{options.language};
    const auto names = trackerSheetNames(options.language);
    const std::string& indicatorsName = names[0];
    const std::string& milestonesName = names[2];
    WorkbookPlan plan;

    // Indicators: two header rows, then one row per indicator.
    const int firstDataRow = layout::kIndicatorHeaderRows;
    const int lastDataRow = firstDataRow + options.indicators - 1;
    const int lastIndicatorCol =
        layout::kIndicatorFixedColumns + options.years * layout::kIndicatorYearColumns - 1;
    {
        SheetBuilder s(indicatorsName);
        s.text(0, 0, L("Performance indicators", "Indicateurs de performance"), CellStyle::Title);
        s.headers(1, 0,
                  {L("ID", "ID"), L("Title", "Intitulé"), L("Policy area", "Domaine"),
                   L("Weight", "Poids"), L("Method", "Méthode"), L("Threshold", "Seuil"),
                   L("Baseline", "Référence")});
        for (int y = 0; y < options.years; ++y) {
            const int c0 = layout::kIndicatorFixedColumns + y * layout::kIndicatorYearColumns;
            s.number(0, c0, options.firstYear + y, CellStyle::Header);
            s.headers(1, c0,
                      {L("Target", "Cible"), L("Actual", "Réalisé"), L("Evidence", "Justificatif"),
                       L("Waived", "Abandonné"), L("Score", "Note"), L("Status", "Statut")});
        }
        for (int i = 0; i < options.indicators; ++i) {
            const int r = firstDataRow + i;
            if (options.numberedIndicators) {
                std::string id = std::to_string(i + 1);
                s.text(r, 0, "IND-" + std::string(id.size() < 2 ? "0" : "") + id);
                s.number(r, 3, 1.0);
                s.text(r, 4, "linear");
            }
            for (int y = 0; y < options.years; ++y) {
                const int c0 = layout::kIndicatorFixedColumns + y * layout::kIndicatorYearColumns;
                s.formula(r, c0 + layout::Score,
                          "=COND.SCORE(" + one(r, c0 + layout::Actual) + ";" + one(r, 6, true) +
                              ";" + one(r, c0 + layout::Target) + ";" + one(r, 4, true) + ";" +
                              one(r, 5, true) + ")",
                          CellStyle::Percent);
                s.formula(r, c0 + layout::Status,
                          "=COND.STATUS(" + one(r, c0 + layout::Score) + ")");
            }
        }
        plan.sheets.push_back(s.take());
        plan.names.push_back({"CondTrack_Indicators", 0, 0, 0, lastDataRow, lastIndicatorCol});
    }

    // Milestones: one header row, then rows to fill in.
    const int lastMilestoneRow = options.milestones;
    const std::string milestoneIds = sheetRangeRef(milestonesName, 1, 0, lastMilestoneRow, 0);
    const std::string milestoneDone = sheetRangeRef(milestonesName, 1, 5, lastMilestoneRow, 5);

    // Tranches: a fixed and a variable tranche per year.
    {
        SheetBuilder s(names[1]);
        s.headers(0, 0,
                  {L("Year", "Année"), L("Type", "Type"), L("Ceiling", "Plafond"),
                   L("General conditions met", "Conditions générales remplies"),
                   L("Gating milestones", "Jalons conditionnels"), L("Eligible", "Éligible"),
                   L("Waiver rule", "Règle d'abandon"), L("Computed amount", "Montant calculé"),
                   L("Transferred", "Transféré"), L("Disbursed", "Décaissé"),
                   L("Disbursed on", "Décaissé le"),
                   L("Request deadline", "Date limite de demande")});
        const std::string weights = sheetRangeRef(indicatorsName, firstDataRow, 3, lastDataRow, 3);
        int r = 1;
        for (int y = 0; y < options.years; ++y) {
            const int c0 = layout::kIndicatorFixedColumns + y * layout::kIndicatorYearColumns;
            const std::string scores = sheetRangeRef(
                indicatorsName, firstDataRow, c0 + layout::Score, lastDataRow, c0 + layout::Score);
            const std::string waived =
                sheetRangeRef(indicatorsName, firstDataRow, c0 + layout::Waived, lastDataRow,
                              c0 + layout::Waived);
            for (const bool variable : {false, true}) {
                const std::string R = std::to_string(r + 1);
                s.number(r, 0, options.firstYear + y);
                s.text(r, 1, variable ? "variable" : "fixed");
                s.formula(r, 3, "=FALSE()");
                // Eligible: general conditions met, and every gating milestone
                // listed in E done by the request deadline (a blank deadline
                // only asks for the milestone to be done).
                s.formula(r, 5,
                          "=AND(D" + R + "=1;SUMPRODUCT((" + milestoneIds +
                              "<>\"\")*ISNUMBER(SEARCH(\",\"&" + milestoneIds +
                              "&\",\";\",\"&SUBSTITUTE(E" + R + ";\" \";\"\")&\",\"))*(((" +
                              milestoneDone + "=0)+(L" + R + ">0)*(" + milestoneDone + ">L" + R +
                              "))>0))=0)");
                if (variable) {
                    s.text(r, 6, "reallocate");
                    s.formula(r, 7,
                              "=COND.TRANCHE(C" + R + ";" + weights + ";" + scores + ";" + waived +
                                  ";G" + R + ";F" + R + ")",
                              CellStyle::Money);
                    s.formula(r, 8,
                              "=IF(C" + R + "=\"\";\"\";IF(G" + R +
                                  "=\"transfer\";COND.TRANSFER(C" + R + ";" + weights + ";" +
                                  waived + ");0))",
                              CellStyle::Money);
                } else {
                    s.formula(r, 7, "=IF(F" + R + ";C" + R + ";0)", CellStyle::Money);
                    s.number(r, 8, 0.0, CellStyle::Money);
                }
                s.styled(r, 2, CellStyle::Money);
                s.styled(r, 9, CellStyle::Money);
                s.styled(r, 10, CellStyle::Date);
                s.number(
                    r, 11,
                    serialOf(Date(static_cast<unsigned short>(options.firstYear + y + 1), 3, 31)),
                    CellStyle::Date);
                ++r;
            }
        }
        plan.sheets.push_back(s.take());
        plan.names.push_back({"CondTrack_Tranches", 1, 0, 0, r - 1, 11});
    }

    {
        SheetBuilder s(milestonesName);
        s.headers(0, 0,
                  {L("ID", "ID"), L("Milestone", "Jalon"), L("Indicator", "Indicateur"),
                   L("Tranche year", "Année de tranche"), L("Due", "Échéance"),
                   L("Done", "Réalisé le"), L("Status", "Statut"),
                   L("Days late", "Jours de retard")});
        for (int r = 1; r <= lastMilestoneRow; ++r) {
            const std::string due = one(r, 4), done = one(r, 5);
            s.styled(r, 4, CellStyle::Date);
            s.styled(r, 5, CellStyle::Date);
            s.formula(r, 6,
                      "=IF(" + due + "=\"\";\"\";COND.MILESTONE(" + due + ";" + done +
                          ";TODAY()))");
            s.formula(r, 7,
                      "=IF(" + due + "=\"\";\"\";COND.DAYSLATE(" + due + ";" + done + ";TODAY()))");
        }
        plan.sheets.push_back(s.take());
        plan.names.push_back({"CondTrack_Milestones", 2, 0, 0, lastMilestoneRow, 7});
    }

    // Reviews: the schedule's settings, then the tracker's years.
    {
        SheetBuilder s(names[3]);
        s.headers(0, 0,
                  {L("First review", "Première revue"),
                   L("Months between reviews", "Mois entre revues"), L("Roll", "Report"),
                   L("Holidays", "Jours fériés"), L("Next review", "Prochaine revue")});
        s.number(1, 0, serialOf(options.firstReview), CellStyle::Date);
        s.number(1, 1, options.reviewMonths);
        s.text(1, 2, std::string(rollKeyword(options.roll)));
        s.formula(1, 4, "=COND.NEXTREVIEW(A2;B2;TODAY();;C2)", CellStyle::Date);
        plan.names.push_back({"CondTrack_Reviews", 3, 0, 0, 1, 4});

        const int header = 3;
        s.headers(header, 0,
                  {L("Year", "Année"), L("Review date", "Date de revue"), L("State", "État"),
                   L("Closed on", "Clôturée le"), L("Outcome notes", "Conclusions")});
        for (int y = 0; y < options.years; ++y) {
            const int r = header + 1 + y;
            // Year N is reviewed in N+1: its review is the first one of N+1.
            s.number(r, 0, options.firstYear + y);
            s.formula(r, 1, "=COND.NEXTREVIEW($A$2;$B$2;DATE(" + cellRef(r, 0) + "+1;1;1);;$C$2)",
                      CellStyle::Date);
            s.text(r, 2, "open");
            s.styled(r, 3, CellStyle::Date);
        }
        plan.sheets.push_back(s.take());
        plan.names.push_back({"CondTrack_Years", 3, header, 0, header + options.years, 4});
    }

    {
        SheetBuilder s(names[4]);
        s.headers(0, 0,
                  {L("Timestamp (UTC)", "Horodatage (UTC)"), L("User", "Utilisateur"),
                   L("Indicator", "Indicateur"), L("Year", "Année"), L("Field", "Champ"),
                   L("Old value", "Ancienne valeur"), L("New value", "Nouvelle valeur"),
                   L("Reason", "Motif"), L("Approver", "Approbateur"), L("Hash", "Empreinte")});
        s.text(0, 11, L("Chain intact", "Chaîne intacte"), CellStyle::Header);
        s.formula(1, 11, "=COND.VERIFYLOG(CondTrack_Log)");
        plan.sheets.push_back(s.take());
        plan.names.push_back({"CondTrack_Log", 4, 0, 0, 0, layout::kLogColumns - 1});
    }

    // Programme: what an IATI export says about the activity.
    {
        SheetBuilder s(names[5]);
        s.headers(0, 0, {L("Field", "Champ"), L("Value", "Valeur")});
        for (int f = 0; f < kHeaderFields; ++f) {
            const auto field = static_cast<HeaderField>(f);
            s.text(1 + f, 0, headerLabel(field, options.language));
            if (const std::string value = headerDefault(field, options.language); !value.empty())
                s.text(1 + f, 1, value);
        }
        plan.sheets.push_back(s.take());
        plan.names.push_back({"CondTrack_Header", 5, 0, 0, kHeaderFields, 1});
    }
    return plan;
}

} // namespace condtrack
