"""Rows of the forensic interview form (domain.md "Forensic interview")."""

from __future__ import annotations

from build_forms import YES, begin, choices, common_choices, end, q, yes_no

from desktop.models import vocab

IS_CHILD = "${interviewee_is_child} = 'yes'"


def session() -> list[dict[str, str]]:
    return [
        begin("session", "Interview session", "Sesión de entrevista"),
        q("date", "interview_date", "Date of the interview", "Fecha de la entrevista", required=YES,
          constraint=". <= today()", msg="The date cannot be in the future|La fecha no puede ser futura"),
        q("time", "start_time", "Start time", "Hora de inicio", required=YES),
        q("time", "end_time", "End time", "Hora de finalización",
          constraint="${start_time} = '' or . > ${start_time}",
          msg="The end must be after the start|El final debe ser posterior al inicio"),
        q("text", "location", "Place of the interview", "Lugar de la entrevista", required=YES),
        q("select_one district", "district", "District", "Distrito", appearance="minimal"),
        q("select_one protocol", "protocol", "Interview protocol", "Protocolo de entrevista", required=YES,
          hint="NICHD or RATAC for children, PEACE for adults|NICHD o RATAC para niños, PEACE para adultos"),
        q("text", "protocol_other", "Which protocol?", "¿Qué protocolo?", required=YES,
          relevant="${protocol} = 'OTHER'"),
        yes_no("interviewee_is_child", "Is the interviewee a child (or is the age disputed)?",
               "¿Es niño/a la persona entrevistada (o su edad está en duda)?", required=YES),
        q("text", "lead_interviewer", "Lead interviewer", "Entrevistador principal", required=YES),
        end(),
        begin("persons_present", "Persons present", "Personas presentes", repeat=True),
        q("select_one person_role", "person_role", "Role", "Función", required=YES),
        q("text", "person_name", "Name", "Nombre", required=YES),
        q("text", "person_organisation", "Organisation", "Organización"),
        q("select_one presence", "person_presence", "In the room or observing", "En la sala u observando",
          required=YES),
        end(repeat=True),
    ]


def interpreter_and_consent() -> list[dict[str, str]]:
    return [
        begin("interpreter", "Interpreter", "Intérprete"),
        yes_no("interpreter_used", "Was an interpreter used?", "¿Se usó intérprete?", required=YES),
        q("select_one language", "interpreter_language", "Language interpreted", "Idioma interpretado",
          required=YES, relevant="${interpreter_used} = 'yes'"),
        q("text", "interpreter_name", "Interpreter's name", "Nombre del intérprete", required=YES,
          relevant="${interpreter_used} = 'yes'"),
        q("text", "interpreter_organisation", "Interpreter's organisation", "Organización del intérprete",
          relevant="${interpreter_used} = 'yes'"),
        yes_no("interpreter_screened", "Interpreter screened", "Intérprete evaluado",
               relevant="${interpreter_used} = 'yes'", required=YES),
        yes_no("interpreter_confidentiality", "Confidentiality agreement signed",
               "Acuerdo de confidencialidad firmado", relevant="${interpreter_used} = 'yes'", required=YES),
        yes_no("interpreter_no_relation", "No relation to the interviewee or the suspects",
               "Sin relación con la persona entrevistada ni con los sospechosos",
               relevant="${interpreter_used} = 'yes'", required=YES),
        end(),
        begin("consent", "Consent and rights", "Consentimiento y derechos"),
        yes_no("consent_given", "The person consents (or assents)", "La persona consiente (o asiente)",
               required=YES),
        q("note", "consent_refused_note", "Do not continue: record the refusal and close the interview.",
          "No continúe: registre la negativa y cierre la entrevista.", relevant="${consent_given} = 'no'"),
        q("select_one guardian_consent", "guardian_consent", "Consent for the child given by",
          "Consentimiento del niño/a dado por", required=YES, relevant=IS_CHILD),
        yes_no("informed_purpose", "Informed of the purpose", "Informada del propósito", required=YES),
        yes_no("informed_data_use", "Informed of how the data is used", "Informada del uso de los datos",
               required=YES),
        yes_no("informed_research", "Informed of research use without identity",
               "Informada del uso en investigación sin identidad", required=YES),
        yes_no("informed_access", "Informed of the right to see their data",
               "Informada del derecho a ver sus datos", required=YES),
        yes_no("informed_retention", "Informed of the retention period", "Informada del plazo de conservación",
               required=YES),
        yes_no("informed_withdrawal", "Informed of how to withdraw", "Informada de cómo retirarse",
               required=YES),
        yes_no("informed_refusal", "Told they may refuse to answer and stop at any time",
               "Se le dijo que puede no responder y parar en cualquier momento", required=YES),
        end(),
    ]


