import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanSubmissions1796303305959 implements MigrationInterface {
  name = 'PlanSubmissions1796303305959';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_plan_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_by_id" uuid, "submitted_by_name" character varying(300), "json" jsonb NOT NULL, "docx" bytea NOT NULL, CONSTRAINT "PK_c1fd1fb250e4120ff6b081f8f1f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a45373b24e0e80d289191f02d6" ON "plan_submission"  ("action_plan_id") `);
    await queryRunner.query(
      `ALTER TABLE "plan_submission" ADD CONSTRAINT "FK_a45373b24e0e80d289191f02d63" FOREIGN KEY ("action_plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_submission" DROP CONSTRAINT "FK_a45373b24e0e80d289191f02d63"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a45373b24e0e80d289191f02d6"`);
    await queryRunner.query(`DROP TABLE "plan_submission"`);
  }
}
