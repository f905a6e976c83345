import type { MigrationInterface, QueryRunner } from 'typeorm';

// Search that finds: one search document per action over every text of its sheet and what it
// links to, kept current by triggers (a generated column cannot read other tables), plus the
// tables the query is built from: synonyms and abbreviations (applied with ts_rewrite, both
// ways), known compound parts (mantelzorg ↔ jonge mantelzorgers, personeelstekort ↔ tekort aan
// personeel) and the corpus's words (typo correction with pg_trgm). Everything lives in
// PostgreSQL tables, so it works on a managed PostgreSQL (no files in tsearch_data).

/** Abbreviations and other words with the same meaning in this domain: [term, full form], both ways unless marked one way (broader → narrower). */
const SYNONYMS: ([string, string] | [string, string, 'one way'])[] = [
  ['GBO', 'geïntegreerd breed onthaal'],
  ['GBO', 'breed onthaal'],
  ['ELP', 'eerstelijnspsychologische zorg'],
  ['ELP', 'eerstelijnspsycholoog'],
  ['ELP', 'eerstelijnspsychologische functie'],
  ['GGZ', 'geestelijke gezondheidszorg'],
  ['GGZ', 'geestelijke gezondheid'],
  ['GGZ', 'psychologische zorg', 'one way'],
  ['GGZ', 'ELP', 'one way'],
  ['GGZ', 'psycholoog', 'one way'],
  ['BO', 'bestuursorgaan'],
  ['AV', 'algemene vergadering'],
  ['DB', 'dagelijks bestuur'],
  ['PZON', 'persoon met een zorg- en ondersteuningsnood'],
  ['KBS', 'Koning Boudewijnstichting'],
  ['VAPH', 'Vlaams Agentschap voor Personen met een Handicap'],
  ['OCMW', 'openbaar centrum voor maatschappelijk welzijn'],
  ['CAW', 'centrum algemeen welzijnswerk'],
  ['LDC', 'lokaal dienstencentrum'],
  ['LDC', 'dienstencentrum'],
  ['WZC', 'woonzorgcentrum'],
  ['DMW', 'dienst maatschappelijk werk'],
  ['MDO', 'multidisciplinair overleg'],
  ['ELZ', 'eerstelijnszone'],
  ['HR', 'personeelsbeleid'],
  ['VIVEL', 'Vlaams Instituut voor de Eerste Lijn'],
  ['CGG', 'centrum geestelijke gezondheidszorg'],
  ['HVK', 'huis van het kind'],
  ['VPK', 'verpleegkundige'],
  ['thuisvpk', 'thuisverpleging'],
  ['kine', 'kinesitherapeut'],
  ['kinesist', 'kinesitherapeut'],
  ['kine', 'kinesist'],
  ['apotheker', 'apotheek'],
  ['senioren', 'ouderen'],
  ['jeugd', 'jongeren'],
  ['eenzaamheid', 'vereenzaming'],
  ['eenzaamheid', 'isolement'],
];

/** Heads and modifiers of Dutch compounds common in this domain (found anywhere inside a longer word). */
const COMPOUND_PARTS = [
  'mantelzorg',
  'personeel',
  'tekort',
  'psycholog',
  'eerstelijn',
  'welzijn',
  'gezondheid',
  'vereniging',
  'patiënt',
  'groep',
  'aanbod',
  'school',
  'buurt',
  'netwerk',
  'event',
  'gesprek',
  'rondetafel',
  'campagne',
  'werving',
  'signaal',
  'bundel',
  'klacht',
  'procedure',
  'reglement',
  'vergadering',
  'bestuur',
  'orgaan',
  'beleid',
  'onthaal',
  'dienstencentr',
  'college',
  'schepen',
  'huisarts',
  'tandarts',
  'toolbox',
  'dementie',
  'armoede',
  'eenzaam',
  'traject',
  'opleiding',
  'nieuwsbrief',
  'kanaal',
  'communicatie',
  'vrijwillig',
  'jongere',
  'gezin',
  'sector',
  'trauma',
  'matrix',
  'delegatie',
  'borrel',
  'focus',
  'analyse',
  'omgeving',
  'klankbord',
  'preventie',
  'digi',
  'professional',
  'overleg',
  'werkgroep',
  'stuurgroep',
  'zorgraad',
  'zorgpad',
  'thuiszorg',
  'ouderen',
  'kinderen',
  'babbel',
  'wijzer',
  'helper',
  'doorverwijz',
  'ontmoeting',
  'vorming',
  'brochure',
  'website',
  'folder',
  'sensibilisering',
  'informatie',
];