def recording_and_phases() -> list[dict[str, str]]:
    recorded = "${recording_kind} != 'NONE'"
    return [
        begin("recording", "Recording and custody", "Grabación y custodia"),
        q("select_one recording", "recording_kind", "Recording", "Grabación", required=YES),
        q("text", "media_reference", "Media reference", "Referencia del medio", required=YES, relevant=recorded,
          constraint="regex(., '^[A-Za-z0-9/_-]{3,40}$')",
          msg="3 to 40 letters, digits, / _ or -|De 3 a 40 letras, dígitos, / _ o -",
          hint="For example ATIP/2024/017|Por ejemplo ATIP/2024/017"),
        q("text", "storage_location", "Storage location", "Lugar de almacenamiento", required=YES,
          relevant=recorded),
        q("text", "custody_log", "Custody log", "Registro de custodia", relevant=recorded, appearance="multiline",
          hint="Who held the media, from when to when|Quién tuvo el medio, desde cuándo hasta cuándo"),
        end(),
        begin("phase_log", "Phases", "Fases", repeat=True),
        q("select_one phase", "phase", "Phase", "Fase", required=YES, appearance="minimal"),
        q("select_one phase_status", "phase_status", "Status", "Estado", required=YES),
        q("text", "phase_skip_reason", "Why was it skipped?", "¿Por qué se omitió?", required=YES,
          relevant="${phase_status} = 'SKIPPED'"),
        q("time", "phase_start", "Start time", "Hora de inicio"),
        q("text", "phase_notes", "Phase notes", "Notas de la fase", appearance="multiline"),
        end(repeat=True),
        begin("question_tally", "Question types (for supervision)", "Tipos de pregunta (para supervisión)"),
        *[
            q("integer", f"tally_{code.lower()}", en, es, constraint=". >= 0 and . < 1000",
              msg="A count from 0 to 999|Un número de 0 a 999")
            for code, en, es in (
                ("INVITATION", "Invitations", "Invitaciones"),
                ("CUED_INVITATION", "Cued invitations", "Invitaciones con claves"),
                ("DIRECTIVE", "Directive questions", "Preguntas directivas"),
                ("OPTION_POSING", "Option-posing questions", "Preguntas de opción"),
                ("SUGGESTIVE", "Suggestive questions", "Preguntas sugestivas"),
            )
        ],
        end(),
    ]


def disclosure_and_indicators() -> list[dict[str, str]]:
    disclosed = "${disclosure} = 'PARTIAL' or ${disclosure} = 'FULL'"
    rows = [
        begin("disclosures", "Disclosure", "Revelación"),
        q("select_one disclosure", "disclosure", "Disclosure", "Revelación", required=YES),
        q("select_multiple exploitation", "exploitation_types", "Exploitation disclosed",
          "Explotación revelada", relevant=disclosed, required=YES),
        q("select_multiple means", "means_of_control", "Means of control disclosed", "Medios de control revelados",
          relevant=disclosed),
        q("text", "disclosure_summary", "Summary of the disclosure, in the person's words where possible",
          "Resumen de la revelación, con las palabras de la persona cuando sea posible",
          relevant=disclosed, appearance="multiline"),
        end(),
        begin("indicators", "Indicators (ILO)", "Indicadores (OIT)"),
        q("note", "indicators_note", "Indicators suggest, they never prove, trafficking.",
          "Los indicadores sugieren la trata, nunca la prueban."),
        q("select_multiple ilo_dimension", "ilo_dimensions", "Dimensions with indicators",
          "Dimensiones con indicadores"),
    ]
    for code in vocab.ILO_DIMENSIONS:
        rows.append(
            q("select_one strength", f"strength_{code.lower()}", "Strength: " + _en(code), "Fuerza: " + _es(code),
              required=YES, relevant=f"selected(${{ilo_dimensions}}, '{code}')")
        )
    rows += [
        q("select_multiple ilo_indicator", "ilo_indicators", "Forced-labour indicators observed",
          "Indicadores de trabajo forzoso observados"),
        q("select_multiple indicator_source", "indicator_sources", "Sources", "Fuentes",
          relevant="count-selected(${ilo_dimensions}) > 0 or count-selected(${ilo_indicators}) > 0"),
        end(),
    ]
    return rows


