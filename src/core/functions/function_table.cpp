#include "functions/function_table.hpp"

namespace condtrack {

namespace {

const ArgumentInfo kHolidays{
    "holidays",
    {"holidays", "jours_fériés"},
    {"Optional: a range of holiday dates that are not business days (blank cells are ignored).",
     "Facultatif : une plage de dates de jours fériés, qui ne sont pas des jours ouvrés (cellules "
     "vides ignorées)."},
    true};

const ArgumentInfo kRoll{
    "roll",
    {"roll", "report"},
    {"Optional: how a date on a weekend or holiday moves: \"following\" (default), \"modified\" "
     "(modified following), \"preceding\" or \"none\".",
     "Facultatif : comment une date tombant un week-end ou un jour férié est déplacée : "
     "\"suivant\" (par défaut), \"suivant modifié\", \"précédent\" ou \"aucun\" (les mots anglais "
     "following, modified, preceding, none sont aussi acceptés)."},
    true};

const ArgumentInfo kFirst{
    "first",
    {"first", "première"},
    {"Date of the first review; the series keeps its day of month (month-end stays month-end).",
     "Date de la première revue ; la série garde le jour du mois (une fin de mois reste une fin de "
     "mois)."},
    false};

const ArgumentInfo kMonths{"months",
                           {"months", "mois"},
                           {"Months between reviews: a whole number from 1 to 120.",
                            "Nombre de mois entre deux revues : un entier de 1 à 120."},
                           false};

const ArgumentInfo kDue{
    "due", {"due", "échéance"}, {"Due date of the milestone.", "Date d'échéance du jalon."}, false};

const ArgumentInfo kDone{
    "done",
    {"done", "réalisé"},
    {"Optional: date the milestone was completed; blank (or 0) means not done yet.",
     "Facultatif : date de réalisation du jalon ; vide (ou 0) signifie pas encore réalisé."},
    true};

const ArgumentInfo kAsOf{
    "asOf",
    {"as_of", "à_la_date"},
    {"Optional: the date to assess at; default today (use TODAY() to keep the result live).",
     "Facultatif : la date d'appréciation ; par défaut aujourd'hui (utilisez AUJOURDHUI() pour "
     "garder le résultat à jour)."},
    true};

const ArgumentInfo kCeiling{
    "ceiling",
    {"ceiling", "plafond"},
    {"The variable tranche's ceiling (amount for full performance) for the year.",
     "Le plafond de la tranche variable de l'année (montant en cas de pleine performance)."},
    false};

const ArgumentInfo kWeights{
    "weights",
    {"weights", "poids"},
    {"Range of indicator weights (any scale, normalised by their sum).",
     "Plage des poids des indicateurs (toute échelle, normalisés par leur somme)."},
    false};

const std::vector<FunctionInfo> kFunctions{
    {"score",
     "COND.SCORE",
     Category::AddIn,
     {"Scores a performance indicator from 0 to 1 by its progress (actual - baseline) / (target - "
      "baseline); works when lower is better. A blank actual gives an empty text (pending).",
      "Note un indicateur de performance de 0 à 1 selon sa progression (réalisé - référence) / "
      "(cible - référence) ; vaut aussi quand une valeur plus basse est meilleure. Un réalisé vide "
      "donne un texte vide (en attente)."},
     {{"actual",
       {"actual", "réalisé"},
       {"Value achieved (a value, or a range for an array result); blank means not yet assessed.",
        "Valeur atteinte (une valeur, ou une plage pour un résultat matriciel) ; vide signifie pas "
        "encore évalué."},
       false},
      {"baseline",
       {"baseline", "référence"},
       {"Baseline value of the indicator.", "Valeur de référence de l'indicateur."},
       false},
      {"target",
       {"target", "cible"},
       {"Target value; must differ from the baseline.",
        "Valeur cible ; doit différer de la valeur de référence."},
       false},
      {"method",
       {"method", "méthode"},
       {"Optional: \"linear\" (default), \"binary\" (1 if met, else 0) or \"partial\" (1 if met, "
        "0.5 "
        "from the threshold, else 0).",
        "Facultatif : \"linéaire\" (par défaut), \"binaire\" (1 si atteint, sinon 0) ou "
        "\"partiel\" "
        "(1 si atteint, 0,5 à partir du seuil, sinon 0)."},
       true},
      {"threshold",
       {"threshold", "seuil"},
       {"Optional: progress from 0 to 1. Linear: below it the score is 0. Partial: from it the "
        "score "
        "is 0.5 (default 0.5). Blank or 0 means not set.",
        "Facultatif : progression de 0 à 1. Linéaire : en dessous, la note est 0. Partiel : à "
        "partir "
        "de ce seuil la note est 0,5 (0,5 par défaut). Vide ou 0 : non fixé."},
       true}},
     false},
    {"status",
     "COND.STATUS",
     Category::AddIn,
     {"Status word of a score: \"met\", \"partial\", \"not met\" or \"pending\" (blank score).",
      "Statut d'une note : \"met\" (atteint), \"partial\" (partiel), \"not met\" (non atteint) ou "
      "\"pending\" (en attente, note vide). Les mots renvoyés restent en anglais pour que les "
      "formules fonctionnent dans toutes les langues."},
     {{"score",
       {"score", "note"},
       {"Score from 0 to 1 (e.g. from COND.SCORE); blank means pending.",
        "Note de 0 à 1 (par exemple de COND.SCORE) ; vide signifie en attente."},
       false},
      {"partialFrom",
       {"partial_from", "partiel_dès"},
       {"Optional: lowest score that counts as partial; default any score above 0. Blank or 0 "
        "means the default.",
        "Facultatif : note minimale comptée comme partielle ; par défaut toute note supérieure à "
        "0. "
        "Vide ou 0 : valeur par défaut."},
       true}},
     false},
    {"tranche",
     "COND.TRANCHE",
     Category::Financial,
     {"Variable-tranche amount: ceiling * sum(weight * score) / sum(weight), with waivers and the "
      "eligibility gate.",
      "Montant de la tranche variable : plafond * somme(poids * note) / somme(poids), avec les "
      "indicateurs abandonnés et la condition d'éligibilité."},
     {kCeiling,
      kWeights,
      {"scores",
       {"scores", "notes"},
       {"Range of scores from 0 to 1, the same shape as the weights; blank (pending) counts 0.",
        "Plage des notes de 0 à 1, de même forme que les poids ; vide (en attente) compte 0."},
       false},
      {"waived",
       {"waived", "abandonnés"},
       {"Optional: range of TRUE/1 for waived indicators, the same shape as the weights.",
        "Facultatif : plage de VRAI/1 pour les indicateurs abandonnés, de même forme que les "
        "poids."},
       true},
      {"rule",
       {"rule", "règle"},
       {"Optional: what happens to waived indicators: \"reallocate\" (default: their weight goes "
        "to "
        "the others) or \"transfer\" (their share moves to next year's ceiling).",
        "Facultatif : sort des indicateurs abandonnés : \"réaffecter\" (par défaut : leur poids va "
        "aux autres) ou \"transférer\" (leur part passe au plafond de l'année suivante)."},
       true},
      {"eligible",
       {"eligible", "éligible"},
       {"Optional: FALSE when the general conditions are not met (nothing is paid); default TRUE.",
        "Facultatif : FAUX quand les conditions générales ne sont pas remplies (rien n'est versé) "
        "; "
        "VRAI par défaut."},
       true}},
     false},
    {"transfer",
     "COND.TRANSFER",
     Category::Financial,
     {"Amount carried to next year's ceiling for waived indicators under the transfer rule: "
      "ceiling * sum(waived weights) / sum(weights).",
      "Montant reporté au plafond de l'année suivante pour les indicateurs abandonnés selon la "
      "règle du transfert : plafond * somme(poids abandonnés) / somme(poids)."},
     {kCeiling,
      kWeights,
      {"waived",
       {"waived", "abandonnés"},
       {"Range of TRUE/1 for waived indicators, the same shape as the weights.",
        "Plage de VRAI/1 pour les indicateurs abandonnés, de même forme que les poids."},
       false}},
     false},
    {"dli",
     "COND.DLI",
     Category::Financial,
     {"Payment of a scalable disbursement-linked indicator (World Bank PforR): unit value * "
      "verified, capped by what is left of the allocation; 0 when verified / reported is below the "
      "minimum ratio.",
      "Paiement d'un indicateur lié aux décaissements proportionnel (Banque mondiale, PforR) : "
      "valeur unitaire * vérifié, plafonné par le reste de l'allocation ; 0 quand vérifié / "
      "déclaré "
      "est sous le ratio minimal."},
     {{"unitValue",
       {"unit_value", "valeur_unitaire"},
       {"Amount paid per verified unit.", "Montant versé par unité vérifiée."},
       false},
      {"reported",
       {"reported", "déclaré"},
       {"Units reported by the government.", "Unités déclarées par le gouvernement."},
       false},
      {"verified",
       {"verified", "vérifié"},
       {"Units verified; not more than reported.",
        "Unités vérifiées ; au plus les unités déclarées."},
       false},
      {"allocation",
       {"allocation", "allocation"},
       {"The indicator's total allocation.", "Allocation totale de l'indicateur."},
       false},
      {"paidToDate",
       {"paid_to_date", "déjà_versé"},
       {"Optional: amount already paid for this indicator; default 0.",
        "Facultatif : montant déjà versé pour cet indicateur ; 0 par défaut."},
       true},
      {"minRatio",
       {"min_ratio", "ratio_min"},
       {"Optional: minimum verified / reported ratio for any payment; default 0.8. Blank or 0 "
        "means "
        "the default.",
        "Facultatif : ratio vérifié / déclaré minimal pour tout paiement ; 0,8 par défaut. Vide ou "
        "0 "
        ": valeur par défaut."},
       true}},
     false},
    {"nextReview",
     "COND.NEXTREVIEW",
     Category::DateTime,
     {"Next review date on or after a date, in a series every n months from the first review, "
      "moved off weekends and holidays.",
      "Date de la prochaine revue à partir d'une date, dans une série tous les n mois depuis la "
      "première revue, déplacée hors des week-ends et jours fériés."},
     {kFirst, kMonths, kAsOf, kHolidays, kRoll},
     true},
    {"schedule",
     "COND.SCHEDULE",
     Category::DateTime,
     {"Column of the first review dates of a series every n months, moved off weekends and "
      "holidays (enter as an array formula).",
      "Colonne des premières dates de revue d'une série tous les n mois, déplacées hors des "
      "week-ends et jours fériés (à saisir comme formule matricielle)."},
     {kFirst,
      kMonths,
      {"count",
       {"count", "nombre"},
       {"How many review dates: a whole number from 1 to 1000.",
        "Nombre de dates de revue : un entier de 1 à 1000."},
       false},
      kHolidays,
      kRoll},
     true},
    {"milestone",
     "COND.MILESTONE",
     Category::DateTime,
     {"Status of a milestone: \"done\", \"done late\", \"overdue\", \"due soon\" or \"on track\".",
      "Statut d'un jalon : \"done\" (réalisé), \"done late\" (réalisé en retard), \"overdue\" (en "
      "retard), \"due soon\" (échéance proche) ou \"on track\" (dans les temps). Les mots renvoyés "
      "restent en anglais pour que les formules fonctionnent dans toutes les langues."},
     {kDue,
      kDone,
      kAsOf,
      {"warnDays",
       {"warn_days", "jours_alerte"},
       {"Optional: days before the due date from which a milestone not done is \"due soon\"; "
        "default 30. Blank or 0 means the default.",
        "Facultatif : nombre de jours avant l'échéance à partir duquel un jalon non réalisé est "
        "\"due soon\" ; 30 par défaut. Vide ou 0 : valeur par défaut."},
       true}},
     true},
    {"daysLate",
     "COND.DAYSLATE",
     Category::DateTime,
     {"Whole days a milestone is late: at completion if done, else as of a date; never negative.",
      "Nombre de jours de retard d'un jalon : à sa réalisation s'il est réalisé, sinon à une date "
      "donnée ; jamais négatif."},
     {kDue, kDone, kAsOf},
     true},
    {"verifyLog",
     "COND.VERIFYLOG",
     Category::AddIn,
     {"Checks the assessment log's SHA-256 hash chain: the text \"TRUE\" when it is intact, else "
      "the number of the first row (counted below the header) that was edited, deleted or moved. "
      "Blank rows are skipped. Test the result with ISNUMBER: a number means tampering.",
      "Vérifie la chaîne d'empreintes SHA-256 du journal des évaluations : le texte \"TRUE\" si "
      "elle est intacte, sinon le numéro de la première ligne (comptée sous l'en-tête) modifiée, "
      "supprimée ou déplacée. Les lignes vides sont ignorées. Testez le résultat avec ESTNUM : un "
      "nombre signale une altération."},
     {{"log",
       {"log_range", "plage_journal"},
       {"The log: its 10 columns A-J (timestamp to hash), with or without the header row, e.g. "
        "CondTrack_Log.",
        "Le journal : ses 10 colonnes A-J (de l'horodatage à l'empreinte), avec ou sans la ligne "
        "d'en-tête, par exemple CondTrack_Log."},
       false}},
     false},
    {"version",
     "COND.VERSION",
     Category::AddIn,
     {"Version of the condtrack extension.", "Version de l'extension condtrack."},
     {},
     false},
};

} // namespace

Language languageOf(std::string_view localeLanguage) {
    return localeLanguage.substr(0, 2) == "fr" ? Language::French : Language::English;
}

std::string_view programmaticName(Category category) {
    switch (category) {
    case Category::DateTime: return "Date&Time";
    case Category::Financial: return "Financial";
    case Category::AddIn: return "Add-In";
    }
    return "Add-In";
}

std::string_view displayName(Category category, Language language) {
    switch (category) {
    case Category::DateTime: return LocalText{"Date&Time", "Date&Heure"}.in(language);
    case Category::Financial: return LocalText{"Financial", "Finances"}.in(language);
    case Category::AddIn: return LocalText{"Add-In", "Extension"}.in(language);
    }
    return "Add-In";
}

const std::vector<FunctionInfo>& functionTable() {
    return kFunctions;
}

const FunctionInfo* findFunction(std::string_view method) {
    for (const auto& function : kFunctions)
        if (function.method == method) return &function;
    return nullptr;
}

const ArgumentInfo* argumentAt(const FunctionInfo& function, int idlPosition) {
    const int index = function.hasCaller ? idlPosition - 1 : idlPosition;
    if (index < 0 || index >= static_cast<int>(function.arguments.size())) return nullptr;
    return &function.arguments[static_cast<std::size_t>(index)];
}

} // namespace condtrack
