import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every column is snake_case; this one slipped through in the initial migration.
export class SnakeCaseProgressStatus1795377300000 implements MigrationInterface {
  name = 'SnakeCaseProgressStatus1795377300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" RENAME COLUMN "progressStatus" TO "progress_status"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" RENAME COLUMN "progress_status" TO "progressStatus"`);
  }
}
