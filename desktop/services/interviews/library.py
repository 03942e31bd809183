"""The form library: versioned XLSForms in the vault, imported, previewed and activated by administrators.

Every version ever imported stays in the vault, so an interview always reads with the form it was
made with. The shipped forms are seeded on first use. A broken spreadsheet is refused whole with
its list of problems (FormImportFailed from the forms engine).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.forms import FormSchema, load_xlsform
from desktop.forms.shipped import SHIPPED_FORMS, shipped_form_bytes
from desktop.models import FormDefinition
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

_READERS = (Action.FORMS_MANAGE, Action.INTERVIEW_CONDUCT, Action.INTERVIEW_APPROVE)


@dataclass(frozen=True)
class FormVersion:
    id: int
    form_id: str
    version: str
    title: str
    active: bool
    shipped: bool
    imported_at: datetime
    source_sha256: str


@dataclass(frozen=True)
class FormPreview:
    """What an administrator checks before importing: identity, size, pages and languages."""

    form_id: str
    version: str
    title: str
    languages: tuple[str, ...]
    pages: tuple[str, ...]
    question_count: int
    already_imported: bool


@functools.lru_cache(maxsize=32)
def _schema_of(sha256: str, source: bytes, form_id: str) -> FormSchema:
    """Parsing is pure and versions never change, so a parsed schema is cached by content hash."""
    return load_xlsform(source, file_name=form_id)


def _row(definition: FormDefinition) -> FormVersion:
    return FormVersion(
        id=definition.id, form_id=definition.form_id, version=definition.version, title=definition.title,
        active=definition.active, shipped=definition.shipped, imported_at=definition.imported_at,
        source_sha256=definition.source_sha256,
    )


def seed_shipped(db: Session) -> int:
    """Add each shipped form that the vault has never had, active; returns how many were added."""
    added = 0
    for form_id in SHIPPED_FORMS:
        if db.scalar(select(FormDefinition.id).where(FormDefinition.form_id == form_id).limit(1)):
            continue
        data = shipped_form_bytes(form_id)
        schema = load_xlsform(data)
        db.add(FormDefinition(
            form_id=schema.form_id, version=schema.version, title=schema.title.get(schema.default_language),
            source=data, source_sha256=hashlib.sha256(data).hexdigest(), active=True, shipped=True,
        ))
        added += 1
    if added:
        db.flush()
    return added


def definition_schema(definition: FormDefinition) -> FormSchema:
    return _schema_of(definition.source_sha256, definition.source, definition.form_id)


class FormLibrary:
    """The versioned form library; each call opens one short session on the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _reader(self, principal: policy.Principal) -> None:
        if not any(principal.can(action) for action in _READERS):
            raise PermissionDenied

    def list_versions(self, user: UserSession, form_id: str | None = None) -> list[FormVersion]:
        self._reader(user.principal)
        with self.store.session() as db, db.begin():
            if seed_shipped(db):
                audit.append(db, self.store, user.principal, AuditAction.CREATE, "form", "",
                             "shipped forms seeded")
            query = select(FormDefinition).order_by(FormDefinition.form_id, FormDefinition.id)
            if form_id is not None:
                query = query.where(FormDefinition.form_id == form_id)
            return [_row(d) for d in db.scalars(query)]

    def active_version(self, user: UserSession, form_id: str) -> FormVersion:
        for version in self.list_versions(user, form_id):
            if version.active:
                return version
        raise NotFound("No version of this form is active.")

    def schema(self, user: UserSession, definition_id: int) -> FormSchema:
        self._reader(user.principal)
        with self.store.session() as db:
            definition = db.get(FormDefinition, definition_id)
            if definition is None:
                raise NotFound
            return definition_schema(definition)

    def preview(self, user: UserSession, data: bytes, file_name: str = "") -> FormPreview:
        """Parse without storing; raises FormImportFailed with every problem and its row. The file
        name names a form whose settings sheet has no form_id."""
        policy.require(user.principal, Action.FORMS_MANAGE)
        schema = load_xlsform(data, file_name)
        with self.store.session() as db:
            exists = db.scalar(select(FormDefinition.id).where(
                FormDefinition.form_id == schema.form_id, FormDefinition.version == schema.version))
        return FormPreview(
            form_id=schema.form_id, version=schema.version, title=schema.title.get(schema.default_language),
            languages=schema.language_names(),
            pages=tuple(page.label.get(schema.default_language) or page.name for page in schema.pages()),
            question_count=sum(1 for _ in schema.questions()), already_imported=exists is not None,
        )

    def import_form(self, user: UserSession, data: bytes, activate: bool = False,
                    file_name: str = "") -> FormVersion:
        """Store a new version (never replacing one); nothing is stored if the workbook has problems."""
        p = user.principal
        policy.require(p, Action.FORMS_MANAGE)
        schema = load_xlsform(data, file_name)
        with self.store.session() as db, db.begin():
            seed_shipped(db)
            if db.scalar(select(FormDefinition.id).where(
                    FormDefinition.form_id == schema.form_id, FormDefinition.version == schema.version)):
                raise ValidationError("version", f"Version {schema.version} of this form is already in the "
                                                 "library; change the version in the settings sheet.")
            definition = FormDefinition(
                form_id=schema.form_id, version=schema.version,
                title=schema.title.get(schema.default_language)[:200], source=data,
                source_sha256=hashlib.sha256(data).hexdigest(), active=False, shipped=False,
                imported_by=p.user_id,
            )
            db.add(definition)
            db.flush()
            audit.append(db, self.store, p, AuditAction.CREATE, "form", definition.id,
                         f"imported {schema.form_id} {schema.version}"[:180])
            if activate:
                self._activate(db, user, definition)
            return _row(definition)

    def activate(self, user: UserSession, definition_id: int) -> None:
        """Make one version the one new interviews use; the others stay readable."""
        policy.require(user.principal, Action.FORMS_MANAGE)
        with self.store.session() as db, db.begin():
            definition = db.get(FormDefinition, definition_id)
            if definition is None:
                raise NotFound
            self._activate(db, user, definition)

    def _activate(self, db: Session, user: UserSession, definition: FormDefinition) -> None:
        db.execute(update(FormDefinition).where(FormDefinition.form_id == definition.form_id)
                  .values(active=False))
        db.execute(update(FormDefinition).where(FormDefinition.id == definition.id).values(active=True))
        audit.append(db, self.store, user.principal, AuditAction.UPDATE, "form", definition.id,
                     f"activated {definition.form_id} {definition.version}"[:180])
