import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Search1795377164815 implements MigrationInterface {
  name = 'Search1795377164815';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM keeps generated columns' expressions in this table to diff them later.
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`);
    await queryRunner.query(
      `ALTER TABLE "action" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(what, '') || ' ' || coalesce(why, '')), 'B') || setweight(to_tsvector('dutch', coalesce(notes, '') || ' ' || coalesce(council_role, '')), 'C')) STORED`,
    );
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, [
      'public',
      'action',
      'GENERATED_COLUMN',
      'search_vector',
      "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(what, '') || ' ' || coalesce(why, '')), 'B') || setweight(to_tsvector('dutch', coalesce(notes, '') || ' ' || coalesce(council_role, '')), 'C')",
    ]);
    // Dutch full-text search over action sheets; trigram search on titles and partner names.
    await queryRunner.query(`CREATE INDEX "IDX_action_search_vector" ON "action" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_action_title_trgm" ON "action" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_partner_name_trgm" ON "partner" USING gin ("name" gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_partner_name_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_action_title_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_action_search_vector"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, [
      'GENERATED_COLUMN',
      'search_vector',
      'public',
      'action',
    ]);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "search_vector"`);
  }
}
