import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts managed in the app (modules/admin): a contact address per zone and region (where
 * "Vraag om mee te trekken" writes to), and what a person needs to recognise their sessions
 * (device, address, last seen). A user created by an administrator has no password yet (an empty
 * hash, which never verifies) until they set one through the invitation or reset mail.
 */
export class Administration1797500000000 implements MigrationInterface {
  name = 'Administration1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zone" ADD "contact_email" character varying(320)`);
    await queryRunner.query(`ALTER TABLE "region" ADD "contact_email" character varying(320)`);
    await queryRunner.query(`ALTER TABLE "session" ADD "user_agent" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "session" ADD "ip" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "session" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "last_seen_at"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "ip"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "user_agent"`);
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "contact_email"`);
    await queryRunner.query(`ALTER TABLE "zone" DROP COLUMN "contact_email"`);
  }
}
