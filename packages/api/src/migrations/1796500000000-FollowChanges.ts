import type { MigrationInterface, QueryRunner } from 'typeorm';

// Followers (docs/api.md, "Following changes"): a change under an action, a plan, a working group
// or a project moves that parent's `updated_at`, in the same transaction, whoever writes it. The
// database does it, so no writer can forget: one statement-level trigger per child table and
// event, reading the changed rows from the transition tables (a seed or an import inserting
// thousands of rows bumps each parent once per statement, not once per row). `version` is not
// touched: it stays the concurrency token of the parent's own fields (docs/architecture.md).

/** A child table and the SQL expression (over a changed row `r`) naming its parent's id. */
interface Touch {
  name: string;
  child: string;
  parent: 'action' | 'action_plan' | 'working_group' | 'project';
  key: string;
  /** Skip a parent another transaction holds locked (it moves that parent itself), instead of waiting. */
  skipLocked?: boolean;
}

const TOUCHES: Touch[] = [
  ...['action_owner', 'action_step', 'action_indicator', 'action_month', 'action_review', 'action_stakeholder', 'action_theme', 'action_working_group', 'action_project'].map(
    (child): Touch => ({ name: child, child, parent: 'action', key: 'r.action_id' }),
  ),
  { name: 'action_link_from', child: 'action_link', parent: 'action', key: 'r.from_action_id' },
  // The other end of a link is not locked by the writer: two sheets saved at once, each linking
  // to the other, would wait for each other (a deadlock). An end being saved moves by its own save.
  { name: 'action_link_to', child: 'action_link', parent: 'action', key: 'r.to_action_id', skipLocked: true },
  { name: 'indicator_value', child: 'indicator_value', parent: 'action', key: '(SELECT i.action_id FROM action_indicator i WHERE i.id = r.indicator_id)' },
  { name: 'remark_action', child: 'remark', parent: 'action', key: 'r.action_id' },
  { name: 'remark_plan', child: 'remark', parent: 'action_plan', key: 'CASE WHEN r.action_id IS NULL THEN r.action_plan_id END' },
  { name: 'plan_submission', child: 'plan_submission', parent: 'action_plan', key: 'r.action_plan_id' },
  ...['working_group_owner', 'working_group_member', 'working_group_theme'].map((child): Touch => ({ name: child, child, parent: 'working_group', key: 'r.working_group_id' })),
  ...['project_owner', 'project_member', 'project_theme'].map((child): Touch => ({ name: child, child, parent: 'project', key: 'r.project_id' })),
];

const EVENTS = [
  { event: 'INSERT', referencing: 'NEW TABLE AS new_rows', tables: ['new_rows'] },
  { event: 'UPDATE', referencing: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', tables: ['new_rows', 'old_rows'] },
  { event: 'DELETE', referencing: 'OLD TABLE AS old_rows', tables: ['old_rows'] },
] as const;

/**
 * A bulk load of history (`pnpm cli generate`, whose rows carry their own past timestamps) sets
 * `kruispunt.keep_timestamps` for its transaction: nothing is moved to now() then.
 */
const KEEP_TIMESTAMPS = `IF current_setting('kruispunt.keep_timestamps', true) = 'on' THEN RETURN NULL; END IF;`;

/** Moves the parents' updated_at; `updated_at < now()` skips parents this transaction already moved. */
const touch = (parent: string, ids: string, skipLocked = false) =>
  skipLocked
    ? `UPDATE ${parent} SET updated_at = now() WHERE id IN (SELECT id FROM ${parent} WHERE id IN (${ids}) AND updated_at < now() FOR UPDATE SKIP LOCKED);`
    : `UPDATE ${parent} SET updated_at = now() WHERE id IN (${ids}) AND updated_at < now();`;

export class FollowChanges1796500000000 implements MigrationInterface {
  name = 'FollowChanges1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const t of TOUCHES) {
      for (const e of EVENTS) {
        const fn = `follow_${t.name}_${e.event.toLowerCase()}`;
        const body = e.tables.map((table) => touch(t.parent, `SELECT ${t.key} FROM ${table} r`, t.skipLocked)).join('\n  ');
        await queryRunner.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${KEEP_TIMESTAMPS}
  ${body}
  RETURN NULL;
END $$`);
        await queryRunner.query(`CREATE TRIGGER ${fn} AFTER ${e.event} ON ${t.child} REFERENCING ${e.referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
    // A plan's actions: an action added, removed or moved to another plan moves the plan(s); an
    // edit of the sheet alone does not (the action's own updated_at says that).
    await queryRunner.query(`CREATE FUNCTION follow_action_plan_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${KEEP_TIMESTAMPS}
  ${touch('action_plan', 'SELECT r.action_plan_id FROM new_rows r')}
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION follow_action_plan_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${KEEP_TIMESTAMPS}
  ${touch('action_plan', 'SELECT r.action_plan_id FROM old_rows r')}
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION follow_action_plan_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${KEEP_TIMESTAMPS}
  ${touch('action_plan', 'SELECT unnest(ARRAY[o.action_plan_id, n.action_plan_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.action_plan_id <> n.action_plan_id')}
  RETURN NULL;
END $$`);
    for (const e of EVENTS) {
      const fn = `follow_action_plan_${e.event.toLowerCase()}`;
      await queryRunner.query(`CREATE TRIGGER ${fn} AFTER ${e.event} ON action REFERENCING ${e.referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    // The deletions feed reads DELETE entries in time order.
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_deletions" ON "audit_entry" ("at", "id") WHERE operation = 'DELETE'`);
    // updatedSince on actions.
    await queryRunner.query(`CREATE INDEX "IDX_action_updated_at" ON "action" ("updated_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_action_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_deletions"`);
    for (const e of EVENTS) {
      const fn = `follow_action_plan_${e.event.toLowerCase()}`;
      await queryRunner.query(`DROP TRIGGER ${fn} ON action`);
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    for (const t of TOUCHES) {
      for (const e of EVENTS) {
        const fn = `follow_${t.name}_${e.event.toLowerCase()}`;
        await queryRunner.query(`DROP TRIGGER ${fn} ON ${t.child}`);
        await queryRunner.query(`DROP FUNCTION ${fn}()`);
      }
    }
  }
}
