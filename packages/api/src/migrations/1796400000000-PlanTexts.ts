import type { MigrationInterface, QueryRunner } from 'typeorm';

// The general texts belong to a plan, not to its zone: the 2026 plan must not say "2025 wordt het
// jaar…". Every existing plan starts from its zone's texts (reviewed: they are what the zone wrote).
export class PlanTexts1796400000000 implements MigrationInterface {
  name = 'PlanTexts1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_plan" ADD "intro_text" text`);
    await queryRunner.query(`ALTER TABLE "action_plan" ADD "target_groups_text" text`);
    await queryRunner.query(`ALTER TABLE "action_plan" ADD "network_text" text`);
    await queryRunner.query(`ALTER TABLE "action_plan" ADD "texts_proposed_from_year" smallint`);
    await queryRunner.query(
      `UPDATE "action_plan" p SET "intro_text" = z."intro_text", "target_groups_text" = z."target_groups_text", "network_text" = z."network_text" FROM "zone" z WHERE z."id" = p."zone_id"`,
    );
    await queryRunner.query(`ALTER TABLE "zone" DROP COLUMN "intro_text"`);
    await queryRunner.query(`ALTER TABLE "zone" DROP COLUMN "target_groups_text"`);
    await queryRunner.query(`ALTER TABLE "zone" DROP COLUMN "network_text"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zone" ADD "intro_text" text`);
    await queryRunner.query(`ALTER TABLE "zone" ADD "target_groups_text" text`);
    await queryRunner.query(`ALTER TABLE "zone" ADD "network_text" text`);
    // Back on the zone: the texts of its latest plan.
    await queryRunner.query(
      `UPDATE "zone" z SET "intro_text" = p."intro_text", "target_groups_text" = p."target_groups_text", "network_text" = p."network_text"
       FROM (SELECT DISTINCT ON ("zone_id") * FROM "action_plan" ORDER BY "zone_id", "year" DESC) p WHERE p."zone_id" = z."id"`,
    );
    await queryRunner.query(`ALTER TABLE "action_plan" DROP COLUMN "texts_proposed_from_year"`);
    await queryRunner.query(`ALTER TABLE "action_plan" DROP COLUMN "network_text"`);
    await queryRunner.query(`ALTER TABLE "action_plan" DROP COLUMN "target_groups_text"`);
    await queryRunner.query(`ALTER TABLE "action_plan" DROP COLUMN "intro_text"`);
  }
}
