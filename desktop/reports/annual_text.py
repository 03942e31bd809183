"""Words of the annual report in English and Spanish: titles and definitions (code labels come
from the one table of desktop/i18n).

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
        "suppressed_cover": "Counts below {n} are shown as “<{n}” to protect the people concerned.",
        "contents": "Contents",
        "page": "Page {n}",
        "header": "ATIPs Council · Annual report {period}",
        "total": "Total",
        "figure": "Figure {n}. {title}",
        "table": "Table {n}. {title}",
        "not_drawn": "Suppressed counts are not drawn.",
        "fewer": "fewer than {n}",
        "at_least": "at least {n}",
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
        "col_row": "",
        "n_victims": "In {year}, {identified} victims of trafficking were identified by government "
                     "institutions{change}. A further {ngo} people were identified by "
                     "non-governmental organisations only, and {potential} were recorded as potential "
                     "victims whose status had not been confirmed by the end of the period.",
        "n_sex_age": "Of the victims identified in {year}, {female} were female and {male} male; "
                     "{minors} were under 18 when they were identified.",
        "n_nationality": "The largest group of identified victims held citizenship of {first} "
                         "({first_n}). Victims came from {countries} countries in all.",
        "n_exploitation": "{sexual} identified victims suffered sexual exploitation and {labour} "
                          "labour exploitation; {both} of them suffered both, and are counted in "
                          "each. {other} suffered other forms of exploitation.",
        "n_assistance": "{assisted} victims received assistance in {year}: {new} identified during "
                        "the year and {earlier} identified in earlier years, and {unconfirmed} whose "
                        "status was not confirmed by government.",
        "n_justice": "In {year}, {prosecutions} prosecutions were initiated and {investigations} "
                     "investigations opened; courts handed down {convictions} convictions and "
                     "{acquittals} acquittals.",
        "n_repatriation": "{total} victims were repatriated in {year}, {iom} of them with the "
                          "assistance of IOM.",
        "n_prevention": "The council and its partners held {trainings} training sessions for "
                        "{participants} participants in {year}, and ran {campaigns} awareness "
                        "campaigns with an estimated reach of {reach}.",
        "notes": "Identified victim: a person confirmed as a victim of trafficking by a government "
                 "institution (police, prosecution or court, or another government body), counted "
                 "in the year of the first such confirmation.|"
                 "NGO-identified: confirmed by a non-governmental organisation in the year and not "
                 "confirmed by government by the end of the year.|"
                 "Potential victim: first recorded in the year and neither confirmed nor ruled out "
                 "by its end.|"
                 "Age group: age at identification, from the date of birth or a dated estimate; a "
                 "person whose age is disputed is counted as a child.|"
                 "Citizenship: the first citizenship recorded.|"
                 "Forms of exploitation: sexual (sexual exploitation); labour (forced labour, child "
                 "labour, servitude); other (all other forms). A person can be counted in more than "
                 "one form; totals count each person once.|"
                 "Assisted victim: a person who received a service in the year (begun in the year, "
                 "or begun earlier and ended in or after it), whatever the year of identification.|"
                 "Legal proceedings are counted by proceeding: investigations and prosecutions by "
                 "the date opened, convictions, acquittals and dismissals by the date decided.|"
                 "Repatriations are counted in the year of return, whatever the year of "
                 "identification.",
        "suppression_note": "Counts from 1 to {m} are shown as “<{n}”; where a total would reveal a "
                            "hidden count, a further count is hidden too. Training and campaign "
                            "figures count activities, not people, and are not suppressed.",
    },
    "es": {
        "title": "Acciones contra la trata de personas",
        "subtitle": "Informe anual, {period}",
        "council": "Consejo contra la Trata de Personas (Consejo ATIPs), Belice",
        "committee": "Elaborado por el Comité de Monitoreo y Evaluación",
        "generated": "Generado con CaseDesk el {day}",
        "filters": "Cifras limitadas a: {what}",
        "suppressed_cover": "Los recuentos menores de {n} se muestran como «<{n}» para proteger a "
                            "las personas.",
        "contents": "Índice",
        "page": "Página {n}",
        "header": "Consejo ATIPs · Informe anual {period}",
        "total": "Total",
        "figure": "Figura {n}. {title}",
        "table": "Cuadro {n}. {title}",
        "not_drawn": "Los recuentos suprimidos no se dibujan.",
        "fewer": "menos de {n}",
        "at_least": "al menos {n}",
        "up": "frente a {prev} en {year}",
        "down": "frente a {prev} en {year}",
        "same": "igual que en {year}",
        "s_victims": "Víctimas identificadas",
        "s_sex_age": "Sexo y edad de las víctimas identificadas",
        "s_nationality": "Nacionalidad de las víctimas identificadas",
        "s_exploitation": "Formas de explotación",
        "s_assistance": "Asistencia a las víctimas",
        "s_justice": "Investigaciones, procesamientos y condenas",
        "s_repatriation": "Repatriación",
        "s_prevention": "Prevención: capacitación y sensibilización",
        "s_notes": "Notas sobre las definiciones",
        "t_victims": "Víctimas por estado de identificación y sexo",
        "t_sex_age": "Víctimas identificadas por grupo de edad al ser identificadas y sexo",
        "t_nationality": "Víctimas identificadas por nacionalidad y sexo",
        "t_exploitation": "Víctimas identificadas por forma de explotación y sexo",
        "t_assisted": "Víctimas asistidas por año de identificación y sexo",
        "t_assistance": "Víctimas asistidas por tipo de asistencia",
        "t_justice": "Procedimientos judiciales por delito",
        "t_repatriation": "Repatriaciones por destino y por quién las realizó",
        "t_trainings": "Capacitaciones por público, con participantes por sexo",
        "t_campaigns": "Campañas de sensibilización por medio, con alcance estimado",
        "col_row": "",
        "n_victims": "En {year}, las instituciones del gobierno identificaron {identified} víctimas "
                     "de trata{change}. Otras {ngo} personas fueron identificadas solo por "
                     "organizaciones no gubernamentales y {potential} se registraron como posibles "
                     "víctimas cuyo estado no se había confirmado al final del período.",
        "n_sex_age": "De las víctimas identificadas en {year}, {female} eran mujeres y {male} "
                     "hombres; {minors} tenían menos de 18 años al ser identificadas.",
        "n_nationality": "El grupo más numeroso de víctimas identificadas tenía nacionalidad de "
                         "{first} ({first_n}). En total, las víctimas procedían de {countries} países.",
        "n_exploitation": "{sexual} víctimas identificadas sufrieron explotación sexual y {labour} "
                          "explotación laboral; {both} sufrieron ambas y se cuentan en cada una. "
                          "{other} sufrieron otras formas de explotación.",
        "n_assistance": "{assisted} víctimas recibieron asistencia en {year}: {new} identificadas "
                        "durante el año, {earlier} identificadas en años anteriores y {unconfirmed} "
                        "cuyo estado no fue confirmado por el gobierno.",
        "n_justice": "En {year} se iniciaron {prosecutions} procesamientos y se abrieron "
                     "{investigations} investigaciones; los tribunales dictaron {convictions} "
                     "condenas y {acquittals} absoluciones.",
        "n_repatriation": "{total} víctimas fueron repatriadas en {year}, {iom} de ellas con la "
                          "asistencia de la OIM.",
        "n_prevention": "El consejo y sus socios realizaron {trainings} capacitaciones con "
                        "{participants} participantes en {year} y {campaigns} campañas de "
                        "sensibilización con un alcance estimado de {reach}.",
        "notes": "Víctima identificada: persona confirmada como víctima de trata por una institución "
                 "del gobierno (policía, fiscalía o tribunal, u otro organismo público), contada en "
                 "el año de la primera confirmación.|"
                 "Identificada por ONG: confirmada por una organización no gubernamental en el año y "
                 "no confirmada por el gobierno al final del año.|"
                 "Posible víctima: registrada por primera vez en el año, ni confirmada ni descartada "
                 "al final del año.|"
                 "Grupo de edad: edad al ser identificada, según la fecha de nacimiento o una "
                 "estimación fechada; una persona cuya edad se discute se cuenta como niña o niño.|"
                 "Nacionalidad: la primera nacionalidad registrada.|"
                 "Formas de explotación: sexual; laboral (trabajo forzoso, trabajo infantil, "
                 "servidumbre); otras. Una persona puede contarse en más de una forma; los totales "
                 "cuentan a cada persona una vez.|"
                 "Víctima asistida: persona que recibió un servicio en el año (iniciado en el año, o "
                 "antes y terminado en el año o después), cualquiera que sea el año de "
                 "identificación.|"
                 "Los procedimientos judiciales se cuentan por procedimiento: investigaciones y "
                 "procesamientos por la fecha de apertura; condenas, absoluciones y sobreseimientos "
                 "por la fecha de la decisión.|"
                 "Las repatriaciones se cuentan en el año del retorno.",
        "suppression_note": "Los recuentos de 1 a {m} se muestran como «<{n}»; cuando un total "
                            "permitiría deducir un recuento oculto, se oculta otro más. Las cifras de "
                            "capacitaciones y campañas cuentan actividades, no personas, y no se "
                            "suprimen.",
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
