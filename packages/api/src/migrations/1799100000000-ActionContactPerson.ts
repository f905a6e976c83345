import type { MigrationInterface, QueryRunner } from 'typeorm';

// The person to ask about an action (a member of one of its owner zones): modules/action/
// action-write.service.ts checks who may be chosen. A removed account leaves the action without one.
export class ActionContactPerson1799100000000 implements MigrationInterface {
  name = 'ActionContactPerson1799100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" ADD "contact_user_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_action_contact_user" ON "action" ("contact_user_id")`);
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_action_contact_user" FOREIGN KEY ("contact_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_action_contact_user"`);
    await queryRunner.query(`DROP INDEX "IDX_action_contact_user"`);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "contact_user_id"`);
  }
}
