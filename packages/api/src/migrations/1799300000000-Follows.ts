import type { MigrationInterface, QueryRunner } from 'typeorm';

// "Volgen": a person follows an action, a working group or a project to be told of its changes
// (modules/notification/follow.ts). No foreign key to the followed row (three tables): a follow of
// a deleted item is removed with it by the services that delete, and harmless if left.
export class Follows1799300000000 implements MigrationInterface {
  name = 'Follows1799300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "follow" (
      "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "subject_type" character varying(20) NOT NULL,
      "subject_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      PRIMARY KEY ("user_id", "subject_id")
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_follow_subject" ON "follow" ("subject_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow"`);
  }
}
