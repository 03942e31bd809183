"""Who is logged in: the principal and the times that the idle lock and re-authentication use."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from desktop.services.policy import Principal


@dataclass
class UserSession:
    """A logged-in user; `authenticated_at` serves re-authentication (U2), `started_at` the
    12-hour limit (U1). Services receive it with every call; they hold the store themselves."""

    principal: Principal
    must_change_password: bool
    started_at: float = field(default_factory=time.time)
    authenticated_at: float = field(default_factory=time.time)
