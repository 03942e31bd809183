"""`casedesk self-test`: every step reports a line; a failure fails the run; nothing is left."""

from __future__ import annotations

from desktop.services.maintenance import selftest
from desktop.services.maintenance.selftest import SelfTest


def test_self_test_passes_and_cleans_up(config) -> None:  # type: ignore[no-untyped-def]
    test = SelfTest(config)
    steps = list(test.run())
    assert [s.name for s in steps] == [
        "SQLCipher", "create a vault", "unlock it", "write a case", "search the case",
        "render a PDF", "verify the vault and its audit chain", "delete everything"]
    assert all(s.ok for s in steps), [(s.name, s.detail) for s in steps if not s.ok]
    assert not test.folder.exists()


def test_a_failing_step_fails_the_run_and_still_cleans_up(config, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(selftest.CaseReads, "search", lambda self, user, text: [])
    test = SelfTest(config)
    steps = {s.name: s for s in test.run()}
    assert not steps["search the case"].ok and "not found" in steps["search the case"].detail
    assert steps["render a PDF"].detail == "skipped after an earlier failure"
    assert steps["delete everything"].ok and not test.folder.exists()


def test_cli_self_test_prints_a_verdict(run_cli, monkeypatch, config) -> None:  # type: ignore[no-untyped-def]
    original = selftest.SelfTest.__init__
    monkeypatch.setattr(selftest.SelfTest, "__init__",
                        lambda self, cfg=None: original(self, config))
    result = run_cli("self-test")
    assert result.code == 0 and result.out.strip().endswith("Self-test passed.")
    assert result.out.count("\nok    ") + result.out.startswith("ok    ") == 8
