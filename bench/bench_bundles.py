"""Sealed case bundles: a 1,000-case bundle exported from one vault and imported into another,
then the way back with 50 cases changed, with the same service calls on unencrypted copies as
the floor.

    .venv/bin/python bench/bench_bundles.py [--cases 1000] [--write]

1. Build: an office vault filled by `synth.fill` (invented cases with their sections, notes and
   tasks), 200 of them with a PDF attachment and 20 with a locked forensic interview; a tablet
   vault; each with its identity and the other as a trusted peer (office → field tablet, level 3).
   Plaintext copies of both (`sqlcipher_export`) are taken before anything is exchanged.
2. Measure through the real services as the HS supervisor: `BundleExport.send` of the N most
   recent cases in scope (read, minimise, zip, seal, sign, write, state, audit), then on the
   tablet `BundleImport.preview` (every check, decrypt, validate every value, compare) and
   `BundleImport.apply` (all of it again, and the writes in one transaction). Back: 50 cases
   changed on the tablet, an only-changed export over the same N, and its preview and import at
   the office. The same steps on the plaintext copies give the floor.
`--write` replaces the "## Case bundles" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from results import replace_section  # noqa: E402
from sqlalchemy import create_engine, event, select, text  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402
from sqlalchemy.pool import QueuePool  # noqa: E402

from bench import machine, plaintext_copy  # noqa: E402
from desktop.models import Case  # noqa: E402
from desktop.services import policy  # noqa: E402
from desktop.services.accounts.service import AccountService  # noqa: E402
from desktop.services.accounts.users import NewUser, find_user
from desktop.services.bundles.export import BundleExport, SendRequest  # noqa: E402
from desktop.services.bundles.identity import IdentityService, NewPeer  # noqa: E402
from desktop.services.bundles.importer import BundleImport  # noqa: E402
from desktop.services.cases.sections import CaseSectionService  # noqa: E402
from desktop.services.cases.service import CaseService  # noqa: E402
from desktop.services.user import UserSession  # noqa: E402
from desktop.synthetic import synth  # noqa: E402
from desktop.synthetic.demo import DEMO_PASSWORD  # noqa: E402
from desktop.vault import engine as sqlc  # noqa: E402
from desktop.vault import escrow  # noqa: E402
from desktop.vault.audit_log import ChainedAuditLog  # noqa: E402
from desktop.vault.crypto import TEST_KDF  # noqa: E402
from desktop.vault.device import DeviceSecrets  # noqa: E402
from desktop.vault.paths import VaultPaths  # noqa: E402
from desktop.vault.search import Fts5Index  # noqa: E402
from desktop.vault.secrets import DatabaseSecrets  # noqa: E402
from desktop.vault.vault import Vault, VaultConfig  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SUPERVISOR = "hs.sup1"
ADMIN_PASSWORD = "Benchmark-Tapir-Jaguar-77"
PDF = b"%PDF-1.4\n" + b"% padding to a realistic scanned consent form\n" * 400 + b"%%EOF\n"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def session_on(store: Any, username: str) -> UserSession:
    with store.session() as s:
        return UserSession(policy.principal_of(find_user(s, username)), False)


class PlainStore:
    """Just enough of `Vault` for the exchange services, over an unencrypted copy."""

    backend = "sqlcipher"
    is_unlocked = True

    def __init__(self, path: Path) -> None:
        def creator() -> Any:
            c = sqlc.dbapi.connect(str(path), check_same_thread=False, isolation_level=None)
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                           "temp_store = MEMORY", "secure_delete = ON", "busy_timeout = 5000"):
                c.execute(f"PRAGMA {pragma}").fetchall()
            return c

        self.engine = create_engine("sqlite://", module=sqlc.dbapi, creator=creator,
                                    poolclass=QueuePool, pool_size=2, max_overflow=4)
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.audit = ChainedAuditLog(lambda: bytearray(b"\x01" * 32))  # the copy's chain is not verified
        self.search = Fts5Index()
        self.secrets = DatabaseSecrets()

    def session(self) -> Any:
        return self._sessions()


def build(root: Path, cases: int) -> dict[str, Any]:
    config = VaultConfig.for_tests(DeviceSecrets(None))
    public, _ = escrow.generate("benchmark escrow passphrase", TEST_KDF)
    office = Vault(VaultPaths(root / "office"), config)
    tablet = Vault(VaultPaths(root / "tablet"), config)
    accounts = {name: AccountService(v) for name, v in (("office", office), ("tablet", tablet))}
    admins = {name: a.create_vault("admin", "Bench Admin", ADMIN_PASSWORD, public.public,
                                   device_binding=False) for name, a in accounts.items()}
    start = time.perf_counter()
    report = synth.fill(office, int(cases * 1.6), user=admins["office"])
    fill_s = time.perf_counter() - start
    accounts["tablet"].create_user(admins["tablet"], NewUser(SUPERVISOR, "Carla Usher", "SUPERVISOR",
                                                             "HS", 3), known_password=DEMO_PASSWORD)
    sup = session_on(office, SUPERVISOR)
    ids = recent_ids(office, sup, cases)
    sections = CaseSectionService(office)
    for case_id in ids[:200]:
        sections.attach(sup, case_id, "consent-form.pdf", PDF, 2)
    with office.session() as s:
        open_ids = list(s.scalars(select(Case.id).where(
            Case.id.in_(ids[200:]), Case.status.not_in(("CLOSED", "CLOSED_REFERRED"))).limit(20)))
    interviews(office, sup, open_ids)
    identities = {name: IdentityService(v) for name, v in (("office", office), ("tablet", tablet))}
    for name, identity in identities.items():
        identity.create(admins[name], f"HS {name}", "HS")
    for me, other, kind, user in (("office", "tablet", "FIELD", SUPERVISOR),
                                  ("tablet", "office", "OFFICE", "")):
        data, _ = identities[other].identity_file(admins[other])
        print_ = identities[me].read_peer_file(admins[me], data).fingerprint
        identities[me].add_peer(admins[me], data, NewPeer(print_, kind, "HS", 3, user))
    for vault in (office, tablet):
        plaintext_copy(vault, root / f"{'office' if vault is office else 'tablet'}-plain.db")
    return {"fill_s": fill_s, "rows": sum(report.rows.values()), "ids": ids,
            "vaults": (office, tablet)}


def recent_ids(store: Any, sup: UserSession, count: int) -> list[int]:
    with store.session() as s:
        return list(s.scalars(select(Case.id).where(policy.case_scope(sup.principal))
                              .order_by(Case.updated_at.desc(), Case.id.desc()).limit(count)))


def interviews(vault: Vault, sup: UserSession, ids: list[int]) -> None:
    from desktop.services.interviews.service import InterviewService
    from tests.services.interview_world import complete_answers

    cases, service = CaseService(vault), InterviewService(vault)
    interviewer, second = session_on(vault, "hs.int1"), session_on(vault, "hs.sup2")
    for case_id in ids:
        cases.assign(sup, case_id, ("hs.int1",))
        interview = service.start(interviewer, case_id)
        service.save_draft(interviewer, interview, complete_answers())
        service.submit(interviewer, interview)
        service.approve(second, interview)
        service.lock(second, interview)


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = run()
    return (time.perf_counter() - start) * 1000, result


def exchange(office: Any, tablet: Any, ids: list[int], folder: Path) -> dict[str, Any]:
    """Out with N cases, in at the tablet, 50 changed there, back, in at the office."""
    folder.mkdir(exist_ok=True)
    sup_o, sup_t = session_on(office, SUPERVISOR), session_on(tablet, SUPERVISOR)
    export_o, export_t = BundleExport(office), BundleExport(tablet)
    import_o, import_t = BundleImport(office), BundleImport(tablet)
    peer_o = IdentityService(office).peers(sup_o)[0].id
    peer_t = IdentityService(tablet).peers(sup_t)[0].id
    r: dict[str, Any] = {}
    r["export"], sent = timed(lambda: export_o.send(sup_o, SendRequest(peer_o, tuple(ids), folder)))
    data = sent.path.read_bytes()
    r["size"], r["cases"], r["attachments"], r["interviews"] = (
        len(data), sent.cases, sent.attachments, sent.interviews)
    r["preview"], preview = timed(lambda: import_t.preview(sup_t, data))
    assert preview.count("NEW") == len(ids)
    r["import"], result = timed(lambda: import_t.apply(sup_t, data, {}))
    assert result.created == len(ids)
    cases_t = CaseService(tablet)
    with tablet.session() as s:
        changed = list(s.scalars(text("SELECT id FROM cases WHERE status NOT LIKE 'CLOSED%' "
                                      "ORDER BY id LIMIT 50")))
    for case_id in changed:
        cases_t.add_note(sup_t, case_id, f"Field visit on {date.today():%d %b}: seen, safe.", 1)
    with tablet.session() as s:
        all_ids = tuple(s.scalars(select(Case.id)))
    r["back_export"], back = timed(lambda: export_t.send(sup_t, SendRequest(
        peer_t, all_ids, folder, only_changed=True, purpose="SYNC")))
    assert back.cases == len(changed), back
    back_data = back.path.read_bytes()
    r["back_preview"], _ = timed(lambda: import_o.preview(sup_o, back_data))
    r["back_import"], done = timed(lambda: import_o.apply(sup_o, back_data, {}))
    assert done.updated == len(changed)
    r["back_size"] = len(back_data)
    return r


def run(cases: int) -> str:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        built = build(root, cases)
        office, tablet = built["vaults"]
        encrypted = exchange(office, tablet, built["ids"], root / "stick")
        rss = rss_mb()
        office.release()
        tablet.release()
        floor = exchange(PlainStore(root / "office-plain.db"), PlainStore(root / "tablet-plain.db"),
                         built["ids"], root / "stick-plain")
    return report(cases, built, encrypted, floor, rss)


def report(cases: int, built: dict[str, Any], e: dict[str, Any], f: dict[str, Any],
           rss: float) -> str:
    def row(name: str, key: str) -> str:
        return f"| {name} | {e[key]:,.0f} ms | {f[key]:,.0f} ms | {e[key] / f[key]:.2f}× |"

    lines = [
        "## Case bundles", "",
        "`.venv/bin/python bench/bench_bundles.py --write` rewrites this section.", "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.", "",
        "| measurement | encrypted vaults | unencrypted floor | ratio |",
        "| --- | ---: | ---: | ---: |",
        f"| build: synth.fill {int(cases * 1.6):,} cases ({built['rows']:,} rows), 200 attachments, "
        f"20 locked interviews, two identities | {built['fill_s']:.0f} s (fill) |  |  |",
        row(f"export {e['cases']:,} cases ({e['attachments']} attachments, {e['interviews']} "
            f"interviews): read, minimise, zip, seal, sign, write, state, audit", "export"),
        f"| bundle file | {e['size'] / 2**20:.1f} MiB | {f['size'] / 2**20:.1f} MiB |  |",
        row(f"import preview at the tablet: every check, decrypt, validate, compare "
            f"({e['cases']:,} new)", "preview"),
        row("import at the tablet: checks again, then every write in one transaction", "import"),
        row(f"back: only-changed export over {e['cases']:,} cases (50 changed)", "back_export"),
        row("back: import preview at the office (50 updates)", "back_preview"),
        row("back: import at the office", "back_import"),
        f"| peak RSS of the measuring process | {rss:.0f} MB |  |  |",
        "",
        "Notes: both vaults use the tests' cheap Argon2id (only login would differ). The floor runs",
        "the same service calls, hence the same SQL, on `sqlcipher_export` copies taken before the",
        "exchange, in the same process afterwards (SQLCipher memory security is off by default, K2).",
        "Import does everything twice on purpose: the preview checks and compares without writing,",
        "and `apply` repeats every check inside its own transaction, so a bundle previewed earlier",
        "or a vault changed since cannot slip past them.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    section = run(args.cases)
    print(section)
    if args.write:
        replace_section("## Case bundles", section)


if __name__ == "__main__":
    main()
