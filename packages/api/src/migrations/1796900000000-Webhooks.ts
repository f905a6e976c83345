import type { MigrationInterface, QueryRunner } from 'typeorm';

// Webhooks (docs/api.md, "Webhooks"). The events are written by the database, in the writing
// transaction, whoever writes: statement-level triggers on `action` and `action_plan` fill an
// outbox (`webhook_event`), so a rolled-back write announces nothing and a committed one is never
// lost. An update is any UPDATE of the row, which includes the `updated_at` that migration
// 1796500000000-FollowChanges moves when anything under the object changes. One pending event per
// object and kind: later changes fold into it until the runner (modules/webhook/webhook.runner.ts)
// takes it, so a burst of saves is one update. The runner turns an event into one delivery per
// subscribed webhook whose owner may see the object, and sends them.

const TRIGGERS = [
  { table: 'action', type: 'Action', prefix: 'ACTION' },
  { table: 'action_plan', type: 'ActionPlan', prefix: 'PLAN' },
] as const;

/**
 * Skips everything when no active webhook wants the event (no outbox rows, no cost) and during a
 * bulk load of history (`kruispunt.keep_timestamps`, see FollowChanges).
 */
const guard = (event: string) => `IF current_setting('kruispunt.keep_timestamps', true) = 'on'
    OR NOT EXISTS (SELECT 1 FROM webhook WHERE disabled_at IS NULL AND '${event}' = ANY(events)) THEN RETURN NULL; END IF;`;

/**
 * Folds into the pending event of the object. DO UPDATE (not DO NOTHING): when the runner holds the
 * pending event, the writer waits for it and, the event taken, writes a new one; a change is never
 * folded into an event already being sent with the object's older state.
 */
const ON_CONFLICT = `ON CONFLICT (entity_id, event) DO UPDATE SET last_at = EXCLUDED.last_at`;

/** What a deleted object's delivery needs (who may see it, what to say), read before it is gone. */
const SNAPSHOT = {
  action: `SELECT 'ACTION_DELETED', 'Action', r.id, jsonb_build_object('zoneId', p.zone_id, 'zoneSlug', z.slug, 'year', p.year, 'status', p.status)
      FROM old_rows r JOIN action_plan p ON p.id = r.action_plan_id JOIN zone z ON z.id = p.zone_id`,
  action_plan: `SELECT 'PLAN_DELETED', 'ActionPlan', r.id, jsonb_build_object('zoneId', r.zone_id, 'zoneSlug', z.slug, 'year', r.year, 'status', r.status)
      FROM old_rows r LEFT JOIN zone z ON z.id = r.zone_id`,
};

export class Webhooks1796900000000 implements MigrationInterface {
  name = 'Webhooks1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhook" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "version" integer NOT NULL DEFAULT 1,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "user_id" uuid NOT NULL,
      "url" varchar(2000) NOT NULL,
      "events" varchar(40) array NOT NULL,
      "description" varchar(500),
      "secret" varchar(100) NOT NULL,
      "disabled_at" timestamptz,
      "disabled_reason" varchar(300),
      CONSTRAINT "PK_webhook" PRIMARY KEY ("id"),
      -- The name TypeORM gives the entity's relation, so the schema check finds nothing to change.
      CONSTRAINT "FK_b0dcfcc8c95edc2232ea8e97710" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_user" ON "webhook" ("user_id")`);
    // The outbox: pending events only (the runner deletes what it has fanned out).
    await queryRunner.query(`CREATE TABLE "webhook_event" (
      "id" bigserial PRIMARY KEY,
      "event" varchar(40) NOT NULL,
      "entity_type" varchar(40) NOT NULL,
      "entity_id" uuid NOT NULL,
      "occurred_at" timestamptz NOT NULL DEFAULT now(),
      "last_at" timestamptz NOT NULL DEFAULT now(),
      "snapshot" jsonb,
      CONSTRAINT "UQ_webhook_event_pending" UNIQUE ("entity_id", "event"))`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_event_occurred" ON "webhook_event" ("occurred_at")`);
    // One event sent to one webhook: the job (status, attempts, lease) and its log (one entry per attempt).
    await queryRunner.query(`CREATE TABLE "webhook_delivery" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "webhook_id" uuid NOT NULL REFERENCES "webhook" ("id") ON DELETE CASCADE,
      "event" varchar(40) NOT NULL,
      "entity_type" varchar(40) NOT NULL,
      "entity_id" uuid NOT NULL,
      "snapshot" jsonb,
      "body" text NOT NULL,
      "status" varchar(20) NOT NULL DEFAULT 'PENDING',
      "attempts" integer NOT NULL DEFAULT 0,
      "next_attempt_at" timestamptz DEFAULT now(),
      "locked_until" timestamptz,
      "last_status_code" integer,
      "last_error" varchar(500),
      "last_attempt_at" timestamptz,
      "log" jsonb NOT NULL DEFAULT '[]',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_webhook_delivery" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery" ("next_attempt_at") WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_delivery_log" ON "webhook_delivery" ("webhook_id", "created_at" DESC)`);

    for (const t of TRIGGERS) {
      const created = `${t.prefix}_CREATED`;
      const updated = `${t.prefix}_UPDATED`;
      const deleted = `${t.prefix}_DELETED`;
      await queryRunner.query(`CREATE FUNCTION webhook_${t.table}_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${guard(created)}
  INSERT INTO webhook_event (event, entity_type, entity_id) SELECT DISTINCT '${created}', '${t.type}', r.id FROM new_rows r ${ON_CONFLICT};
  RETURN NULL;
END $$`);
      // A row created in this same transaction (created_at = now(), the transaction's time) is announced as created only.
      await queryRunner.query(`CREATE FUNCTION webhook_${t.table}_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${guard(updated)}
  INSERT INTO webhook_event (event, entity_type, entity_id) SELECT DISTINCT '${updated}', '${t.type}', r.id FROM new_rows r WHERE r.created_at <> now() ${ON_CONFLICT};
  RETURN NULL;
END $$`);
      await queryRunner.query(`CREATE FUNCTION webhook_${t.table}_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${guard(deleted)}
  INSERT INTO webhook_event (event, entity_type, entity_id, snapshot) ${SNAPSHOT[t.table]} ${ON_CONFLICT}, snapshot = EXCLUDED.snapshot;
  RETURN NULL;
END $$`);
      await queryRunner.query(
        `CREATE TRIGGER webhook_${t.table}_insert AFTER INSERT ON ${t.table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_${t.table}_insert()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER webhook_${t.table}_update AFTER UPDATE ON ${t.table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_${t.table}_update()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER webhook_${t.table}_delete AFTER DELETE ON ${t.table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_${t.table}_delete()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of TRIGGERS) {
      for (const op of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER webhook_${t.table}_${op} ON ${t.table}`);
        await queryRunner.query(`DROP FUNCTION webhook_${t.table}_${op}()`);
      }
    }
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook_event"`);
    await queryRunner.query(`DROP TABLE "webhook"`);
  }
}
