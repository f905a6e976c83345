// Sign-in, sessions (cookie) and API tokens (bearer). Secrets are random 32-byte values; the
// database keeps only their SHA-256, so a leaked database does not leak usable credentials.
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { changePasswordSchema, createApiTokenSchema, createUserSchema, signInSchema, type TokenScope } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { recordChange } from '../audit/audit';
import { outsideQueryCounter } from '../../db/query-counter';
import { preparedQuery } from '../../db/reader';
import { parseInput } from '../../common/validate';
import { ApiToken, Session, User, ZoneMembership, CoachRegion } from './auth.entity';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { Viewer } from './viewer';
import { DEFAULT_SIGN_IN_THROTTLE, SignInThrottle, type SignInThrottlePolicy } from './sign-in-throttle';
import {
  END_OTHER_SESSIONS_SQL,
  END_SESSIONS_BUT_SQL,
  END_SESSION_SQL,
  SESSION_SEEN_SQL,
  SET_MEMBERSHIP_SQL,
  TOKEN_USED_SQL,
  COUNT_REQUEST_SQL,
  countAndViewerSql,
  sessionCredentialSql,
  tokenCredentialSql,
  USER_CREDENTIAL_SQL,
  USERS_CREDENTIAL_SQL,
  viewerSql,
} from './auth.queries';

export const SESSION_COOKIE = 'kp_session';
export const SESSION_DAYS = 30;
const TOKEN_PREFIX = 'kp_';
/**
 * When this process last recorded a token's use: the UPDATE is sent once a minute per token, not
 * on every request (the SQL keeps its own once-a-minute condition, so several instances agree).
 */
const lastUseRecorded = new Map<string | null, number>();

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export interface Credentials {
  sessionToken?: string | null;
  bearerToken?: string | null;
}

interface ViewerRow {
  user_id: string;
  user_name: string;
  is_admin: boolean;
  editor_zone_ids: string[];
  viewer_zone_ids: string[];
  coach_region_ids: string[];
  session_id: string | null;
  token_id: string | null;
  token_scope: TokenScope | null;
}

export class AuthService {
  constructor(private readonly db: DataSource) {}

  /** The viewer behind a session cookie or a bearer token; anonymous when neither is valid. */
  async resolveViewer(credentials: Credentials): Promise<Viewer> {
    const { viewer } = await this.admit(credentials, null);
    if (viewer instanceof AppError) throw viewer;
    return viewer;
  }

  /**
   * What a user may see, without a credential (webhook deliveries are decided as their owner):
   * null when the user is gone or disabled.
   */
  async viewerOfUser(userId: string): Promise<Viewer | null> {
    const rows = (await this.db.query(viewerSql(USER_CREDENTIAL_SQL), [userId])) as ViewerRow[];
    return rows[0] ? this.toViewer(rows[0], 'session') : null;
  }

  /**
   * What each of these users may see (as `viewerOfUser`, in one statement; disabled and unknown
   * users left out): notifications go only to those who may read their item.
   */
  static async viewersOfUsers(db: { query: (sql: string, params: unknown[]) => Promise<unknown[]> }, userIds: readonly string[]): Promise<Viewer[]> {
    if (userIds.length === 0) return [];
    const rows = (await db.query(viewerSql(USERS_CREDENTIAL_SQL), [userIds])) as ViewerRow[];
    return rows.map((row) => AuthService.toViewerOf(row, 'session'));
  }

