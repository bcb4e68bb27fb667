"""What the Function Wizard shows for the COND.* functions, read through the
com.sun.star.sheet.FunctionDescriptions service: names, categories,
descriptions, argument names and optional flags, in English and (with the
language packs) in French and Portuguese.

Run from the repository root: /usr/bin/python3 -m pytest tests/integration/test_function_wizard.py
"""

import pytest
import uno

from office import Office, cell, first_sheet, set_formula


def category(name):
    return uno.getConstantByName(f"com.sun.star.sheet.FunctionCategory.{name}")


DATETIME = category("DATETIME")
FINANCIAL = category("FINANCIAL")
ADDIN = category("ADDIN")

# Display name -> (category, [(English argument name, optional)]), as in docs/functions.md.
FUNCTIONS = {
    "COND.SCORE": (ADDIN, [("actual", False), ("baseline", False), ("target", False),
                           ("method", True), ("threshold", True)]),
    "COND.STATUS": (ADDIN, [("score", False), ("partial_from", True)]),
    "COND.TRANCHE": (FINANCIAL, [("ceiling", False), ("weights", False), ("scores", False),
                                 ("decisions", True), ("rule", True), ("eligible", True),
                                 ("bands", True)]),
    "COND.TRANSFER": (FINANCIAL, [("ceiling", False), ("weights", False), ("decisions", False)]),
    "COND.HELD": (FINANCIAL, [("ceiling", False), ("weights", False), ("scores", False),
                              ("decisions", False), ("eligible", True)]),
    "COND.RELEASED": (FINANCIAL, [("ceiling", False), ("weights", False), ("scores", False),
                                  ("decisions", False), ("rescores", False),
                                  ("eligible", True)]),
    "COND.BANDS": (FINANCIAL, [("total", False), ("lower_bounds", False), ("shares", False)]),
    "COND.DLI": (FINANCIAL, [("unit_value", False), ("reported", False), ("verified", False),
                             ("allocation", False), ("paid_to_date", True),
                             ("min_ratio", True)]),
    "COND.NEXTREVIEW": (DATETIME, [("first", False), ("months", False), ("as_of", True),
                                   ("holidays", True), ("roll", True)]),
    "COND.SCHEDULE": (DATETIME, [("first", False), ("months", False), ("count", False),
                                 ("holidays", True), ("roll", True)]),
    "COND.MILESTONE": (DATETIME, [("due", False), ("done", True), ("as_of", True),
                                  ("warn_days", True)]),
    "COND.DAYSLATE": (DATETIME, [("due", False), ("done", True), ("as_of", True)]),
    "COND.VERSION": (ADDIN, []),
    "COND.VERIFYLOG": (ADDIN, [("log_range", False)]),
}

# A phrase each English function description must contain.
ENGLISH_KEYS = {
    "COND.SCORE": "progress",
    "COND.STATUS": "pending",
    "COND.TRANCHE": "ceiling",
    "COND.TRANSFER": "next year",
    "COND.HELD": "re-assessment",
    "COND.RELEASED": "released",
    "COND.BANDS": "band",
    "COND.DLI": "verified",
    "COND.NEXTREVIEW": "review",
    "COND.SCHEDULE": "review",
    "COND.MILESTONE": "due soon",
    "COND.DAYSLATE": "late",
    "COND.VERSION": "Version",
    "COND.VERIFYLOG": "hash chain",
}

# French argument names, and a phrase of each French description.
FRENCH_ARGUMENTS = {
    "COND.SCORE": ["réalisé", "référence", "cible", "méthode", "seuil"],
    "COND.STATUS": ["note", "partiel_dès"],
    "COND.TRANCHE": ["plafond", "poids", "notes", "décisions", "règle", "éligible", "paliers"],
    "COND.TRANSFER": ["plafond", "poids", "décisions"],
    "COND.HELD": ["plafond", "poids", "notes", "décisions", "éligible"],
    "COND.RELEASED": ["plafond", "poids", "notes", "décisions", "nouvelles_notes", "éligible"],
    "COND.BANDS": ["note_totale", "seuils", "parts"],
    "COND.DLI": ["valeur_unitaire", "déclaré", "vérifié", "allocation", "déjà_versé",
                 "ratio_min"],
    "COND.NEXTREVIEW": ["première", "mois", "à_la_date", "jours_fériés", "report"],
    "COND.SCHEDULE": ["première", "mois", "nombre", "jours_fériés", "report"],
    "COND.MILESTONE": ["échéance", "réalisé", "à_la_date", "jours_alerte"],
    "COND.DAYSLATE": ["échéance", "réalisé", "à_la_date"],
    "COND.VERSION": [],
    "COND.VERIFYLOG": ["plage_journal"],
}
FRENCH_KEYS = {
    "COND.SCORE": "indicateur",
    "COND.STATUS": "en attente",
    "COND.TRANCHE": "plafond",
    "COND.TRANSFER": "année suivante",
    "COND.HELD": "appréciation",
    "COND.RELEASED": "libéré",
    "COND.BANDS": "paliers",
    "COND.DLI": "décaissements",
    "COND.NEXTREVIEW": "revue",
    "COND.SCHEDULE": "revue",
    "COND.MILESTONE": "jalon",
    "COND.DAYSLATE": "retard",
    "COND.VERSION": "extension",
    "COND.VERIFYLOG": "journal",
}

