// The webhook module's hand-written SQL; the services keep the logic and call these.

/** Forgets finished deliveries older than $1 days (the delivery log's retention). */
export const FORGET_DELIVERIES_SQL = `DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < now() - make_interval(days => $1)`;

/** Events that have not changed for $1 seconds (the coalescing window), oldest first, at most $2, locked (skipping rows another runner holds). */
export const SETTLED_EVENTS_SQL = `SELECT id, event, entity_type, entity_id, snapshot, last_at FROM webhook_event
          WHERE occurred_at <= now() - make_interval(secs => $1) ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`;

/** Every webhook that is not disabled, with its owner and the events it wants. */
export const ACTIVE_WEBHOOKS_SQL = `SELECT id, user_id, events FROM webhook WHERE disabled_at IS NULL`;

/** Adds the deliveries in $1 (a JSON array of rows). */
export const INSERT_DELIVERIES_SQL = `INSERT INTO webhook_delivery (id, webhook_id, event, entity_type, entity_id, snapshot, body)
           SELECT id, webhook_id, event, entity_type, entity_id, snapshot, body
             FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, webhook_id uuid, event varchar, entity_type varchar, entity_id uuid, snapshot jsonb, body text)`;

/** Removes the events $1 (turned into deliveries). */
export const DELETE_EVENTS_SQL = `DELETE FROM webhook_event WHERE id = ANY($1)`;

/** Claims up to $2 due pending deliveries for $1 seconds (a lease another runner waits out), counting the attempt; each with its webhook. */
export const CLAIM_DELIVERIES_SQL = `WITH claimed AS (
         UPDATE webhook_delivery d SET locked_until = now() + make_interval(secs => $1), attempts = d.attempts + 1, last_attempt_at = now()
          WHERE d.id IN (SELECT id FROM webhook_delivery
                          WHERE status = 'PENDING' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                          ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING d.*)
       SELECT c.id, c.event, c.body, c.attempts, c.entity_type, c.entity_id, c.snapshot, w.id AS webhook_id, w.user_id, w.url, w.secret, w.disabled_at
         FROM claimed c JOIN webhook w ON w.id = c.webhook_id`;

/** Disables webhook $1 for reason $2 (when it is not yet). */
export const DISABLE_WEBHOOK_SQL = `UPDATE webhook SET disabled_at = now(), disabled_reason = $2 WHERE id = $1 AND disabled_at IS NULL`;

/** The outcome of an attempt at delivery $1: status $2, next attempt $3, status code $4, error $5, $6 appended to the log; the lease ends. */
export const RECORD_ATTEMPT_SQL = `UPDATE webhook_delivery SET status = $2, next_attempt_at = $3, locked_until = NULL, last_status_code = $4, last_error = $5, log = log || jsonb_build_array($6::jsonb) WHERE id = $1`;

/** Actions $1 with what deciding who may see them needs: plan status, zone, year, zone slug, owner zones. */
export const ACTION_SUBJECTS_SQL = `SELECT a.id, a.updated_at, p.status, p.zone_id, p.year, z.slug, array(SELECT o.zone_id FROM action_owner o WHERE o.action_id = a.id) AS owners
         FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE a.id = ANY($1)`;

/** Action plans $1 with their status, zone, year and zone slug. */
export const PLAN_SUBJECTS_SQL = `SELECT p.id, p.updated_at, p.status, p.zone_id, p.year, z.slug FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE p.id = ANY($1)`;

/** Locks user $1's row (so two creations cannot both pass the limit). */
export const LOCK_USER_SQL = `SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`;

/** How many webhooks user $1 has (`count`). */
export const WEBHOOK_COUNT_SQL = `SELECT count(*)::int AS count FROM webhook WHERE user_id = $1`;

/** Deletes webhook $1 when user $2 owns it or $3 (an administrator); returns its id. */
export const DELETE_WEBHOOK_SQL = `DELETE FROM webhook WHERE id = $1 AND (user_id = $2 OR $3) RETURNING id`;

/** The latest deliveries of webhook $1, newest first, at most $2. */
export const DELIVERIES_SQL = `SELECT id, event, status, attempts, last_status_code, last_error, last_attempt_at, next_attempt_at, created_at, log
         FROM webhook_delivery WHERE webhook_id = $1 ORDER BY created_at DESC, id LIMIT $2`;
