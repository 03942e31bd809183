"""Row-level security on every table: the access policy of `services/policy.py`, enforced by the
server for any client — CaseDesk, a modified CaseDesk or a direct `psql` session.

Policies apply to `<prefix>$user`, the role every CaseDesk login role is a member of; the owner
(migrations, `casedesk server` maintenance) is the tables' owner and is not subject to them. Each
`(SELECT casedesk.…())` is evaluated once per statement (an InitPlan), not once per row.
"""

from __future__ import annotations

from .names import ServerNames, quote_ident, quote_literal
from .tables import (
    CASE_TABLES,
    DIRECTORY,
    EXCHANGERS,
    LEVEL2_PERSON_COLUMNS,
    PERSON_COLUMNS,
    PREVENTION,
    PREVENTION_READERS,
    CaseTable,
)

ME = "(SELECT casedesk.me())"
LEVEL = "(SELECT casedesk.my_level())"


#: What `scope_terms` asks of the caller by default: each an InitPlan over casedesk.principal().
SCOPE_SOURCES = {"everything": "(SELECT casedesk.scope_all())",
                 "owners": "(SELECT casedesk.scope_owners())",
                 "agency": "(SELECT casedesk.scope_agency())",
                 "holders": "(SELECT casedesk.scope_holders())"}


def scope_terms(case: str = "cases", sources: dict[str, str] = SCOPE_SOURCES) -> str:
    """Whether the row `case` of `cases` (an alias, or the table's name in its own policy) is in
    the caller's scope: the one statement of the scope for the cases policy and the definer
    functions (`casedesk.case_visible`, `casedesk.search_cases`) alike. By default each of the
    caller's values is an InitPlan, evaluated once per statement; `casedesk.search_cases` puts
    them in as literals instead (search_sql.SCOPE_LITERALS), once for its several statements.
    The cases reached by assignment or referral are probed in `case_reach` by key
    (server/reach.py)."""
    return (f"({sources['everything']} "
            f"OR {case}.owner_id = ANY ({sources['owners']}::integer[]) "
            f"OR {case}.owning_agency_id = {sources['agency']} "
            f"OR EXISTS (SELECT 1 FROM public.case_reach x WHERE x.case_id = {case}.id "
            f"AND x.holder = ANY ({sources['holders']}::integer[])))")


CASE_SCOPE = scope_terms()


def can(*actions: str) -> str:
    if len(actions) == 1:
        return f"(SELECT casedesk.can({quote_literal(actions[0])}))"
    listed = ", ".join(quote_literal(a) for a in actions)
    return f"(SELECT casedesk.can_any(ARRAY[{listed}]))"


def case_visible(column: str = "case_id") -> str:
    return f"EXISTS (SELECT 1 FROM public.cases c WHERE c.id = {column})"


def case_table_read(table: CaseTable) -> str:
    if table.via is None:
        reach = case_visible()
    else:
        parent, column = table.via
        reach = f"EXISTS (SELECT 1 FROM public.{parent} x WHERE x.id = {column})"
    read = f"{reach} AND {LEVEL} >= {table.level}"
    if table.level_column:
        read += f" AND {table.level_column} <= {LEVEL}"
    return read


class Policies:
    """The statements that (re)create every table's grants and policies for `names`."""

    def __init__(self, names: ServerNames) -> None:
        self.member = quote_ident(names.member)
        self.level2 = quote_ident(names.level2_readers)
        self.statements: list[str] = []

    def table(self, name: str, *, read: str | None, insert: str | None = None,
              update: str | None = None, delete: str | None = None,
              update_check: str | None = None, level2: tuple[str, ...] = ()) -> None:
        """`level2`: columns whose SELECT and UPDATE only `<prefix>$level2` holds (its members
        are also members of `<prefix>$user`, so the policies apply to them all the same)."""
        grants = [verb for verb, expr in (("SELECT", read), ("INSERT", insert),
                                          ("UPDATE", update), ("DELETE", delete)) if expr]
        add = self.statements.append
        add(f"ALTER TABLE public.{name} ENABLE ROW LEVEL SECURITY")
        add(f"REVOKE ALL ON public.{name} FROM PUBLIC, {self.member}, {self.level2}")
        if level2:
            rest = ", ".join(c for c in PERSON_COLUMNS if c not in level2)
            by_column = [v for v in grants if v in ("SELECT", "UPDATE")]
            grants = [v for v in grants if v not in by_column]
            add(f"GRANT {', '.join(f'{v} ({rest})' for v in by_column)} "
                f"ON public.{name} TO {self.member}")
            hidden = ", ".join(level2)
            add(f"GRANT {', '.join(f'{v} ({hidden})' for v in by_column)} "
                f"ON public.{name} TO {self.level2}")
        if grants:
            add(f"GRANT {', '.join(grants)} ON public.{name} TO {self.member}")
        if read:
            add(f"CREATE POLICY {name}_read ON public.{name} FOR SELECT TO {self.member} "
                f"USING ({read})")
        if insert:
            add(f"CREATE POLICY {name}_insert ON public.{name} FOR INSERT TO {self.member} "
                f"WITH CHECK ({insert})")
        if update:
            add(f"CREATE POLICY {name}_update ON public.{name} FOR UPDATE TO {self.member} "
                f"USING ({update}) WITH CHECK ({update_check or update})")
        if delete:
            add(f"CREATE POLICY {name}_delete ON public.{name} FOR DELETE TO {self.member} "
                f"USING ({delete})")