# Portuguese argument names (ASCII identifiers), and a phrase of each description.
PORTUGUESE_ARGUMENTS = {
    "COND.SCORE": ["realizado", "linha_de_base", "meta", "metodo", "limiar"],
    "COND.STATUS": ["pontuacao", "parcial_desde"],
    "COND.TRANCHE": ["teto", "pesos", "pontuacoes", "decisoes", "regra", "elegivel", "escaloes"],
    "COND.TRANSFER": ["teto", "pesos", "decisoes"],
    "COND.HELD": ["teto", "pesos", "pontuacoes", "decisoes", "elegivel"],
    "COND.RELEASED": ["teto", "pesos", "pontuacoes", "decisoes", "novas_pontuacoes", "elegivel"],
    "COND.BANDS": ["pontuacao_total", "limites_inferiores", "partes"],
    "COND.DLI": ["valor_unitario", "declarado", "verificado", "dotacao", "ja_pago",
                 "racio_min"],
    "COND.NEXTREVIEW": ["primeira", "meses", "data_ref", "feriados", "ajuste"],
    "COND.SCHEDULE": ["primeira", "meses", "numero", "feriados", "ajuste"],
    "COND.MILESTONE": ["prazo", "concluido", "data_ref", "dias_alerta"],
    "COND.DAYSLATE": ["prazo", "concluido", "data_ref"],
    "COND.VERSION": [],
    "COND.VERIFYLOG": ["intervalo_registo"],
}
PORTUGUESE_KEYS = {
    "COND.SCORE": "linha de base",
    "COND.STATUS": "pendente",
    "COND.TRANCHE": "tranche variável",
    "COND.TRANSFER": "ano seguinte",
    "COND.HELD": "reavaliação",
    "COND.RELEASED": "libertado",
    "COND.BANDS": "escalões",
    "COND.DLI": "desembolso",
    "COND.NEXTREVIEW": "revisão",
    "COND.SCHEDULE": "revisão",
    "COND.MILESTONE": "marco",
    "COND.DAYSLATE": "atraso",
    "COND.VERSION": "extensão",
    "COND.VERIFYLOG": "apreciações",
}


def descriptions(office):
    """Display name -> {Category, Description, Arguments: [(name, optional, help)]}."""
    service = office.smgr.createInstanceWithContext(
        "com.sun.star.sheet.FunctionDescriptions", office.ctx)
    out = {}
    for i in range(service.getCount()):
        props = {p.Name: p.Value for p in service.getByIndex(i)}
        out[props["Name"]] = {
            "Category": props["Category"],
            "Description": props["Description"],
            "Arguments": [(a.Name, bool(a.IsOptional), a.Description)
                          for a in (props["Arguments"] or ())],
        }
    return out


def check_well_formed(entry, name):
    assert entry["Description"].strip(), f"{name}: empty description"
    assert "###" not in entry["Description"], f"{name}: {entry['Description']}"
    for arg, _, help_text in entry["Arguments"]:
        assert arg and "###" not in arg, f"{name}: argument name {arg!r}"
        assert help_text.strip() and "###" not in help_text, f"{name}({arg}): {help_text!r}"


# --- English (the shared office of this module) ---------------------------------


@pytest.fixture(scope="module")
def english(office):
    return descriptions(office)


def test_function_categories_are_distinct_ids():
    assert len({DATETIME, FINANCIAL, ADDIN}) == 3
    assert (DATETIME, FINANCIAL, ADDIN) == (2, 3, 11)


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_english_function_is_listed_in_its_category(english, name):
    assert name in english, f"{name} not in the function list"
    assert english[name]["Category"] == FUNCTIONS[name][0]


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_english_argument_names_and_optional_flags(english, name):
    got = [(arg, optional) for arg, optional, _ in english[name]["Arguments"]]
    assert got == FUNCTIONS[name][1]


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_english_descriptions(english, name):
    entry = english[name]
    check_well_formed(entry, name)
    assert ENGLISH_KEYS[name] in entry["Description"], entry["Description"]


