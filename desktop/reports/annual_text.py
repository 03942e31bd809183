"""Words of the annual report in English and Spanish: titles, labels of the codes, definitions.
The narrative written from the figures is in `annual_sentences`.

Kept apart from the layout so that a translator sees every sentence in one place. The Spanish
terms are the application's (resources/i18n/casedesk_es.ts): the same words for the same things.
"""

from __future__ import annotations

LANGUAGES = ("en", "es")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Actions against Human Trafficking",
        "subtitle": "Annual report, {period}",
        "council": "Anti-Trafficking in Persons Council (ATIPs Council), Belize",
        "committee": "Prepared by the Monitoring and Evaluation Committee",
        "generated": "Produced with CaseDesk on {day}",
        "filters": "Figures limited to: {what}",
        "suppressed_cover": "Counts below {n} are shown as “<{n}”, and counts hidden to protect them "
                            "as “—”, to protect the people concerned.",
        "internal": "INTERNAL USE ONLY · small counts are not suppressed · do not publish or share",
        "internal_cover": "For internal use only: every count is shown, including small ones that "
                          "could identify a person. Do not publish or share this report.",
        "primary_key": "<{n}  fewer than {n} (from 1 to {m})",
        "hidden_key": "—  hidden to protect a small figure",
        "chart_key": "Dashed bars are hidden counts, not drawn to scale: “<{n}” fewer than {n}; "
                     "“—” hidden to protect a small figure.",
        "assistance_key": "A person can receive several kinds of assistance, so the rows are not "
                          "added up; Table {n} counts each person once.",
        "justice_key": "The columns count different steps of the proceedings, so a row has no total.",
        "contents": "Contents",
        "page": "Page {n}",
        "header": "ATIPs Council · Annual report {period}",
        "total": "Total",
        "figure": "Figure {n}. {title}",
        "table": "Table {n}. {title}",
        "up": "up from {prev} in {year}",
        "down": "down from {prev} in {year}",
        "same": "the same as in {year}",
        "s_victims": "Victims identified",
        "s_sex_age": "Sex and age of identified victims",
        "s_nationality": "Nationality of identified victims",
        "s_exploitation": "Forms of exploitation",
        "s_assistance": "Assistance to victims",
        "s_justice": "Investigations, prosecutions and convictions",
        "s_repatriation": "Repatriation",
        "s_prevention": "Prevention: training and awareness",
        "s_notes": "Notes on definitions",
        "t_victims": "Victims by identification status and sex",
        "t_sex_age": "Identified victims by age group at identification and sex",
        "t_nationality": "Identified victims by citizenship and sex",
        "t_exploitation": "Identified victims by form of exploitation and sex",
        "t_assisted": "Assisted victims by year of identification and sex",
        "t_assistance": "Assisted victims by means of assistance",
        "t_justice": "Legal proceedings by offence",
        "t_repatriation": "Repatriations by destination and by who carried them out",
        "t_trainings": "Training sessions by audience, with participants by sex",
        "t_campaigns": "Awareness campaigns by channel, with estimated reach",
        "notes": "Identified victim: a person confirmed as a victim of trafficking by a government "
                 "institution (police, prosecution or court, or another government body), counted "
                 "in the year of the first such confirmation. The tables of sex and age, "
                 "citizenship and exploitation break down exactly these victims.|"
                 "NGO-identified: confirmed by a non-governmental organisation in the year and not "
                 "confirmed by government by the end of the year.|"
                 "Potential victim: first recorded in the year and neither confirmed nor ruled out "
                 "by its end.|"
                 "Age group: age at identification, from the date of birth or a dated estimate; a "
                 "person whose age is disputed is counted as a child.|"
                 "Citizenship: the first citizenship recorded.|"
                 "Forms of exploitation: each person is counted once — under “both” when sexual "
                 "exploitation and labour exploitation (forced labour, child labour, servitude) were "
                 "both recorded, under one of them when only that one was (with or without other "
                 "forms), and under “other forms only” when neither was.|"
                 "Assisted victim: a person who received a service at any time in the year — begun "
                 "in the year, or begun earlier and not ended before it, including services still "
                 "open — whose case had not been ruled out by the end of the year, whatever the "
                 "year of identification.|"
                 "Legal proceedings are counted by proceeding: investigations and prosecutions by "
                 "the date opened, convictions, acquittals and dismissals by the date decided.|"
                 "Repatriations are counted in the year of return, whatever the year of "
                 "identification.",
        "suppression_note": "Counts from 1 to {m} are shown as “<{n}”. Where the other figures "
                            "would let a hidden count be worked out, further counts are hidden too "
                            "and shown as “—”: they can be of any size. A count hidden in one table "
                            "is hidden in every table, chart and sentence of this report. Training "
                            "and campaign figures count activities, not people, and are not "
                            "suppressed.",
        "internal_note": "This copy is for internal use only: no count is suppressed.",
    },
    "es": {
        "title": "Acciones contra la trata de personas",
        "subtitle": "Informe anual, {period}",
        "council": "Consejo contra la Trata de Personas (Consejo ATIPs), Belice",
        "committee": "Elaborado por el Comité de Monitoreo y Evaluación",
        "generated": "Generado con CaseDesk el {day}",
        "filters": "Cifras limitadas a: {what}",
        "suppressed_cover": "Las cifras menores que {n} se muestran como «<{n}», y las que se ocultan "
                            "para protegerlas, como «—», para proteger a las personas.",
        "internal": "SOLO PARA USO INTERNO · no se ocultan las cifras pequeñas · no publicar ni "
                    "compartir",
        "internal_cover": "Solo para uso interno: se muestran todas las cifras, también las pequeñas "
                          "que podrían identificar a una persona. No publique ni comparta este "
                          "informe.",
        "primary_key": "<{n}  menos de {n} (de 1 a {m})",
        "hidden_key": "—  oculto para proteger una cifra pequeña",
        "chart_key": "Las barras punteadas son cifras ocultas, no dibujadas a escala: «<{n}» menos "
                     "de {n}; «—» oculto para proteger una cifra pequeña.",
        "assistance_key": "Una persona puede recibir varios tipos de asistencia, por lo que las filas "
                          "no se suman; el cuadro {n} cuenta a cada persona una vez.",
        "justice_key": "Las columnas cuentan distintas etapas de los procesos, por lo que las filas "
                       "no tienen total.",
        "contents": "Índice",
        "page": "Página {n}",
        "header": "Consejo ATIPs · Informe anual {period}",
        "total": "Total",
        "figure": "Figura {n}. {title}",
        "table": "Cuadro {n}. {title}",
        "up": "frente a {prev} en {year}",
        "down": "frente a {prev} en {year}",
        "same": "igual que en {year}",
        "s_victims": "Víctimas identificadas",
        "s_sex_age": "Sexo y edad de las víctimas identificadas",
        "s_nationality": "Nacionalidad de las víctimas identificadas",
        "s_exploitation": "Formas de explotación",
        "s_assistance": "Asistencia a las víctimas",
        "s_justice": "Investigaciones, acciones penales y condenas",
        "s_repatriation": "Repatriación",
        "s_prevention": "Prevención: capacitación y sensibilización",
        "s_notes": "Notas sobre las definiciones",
        "t_victims": "Víctimas por situación de identificación y sexo",
        "t_sex_age": "Víctimas identificadas por grupo de edad al momento de la identificación y sexo",
        "t_nationality": "Víctimas identificadas por nacionalidad y sexo",
        "t_exploitation": "Víctimas identificadas por forma de explotación y sexo",
        "t_assisted": "Víctimas asistidas por año de identificación y sexo",
        "t_assistance": "Víctimas asistidas por tipo de asistencia",
        "t_justice": "Procesos judiciales por delito",
        "t_repatriation": "Repatriaciones por destino y por quién las realizó",
        "t_trainings": "Sesiones de capacitación por público destinatario, con participantes por sexo",
        "t_campaigns": "Campañas de sensibilización por canal, con alcance estimado",
        "notes": "Víctima identificada: persona confirmada como víctima de trata por una institución "
                 "del gobierno (policía, fiscalía o tribunal, u otro organismo público), contada en "
                 "el año de la primera confirmación. Los cuadros de sexo y edad, nacionalidad y "
                 "explotación desglosan exactamente estas víctimas.|"
                 "Identificada solo por una ONG: confirmada por una organización no gubernamental en "
                 "el año y no confirmada por el gobierno al final del año.|"
                 "Víctima potencial: registrada por primera vez en el año, ni confirmada ni "
                 "descartada al final del año.|"
                 "Grupo de edad: edad al ser identificada, según la fecha de nacimiento o una "
                 "estimación fechada; una persona cuya edad está en disputa se cuenta como niña o "
                 "niño.|"
                 "Nacionalidad: la primera nacionalidad registrada.|"
                 "Formas de explotación: cada persona se cuenta una vez: en «sexual y laboral» "
                 "cuando se registraron tanto la explotación sexual como la laboral (trabajo forzoso, "
                 "trabajo infantil, servidumbre), en una de ellas cuando solo se registró esa (con "
                 "otras formas o sin ellas) y en «solo otras formas» cuando no se registró ninguna "
                 "de las dos.|"
                 "Víctima asistida: persona que recibió un servicio en algún momento del año "
                 "(iniciado en el año, o antes y no terminado antes del año, incluidos los servicios "
                 "aún abiertos) y cuyo caso no se había descartado al final del año, cualquiera que "
                 "sea el año de identificación.|"
                 "Los procesos judiciales se cuentan por proceso: investigaciones y acciones penales "
                 "por la fecha de apertura; condenas, absoluciones y sobreseimientos por la fecha de "
                 "la decisión.|"
                 "Las repatriaciones se cuentan en el año del retorno, cualquiera que sea el año de "
                 "identificación.",
        "suppression_note": "Las cifras de 1 a {m} se muestran como «<{n}». Cuando las demás cifras "
                            "permitirían deducir una cifra oculta, se ocultan otras más, que se "
                            "muestran como «—» y pueden ser de cualquier tamaño. Una cifra oculta en "
                            "un cuadro se oculta en todos los cuadros, figuras y frases de este "
                            "informe. Las cifras de capacitaciones y campañas cuentan actividades, "
                            "no personas, y no se ocultan.",
        "internal_note": "Esta copia es solo para uso interno: no se oculta ninguna cifra.",
    },
}