def policy_statements(names: ServerNames, tables: set[str]) -> list[str]:
    """Grants and policies for every table in `tables` (the schema's tables as found): the
    classified ones get theirs, any other one row-level security with no policy (nobody)."""
    p = Policies(names)
    p.table("cases", read=CASE_SCOPE,
            insert=f"{can('case.create')} AND owner_id = {ME} "
                   f"AND owning_agency_id = (SELECT casedesk.my_agency())",
            update=f"{CASE_SCOPE} AND {can('case.edit', 'case.approve_closure')}")
    # A person is read through a case in scope; one not yet attached to any case too (a new
    # case's person is inserted, and returned, before its case exists; it is visible only to the
    # inserting transaction). The definer function runs only for rows outside the scope.
    person_read = ("(EXISTS (SELECT 1 FROM public.cases c WHERE c.person_id = persons.id) "
                   "OR NOT casedesk.person_attached(persons.id))")
    # Level-2 columns (contact, documents) are selected and updated by level-2 users alone; a new
    # person's row is inserted whole, with them empty below level 2 (the application writes them
    # so; the trigger persons_level2_insert, functions.level2_insert_guard, refuses anything else).
    p.table("persons", read=person_read, insert=can("case.create", "case.edit"),
            update=f"{person_read} AND {can('case.edit')}", level2=LEVEL2_PERSON_COLUMNS)
    alias_read = "EXISTS (SELECT 1 FROM public.persons x WHERE x.id = person_id)"
    alias_write = f"{alias_read} AND {can('case.edit', 'case.create')}"
    p.table("person_aliases", read=alias_read, insert=alias_write, update=alias_write,
            delete=alias_write)
    history = f"{case_visible()} AND casedesk.section_level(section) <= {LEVEL}"
    p.table("case_changes", read=history,
            insert=f"{case_visible()} AND {can('case.edit', 'case.create', 'case.approve_closure')}")
    p.table("case_search", read=f"{case_visible()} AND level <= {LEVEL}")
    p.table("case_reach", read="holder = ANY ((SELECT casedesk.scope_holders())::integer[])")
    p.table("audit_entries", read=can("audit.view"))
    p.table("audit_epochs", read=can("audit.view"))
    p.table("alembic_version", read=f"{ME} IS NOT NULL")
    p.table("case_references", read=can("case.create"), insert=can("case.create"),
            update=can("case.create"))
    for table in CASE_TABLES:
        read = case_table_read(table)
        write = f"{read} AND {can(*table.writers)}"
        p.table(table.name, read=read, insert=write, update=write, delete=write)
    for name, action in DIRECTORY.items():
        write = can(action)
        if name == "users":  # own login times and password flags (guarded by a trigger)
            p.table(name, read=f"{ME} IS NOT NULL", insert=write, delete=write,
                    update=f"({write} OR id = {ME})")
        else:
            p.table(name, read=f"{ME} IS NOT NULL", insert=write, update=write, delete=write)
    for name in PREVENTION:
        write = can("prevention.manage")
        p.table(name, read=can(*PREVENTION_READERS), insert=write, update=write, delete=write)
    _exchange(p)
    done = {s.split()[2].removeprefix("public.") for s in p.statements if "ENABLE ROW" in s}
    for name in sorted(tables - done):
        p.table(name, read=None)
    return [s for s in p.statements if _table_of(s) in tables]


def _exchange(p: Policies) -> None:
    exchangers, manage = can(*EXCHANGERS), can("peers.manage")
    senders = can("bundle.sync", "bundle.send")
    p.table("exchange_identity", read=exchangers, insert=manage, update=manage)
    # a send or an import moves the peer's sequence numbers: who exchanges updates them
    p.table("exchange_peers", read=exchangers, insert=manage, update=exchangers, delete=manage)
    state = f"{case_visible()} AND {senders}"
    p.table("exchange_case_state", read=state, insert=state, update=state, delete=state)
    p.table("exchange_bundles", read=exchangers, insert=senders)
    p.table("vault_secrets", read=exchangers, insert=manage)


def _table_of(statement: str) -> str:
    for word in statement.split():
        if word.startswith("public."):
            return word.removeprefix("public.")
    return ""
