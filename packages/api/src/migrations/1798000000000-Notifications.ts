import type { MigrationInterface, QueryRunner } from 'typeorm';

// Remarks as conversations (replies, a resolution note) and the in-app notifications
// (docs/api.md, "Notifications"). A notification is written by the service that makes the event,
// in its transaction, one row per recipient. `emailed_at` stays null until a mail job has sent it
// (at once or in a daily digest): that job picks the unsent ones through the partial index.
export class Notifications1798000000000 implements MigrationInterface {
  name = 'Notifications1798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "remark" ADD "resolution_note" text`);
    await queryRunner.query(`CREATE TABLE "remark_reply" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "version" integer NOT NULL DEFAULT 1,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "remark_id" uuid NOT NULL,
      "author_id" uuid NOT NULL,
      "author_name" varchar(200) NOT NULL,
      "text" text NOT NULL,
      CONSTRAINT "PK_remark_reply" PRIMARY KEY ("id"),
      CONSTRAINT "FK_remark_reply_remark" FOREIGN KEY ("remark_id") REFERENCES "remark"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "IDX_remark_reply_remark" ON "remark_reply" ("remark_id", "created_at")`);
    await queryRunner.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "version" integer NOT NULL DEFAULT 1,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "recipient_id" uuid NOT NULL,
      "kind" varchar(40) NOT NULL,
      "subject_type" varchar(40) NOT NULL,
      "subject_id" uuid NOT NULL,
      "actor_id" uuid,
      "actor_name" varchar(200) NOT NULL,
      "params" jsonb NOT NULL DEFAULT '{}',
      "read_at" timestamptz,
      "emailed_at" timestamptz,
      CONSTRAINT "PK_notification" PRIMARY KEY ("id"),
      CONSTRAINT "FK_notification_recipient" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    // The inbox, newest first; the badge counts the unread ones of one user (an index-only range).
    await queryRunner.query(`CREATE INDEX "IDX_notification_inbox" ON "notification" ("recipient_id", "created_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_unread" ON "notification" ("recipient_id", "subject_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_unsent" ON "notification" ("created_at") WHERE "emailed_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "remark_reply"`);
    await queryRunner.query(`ALTER TABLE "remark" DROP COLUMN "resolution_note"`);
  }
}
