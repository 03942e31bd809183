"""What an administration tab is: a Page with a title and the actions that reveal it."""

from __future__ import annotations

from desktop.models.seed import Action
from desktop.services.policy import Principal

from ..page import Page


class AdminTab(Page):
    """One tab of the Administration page; shown when the user holds any of `required`."""

    required: tuple[Action, ...] = ()

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    @classmethod
    def allowed(cls, principal: Principal) -> bool:
        return any(principal.can(action) for action in cls.required)
