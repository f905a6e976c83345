import type { MigrationInterface, QueryRunner } from 'typeorm';

// A pending invitation can be withdrawn by whoever may invite into its zone (a wrong address, a
// colleague who left): its link then says so instead of working. Kept as a record, as accepted ones.
export class InvitationRevoked1799600000000 implements MigrationInterface {
  name = 'InvitationRevoked1799600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_invitation" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "account_invitation" ADD "revoked_by_id" uuid REFERENCES "app_user"("id") ON DELETE SET NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_invitation" DROP COLUMN "revoked_by_id"`);
    await queryRunner.query(`ALTER TABLE "account_invitation" DROP COLUMN "revoked_at"`);
  }
}
