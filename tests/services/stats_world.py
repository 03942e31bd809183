"""A hand-built set of cases whose annual-report figures are known (used by the statistics,
exchange and report tests). Years 2024–2026; every date is in the past."""

from __future__ import annotations

from datetime import date

from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import NewCase

from ..conftest import Desk
from .test_cases import World


class StatsWorld(World):
    """Cases A–G of the statistics tests, owned by the HS case worker (G by Immigration)."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        sections, cw, sup_imm = CaseSectionService(desk.vault), self.sessions["cw.hs"], self.sessions["sup.imm"]
        self.sections = sections

        def new(session: str, given: str, sex: str, dob: date | None, country: str, first: date,
                forms: tuple[str, ...], district: str = "CAYO") -> int:
            row = self.cases.create(self.sessions[session], NewCase(
                given, "Testperson", sex, dob, citizenships=(country,) if country else (),
                identified_on=first, district=district, codes={"exploitation": forms}))
            return row.id

        # A: minor at identification (16), adult now; sexual and labour; assisted the same year.
        self.a = new("cw.hs", "Alma", "FEMALE", date(2008, 6, 1), "GT", date(2025, 2, 1),
                     ("SEXUAL_EXPLOITATION", "FORCED_LABOUR"))
        self.cases.record_identification(cw, self.a, "CONFIRMED", date(2025, 3, 10), "POLICE")
        sections.add(cw, self.a, "services", {"service_type": "MEDICAL",
                                              "started_on": date(2025, 4, 1)})
        # B: identified in December 2025, assisted in January 2026.
        self.b = new("cw.hs", "Bruno", "MALE", date(1990, 1, 1), "HN", date(2025, 12, 1),
                     ("FORCED_LABOUR",))
        self.cases.record_identification(cw, self.b, "CONFIRMED", date(2025, 12, 15),
                                         "NON_POLICE_GOVERNMENT")
        sections.add(cw, self.b, "services", {"service_type": "PSYCHOSOCIAL",
                                              "started_on": date(2026, 1, 10)})
        # C: potential in 2025, confirmed by government in 2026.
        self.c = new("cw.hs", "Celia", "FEMALE", date(1999, 5, 5), "SV", date(2025, 11, 1),
                     ("SEXUAL_EXPLOITATION",))
        self.cases.record_identification(cw, self.c, "CONFIRMED", date(2026, 2, 1), "POLICE")
        # D: identified by an NGO only.
        self.d = new("cw.hs", "Dora", "FEMALE", date(2001, 1, 1), "BZ", date(2025, 5, 1),
                     ("SEXUAL_EXPLOITATION",))
        self.cases.record_identification(cw, self.d, "CONFIRMED", date(2025, 5, 20), "NGO")
        # E: identified 2024, assisted into 2025, convicted trafficker 2025, repatriated 2025.
        self.e = new("cw.hs", "Elias", "MALE", date(1985, 3, 3), "SV", date(2024, 5, 1),
                     ("FORCED_LABOUR",))
        self.cases.record_identification(cw, self.e, "CONFIRMED", date(2024, 6, 1), "POLICE")
        sections.add(cw, self.e, "services", {"service_type": "LEGAL", "started_on": date(2024, 7, 1),
                                              "ended_on": date(2025, 2, 1)})
        sections.add(cw, self.e, "justice", {"stage": "CONVICTED", "offence": "TIP_ACT_2013",
                                             "opened_on": date(2024, 9, 1),
                                             "decided_on": date(2025, 6, 1)})
        sections.add(cw, self.e, "repatriation", {"destination_country": "SV",
                                                  "repatriated_on": date(2025, 3, 1),
                                                  "carried_out_by": "IOM"})
        # F: screened and ruled out.
        self.f = new("cw.hs", "Fausto", "MALE", date(1980, 1, 1), "MX", date(2025, 7, 1),
                     ("FORCED_LABOUR",))
        self.cases.record_identification(cw, self.f, "NOT_A_VICTIM", date(2025, 7, 10), "POLICE")
        # G: Immigration's case, age unknown, forced begging, Toledo.
        self.g = new("sup.imm", "Gloria", "FEMALE", None, "GT", date(2025, 8, 1),
                     ("FORCED_BEGGING",), district="TOLEDO")
        self.cases.record_identification(sup_imm, self.g, "CONFIRMED", date(2025, 8, 5), "POLICE")
