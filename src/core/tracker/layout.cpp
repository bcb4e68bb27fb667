#include "tracker/layout.hpp"

namespace condtrack::layout {

std::string inLanguage(LocalText text, Language language) {
    return std::string(text.in(language));
}

LocalText sheetName(Sheet sheet) {
    switch (sheet) {
    case Sheet::Indicators: return {"Indicators", "Indicateurs"};
    case Sheet::Tranches: return {"Tranches", "Tranches"};
    case Sheet::Milestones: return {"Milestones", "Jalons"};
    case Sheet::Reviews: return {"Reviews", "Revues"};
    case Sheet::Log: return {"Log", "Journal"};
    case Sheet::Programme: return {"Programme", "Programme"};
    }
    return {};
}

const std::array<LocalText, kIndicatorFixedColumns> kIndicatorHeaders{{
    {"ID", "ID"},
    {"Title", "Intitulé"},
    {"Policy area", "Domaine"},
    {"Weight", "Poids"},
    {"Method", "Méthode"},
    {"Threshold", "Seuil"},
    {"Baseline", "Référence"},
}};

const std::array<LocalText, kIndicatorYearColumns> kYearBlockHeaders{{
    {"Target", "Cible"},
    {"Actual", "Réalisé"},
    {"Evidence", "Justificatif"},
    {"Waived", "Abandonné"},
    {"Score", "Note"},
    {"Status", "Statut"},
}};

const std::array<LocalText, kTrancheColumns> kTrancheHeaders{{
    {"Year", "Année"},
    {"Type", "Type"},
    {"Ceiling", "Plafond"},
    {"General conditions met", "Conditions générales remplies"},
    {"Gating milestones", "Jalons conditionnels"},
    {"Eligible", "Éligible"},
    {"Waiver rule", "Règle d'abandon"},
    {"Computed amount", "Montant calculé"},
    {"Transferred", "Transféré"},
    {"Disbursed", "Décaissé"},
    {"Disbursed on", "Décaissé le"},
    {"Request deadline", "Date limite de demande"},
}};

const std::array<LocalText, kMilestoneColumns> kMilestoneHeaders{{
    {"ID", "ID"},
    {"Milestone", "Jalon"},
    {"Indicator", "Indicateur"},
    {"Tranche year", "Année de tranche"},
    {"Due", "Échéance"},
    {"Done", "Réalisé le"},
    {"Status", "Statut"},
    {"Days late", "Jours de retard"},
}};

const std::array<LocalText, kReviewColumns> kReviewHeaders{{
    {"First review", "Première revue"},
    {"Months between reviews", "Mois entre revues"},
    {"Roll", "Report"},
    {"Holidays", "Jours fériés"},
    {"Next review", "Prochaine revue"},
}};

const std::array<LocalText, kYearColumns> kYearHeaders{{
    {"Year", "Année"},
    {"Review date", "Date de revue"},
    {"State", "État"},
    {"Closed on", "Clôturée le"},
    {"Outcome notes", "Conclusions"},
}};

const std::array<LocalText, kLogColumns> kLogHeaders{{
    {"Timestamp (UTC)", "Horodatage (UTC)"},
    {"User", "Utilisateur"},
    {"Indicator", "Indicateur"},
    {"Year", "Année"},
    {"Field", "Champ"},
    {"Old value", "Ancienne valeur"},
    {"New value", "Nouvelle valeur"},
    {"Reason", "Motif"},
    {"Approver", "Approbateur"},
    {"Hash", "Empreinte"},
}};

const std::array<LocalText, kHeaderColumns> kProgrammeHeaders{{
    {"Field", "Champ"},
    {"Value", "Valeur"},
}};

namespace {

template <std::size_t N> std::vector<LocalText> list(const std::array<LocalText, N>& headers) {
    return {headers.begin(), headers.end()};
}

} // namespace

const std::vector<RangeLayout>& ranges() {
    static const std::vector<RangeLayout> all{
        {kIndicators, Sheet::Indicators, kIndicatorHeaderRows, list(kIndicatorHeaders), true},
        {kTranches, Sheet::Tranches, kTableHeaderRows, list(kTrancheHeaders)},
        {kMilestones, Sheet::Milestones, kTableHeaderRows, list(kMilestoneHeaders)},
        {kReviews, Sheet::Reviews, kTableHeaderRows, list(kReviewHeaders)},
        {kYears, Sheet::Reviews, kTableHeaderRows, list(kYearHeaders)},
        {kLog, Sheet::Log, kTableHeaderRows, list(kLogHeaders)},
        {kHeader, Sheet::Programme, kTableHeaderRows, list(kProgrammeHeaders)},
    };
    return all;
}

} // namespace condtrack::layout
