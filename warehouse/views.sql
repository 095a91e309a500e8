-- newsledger views: the contract users query (DESIGN.md, "DuckDB views").
--
-- Plain SQL, usable from the duckdb CLI as well as from `newsledger sql`:
--   duckdb -cmd "SET VARIABLE newsledger_root = 'data'" -init warehouse/views.sql
-- Everything reads the append-only event log under the warehouse root, and only rows of runs
-- that have a commit marker (commits/<run_id>.json): a run killed midway is invisible.

-- Folding for name lookups: case, accents, punctuation and spacing never split an entity
-- ("al-Qaeda" = "Al Qaeda" = "AL-QAEDA"; a trailing possessive is dropped).
-- A leading "the" goes too ("the Pentagon" = "Pentagon"), as in tasks.entities.fold.
CREATE OR REPLACE MACRO nl_fold(s) AS
    regexp_replace(regexp_replace(lower(strip_accents(regexp_replace(trim(s), '[''’ʼ]s$', ''))),
                                  '^the\s+', ''),
                   '[^a-z0-9]+', '', 'g');

-- The runs this session sees. A run writes its files first and its commit marker last, so the
-- markers must be listed before the event files are: `newsledger` lists them once when it
-- connects (the variable newsledger_commits) and every later listing of events holds all
-- their files. Without the variable (the plain CLI), they are listed when a query runs.
CREATE OR REPLACE VIEW committed_runs AS
SELECT run_id, flow, committed_at::TIMESTAMPTZ AS committed_at
FROM read_json(coalesce(getvariable('newsledger_commits'),
                        [getvariable('newsledger_root') || '/commits/*.json']),
               columns = {run_id: 'VARCHAR', flow: 'VARCHAR', committed_at: 'VARCHAR'});

-- The committed events of one dataset, each event once (a re-appended event collapses).
CREATE OR REPLACE MACRO committed_events(dataset) AS TABLE
SELECT *
FROM read_parquet(getvariable('newsledger_root') || '/events/' || dataset || '/**/*.parquet',
                  union_by_name = true)
WHERE run_id IN (SELECT run_id FROM committed_runs)
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY run_id) = 1;

-- One derivation per raw capture: when `replay` re-derived a capture with newer code, the
-- newest committed derivation wins (the older one stays in the log, unused).
CREATE OR REPLACE VIEW version_events AS
SELECT e.*
FROM read_parquet(getvariable('newsledger_root') || '/events/article_versions/**/*.parquet',
                  union_by_name = true) AS e
JOIN committed_runs AS c USING (run_id)
QUALIFY row_number() OVER (
    PARTITION BY e.capture_id ORDER BY c.committed_at DESC, e.run_id DESC, e.event_id
) = 1;

CREATE OR REPLACE VIEW tombstone_events AS
SELECT * FROM committed_events('tombstones');

-- Every committed mention row with its run's commit time (duplicates kept: which run wrote a
-- derivation last decides which derivation the views use). Files written before mention events
-- carried `alias_version` and `language` read them as NULL.
CREATE OR REPLACE VIEW mention_log AS
SELECT e.*, c.committed_at
FROM (
    SELECT * FROM read_parquet(
        getvariable('newsledger_root') || '/events/entity_mentions/**/*.parquet',
        union_by_name = true)
    UNION ALL BY NAME
    SELECT NULL::VARCHAR AS alias_version, NULL::VARCHAR AS language,
           NULL::VARCHAR AS derivation_key WHERE false
) AS e
JOIN committed_runs AS c USING (run_id);

CREATE OR REPLACE VIEW mention_events AS
SELECT * EXCLUDE (committed_at) FROM mention_log
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY run_id) = 1;

-- Which derivation of each article version's entities counts: mention events are tagged with
-- their derivation key (resolver code, spaCy model, alias table), and the derivation most
-- recently committed wins. `newsledger renormalize` appends a derivation with the current
-- code, model and table; nothing is rewritten.
CREATE OR REPLACE VIEW mention_derivations AS
SELECT article_id, content_hash, derivation_key, derived_at
FROM (
    SELECT article_id, content_hash,
           coalesce(derivation_key, 'aliases=' || alias_version, '') AS derivation_key,
           max(committed_at) AS derived_at
    FROM mention_log
    GROUP BY ALL
)
QUALIFY row_number() OVER (
    PARTITION BY article_id, content_hash ORDER BY derived_at DESC, derivation_key DESC
) = 1;

CREATE OR REPLACE VIEW failures AS
SELECT * FROM committed_events('failures');

