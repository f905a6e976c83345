import type { MigrationInterface, QueryRunner } from 'typeorm';

// The secrets of links mailed to people (modules/auth/account-links.service.ts): password resets
// and invitations to a zone. Only the SHA-256 of a link's secret is stored, so the database does
// not hold usable links; each is single-use (`used_at`/`accepted_at`) and expires.

export class AccountLinks1797000000000 implements MigrationInterface {
  name = 'AccountLinks1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "password_reset" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "token_hash" character varying(64) NOT NULL UNIQUE,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_password_reset_user" ON "password_reset" ("user_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "account_invitation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "email" character varying(320) NOT NULL,
        "zone_id" uuid NOT NULL REFERENCES "zone"("id") ON DELETE CASCADE,
        "role" "zone_role" NOT NULL,
        "token_hash" character varying(64) NOT NULL UNIQUE,
        "invited_by_id" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "accepted_by_id" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_account_invitation_zone" ON "account_invitation" ("zone_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_invitation"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
