"""Words of the annual report in English and Spanish: titles and definitions. Code labels come
from the one table of desktop/i18n, so the report uses the application's terms; the narrative
written from the figures is in `annual_sentences`.

Kept apart from the layout so that a translator sees every sentence in one place.
"""

from __future__ import annotations

from desktop.i18n.catalogue import figure_label

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

_MONTHS = {"en": ("January", "December"), "es": ("enero", "diciembre")}


def label(language: str, code: str, table: str = "") -> str:
    """The printed label of a row or column code, from the one code-label table (desktop/i18n)."""
    return figure_label(table, code, language)


def period_text(language: str, start_year: int, end_year: int, whole_years: bool,
                start: str, end: str) -> str:
    if whole_years and start_year == end_year:
        first, last = _MONTHS[language]
        return f"{first.capitalize()}–{last} {start_year}" if language == "en" else \
            f"{first}–{last} de {start_year}"
    return f"{start} – {end}"


def t(language: str, key: str, **values: object) -> str:
    return TEXT[language][key].format(**values)