CREATE OR REPLACE VIEW captures AS
SELECT *
FROM read_parquet(getvariable('newsledger_root') || '/events/captures/**/*.parquet',
                  union_by_name = true)
WHERE run_id IN (SELECT run_id FROM committed_runs)
QUALIFY row_number() OVER (PARTITION BY capture_id ORDER BY run_id) = 1;

-- Every alias the warehouse knows for an entity: the alias-table snapshots written by runs,
-- plus every surface form actually seen in an article.
CREATE OR REPLACE VIEW entity_aliases AS
SELECT DISTINCT entity_id, alias, nl_fold(alias) AS alias_key
FROM (
    SELECT entity_id, alias
    FROM read_parquet(getvariable('newsledger_root') || '/reference/entity_aliases*.parquet',
                      union_by_name = true)
    UNION ALL
    SELECT entity_id, entity_name FROM mention_events
    UNION ALL
    SELECT entity_id, unnest(mentions) FROM mention_events
);

-- One row per distinct version: an observation whose content hash differs from the previous
-- observation of the same article. Version numbers are derived here, ordered by observed_at.
CREATE OR REPLACE VIEW article_versions AS
WITH ordered AS (
    SELECT *,
           lag(content_hash) OVER (PARTITION BY article_id ORDER BY observed_at, event_id)
               AS previous_hash
    FROM version_events
), changed AS (
    SELECT * EXCLUDE (previous_hash) FROM ordered
    WHERE previous_hash IS DISTINCT FROM content_hash
)
SELECT article_id, url, canonical_url,
       row_number() OVER (PARTITION BY article_id ORDER BY observed_at, event_id) AS version,
       content_hash, title, body, authors, language,
       published_at, updated_at, observed_at,
       dateline_text, dateline_place, dateline_country, dateline_agency,
       source_id, run_id,
       declared_canonical, seo_title, dateline_place_id, dateline_country_inferred,
       published_precision, published_provenance, published_text, published_confidence,
       published_utc_offset_minutes,
       updated_precision, updated_provenance, updated_text, updated_confidence,
       updated_utc_offset_minutes,
       capture_id, derivation_key, event_id
FROM changed;

-- The corpus as it was known at transaction time `ts`: the latest version observed by then,
-- minus articles whose newest event by then is a tombstone.
CREATE OR REPLACE MACRO articles_as_of(ts) AS TABLE
WITH latest AS (
    SELECT * FROM article_versions
    WHERE observed_at <= ts::TIMESTAMPTZ
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
), deleted AS (
    SELECT article_id, max(observed_at) AS deleted_at
    FROM tombstone_events
    WHERE observed_at <= ts::TIMESTAMPTZ
    GROUP BY article_id
)
SELECT latest.* FROM latest
LEFT JOIN deleted USING (article_id)
WHERE deleted.deleted_at IS NULL OR deleted.deleted_at < latest.observed_at;

-- The latest version of every live article.
CREATE OR REPLACE VIEW articles AS
SELECT * FROM articles_as_of('infinity'::TIMESTAMPTZ);

-- One row per canonical entity per article version, from its newest derivation only.
CREATE OR REPLACE VIEW entity_mentions AS
SELECT m.entity_id, m.entity_name, m.entity_type,
       v.article_id, v.version, m.mentions, m.mention_count, m.roles,
       v.published_at, v.observed_at, v.url, v.title, m.alias_version, d.derivation_key
FROM mention_events AS m
JOIN mention_derivations AS d
  ON d.article_id = m.article_id AND d.content_hash = m.content_hash
 AND d.derivation_key = coalesce(m.derivation_key, 'aliases=' || m.alias_version, '')
JOIN article_versions AS v ON v.article_id = m.article_id AND v.content_hash = m.content_hash;

-- Resolve a user's name for an entity (its id, its canonical name or any alias) to ids.
CREATE OR REPLACE MACRO entity_ids(entity) AS TABLE
SELECT DISTINCT entity_id FROM entity_aliases
WHERE entity_id = entity OR alias_key = nl_fold(entity);

-- Articles and mentions of one entity per day|week|month of publication (falling back to the
-- observation time when a page states no date). Each article counts once, with its latest
-- version that mentions the entity.
CREATE OR REPLACE MACRO entity_timeline(entity, bucket) AS TABLE
WITH hits AS (
    SELECT article_id, coalesce(published_at, observed_at) AS happened_at, mention_count
    FROM entity_mentions
    WHERE entity_id IN (SELECT entity_id FROM entity_ids(entity))
    QUALIFY row_number() OVER (PARTITION BY article_id, entity_id ORDER BY version DESC) = 1
)
SELECT date_trunc(bucket, timezone('UTC', happened_at))::DATE AS bucket_start,
       count(DISTINCT article_id) AS articles,
       sum(mention_count)::BIGINT AS mentions
