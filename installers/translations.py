"""Translations build: source strings → `resources/i18n/*.ts` → compiled `*.qm`.

    python installers/translations.py update     # refresh the .ts files from the source
    python installers/translations.py compile    # .ts → .qm with Qt's lrelease (setup and bundle)
    python installers/translations.py check      # exit 1 when a .ts file is out of date

`pyside6-lupdate` only sees `self.tr("…")` and `QCoreApplication.translate("Context", "…")`; most
CaseDesk modules call a module-level `_tr("…")` that wraps `translate` with the module's context,
which lupdate cannot follow. This extractor reads the Python syntax tree instead and knows all
three forms, plus the documents' marker (`_ = Translator("Context", lang)`, then `_("…")`, see
desktop/i18n/catalogue.py). Every label of the code-label table (desktop/i18n/labels.py) is
written under the context "Labels" with its kind as the disambiguation (`<comment>`). Existing
translations are kept; strings that left the source are kept as "vanished" so no translator's
work is lost.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "desktop",)
#: Below the views, messages are plain English sentences in errors; the views translate them in
#: `error_text` under this context, so the extractor collects them from these packages too.
MESSAGE_PACKAGES = ("desktop/services", "desktop/synthetic", "desktop/vault", "desktop/forms",
                    "desktop/exchange", "desktop/bundles", "desktop/reports", "desktop/models",
                    "desktop/server")
MESSAGE_CONTEXT = "ServiceMessages"
ERRORS = {"PermissionDenied", "NotFound", "WrongCredentials", "AccountDisabled", "Throttled",
          "ReauthenticationRequired", "VaultLocked", "VaultCorrupt", "VaultInUse", "VaultExists",
          "VaultNotFound", "KeyFileCorrupt", "BackupInvalid", "DeviceSecretUnavailable",
          "ServiceError", "BundleRefused", "NotABundle", "Truncated", "BadSignature", "WrongRecipient",
          "UnknownSender", "Replayed", "TooLarge", "IdentityFileInvalid"}
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("es",)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    path: str
    line: int
    comment: str = ""  # Qt's disambiguation: the kind of a code label

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


Key = tuple[str, str, str]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_context(tree: ast.Module) -> str | None:
    """The context of a module-level `def _tr(text): return QCoreApplication.translate("X", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" \
                        and call.args:
                    return _literal(call.args[0])
    return None


def _translators(tree: ast.Module) -> dict[str, str]:
    """Names bound to a document marker in a module: `_ = Translator("ReferralPacket", lang)`."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and getattr(node.value.func, "id", getattr(node.value.func, "attr", "")) == "Translator" \
                and node.value.args:
            context = _literal(node.value.args[0])
            for target in node.targets:
                if isinstance(target, ast.Name) and context:
                    found[target.id] = context
    return found


class _Collector(ast.NodeVisitor):
    def __init__(self, path: str, module_context: str | None,
                 translators: dict[str, str] | None = None) -> None:
        self.path, self.module_context = path, module_context
        self.translators = translators or {}
        self.classes: list[str] = []
        self.annotated: list[dict[str, str]] = []  # parameter name → annotated class, per function
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        """`def build_menus(window: MainWindow)`: `window.tr("…")` has the context MainWindow."""
        self.annotated.append({a.arg: a.annotation.id for a in node.args.args
                               if isinstance(a.annotation, ast.Name)})
        self.generic_visit(node)
        self.annotated.pop()

    def _owner(self, name: str) -> str | None:
        if name == "self":
            return self.classes[-1] if self.classes else None
        return self.annotated[-1].get(name) if self.annotated else None

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        func = node.func
        context: str | None = None
        text: str | None = None
        comment = ""
        if isinstance(func, ast.Name) and func.id == "_tr" and node.args:
            context, text = self.module_context, _literal(node.args[0])
        elif isinstance(func, ast.Name) and func.id in self.translators and node.args:
            context, text = self.translators[func.id], _literal(node.args[0])
        elif isinstance(func, ast.Name) and func.id == "marked" and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args \
                and isinstance(func.value, ast.Name):
            context, text = self._owner(func.value.id), _literal(node.args[0])
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            comment = (_literal(node.args[2]) or "") if len(node.args) >= 3 else ""
        if context and text:
            self.found.append(Message(context, text, self.path, node.lineno, comment))
        self.generic_visit(node)


def _is_error(func: ast.expr) -> bool:
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name.endswith("Error") or name in ERRORS


def _sentence(text: str | None) -> bool:
    return bool(text) and " " in text.strip()  # type: ignore[union-attr]


def error_messages(tree: ast.Module, path: str) -> list[Message]:
    """Constant sentences given to errors, and the errors' `default_message`s."""
    found: list[Message] = []
    for node in ast.walk(tree):
        texts: list[str | None] = []
        if isinstance(node, ast.Call) and _is_error(node.func):
            texts = [_literal(arg) for arg in node.args]
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "default_message" for t in node.targets):
            texts = [_literal(node.value)]
        found += [Message(MESSAGE_CONTEXT, t, path, node.lineno) for t in texts
                  if t is not None and _sentence(t)]
    return found


def code_labels() -> list[Message]:
    """Every English label of the one code-label table, its kind as the disambiguation."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop.i18n import labels

    where = "desktop/i18n/labels.py"
    return [Message(labels.CONTEXT, english, where, 0, kind)
            for kind, codes in sorted(labels.table().items()) for english in sorted(set(codes.values()))]


def extract() -> list[Message]:
    messages: list[Message] = code_labels()
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            relative = path.relative_to(ROOT).as_posix()
            collector = _Collector(relative, _module_context(tree), _translators(tree))
            collector.visit(tree)
            messages.extend(collector.found)
            if relative.startswith(MESSAGE_PACKAGES):
                messages.extend(error_messages(tree, relative))
    return messages


def _existing(ts: Path) -> dict[Key, tuple[str, str | None]]:
    """(context, source, disambiguation) → (translation, type) of a .ts file."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = (
                (translation.text or "") if translation is not None else "",
                translation.get("type") if translation is not None else "unfinished")
    return found


def render(language: str, messages: list[Message],
           existing: dict[Key, tuple[str, str | None]]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, dict[tuple[str, str], list[Message]]] = {}
    for message in messages:
        by_context.setdefault(message.context, {}).setdefault(
            (message.source, message.comment), []).append(message)
    for name, _, _ in existing:
        by_context.setdefault(name, {})
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        sources = by_context[name]
        gone = sorted((src, comment) for ctx, src, comment in existing
                      if ctx == name and (src, comment) not in sources)
        for source, comment in [*sorted(sources), *gone]:
            element = ET.SubElement(context, "message")
            for where in sources.get((source, comment), []):
                if where.line:
                    ET.SubElement(element, "location", filename="../../" + where.path,
                                  line=str(where.line))
            ET.SubElement(element, "source").text = source
            if comment:
                ET.SubElement(element, "comment").text = comment
            text, kind = existing.get((name, source, comment), ("", "unfinished"))
            translation = ET.SubElement(element, "translation")
            translation.text = text
            if (source, comment) not in sources:
                translation.set("type", "vanished")
            elif not text or kind == "unfinished":
                translation.set("type", "unfinished")
    ET.indent(root)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def update(check_only: bool = False) -> int:
    """Rewrite the .ts files from the source; with `check_only`, exit 1 when a string of the
    source is missing from a .ts file or a .ts file still offers one the source dropped (line
    numbers alone never make a file stale)."""
    messages = extract()
    wanted = {m.key for m in messages}
    stale = 0
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = I18N / f"casedesk_{language}.ts"
        existing = _existing(ts)
        if check_only:
            offered = {key for key, (_, kind) in existing.items() if kind != "vanished"}
            if offered != wanted:
                stale += 1
                print(f"{ts.relative_to(ROOT)}: {len(wanted - offered)} new, "
                      f"{len(offered - wanted)} gone; run `installers/translations.py update`")
            continue
        text = render(language, messages, existing)
        if not ts.exists() or ts.read_text(encoding="utf-8") != text:
            ts.write_text(text, encoding="utf-8")
            print(f"updated {ts.relative_to(ROOT)}")
    print(f"{len(wanted)} strings in the source")
    return 1 if stale else 0


def lrelease() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("Qt's lrelease was not found; install the project (PySide6) first.")


def compile_all() -> int:
    tool = lrelease()
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {qm.name}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    command = parser.parse_args().command
    if command == "compile":
        return compile_all()
    return update(check_only=command == "check")


if __name__ == "__main__":
    sys.exit(main())
