"""Rows of the screening form: ILO quick-checklist indicators → a screening outcome by calculation."""

from __future__ import annotations

from build_forms import YES, begin, choices, common_choices, end, q, yes_no
from choice_labels import LABELS

from desktop.models import vocab


def survey() -> list[dict[str, str]]:
    rows = [
        begin("context", "Screening", "Evaluación"),
        q("date", "screening_date", "Date of screening", "Fecha de la evaluación", required=YES,
          constraint=". <= today()", msg="The date cannot be in the future|La fecha no puede ser futura"),
        q("select_one context", "screening_context", "Where was the person screened?",
          "¿Dónde se evaluó a la persona?", required=YES),
        q("select_one district", "district", "District", "Distrito", appearance="minimal"),
        q("text", "screener", "Screened by", "Evaluado por", required=YES),
        end(),
        begin("checklist", "Indicators", "Indicadores"),
        q("note", "checklist_note", "Ask gently; indicators suggest, they never prove, trafficking.",
          "Pregunte con cuidado; los indicadores sugieren la trata, nunca la prueban."),
    ]
    for code in vocab.ILO_FORCED_LABOUR_INDICATORS:
        en, es = LABELS[code]
        rows.append(yes_no(f"ind_{code.lower()}", en, es, required=YES))
    count = " + ".join(f"if(${{ind_{code.lower()}}} = 'yes', 1, 0)" for code in vocab.ILO_FORCED_LABOUR_INDICATORS)
    rows += [
        end(),
        begin("danger", "Immediate danger", "Peligro inmediato"),
        yes_no("immediate_danger", "Is the person in immediate danger?", "¿Está la persona en peligro inmediato?",
               required=YES),
        q("text", "danger_details", "Describe the danger", "Describa el peligro", required=YES,
          relevant="${immediate_danger} = 'yes'", appearance="multiline"),
        q("calculate", "indicator_count", calculation=count),
        q("calculate", "outcome", calculation=(
            "if(${immediate_danger} = 'yes', 'IMMEDIATE_DANGER', "
            "if(${indicator_count} > 0, 'INDICATORS_PRESENT_REFER_FOR_IDENTIFICATION', 'NO_INDICATORS'))"
        )),
        q("note", "outcome_refer", "Outcome: indicators present. Refer the person for identification.",
          "Resultado: hay indicadores. Refiera a la persona para su identificación.",
          relevant="${outcome} = 'INDICATORS_PRESENT_REFER_FOR_IDENTIFICATION'"),
        q("note", "outcome_danger", "Outcome: immediate danger. Act now and call the ATIP unit.",
          "Resultado: peligro inmediato. Actúe ahora y llame a la unidad ATIP.",
          relevant="${outcome} = 'IMMEDIATE_DANGER'"),
        q("note", "outcome_none", "Outcome: no indicators. Record the negative screening.",
          "Resultado: sin indicadores. Registre la evaluación negativa.", relevant="${outcome} = 'NO_INDICATORS'"),
        end(),
    ]
    return rows


def choice_rows() -> list[dict[str, str]]:
    return common_choices() + choices("context", vocab.IDENTIFICATION_CONTEXT)


SETTINGS = {
    "form_title": "Screening for trafficking indicators", "form_id": "screening", "version": "2026.1",
    "default_language": "English (en)",
}
