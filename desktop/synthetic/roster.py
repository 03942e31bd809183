"""The invented staff a synthetic vault gets when it has few accounts of its own: they own and
work the synthetic cases (password DEMO_PASSWORD)."""

from __future__ import annotations

from desktop.services.accounts.users import NewUser

ROSTER: tuple[NewUser, ...] = (  # created only when the vault has few accounts
    NewUser("hs.sup1", "Carla Usher", "SUPERVISOR", "HS", 3),
    NewUser("hs.sup2", "Ernesto Pott", "SUPERVISOR", "HS", 3),
    NewUser("hs.cw1", "Yanira Cal", "CASE_WORKER", "HS", 2),
    NewUser("hs.cw2", "Devon Gabourel", "CASE_WORKER", "HS", 2),
    NewUser("hs.cw3", "Lidia Friesen", "CASE_WORKER", "HS", 2),
    NewUser("hs.cw4", "Marco Ché", "CASE_WORKER", "HS", 2),
    NewUser("hs.int1", "Aurora Tzib", "FORENSIC_INTERVIEWER", "HS", 3),
    NewUser("pol.sup1", "Sgt. Rudolph Banner", "SUPERVISOR", "POL", 3),
    NewUser("pol.cw1", "Cpl. Ixchel Mes", "CASE_WORKER", "POL", 2),
    NewUser("pol.cw2", "PC Kenrick Westby", "CASE_WORKER", "POL", 2),
    NewUser("pol.liaison1", "Insp. Dalia Suazo", "PARTNER_LIAISON", "POL", 1),
    NewUser("imm.sup1", "Gloria Centeno", "SUPERVISOR", "IMM", 3),
    NewUser("imm.cw1", "Ramiro Bolón", "CASE_WORKER", "IMM", 2),
    NewUser("imm.liaison1", "Tessa Mossiah", "PARTNER_LIAISON", "IMM", 1),
    NewUser("ngo.cw1", "Neria Sabal", "CASE_WORKER", "NGO", 2),
    NewUser("ngo.cw2", "Hanna Wall", "CASE_WORKER", "NGO", 2),
)
