"""The prevention register: trainings and awareness campaigns (domain.md, "Prevention register").

Kept by the M&E officer and anyone with `prevention.manage`; read by them and by statistics
readers. Every change is validated here and written to the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency, Campaign, Training, vocab
from desktop.models.seed import Action
from desktop.reports.figures import Period
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import validation as check
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

MAX_PARTICIPANTS = 10_000
MAX_REACH = 50_000_000
MAX_NOTES = 2_000


@dataclass(frozen=True)
class TrainingRecord:
    held_on: date
    audience: str
    district: str = ""
    organiser: str = ""
    organiser_agency: str = ""  # agency code, optional
    title: str = ""
    participants_female: int = 0
    participants_male: int = 0
    participants_unknown: int = 0
    notes: str = ""
    id: int = 0

    @property
    def participants(self) -> int:
        return self.participants_female + self.participants_male + self.participants_unknown


@dataclass(frozen=True)
class CampaignRecord:
    started_on: date
    channel: str
    language: str
    reach: int = 0
    ended_on: date | None = None
    title: str = ""
    district: str = ""
    organiser: str = ""
    organiser_agency: str = ""
    notes: str = ""
    id: int = 0


def _count(field: str, value: int, ceiling: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= ceiling:
        raise ValidationError(field, f"Enter a whole number from 0 to {ceiling:,}.")
    return value


def _required_day(field: str, value: date | None) -> date:
    day = check.past_date(field, value)
    if day is None:
        raise ValidationError(field, "Enter the date.")
    return day


def _common(record: TrainingRecord | CampaignRecord) -> dict[str, Any]:
    return {"district": check.choice("district", record.district, vocab.DISTRICTS, blank=True),
            "organiser": check.clean_text("organiser", record.organiser, 200),
            "title": check.clean_text("title", record.title, 200),
            "notes": check.clean_text("notes", record.notes, MAX_NOTES, multiline=True)}


def validated_training(t: TrainingRecord) -> dict[str, Any]:
    values = _common(t) | {
        "held_on": _required_day("held_on", t.held_on),
        "audience": check.choice("audience", t.audience, vocab.TRAINING_AUDIENCES),
        "participants_female": _count("participants_female", t.participants_female, MAX_PARTICIPANTS),
        "participants_male": _count("participants_male", t.participants_male, MAX_PARTICIPANTS),
        "participants_unknown": _count("participants_unknown", t.participants_unknown,
                                       MAX_PARTICIPANTS)}
    if sum(values[k] for k in ("participants_female", "participants_male",
                               "participants_unknown")) == 0:
        raise ValidationError("participants_female", "A training needs at least one participant.")
    return values


def validated_campaign(c: CampaignRecord) -> dict[str, Any]:
    started = _required_day("started_on", c.started_on)
    ended = check.past_date("ended_on", c.ended_on) if c.ended_on else None
    if ended is not None and ended < started:
        raise ValidationError("ended_on", "The campaign cannot end before it starts.")
    return _common(c) | {
        "started_on": started, "ended_on": ended,
        "channel": check.choice("channel", c.channel, vocab.CAMPAIGN_CHANNELS),
        "language": check.choice("language", c.language, vocab.LANGUAGES),
        "reach": _count("reach", c.reach, MAX_REACH)}


_MODELS: dict[str, type[Training] | type[Campaign]] = {"training": Training, "campaign": Campaign}


class PreventionService:
    """Create, change, remove and list trainings and campaigns."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _agency_id(self, db: Session, code: str) -> int | None:
        if not code:
            return None
        agency_id = db.scalar(select(Agency.id).where(Agency.code == code))
        if agency_id is None:
            raise ValidationError("organiser_agency", "Choose an organisation from the directory.")
        return int(agency_id)

    def save(self, user: UserSession, record: TrainingRecord | CampaignRecord) -> int:
        """Add the record (id 0) or replace the stored one with the same id; returns its id."""
        p = user.principal
        policy.require(p, Action.PREVENTION_MANAGE)
        kind = "training" if isinstance(record, TrainingRecord) else "campaign"
        values = (validated_training(record) if isinstance(record, TrainingRecord)
                  else validated_campaign(record))
        model = _MODELS[kind]
        with self.store.session() as db, db.begin():
            values["organiser_agency_id"] = self._agency_id(db, record.organiser_agency)
            if record.id:
                row: Any = db.get(model, record.id)
                if row is None:
                    raise NotFound
                for key, value in values.items():
                    setattr(row, key, value)
                action = AuditAction.UPDATE
            else:
                row = model(created_by=p.user_id, **values)
                db.add(row)
                action = AuditAction.CREATE
            db.flush()
            audit.append(db, self.store, p, action, kind, row.id, kind)
            return int(row.id)

    def remove(self, user: UserSession, kind: str, record_id: int) -> None:
        p = user.principal
        policy.require(p, Action.PREVENTION_MANAGE)
        model = _MODELS.get(kind)
        if model is None:
            raise ValidationError("kind", "Choose a training or a campaign.")
        with self.store.session() as db, db.begin():
            row = db.get(model, record_id)
            if row is None:
                raise NotFound
            db.delete(row)
            audit.append(db, self.store, p, AuditAction.DELETE, kind, record_id, kind)

    def trainings(self, user: UserSession, period: Period) -> list[TrainingRecord]:
        self._may_read(user)
        with self.store.session() as db:
            codes = self._codes(db)
            rows = db.scalars(select(Training).where(
                Training.held_on >= period.start, Training.held_on <= period.end)
                .order_by(Training.held_on, Training.id))
            return [_record(TrainingRecord, row, codes) for row in rows]

    def campaigns(self, user: UserSession, period: Period) -> list[CampaignRecord]:
        self._may_read(user)
        with self.store.session() as db:
            codes = self._codes(db)
            rows = db.scalars(select(Campaign).where(
                Campaign.started_on >= period.start, Campaign.started_on <= period.end)
                .order_by(Campaign.started_on, Campaign.id))
            return [_record(CampaignRecord, row, codes) for row in rows]

    @staticmethod
    def _may_read(user: UserSession) -> None:
        p = user.principal
        if not (p.can(Action.PREVENTION_MANAGE) or p.can(Action.STATISTICS_VIEW)):
            raise PermissionDenied

    @staticmethod
    def _codes(db: Session) -> dict[int, str]:
        return {int(i): str(c) for i, c in db.execute(select(Agency.id, Agency.code))}


def _record(cls: Any, row: Any, codes: dict[int, str]) -> Any:
    names = {f.name for f in fields(cls)} - {"organiser_agency"}
    record = cls(**{name: getattr(row, name) for name in names})
    return replace(record, organiser_agency=codes.get(row.organiser_agency_id or 0, ""))
