import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sign-on through an OpenID Connect provider (modules/auth/single-sign-on.ts):
// - `sign_on_attempt`: a started sign-on (state, nonce, PKCE verifier, where to go back), read and
//   deleted once by the callback, whichever instance answers it; older than ten minutes is void.
// - `user_identity`: which account a provider's subject is (issuer + sub), so that a changed
//   e-mail address at the provider still signs in the same person.
export class SingleSignOn1799000000000 implements MigrationInterface {
  name = 'SingleSignOn1799000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_on_attempt" (
      "state" character varying(100) PRIMARY KEY,
      "nonce" character varying(100) NOT NULL,
      "code_verifier" character varying(200) NOT NULL,
      "return_to" character varying(500) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE TABLE "user_identity" (
      "issuer" character varying(500) NOT NULL,
      "subject" character varying(255) NOT NULL,
      "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      PRIMARY KEY ("issuer", "subject")
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_user_identity_user" ON "user_identity" ("user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_identity"`);
    await queryRunner.query(`DROP TABLE "sign_on_attempt"`);
  }
}