_CODES_EN = {
    "FEMALE": "Female", "MALE": "Male", "UNKNOWN": "Not recorded",
    "IDENTIFIED": "Identified (government)", "NGO_IDENTIFIED": "Identified by an NGO only",
    "POTENTIAL": "Potential victims",
    "SEXUAL": "Sexual exploitation", "LABOUR": "Labour exploitation",
    "SEXUAL_AND_LABOUR": "Both sexual and labour", "OTHER_ONLY": "Other forms only",
    "NOT_RECORDED": "Not recorded",
    "IDENTIFIED_IN_PERIOD": "Identified this year", "IDENTIFIED_EARLIER": "Identified earlier",
    "NOT_CONFIRMED": "Not confirmed by government",
    "MEDICAL": "Medical", "PSYCHOSOCIAL": "Psychosocial", "LEGAL": "Legal",
    "ACCOMMODATION_SHELTER": "Accommodation / shelter", "INDEPENDENT_LIVING": "Independent living",
    "EDUCATION": "Education", "FINANCIAL": "Financial", "LIVELIHOOD": "Livelihood",
    "INTERPRETATION": "Interpretation", "FAMILY_TRACING": "Family tracing",
    "IMMIGRATION_STATUS": "Immigration status", "REPATRIATION": "Repatriation", "OTHER": "Other",
    "TIP_ACT_2013": "Trafficking in Persons Act 2013",
    "CSEC_CHILD_PROSTITUTION": "CSEC: child prostitution",
    "CSEC_CHILD_PORNOGRAPHY": "CSEC: child pornography", "CSEC_OTHER": "CSEC: other offence",
    "OTHER_RELATED": "Other related offence",
    "INVESTIGATIONS": "Investigations", "PROSECUTIONS": "Prosecutions", "CONVICTIONS": "Convictions",
    "ACQUITTALS": "Acquittals", "DISMISSED": "Dismissed/withdrawn",
    "GOVERNMENT_OF_BELIZE": "Government of Belize", "IOM": "IOM", "ORIGIN_COUNTRY": "Country of origin",
    "POLICE": "Police", "SOCIAL_WORKERS": "Social workers", "IMMIGRATION": "Immigration",
    "CUSTOMS": "Customs", "PROSECUTORS": "Prosecutors", "JUDICIARY": "Judiciary",
    "TOURISM": "Tourism personnel", "TEACHERS": "Teachers", "HEALTH": "Health workers",
    "LIQUOR_LICENSING": "Liquor licensing board", "PRIVATE_EMPLOYERS": "Private employers",
    "TRAININGS": "Sessions", "PARTICIPANTS": "Participants", "CAMPAIGNS": "Campaigns",
    "REACH": "Estimated reach", "RADIO": "Radio", "TELEVISION": "Television",
    "SOCIAL_MEDIA": "Social media", "PRINT": "Print", "BILLBOARD": "Billboards",
    "COMMUNITY_EVENT": "Community events", "SCHOOL": "Schools",
    "BZ": "Belize", "GT": "Guatemala", "HN": "Honduras", "SV": "El Salvador", "MX": "Mexico",
    "NI": "Nicaragua", "IN": "India", "CN": "China", "CO": "Colombia", "CU": "Cuba",
    "US": "United States", "*": "Total",
}
_CODES_ES = {
    "FEMALE": "Femenino", "MALE": "Masculino", "UNKNOWN": "No registrado",
    "IDENTIFIED": "Identificadas (gobierno)", "NGO_IDENTIFIED": "Identificadas solo por una ONG",
    "POTENTIAL": "Víctimas potenciales",
    "SEXUAL": "Explotación sexual", "LABOUR": "Explotación laboral",
    "SEXUAL_AND_LABOUR": "Sexual y laboral", "OTHER_ONLY": "Solo otras formas",
    "NOT_RECORDED": "No registrado",
    "IDENTIFIED_IN_PERIOD": "Identificadas este año", "IDENTIFIED_EARLIER": "Identificadas anteriormente",
    "NOT_CONFIRMED": "No confirmadas por el gobierno",
    "MEDICAL": "Atención médica", "PSYCHOSOCIAL": "Apoyo psicosocial", "LEGAL": "Asistencia jurídica",
    "ACCOMMODATION_SHELTER": "Alojamiento / albergue", "INDEPENDENT_LIVING": "Vida independiente",
    "EDUCATION": "Educación", "FINANCIAL": "Apoyo económico", "LIVELIHOOD": "Medios de vida",
    "INTERPRETATION": "Interpretación", "FAMILY_TRACING": "Búsqueda de familiares",
    "IMMIGRATION_STATUS": "Situación migratoria", "REPATRIATION": "Repatriación", "OTHER": "Otro",
    "TIP_ACT_2013": "Ley de Trata de Personas de 2013",
    "CSEC_CHILD_PROSTITUTION": "ESCNNA: prostitución infantil",
    "CSEC_CHILD_PORNOGRAPHY": "ESCNNA: pornografía infantil", "CSEC_OTHER": "ESCNNA: otro delito",
    "OTHER_RELATED": "Otro delito conexo",
    "INVESTIGATIONS": "Investigaciones", "PROSECUTIONS": "Acciones penales", "CONVICTIONS": "Condenas",
    "ACQUITTALS": "Absoluciones", "DISMISSED": "Desestimados/retirados",
    "GOVERNMENT_OF_BELIZE": "Gobierno de Belice", "IOM": "OIM", "ORIGIN_COUNTRY": "País de origen",
    "POLICE": "Policía", "SOCIAL_WORKERS": "Trabajadores sociales", "IMMIGRATION": "Migración",
    "CUSTOMS": "Aduanas", "PROSECUTORS": "Fiscales", "JUDICIARY": "Poder Judicial",
    "TOURISM": "Personal de turismo", "TEACHERS": "Docentes", "HEALTH": "Personal de salud",
    "LIQUOR_LICENSING": "Junta de licencias de licores", "PRIVATE_EMPLOYERS": "Empleadores privados",
    "TRAININGS": "Sesiones", "PARTICIPANTS": "Participantes", "CAMPAIGNS": "Campañas",
    "REACH": "Alcance estimado", "RADIO": "Radio", "TELEVISION": "Televisión",
    "SOCIAL_MEDIA": "Redes sociales", "PRINT": "Medios impresos", "BILLBOARD": "Vallas publicitarias",
    "COMMUNITY_EVENT": "Eventos comunitarios", "SCHOOL": "Escuelas",
    "BZ": "Belice", "GT": "Guatemala", "HN": "Honduras", "SV": "El Salvador", "MX": "México",
    "NI": "Nicaragua", "IN": "India", "CN": "China", "CO": "Colombia", "CU": "Cuba",
    "US": "Estados Unidos", "*": "Total",
}
# Codes that read differently in one table: the audience "labour" is the Labour Department, and
# "not recorded" among participants is their sex.
_IN_TABLE = {
    "en": {("trainings", "LABOUR"): "Labour Department",
           ("trainings", "UNKNOWN"): "Sex not recorded"},
    "es": {("trainings", "LABOUR"): "Departamento de Trabajo",
           ("trainings", "UNKNOWN"): "Sexo no registrado"},
}
_CODES = {"en": _CODES_EN, "es": _CODES_ES}
_MONTHS = {"en": ("January", "December"), "es": ("enero", "diciembre")}


def label(language: str, code: str, table: str = "") -> str:
    """The printed label of a code in a table."""
    if (table, code) in _IN_TABLE[language]:
        return _IN_TABLE[language][(table, code)]
    return _CODES[language].get(code, code.replace("_", " ").capitalize() if code.isupper()
                                and len(code) > 2 else code)


def period_text(language: str, start_year: int, end_year: int, whole_years: bool,
                start: str, end: str) -> str:
    if whole_years and start_year == end_year:
        first, last = _MONTHS[language]
        return f"{first.capitalize()}–{last} {start_year}" if language == "en" else \
            f"{first}–{last} de {start_year}"
    return f"{start} – {end}"


def t(language: str, key: str, **values: object) -> str:
    return TEXT[language][key].format(**values)
