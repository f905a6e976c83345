import type { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications by e-mail (modules/notification/notification-mail.ts): how each person wants
// them (at once, one overview a day, none), and the deadline reminders already sent (one per
// zone, kind, year and number of days left, whatever runs the daily task).
export class NotificationMail1799200000000 implements MigrationInterface {
  name = 'NotificationMail1799200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "notification_email" character varying(10) NOT NULL DEFAULT 'IMMEDIATE'`);
    await queryRunner.query(`CREATE TABLE "deadline_reminder" (
      "zone_id" uuid NOT NULL REFERENCES "zone"("id") ON DELETE CASCADE,
      "kind" character varying(40) NOT NULL,
      "year" integer NOT NULL,
      "days_left" integer NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      PRIMARY KEY ("zone_id", "kind", "year", "days_left")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "deadline_reminder"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "notification_email"`);
  }
}
