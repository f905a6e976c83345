import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795375860840 implements MigrationInterface {
  name = 'Initial1795375860840';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, "description" text, CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8d766fc1d4d2e72ecd5f6567a0" ON "region"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3841e4e5f60d832922848a1252" ON "region"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "zone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "region_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "short_name" character varying(100) NOT NULL, "slug" character varying(200) NOT NULL, "municipalities" text array NOT NULL DEFAULT '{}', "staff_fte" numeric(5,2), "network_time_share" character varying(200), "network_time_percent" smallint, "target_groups_text" text, "network_text" text, "intro_text" text, CONSTRAINT "PK_bd3989e5a3c3fb5ed546dfaf832" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_689193f6148365d1a4f03dc681" ON "zone"  ("region_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d6451e19ba6b9d350327b4c4c0" ON "zone"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c1fd2b40cc71d61fae8303bb0e" ON "zone"  ("short_name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ffb58e6ab282b954278aae812" ON "zone"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "multi_year_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "zone_id" uuid NOT NULL, "year_from" smallint NOT NULL, "year_to" smallint NOT NULL, "title" character varying(300) NOT NULL, CONSTRAINT "UQ_ddef3c9d1cb570bb5e50dea5b8b" UNIQUE ("zone_id", "year_from"), CONSTRAINT "PK_3e9e91177d178a4450f38bea001" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_071833c8fea44b5d0febda8137" ON "multi_year_plan"  ("zone_id") `);
    await queryRunner.query(`CREATE TYPE "public"."goal_kind" AS ENUM('GOVERNANCE', 'CONTENT')`);
    await queryRunner.query(
      `CREATE TABLE "strategic_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "multi_year_plan_id" uuid NOT NULL, "number" character varying(20) NOT NULL, "title" text NOT NULL, "kind" "public"."goal_kind" NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "UQ_090caf1b2c24465ad254b37cacf" UNIQUE ("multi_year_plan_id", "number"), CONSTRAINT "PK_b0865498255f5051489becd4900" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "operational_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "strategic_goal_id" uuid NOT NULL, "number" character varying(20) NOT NULL, "title" text NOT NULL, "deadline" date, "indicators" text array NOT NULL DEFAULT '{}', "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "UQ_be5ba6044300b7fb6d2f72ce58d" UNIQUE ("strategic_goal_id", "number"), CONSTRAINT "PK_bc5d1c52802985513499015c75f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'PUBLISHED', 'SUBMITTED')`);
    await queryRunner.query(
      `CREATE TABLE "action_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "zone_id" uuid NOT NULL, "multi_year_plan_id" uuid, "year" smallint NOT NULL, "status" "public"."plan_status" NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_095652079f8e818fa7426416357" UNIQUE ("zone_id", "year"), CONSTRAINT "PK_73de59f4ddad48bad469c1afdbd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_27894b5c5d6651dede7b956c29" ON "action_plan"  ("zone_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3b6e9e4a919c670f52ae7a4705" ON "action_plan"  ("year") `);
    await queryRunner.query(
      `CREATE TABLE "partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(300) NOT NULL, "sector" character varying(200), CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9af6a8bd7cac55b61babc75385" ON "partner"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "theme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_c1934d0b4403bf10c1ab0c18166" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_36551e08e2fc4b5b68b48b4ef9" ON "theme"  ("slug") `);
    await queryRunner.query(`CREATE TYPE "public"."project_status" AS ENUM('PREPARING', 'RUNNING', 'ENDED')`);
    await queryRunner.query(
      `CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(300) NOT NULL, "status" "public"."project_status" NOT NULL DEFAULT 'RUNNING', "description" text, "cadence" character varying(200), "period_start" date, "period_end" date, "funder" character varying(300), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dedfea394088ed136ddadeee89" ON "project"  ("name") `);
    await queryRunner.query(`CREATE TYPE "public"."owner_role" AS ENUM('LEAD', 'CO_LEAD', 'PENHOLDER', 'COORDINATOR', 'PARTICIPANT', 'SUPPORTING')`);
    await queryRunner.query(
      `CREATE TABLE "project_owner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "zone_id" uuid NOT NULL, "role" "public"."owner_role" NOT NULL, "project_id" uuid NOT NULL, CONSTRAINT "UQ_602ad260008ba7bbbf0efe7e3c6" UNIQUE ("project_id", "zone_id"), CONSTRAINT "PK_d40afe32d1d771bea7a5f468185" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3667b2f0c36190e8f75b43e478" ON "project_owner"  ("zone_id") `);
    await queryRunner.query(`CREATE TYPE "public"."working_group_kind" AS ENUM('WORKING_GROUP', 'STEERING_GROUP', 'SOUNDING_BOARD', 'PROJECT_GROUP')`);
    await queryRunner.query(
      `CREATE TABLE "working_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(300) NOT NULL, "kind" "public"."working_group_kind" NOT NULL, "description" text, "cadence" character varying(200), "period_start" date, "period_end" date, "funder" character varying(300), CONSTRAINT "PK_9cbcc6e96966bec27f605e3c9f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_020551e5695b3e13dbad962430" ON "working_group"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "working_group_owner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "zone_id" uuid NOT NULL, "role" "public"."owner_role" NOT NULL, "working_group_id" uuid NOT NULL, CONSTRAINT "UQ_4e12df648ad33ac1b1d49d6a35d" UNIQUE ("working_group_id", "zone_id"), CONSTRAINT "PK_511f5379ff86f86035b6555eddd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d20fac118f3d2f4695a0e043fa" ON "working_group_owner"  ("zone_id") `);
    await queryRunner.query(`CREATE TYPE "public"."funding_kind" AS ENUM('REGULAR', 'EXTRA', 'EXTERNAL', 'CONDITIONAL')`);
    await queryRunner.query(`CREATE TYPE "public"."progress_status" AS ENUM('PLANNED', 'RUNNING', 'DONE', 'POSTPONED', 'STOPPED')`);
    await queryRunner.query(
      `CREATE TABLE "action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_plan_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', "number" character varying(30), "title" text NOT NULL, "operational_goal_id" uuid, "strategic_goal_id" uuid, "what" text, "in_scope" text array NOT NULL DEFAULT '{}', "out_of_scope" text array NOT NULL DEFAULT '{}', "why" text, "target_groups" text array NOT NULL DEFAULT '{}', "lead_text" text, "lead_zone_id" uuid, "lead_partner_id" uuid, "lead_working_group_id" uuid, "council_role" text, "stakeholders_other" text array NOT NULL DEFAULT '{}', "evaluation_process" boolean NOT NULL DEFAULT false, "evaluation_process_text" text, "evaluation_output" boolean NOT NULL DEFAULT false, "evaluation_output_text" text, "evaluation_outcome" boolean NOT NULL DEFAULT false, "evaluation_outcome_text" text, "start_date" date, "end_date" date, "funding" "public"."funding_kind" NOT NULL DEFAULT 'REGULAR', "funding_remark" text, "continued_from_id" uuid, "carried_over" boolean NOT NULL DEFAULT false, "link_notes" text array NOT NULL DEFAULT '{}', "communication_channels" text array NOT NULL DEFAULT '{}', "progressStatus" "public"."progress_status" NOT NULL DEFAULT 'PLANNED', "notes" text, CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_86ea66e7980911ee072cb81609" ON "action"  ("operational_goal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_72cd25bb60dd455bbaed6fdac6" ON "action"  ("continued_from_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3ab56261291a8248f597243846" ON "action"  ("action_plan_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "action_owner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "zone_id" uuid NOT NULL, "role" "public"."owner_role" NOT NULL, "action_id" uuid NOT NULL, CONSTRAINT "UQ_ccbacfbcb10c3b41e8c7fe29698" UNIQUE ("action_id", "zone_id"), CONSTRAINT "PK_3b1358207298b30e31ad793d1a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_79bde0fc86d5dcf0e384796fc8" ON "action_owner"  ("zone_id") `);
    await queryRunner.query(
      `CREATE TABLE "action_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_id" uuid NOT NULL, "position" smallint NOT NULL, "text" text NOT NULL, "month" smallint, "date" date, CONSTRAINT "PK_92a89b12b1342b4bc065be41588" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8ad5ee4a8ac845acec2c564da0" ON "action_step"  ("action_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."evaluation_kind" AS ENUM('PROCESS', 'OUTPUT', 'OUTCOME')`);
    await queryRunner.query(
      `CREATE TABLE "action_indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_id" uuid NOT NULL, "position" smallint NOT NULL, "name" text NOT NULL, "method" text, "target_value" numeric, "target_unit" character varying(100), "kind" "public"."evaluation_kind" NOT NULL, CONSTRAINT "PK_905ac91b37e29cecdfca00a50cc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_94896099d03ca03e65b8488e35" ON "action_indicator"  ("action_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "action_month" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_id" uuid NOT NULL, "month" smallint NOT NULL, "milestone" text, CONSTRAINT "UQ_fdb3b5f20d117189b70558c900a" UNIQUE ("action_id", "month"), CONSTRAINT "PK_a03767a4dbf6b2ee64cfee3bb57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "from_action_id" uuid NOT NULL, "to_action_id" uuid NOT NULL, "remark" text, CONSTRAINT "UQ_7afaf8f2c3acbb05ed01473dec6" UNIQUE ("from_action_id", "to_action_id"), CONSTRAINT "PK_919a214769d2e1f2b1824433b51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_187ce4304396c2be244a4c7790" ON "action_link"  ("from_action_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_728b44390ac3c53c307fb408a4" ON "action_link"  ("to_action_id") `);
    await queryRunner.query(`CREATE TYPE "public"."cluster_kind" AS ENUM('LOCAL_GOVERNMENT', 'WELFARE', 'CARE', 'PZON', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "cluster" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "zone_id" uuid NOT NULL, "kind" "public"."cluster_kind" NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_b09d39b9491ce5cb1e8407761fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b8a6fe40f872a92e431d030db5" ON "cluster"  ("zone_id") `);
    await queryRunner.query(
      `CREATE TABLE "partner_zone" ("partner_id" uuid NOT NULL, "zone_id" uuid NOT NULL, CONSTRAINT "PK_5125d602f2a606a6960b40fdbb3" PRIMARY KEY ("partner_id", "zone_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_064a52bac9b9221e8263f26f12" ON "partner_zone"  ("partner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e0f487bbc7a9e7f754785cecd5" ON "partner_zone"  ("zone_id") `);
    await queryRunner.query(
      `CREATE TABLE "project_member" ("project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_5d0c3f45294ec556ae4649b8e3b" PRIMARY KEY ("project_id", "partner_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_aaef76230abfcdf30adb15d0be" ON "project_member"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cfddb191b47b86428e657ce139" ON "project_member"  ("partner_id") `);
    await queryRunner.query(
      `CREATE TABLE "project_theme" ("project_id" uuid NOT NULL, "theme_id" uuid NOT NULL, CONSTRAINT "PK_d5b35a28d3582ec5ab69925eceb" PRIMARY KEY ("project_id", "theme_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_075cbc51ec0a180e15b8f2e240" ON "project_theme"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8d92394007fcf3f00051719a9a" ON "project_theme"  ("theme_id") `);
    await queryRunner.query(
      `CREATE TABLE "working_group_member" ("working_group_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_5f3af493403dfb0bbceb9fabe06" PRIMARY KEY ("working_group_id", "partner_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1bb88527a0c94d41561f564285" ON "working_group_member"  ("working_group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_90904b4acc287e6ddc6e7d5165" ON "working_group_member"  ("partner_id") `);
    await queryRunner.query(
      `CREATE TABLE "working_group_theme" ("working_group_id" uuid NOT NULL, "theme_id" uuid NOT NULL, CONSTRAINT "PK_b8f5ec48b667ec0773f19c37bcc" PRIMARY KEY ("working_group_id", "theme_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7196646e720774af1683aff0d9" ON "working_group_theme"  ("working_group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3ad7f21431a25ac99a03fbdd55" ON "working_group_theme"  ("theme_id") `);
    await queryRunner.query(
      `CREATE TABLE "action_stakeholder" ("action_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_497067413a976f9ab430202a3b7" PRIMARY KEY ("action_id", "partner_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_55a9f9301406955696f4abacb5" ON "action_stakeholder"  ("action_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_001f6739858999c7b5f04e76cc" ON "action_stakeholder"  ("partner_id") `);
    await queryRunner.query(
      `CREATE TABLE "action_theme" ("action_id" uuid NOT NULL, "theme_id" uuid NOT NULL, CONSTRAINT "PK_7bbf5ee35650c658f30e4976326" PRIMARY KEY ("action_id", "theme_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c1b551f682174f8df43133878c" ON "action_theme"  ("action_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4856bd3dccddf7f4b2ad60e900" ON "action_theme"  ("theme_id") `);
    await queryRunner.query(
      `CREATE TABLE "action_working_group" ("action_id" uuid NOT NULL, "working_group_id" uuid NOT NULL, CONSTRAINT "PK_dc4381f6806f508f646ef1a5cbc" PRIMARY KEY ("action_id", "working_group_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6a97343bce441e69dcc004641c" ON "action_working_group"  ("action_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_18cab124c6154611be3cdb4adf" ON "action_working_group"  ("working_group_id") `);
    await queryRunner.query(
      `CREATE TABLE "action_project" ("action_id" uuid NOT NULL, "project_id" uuid NOT NULL, CONSTRAINT "PK_c9fb15f18471dc3619644da933b" PRIMARY KEY ("action_id", "project_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ccf92714e65a49fe9c8fa34b06" ON "action_project"  ("action_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f8caea6555f110f019736294bf" ON "action_project"  ("project_id") `);
    await queryRunner.query(
      `CREATE TABLE "cluster_member" ("cluster_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_1e9640b647fd827a1c9bbdf6bad" PRIMARY KEY ("cluster_id", "partner_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_27af2c036370b7f4a4c3982088" ON "cluster_member"  ("cluster_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4e5d9b75b4c40d41b066c74b31" ON "cluster_member"  ("partner_id") `);
    await queryRunner.query(`ALTER TABLE "zone" ADD CONSTRAINT "FK_689193f6148365d1a4f03dc6815" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(
      `ALTER TABLE "multi_year_plan" ADD CONSTRAINT "FK_071833c8fea44b5d0febda8137b" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategic_goal" ADD CONSTRAINT "FK_95812c3694c1e801be8b1d49b08" FOREIGN KEY ("multi_year_plan_id") REFERENCES "multi_year_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "operational_goal" ADD CONSTRAINT "FK_a04e88769a8db5c59b2ee6b4ca3" FOREIGN KEY ("strategic_goal_id") REFERENCES "strategic_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan" ADD CONSTRAINT "FK_27894b5c5d6651dede7b956c29d" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan" ADD CONSTRAINT "FK_e77d3f54b9b37141b56435c85b6" FOREIGN KEY ("multi_year_plan_id") REFERENCES "multi_year_plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_owner" ADD CONSTRAINT "FK_3be50ad1ca0018ffc26f2cd913e" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_owner" ADD CONSTRAINT "FK_3667b2f0c36190e8f75b43e478d" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_owner" ADD CONSTRAINT "FK_9d07b26a023420dd06f093f04fe" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_owner" ADD CONSTRAINT "FK_d20fac118f3d2f4695a0e043fa4" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_e4ab0ee7b04001254d822d322be" FOREIGN KEY ("action_plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_86ea66e7980911ee072cb81609b" FOREIGN KEY ("operational_goal_id") REFERENCES "operational_goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_e63ec3bccaf48caa76fba20cd10" FOREIGN KEY ("strategic_goal_id") REFERENCES "strategic_goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_52b728cda406a41fa6a11d7c83f" FOREIGN KEY ("lead_zone_id") REFERENCES "zone"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_abb5a276e31fe8030f780571501" FOREIGN KEY ("lead_partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_8563b0fbcfe77e5fec56ca34812" FOREIGN KEY ("lead_working_group_id") REFERENCES "working_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_72cd25bb60dd455bbaed6fdac69" FOREIGN KEY ("continued_from_id") REFERENCES "action"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_owner" ADD CONSTRAINT "FK_a8969e4ee8cd51a6163f582c342" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_owner" ADD CONSTRAINT "FK_79bde0fc86d5dcf0e384796fc86" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_step" ADD CONSTRAINT "FK_1146ae14e8bb0e6021f98447159" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_indicator" ADD CONSTRAINT "FK_0bdd432b22a3267c104aa0fcce3" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_month" ADD CONSTRAINT "FK_c90a513592554a4fb1cc8f11453" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_link" ADD CONSTRAINT "FK_187ce4304396c2be244a4c7790c" FOREIGN KEY ("from_action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_link" ADD CONSTRAINT "FK_728b44390ac3c53c307fb408a4e" FOREIGN KEY ("to_action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "cluster" ADD CONSTRAINT "FK_b8a6fe40f872a92e431d030db56" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(
      `ALTER TABLE "partner_zone" ADD CONSTRAINT "FK_064a52bac9b9221e8263f26f125" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(`ALTER TABLE "partner_zone" ADD CONSTRAINT "FK_e0f487bbc7a9e7f754785cecd59" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(
      `ALTER TABLE "project_member" ADD CONSTRAINT "FK_aaef76230abfcdf30adb15d0be8" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_member" ADD CONSTRAINT "FK_cfddb191b47b86428e657ce139c" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_theme" ADD CONSTRAINT "FK_075cbc51ec0a180e15b8f2e2409" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_theme" ADD CONSTRAINT "FK_8d92394007fcf3f00051719a9ac" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_1bb88527a0c94d41561f564285f" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_90904b4acc287e6ddc6e7d51657" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_theme" ADD CONSTRAINT "FK_7196646e720774af1683aff0d9c" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_theme" ADD CONSTRAINT "FK_3ad7f21431a25ac99a03fbdd55a" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_stakeholder" ADD CONSTRAINT "FK_55a9f9301406955696f4abacb5c" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_stakeholder" ADD CONSTRAINT "FK_001f6739858999c7b5f04e76cc9" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_theme" ADD CONSTRAINT "FK_c1b551f682174f8df43133878c0" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_theme" ADD CONSTRAINT "FK_4856bd3dccddf7f4b2ad60e900c" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_working_group" ADD CONSTRAINT "FK_6a97343bce441e69dcc004641c9" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_working_group" ADD CONSTRAINT "FK_18cab124c6154611be3cdb4adf2" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_project" ADD CONSTRAINT "FK_ccf92714e65a49fe9c8fa34b068" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_project" ADD CONSTRAINT "FK_f8caea6555f110f019736294bf7" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_member" ADD CONSTRAINT "FK_27af2c036370b7f4a4c39820887" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_member" ADD CONSTRAINT "FK_4e5d9b75b4c40d41b066c74b31a" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cluster_member" DROP CONSTRAINT "FK_4e5d9b75b4c40d41b066c74b31a"`);
    await queryRunner.query(`ALTER TABLE "cluster_member" DROP CONSTRAINT "FK_27af2c036370b7f4a4c39820887"`);
    await queryRunner.query(`ALTER TABLE "action_project" DROP CONSTRAINT "FK_f8caea6555f110f019736294bf7"`);
    await queryRunner.query(`ALTER TABLE "action_project" DROP CONSTRAINT "FK_ccf92714e65a49fe9c8fa34b068"`);
    await queryRunner.query(`ALTER TABLE "action_working_group" DROP CONSTRAINT "FK_18cab124c6154611be3cdb4adf2"`);
    await queryRunner.query(`ALTER TABLE "action_working_group" DROP CONSTRAINT "FK_6a97343bce441e69dcc004641c9"`);
    await queryRunner.query(`ALTER TABLE "action_theme" DROP CONSTRAINT "FK_4856bd3dccddf7f4b2ad60e900c"`);
    await queryRunner.query(`ALTER TABLE "action_theme" DROP CONSTRAINT "FK_c1b551f682174f8df43133878c0"`);
    await queryRunner.query(`ALTER TABLE "action_stakeholder" DROP CONSTRAINT "FK_001f6739858999c7b5f04e76cc9"`);
    await queryRunner.query(`ALTER TABLE "action_stakeholder" DROP CONSTRAINT "FK_55a9f9301406955696f4abacb5c"`);
    await queryRunner.query(`ALTER TABLE "working_group_theme" DROP CONSTRAINT "FK_3ad7f21431a25ac99a03fbdd55a"`);
    await queryRunner.query(`ALTER TABLE "working_group_theme" DROP CONSTRAINT "FK_7196646e720774af1683aff0d9c"`);
    await queryRunner.query(`ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_90904b4acc287e6ddc6e7d51657"`);
    await queryRunner.query(`ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_1bb88527a0c94d41561f564285f"`);
    await queryRunner.query(`ALTER TABLE "project_theme" DROP CONSTRAINT "FK_8d92394007fcf3f00051719a9ac"`);
    await queryRunner.query(`ALTER TABLE "project_theme" DROP CONSTRAINT "FK_075cbc51ec0a180e15b8f2e2409"`);
    await queryRunner.query(`ALTER TABLE "project_member" DROP CONSTRAINT "FK_cfddb191b47b86428e657ce139c"`);
    await queryRunner.query(`ALTER TABLE "project_member" DROP CONSTRAINT "FK_aaef76230abfcdf30adb15d0be8"`);
    await queryRunner.query(`ALTER TABLE "partner_zone" DROP CONSTRAINT "FK_e0f487bbc7a9e7f754785cecd59"`);
    await queryRunner.query(`ALTER TABLE "partner_zone" DROP CONSTRAINT "FK_064a52bac9b9221e8263f26f125"`);
    await queryRunner.query(`ALTER TABLE "cluster" DROP CONSTRAINT "FK_b8a6fe40f872a92e431d030db56"`);
    await queryRunner.query(`ALTER TABLE "action_link" DROP CONSTRAINT "FK_728b44390ac3c53c307fb408a4e"`);
    await queryRunner.query(`ALTER TABLE "action_link" DROP CONSTRAINT "FK_187ce4304396c2be244a4c7790c"`);
    await queryRunner.query(`ALTER TABLE "action_month" DROP CONSTRAINT "FK_c90a513592554a4fb1cc8f11453"`);
    await queryRunner.query(`ALTER TABLE "action_indicator" DROP CONSTRAINT "FK_0bdd432b22a3267c104aa0fcce3"`);
    await queryRunner.query(`ALTER TABLE "action_step" DROP CONSTRAINT "FK_1146ae14e8bb0e6021f98447159"`);
    await queryRunner.query(`ALTER TABLE "action_owner" DROP CONSTRAINT "FK_79bde0fc86d5dcf0e384796fc86"`);
    await queryRunner.query(`ALTER TABLE "action_owner" DROP CONSTRAINT "FK_a8969e4ee8cd51a6163f582c342"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_72cd25bb60dd455bbaed6fdac69"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_8563b0fbcfe77e5fec56ca34812"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_abb5a276e31fe8030f780571501"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_52b728cda406a41fa6a11d7c83f"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_e63ec3bccaf48caa76fba20cd10"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_86ea66e7980911ee072cb81609b"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_e4ab0ee7b04001254d822d322be"`);
    await queryRunner.query(`ALTER TABLE "working_group_owner" DROP CONSTRAINT "FK_d20fac118f3d2f4695a0e043fa4"`);
    await queryRunner.query(`ALTER TABLE "working_group_owner" DROP CONSTRAINT "FK_9d07b26a023420dd06f093f04fe"`);
    await queryRunner.query(`ALTER TABLE "project_owner" DROP CONSTRAINT "FK_3667b2f0c36190e8f75b43e478d"`);
    await queryRunner.query(`ALTER TABLE "project_owner" DROP CONSTRAINT "FK_3be50ad1ca0018ffc26f2cd913e"`);
    await queryRunner.query(`ALTER TABLE "action_plan" DROP CONSTRAINT "FK_e77d3f54b9b37141b56435c85b6"`);
    await queryRunner.query(`ALTER TABLE "action_plan" DROP CONSTRAINT "FK_27894b5c5d6651dede7b956c29d"`);
    await queryRunner.query(`ALTER TABLE "operational_goal" DROP CONSTRAINT "FK_a04e88769a8db5c59b2ee6b4ca3"`);
    await queryRunner.query(`ALTER TABLE "strategic_goal" DROP CONSTRAINT "FK_95812c3694c1e801be8b1d49b08"`);
    await queryRunner.query(`ALTER TABLE "multi_year_plan" DROP CONSTRAINT "FK_071833c8fea44b5d0febda8137b"`);
    await queryRunner.query(`ALTER TABLE "zone" DROP CONSTRAINT "FK_689193f6148365d1a4f03dc6815"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e5d9b75b4c40d41b066c74b31"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27af2c036370b7f4a4c3982088"`);
    await queryRunner.query(`DROP TABLE "cluster_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f8caea6555f110f019736294bf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccf92714e65a49fe9c8fa34b06"`);
    await queryRunner.query(`DROP TABLE "action_project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_18cab124c6154611be3cdb4adf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a97343bce441e69dcc004641c"`);
    await queryRunner.query(`DROP TABLE "action_working_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4856bd3dccddf7f4b2ad60e900"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1b551f682174f8df43133878c"`);
    await queryRunner.query(`DROP TABLE "action_theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_001f6739858999c7b5f04e76cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55a9f9301406955696f4abacb5"`);
    await queryRunner.query(`DROP TABLE "action_stakeholder"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ad7f21431a25ac99a03fbdd55"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7196646e720774af1683aff0d9"`);
    await queryRunner.query(`DROP TABLE "working_group_theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_90904b4acc287e6ddc6e7d5165"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1bb88527a0c94d41561f564285"`);
    await queryRunner.query(`DROP TABLE "working_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d92394007fcf3f00051719a9a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_075cbc51ec0a180e15b8f2e240"`);
    await queryRunner.query(`DROP TABLE "project_theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfddb191b47b86428e657ce139"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aaef76230abfcdf30adb15d0be"`);
    await queryRunner.query(`DROP TABLE "project_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e0f487bbc7a9e7f754785cecd5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_064a52bac9b9221e8263f26f12"`);
    await queryRunner.query(`DROP TABLE "partner_zone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8a6fe40f872a92e431d030db5"`);
    await queryRunner.query(`DROP TABLE "cluster"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_728b44390ac3c53c307fb408a4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_187ce4304396c2be244a4c7790"`);
    await queryRunner.query(`DROP TABLE "action_link"`);
    await queryRunner.query(`DROP TABLE "action_month"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_94896099d03ca03e65b8488e35"`);
    await queryRunner.query(`DROP TABLE "action_indicator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ad5ee4a8ac845acec2c564da0"`);
    await queryRunner.query(`DROP TABLE "action_step"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79bde0fc86d5dcf0e384796fc8"`);
    await queryRunner.query(`DROP TABLE "action_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ab56261291a8248f597243846"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_72cd25bb60dd455bbaed6fdac6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86ea66e7980911ee072cb81609"`);
    await queryRunner.query(`DROP TABLE "action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d20fac118f3d2f4695a0e043fa"`);
    await queryRunner.query(`DROP TABLE "working_group_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_020551e5695b3e13dbad962430"`);
    await queryRunner.query(`DROP TABLE "working_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3667b2f0c36190e8f75b43e478"`);
    await queryRunner.query(`DROP TABLE "project_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dedfea394088ed136ddadeee89"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_36551e08e2fc4b5b68b48b4ef9"`);
    await queryRunner.query(`DROP TABLE "theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9af6a8bd7cac55b61babc75385"`);
    await queryRunner.query(`DROP TABLE "partner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3b6e9e4a919c670f52ae7a4705"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27894b5c5d6651dede7b956c29"`);
    await queryRunner.query(`DROP TABLE "action_plan"`);
    await queryRunner.query(`DROP TABLE "operational_goal"`);
    await queryRunner.query(`DROP TABLE "strategic_goal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_071833c8fea44b5d0febda8137"`);
    await queryRunner.query(`DROP TABLE "multi_year_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ffb58e6ab282b954278aae812"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1fd2b40cc71d61fae8303bb0e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d6451e19ba6b9d350327b4c4c0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_689193f6148365d1a4f03dc681"`);
    await queryRunner.query(`DROP TABLE "zone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3841e4e5f60d832922848a1252"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d766fc1d4d2e72ecd5f6567a0"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."cluster_kind"`);
    await queryRunner.query(`DROP TYPE "public"."evaluation_kind"`);
    await queryRunner.query(`DROP TYPE "public"."owner_role"`);
    await queryRunner.query(`DROP TYPE "public"."progress_status"`);
    await queryRunner.query(`DROP TYPE "public"."funding_kind"`);
    await queryRunner.query(`DROP TYPE "public"."working_group_kind"`);
    await queryRunner.query(`DROP TYPE "public"."project_status"`);
    await queryRunner.query(`DROP TYPE "public"."plan_status"`);
    await queryRunner.query(`DROP TYPE "public"."goal_kind"`);
  }
}
