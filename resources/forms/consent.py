"""Rows of the consent form (HTCDS consent items; assent and guardian consent for a child)."""

from __future__ import annotations

from build_forms import YES, begin, choices, common_choices, end, q, yes_no

CHILD = "${is_child} = 'yes'"


def survey() -> list[dict[str, str]]:
    return [
        begin("who", "Who consents", "Quién consiente"),
        q("date", "consent_date", "Date", "Fecha", required=YES, constraint=". <= today()",
          msg="The date cannot be in the future|La fecha no puede ser futura"),
        yes_no("is_child", "Is the person a child (or is the age disputed)?",
               "¿Es niño/a la persona (o su edad está en duda)?", required=YES),
        q("select_one consenter", "consent_by", "Consent given by", "Consentimiento dado por", required=YES),
        yes_no("child_assents", "The child assents", "El niño/a asiente", required=YES, relevant=CHILD),
        q("text", "consenter_name", "Name of the guardian or officer", "Nombre del tutor o funcionario",
          required=YES, relevant="${consent_by} != 'PERSON'"),
        end(),
        begin("rights", "Rights explained", "Derechos explicados"),
        yes_no("consents", "Consents to the collection of their data", "Consiente la recogida de sus datos",
               required=YES),
        yes_no("informed_purpose", "Informed of the purpose", "Informada del propósito", required=YES),
        yes_no("informed_data_use", "Informed of how the data is used", "Informada del uso de los datos",
               required=YES),
        yes_no("informed_research", "Informed of research use without identity",
               "Informada del uso en investigación sin identidad", required=YES),
        yes_no("informed_access", "Informed of the right to see their data", "Informada del derecho a ver sus datos",
               required=YES),
        yes_no("informed_retention", "Informed of the retention period", "Informada del plazo de conservación",
               required=YES),
        yes_no("informed_withdrawal", "Informed of how to withdraw", "Informada de cómo retirarse", required=YES),
        yes_no("informed_refusal", "Told they may refuse to answer and stop at any time",
               "Se le dijo que puede no responder y parar en cualquier momento", required=YES),
        end(),
        begin("sharing", "Sharing", "Compartir"),
        q("select_multiple sharing", "share_items", "Data items the person allows to be shared",
          "Datos que la persona permite compartir", relevant="${consents} = 'yes'"),
        q("acknowledge", "consent_read_back", "The consent was read back in a language the person understands.",
          "El consentimiento se leyó en un idioma que la persona entiende.", required=YES),
        end(),
    ]


def choice_rows() -> list[dict[str, str]]:
    return (
        common_choices()
        + choices("consenter", ("PERSON", "GUARDIAN", "HUMAN_SERVICES"))
        + choices("sharing", ("IDENTITY", "NATIONALITY_DOCUMENTS", "NEEDS_RISK", "INTERVIEW_REFERENCE", "HEALTH"))
    )


SETTINGS = {
    "form_title": "Consent and rights", "form_id": "consent", "version": "2026.1",
    "default_language": "English (en)",
}
