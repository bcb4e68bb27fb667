#include "text/messages.hpp"

namespace condtrack {

namespace {

LocalText textOf(Message message) {
    switch (message) {
    case Message::TrackerCreated:
        return {"The tracker sheets were added to this workbook.",
                "Les feuilles du suivi ont été ajoutées à ce classeur."};
    case Message::TrackerExists:
        return {"This workbook already has a tracker (named range %). Nothing was changed.",
                "Ce classeur contient déjà un suivi (plage nommée %). Rien n'a été modifié."};
    case Message::SheetExists:
        return {
            "A sheet named \"%\" already exists. Rename it first; nothing was changed.",
            "Une feuille nommée « % » existe déjà. Renommez-la d'abord ; rien n'a été modifié."};
    case Message::NotASpreadsheet:
        return {"This command works on a spreadsheet.",
                "Cette commande s'applique à un classeur Calc."};
    case Message::NoTracker:
        return {"This workbook has no tracker. Use New Tracker first.",
                "Ce classeur ne contient pas de suivi. Utilisez d'abord Nouveau suivi."};
    case Message::MalformedTracker:
        return {"The tracker is malformed: %", "Le suivi est mal formé : %"};
    case Message::UnknownIndicator:
        return {"No indicator with the ID \"%\".", "Aucun indicateur n'a l'identifiant « % »."};
    case Message::UnknownYear: return {"The tracker has no year %.", "Le suivi n'a pas d'année %."};
    case Message::NotANumber: return {"\"%\" is not a number.", "« % » n'est pas un nombre."};
    case Message::AssessmentRecorded:
        return {"Assessment recorded: %.", "Appréciation enregistrée : %."};
    case Message::NothingToRecord:
        return {"Nothing to record for %: the values are unchanged.",
                "Rien à enregistrer pour % : les valeurs sont inchangées."};
    case Message::ReasonNeeded:
        return {"The review of % is closed: give a reason to reopen it.",
                "La revue de % est clôturée : indiquez un motif pour la rouvrir."};
    case Message::ReviewClosed:
        return {"The review of % is closed.", "La revue de % est clôturée."};
    case Message::ReviewAlreadyClosed:
        return {"The review of % was already closed.", "La revue de % était déjà clôturée."};
    case Message::ReportCreated:
        return {"The review report is on the sheet \"%\".",
                "Le rapport de revue est sur la feuille « % »."};
    case Message::IatiExported:
        return {"The tracker was exported as IATI 2.03 to %.",
                "Le suivi a été exporté au format IATI 2.03 vers %."};
    case Message::NoHeader:
        return {"The tracker has no programme header (named range CondTrack_Header).",
                "Le suivi n'a pas d'en-tête de programme (plage nommée CondTrack_Header)."};
    case Message::PdfWritten:
        return {"The review report was exported to %.",
                "Le rapport de revue a été exporté vers %."};
    case Message::SheetProtected:
        return {"The sheet \"%\" is protected. Nothing was changed.",
                "La feuille « % » est protégée. Rien n'a été modifié."};
    case Message::WorkbookProtected:
        return {"The workbook's structure is protected. Nothing was changed.",
                "La structure du classeur est protégée. Rien n'a été modifié."};
    case Message::CellsInTheWay:
        return {"The log's next row is not empty (%). Move those cells first; nothing was changed.",
                "La ligne suivante du journal n'est pas vide (%). Déplacez ces cellules d'abord ; "
                "rien n'a été modifié."};
    case Message::IatiImported: return {"Imported from IATI into %", "Importé depuis IATI dans %"};
    case Message::NotImported: return {"Nothing was imported: %", "Rien n'a été importé : %"};
    case Message::NothingToImport:
        return {"The file changes nothing in this tracker. %",
                "Le fichier ne change rien à ce suivi. %"};
    case Message::ImportInto: return {"Import into %", "Importer dans %"};
    case Message::ImportTracker: return {"the tracker of %", "le suivi de %"};
    case Message::ImportNewWorkbook: return {"a new workbook (%)", "un nouveau classeur (%)"};
    case Message::SavedAs: return {"Saved as %.", "Enregistré sous %."};
    case Message::Failed: return {"The command failed: %", "La commande a échoué : %"};
    }
    return {"%", "%"};
}

} // namespace

std::string say(Message message, Language language, const std::string& detail) {
    std::string text(textOf(message).in(language));
    const auto at = text.find('%');
    if (at != std::string::npos) text.replace(at, 1, detail);
    return text;
}

} // namespace condtrack
