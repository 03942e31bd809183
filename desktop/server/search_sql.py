"""The search functions of the office server: the index's upkeep, `casedesk.search_cases` and
`casedesk.count_cases`.

All are SECURITY DEFINER functions owned by `<prefix>$owner`. Under row-level security a qual
whose function is not leakproof runs only after the table's policy, and `tsvector @@ tsquery`
(ts_match_vq) is not leakproof, so a reader's own `case_search ... WHERE words @@ q` could not use
the GIN index: it would test the policy and then the words of every row of the level. Here the
owner reads the index, and the function applies what the policies say itself: the caller's scope
(policies.scope_terms) and level. It returns ids only, of cases the caller may read anyway; the
caller's query still reads `cases` under its policy and applies its filters again.
"""

from __future__ import annotations

from .names import quote_literal
from .policies import scope_terms

SEARCH_FUNCTION = "casedesk.search_cases(text, integer, integer, jsonb)"
COUNT_FUNCTION = "casedesk.count_cases(jsonb)"
FORMER_SEARCH_FUNCTIONS = ("casedesk.search_cases(text, integer, integer)",)
#: The list's filters as `casedesk.search_cases` applies them (`narrow`'s keys, each an SQL
#: term on the case `c`, its value quoted by format's %L): the case's row, its assignments and
#: its tasks, which every reader of the case reads (sections "summary" and "tasks", level 1).
SEARCH_NARROWING = {
    "status": "c.status = %L",
    "identification_status": "c.identification_status = %L",
    "district": "c.district = %L",
    "agency": "c.owning_agency_id IN (SELECT a.id FROM public.agencies a WHERE a.code = %L)",
    "year": "c.created_at >= make_date(%1$L::integer, 1, 1) "
            "AND c.created_at < make_date(%1$L::integer + 1, 1, 1)",
    "mine": "(c.owner_id = (SELECT casedesk.me()) OR EXISTS (SELECT 1 FROM "
            "public.case_assignments a WHERE a.case_id = c.id AND a.user_id = (SELECT casedesk.me())))",
    "overdue_before": "EXISTS (SELECT 1 FROM public.case_tasks t WHERE t.case_id = c.id "
                      "AND t.done_at IS NULL AND t.due_on < %L::date)",
}
#: The session setting that scales the search's steps (tests set it to 1 to reach every phase
#: with a few cases). Only a speed knob: every step size returns the same ids.
STEP_SETTING = "casedesk.search_step"
#: policies.scope_terms' sources as format() arguments: everything, owners, agency, holders.
SCOPE_LITERALS = {"everything": "%1$L::boolean", "owners": "%2$L", "agency": "%3$L::integer",
                  "holders": "%4$L"}
STEP = 200


def search_functions() -> list[str]:
    """Index maintenance as the owner: a reader's own session sees only the notes of their level,
    so the index is always rebuilt from every note (the document of services/cases/search.py:
    reference, names and aliases, notes by level), one tsvector row per level."""
    return [
        """CREATE OR REPLACE FUNCTION casedesk.reindex_cases(ids integer[]) RETURNS void
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DELETE FROM public.case_search WHERE case_id = ANY (ids)
          AND (casedesk.me() IS NULL OR casedesk.case_visible(case_id));
        INSERT INTO public.case_search (case_id, level, words)
        SELECT c.id, l.level, to_tsvector('simple', public.casedesk_unaccent(concat_ws(' ',
            c.reference, p.given_names, p.family_names,
            (SELECT string_agg(a.name, ' ') FROM public.person_aliases a WHERE a.person_id = p.id),
            (SELECT string_agg(n.text, ' ' ORDER BY n.id) FROM public.case_notes n
             WHERE n.case_id = c.id AND least(greatest(n.level, 1), 3) <= l.level))))
        FROM public.cases c JOIN public.persons p ON p.id = c.person_id
        CROSS JOIN (VALUES (1), (2), (3)) AS l (level)
        WHERE c.id = ANY (ids) AND (casedesk.me() IS NULL OR casedesk.case_visible(c.id)) $$""",
        *(f"DROP FUNCTION IF EXISTS {former}" for former in FORMER_SEARCH_FUNCTIONS),
        search_cases_function(),
        count_cases_function(),
    ]


