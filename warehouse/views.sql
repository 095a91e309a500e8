-- newsledger views: the contract users query (DESIGN.md, "DuckDB views").
--
-- Plain SQL over a warehouse root, read two ways:
--   * by `newsledger` (warehouse.queries.connect: duckdb.connect() + this file), which reads
--     the commit markers once in Python and sets newsledger_root, newsledger_runs,
--     newsledger_files and newsledger_reference before running this file;
--   * from the duckdb CLI: set the root, then read this file (after the SET: `-init` would
--     run it first, before the root is known). It computes the same lists from the markers:
--       duckdb -cmd "SET VARIABLE newsledger_root = 'data'" -cmd ".read warehouse/views.sql"
-- Either way the lists are fixed when this file runs: the session sees the runs committed by
-- then, each one whole.
--
-- What is read: exactly the Parquet files commit markers name (commits/<run_id>.json), or the
-- compaction outputs that replaced them (compactions/*.json), minus quarantined files
-- (quarantine/*.json), plus each dataset's zero-row _schema.parquet. Nothing under events/ is
-- found by glob, so a killed run's (maybe truncated) files are never read, and a committed
-- file that is missing or damaged is an error naming it, never a silent loss of rows. The
-- root is a place, never a pattern: its `*`, `?` and `[` are escaped.
--
-- Three times: observed_at (the capture), recorded_at (the commit of the run that wrote the
-- row) and the page's own claims (published_at, updated_at). The *_as_of(ts) macros show what
-- was recorded at or before ts, with the derivations current then; the plain views are the
-- same macros as of 'infinity'.
--
-- This file sets the session time zone to UTC (timestamps print in UTC). The *_day columns do
-- not depend on it: they are computed in UTC whatever the session's zone is later set to.
SET TimeZone = 'UTC';

-- Paths ---------------------------------------------------------------------------------------

CREATE OR REPLACE MACRO nl_root() AS
    CASE WHEN getvariable('newsledger_root') IS NULL
         THEN error('newsledger: no warehouse root: SET VARIABLE newsledger_root = ''data'' '
                    || '(a directory or an s3:// URL) before reading views.sql')
         ELSE rtrim(getvariable('newsledger_root'), '/') END;

-- DuckDB reads every path it is given as a glob pattern: escape the pattern characters.
CREATE OR REPLACE MACRO nl_literal(path) AS regexp_replace(path, '([*?\[])', '[\1]', 'g');

-- A path relative to the root, as DuckDB must be given it.
CREATE OR REPLACE MACRO nl_path(relative) AS nl_literal(nl_root() || '/' || relative);

-- Names ---------------------------------------------------------------------------------------
-- nl_fold is tasks.entities.fold, exactly (tests/warehouse/test_fold.py checks both on every
-- alias of seeds/entities.csv, on names in many scripts and on every letter and digit of
-- Unicode): apostrophes unified; words are dotted initials ("U.S."), runs of letters and digits
-- with inner apostrophes ("Qa'ida"), or "&"; each word loses its accents and marks, is
-- case-folded, loses dots and a possessive "'s"; a leading "the" goes; words joined by spaces.

-- Case folding beyond lower(): the characters whose Unicode case fold differs from their
-- lowercase (sharp s, final sigma, long s, Cherokee, ligatures, ...). Generated from Python's
-- str.casefold over all of Unicode; test_fold.py fails if a character is missing. Most names
-- hold none of them: the class test first spares them the mapping.
CREATE OR REPLACE MACRO nl_casefold(s) AS
    CASE WHEN NOT regexp_matches(s, '[µßŉſςϐ-ϑϕ-ϖϰ-ϱϵևᏸ-ᏽᲀ-ᲈẚꭰ-ꮿﬀ-ﬆﬓ-ﬗ]') THEN s ELSE
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(translate(s,
              'µſςϐϑϕϖϰϱϵᏸᏹᏺᏻᏼᏽᲀᲁᲂᲃᲄᲅᲆᲇᲈꭰꭱꭲꭳꭴꭵꭶꭷꭸꭹꭺꭻꭼꭽꭾꭿꮀꮁꮂꮃꮄꮅꮆꮇꮈꮉꮊꮋꮌꮍꮎꮏꮐꮑꮒꮓꮔꮕꮖꮗꮘꮙꮚꮛꮜꮝꮞꮟꮠꮡꮢꮣꮤꮥꮦꮧꮨꮩꮪꮫꮬꮭꮮꮯꮰꮱꮲꮳꮴꮵꮶꮷꮸꮹꮺꮻꮼꮽꮾꮿ',
              'μsσβθφπκρεᏰᏱᏲᏳᏴᏵвдосттъѣꙋᎠᎡᎢᎣᎤᎥᎦᎧᎨᎩᎪᎫᎬᎭᎮᎯᎰᎱᎲᎳᎴᎵᎶᎷᎸᎹᎺᎻᎼᎽᎾᎿᏀᏁᏂᏃᏄᏅᏆᏇᏈᏉᏊᏋᏌᏍᏎᏏᏐᏑᏒᏓᏔᏕᏖᏗᏘᏙᏚᏛᏜᏝᏞᏟᏠᏡᏢᏣᏤᏥᏦᏧᏨᏩᏪᏫᏬᏭᏮᏯ')
    , 'ß', 'ss')
    , 'ŉ', 'ʼn')
    , 'և', 'եւ')
    , 'ẚ', 'aʾ')
    , 'ﬀ', 'ff')
    , 'ﬁ', 'fi')
    , 'ﬂ', 'fl')
    , 'ﬃ', 'ffi')
    , 'ﬄ', 'ffl')
    , 'ﬅ', 'st')
    , 'ﬆ', 'st')
    , 'ﬓ', 'մն')
    , 'ﬔ', 'մե')
    , 'ﬕ', 'մի')
    , 'ﬖ', 'վն')
    , 'ﬗ', 'մխ') END;

-- A word's key is a per-character mapping of the word (accents and marks stripped, case
-- folded), so the keys are computed once over the words joined by spaces, not word by word.
CREATE OR REPLACE MACRO nl_fold(name) AS
    regexp_replace(
        nfc_normalize(regexp_replace(
            replace(nl_casefold(lower(strip_accents(array_to_string(
                regexp_extract_all(
                    translate(name, '''‘’‚‛ʼʻʹ`´′＇', ''''''''''''''''''''''''''),
                    '(?:[\p{L}\p{Nl}\p{No}]\.){2,}|[\p{L}\p{N}]+(?:''[\p{L}\p{N}]+)*|&'),
                ' ')))), '.', ''),
            '''s( |$)', '\1', 'g')),
        '^the ', '');

-- Days ----------------------------------------------------------------------------------------
-- The calendar day a page states: a day-only date is stored at 00:00 UTC (its UTC date is the
-- day); a time with a stated offset falls on the local date there; else the UTC date.
CREATE OR REPLACE MACRO nl_stated_day(moment, moment_precision, offset_minutes) AS
    CASE WHEN moment IS NULL THEN NULL
         WHEN moment_precision IN ('day', 'month', 'year') OR offset_minutes IS NULL
             THEN timezone('UTC', moment)::DATE
         ELSE (timezone('UTC', moment) + to_minutes(offset_minutes))::DATE END;

-- The lists: what this session reads -------------------------------------------------------
-- From the duckdb CLI (the variables are unset), computed here from the markers, compaction
-- records and quarantine entries; a marker that cannot be read stops the session with its name.

CREATE OR REPLACE MACRO nl_listing(folder, wanted) AS
    CASE WHEN wanted THEN nl_literal(nl_root()) || '/' || folder || '/*.json' ELSE '' END;

SET VARIABLE newsledger_marker_paths = (
    SELECT coalesce(list(nl_literal(file) ORDER BY file), [])
    FROM glob(nl_listing('commits', getvariable('newsledger_runs') IS NULL)));

CREATE OR REPLACE MACRO nl_marker(filename, content) AS
    CASE WHEN NOT json_valid(content) OR json_type(content) <> 'OBJECT'
         THEN error('newsledger: damaged commit marker ' || filename || ': not a JSON object'
                    || ' (run `newsledger check`, with --quarantine to set it aside)')
         WHEN json_extract_string(content, '$.run_id') IS DISTINCT FROM
                  regexp_extract(filename, '([^/]*)\.json$', 1)
              OR TRY_CAST(json_extract_string(content, '$.committed_at') AS TIMESTAMPTZ) IS NULL
         THEN error('newsledger: damaged commit marker ' || filename || ': no run_id or time'
                    || ' (run `newsledger check`, with --quarantine to set it aside)')
         ELSE {'run_id': json_extract_string(content, '$.run_id'),
               'flow': json_extract_string(content, '$.flow'),
               'committed_at': json_extract_string(content, '$.committed_at')::TIMESTAMPTZ,
               'files': coalesce(from_json(json_extract(content, '$.files'), '["VARCHAR"]'),
                                 [])} END;

SET VARIABLE newsledger_markers = (
    SELECT list(nl_marker(filename, content))
    FROM read_text(getvariable('newsledger_marker_paths')));

SET VARIABLE newsledger_runs = coalesce(getvariable('newsledger_runs'), (
    SELECT coalesce(list({'run_id': m.run_id, 'flow': m.flow, 'committed_at': m.committed_at}),
                    [])
    FROM (SELECT unnest(getvariable('newsledger_markers')) AS m)));

SET VARIABLE newsledger_compaction_paths = (
    SELECT coalesce(list(nl_literal(file) ORDER BY file), [])
    FROM glob(nl_listing('compactions', getvariable('newsledger_files') IS NULL)));

SET VARIABLE newsledger_quarantine_paths = (
    SELECT coalesce(list(nl_literal(file) ORDER BY file), [])
    FROM glob(nl_listing('quarantine', getvariable('newsledger_files') IS NULL)));

CREATE OR REPLACE MACRO nl_record(filename, content) AS
    CASE WHEN json_valid(content) AND json_type(content) = 'OBJECT' THEN content::JSON
         ELSE error('newsledger: damaged record ' || filename || ' (run `newsledger check`)') END;

SET VARIABLE newsledger_files = coalesce(getvariable('newsledger_files'), (
    WITH merges AS (
        SELECT nl_record(filename, content) AS record
        FROM read_text(getvariable('newsledger_compaction_paths'))
    ), set_aside AS (
        SELECT json_extract_string(nl_record(filename, content), '$.file') AS file
        FROM read_text(getvariable('newsledger_quarantine_paths'))
    ), live AS (
        SELECT unnest(m.files) AS file FROM (SELECT unnest(getvariable('newsledger_markers')) AS m)
        UNION SELECT json_extract_string(record, '$.written') FROM merges
        EXCEPT SELECT unnest(from_json(json_extract(record, '$.replaced'), '["VARCHAR"]'))
               FROM merges
        EXCEPT SELECT file FROM set_aside
    )
    SELECT coalesce(list(file ORDER BY file), []) FROM live));

SET VARIABLE newsledger_reference = coalesce(getvariable('newsledger_reference'), (
    SELECT list(regexp_extract(file, '(reference/[^/]*)$', 1) ORDER BY file)
    FROM glob(nl_literal(nl_root()) || '/reference/entity_aliases-*.parquet')));

-- The Parquet files of one dataset: its schema file, then its live files.
CREATE OR REPLACE MACRO nl_files(dataset) AS
    list_transform(
        list_concat(['events/' || dataset || '/_schema.parquet'],
                    list_filter(getvariable('newsledger_files'),
                                lambda f: starts_with(f, 'events/' || dataset || '/'))),
        lambda f: nl_path(f));

-- Every run this session sees, with its commit time (what recorded_at is).
CREATE OR REPLACE VIEW committed_runs AS
SELECT r.run_id, r.flow, r.committed_at
FROM (SELECT unnest(getvariable('newsledger_runs')) AS r);

-- The logs: every committed row of a dataset with its recorded_at (duplicates kept) --------

-- Files of a dataset are read by column name, reconciled (a column an older file lacks reads as
-- NULL) unless `newsledger` found every one of them to have the current columns
-- (newsledger_uniform: warehouse.file_schemas), which spares DuckDB reconciling every file's
-- columns each time a query names the dataset. Unset (the duckdb CLI), always reconciled.
CREATE OR REPLACE MACRO nl_reconciled(dataset) AS
    NOT list_contains(coalesce(getvariable('newsledger_uniform'), []::VARCHAR[]), dataset);

CREATE OR REPLACE MACRO nl_log(dataset) AS TABLE
SELECT e.*, c.committed_at AS recorded_at
FROM read_parquet(nl_files(dataset), union_by_name = nl_reconciled(dataset)) AS e
JOIN committed_runs AS c USING (run_id);

-- Columns added after the first files were written read as NULL from older files.
CREATE OR REPLACE VIEW version_log AS
SELECT * FROM nl_log('article_versions')
UNION ALL BY NAME
SELECT NULL::VARCHAR AS declared_canonical, NULL::VARCHAR AS seo_title,
       NULL::DOUBLE AS published_confidence, NULL::BIGINT AS published_utc_offset_minutes,
       NULL::DOUBLE AS updated_confidence, NULL::BIGINT AS updated_utc_offset_minutes,
       NULL::BIGINT AS dateline_place_id, NULL::BOOLEAN AS dateline_country_inferred,
       NULL::VARCHAR AS derivation_key
WHERE false;

-- A mention's derivation: its derivation key (resolver, model, alias table); rows from before
-- derivation keys name their alias table, rows from before that share one empty key.
CREATE OR REPLACE VIEW mention_log AS
SELECT *, coalesce(derivation_key, 'aliases=' || alias_version, '') AS derivation
FROM (
    SELECT * FROM nl_log('entity_mentions')
    UNION ALL BY NAME
    SELECT NULL::VARCHAR AS alias_version, NULL::VARCHAR AS language,
           NULL::VARCHAR AS derivation_key
    WHERE false
);

CREATE OR REPLACE VIEW capture_log AS
SELECT * FROM nl_log('captures')
UNION ALL BY NAME
SELECT NULL::TIMESTAMPTZ AS listing_published WHERE false;

-- The committed events of one dataset, each event once, as first recorded.
CREATE OR REPLACE MACRO committed_events(dataset) AS TABLE
SELECT * FROM nl_log(dataset)
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY recorded_at, run_id) = 1;

-- Versions --------------------------------------------------------------------------------------
-- Every window below is partitioned by the keys a caller filters on (article_id, entity_id),
-- so a constant filter on them (a literal list, or one bound as a parameter) is pushed through
-- to the Parquet scans: one article's history or one entity's timeline then reads that
-- article's or entity's rows, not the whole log. (A list computed inside the same query is not
-- a constant: it is still right, only slower. `newsledger` computes the lists first.)

-- One derivation per raw capture: the newest committed at or before ts (when `replay`
-- re-derived a capture with newer code, the older derivation stays in the log, unused). A
-- capture's derivations may disagree on its article (a fixed canonical rule moves it): the
-- newest is found per capture, then its rows are kept, whatever article they name.
-- With `article_list` (article ids), only the captures that ever belonged to them are
-- decided: given as a constant or a bound parameter, the list becomes a filter at the scan.
-- With `article_from`/`article_to` (a range of article ids, [from, to)), only the rows of that
-- range are read and decided: right for every article none of whose captures was ever derived
-- into another article (`warehouse.stored` reads those apart, by `article_list`).
CREATE OR REPLACE MACRO version_events_as_of(
    ts, article_list := NULL, article_from := NULL, article_to := NULL
) AS TABLE
WITH candidates AS (
    SELECT * FROM version_log
    WHERE recorded_at <= ts::TIMESTAMPTZ
      AND (article_list IS NULL
           OR capture_id IN (SELECT capture_id FROM version_log
                             WHERE article_id IN (SELECT unnest(article_list))))
      AND (article_from IS NULL OR article_id >= article_from)
      AND (article_to IS NULL OR article_id < article_to)
), newest AS (
    SELECT capture_id, max({'at': recorded_at, 'run': run_id}) AS pick
    FROM candidates
    GROUP BY capture_id
)
SELECT v.* FROM candidates AS v
JOIN newest AS n ON n.capture_id = v.capture_id
                AND n.pick.at = v.recorded_at AND n.pick.run = v.run_id
QUALIFY row_number() OVER (PARTITION BY v.article_id, v.capture_id ORDER BY v.event_id) = 1;

CREATE OR REPLACE VIEW version_events AS
SELECT * FROM version_events_as_of('infinity');

-- One row per distinct version, as known at ts: an observation whose content hash differs
-- from the previous observation of the same article. Numbered by observed_at. With
-- `article_list`, the versions of those articles only (`article_from`/`article_to`: see
-- version_events_as_of).
CREATE OR REPLACE MACRO article_versions_as_of(
    ts, article_list := NULL, article_from := NULL, article_to := NULL
) AS TABLE
WITH ordered AS (
    SELECT *,
           lag(content_hash) OVER (PARTITION BY article_id ORDER BY observed_at, event_id)
               AS previous_hash
    FROM version_events_as_of(
        ts, article_list := article_list, article_from := article_from, article_to := article_to)
    WHERE article_list IS NULL OR article_id IN (SELECT unnest(article_list))
), changed AS (
    SELECT * EXCLUDE (previous_hash) FROM ordered
    WHERE previous_hash IS DISTINCT FROM content_hash
)
SELECT article_id, url, canonical_url,
       row_number() OVER (PARTITION BY article_id ORDER BY observed_at, event_id) AS version,
       content_hash, title, body, authors, language,
       published_at, updated_at, observed_at, recorded_at,
       nl_stated_day(published_at, published_precision, published_utc_offset_minutes)
           AS published_day,
       nl_stated_day(updated_at, updated_precision, updated_utc_offset_minutes) AS updated_day,
       dateline_text, dateline_place, dateline_country, dateline_agency,
       source_id, run_id,
       declared_canonical, seo_title, dateline_place_id, dateline_country_inferred,
       published_precision, published_provenance, published_text, published_confidence,
       published_utc_offset_minutes,
       updated_precision, updated_provenance, updated_text, updated_confidence,
       updated_utc_offset_minutes,
       capture_id, derivation_key, event_id
FROM changed;

CREATE OR REPLACE VIEW article_versions AS
SELECT * FROM article_versions_as_of('infinity');

-- The corpus as it was known at ts: the latest version of each article recorded by then, minus
-- articles whose latest look by then was a tombstone. With `article_list` (article ids), those
-- articles only (a constant or bound list becomes a filter at the scans, as above).
CREATE OR REPLACE MACRO articles_as_of(ts, article_list := NULL) AS TABLE
WITH latest AS (
    SELECT * FROM article_versions_as_of(ts, article_list := article_list)
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
), last_seen AS (
    SELECT article_id, max(observed_at) AS seen_at
    FROM version_events_as_of(ts, article_list := article_list)
    WHERE article_list IS NULL OR article_id IN (SELECT unnest(article_list))
    GROUP BY article_id
), deleted AS (
    SELECT article_id, max(observed_at) AS deleted_at
    FROM nl_log('tombstones')
    WHERE recorded_at <= ts::TIMESTAMPTZ
      AND (article_list IS NULL OR article_id IN (SELECT unnest(article_list)))
    GROUP BY article_id
)
SELECT latest.* FROM latest
JOIN last_seen USING (article_id)
LEFT JOIN deleted USING (article_id)
WHERE deleted.deleted_at IS NULL OR deleted.deleted_at < last_seen.seen_at;

CREATE OR REPLACE VIEW articles AS
SELECT * FROM articles_as_of('infinity');

-- Entities --------------------------------------------------------------------------------------

-- Every committed mention event (of every derivation), each once.
CREATE OR REPLACE VIEW mention_events AS
SELECT * EXCLUDE (derivation) FROM mention_log
QUALIFY row_number() OVER (
    PARTITION BY article_id, content_hash, entity_id, event_id ORDER BY recorded_at, run_id
) = 1;

-- One row per canonical entity per article version, as known at ts: of each article version's
-- entity derivations recorded by then, only the most recently committed one counts
-- (`renormalize` appends a derivation with the current code, model and table; re-committing an
-- older derivation makes it the newest again). With `entity_list` (entity ids) and/or
-- `article_list` (article ids), only the rows of those: given as constants (or bound parameters, as
-- `newsledger` gives them), the lists become filters at the Parquet scans, and derivations
-- and versions are read for those articles only.
CREATE OR REPLACE MACRO entity_mentions_as_of(
    ts, entity_list := NULL, article_list := NULL
) AS TABLE
WITH hits AS (
    SELECT * FROM mention_log
    WHERE recorded_at <= ts::TIMESTAMPTZ
      AND (entity_list IS NULL OR list_contains(entity_list, entity_id))
      AND (article_list IS NULL OR article_id IN (SELECT unnest(article_list)))
), derivations AS (
    SELECT article_id, content_hash, derivation, max(recorded_at) AS derived_at
    FROM mention_log
    WHERE recorded_at <= ts::TIMESTAMPTZ
      AND (entity_list IS NULL OR article_id IN (SELECT article_id FROM hits))
      AND (article_list IS NULL OR article_id IN (SELECT unnest(article_list)))
    GROUP BY article_id, content_hash, derivation
    QUALIFY row_number() OVER (
        PARTITION BY article_id, content_hash ORDER BY derived_at DESC, derivation DESC
    ) = 1
), current AS (
    SELECT hits.* FROM hits
    SEMI JOIN derivations USING (article_id, content_hash, derivation)
    QUALIFY row_number() OVER (
        PARTITION BY article_id, content_hash, entity_id, event_id ORDER BY recorded_at, run_id
    ) = 1
)
SELECT m.entity_id, m.entity_name, m.entity_type,
       v.article_id, v.version, m.mentions, m.mention_count, m.roles,
       v.published_at, v.published_day, v.observed_at, m.recorded_at,
       v.url, v.title, m.alias_version, m.derivation AS derivation_key
FROM current AS m
JOIN article_versions_as_of(ts, article_list := article_list) AS v
  ON v.article_id = m.article_id AND v.content_hash = m.content_hash;

CREATE OR REPLACE VIEW entity_mentions AS
SELECT * FROM entity_mentions_as_of('infinity');

-- The alias-table snapshots runs wrote (entity_id, alias): each alias stored folded, as the
-- table looks it up (tasks.entities `AliasTable.alias_rows`), so a name is found by its key
-- without folding the table again (which costs a quarter of a second per look-up).
CREATE OR REPLACE VIEW reference_aliases AS
SELECT DISTINCT entity_id, alias
FROM read_parquet(list_transform(getvariable('newsledger_reference'), lambda f: nl_path(f)),
                  union_by_name = true);

-- Every name the warehouse knows for an entity: the alias tables, plus every canonical name and
-- surface form actually seen in an article.
CREATE OR REPLACE VIEW entity_aliases AS
SELECT entity_id, alias, nl_fold(alias) AS alias_key
FROM (
    SELECT entity_id, alias FROM reference_aliases
    UNION
    SELECT entity_id, entity_name FROM mention_log
    UNION
    SELECT entity_id, unnest(mentions) FROM mention_log
);

-- Resolve a user's name for an entity to ids. First what is cheap to look up: the name as an
-- id, the alias tables, and the id an entity the alias table does not know gets from its name
-- (`nl:<type>:` + sha1 of the folded name, as tasks.entities.unknown_entity_id): the
-- candidates. Of those, the ids the log or the alias tables know. Only when none is known are
-- the names written in articles searched (every canonical name and surface form, folded: a
-- scan of every mention). Otherwise `gate` is empty, and DuckDB skips that scan (a semi join
-- whose build side is empty never reads its probe side).
CREATE OR REPLACE MACRO entity_candidates(entity) AS TABLE
WITH asked AS MATERIALIZED (
    SELECT name, nl_fold(name) AS key FROM (VALUES (entity)) AS given(name)
)
SELECT name AS entity_id FROM asked
UNION
SELECT r.entity_id FROM reference_aliases AS r
JOIN asked ON asked.key <> '' AND r.alias = asked.key
UNION
SELECT 'nl:' || kind || ':' || left(sha1(asked.key), 12)
FROM asked, (VALUES ('person'), ('org'), ('loc')) AS kinds(kind)
WHERE asked.key <> '';

-- The ids `entity` resolves to, given its candidates (a list; `newsledger` binds it, so the
-- look-up in the log reads the row groups of those ids only, in compacted files sorted by
-- entity).
CREATE OR REPLACE MACRO entity_ids_among(entity, candidates) AS TABLE
WITH asked AS MATERIALIZED (
    SELECT name, nl_fold(name) AS key FROM (VALUES (entity)) AS given(name)
), known AS MATERIALIZED (
    SELECT DISTINCT entity_id FROM mention_log
    WHERE entity_id IN (SELECT unnest(candidates))
    UNION
    SELECT entity_id FROM reference_aliases
    WHERE entity_id IN (SELECT unnest(candidates))
), gate AS MATERIALIZED (
    SELECT run_id FROM committed_runs WHERE NOT EXISTS (SELECT 1 FROM known)
), written AS (
    SELECT DISTINCT entity_id, alias FROM (
        SELECT entity_id, entity_name AS alias FROM mention_log
        WHERE run_id IN (SELECT run_id FROM gate)
        UNION ALL
        SELECT entity_id, unnest(mentions) FROM mention_log
        WHERE run_id IN (SELECT run_id FROM gate)
    )
)
SELECT entity_id FROM known
UNION
-- (the fold projected before the join: in a join condition, DuckDB's planner spends a tenth of
-- a second on the fold's expression even when `written` is empty)
SELECT w.entity_id FROM (SELECT entity_id, nl_fold(alias) AS key FROM written) AS w
JOIN asked ON asked.key <> '' AND w.key = asked.key;

CREATE OR REPLACE MACRO entity_ids(entity) AS TABLE
SELECT * FROM entity_ids_among(
    entity, (SELECT coalesce(list(entity_id), []) FROM entity_candidates(entity)));

-- Each article that mentions one of a list of entity ids, once per entity, with its latest
-- version that does (as of now, with the derivations current now): the day the page states
-- (else the day it was observed, in UTC) and the mention count. What timelines count.
-- Only narrow columns of the entity's rows, their articles' other derivations and their
-- articles' versions are read (never a body): with compacted files sorted by entity, the
-- entity's rows are a few row groups per partition. `article_list` only narrows what is read,
-- never what counts. `derivation_keys`, the derivation keys of the entity's rows when every
-- row has one, spares most of the other derivations: a derivation with a key is
-- deterministic, so every run that wrote key K for an article version wrote the entity's
-- row too, and only rows of other keys can be newer; when the entity's rows share one key,
-- rows of that key are never read (and row groups holding nothing else are skipped).
CREATE OR REPLACE MACRO entity_ids_latest(
    ids, article_list := NULL, derivation_keys := NULL
) AS TABLE
WITH hits AS MATERIALIZED (
    SELECT article_id, content_hash, entity_id, mention_count, derivation, recorded_at
    FROM mention_log
    WHERE entity_id IN (SELECT unnest(ids))
      AND (article_list IS NULL OR article_id IN (SELECT unnest(article_list)))
), rivals AS (
    SELECT article_id, content_hash, derivation, recorded_at
    FROM mention_log
    WHERE article_id IN (SELECT article_id FROM hits)
      AND (article_list IS NULL OR article_id IN (SELECT unnest(article_list)))
      AND (derivation_keys IS NULL OR len(derivation_keys) <> 1
           OR derivation_key IS NULL OR derivation_key <> derivation_keys[1])
), derivations AS (
    SELECT article_id, content_hash, derivation, max(recorded_at) AS derived_at
    FROM (SELECT article_id, content_hash, derivation, recorded_at FROM hits
          UNION ALL SELECT * FROM rivals)
    GROUP BY article_id, content_hash, derivation
    QUALIFY row_number() OVER (
        PARTITION BY article_id, content_hash ORDER BY derived_at DESC, derivation DESC
    ) = 1
), captures_read AS (
    SELECT capture_id FROM version_log WHERE article_id IN (SELECT article_id FROM hits)
), events AS (
    -- version_events_as_of('infinity') of those articles, in the columns counted here
    SELECT article_id, capture_id, content_hash, observed_at, event_id, recorded_at, run_id,
           nl_stated_day(published_at, published_precision, published_utc_offset_minutes)
               AS published_day
    FROM version_log
    WHERE capture_id IN (SELECT capture_id FROM captures_read)
), newest AS (
    SELECT capture_id, max({'at': recorded_at, 'run': run_id}) AS pick
    FROM events
    GROUP BY capture_id
), chosen AS (
    SELECT e.* FROM events AS e
    JOIN newest AS n ON n.capture_id = e.capture_id
                    AND n.pick.at = e.recorded_at AND n.pick.run = e.run_id
    WHERE e.article_id IN (SELECT article_id FROM hits)
    QUALIFY row_number() OVER (PARTITION BY e.article_id, e.capture_id ORDER BY e.event_id) = 1
), changed AS (
    -- article_versions_as_of: an observation whose content differs from the one before
    SELECT *, lag(content_hash) OVER (PARTITION BY article_id ORDER BY observed_at, event_id)
                  AS previous_hash
    FROM chosen
), versions AS (
    SELECT article_id, content_hash, observed_at, published_day,
           row_number() OVER (PARTITION BY article_id ORDER BY observed_at, event_id) AS version
    FROM changed
    WHERE previous_hash IS DISTINCT FROM content_hash
)
SELECT h.article_id, h.entity_id,
       arg_max(coalesce(v.published_day, timezone('UTC', v.observed_at)::DATE), v.version)
           AS day,
       arg_max(h.mention_count, v.version) AS mention_count
FROM hits AS h
SEMI JOIN derivations AS d USING (article_id, content_hash, derivation)
JOIN versions AS v USING (article_id, content_hash)
GROUP BY h.article_id, h.entity_id;

-- The timeline of a list of entity ids: articles and mentions per day|week|month, each article
-- counted once, with its latest version that mentions one of them (`entity_ids_latest`).
-- (`newsledger timeline` resolves the name first, then finds the articles that mention the
-- ids and their derivation keys, and passes the lists as parameters: they then reach the
-- Parquet scans.)
CREATE OR REPLACE MACRO entity_ids_timeline(
    ids, bucket, article_list := NULL, derivation_keys := NULL
) AS TABLE
SELECT date_trunc(bucket, day)::DATE AS bucket_start,
       count(DISTINCT article_id) AS articles,
       sum(mention_count)::BIGINT AS mentions
FROM entity_ids_latest(ids, article_list := article_list, derivation_keys := derivation_keys)
GROUP BY ALL
ORDER BY bucket_start;

-- One entity's timeline: `entity` is its id, its canonical name or any alias.
CREATE OR REPLACE MACRO entity_timeline(entity, bucket) AS TABLE
WITH resolved AS MATERIALIZED (
    SELECT coalesce(list(entity_id), []) AS ids FROM entity_ids(entity)
)
SELECT * FROM entity_ids_timeline((SELECT ids FROM resolved), bucket);

-- Which entities appear in the same article versions as the given ones, per day|week|month:
-- each other entity with the number of distinct articles it shares with them.
CREATE OR REPLACE MACRO entity_ids_co_mentions(ids, bucket, article_list := NULL) AS TABLE
WITH target AS MATERIALIZED (
    SELECT DISTINCT article_id, version,
           coalesce(published_day, timezone('UTC', observed_at)::DATE) AS day
    FROM entity_mentions_as_of('infinity', entity_list := ids, article_list := article_list)
), counted AS (
    SELECT date_trunc(bucket, t.day)::DATE AS bucket_start,
           m.entity_id,
           arg_max(m.entity_name, m.observed_at) AS entity_name,
           count(DISTINCT m.article_id) AS articles
    FROM target AS t
    JOIN entity_mentions_as_of('infinity', article_list := article_list) AS m
      USING (article_id, version)
    WHERE m.article_id IN (SELECT article_id FROM target)
      AND NOT list_contains(ids, m.entity_id)
    GROUP BY ALL
)
SELECT * FROM counted ORDER BY bucket_start, articles DESC, entity_id;

-- One entity's co-mentions: `entity` is its id, its canonical name or any alias.
CREATE OR REPLACE MACRO co_mentions(entity, bucket) AS TABLE
WITH resolved AS MATERIALIZED (
    SELECT coalesce(list(entity_id), []) AS ids FROM entity_ids(entity)
)
SELECT * FROM entity_ids_co_mentions((SELECT ids FROM resolved), bucket);

-- Every version of the given articles (a list of article ids) with what changed from the one
-- before. (`newsledger history` finds the ids of a URL first and binds them: see above.)
CREATE OR REPLACE MACRO article_ids_history(ids) AS TABLE
WITH versions AS (
    SELECT * FROM article_versions_as_of('infinity', article_list := ids)
), compared AS (
    SELECT *,
           lag(title) OVER w AS prev_title, lag(body) OVER w AS prev_body,
           lag(authors) OVER w AS prev_authors, lag(updated_at) OVER w AS prev_updated_at,
           lag(published_at) OVER w AS prev_published_at,
           lag(dateline_text) OVER w AS prev_dateline
    FROM versions
    WINDOW w AS (PARTITION BY article_id ORDER BY version)
)
SELECT version, observed_at, recorded_at, run_id, title, published_at, updated_at, content_hash,
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
ORDER BY article_id, version;

-- The articles a URL names (as fetched, or as its canonical URL, in any derivation).
CREATE OR REPLACE MACRO url_article_ids(page_url) AS
    (SELECT coalesce(list(DISTINCT article_id ORDER BY article_id), []) FROM version_log
     WHERE url = page_url OR canonical_url = page_url);

-- Every version of one article (by URL or canonical URL) with what changed from the one before.
CREATE OR REPLACE MACRO article_history(page_url) AS TABLE
SELECT * FROM article_ids_history(url_article_ids(page_url));

-- The other datasets -----------------------------------------------------------------------

-- Tombstones as a user sees them: which article went, when, and with what status.
CREATE OR REPLACE VIEW tombstone_events AS
SELECT * FROM committed_events('tombstones');

CREATE OR REPLACE VIEW tombstones AS
SELECT article_id, url, status, source_id, observed_at, recorded_at, run_id
FROM tombstone_events;

CREATE OR REPLACE VIEW failures AS
SELECT * FROM committed_events('failures');

-- Every raw capture kept in WARC, once (the first run that recorded it).
CREATE OR REPLACE VIEW captures AS
SELECT * FROM capture_log
QUALIFY row_number() OVER (PARTITION BY capture_id ORDER BY recorded_at, run_id) = 1;

-- Looks at a URL that made no version: 304s, identical bodies, unchanged content, and the
-- feeds/sitemaps discovery read. They carry the validators for the next conditional GET.
CREATE OR REPLACE VIEW observations AS
SELECT * FROM committed_events('observations');

-- Per run and source: discovered, fetched, not modified, failed by reason, new versions, and
-- whether the source has gone quiet for longer than its usual rhythm. Newest run first.
CREATE OR REPLACE VIEW source_health AS
SELECT source_id, run_id, observed_at, recorded_at, discovered, new_urls, rechecked,
       skipped_by_tier, fetched, not_modified, unchanged, new_versions, deleted,
       failed, failed_reasons, last_new_item_at, usual_gap_hours, stale
FROM committed_events('source_health')
ORDER BY observed_at DESC, source_id;
