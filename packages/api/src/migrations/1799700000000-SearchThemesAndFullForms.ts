import type { MigrationInterface, QueryRunner } from 'typeorm';

// Two things a sheet says that its search document did not hold:
// - its themes' names (C, with the goals and working groups): "digitale inclusie" finds the
//   actions filed under that theme whatever words their texts use;
// - the full forms of the abbreviations it uses (D, the lowest weight): a sheet that says "VAPH"
//   is found by "personen met een handicap", part of the full form, which the query-side synonym
//   (the whole full form ↔ the abbreviation) does not reach. Only both-way synonyms: a one-way
//   one is a broader term, not a meaning of the sheet's word.
// The body a snippet is cut from says "Thema's: …." too, so a hit through a theme says why.

const refresh = (withThemes: boolean) => `CREATE OR REPLACE FUNCTION action_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
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
          ${withThemes ? `(SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM action_theme at JOIN theme t ON t.id = at.theme_id WHERE at.action_id = a.id)` : 'NULL::text'} AS themes,
          concat_ws(E'\\n', a.notes, a.council_role, array_to_string(a.out_of_scope, E'\\n'), a.evaluation_process_text, a.evaluation_output_text,
            a.evaluation_outcome_text, a.funding_remark, array_to_string(a.link_notes, E'\\n'), array_to_string(a.communication_channels, E'\\n')) AS d_text
        FROM action a
        LEFT JOIN zone lz ON lz.id = a.lead_zone_id
        LEFT JOIN partner lp ON lp.id = a.lead_partner_id
        LEFT JOIN working_group lw ON lw.id = a.lead_working_group_id
        LEFT JOIN operational_goal og ON og.id = a.operational_goal_id
        LEFT JOIN strategic_goal sg ON sg.id = coalesce(a.strategic_goal_id, og.strategic_goal_id)
        WHERE a.id = ANY(ids)
      ),${
        withThemes
          ? ` abbreviation AS MATERIALIZED ( -- each both-way synonym's term parsed once, not once per document
        SELECT full_form, plainto_tsquery('dutch', term) AS q FROM search_synonym WHERE both_ways AND numnode(plainto_tsquery('dutch', term)) > 0
      ),`
          : ''
      } docs AS MATERIALIZED ( -- each document built once, not once per synonym tested against it
        SELECT id, search_vector(a_text, 'A') || search_vector(b_text, 'B') || search_vector(concat_ws(E'\\n', c_text, themes), 'C') || search_vector(d_text, 'D') AS document,
          translate(concat_ws(E'\\n', b_text, c_text, 'Thema''s: ' || themes || '.', d_text), '«»', '""') AS body
        FROM src
      ), saved AS (
        INSERT INTO action_search (action_id, document, body)
        SELECT d.id, d.document${
          withThemes ? ` || coalesce((SELECT search_vector(string_agg(DISTINCT s.full_form, E'\\n'), 'D') FROM abbreviation s WHERE d.document @@ s.q), ''::tsvector)` : ''
        }, d.body
        FROM docs d
        ON CONFLICT (action_id) DO UPDATE SET document = EXCLUDED.document, body = EXCLUDED.body
        RETURNING document
      )
      INSERT INTO search_word (word) SELECT DISTINCT unnest(tsvector_to_array(document)) FROM saved ON CONFLICT DO NOTHING
    $$`;

const onName = (withThemes: boolean) => `CREATE OR REPLACE FUNCTION action_search_on_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM action_search_mark(CASE TG_TABLE_NAME
          WHEN 'operational_goal' THEN ARRAY(SELECT id FROM action WHERE operational_goal_id = NEW.id)
          WHEN 'strategic_goal' THEN ARRAY(SELECT a.id FROM action a LEFT JOIN operational_goal og ON og.id = a.operational_goal_id WHERE coalesce(a.strategic_goal_id, og.strategic_goal_id) = NEW.id)
          WHEN 'working_group' THEN ARRAY(SELECT action_id FROM action_working_group WHERE working_group_id = NEW.id UNION SELECT id FROM action WHERE lead_working_group_id = NEW.id)
          WHEN 'project' THEN ARRAY(SELECT action_id FROM action_project WHERE project_id = NEW.id)
          WHEN 'partner' THEN ARRAY(SELECT action_id FROM action_stakeholder WHERE partner_id = NEW.id UNION SELECT id FROM action WHERE lead_partner_id = NEW.id)
          WHEN 'zone' THEN ARRAY(SELECT id FROM action WHERE lead_zone_id = NEW.id)
          ${withThemes ? `WHEN 'theme' THEN ARRAY(SELECT action_id FROM action_theme WHERE theme_id = NEW.id)` : ''}
        END);
        RETURN NULL;
      END $$`;

export class SearchThemesAndFullForms1799700000000 implements MigrationInterface {
  name = 'SearchThemesAndFullForms1799700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(refresh(true));
    await queryRunner.query(onName(true));
    // An action's themes are a list in a table of their own, as its steps and links.
    await queryRunner.query(
      `CREATE TRIGGER action_search_insert AFTER INSERT ON "action_theme" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION action_search_on_rows()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER action_search_delete AFTER DELETE ON "action_theme" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION action_search_on_rows()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER action_search_update AFTER UPDATE ON "action_theme" REFERENCING NEW TABLE AS changed OLD TABLE AS previous FOR EACH STATEMENT EXECUTE FUNCTION action_search_on_moved_rows()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER action_search_name AFTER UPDATE OF "name" ON "theme" FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION action_search_on_name()`,
    );
    await queryRunner.query(`SELECT action_search_refresh(ARRAY(SELECT id FROM action))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER action_search_name ON "theme"`);
    for (const trigger of ['action_search_insert', 'action_search_update', 'action_search_delete']) await queryRunner.query(`DROP TRIGGER ${trigger} ON "action_theme"`);
    await queryRunner.query(onName(false));
    await queryRunner.query(refresh(false));
    await queryRunner.query(`SELECT action_search_refresh(ARRAY(SELECT id FROM action))`);
  }
}
