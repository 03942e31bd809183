"""The annual report's narrative, written from the figures in English and Spanish.

A figure reads differently when it is 0, 1, many, a small count shown as "<5" (primary), or a
count hidden to protect one (complementary): "no victims were", "one victim was", "34 victims
were", "fewer than 5 victims were", "an unpublished number of victims were". Each sentence is
built so that it stays grammatical in every case, starts with a capital letter, and states only
what the tables publish; a section with nothing recorded says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from .figures import COMPLEMENTARY, PRIMARY, SHOWN, TOTAL, Table


@dataclass(frozen=True)
class Figure:
    """A published figure: its state and, when shown, its value."""

    state: str
    value: int
    threshold: int

    @classmethod
    def of(cls, table: Table, row: str = TOTAL, col: str = TOTAL) -> Figure:
        return cls(table.state(row, col), table.count(row, col) or 0, table.threshold)

    @property
    def zero(self) -> bool:
        return self.state == SHOWN and self.value == 0

    @property
    def one(self) -> bool:
        return self.state == SHOWN and self.value == 1

    @property
    def hidden(self) -> bool:
        return self.state == COMPLEMENTARY

    @property
    def singular(self) -> bool:
        """English agreement: "one victim was"; "no victims were", "fewer than 5 were"."""
        return self.one


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Noun:
    """A counted noun: English singular/plural; Spanish singular/plural and gender."""

    one: str
    many: str
    feminine: bool = True


def number(f: Figure, lang: str) -> str:
    """The figure alone, in the middle of a sentence ("fewer than 5", "none")."""
    if f.state == PRIMARY:
        return f"fewer than {f.threshold}" if lang == "en" else f"menos de {f.threshold}"
    if f.hidden:
        return "an unpublished number" if lang == "en" else "un número no publicado"
    if f.value == 0:
        return "none" if lang == "en" else "ninguna"
    if f.value == 1:
        return "one" if lang == "en" else "una"
    return f"{f.value:,}"


def phrase(f: Figure, noun: Noun, lang: str) -> str:
    """The figure with its noun: "no victims", "ninguna víctima", "fewer than 5 victims"."""
    if lang == "en":
        if f.state == PRIMARY:
            return f"fewer than {f.threshold} {noun.many}"
        if f.hidden:
            return f"an unpublished number of {noun.many}"
        if f.value == 0:
            return f"no {noun.many}"
        return f"one {noun.one}" if f.value == 1 else f"{f.value:,} {noun.many}"
    if f.state == PRIMARY:
        return f"menos de {f.threshold} {noun.many}"
    if f.hidden:
        return f"un número no publicado de {noun.many}"
    if f.value == 0:
        return f"{'ninguna' if noun.feminine else 'ningún'} {noun.one}"
    if f.value == 1:
        return f"{'una' if noun.feminine else 'un'} {noun.one}"
    return f"{f.value:,} {noun.many}"


def was(f: Figure) -> str:
    return "was" if f.singular else "were"


def se(f: Figure, singular: str, plural: str) -> str:
    """Spanish passive with "se": "no se identificó ninguna", "se identificaron 34"."""
    if f.zero:
        return f"no se {singular}"
    return f"se {singular}" if f.one or f.hidden else f"se {plural}"


def neg(f: Figure) -> str:
    """Spanish "no" before a verb whose object is "ninguna …"."""
    return "no " if f.zero else ""


def hidden_note(lang: str, *figures: Figure) -> str:
    if not any(f.hidden for f in figures):
        return ""
    return (" Numbers not published are hidden to protect a small figure." if lang == "en" else
            " Los números no publicados se ocultan para proteger una cifra pequeña.")


VICTIM = Noun("victim of trafficking", "victims of trafficking")
VICTIMA = Noun("víctima de trata", "víctimas de trata")
PERSON = Noun("person", "people")
PERSONA = Noun("persona", "personas")


def victims(lang: str, year: str, t: Table, change: str) -> str:
    ident, ngo, pot = (Figure.of(t, r) for r in ("IDENTIFIED", "NGO_IDENTIFIED", "POTENTIAL"))
    if all(f.zero for f in (ident, ngo, pot)):
        return (f"No victims or potential victims of trafficking were recorded in {year}."
                if lang == "en" else
                f"En {year} no se registró ninguna víctima ni víctima potencial de trata.")
    if lang == "en":
        potential = "a potential victim" if pot.singular or pot.zero else "potential victims"
        ngo_np = "no one" if ngo.zero else phrase(ngo, PERSON, lang)
        pot_np = "no one" if pot.zero else phrase(pot, PERSON, lang)
        return (f"In {year}, {phrase(ident, VICTIM, lang)} {was(ident)} identified by government "
                f"institutions{change}. Non-governmental organisations alone identified {ngo_np}, "
                f"and {pot_np} {'was' if pot.zero else was(pot)} recorded as {potential} whose "
                f"status had not been confirmed or ruled out by the end of the year."
                + hidden_note(lang, ident, ngo, pot))
    potential = "víctima potencial" if pot.one or pot.zero else "víctimas potenciales"
    return (f"En {year}, las instituciones del gobierno {neg(ident)}identificaron a "
            f"{phrase(ident, VICTIMA, lang)}{change}. "
            f"{cap(se(ngo, 'identificó', 'identificaron'))} {phrase(ngo, PERSONA, lang)} solo "
            f"por organizaciones no gubernamentales, y {se(pot, 'registró', 'registraron')} "
            f"{phrase(pot, PERSONA, lang)} como {potential} cuyo estado no se había confirmado ni "
            f"descartado al final del año." + hidden_note(lang, ident, ngo, pot))


def _part(f: Figure, lang: str, en: str, es: str) -> str:
    """ "23 were female", "one was female", "none were female", "menos de 5 eran …"."""
    if lang == "en":
        return f"{number(f, lang)} {'was' if f.one else 'were'} {en}"
    return f"{number(f, lang)} {'era' if f.one or f.zero or f.hidden else 'eran'} {es}"


def no_identified(lang: str, year: str) -> str:
    return (f"No victims were identified by government institutions in {year}." if lang == "en"
            else f"En {year} las instituciones del gobierno no identificaron a ninguna víctima.")


def sex_age(lang: str, year: str, t: Table, minors: Figure | None) -> str:
    total, female, male = Figure.of(t), Figure.of(t, col="FEMALE"), Figure.of(t, col="MALE")
    if total.zero:
        return no_identified(lang, year)
    if lang == "en":
        text = (f"Of the victims identified in {year}, {_part(female, lang, 'female', '')} and "
                f"{_part(male, lang, 'male', '')}.")
        if minors is not None:
            text += f" Of them, {_part(minors, lang, 'under 18 when they were identified', '')}."
        else:
            text += (" The number under 18 is not given: some of the age groups it adds up are "
                     "hidden to protect small figures.")
        return text + hidden_note(lang, female, male, *(m for m in [minors] if m))
    text = (f"De las víctimas identificadas en {year}, {_part(female, lang, '', 'de sexo femenino')}"
            f" y {_part(male, lang, '', 'de sexo masculino')}.")
    if minors is not None:
        verb = "tenía" if minors.one or minors.zero or minors.hidden else "tenían"
        text += f" De ellas, {number(minors, lang)} {verb} menos de 18 años al ser identificada" \
                f"{'' if verb == 'tenía' else 's'}."
    else:
        text += (" No se indica cuántas tenían menos de 18 años: algunos de los grupos de edad que "
                 "lo componen se ocultan para proteger cifras pequeñas.")
    return text + hidden_note(lang, female, male, *(m for m in [minors] if m))


def nationality(lang: str, year: str, t: Table, names: dict[str, str]) -> str:
    if Figure.of(t).zero:
        return no_identified(lang, year)
    known = [r for r in t.rows if r != "UNKNOWN" and (t.count(r) or 0) > 0]
    if not known:
        return (f"No citizenship was recorded for the victims identified in {year}."
                if lang == "en" else
                f"No se registró la nacionalidad de las víctimas identificadas en {year}.")
    first = Figure.of(t, known[0])
    countries = Figure(SHOWN, len(known), t.threshold)
    if lang == "en":
        place = "one country" if countries.one else f"{len(known):,} countries"
        return (f"The largest group of identified victims held citizenship of {names[known[0]]} "
                f"({number(first, lang)}). The victims identified in {year} held the citizenship "
                f"of {place}." + hidden_note(lang, first))
    place = "un país" if countries.one else f"{len(known):,} países"
    return (f"El grupo más numeroso de víctimas identificadas tenía la nacionalidad de "
            f"{names[known[0]]} ({number(first, lang)}). Las víctimas identificadas en {year} "
            f"tenían la nacionalidad de {place}." + hidden_note(lang, first))


def exploitation(lang: str, year: str, t: Table) -> str:
    if Figure.of(t).zero:
        return no_identified(lang, year)
    s, la, both, other = (Figure.of(t, r) for r in ("SEXUAL", "LABOUR", "SEXUAL_AND_LABOUR", "OTHER_ONLY"))
    if lang == "en":
        return (f"Of the victims identified in {year}, {number(s, lang)} {was(s)} subjected to "
                f"sexual exploitation, {number(la, lang)} to labour exploitation and "
                f"{number(both, lang)} to both; {number(other, lang)} suffered other forms of "
                f"exploitation only. Each victim is counted once." + hidden_note(lang, s, la, both, other))
    def suffered(f: Figure) -> str:
        return "sufrió" if f.one or f.zero or f.hidden else "sufrieron"

    return (f"De las víctimas identificadas en {year}, {number(s, lang)} {suffered(s)} explotación "
            f"sexual, {number(la, lang)} explotación laboral y {number(both, lang)} ambas; "
            f"{number(other, lang)} {suffered(other)} solo otras formas de explotación. Cada "
            f"víctima se cuenta una vez." + hidden_note(lang, s, la, both, other))


def assistance(lang: str, year: str, t: Table) -> str:
    total = Figure.of(t)
    new, earlier, unconfirmed = (Figure.of(t, r) for r in
                                 ("IDENTIFIED_IN_PERIOD", "IDENTIFIED_EARLIER", "NOT_CONFIRMED"))
    if total.zero:
        return (f"No assistance to victims was recorded in {year}." if lang == "en" else
                f"En {year} no se registró asistencia a ninguna víctima.")
    notes = hidden_note(lang, total, new, earlier, unconfirmed)
    if lang == "en":
        return (f"In {year}, {phrase(total, Noun('victim', 'victims'), lang)} received "
                f"assistance: {number(new, lang)} identified during the year, {number(earlier, lang)} "
                f"identified in earlier years and {number(unconfirmed, lang)} whose status was not "
                f"confirmed by government." + notes)
    verb = "recibió" if total.one or total.hidden else "recibieron"
    return (f"En {year}, {phrase(total, Noun('víctima', 'víctimas'), lang)} {verb} asistencia: "
            f"{_identified_es(new)} durante el año, "
            f"{number(earlier, lang)} en años anteriores y {number(unconfirmed, lang)} sin "
            f"confirmación del gobierno." + notes)


def _identified_es(f: Figure) -> str:
    if f.hidden:
        return "un número no publicado de víctimas identificadas"
    return f"{number(f, 'es')} identificada{'' if f.one or f.zero else 's'}"


def justice(lang: str, year: str, t: Table) -> str:
    p, i, c, a = (Figure.of(t, col=col) for col in
                  ("PROSECUTIONS", "INVESTIGATIONS", "CONVICTIONS", "ACQUITTALS"))
    if all(f.zero for f in (p, i, c, a)):
        return (f"No investigations, prosecutions or court decisions were recorded in {year}."
                if lang == "en" else
                f"En {year} no se registraron investigaciones, acciones penales ni decisiones "
                f"judiciales.")
    notes = hidden_note(lang, p, i, c, a)
    if lang == "en":
        return (f"In {year}, {phrase(p, Noun('prosecution', 'prosecutions'), lang)} {was(p)} "
                f"initiated and {phrase(i, Noun('investigation', 'investigations'), lang)} "
                f"{was(i)} opened; courts handed down "
                f"{phrase(c, Noun('conviction', 'convictions'), lang)} and "
                f"{phrase(a, Noun('acquittal', 'acquittals'), lang)}." + notes)
    convictions = phrase(c, Noun("condena", "condenas"), lang)
    acquittals = phrase(a, Noun("absolución", "absoluciones"), lang)
    if c.zero and a.zero:
        decisions = "no dictaron condenas ni absoluciones"
    elif c.zero or a.zero:  # Spanish needs "no" before a verb whose object is "ninguna …"
        decisions = (f"no dictaron {convictions} y dictaron {acquittals}" if c.zero else
                     f"dictaron {convictions} y no dictaron {acquittals}")
    else:
        decisions = f"dictaron {convictions} y {acquittals}"
    return (f"En {year} {se(p, 'inició', 'iniciaron')} "
            f"{phrase(p, Noun('acción penal', 'acciones penales'), lang)} y "
            f"{se(i, 'abrió', 'abrieron')} {phrase(i, Noun('investigación', 'investigaciones'), lang)};"
            f" los tribunales {decisions}." + notes)


def repatriation(lang: str, year: str, t: Table) -> str:
    total, iom = Figure.of(t), Figure.of(t, col="IOM")
    if total.zero:
        return (f"No repatriations were recorded in {year}." if lang == "en" else
                f"En {year} no se registró ninguna repatriación.")
    notes = hidden_note(lang, total, iom)
    if lang == "en":
        helped = ("with the assistance of IOM" if iom.one else "without the assistance of IOM") \
            if total.one else f"{number(iom, lang)} of them with the assistance of IOM"
        return (f"In {year}, {phrase(total, Noun('victim', 'victims'), lang)} {was(total)} "
                f"repatriated, {helped}." + notes)
    helped = ("con la asistencia de la OIM" if iom.one else "sin la asistencia de la OIM") \
        if total.one else f"{number(iom, lang)} de ellas con la asistencia de la OIM"
    return (f"En {year} se repatrió a {phrase(total, Noun('víctima', 'víctimas'), lang)}, "
            f"{helped}." + notes)


def prevention(lang: str, year: str, trainings: Table, campaigns: Table) -> str:
    sessions, people = Figure.of(trainings, col="TRAININGS"), Figure.of(trainings, col="PARTICIPANTS")
    runs, reach = Figure.of(campaigns, col="CAMPAIGNS"), Figure.of(campaigns, col="REACH")
    if lang == "en":
        first = (f"No training sessions were recorded in {year}." if sessions.zero else
                 f"The council and its partners held "
                 f"{phrase(sessions, Noun('training session', 'training sessions'), lang)} for "
                 f"{phrase(people, Noun('participant', 'participants'), lang)} in {year}.")
        second = (f"No awareness campaigns were recorded in {year}." if runs.zero else
                  f"In {year}, "
                  f"{phrase(runs, Noun('awareness campaign', 'awareness campaigns'), lang)} "
                  f"{'was' if runs.one else 'were'} run"
                  + (", with no estimate of their reach." if reach.zero else
                     f", with an estimated reach of {reach.value:,} people."))
        return f"{first} {second}"
    first = (f"En {year} no se registró ninguna capacitación." if sessions.zero else
             f"El consejo y sus socios realizaron "
             f"{phrase(sessions, Noun('sesión de capacitación', 'sesiones de capacitación'), lang)}"
             f" con {phrase(people, Noun('participante', 'participantes', False), lang)} en {year}.")
    second = (f"En {year} no se registró ninguna campaña de sensibilización." if runs.zero else
              f"{cap(se(runs, 'realizó', 'realizaron'))} "
              f"{phrase(runs, Noun('campaña de sensibilización', 'campañas de sensibilización'), lang)}"
              + (", sin estimación de su alcance." if reach.zero else
                 f", con un alcance estimado de {reach.value:,} personas."))
    return f"{first} {second}"