def narrowing_arms() -> str:
    """PL/pgSQL that appends to `terms` the SQL of each filter in `narrow`, its value a literal."""
    return "\n          ".join(
        f"IF narrow ? {quote_literal(key)} THEN terms := terms || format("
        f"{quote_literal(' AND ' + term)}, narrow ->> {quote_literal(key)}); END IF;"
        for key, term in SEARCH_NARROWING.items())


def search_cases_function() -> str:
    """`casedesk.search_cases(query, level, max_rows, narrow)`: the ids of the cases in the
    caller's scope whose words at `level` (never above the caller's own) match the prefix query,
    newest first, at most `max_rows` (NULL: all); `narrow` (jsonb, SEARCH_NARROWING's keys)
    keeps only the cases the list's filters keep.

    The newest matches are found in bounded steps, never by one plan that bets on the planner's
    estimate of a prefix's matches (for a word absent at a level it guesses about 1%, and a plan
    walking every row newest first for 50 of them read 1,000,000 rows: 8 to 26 s):

    - a scope of at most 20 steps of cases (a small partner's liaison, a new case worker): its
      ids, probed in the index by key;
    - any other: the newest ids of the index in ranges of 5 and 20 steps, each case tested for
      the scope by key (`probe`: policies.scope_terms with the caller's values as literals) and
      the words by row (never the GIN index within a range); then the cheaper of two ways to
      the rest: walking on in ranges four times wider, for as many ids as the matches still
      wanted should take at the rate found so far, or the level's GIN index, for as many rows
      (each a heap visit, weighed as five rows walked) as the word matched in the first range.

    EXECUTE plans each step with the level, the scope and the filters as constants (%L)."""
    arms = narrowing_arms()
    return f"""CREATE OR REPLACE FUNCTION casedesk.search_cases(query text, wanted integer,
        max_rows integer, narrow jsonb DEFAULT '{{}}') RETURNS SETOF integer
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        ROWS 50 AS $$
        DECLARE
          who record;
          reach integer;
          step integer := least(greatest(coalesce(nullif(current_setting(
            {quote_literal(STEP_SETTING)}, true), '')::integer, {STEP}), 1), 1000000);
          q tsquery;
          terms text := '';
          probe text;
          owners integer[];
          holders integer[];
          ids integer[];
          taken integer := 0;
          got integer;
          width integer;
          hi integer;
          walked integer := 0;
          seen bigint;
          walking boolean := false;
          rest text;
        BEGIN
          SELECT * INTO who FROM casedesk.principal();
          reach := least(greatest(wanted, 1), 3, coalesce(who.level, 0));
          IF reach < 1 OR coalesce(who.scope, 'NONE') = 'NONE' OR query IS NULL THEN
            RETURN;
          END IF;
          q := to_tsquery('simple'::regconfig, public.casedesk_unaccent(query));
          {arms}
          owners := casedesk.scope_owners();
          holders := casedesk.scope_holders();
          -- the scope, case by case (policies.scope_terms with the caller's values as literals)
          probe := format({quote_literal(scope_terms("c", SCOPE_LITERALS))}, who.scope = 'ALL',
            owners, casedesk.scope_agency(), holders);
          -- the rest of the matches at or below an id, from the level's GIN index
          rest := format('WITH m AS MATERIALIZED (SELECT s.case_id FROM public.case_search s
            WHERE s.level = %s AND s.words @@ $1 AND s.case_id <= $3)
            SELECT m.case_id FROM m JOIN public.cases c ON c.id = m.case_id WHERE %s %s
            ORDER BY 1 DESC LIMIT $2', reach, probe, terms);
          IF max_rows IS NULL THEN
            RETURN QUERY EXECUTE rest USING q, NULL::integer, 2147483647;
            RETURN;
          END IF;
          IF who.scope IN ('OWN', 'GROUP', 'REFERRED') THEN  -- a small scope: its ids
            ids := ARRAY(SELECT c.id FROM public.cases c WHERE c.owner_id = ANY (owners)
                           LIMIT 20 * step + 1)
                || ARRAY(SELECT x.case_id FROM public.case_reach x
                           WHERE x.holder = ANY (holders) LIMIT 20 * step + 1);
            IF cardinality(ids) <= 20 * step THEN
              RETURN QUERY EXECUTE format('SELECT s.case_id FROM public.case_search s
                JOIN public.cases c ON c.id = s.case_id WHERE s.case_id = ANY ($3)
                AND s.level = %s AND s.words @@ $1 %s ORDER BY s.case_id DESC LIMIT $2',
                reach, terms) USING q, max_rows, ids;
              RETURN;
            END IF;
          END IF;
          hi := (SELECT max(s.case_id) FROM public.case_search s WHERE s.level = reach);
          width := 5 * step;
          WHILE hi >= 1 AND taken < max_rows LOOP
            -- after two ranges, once: walk on if the ids the matches still wanted should take
            -- (at the rate found so far; all that is left if none was) cost no more than the
            -- word's rows in the GIN index (its rate in the first range, a heap visit each
            -- weighed as five rows walked)
            IF width > 20 * step AND NOT walking THEN
              IF (CASE WHEN taken = 0 THEN hi::numeric
                       ELSE (max_rows - taken)::numeric * walked / taken END)
                 > 5.0 * seen * hi / (5 * step) THEN
                RETURN QUERY EXECUTE rest USING q, max_rows - taken, hi;
                RETURN;
              END IF;
              walking := true;
            END IF;
            -- a range by key (the GIN index is the step above's, not a range's)
            RETURN QUERY EXECUTE format('SELECT s.case_id FROM public.case_search s
              JOIN public.cases c ON c.id = s.case_id WHERE s.case_id > $3 AND s.case_id <= $4
              AND s.level = %s AND (s.words @@ $1) IS TRUE AND %s %s
              ORDER BY s.case_id DESC LIMIT $2',
              reach, probe, terms) USING q, max_rows - taken, hi - width, hi;
            GET DIAGNOSTICS got = ROW_COUNT;
            taken := taken + got;
            walked := walked + width;
            IF seen IS NULL AND taken < max_rows THEN  -- the word's rows in the first range
              seen := (SELECT count(*) FROM public.case_search s WHERE s.level = reach
                       AND s.case_id > hi - width AND s.case_id <= hi AND s.words @@ q);
            END IF;
            hi := hi - width;
            width := width * 4;
          END LOOP;
        END $$"""


