import type { MigrationInterface, QueryRunner } from 'typeorm';

export class YearReports1796430000000 implements MigrationInterface {
  name = 'YearReports1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."year_report_status" AS ENUM('DRAFT', 'SUBMITTED')`);
    await queryRunner.query(
      `CREATE TABLE "year_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_plan_id" uuid NOT NULL, "status" "public"."year_report_status" NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "submitted_by_name" character varying(300), "narratives" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "REL_cd5aedcef2c354fb24d1aded88" UNIQUE ("action_plan_id"), CONSTRAINT "PK_9b52f817ef58f7adb69447eac22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cd5aedcef2c354fb24d1aded88" ON "year_report"  ("action_plan_id") `);
    await queryRunner.query(
      `CREATE TABLE "year_report_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "year_report_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_by_id" uuid, "submitted_by_name" character varying(300), "json" jsonb NOT NULL, "docx" bytea NOT NULL, CONSTRAINT "PK_2749c6671a214cdd062e35cf3a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_193dd97ff2cbd3ead8d7d6efd6" ON "year_report_submission"  ("year_report_id") `);
    await queryRunner.query(
      `ALTER TABLE "year_report" ADD CONSTRAINT "FK_cd5aedcef2c354fb24d1aded887" FOREIGN KEY ("action_plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "year_report_submission" ADD CONSTRAINT "FK_193dd97ff2cbd3ead8d7d6efd6c" FOREIGN KEY ("year_report_id") REFERENCES "year_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "year_report_submission" DROP CONSTRAINT "FK_193dd97ff2cbd3ead8d7d6efd6c"`);
    await queryRunner.query(`ALTER TABLE "year_report" DROP CONSTRAINT "FK_cd5aedcef2c354fb24d1aded887"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_193dd97ff2cbd3ead8d7d6efd6"`);
    await queryRunner.query(`DROP TABLE "year_report_submission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd5aedcef2c354fb24d1aded88"`);
    await queryRunner.query(`DROP TABLE "year_report"`);
    await queryRunner.query(`DROP TYPE "public"."year_report_status"`);
  }
}
