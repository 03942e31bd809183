"""Statistics and data exchange from the command line: the annual report, the CTDC and HTCDS
exports and the HTCDS import (a dry run that lists every problem by row, then the import).

Each runs as the acting user; the services check the role and write the audit entries.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.reports.figures import Period
from desktop.services.exchange import ExchangeService
from desktop.services.statistics.report import AnnualReportService

from .io import CliContext, UsageError
from .vault_commands import login, opened

NOTE = " Secrets: your password, from a prompt or with --password-stdin."
FORMATS = {".csv": "csv", ".xlsx": "xlsx"}


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError("give a year such as 2025")
    return int(text)


def add_parsers(commands: Any, common: Callable[[argparse.ArgumentParser], None],
                acting_user: Callable[..., None]) -> None:
    report = commands.add_parser("report", help="the annual report")
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    annual = kinds.add_parser(
        "annual", help="write the annual report PDF",
        description="The council's annual report for a calendar year as PDF. Small counts are "
                    "suppressed unless --no-suppress is given; an unsuppressed report is marked "
                    "for internal use on every page. Needs statistics.export." + NOTE)
    common(annual)
    acting_user(annual, "with statistics.export")
    annual.add_argument("--year", type=_year, required=True)
    annual.add_argument("--lang", choices=("en", "es"), default="en", help="English or Spanish")
    annual.add_argument("--suppress", action=argparse.BooleanOptionalAction, default=True,
                        help="hide small counts (default); --no-suppress for internal use only")
    annual.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    annual.set_defaults(handler=annual_report)

    export = commands.add_parser("export", help="export cases to CTDC or HTCDS")
    formats = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    for name, text in (("ctdc", "anonymised, k-anonymous CTDC records (statistics.export)"),
                       ("htcds", "identifiable HTCDS template rows within your case scope "
                                 "(export.identifiable)")):
        sub = formats.add_parser(name, help=text, description=f"Export {text}. The format follows "
                                 "the file name: .csv or .xlsx." + NOTE)
        common(sub)
        acting_user(sub, "who may export")
        sub.add_argument("--year", type=_year, help="only victims registered that year "
                         "(first confirmation, else first decision); default every year")
        sub.add_argument("--out", type=Path, required=True, metavar="FILE")
        if name == "ctdc":
            sub.add_argument("--k", type=int, default=11, help="k-anonymity (default 11)")
        sub.set_defaults(handler=export_ctdc if name == "ctdc" else export_htcds)

    imports = commands.add_parser("import", help="import cases")
    sources = imports.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    sheet = sources.add_parser(
        "htcds", help="import IOM's HTCDS Excel template",
        description="Checks every row first and lists each problem with its row and column; "
                    "imports nothing unless every row is valid, then imports all rows in one "
                    "transaction. --dry-run only checks. Needs case.create." + NOTE)
    common(sheet)
    acting_user(sheet, "with case.create")
    sheet.add_argument("file", type=Path, metavar="FILE.xlsx")
    sheet.add_argument("--dry-run", action="store_true", help="check the rows, import nothing")
    sheet.set_defaults(handler=import_htcds)


def _format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError("The output file must end in .csv or .xlsx.")
    return fmt


def annual_report(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise UsageError("The report file must end in .pdf.")
    with opened(args, ctx) as o:
        user = login(o, args.user)
        try:
            result = AnnualReportService(o.vault).pdf(user, Period.year(args.year),
                                                      suppressed=args.suppress, language=args.lang)
        finally:
            o.accounts.logout(user)
    args.out.write_bytes(result.data)
    ctx.say(f"Wrote the annual report {args.year} ({args.lang}) to {args.out}.")
    if not args.suppress:
        ctx.say("INTERNAL USE ONLY: small counts are not suppressed; do not publish this file.")
    return 0


def _years(args: argparse.Namespace) -> tuple[int, int] | None:
    return (args.year, args.year) if args.year else None


def export_ctdc(args: argparse.Namespace, ctx: CliContext) -> int:
    fmt = _format(args.out)
    with opened(args, ctx) as o:
        user = login(o, args.user)
        try:
            result = ExchangeService(o.vault).ctdc_export(user, k=args.k, fmt=fmt,
                                                          years=_years(args))
        finally:
            o.accounts.logout(user)
    args.out.write_bytes(result.data)
    ctx.say(f"Wrote {result.records:,} CTDC records to {args.out}.")
    for note in result.notes:
        ctx.say(f"  {note}")
    return 0


def export_htcds(args: argparse.Namespace, ctx: CliContext) -> int:
    fmt = _format(args.out)
    with opened(args, ctx) as o:
        user = login(o, args.user)
        try:
            result = ExchangeService(o.vault).htcds_export(user, fmt, years=_years(args))
        finally:
            o.accounts.logout(user)
    args.out.write_bytes(result.data)
    ctx.say(f"Wrote {result.records:,} cases (identifiable: keep the file protected) to "
            f"{args.out}.")
    return 0


def import_htcds(args: argparse.Namespace, ctx: CliContext) -> int:
    data = args.file.read_bytes()
    with opened(args, ctx) as o:
        user = login(o, args.user)
        try:
            exchange = ExchangeService(o.vault)
            checked = exchange.htcds_check(user, data)
            for problem in checked.problems:
                ctx.say(f"row {problem.row}, {problem.column or 'sheet'}: {problem.message}")
            if checked.problems:
                raise UsageError(f"The spreadsheet has {len(checked.problems)} problem(s); "
                                 "nothing was imported.")
            if checked.ignored_columns:
                ctx.say("Not kept by CaseDesk: " + ", ".join(checked.ignored_columns))
            if args.dry_run:
                ctx.say(f"Every row is valid: {checked.imported:,} cases would be imported.")
                return 0
            done = exchange.htcds_import(user, data)
        finally:
            o.accounts.logout(user)
    ctx.say(f"Imported {done.imported:,} cases: {', '.join(done.references)}")
    return 0