def count_cases_function() -> str:
    """`casedesk.count_cases(narrow)`: how many cases of the caller's scope the list's filters
    keep, what the case list pages through (the vault's counters' job, services/cases/counts.py).

    Under row-level security a reader's COUNT tests the whole scope on every case of the table
    (the policy's terms are joined by OR), 0.3 to 0.9 s at 1,000,000 cases. Here the scope is
    counted as disjoint parts, each from its own index: the agency's cases (AGENCY), the owners'
    other cases, the cases reached by assignment or referral (`case_reach`, server/reach.py)
    that neither holds; every case (ALL)."""
    return f"""CREATE OR REPLACE FUNCTION casedesk.count_cases(narrow jsonb DEFAULT '{{}}')
        RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE
          who record;
          terms text := '';
          owners integer[];
          outside text := '';
          part bigint;
          total bigint := 0;
        BEGIN
          SELECT * INTO who FROM casedesk.principal();
          IF coalesce(who.scope, 'NONE') = 'NONE' THEN RETURN 0; END IF;
          {narrowing_arms()}
          IF who.scope = 'ALL' THEN
            EXECUTE format('SELECT count(*) FROM public.cases c WHERE true %s', terms) INTO total;
            RETURN total;
          END IF;
          owners := casedesk.scope_owners();
          IF who.scope = 'AGENCY' THEN
            EXECUTE format('SELECT count(*) FROM public.cases c WHERE c.owning_agency_id = %L %s',
              who.agency_id, terms) INTO total;
            outside := format(' AND c.owning_agency_id IS DISTINCT FROM %L', who.agency_id);
          END IF;
          IF cardinality(owners) > 0 THEN
            EXECUTE format('SELECT count(*) FROM public.cases c
              WHERE c.owner_id = ANY (%L::integer[]) %s %s', owners, outside, terms) INTO part;
            total := total + part;
          END IF;
          EXECUTE format('SELECT count(*) FROM public.cases c WHERE c.id IN (SELECT x.case_id
            FROM public.case_reach x WHERE x.holder = ANY (%L::integer[]))
            AND NOT coalesce(c.owner_id = ANY (%L::integer[]), false) %s %s',
            casedesk.scope_holders(), owners, outside, terms) INTO part;
          RETURN total + part;
        END $$"""