  /**
   * The viewer, and with `rate` the request counted against its rate-limit window, in one
   * statement: every API request starts with both, and a round trip to PostgreSQL is a large part
   * of a small request's cost. An invalid token comes back as the error to answer with, so that the
   * caller still counts the request.
   */
  async admit(credentials: Credentials, rate: { key: string; windowStart: Date } | null): Promise<{ viewer: Viewer | AppError; rateCount: number | null }> {
    const credential = credentials.bearerToken
      ? {
          kind: 'token' as const,
          hash: sha256(credentials.bearerToken),
          join: tokenCredentialSql,
        }
      : credentials.sessionToken
        ? {
            kind: 'session' as const,
            hash: sha256(credentials.sessionToken),
            join: sessionCredentialSql,
          }
        : null;
    if (!credential && !rate) return { viewer: Viewer.anonymous(), rateCount: null };
    let rows: (Partial<ViewerRow> & { rate_count?: number })[];
    if (rate) {
      rows = credential
        ? await preparedQuery(this.db, countAndViewerSql(credential.join('$3')), [rate.key, rate.windowStart, credential.hash], 'primary')
        : await preparedQuery(this.db, COUNT_REQUEST_SQL, [rate.key, rate.windowStart], 'primary');
    } else {
      // On the primary, like every credential check: a replica may not yet know of a session ended a moment ago.
      rows = await preparedQuery(this.db, viewerSql(credential!.join('$1')), [credential!.hash], 'primary');
    }
    const rateCount = rate ? Number(rows[0]?.rate_count ?? 0) : null;
    const row = rows[0]?.user_id ? (rows[0] as ViewerRow) : null;
    if (credential?.kind === 'token') {
      if (!row) return { viewer: new AppError('UNAUTHENTICATED', 'Dit API-token is ongeldig, verlopen of ingetrokken.', { http: { status: 401 } }), rateCount };
      this.recordTokenUse(row.token_id);
      return { viewer: this.toViewer(row, 'token'), rateCount };
    }
    if (row) this.recordSessionUse(row.session_id);
    return { viewer: row ? this.toViewer(row, 'session') : Viewer.anonymous(), rateCount };
  }

  /** Records when a session was last seen (for "Mijn sessies"), like a token's last use: at most once a minute. */
  private recordSessionUse(sessionId: string | null): void {
    if (!sessionId || Date.now() - (lastUseRecorded.get(sessionId) ?? 0) < 60_000) return;
    lastUseRecorded.set(sessionId, Date.now());
    outsideQueryCounter(() => void this.db.query(SESSION_SEEN_SQL, [sessionId]).catch((e: unknown) => console.error('[auth] last_seen_at', e)));
  }

  /** Records a token's last use at most once a minute, without making the request wait for it. */
  private recordTokenUse(tokenId: string | null): void {
    if (Date.now() - (lastUseRecorded.get(tokenId) ?? 0) < 60_000) return;
    lastUseRecorded.set(tokenId, Date.now());
    outsideQueryCounter(() => void this.db.query(TOKEN_USED_SQL, [tokenId]).catch((e: unknown) => console.error('[auth] last_used_at', e)));
  }

  private toViewer(row: ViewerRow, kind: 'session' | 'token'): Viewer {
    return AuthService.toViewerOf(row, kind);
  }

  private static toViewerOf(row: ViewerRow, kind: 'session' | 'token'): Viewer {
    return new Viewer({
      kind,
      userId: row.user_id,
      userName: row.user_name,
      isAdmin: row.is_admin,
      editorZoneIds: row.editor_zone_ids,
      viewerZoneIds: row.viewer_zone_ids,
      coachRegionIds: row.coach_region_ids,
      sessionId: row.session_id,
      tokenId: row.token_id,
      tokenScope: row.token_scope,
    });
  }