def safety_and_follow_up() -> list[dict[str, str]]:
    return [
        begin("safety", "Safety", "Seguridad"),
        yes_no("distress_observed", "Distress observed", "Se observó angustia", required=YES),
        q("integer", "breaks_taken", "Breaks taken", "Pausas tomadas", constraint=". >= 0 and . <= 20",
          msg="From 0 to 20|De 0 a 20"),
        q("select_multiple needs", "immediate_needs", "Immediate needs", "Necesidades inmediatas"),
        yes_no("emergency_action", "Emergency action taken", "Se tomó una acción de emergencia", required=YES),
        q("text", "emergency_action_details", "What was done?", "¿Qué se hizo?", required=YES,
          relevant="${emergency_action} = 'yes'", appearance="multiline"),
        end(),
        begin("follow_up", "Follow-up", "Seguimiento"),
        q("select_multiple services", "services_needed", "Services needed", "Servicios necesarios"),
        yes_no("referral_needed", "Referral needed", "Se necesita referencia", required=YES),
        q("date", "next_contact", "Next contact", "Próximo contacto",
          constraint="${interview_date} = '' or . >= ${interview_date}",
          msg="Not before the interview|No antes de la entrevista"),
        q("text", "follow_up_notes", "Follow-up notes", "Notas de seguimiento", appearance="multiline"),
        q("acknowledge", "interviewer_declaration",
          "I declare that this record is complete and accurate.",
          "Declaro que este registro es completo y exacto.", required=YES),
        end(),
    ]


def _en(code: str) -> str:
    from choice_labels import LABELS

    return LABELS[code][0]


def _es(code: str) -> str:
    from choice_labels import LABELS

    return LABELS[code][1]


def survey() -> list[dict[str, str]]:
    return session() + interpreter_and_consent() + recording_and_phases() + disclosure_and_indicators() + (
        safety_and_follow_up()
    )


def choice_rows() -> list[dict[str, str]]:
    return (
        common_choices()
        + choices("protocol", vocab.INTERVIEW_PROTOCOLS)
        + choices("person_role", vocab.PERSON_PRESENT_ROLES)
        + choices("presence", vocab.PRESENCE)
        + choices("language", vocab.LANGUAGES)
        + choices("guardian_consent", ("GUARDIAN", "HUMAN_SERVICES", "NOT_OBTAINED"))
        + choices("recording", vocab.RECORDING_KINDS)
        + choices("phase", vocab.INTERVIEW_PHASES)
        + choices("phase_status", vocab.PHASE_STATUS)
        + choices("disclosure", vocab.DISCLOSURE)
        + choices("exploitation", vocab.EXPLOITATION_TYPES)
        + choices("means", vocab.MEANS_OF_CONTROL)
        + choices("ilo_dimension", vocab.ILO_DIMENSIONS)
        + choices("strength", vocab.INDICATOR_STRENGTH)
        + choices("ilo_indicator", vocab.ILO_FORCED_LABOUR_INDICATORS)
        + choices("indicator_source", vocab.INDICATOR_SOURCE)
        + choices("needs", ("MEDICAL", "ACCOMMODATION_SHELTER", "FOOD", "CLOTHING", "PSYCHOSOCIAL", "LEGAL"))
        + choices("services", vocab.SERVICE_TYPES)
    )


SETTINGS = {
    "form_title": "Forensic interview record", "form_id": "forensic_interview", "version": "2026.1",
    "default_language": "English (en)",
}
