#include "rules/decision.hpp"

#include "text/keys.hpp"

#include <string>

namespace condtrack {

std::optional<Decision> parseDecision(std::string_view text) {
    const std::string key = normaliseKeyword(text);
    if (key.empty() || key == "none" || key == "aucune" || key == "aucun" || key == "nenhuma" ||
        key == "nenhum" || key == "false" || key == "0")
        return Decision::None;
    if (key == "reallocate" || key == "a" || key == "reaffecter" || key == "realocar")
        return Decision::Reallocate;
    if (key == "transfer" || key == "b" || key == "transferer" || key == "transferir")
        return Decision::Transfer;
    if (key == "reassess" || key == "c" || key == "reevaluer" || key == "reapprecier" ||
        key == "reavaliar")
        return Decision::Reassess;
    if (key == "true" || key == "1" || key == "waived") return Decision::Waived;
    return std::nullopt;
}

std::string_view keyword(Decision decision) {
    switch (decision) {
    case Decision::None: return "";
    case Decision::Reallocate: return "reallocate";
    case Decision::Transfer: return "transfer";
    case Decision::Reassess: return "reassess";
    case Decision::Waived: return "waived";
    }
    return "";
}

} // namespace condtrack
