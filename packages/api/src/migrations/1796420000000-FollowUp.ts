import type { MigrationInterface, QueryRunner } from 'typeorm';

// Follow-up that adds up (issue 13, part 4).
// One milestone system: a milestone is a step with a milestone month; the timeline shows the steps
// of each month. Every milestone text stored on a timeline month moves to a step: to the first step
// with the same text (case and white space ignored, as milestoneKey in packages/shared) without a
// milestone month, else to a new step at the end. A text that is already that month's step
// milestone is not copied twice. Every step milestone month becomes a running month.
export class FollowUp1796420000000 implements MigrationInterface {
  name = 'FollowUp1796420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE
        r record;
        target uuid;
      BEGIN
        FOR r IN SELECT action_id, month, btrim(milestone) AS text FROM action_month WHERE btrim(coalesce(milestone, '')) <> '' ORDER BY action_id, month LOOP
          IF EXISTS (SELECT 1 FROM action_step s WHERE s.action_id = r.action_id AND s.month = r.month
                     AND lower(regexp_replace(btrim(s.text), '\\s+', ' ', 'g')) = lower(regexp_replace(r.text, '\\s+', ' ', 'g'))) THEN
            CONTINUE;
          END IF;
          SELECT s.id INTO target FROM action_step s WHERE s.action_id = r.action_id AND s.month IS NULL
            AND lower(regexp_replace(btrim(s.text), '\\s+', ' ', 'g')) = lower(regexp_replace(r.text, '\\s+', ' ', 'g'))
            ORDER BY s.position LIMIT 1;
          IF target IS NOT NULL THEN
            UPDATE action_step SET month = r.month, version = version + 1, updated_at = now() WHERE id = target;
          ELSE
            INSERT INTO action_step (action_id, position, text, month)
              SELECT r.action_id, coalesce(max(position) + 1, 0), r.text, r.month FROM action_step WHERE action_id = r.action_id;
          END IF;
        END LOOP;
      END $$`);
    await queryRunner.query(
      `INSERT INTO action_month (action_id, month) SELECT DISTINCT action_id, month FROM action_step WHERE month BETWEEN 1 AND 12 ON CONFLICT (action_id, month) DO NOTHING`,
    );
    await queryRunner.query(`ALTER TABLE "action_month" DROP COLUMN "milestone"`);
    // Capacity as effort: estimated working days per action (nullable: unknown is not zero).
    await queryRunner.query(`ALTER TABLE "action" ADD "estimated_days" numeric(7,1)`);
    await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "CHK_action_estimated_days" CHECK ("estimated_days" >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "estimated_days"`);
    await queryRunner.query(`ALTER TABLE "action_month" ADD "milestone" text`);
    await queryRunner.query(
      `UPDATE action_month m SET milestone = (SELECT string_agg(btrim(s.text), '; ' ORDER BY s.position) FROM action_step s WHERE s.action_id = m.action_id AND s.month = m.month)`,
    );
  }
}
