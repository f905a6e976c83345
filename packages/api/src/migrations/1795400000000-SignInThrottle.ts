import type { MigrationInterface, QueryRunner } from 'typeorm';

// Failed sign-ins per account and IP, per IP and per account (modules/auth/sign-in-throttle.ts).
// An ordinary (logged) table: a crash must not hand an attacker a fresh set of attempts, and
// sign-ins are rare next to reads.

export class SignInThrottle1795400000000 implements MigrationInterface {
  name = 'SignInThrottle1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("key" character varying(200) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "last_counted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, "known_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
  }
}