  /**
   * Checks e-mail and password, throttled per account and IP (`sign-in-throttle.ts`); returns the
   * new session's secret (for the cookie).
   */
  async signIn(input: unknown, from: { ip?: string; userAgent?: string; throttle?: SignInThrottlePolicy } = {}): Promise<{ secret: string; user: User; expiresAt: Date }> {
    const { email, password } = parseInput(signInSchema, input);
    // Unknown addresses count too, so the answer tells nothing about which accounts exist.
    const attempt = await new SignInThrottle(this.db, from.throttle ?? DEFAULT_SIGN_IN_THROTTLE).attempt(sha256(email).slice(0, 32), from.ip ?? 'local');
    const user = await this.db.getRepository(User).findOneBy({ email });
    // A user without a password yet (created by an administrator) is checked against the dummy
    // hash too, so the answer takes as long and says the same as for a wrong password.
    const ok = (await verifyPassword(password, user?.passwordHash || (await dummyHash()))) && !!user?.passwordHash;
    if (!user || !ok || user.disabledAt) throw new AppError('UNAUTHENTICATED', 'Onbekend e-mailadres of verkeerd wachtwoord.', { field: 'password' });
    await attempt.succeeded();
    return { ...(await this.startSession(user.id, this.db.manager, from)), user };
  }

  /** A new session of the user (password, single sign-on or an accepted invitation); its secret goes into the cookie. */
  async startSession(userId: string, manager: EntityManager = this.db.manager, from: { ip?: string; userAgent?: string } = {}): Promise<{ secret: string; expiresAt: Date }> {
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    await manager.getRepository(Session).insert({
      tokenHash: sha256(secret),
      userId,
      expiresAt,
      userAgent: from.userAgent?.slice(0, 500) || null,
      ip: from.ip?.slice(0, 64) || null,
      lastSeenAt: new Date(),
    });
    return { secret, expiresAt };
  }

  async signOut(viewer: Viewer): Promise<void> {
    if (viewer.data.sessionId) await this.db.getRepository(Session).delete({ id: viewer.data.sessionId });
  }

