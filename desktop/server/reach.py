"""The cases a scope reaches by assignment or referral, as a table the policies probe by key.

A case is in a user's scope when they (or the agency) own it, or when it reaches them: assigned
to them (or, in a GROUP scope, to a fellow member), or referred to their agency (REFERRED, any
referral past its draft). `case_reach` holds one row per case and holder: a user's id for an
assignment, the agency's id negated for a referral. Triggers on `case_assignments` and
`referrals` (SECURITY DEFINER, in the writer's transaction) keep it; `upgrade` rebuilds it.

Before it, the policies asked `id IN (SELECT casedesk.scope_cases())`, a set function that read
every referral of the agency for every statement and every nested policy (107,000 cases for the
police at 1,000,000 cases: 60–95 ms each, four times in a search). A table gives the planner an
index to probe per row (a page of 50 cases) or a set to hash (a long walk), as it estimates.

Its own policy shows a reader the rows of their holders alone (ids of cases they may read anyway);
nobody writes it but the triggers.
"""

from __future__ import annotations

#: The advisory lock class of one case's referral reach ("CDrc", with the case id as the second
#: key), taken by the referral trigger so that two transactions changing referrals of one case
#: settle its reach one after the other, each seeing what the other committed.
REACH_LOCK = 0x4344_7263

TABLE = [
    """CREATE TABLE IF NOT EXISTS public.case_reach (
        case_id integer NOT NULL REFERENCES public.cases (id) ON DELETE CASCADE,
        holder integer NOT NULL,
        PRIMARY KEY (case_id, holder))""",
    "CREATE INDEX IF NOT EXISTS ix_case_reach_holder ON public.case_reach (holder, case_id)",
]

DEFINER = "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public"


def reach_statements() -> list[str]:
    """The triggers and the rebuild (idempotent, for init and upgrade); the holders of a scope
    are `casedesk.scope_holders()` (functions.identity_functions)."""
    return [
        f"""CREATE OR REPLACE FUNCTION casedesk.reach_assignment() RETURNS trigger {DEFINER} AS $$
            BEGIN
              IF TG_OP IN ('DELETE', 'UPDATE') THEN
                DELETE FROM public.case_reach WHERE case_id = OLD.case_id AND holder = OLD.user_id;
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO public.case_reach (case_id, holder) VALUES (NEW.case_id, NEW.user_id)
                  ON CONFLICT DO NOTHING;
              END IF;
              RETURN NULL;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.reach_referred(target integer, agency integer)
            RETURNS void {DEFINER} AS $$
            BEGIN
              PERFORM pg_advisory_xact_lock({REACH_LOCK}, target);
              IF EXISTS (SELECT 1 FROM public.referrals r WHERE r.case_id = target
                         AND r.recipient_agency_id = agency AND r.status <> 'DRAFT') THEN
                INSERT INTO public.case_reach (case_id, holder)
                  SELECT target, -agency WHERE EXISTS (SELECT 1 FROM public.cases c
                                                       WHERE c.id = target)
                  ON CONFLICT DO NOTHING;
              ELSE
                DELETE FROM public.case_reach WHERE case_id = target AND holder = -agency;
              END IF;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.reach_referral() RETURNS trigger {DEFINER} AS $$
            BEGIN
              IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM casedesk.reach_referred(OLD.case_id, OLD.recipient_agency_id);
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM casedesk.reach_referred(NEW.case_id, NEW.recipient_agency_id);
              END IF;
              RETURN NULL;
            END $$""",
        "DROP TRIGGER IF EXISTS case_assignments_reach ON public.case_assignments",
        """CREATE TRIGGER case_assignments_reach AFTER INSERT OR DELETE OR UPDATE OF case_id,
            user_id ON public.case_assignments FOR EACH ROW
            EXECUTE FUNCTION casedesk.reach_assignment()""",
        "DROP TRIGGER IF EXISTS referrals_reach ON public.referrals",
        """CREATE TRIGGER referrals_reach AFTER INSERT OR DELETE OR UPDATE OF case_id,
            recipient_agency_id, status ON public.referrals FOR EACH ROW
            EXECUTE FUNCTION casedesk.reach_referral()""",
        # the rebuild: whatever was written while the triggers were absent (a first install,
        # an earlier release, a restore) is reached from here on. Only the rows that differ are
        # written, so an upgrade of a current table leaves it, its visibility map and its
        # statistics as they were (rewriting all 564,047 rows at 1,000,000 cases left as many
        # dead ones, and the next queries 2-3 times slower until a VACUUM).
        """DELETE FROM public.case_reach r WHERE CASE WHEN r.holder > 0
            THEN NOT EXISTS (SELECT 1 FROM public.case_assignments a
                             WHERE a.case_id = r.case_id AND a.user_id = r.holder)
            ELSE NOT EXISTS (SELECT 1 FROM public.referrals f WHERE f.case_id = r.case_id
                             AND f.recipient_agency_id = -r.holder AND f.status <> 'DRAFT') END""",
        """INSERT INTO public.case_reach (case_id, holder)
            SELECT case_id, user_id FROM public.case_assignments
            UNION SELECT case_id, -recipient_agency_id FROM public.referrals
              WHERE status <> 'DRAFT'
            ON CONFLICT DO NOTHING""",
    ]
