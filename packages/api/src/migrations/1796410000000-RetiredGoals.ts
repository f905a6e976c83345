import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Goals are retired instead of deleted: kept for history and the actions that refer to them, not offered for new ones. */
export class RetiredGoals1796410000000 implements MigrationInterface {
  name = 'RetiredGoals1796410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategic_goal" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "operational_goal" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "operational_goal" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "strategic_goal" DROP COLUMN "retired_at"`);
  }
}
