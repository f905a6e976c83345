import type { MigrationInterface, QueryRunner } from 'typeorm';

// "Gluren bij de buren" (modules/action/action-neighbours.sql.ts) reads each action's subject
// words from a stored, GIN-indexed vector instead of parsing every text on every request: title
// (weight A), what/why/in scope (B) and target groups (C). Its own column, so that changes to the
// search document do not move the neighbours. array_to_string is only STABLE in PostgreSQL; a
// generated column needs IMMUTABLE, which it is for text[].
// The same expression as ACTION_SUBJECT_EXPRESSION in action.entity.ts, frozen here.
const SUBJECT =
  "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(what, '') || ' ' || coalesce(why, '') || ' ' || kruispunt_join_texts(in_scope)), 'B') || setweight(to_tsvector('dutch', kruispunt_join_texts(target_groups)), 'C')";

export class Neighbours1796800000000 implements MigrationInterface {
  name = 'Neighbours1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION kruispunt_join_texts(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$`);
    await queryRunner.query(`ALTER TABLE "action" ADD "subject_vector" tsvector GENERATED ALWAYS AS (${SUBJECT}) STORED`);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, [
      'public',
      'action',
      'GENERATED_COLUMN',
      'subject_vector',
      SUBJECT,
    ]);
    await queryRunner.query(`CREATE INDEX "IDX_action_subject_vector" ON "action" USING gin ("subject_vector")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_action_subject_vector"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, [
      'GENERATED_COLUMN',
      'subject_vector',
      'public',
      'action',
    ]);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "subject_vector"`);
    await queryRunner.query(`DROP FUNCTION kruispunt_join_texts(text[])`);
  }
}
