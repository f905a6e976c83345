import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every request adds one to its rate-limit counter: as an ordinary table that is a WAL record
// and a flushed commit per read. The counters need no durability (after a crash the window
// simply starts again), so the table is UNLOGGED: no WAL, no flush. Instances still share them,
// as they all write to the primary.

export class UnloggedRateLimits1795390000000 implements MigrationInterface {
  name = 'UnloggedRateLimits1795390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_bucket" SET UNLOGGED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_bucket" SET LOGGED`);
  }
}
