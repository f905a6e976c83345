// The notification module's hand-written SQL; the services keep the logic and call these.

/** A row when `table` has a row with id $1. */
export const rowExistsSql = (table: string): string => `SELECT 1 FROM ${table} WHERE id = $1`;

/** Of the subjects $2, those user $1 follows (`subject_id`). */
export const FOLLOWED_OF_SQL = `SELECT subject_id FROM follow WHERE user_id = $1 AND subject_id = ANY($2::uuid[])`;

/** User $1 follows subject $3 of type $2 (once). */
export const INSERT_FOLLOW_SQL = `INSERT INTO follow (user_id, subject_type, subject_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`;

/** User $1 no longer follows subject $2. */
export const DELETE_FOLLOW_SQL = `DELETE FROM follow WHERE user_id = $1 AND subject_id = $2`;

/** Notifications not yet mailed that are due in mode $1 ('DAILY' or 'IMMEDIATE': a minute old, also for recipients who mail nothing), with their recipient, oldest first, at most `batch`, locked (skipping rows another mailer holds). */
export const unmailedNotificationsSql = (batch: number): string =>
  `SELECT n.id, n.recipient_id, u.email, u.name, u.notification_email AS mode, u.disabled_at IS NULL AS active, n.read_at IS NOT NULL AS read, n.kind, n.actor_name, n.params
       FROM notification n JOIN app_user u ON u.id = n.recipient_id
       WHERE n.emailed_at IS NULL
         AND ($1 = 'DAILY' AND u.notification_email = 'DAILY'
           OR $1 = 'IMMEDIATE' AND u.notification_email IN ('IMMEDIATE', 'OFF') AND n.created_at <= now() - interval '1 minute')
       ORDER BY n.created_at, n.id LIMIT ${batch}
       FOR UPDATE OF n SKIP LOCKED`;

/** Notifications $1 were mailed (or will not be). */
export const MARK_EMAILED_SQL = `UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])`;

/** Zones without a submitted action plan for year $1, with the plan's id if there is one. */
export const ZONES_WITHOUT_SUBMITTED_PLAN_SQL = `SELECT z.id, z.slug, z.name, p.id AS plan_id FROM zone z
             LEFT JOIN action_plan p ON p.zone_id = z.id AND p.year = $1
             WHERE p.id IS NULL OR p.status <> 'SUBMITTED'`;

/** Zones with an action plan for year $1 but no submitted year report on it. */
export const ZONES_WITHOUT_SUBMITTED_REPORT_SQL = `SELECT z.id, z.slug, z.name, p.id AS plan_id FROM zone z
             JOIN action_plan p ON p.zone_id = z.id AND p.year = $1
             LEFT JOIN year_report r ON r.action_plan_id = p.id
             WHERE r.id IS NULL OR r.status <> 'SUBMITTED'`;

/** Records reminder ($2, year $3, $4 days left) for zone $1; returns the row only when it is new. */
export const INSERT_DEADLINE_REMINDER_SQL = `INSERT INTO deadline_reminder (zone_id, kind, year, days_left) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING zone_id`;

/** The editors of zone $1 (`user_id`). */
export const ZONE_EDITORS_SQL = `SELECT user_id FROM zone_membership WHERE zone_id = $1 AND role = 'EDITOR'`;

/** User $1's mail setting for notifications. */
export const NOTIFICATION_EMAIL_SQL = `SELECT notification_email FROM app_user WHERE id = $1`;

/** User $1's mail setting for notifications, the row locked for the update. */
export const LOCK_NOTIFICATION_EMAIL_SQL = `SELECT notification_email FROM app_user WHERE id = $1 FOR UPDATE`;

/** Sets user $1's mail setting to $2 (a new version). */
export const UPDATE_NOTIFICATION_EMAIL_SQL = `UPDATE app_user SET notification_email = $2, updated_at = now(), version = version + 1 WHERE id = $1`;

/** How many notifications of user $1 are unread (`n`). */
export const UNREAD_COUNT_SQL = `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`;

/** Marks every unread notification of user $1 read. */
export const MARK_ALL_READ_SQL = `UPDATE notification SET read_at = now(), updated_at = now(), version = version + 1 WHERE recipient_id = $1 AND read_at IS NULL`;

/** Of the notifications $2, those of user $1, locked. */
export const LOCK_OWN_NOTIFICATIONS_SQL = `SELECT id FROM notification WHERE recipient_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE`;

/** Marks the notifications $1 read (those still unread). */
export const MARK_READ_SQL = `UPDATE notification SET read_at = now(), updated_at = now(), version = version + 1 WHERE id = ANY($1::uuid[]) AND read_at IS NULL`;

/** One notification ($2 kind, subject $3/$4, actor $5 named $6, params $7) per recipient in $1; with $8, none for a recipient who has an unread one of the same kind on the subject from the last hour. Returns the new ids. */
export const INSERT_NOTIFICATIONS_SQL = `INSERT INTO notification (recipient_id, kind, subject_type, subject_id, actor_id, actor_name, params)
     SELECT r, $2::varchar, $3::varchar, $4::uuid, $5::uuid, $6::varchar, $7::jsonb FROM unnest($1::uuid[]) r
      WHERE NOT $8::boolean OR NOT EXISTS (
        SELECT 1 FROM notification n WHERE n.recipient_id = r AND n.subject_id = $4::uuid AND n.kind = $2::varchar AND n.read_at IS NULL AND n.created_at > now() - interval '1 hour')
     RETURNING id`;

/** The members (any role) of the zones $1 (`user_id`). */
export const ZONE_MEMBERS_SQL = `SELECT DISTINCT user_id FROM zone_membership WHERE zone_id = ANY($1::uuid[])`;

/** The coaches of region $1 (`user_id`). */
export const REGION_COACHES_SQL = `SELECT user_id FROM coach_region WHERE region_id = $1`;

/** Action plan $1 with its zone's slug and name. */
export const PLAN_WITH_ZONE_SQL = `SELECT p.id, p.status, p.zone_id, p.year, z.slug, z.name AS zone_name FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE p.id = $1`;

/** Who replied to remark $1 (`author_id`). */
export const REPLY_AUTHORS_SQL = `SELECT DISTINCT author_id FROM remark_reply WHERE remark_id = $1`;

/** Action $1's number and title. */
export const ACTION_NAME_SQL = `SELECT number, title FROM action WHERE id = $1`;

/** The name of row $1 of `table` (working_group or project). */
export const nameOfSql = (table: string): string => `SELECT name FROM ${table} WHERE id = $1`;

/** Zone $1's name. */
export const ZONE_NAME_SQL = `SELECT name FROM zone WHERE id = $1`;

/** The owner zones of item $1 through the owner table `table(column, zone_id)`. */
export const ownerZonesSql = (table: string, column: string): string => `SELECT zone_id FROM ${table} WHERE ${column} = $1`;

/** Who hears of a change to subject $2: members of owner zones $1 (owner) and its followers, once each. */
export const TOLD_USERS_SQL = `SELECT user_id, bool_or(owner) AS owner FROM (
       SELECT user_id, true AS owner FROM zone_membership WHERE zone_id = ANY($1::uuid[])
       UNION ALL SELECT user_id, false FROM follow WHERE subject_id = $2
     ) told GROUP BY user_id`;

/** Zone $1's name, slug and region. */
export const ZONE_SUMMARY_SQL = `SELECT name, slug, region_id FROM zone WHERE id = $1`;
