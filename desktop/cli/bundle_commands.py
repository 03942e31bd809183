"""Exchange commands: identity, peer, field, bundle export/import and sync."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.bundles.errors import BundleRefused
from desktop.models.bundles import PEER_KINDS
from desktop.services.user import UserSession
from desktop.vault.errors import VaultError

from .io import CliContext, UsageError
from .vault_commands import Opened, login, opened

if TYPE_CHECKING:  # the exchange is loaded by its commands only (the GUI's start does not need it)
    from desktop.services.bundles.export import BundleExport
    from desktop.services.bundles.identity import IdentityService, PeerInfo
    from desktop.services.bundles.importer import BundleImport, ImportPreview

NOTE = " Secrets: your password. Secrets are read from a prompt, or one per line with --password-stdin."


def add_parsers(commands: Any, common: Callable[[argparse.ArgumentParser], None],
                acting_user: Callable[[argparse.ArgumentParser], None]) -> None:
    def command(group: Any, name: str, help_: str, handler: Callable[..., int],
                description: str = "") -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = group.add_parser(name, help=help_,
                                                           description=(description or help_) + NOTE)
        common(parser)
        acting_user(parser)
        parser.set_defaults(handler=handler)
        return parser

    identity = commands.add_parser("identity", help="this vault's exchange identity")
    ids = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    create = command(ids, "create", "create this vault's identity (an administrator, once)",
                     identity_create)
    create.add_argument("--name", required=True, help="how peers will see this vault")
    create.add_argument("--organisation", default="", help="directory code (default: yours)")
    command(ids, "show", "show this vault's identity and fingerprint", identity_show)
    export = command(ids, "export", "write the public identity file (and the printed sheet)",
                     identity_export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--sheet", type=Path, metavar="PDF", help="also write the identity sheet")

    peer = commands.add_parser("peer", help="trusted peers")
    peers = peer.add_subparsers(dest="peer_command", metavar="ACTION", required=True)
    add = command(peers, "add", "trust a peer's identity file after checking its fingerprint",
                  peer_add, "Trust another vault. Compare the fingerprint on its sheet and type "
                  "it with --fingerprint: a file whose fingerprint differs is refused.")
    add.add_argument("file", type=Path, metavar="IDENTITY_FILE")
    add.add_argument("--fingerprint", required=True, help="as printed on the peer's sheet")
    add.add_argument("--kind", required=True, choices=PEER_KINDS)
    add.add_argument("--organisation", default="", help="directory code (default: the file's)")
    add.add_argument("--level", type=int, required=True, choices=(1, 2, 3),
                     help="the highest level of content ever sent to this peer")
    add.add_argument("--field-user", default="", help="FIELD: whose assigned cases it receives")
    command(peers, "list", "list trusted peers", peer_list)
    remove = command(peers, "remove", "stop trusting a peer", peer_remove)
    remove.add_argument("peer", metavar="PEER", help="name, id or fingerprint")

    field = commands.add_parser("field", help="field mode of a tablet vault")
    fields = field.add_subparsers(dest="field_command", metavar="ACTION", required=True)
    setup = command(fields, "setup", "set this vault up for field work under an office",
                    field_setup)
    setup.add_argument("--office", metavar="PEER", help="the office peer; omit to end field mode")

    bundle = commands.add_parser("bundle", help="sealed case bundles")
    bundles = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    out = command(bundles, "export", "seal cases to a trusted peer", bundle_export)
    out.add_argument("--to", required=True, metavar="PEER", help="name, id or fingerprint")
    out.add_argument("--cases", nargs="+", required=True, metavar="REF")
    out.add_argument("--out", type=Path, required=True, metavar="FILE")
    out.add_argument("--sections", default=None, help="partners: release sections, comma-separated")
    out.add_argument("--confirm-restricted", action="store_true",
                     help="partners: confirm releasing level-3 sections")
    into = command(bundles, "import", "check a bundle, show what it would change, and import it",
                   bundle_import, "Without --apply nothing is written: the checks run and the "
                   "changes and conflicts are listed.")
    into.add_argument("file", type=Path, metavar="BUNDLE")
    _choice_arguments(into)
    into.add_argument("--apply", action="store_true", help="write the changes")

    sync = command(commands, "sync", "synchronise with the office or a field tablet via a folder",
                   run_sync)
    sync.add_argument("--folder", type=Path, required=True, metavar="DIR",
                      help="a folder (USB stick) or one bundle file")
    sync.add_argument("--peer", metavar="PEER", help="at the office: the field tablet")
    _choice_arguments(sync)


def _choice_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--keep-mine", action="store_true", help="every conflict: keep this vault's")
    which.add_argument("--take-theirs", action="store_true", help="every conflict: take the sender's")
    parser.add_argument("--choose", action="append", default=[], metavar="REF:PART=mine|theirs",
                        help="one conflict, e.g. HS-2026-000001:fields.district=theirs")


@contextmanager
def _explained() -> Iterator[None]:
    """A refused bundle prints its details too (the GUI shows them under the sentence)."""
    try:
        yield
    except BundleRefused as error:
        raise VaultError(error.explained) from error


def _services(o: Opened) -> tuple[IdentityService, BundleExport, BundleImport]:
    from desktop.services.bundles.export import BundleExport
    from desktop.services.bundles.identity import IdentityService
    from desktop.services.bundles.importer import BundleImport

    return IdentityService(o.vault), BundleExport(o.vault), BundleImport(o.vault)


def _peer(identity: IdentityService, session: UserSession, wanted: str) -> PeerInfo:
    key = wanted.replace(" ", "").upper()
    for peer in identity.peers(session):
        if wanted in (str(peer.id), peer.name) or (len(key) >= 8 and
                                                   peer.fingerprint.replace(" ", "").startswith(key)):
            return peer
    raise UsageError(f"No trusted peer called {wanted!r}; see 'casedesk peer list'.")


def identity_create(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        info = _services(o)[0].create(session, args.name, args.organisation)
        o.accounts.logout(session)
    ctx.say(f"Identity of {info.name} ({info.organisation_code}) created.")
    ctx.say(f"Fingerprint: {info.fingerprint}")
    return 0


def identity_show(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        info = _services(o)[0].info(session)
        o.accounts.logout(session)
    if info is None:
        ctx.say("This vault has no exchange identity yet ('casedesk identity create').")
        return 1
    ctx.say(f"{info.name} ({info.organisation_code}), identity {info.identity_id}")
    ctx.say(f"Fingerprint: {info.fingerprint}")
    if info.field_office_name:
        ctx.say(f"Field work under: {info.field_office_name}")
    return 0


def identity_export(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        identity = _services(o)[0]
        data, _ = identity.identity_file(session)
        sheet = identity.identity_sheet(session) if args.sheet else None
        info = identity.info(session)
        o.accounts.logout(session)
    args.out.write_bytes(data)
    ctx.say(f"Wrote {args.out}")
    if sheet is not None:
        args.sheet.write_bytes(sheet)
        ctx.say(f"Wrote {args.sheet}")
    ctx.say(f"Fingerprint: {info.fingerprint if info else ''}")
    return 0


def peer_add(args: argparse.Namespace, ctx: CliContext) -> int:
    data = args.file.read_bytes()
    with opened(args, ctx) as o:
        session = login(o, args.user)
        from desktop.services.bundles.identity import NewPeer

        info = _services(o)[0].add_peer(session, data, NewPeer(
            args.fingerprint, args.kind, args.organisation, args.level, args.field_user))
        o.accounts.logout(session)
    ctx.say(f"Trusted {info.name} ({info.kind}, {info.organisation_code}, level {info.level}).")
    ctx.say(f"Fingerprint: {info.fingerprint}")
    return 0


def peer_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        peers = _services(o)[0].peers(session)
        o.accounts.logout(session)
    ctx.say(f"{'ID':<4} {'NAME':<28} {'KIND':<8} {'ORG':<7} LVL  SENT RECV  FINGERPRINT")
    for p in peers:
        ctx.say(f"{p.id:<4} {p.name[:28]:<28} {p.kind:<8} {p.organisation_code:<7} {p.level:<4} "
                f"{p.last_sent_seq:<4} {p.last_received_seq:<4}  {p.fingerprint}")
    return 0


def peer_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        identity = _services(o)[0]
        peer = _peer(identity, session, args.peer)
        identity.update_peer(session, peer.id, active=False)
        o.accounts.logout(session)
    ctx.say(f"{peer.name} is no longer trusted: its bundles are refused from now on.")
    return 0


def field_setup(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        identity = _services(o)[0]
        office = _peer(identity, session, args.office) if args.office else None
        identity.set_field_office(session, office.id if office else None)
        o.accounts.logout(session)
    ctx.say(f"This vault works in the field under {office.name}." if office else
            "Field mode ended.")
    return 0


def bundle_export(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        identity, export, _ = _services(o)
        peer = _peer(identity, session, args.to)
        ids = export.case_ids(session, args.cases)
        sections = tuple(s.strip().upper() for s in args.sections.split(",")) if args.sections else None
        from desktop.services.bundles.export import SendRequest

        result = export.send(session, SendRequest(peer.id, ids, args.out, sections,
                                                  args.confirm_restricted))
        o.accounts.logout(session)
    ctx.say(f"Sealed {result.cases} case(s), {result.attachments} attachment(s) to {peer.name} "
            f"(bundle #{result.sequence}, {result.size:,} bytes): {result.path}")
    ctx.say(f"Content SHA-256: {result.content_sha256}")
    return 0


def _choices(args: argparse.Namespace, preview: ImportPreview) -> dict[str, dict[str, str]]:
    from desktop.services.bundles.merge import MINE, THEIRS

    by_reference = {plan.remote_reference: plan for plan in preview.cases}
    picked: dict[str, dict[str, str]] = {}
    for plan in preview.cases:
        for change in plan.conflicts:
            if args.keep_mine or args.take_theirs:
                picked.setdefault(plan.uuid, {})[change.key] = MINE if args.keep_mine else THEIRS
    for item in args.choose:
        target, _, side = item.rpartition("=")
        reference, _, unit = target.partition(":")
        if side not in (MINE, THEIRS) or reference not in by_reference or not unit:
            raise UsageError(f"--choose {item!r}: use REF:PART=mine or REF:PART=theirs with a "
                             "reference and part listed above.")
        picked.setdefault(by_reference[reference].uuid, {})[unit] = side
    return picked


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def print_preview(ctx: CliContext, preview: ImportPreview) -> None:
    ctx.say(f"Bundle #{preview.sequence} from {preview.sender}, made {preview.created}; level "
            f"{preview.level}; {len(preview.cases)} case(s), {preview.attachments} attachment(s).")
    ctx.say(f"Content SHA-256: {preview.content_sha256}")
    for plan in preview.cases:
        line = f"  {plan.status:<9} {plan.remote_reference}"
        if plan.status == "NEW" and plan.local_reference != plan.remote_reference:
            line += "  (gets a new reference here: the sender's is taken)"
        elif plan.local_id is not None and plan.status != "UNCHANGED":
            taken = sum(1 for c in plan.changes if c.outcome in ("new", "theirs"))
            line += f"  {taken} part(s) to take, {len(plan.changes) - taken} kept here"
        ctx.say(line)
        for change in plan.conflicts:
            ctx.say(f"      conflict {change.key}: here {_shown(change.mine)} | there "
                    f"{_shown(change.theirs)}")


def bundle_import(args: argparse.Namespace, ctx: CliContext) -> int:
    data = args.file.read_bytes()
    with opened(args, ctx) as o, _explained():
        session = login(o, args.user)
        imports = _services(o)[2]
        preview = imports.preview(session, data)
        print_preview(ctx, preview)
        if not args.apply:
            o.accounts.logout(session)
            ctx.say("Nothing was written. Run again with --apply"
                    + (" and --keep-mine, --take-theirs or --choose for each conflict."
                       if preview.conflicts else "."))
            return 0
        result = imports.apply(session, data, _choices(args, preview))
        o.accounts.logout(session)
    ctx.say(f"Imported: {result.created} new, {result.updated} updated, {result.unchanged} "
            f"unchanged; {result.taken} part(s) taken, {result.kept} kept.")
    for theirs, mine in result.references:
        ctx.say(f"  {theirs} is {mine} in this vault.")
    return 0


def run_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o, _explained():
        session = login(o, args.user)
        from desktop.services.bundles.sync import SyncService

        sync = SyncService(o.vault)
        peer = _peer(_services(o)[0], session, args.peer).id if args.peer else None
        choices: dict[str, dict[str, dict[str, str]]] = {}
        while True:
            result = sync.run(session, args.folder, peer, choices)
            if result.needs_choices is None:
                break
            picked = _choices(args, result.needs_choices)
            if not picked or len(choices) and result.needs_choices.bundle_id in choices:
                print_preview(ctx, result.needs_choices)
                o.accounts.logout(session)
                raise UsageError("Fields changed on both sides: run again with --keep-mine, "
                                 "--take-theirs or --choose for each conflict listed above.")
            choices[result.needs_choices.bundle_id] = picked
        o.accounts.logout(session)
    for done in result.imported:
        ctx.say(f"Imported bundle #{done.sequence} from {done.sender}: {done.created} new, "
                f"{done.updated} updated.")
    for skipped in result.skipped:
        ctx.say(f"Skipped {skipped.file}: {skipped.reason}")
    sent = result.sent
    if sent is not None and sent.path is not None:
        ctx.say(f"Sent {sent.cases} changed case(s) to {result.peer_name} "
                f"(bundle #{sent.sequence}): {sent.path}")
    else:
        ctx.say(f"Nothing changed here since the last exchange with {result.peer_name}.")
    return 0
