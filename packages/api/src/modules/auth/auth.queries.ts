// The auth module's hand-written SQL; the services keep the logic and call these.

/** How long a throttle row is remembered after its last counted attempt. */
const FORGET_AFTER = `interval '1 day'`;
/** How long a pair (account and IP) that signed in correctly stays known. */
const KNOWN_FOR = `interval '30 days'`;
/** A throttle row's failures after counting one more (starting again after FORGET_AFTER). */
const NEXT_FAILURES = `CASE WHEN t.last_counted_at < now() - ${FORGET_AFTER} THEN 1 ELSE t.failures + 1 END`;

/** A throttle row for each key in $1 that has none yet (in key order, so concurrent attempts lock alike). */
export const THROTTLE_KEYS_SQL = `INSERT INTO sign_in_throttle (key, last_counted_at) SELECT unnest($1::text[]), now() ORDER BY 1 ON CONFLICT (key) DO NOTHING`;

/** Counts a failed attempt on keys $1 (free attempts $2, longest delay $3 each), unless a key is blocked (the account $4 only from an unknown pair $5); a key past its free attempts is blocked for $6 seconds doubled per failure. Gives `retry_after` when refused, and when it was counted. */
export const COUNT_ATTEMPT_SQL = `WITH k AS (SELECT * FROM unnest($1::text[], $2::int[], $3::float8[]) AS k(key, free, max_delay)),
       locked AS (SELECT t.key, t.blocked_until, t.known_until FROM sign_in_throttle t WHERE t.key = ANY($1::text[]) ORDER BY t.key FOR UPDATE),
       refusal AS (
         SELECT max(l.blocked_until) AS until FROM locked l
         WHERE l.blocked_until > now() AND NOT (l.key = $4 AND EXISTS (SELECT 1 FROM locked p WHERE p.key = $5 AND p.known_until > now()))),
       bump AS (
         UPDATE sign_in_throttle t SET
           failures = ${NEXT_FAILURES},
           last_counted_at = now(),
           blocked_until = CASE WHEN ${NEXT_FAILURES} >= k.free
             THEN now() + make_interval(secs => least(k.max_delay, $6::float8 * power(2, least(${NEXT_FAILURES} - k.free, 30))))
             ELSE NULL END
         FROM k WHERE t.key = k.key AND (SELECT until FROM refusal) IS NULL
         RETURNING t.key)
       SELECT ceil(extract(epoch FROM (SELECT until FROM refusal) - now()))::int AS retry_after, now()::text AS counted_at, (SELECT count(*) FROM bump) AS counted`;

/** A correct password on keys $1: pair $2 is cleared and known; the others take the attempt counted at $3 back (and the block it set). */
export const ATTEMPT_SUCCEEDED_SQL = `UPDATE sign_in_throttle t SET
         failures = CASE WHEN t.key = $2 THEN 0 ELSE greatest(t.failures - 1, 0) END,
         blocked_until = CASE WHEN t.key = $2 OR t.last_counted_at = $3::timestamptz THEN NULL ELSE t.blocked_until END,
         known_until = CASE WHEN t.key = $2 THEN now() + ${KNOWN_FOR} ELSE t.known_until END
       WHERE t.key = ANY($1::text[])`;

/** Removes throttle rows that no longer block, count or remember anything. */
export const FORGET_THROTTLE_SQL = `DELETE FROM sign_in_throttle WHERE last_counted_at < now() - ${FORGET_AFTER}
           AND (blocked_until IS NULL OR blocked_until < now()) AND (known_until IS NULL OR known_until < now())`;

/** Removes rate-limit windows older than five minutes. */
export const FORGET_RATE_LIMIT_BUCKETS_SQL = `DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '5 minutes'`;

/** What the visibility checks need of action $1: its plan's status and zone, its owner zones (oldest first). */
export const ACTION_ACCESS_SQL = `SELECT p.id, p.year, p.status, p.zone_id, array(SELECT o.zone_id FROM action_owner o WHERE o.action_id = a.id ORDER BY o.created_at, o.id) AS owners
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE a.id = $1`;

