"""SQLAlchemy 2 declarative models, one module per area (no Qt)."""

from .accounts import Agency, Role, RoleAction, User, UserGroup, group_members
from .audit import AuditEntry, AuditEpoch, Setting
from .base import Base
from .bundles import BundleLog, CaseExchangeState, LocalIdentity, Peer
from .case_sections import (
    Attachment,
    AttachmentBlob,
    ConsentRecord,
    LegalProceeding,
    Perpetrator,
    Repatriation,
    ServiceDelivery,
    ShelterPlacement,
    TraffickingEvent,
)
from .cases import (
    Case,
    CaseAssignment,
    CaseCode,
    CaseCount,
    CaseNote,
    CaseReachCount,
    CaseTask,
    ChangeRecord,
    IdentificationDecision,
    Person,
    PersonAlias,
    Referral,
    ReferralStatusChange,
)
from .forms import FormDefinition, Interview, InterviewAddendum, InterviewEvent
from .prevention import Campaign, Training
from .statistics import StatisticsCache

__all__ = [
    "Agency",
    "Attachment",
    "AttachmentBlob",
    "ConsentRecord",
    "FormDefinition",
    "Interview",
    "InterviewAddendum",
    "InterviewEvent",
    "LegalProceeding",
    "Perpetrator",
    "Repatriation",
    "ServiceDelivery",
    "ShelterPlacement",
    "TraffickingEvent",
    "AuditEntry",
    "Campaign",
    "Training",
    "AuditEpoch",
    "BundleLog",
    "CaseExchangeState",
    "LocalIdentity",
    "Peer",
    "Base",
    "Case",
    "CaseAssignment",
    "CaseCount",
    "CaseReachCount",
    "CaseCode",
    "CaseNote",
    "CaseTask",
    "ChangeRecord",
    "IdentificationDecision",
    "Person",
    "PersonAlias",
    "Referral",
    "ReferralStatusChange",
    "Role",
    "RoleAction",
    "Setting",
    "StatisticsCache",
    "User",
    "UserGroup",
    "group_members",
]