def test_english_argument_help_mentions_optional(english):
    for name, entry in english.items():
        if name not in FUNCTIONS:
            continue
        for arg, optional, help_text in entry["Arguments"]:
            if optional:
                assert help_text.startswith("Optional"), f"{name}({arg}): {help_text}"


def test_no_other_cond_functions_are_listed(english):
    assert sorted(n for n in english if n.startswith("COND.")) == sorted(FUNCTIONS)


# --- French (an office of its own with the French UI) ---------------------------


@pytest.fixture(scope="module")
def french_office(oxt):
    with Office(oxt=str(oxt), locale="fr-FR") as o:
        yield o


@pytest.fixture(scope="module")
def french(french_office):
    return descriptions(french_office)


def test_french_office_really_runs_in_french(french):
    # Calc's own functions are French there: SUM is SOMME.
    assert "SOMME" in french and "SUM" not in french


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_french_function_keeps_its_name_and_category(french, name):
    assert name in french, f"{name} not in the French function list"
    assert french[name]["Category"] == FUNCTIONS[name][0]


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_french_argument_names_and_optional_flags(french, name):
    got = [(arg, optional) for arg, optional, _ in french[name]["Arguments"]]
    expected_flags = [optional for _, optional in FUNCTIONS[name][1]]
    assert got == list(zip(FRENCH_ARGUMENTS[name], expected_flags))


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_french_descriptions(french, english, name):
    entry = french[name]
    check_well_formed(entry, name)
    assert FRENCH_KEYS[name] in entry["Description"], entry["Description"]
    assert entry["Description"] != english[name]["Description"]
    for (arg, optional, help_text), (_, _, english_help) in zip(
            entry["Arguments"], english[name]["Arguments"]):
        assert help_text != english_help, f"{name}({arg}) help is not translated"
        if optional:
            assert help_text.startswith("Facultatif"), f"{name}({arg}): {help_text}"


def test_french_office_computes_the_same(french_office):
    doc = french_office.new_calc()
    try:
        sheet = first_sheet(doc)
        set_formula(sheet, "A1", "=COND.SCORE(12980;2505;15000)")
        assert cell(sheet, "A1").getValue() == pytest.approx(10475 / 12495)
        set_formula(sheet, "A2", '=COND.STATUS(0.5)')
        assert cell(sheet, "A2").getString() == "partial"  # results stay English by design
    finally:
        doc.close(True)


# --- Portuguese (an office of its own with the Portuguese UI) -------------------


@pytest.fixture(scope="module")
def portuguese_office(oxt):
    with Office(oxt=str(oxt), locale="pt-PT") as o:
        yield o


@pytest.fixture(scope="module")
def portuguese(portuguese_office):
    return descriptions(portuguese_office)


def test_portuguese_office_really_runs_in_portuguese(portuguese):
    # Calc's own functions are Portuguese there: SUM is SOMA.
    assert "SOMA" in portuguese and "SUM" not in portuguese


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_portuguese_argument_names_descriptions_and_help(portuguese, english, name):
    entry = portuguese[name]
    assert entry["Category"] == FUNCTIONS[name][0]
    check_well_formed(entry, name)
    got = [(arg, optional) for arg, optional, _ in entry["Arguments"]]
    expected_flags = [optional for _, optional in FUNCTIONS[name][1]]
    assert got == list(zip(PORTUGUESE_ARGUMENTS[name], expected_flags))
    assert PORTUGUESE_KEYS[name] in entry["Description"], entry["Description"]
    for (arg, optional, help_text), (_, _, english_help) in zip(
            entry["Arguments"], english[name]["Arguments"]):
        assert help_text != english_help, f"{name}({arg}) help is not translated"
        if optional:
            assert help_text.startswith("Opcional"), f"{name}({arg}): {help_text}"


def test_portuguese_keywords_work_in_formulas(portuguese_office):
    doc = portuguese_office.new_calc()
    try:
        sheet = first_sheet(doc)
        set_formula(sheet, "A1", '=COND.SCORE(5;0;10;"binário")')
        assert cell(sheet, "A1").getValue() == 0
        set_formula(sheet, "A2", '=COND.SCORE(5;0;10;"parcial";0.4)')
        assert cell(sheet, "A2").getValue() == pytest.approx(0.5)
    finally:
        doc.close(True)