/** ACTION_ACCESS_SQL for the actions $1, with their ids. */
export const ACTIONS_ACCESS_SQL = `SELECT a.id, p.status, p.zone_id, array(SELECT o.zone_id FROM action_owner o WHERE o.action_id = a.id ORDER BY o.created_at, o.id) AS owners
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE a.id = ANY($1)`;

/** One statement resolves a credential to a viewer with all its memberships: `credentialJoin` gives the user (and session or token) behind it. */
export const viewerSql = (credentialJoin: string): string => `
  SELECT u.id AS user_id, u.name AS user_name, u.is_admin, c.session_id, c.token_id, c.token_scope,
    coalesce((SELECT array_agg(m.zone_id) FROM zone_membership m WHERE m.user_id = u.id AND m.role = 'EDITOR'), '{}') AS editor_zone_ids,
    coalesce((SELECT array_agg(m.zone_id) FROM zone_membership m WHERE m.user_id = u.id AND m.role = 'VIEWER'), '{}') AS viewer_zone_ids,
    coalesce((SELECT array_agg(cr.region_id) FROM coach_region cr WHERE cr.user_id = u.id), '{}') AS coach_region_ids
  FROM (${credentialJoin}) c JOIN app_user u ON u.id = c.user_id
  WHERE u.disabled_at IS NULL`;

/** The credential of user $1 itself (no session or token), for `viewerSql`. */
export const USER_CREDENTIAL_SQL = `SELECT $1::uuid AS user_id, NULL::uuid AS session_id, NULL::uuid AS token_id, NULL::token_scope AS token_scope`;

/** The credentials of the users $1 themselves, once each, for `viewerSql`. */
export const USERS_CREDENTIAL_SQL = `SELECT DISTINCT unnest($1::uuid[]) AS user_id, NULL::uuid AS session_id, NULL::uuid AS token_id, NULL::token_scope AS token_scope`;

/** The valid API token whose hash is parameter `p`, for `viewerSql`. */
export const tokenCredentialSql = (p: string): string => `SELECT t.user_id, NULL::uuid AS session_id, t.id AS token_id, t.scope AS token_scope FROM api_token t
                    WHERE t.token_hash = ${p} AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`;

/** The valid session whose hash is parameter `p`, for `viewerSql`. */
export const sessionCredentialSql = (p: string): string => `SELECT s.user_id, s.id AS session_id, NULL::uuid AS token_id, NULL::token_scope AS token_scope FROM session s
                    WHERE s.token_hash = ${p} AND s.expires_at > now()`;

/** Counts a request in rate-limit window ($1 key, $2 start); returns the window's count. */
const BUMP_SQL = `INSERT INTO rate_limit_bucket (key, window_start, count) VALUES ($1, $2, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1 RETURNING count`;

/** BUMP_SQL alone, the count as `rate_count` (a request without a credential). */
export const COUNT_REQUEST_SQL = `${BUMP_SQL.replace('RETURNING count', 'RETURNING count AS rate_count')}`;

/** BUMP_SQL and the viewer behind `credentialJoin` (its hash parameter $3) in one statement: `rate_count` and the viewer's columns (null when the credential is invalid). */
export const countAndViewerSql = (credentialJoin: string): string =>
  `WITH bump AS (${BUMP_SQL}) SELECT bump.count AS rate_count, v.* FROM bump LEFT JOIN LATERAL (${viewerSql(credentialJoin)}) v ON true`;

/** Records that session $1 was seen (at most once a minute). */
export const SESSION_SEEN_SQL = `UPDATE session SET last_seen_at = now() WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')`;

