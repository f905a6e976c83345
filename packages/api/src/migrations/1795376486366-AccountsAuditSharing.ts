import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAuditSharing1795376486366 implements MigrationInterface {
  name = 'AccountsAuditSharing1795376486366';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "indicator_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "indicator_id" uuid NOT NULL, "value" numeric NOT NULL, "measured_on" date NOT NULL, "remark" text, CONSTRAINT "PK_ea77b6059a4a7f24be8e748d541" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_963a7480d5bf5aeb96bbeb0c3d" ON "indicator_value"  ("indicator_id", "measured_on") `);
    await queryRunner.query(
      `CREATE TABLE "action_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "quarter" smallint, "status" "public"."progress_status" NOT NULL, "note" text NOT NULL, "author_id" uuid, CONSTRAINT "PK_45750355053c3e20f16490d8559" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dc1c5aebdd12a06fd7982b9d44" ON "action_review"  ("action_id", "reviewed_on") `);
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "entity_type" character varying(60) NOT NULL, "entity_id" uuid NOT NULL, "operation" character varying(10) NOT NULL, "user_id" uuid, "api_token_id" uuid, "actor_name" character varying(300), "fields" text array NOT NULL DEFAULT '{}', "before" jsonb, "after" jsonb, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_baee47400a1d1c9ed5fa9fdd26" ON "audit_entry"  ("entity_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(300) NOT NULL, "is_admin" boolean NOT NULL DEFAULT false, "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE TYPE "public"."zone_role" AS ENUM('EDITOR', 'VIEWER')`);
    await queryRunner.query(
      `CREATE TABLE "zone_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "zone_id" uuid NOT NULL, "role" "public"."zone_role" NOT NULL, CONSTRAINT "UQ_47f0e47f999b988ec07dd727f97" UNIQUE ("user_id", "zone_id"), CONSTRAINT "PK_fd44771e77f4d283d6af4fceb7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_83d318163668368c618c42f685" ON "zone_membership"  ("zone_id") `);
    await queryRunner.query(
      `CREATE TABLE "coach_region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "region_id" uuid NOT NULL, CONSTRAINT "UQ_1b5c1fc544798fc40c1e4e4a46a" UNIQUE ("user_id", "region_id"), CONSTRAINT "PK_b775e5be721b2189b4230880110" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."token_scope" AS ENUM('READ', 'READ_WRITE')`);
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "token_hash" character varying(64) NOT NULL, "prefix" character varying(16) NOT NULL, "user_id" uuid NOT NULL, "scope" "public"."token_scope" NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_1725c5ea908ff009f6ab3fa34f" ON "api_token"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "rate_limit_bucket" ("key" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_297f92caac7bd103dfaf6d95490" PRIMARY KEY ("key", "window_start"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "remark" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_plan_id" uuid NOT NULL, "action_id" uuid, "text" text NOT NULL, "author_id" uuid NOT NULL, "author_name" character varying(200) NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, CONSTRAINT "PK_58427c64a5e9ff68e1ff44d01f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0bbeb2bb62317f51478ad40c9a" ON "remark"  ("action_plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4b79832baf8c916fd41d30bfd2" ON "remark"  ("action_id") `);
    await queryRunner.query(`CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(
      `CREATE TABLE "ownership_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "invited_zone_id" uuid NOT NULL, "inviting_zone_id" uuid NOT NULL, "role" "public"."owner_role" NOT NULL, "status" "public"."invitation_status" NOT NULL DEFAULT 'PENDING', "message" text, "created_by_id" uuid, CONSTRAINT "PK_27cd3d5a5f1560b1363ac5575dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_577ff074c92bfc6375d34f837c" ON "ownership_invitation"  ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c88e9b238f44e28f5a7ba9eb62" ON "ownership_invitation"  ("invited_zone_id", "status") `);
    await queryRunner.query(
      `ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_fb4de0d5692458e282e755eb235" FOREIGN KEY ("indicator_id") REFERENCES "action_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_review" ADD CONSTRAINT "FK_be35a66edebd5b5d518f91bf319" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "zone_membership" ADD CONSTRAINT "FK_420812acd2832efa757c4056a27" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "zone_membership" ADD CONSTRAINT "FK_83d318163668368c618c42f6854" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coach_region" ADD CONSTRAINT "FK_5afcf81bb1a16d430abb9bd1613" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coach_region" ADD CONSTRAINT "FK_b087caa5a9b0dc85ce71bc854af" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "remark" ADD CONSTRAINT "FK_0bbeb2bb62317f51478ad40c9ab" FOREIGN KEY ("action_plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ownership_invitation" ADD CONSTRAINT "FK_d45faa09dffe796663952fd40a8" FOREIGN KEY ("invited_zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ownership_invitation" ADD CONSTRAINT "FK_39b653b471f72d54326ed7efb95" FOREIGN KEY ("inviting_zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ownership_invitation" DROP CONSTRAINT "FK_39b653b471f72d54326ed7efb95"`);
    await queryRunner.query(`ALTER TABLE "ownership_invitation" DROP CONSTRAINT "FK_d45faa09dffe796663952fd40a8"`);
    await queryRunner.query(`ALTER TABLE "remark" DROP CONSTRAINT "FK_0bbeb2bb62317f51478ad40c9ab"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "coach_region" DROP CONSTRAINT "FK_b087caa5a9b0dc85ce71bc854af"`);
    await queryRunner.query(`ALTER TABLE "coach_region" DROP CONSTRAINT "FK_5afcf81bb1a16d430abb9bd1613"`);
    await queryRunner.query(`ALTER TABLE "zone_membership" DROP CONSTRAINT "FK_83d318163668368c618c42f6854"`);
    await queryRunner.query(`ALTER TABLE "zone_membership" DROP CONSTRAINT "FK_420812acd2832efa757c4056a27"`);
    await queryRunner.query(`ALTER TABLE "action_review" DROP CONSTRAINT "FK_be35a66edebd5b5d518f91bf319"`);
    await queryRunner.query(`ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_fb4de0d5692458e282e755eb235"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c88e9b238f44e28f5a7ba9eb62"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_577ff074c92bfc6375d34f837c"`);
    await queryRunner.query(`DROP TABLE "ownership_invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b79832baf8c916fd41d30bfd2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0bbeb2bb62317f51478ad40c9a"`);
    await queryRunner.query(`DROP TABLE "remark"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1725c5ea908ff009f6ab3fa34f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bafaa5aab5957cd193fb2da8f2"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP TYPE "public"."token_scope"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TABLE "coach_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83d318163668368c618c42f685"`);
    await queryRunner.query(`DROP TABLE "zone_membership"`);
    await queryRunner.query(`DROP TYPE "public"."zone_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_baee47400a1d1c9ed5fa9fdd26"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc1c5aebdd12a06fd7982b9d44"`);
    await queryRunner.query(`DROP TABLE "action_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_963a7480d5bf5aeb96bbeb0c3d"`);
    await queryRunner.query(`DROP TABLE "indicator_value"`);
  }
}