  /** Changes the password and ends the user's other sessions. */
  async changePassword(viewer: Viewer, input: unknown): Promise<void> {
    const userId = viewer.requireUser();
    if (viewer.data.kind !== 'session') throw new AppError('FORBIDDEN', 'Een wachtwoord wijzig je in de webapp, niet met een API-token.');
    const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
    await this.db.transaction(async (m) => {
      const user = await m.getRepository(User).findOneByOrFail({ id: userId });
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        throw new AppError('INVALID_INPUT', 'Je huidige wachtwoord klopt niet.', {
          field: 'currentPassword',
          issues: [{ field: 'currentPassword', message: 'Je huidige wachtwoord klopt niet.' }],
        });
      }
      await m.getRepository(User).update(user.id, { passwordHash: await hashPassword(newPassword) });
      await m.query(END_OTHER_SESSIONS_SQL, [user.id, viewer.data.sessionId]);
      await recordChange(m, viewer, 'User', user.id, { password: '***' }, { password: '*** (gewijzigd)' });
    });
  }

  async createUser(input: unknown, options: { isAdmin?: boolean } = {}): Promise<User> {
    const data = parseInput(createUserSchema, input);
    const repo = this.db.getRepository(User);
    if (await repo.findOneBy({ email: data.email })) {
      throw new AppError('INVALID_INPUT', 'Er bestaat al een gebruiker met dit e-mailadres.', {
        field: 'email',
        issues: [{ field: 'email', message: 'Er bestaat al een gebruiker met dit e-mailadres.' }],
      });
    }
    return repo.save(repo.create({ email: data.email, name: data.name, passwordHash: await hashPassword(data.password), isAdmin: options.isAdmin ?? false }));
  }

  async addMembership(userId: string, zoneId: string, role: 'EDITOR' | 'VIEWER'): Promise<void> {
    await this.db.query(SET_MEMBERSHIP_SQL, [userId, zoneId, role]);
  }

  async addCoachRegion(userId: string, regionId: string): Promise<void> {
    await this.db.getRepository(CoachRegion).upsert({ userId, regionId }, ['userId', 'regionId']);
  }

  /** Creates an API token for the viewer's user; the secret is returned once and never stored. */
  async createApiToken(viewer: Viewer, input: unknown): Promise<{ token: ApiToken; secret: string }> {
    const userId = viewer.requireUser();
    if (viewer.data.kind !== 'session') throw new AppError('FORBIDDEN', 'API-tokens maak je aan in de webapp of met de CLI.');
    return this.issueToken(userId, input);
  }

  async issueToken(userId: string, input: unknown): Promise<{ token: ApiToken; secret: string }> {
    const data = parseInput(createApiTokenSchema, input);
    if (data.expiresAt && new Date(`${data.expiresAt}T23:59:59Z`) < new Date()) {
      throw new AppError('INVALID_INPUT', 'De vervaldatum ligt in het verleden.', { field: 'expiresAt', issues: [{ field: 'expiresAt', message: 'De vervaldatum ligt in het verleden.' }] });
    }
    const secret = TOKEN_PREFIX + newSecret();
    const repo = this.db.getRepository(ApiToken);
    const token = await repo.save(
      repo.create({
        name: data.name,
        scope: data.scope,
        userId,
        tokenHash: sha256(secret),
        prefix: secret.slice(0, 10),
        expiresAt: data.expiresAt ? new Date(`${data.expiresAt}T23:59:59Z`) : null,
      }),
    );
    return { token, secret };
  }

  async listApiTokens(viewer: Viewer): Promise<ApiToken[]> {
    const userId = viewer.requireUser();
    return this.db.getRepository(ApiToken).find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  async revokeApiToken(viewer: Viewer, tokenId: string): Promise<ApiToken> {
    const userId = viewer.requireUser();
    viewer.requireWrite();
    const repo = this.db.getRepository(ApiToken);
    const token = await repo.findOneBy({ id: tokenId });
    if (!token || (token.userId !== userId && !viewer.isAdmin)) throw new AppError('NOT_FOUND', 'Dit token bestaat niet.');
    if (!token.revokedAt) await repo.update(token.id, { revokedAt: new Date() });
    return repo.findOneByOrFail({ id: token.id });
  }

  /** The signed-in user's sessions that have not expired, most recently seen first. */
  async mySessions(viewer: Viewer): Promise<Session[]> {
    const userId = viewer.requireUser();
    return this.db
      .getRepository(Session)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.expires_at > now()', { userId })
      .orderBy('coalesce(s.last_seen_at, s.created_at)', 'DESC')
      .addOrderBy('s.id')
      .getMany();
  }

  /** Ends one of the user's own sessions (another's is answered as absent). */
  async endSession(viewer: Viewer, sessionId: string): Promise<void> {
    const userId = viewer.requireUser();
    viewer.requireWrite();
    await this.db.transaction(async (m) => {
      // TypeORM answers a DELETE with [rows, affected].
      const [rows] = (await m.query(END_SESSION_SQL, [sessionId, userId])) as [{ id: string }[], number];
      if (!rows.length) throw new AppError('NOT_FOUND', 'Deze sessie bestaat niet (meer).');
      await recordChange(m, viewer, 'User', userId, { sessions: 'actief' }, { sessions: 'één sessie beëindigd' });
    });
  }

  /** Ends every session of the user but the one making the request; returns how many ended. */
  async endOtherSessions(viewer: Viewer): Promise<number> {
    const userId = viewer.requireUser();
    viewer.requireWrite();
    return this.db.transaction(async (m) => {
      const [rows] = (await m.query(END_SESSIONS_BUT_SQL, [userId, viewer.data.sessionId])) as [{ id: string }[], number];
      if (rows.length) await recordChange(m, viewer, 'User', userId, { sessions: 'actief' }, { sessions: `${rows.length} andere sessie(s) beëindigd` });
      return rows.length;
    });
  }

  async user(userId: string): Promise<User | null> {
    return this.db.getRepository(User).findOneBy({ id: userId });
  }

  async memberships(userId: string): Promise<ZoneMembership[]> {
    return this.db.getRepository(ZoneMembership).find({ where: { userId } });
  }
}