/** The action's lists kept in tables of their own. */
const CHILD_TABLES = ['action_step', 'action_indicator', 'action_stakeholder', 'action_working_group', 'action_project'];

export class SearchDocument1796700000000 implements MigrationInterface {
  name = 'SearchDocument1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_synonym" ("id" serial PRIMARY KEY, "term" text NOT NULL, "full_form" text NOT NULL, "both_ways" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_search_synonym" UNIQUE ("term", "full_form"))`,
    );
    await queryRunner.query(`INSERT INTO "search_synonym" ("term", "full_form", "both_ways") SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])`, [
      SYNONYMS.map((s) => s[0]),
      SYNONYMS.map((s) => s[1]),
      SYNONYMS.map((s) => s[2] !== 'one way'),
    ]);
    // ts_rewrite's rules: each side of a synonym, as its words, becomes itself or any other side
    // of every synonym it belongs to ("GBO" → either full form, a full form → "GBO"). A one-way
    // synonym (a broader term and a narrower one: GGZ → ELP) only rewrites its term.
    await queryRunner.query(`CREATE VIEW "search_synonym_rule" AS
      WITH sides AS (
        SELECT s.id, v.is_term, s.both_ways, plainto_tsquery('dutch', v.side) AS q
        FROM search_synonym s CROSS JOIN LATERAL (VALUES (s.term, true), (s.full_form, false)) v(side, is_term)
      ), groups AS (
        SELECT a.q AS target, b.q AS alternative FROM sides a
        JOIN sides b ON b.id IN (SELECT c.id FROM sides c WHERE c.q = a.q AND (c.both_ways OR c.is_term))
        WHERE numnode(a.q) > 0 AND numnode(b.q) > 0 AND (a.both_ways OR a.is_term)
      )
      SELECT target, string_agg(DISTINCT '(' || alternative::text || ')', ' | ')::tsquery AS substitute FROM groups GROUP BY target`);
    await queryRunner.query(`CREATE TABLE "search_compound_part" ("part" text PRIMARY KEY, "lexeme" text NOT NULL, "plain" text NOT NULL)`);
    await queryRunner.query(
      `INSERT INTO "search_compound_part" ("part", "lexeme", "plain")
      SELECT p, array_to_string(tsvector_to_array(to_tsvector('dutch', p)), ' '), translate(p, 'äëïöüéèê', 'aeioueee') FROM unnest($1::text[]) p`,
      [COMPOUND_PARTS],
    );
    // The lexemes of every search document, to correct a query word that finds nothing.
    await queryRunner.query(`CREATE TABLE "search_word" ("word" text PRIMARY KEY)`);
    await queryRunner.query(`CREATE INDEX "IDX_search_word_trgm" ON "search_word" USING gin ("word" gin_trgm_ops)`);

    // The known compound parts inside a text's words, as a text to index next to it.
    // One regular expression over the text's distinct words (longest parts first): a join of
    // words and parts with LIKE cost five times as much on the synthetic data set.
    await queryRunner.query(`CREATE FUNCTION search_compound_parts(value text) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT coalesce(string_agg(m[1], ' '), '')
      FROM (SELECT DISTINCT w FROM regexp_split_to_table(lower(coalesce(value, '')), '[^a-z0-9à-ÿ]+') w WHERE length(w) > 4) words
      CROSS JOIN (SELECT '(' || string_agg(part, '|' ORDER BY length(part) DESC, part) || ')' AS pattern FROM search_compound_part) p
      CROSS JOIN LATERAL regexp_matches(words.w, p.pattern, 'g') m
      WHERE m[1] <> words.w
    $$`);
    await queryRunner.query(`CREATE FUNCTION search_vector(value text, weight "char") RETURNS tsvector LANGUAGE sql STABLE AS $$
      SELECT setweight(to_tsvector('dutch', coalesce(value, '')) || to_tsvector('dutch', search_compound_parts(value)), weight)
    $$`);

    await queryRunner.query(`CREATE TABLE "action_search" (
      "action_id" uuid PRIMARY KEY REFERENCES "action"("id") ON DELETE CASCADE,
      "document" tsvector NOT NULL,
      "body" text NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_action_search_document" ON "action_search" USING gin ("document")`);
    // Title (A); what, why, scope and target groups (B); steps, indicators, lead, stakeholders,
    // goals, working groups and projects (C); notes and the rest (D). The body is the text a
    // snippet is cut from (no « or », the snippet's own markers).
    await queryRunner.query(`CREATE FUNCTION action_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      WITH src AS (
        SELECT a.id, a.title AS a_text,
          concat_ws(E'\\n', a.what, a.why, array_to_string(a.in_scope, E'\\n'), array_to_string(a.target_groups, E'\\n')) AS b_text,
          concat_ws(E'\\n',
            (SELECT string_agg(st.text, E'\\n' ORDER BY st.position) FROM action_step st WHERE st.action_id = a.id),
            (SELECT string_agg(i.name, E'\\n' ORDER BY i.position) FROM action_indicator i WHERE i.action_id = a.id),
            a.lead_text, lz.name, lp.name, lw.name, array_to_string(a.stakeholders_other, E'\\n'),
            (SELECT string_agg(pa.name, E'\\n') FROM action_stakeholder sp JOIN partner pa ON pa.id = sp.partner_id WHERE sp.action_id = a.id),
            (SELECT string_agg(w.name, E'\\n') FROM action_working_group aw JOIN working_group w ON w.id = aw.working_group_id WHERE aw.action_id = a.id),
            (SELECT string_agg(pr.name, E'\\n') FROM action_project ap JOIN project pr ON pr.id = ap.project_id WHERE ap.action_id = a.id),
            og.title, sg.title) AS c_text,
          concat_ws(E'\\n', a.notes, a.council_role, array_to_string(a.out_of_scope, E'\\n'), a.evaluation_process_text, a.evaluation_output_text,
            a.evaluation_outcome_text, a.funding_remark, array_to_string(a.link_notes, E'\\n'), array_to_string(a.communication_channels, E'\\n')) AS d_text
        FROM action a
        LEFT JOIN zone lz ON lz.id = a.lead_zone_id
        LEFT JOIN partner lp ON lp.id = a.lead_partner_id
        LEFT JOIN working_group lw ON lw.id = a.lead_working_group_id
        LEFT JOIN operational_goal og ON og.id = a.operational_goal_id
        LEFT JOIN strategic_goal sg ON sg.id = coalesce(a.strategic_goal_id, og.strategic_goal_id)
        WHERE a.id = ANY(ids)
      ), saved AS (
        INSERT INTO action_search (action_id, document, body)
        SELECT id, search_vector(a_text, 'A') || search_vector(b_text, 'B') || search_vector(c_text, 'C') || search_vector(d_text, 'D'),
          translate(concat_ws(E'\\n', b_text, c_text, d_text), '«»', '""')
        FROM src
        ON CONFLICT (action_id) DO UPDATE SET document = EXCLUDED.document, body = EXCLUDED.body
        RETURNING document
      )
      INSERT INTO search_word (word) SELECT DISTINCT unnest(tsvector_to_array(document)) FROM saved ON CONFLICT DO NOTHING
    $$`);

    // Triggers: the action's own texts, its lists in other tables, and the names it shows mark
    // the action as pending; its document is rewritten once, when the transaction commits (a
    // deferred trigger), however many statements touched it: a bulk insert of an action with
    // its steps, indicators and links costs one refresh, not one per table or row.
    await queryRunner.query(`CREATE TABLE "action_search_pending" ("action_id" uuid PRIMARY KEY)`);
    await queryRunner.query(`CREATE FUNCTION action_search_mark(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO action_search_pending (action_id) SELECT DISTINCT id FROM unnest(ids) id WHERE id IS NOT NULL ON CONFLICT DO NOTHING
    $$`);
    await queryRunner.query(`CREATE FUNCTION action_search_flush() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        -- The first firing at commit refreshes every pending action; the others find none left.
        WITH done AS (DELETE FROM action_search_pending RETURNING action_id) SELECT array_agg(action_id) INTO ids FROM done;
        IF ids IS NOT NULL THEN PERFORM action_search_refresh(ids); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER action_search_flush AFTER INSERT ON "action_search_pending" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION action_search_flush()`,
    );
    await queryRunner.query(`CREATE FUNCTION action_search_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'action' THEN
          PERFORM action_search_mark(ARRAY(SELECT id FROM changed));
        ELSE
          PERFORM action_search_mark(ARRAY(SELECT action_id FROM changed));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION action_search_on_moved_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM action_search_mark(ARRAY(SELECT action_id FROM changed UNION SELECT action_id FROM previous));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION action_search_on_action() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM action_search_mark(ARRAY[NEW.id]); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER action_search_insert AFTER INSERT ON "action" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION action_search_on_rows()`);
    // Per row: an UPDATE trigger with a column list cannot have transition tables.
    await queryRunner.query(`CREATE TRIGGER action_search_update AFTER UPDATE OF title, what, why, in_scope, out_of_scope, target_groups, lead_text,
      lead_zone_id, lead_partner_id, lead_working_group_id, council_role, stakeholders_other, evaluation_process_text, evaluation_output_text,
      evaluation_outcome_text, funding_remark, link_notes, communication_channels, notes, operational_goal_id, strategic_goal_id
      ON "action" FOR EACH ROW EXECUTE FUNCTION action_search_on_action()`);
    for (const table of CHILD_TABLES) {
      await queryRunner.query(`CREATE TRIGGER action_search_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION action_search_on_rows()`);
      await queryRunner.query(`CREATE TRIGGER action_search_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION action_search_on_rows()`);
      await queryRunner.query(
        `CREATE TRIGGER action_search_update AFTER UPDATE ON "${table}" REFERENCING NEW TABLE AS changed OLD TABLE AS previous FOR EACH STATEMENT EXECUTE FUNCTION action_search_on_moved_rows()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION action_search_on_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM action_search_mark(CASE TG_TABLE_NAME
          WHEN 'operational_goal' THEN ARRAY(SELECT id FROM action WHERE operational_goal_id = NEW.id)
          WHEN 'strategic_goal' THEN ARRAY(SELECT a.id FROM action a LEFT JOIN operational_goal og ON og.id = a.operational_goal_id WHERE coalesce(a.strategic_goal_id, og.strategic_goal_id) = NEW.id)
          WHEN 'working_group' THEN ARRAY(SELECT action_id FROM action_working_group WHERE working_group_id = NEW.id UNION SELECT id FROM action WHERE lead_working_group_id = NEW.id)
          WHEN 'project' THEN ARRAY(SELECT action_id FROM action_project WHERE project_id = NEW.id)
          WHEN 'partner' THEN ARRAY(SELECT action_id FROM action_stakeholder WHERE partner_id = NEW.id UNION SELECT id FROM action WHERE lead_partner_id = NEW.id)
          WHEN 'zone' THEN ARRAY(SELECT id FROM action WHERE lead_zone_id = NEW.id)
        END);
        RETURN NULL;
      END $$`);
    for (const [table, column] of [
      ['operational_goal', 'title'],
      ['strategic_goal', 'title'],
      ['working_group', 'name'],
      ['project', 'name'],
      ['partner', 'name'],
      ['zone', 'name'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER action_search_name AFTER UPDATE OF "${column}" ON "${table}" FOR EACH ROW WHEN (OLD."${column}" IS DISTINCT FROM NEW."${column}") EXECUTE FUNCTION action_search_on_name()`,
      );
    }

    // The query a user's text becomes: every word (AND) and, for a fallback, any word (OR).
    // Per word: Dutch stem; a word no document holds is corrected to the most similar corpus
    // word (pg_trgm); synonyms both ways (ts_rewrite); the known compound parts inside a word
    // as an alternative; the word still being typed (no space after it) also as a prefix.
    await queryRunner.query(`CREATE FUNCTION search_queries(input text, OUT every_word tsquery, OUT any_word tsquery, OUT any_exact_word tsquery) LANGUAGE plpgsql STABLE AS $$
      DECLARE
        words text[] := ARRAY(SELECT w FROM regexp_split_to_table(lower(coalesce(input, '')), '[^a-z0-9à-ÿ]+') w WHERE w <> '');
        n int := coalesce(array_length(words, 1), 0);
        typing boolean := coalesce(input, '') !~ '\\s$';
        lexemes text[] := '{}';
        last_lexeme text;
        last_word text;
        lex text;
        expansion text;
        exact text;
        query text;
        exact_query text;
      BEGIN
        FOR i IN 1 .. n LOOP
          lex := (SELECT u.lexeme FROM unnest(to_tsvector('dutch', words[i])) u LIMIT 1);
          CONTINUE WHEN lex IS NULL; -- a stop word
          IF length(lex) >= 5 AND NOT EXISTS (SELECT 1 FROM search_word WHERE word = lex)
            AND NOT EXISTS (SELECT 1 FROM search_synonym_rule r WHERE r.substitute @> quote_literal(lex)::tsquery)
            AND NOT (typing AND i = n AND EXISTS (SELECT 1 FROM search_word WHERE word LIKE replace(replace(lex, '_', '\\_'), '%', '\\%') || '%')) THEN
            lex := coalesce((SELECT word FROM search_word WHERE word % lex AND similarity(word, lex) >= 0.4 ORDER BY similarity(word, lex) DESC, word LIMIT 1), lex);
          END IF;
          lexemes := lexemes || lex;
          IF i = n AND typing AND length(words[i]) >= 3 THEN last_lexeme := lex; last_word := words[i]; END IF;
        END LOOP;
        IF cardinality(lexemes) = 0 THEN RETURN; END IF;
        query := ts_rewrite(array_to_string(ARRAY(SELECT quote_literal(l) FROM unnest(lexemes) l), ' & ')::tsquery,
          'SELECT target, substitute FROM search_synonym_rule')::text;
        -- Mark each lexeme once, then expand the marks (expansions are not expanded again).
        query := regexp_replace(query, '''([^'']+)''', '{\\1}', 'g');
        exact_query := query;
        FOR lex IN SELECT DISTINCT m[1] FROM regexp_matches(query, '\\{([^}]+)\\}', 'g') m LOOP
          exact := quote_literal(lex);
          IF lex = last_lexeme AND NOT EXISTS (SELECT 1 FROM search_synonym_rule r WHERE r.target = quote_literal(lex)::tsquery) THEN
            exact := exact || ' | ' || quote_literal(lex) || ':* | ' || quote_literal(last_word) || ':*';
          END IF;
          expansion := exact || coalesce((SELECT ' | (' || string_agg(DISTINCT quote_literal(p.lexeme), ' & ') || ')' FROM search_compound_part p
            WHERE p.lexeme <> '' AND p.lexeme <> lex AND (lex LIKE p.plain || '%' OR lex LIKE p.lexeme || '%'
              OR (length(p.plain) >= 5 AND (strpos(lex, p.plain) > 1 OR strpos(lex, p.lexeme) > 1)))), '');
          query := replace(query, '{' || lex || '}', '(' || expansion || ')');
          exact_query := replace(exact_query, '{' || lex || '}', '(' || exact || ')');
        END LOOP;
        every_word := query::tsquery;
        any_word := replace(query, '&', '|')::tsquery;
        -- For ranking: the words as typed (and their synonyms), without compound parts, which
        -- find more but say less ("bestuursorgaan" is not "besturen" and "orgaan").
        any_exact_word := replace(exact_query, '&', '|')::tsquery;
      END $$`);

    await queryRunner.query(`SELECT action_search_refresh(ARRAY(SELECT id FROM action))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_queries(text)`);
    for (const table of ['operational_goal', 'strategic_goal', 'working_group', 'project', 'partner', 'zone']) await queryRunner.query(`DROP TRIGGER action_search_name ON "${table}"`);
    for (const table of ['action', ...CHILD_TABLES]) {
      for (const trigger of ['action_search_insert', 'action_search_update', 'action_search_delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS ${trigger} ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION action_search_on_name()`);
    await queryRunner.query(`DROP FUNCTION action_search_on_action()`);
    await queryRunner.query(`DROP FUNCTION action_search_on_moved_rows()`);
    await queryRunner.query(`DROP FUNCTION action_search_on_rows()`);
    await queryRunner.query(`DROP TABLE "action_search_pending"`);
    await queryRunner.query(`DROP FUNCTION action_search_flush()`);
    await queryRunner.query(`DROP FUNCTION action_search_mark(uuid[])`);
    await queryRunner.query(`DROP FUNCTION action_search_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "action_search"`);
    await queryRunner.query(`DROP FUNCTION search_vector(text, "char")`);
    await queryRunner.query(`DROP FUNCTION search_compound_parts(text)`);
    await queryRunner.query(`DROP TABLE "search_word"`);
    await queryRunner.query(`DROP TABLE "search_compound_part"`);
    await queryRunner.query(`DROP VIEW "search_synonym_rule"`);
    await queryRunner.query(`DROP TABLE "search_synonym"`);
  }
}