FROM hits
GROUP BY ALL
ORDER BY bucket_start;

-- Which entities appear in the same article versions as one entity (id or any alias), per
-- day|week|month: each other entity with the number of distinct articles it shares with it.
CREATE OR REPLACE MACRO co_mentions(entity, bucket) AS TABLE
WITH target_ids AS (
    SELECT entity_id FROM entity_ids(entity)
), target AS (
    SELECT DISTINCT article_id, version, coalesce(published_at, observed_at) AS happened_at
    FROM entity_mentions
    WHERE entity_id IN (SELECT entity_id FROM target_ids)
)
SELECT date_trunc(bucket, timezone('UTC', t.happened_at))::DATE AS bucket_start,
       m.entity_id,
       arg_max(m.entity_name, m.observed_at) AS entity_name,
       count(DISTINCT m.article_id) AS articles
FROM target AS t
JOIN entity_mentions AS m USING (article_id, version)
WHERE m.entity_id NOT IN (SELECT entity_id FROM target_ids)
GROUP BY ALL
ORDER BY bucket_start, articles DESC, m.entity_id;

-- Every version of one article (by URL or canonical URL) with what changed from the one before.
CREATE OR REPLACE MACRO article_history(page_url) AS TABLE
WITH versions AS (
    SELECT * FROM article_versions
    WHERE article_id IN (
        SELECT article_id FROM version_events WHERE url = page_url OR canonical_url = page_url
    )
), compared AS (
    SELECT *,
           lag(title) OVER w AS prev_title, lag(body) OVER w AS prev_body,
           lag(authors) OVER w AS prev_authors, lag(updated_at) OVER w AS prev_updated_at,
           lag(published_at) OVER w AS prev_published_at,
           lag(dateline_text) OVER w AS prev_dateline
    FROM versions
    WINDOW w AS (PARTITION BY article_id ORDER BY version)
)
SELECT version, observed_at, run_id, title, published_at, updated_at, content_hash,
       CASE WHEN version = 1 THEN ['first seen'] ELSE list_filter([
           CASE WHEN title IS DISTINCT FROM prev_title THEN 'title' END,
           CASE WHEN body IS DISTINCT FROM prev_body THEN 'body' END,
           CASE WHEN authors IS DISTINCT FROM prev_authors THEN 'authors' END,
           CASE WHEN updated_at IS DISTINCT FROM prev_updated_at THEN 'updated_at' END,
           CASE WHEN published_at IS DISTINCT FROM prev_published_at THEN 'published_at' END,
           CASE WHEN dateline_text IS DISTINCT FROM prev_dateline THEN 'dateline' END
       ], lambda x: x IS NOT NULL) END AS changed,
       length(body) - coalesce(length(prev_body), 0) AS body_chars_delta,
       url, canonical_url, article_id
FROM compared
ORDER BY version;

-- Tombstones as a user sees them: which article went, when, and with what status.
CREATE OR REPLACE VIEW tombstones AS
SELECT article_id, url, status, source_id, observed_at, run_id FROM tombstone_events;

-- Looks at a URL that made no version (issue 3): 304s, identical bodies, unchanged content,
-- and the feeds/sitemaps discovery read. They carry the validators for the next conditional GET.
CREATE OR REPLACE VIEW observations AS
SELECT * FROM committed_events('observations');

-- Per run and source: discovered, fetched, not modified, failed by reason, new versions, and
-- whether the source has gone quiet for longer than its usual rhythm. Newest run first.
CREATE OR REPLACE VIEW source_health AS
SELECT h.source_id, h.run_id, h.observed_at, h.discovered, h.new_urls, h.rechecked,
       h.skipped_by_tier, h.fetched, h.not_modified, h.unchanged, h.new_versions, h.deleted,
       h.failed, h.failed_reasons, h.last_new_item_at, h.usual_gap_hours, h.stale
FROM read_parquet(getvariable('newsledger_root') || '/events/source_health/**/*.parquet',
                  union_by_name = true) AS h
WHERE h.run_id IN (SELECT run_id FROM committed_runs)
QUALIFY row_number() OVER (PARTITION BY h.event_id ORDER BY h.run_id) = 1
ORDER BY h.observed_at DESC, h.source_id;