/** Records that API token $1 was used (at most once a minute). */
export const TOKEN_USED_SQL = `UPDATE api_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;

/** Ends user $1's sessions but $2. */
export const END_OTHER_SESSIONS_SQL = `DELETE FROM session WHERE user_id = $1 AND id <> $2`;

/** Gives user $1 role $3 in zone $2 (a new version). */
export const SET_MEMBERSHIP_SQL = `INSERT INTO zone_membership (user_id, zone_id, role) VALUES ($1, $2, $3) ON CONFLICT (user_id, zone_id) DO UPDATE SET role = EXCLUDED.role, version = zone_membership.version + 1, updated_at = now()`;

/** Ends session $1 when it is user $2's; returns its id. */
export const END_SESSION_SQL = `DELETE FROM session WHERE id = $1 AND user_id = $2 RETURNING id`;

/** Ends user $1's sessions but $2 (null: all); returns their ids. */
export const END_SESSIONS_BUT_SQL = `DELETE FROM session WHERE user_id = $1 AND id IS DISTINCT FROM $2 RETURNING id`;

/** Counts a request for a link in rate-limit window ($1 key, $2 start); returns the window's count. */
export const COUNT_LINK_REQUEST_SQL = `INSERT INTO rate_limit_bucket (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1 RETURNING count`;

/** The active user with e-mail address $1, locked. */
export const LOCK_ACTIVE_USER_BY_EMAIL_SQL = `SELECT u.id, u.name FROM app_user u WHERE u.email = $1 AND u.disabled_at IS NULL FOR UPDATE OF u`;

/** How many reset links user $1 got in the last hour (`recent`). */
export const RECENT_RESETS_SQL = `SELECT count(*)::int AS recent FROM password_reset WHERE user_id = $1 AND created_at > now() - interval '1 hour'`;

/** A reset link for user $1 (hash $2) valid for $3 hours. */
export const INSERT_RESET_SQL = `INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`;

/** The reset link with hash $1 and its user, locked: whether it is used up (or the user disabled) or expired. */
export const LOCK_RESET_SQL = `SELECT r.id, r.user_id, u.name, r.used_at IS NOT NULL OR u.disabled_at IS NOT NULL AS done, r.expires_at <= now() AS expired
         FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE r.token_hash = $1 FOR UPDATE OF r`;

/** Sets user $1's password hash to $2 (a new version). */
export const SET_PASSWORD_SQL = `UPDATE app_user SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`;

/** Uses up every open reset link of user $1. */
export const USE_RESETS_SQL = `UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`;

/** Ends every session of user $1. */
export const END_SESSIONS_SQL = `DELETE FROM session WHERE user_id = $1`;

/** How many invitations user $1 sent in the last hour (`recent`). */
export const RECENT_INVITATIONS_SQL = `SELECT count(*)::int AS recent FROM account_invitation WHERE invited_by_id = $1 AND created_at > now() - interval '1 hour'`;

/** Invites $1 to zone $2 as $3 (hash $4, by $5), valid for $6 days. */
export const INSERT_INVITATION_SQL = `INSERT INTO account_invitation (email, zone_id, role, token_hash, invited_by_id, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING id, expires_at, created_at`;

/** The open invitations of zone $1 (neither accepted, revoked nor expired), newest first, with who invited. */
export const OPEN_INVITATIONS_SQL = `SELECT i.id, i.email, i.role, i.expires_at, i.created_at, u.name AS invited_by_name
       FROM account_invitation i LEFT JOIN app_user u ON u.id = i.invited_by_id
       WHERE i.zone_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
       ORDER BY i.created_at DESC, i.id`;

/** Invitation $1, locked: whether it was accepted or revoked. */
export const LOCK_INVITATION_SQL = `SELECT id, email, zone_id, accepted_at IS NOT NULL AS accepted, revoked_at IS NOT NULL AS revoked FROM account_invitation WHERE id = $1 FOR UPDATE`;

/** Revokes invitation $1 (by user $2). */
export const REVOKE_INVITATION_SQL = `UPDATE account_invitation SET revoked_at = now(), revoked_by_id = $2 WHERE id = $1`;

/** The invitation with hash $1, its zone, its state and whether its address has an account; locked with `lock`. */
export const invitationByTokenSql = (lock: boolean): string =>
  `SELECT i.id, i.email, i.zone_id, i.role, i.expires_at, z.name AS zone_name, z.slug AS zone_slug, i.accepted_at IS NOT NULL AS done, i.expires_at <= now() AS expired,
         i.revoked_at IS NOT NULL AS revoked,
         EXISTS (SELECT 1 FROM app_user u WHERE u.email = i.email) AS has_account
       FROM account_invitation i JOIN zone z ON z.id = i.zone_id WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`;

/** Gives user $1 role $3 in zone $2, never lowering an editor (a new version). */
export const ACCEPT_MEMBERSHIP_SQL = `INSERT INTO zone_membership (user_id, zone_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, zone_id) DO UPDATE SET role = CASE WHEN zone_membership.role = 'EDITOR' THEN zone_membership.role ELSE EXCLUDED.role END,
           version = zone_membership.version + 1, updated_at = now()`;

/** Invitation $1 accepted by user $2. */
export const ACCEPT_INVITATION_SQL = `UPDATE account_invitation SET accepted_at = now(), accepted_by_id = $2 WHERE id = $1`;

/** Forgets reset links expired over 30 days ago. */
export const FORGET_RESETS_SQL = `DELETE FROM password_reset WHERE expires_at < now() - interval '30 days'`;

/** Forgets invitations never accepted and expired over 90 days ago. */
export const FORGET_INVITATIONS_SQL = `DELETE FROM account_invitation WHERE accepted_at IS NULL AND expires_at < now() - interval '90 days'`;

/** Forgets single-sign-on attempts older than $1 minutes. */
export const FORGET_SIGN_ON_ATTEMPTS_SQL = `DELETE FROM sign_on_attempt WHERE created_at < now() - make_interval(mins => $1)`;

/** A single-sign-on attempt: state $1, nonce $2, PKCE verifier $3, where to return $4. */
export const INSERT_SIGN_ON_ATTEMPT_SQL = `INSERT INTO sign_on_attempt (state, nonce, code_verifier, return_to) VALUES ($1, $2, $3, $4)`;

/** Uses up the attempt with state $1 (once) and gives it when younger than $2 minutes. As a SELECT: TypeORM answers a bare DELETE … RETURNING with [rows, count]. */
export const USE_SIGN_ON_ATTEMPT_SQL = `WITH used AS (DELETE FROM sign_on_attempt WHERE state = $1 RETURNING nonce, code_verifier, return_to, created_at)
           SELECT nonce, code_verifier, return_to FROM used WHERE created_at >= now() - make_interval(mins => $2)`;

/** The user of identity (issuer $1, subject $2), recording its use; whether the user is disabled. */
export const IDENTITY_USED_SQL = `WITH seen AS (UPDATE user_identity SET last_used_at = now() WHERE issuer = $1 AND subject = $2 RETURNING user_id)
         SELECT s.user_id, u.disabled_at IS NOT NULL AS disabled FROM seen s JOIN app_user u ON u.id = s.user_id`;

/** Links identity (issuer $1, subject $2) to user $3 (once). */
export const INSERT_IDENTITY_SQL = `INSERT INTO user_identity (issuer, subject, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`;

/** The zones with the slugs $1. */
export const ZONES_BY_SLUG_SQL = `SELECT id, slug FROM zone WHERE slug = ANY($1)`;

/** The regions with the slugs $1. */
export const REGIONS_BY_SLUG_SQL = `SELECT id, slug FROM region WHERE slug = ANY($1)`;

/** Gives user $1 role $3 in zone $2, never lowering an editor. */
export const GRANT_MEMBERSHIP_SQL = `INSERT INTO zone_membership (user_id, zone_id, role) VALUES ($1, $2, $3) ON CONFLICT (user_id, zone_id) DO UPDATE SET role = CASE WHEN zone_membership.role = 'EDITOR' THEN zone_membership.role ELSE EXCLUDED.role END`;

/** Makes user $1 a coach of region $2 (once). */
export const GRANT_COACH_REGION_SQL = `INSERT INTO coach_region (user_id, region_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`;
