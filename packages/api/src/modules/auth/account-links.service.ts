// Links mailed to people: a password reset (one hour) and an invitation into a zone (7 days).
// Each link carries a random 32-byte secret; only its SHA-256 is stored, and it works once.
// Nothing here tells a caller whether an address has an account: a reset request answers the
// same for every address (and mails only an existing, active account), an invitation is made
// and mailed the same way whoever owns the address; only the holder of the mailed link learns
// on the accept page whether to choose a password or to use the one they have.
import type { DataSource, EntityManager } from 'typeorm';
import { acceptInvitationSchema, inviteUserSchema, passwordSchema, requestPasswordResetSchema, resetPasswordSchema, ZONE_ROLE_LABELS, type ZoneRole } from '@kruispunt/shared';
import { z } from 'zod';
import { AppError } from '../../common/app-error';
import { recordChange } from '../audit/audit';
import { parseInput } from '../../common/validate';
import { addJob } from '../../jobs/queue';
import { linkTo, queueMail } from '../mail/mail.service';
import { Zone } from '../zone/zone.entity';
import { User } from './auth.entity';
import { AuthService, newSecret, sha256 } from './auth.service';
import { hashPassword, verifyPassword } from './password';
import { clientAddress, DEFAULT_SIGN_IN_THROTTLE, SignInThrottle, type SignInThrottlePolicy } from './sign-in-throttle';
import { Viewer } from './viewer';
import {
  ACCEPT_INVITATION_SQL,
  ACCEPT_MEMBERSHIP_SQL,
  COUNT_LINK_REQUEST_SQL,
  END_SESSIONS_SQL,
  FORGET_INVITATIONS_SQL,
  FORGET_RESETS_SQL,
  INSERT_INVITATION_SQL,
  INSERT_RESET_SQL,
  LOCK_ACTIVE_USER_BY_EMAIL_SQL,
  LOCK_INVITATION_SQL,
  LOCK_RESET_SQL,
  OPEN_INVITATIONS_SQL,
  RECENT_INVITATIONS_SQL,
  RECENT_RESETS_SQL,
  REVOKE_INVITATION_SQL,
  SET_PASSWORD_SQL,
  USE_RESETS_SQL,
  invitationByTokenSql,
} from './auth.queries';

export const RESET_LINK_HOURS = 1;
export const INVITATION_DAYS = 7;
/** Reset mails one address gets per hour at most; further requests get the same answer and no mail. */
const RESET_MAILS_PER_HOUR = 3;
/** Per client address and 5 minutes: reset requests, and uses of a link (reset, invitation). */
const RESET_REQUESTS_PER_WINDOW = 10;
const LINK_USES_PER_WINDOW = 30;
/** Invitations one person sends per hour at most. */
const INVITATIONS_PER_HOUR = 50;
const WINDOW_MS = 5 * 60_000;

export interface RequestContext {
  ip?: string;
  /** Where links in mails start (`MailPolicy`, mail/mailer.ts). */
  publicUrl: string;
  throttle?: SignInThrottlePolicy;
}

export interface PasswordResetRequest {
  email: string;
  publicUrl: string;
}

declare module '../../jobs/queue' {
  interface JobPayloads {
    password_reset_request: PasswordResetRequest;
  }
}

export interface InvitationInfo {
  id: string;
  email: string;
  zone: Zone;
  role: ZoneRole;
  expiresAt: Date;
  createdAt: Date;
}

export interface InvitationPreviewInfo {
  email: string;
  zoneName: string;
  zoneSlug: string;
  role: ZoneRole;
  expiresAt: Date;
  hasAccount: boolean;
}

interface LinkRow {
  id: string;
  expired: boolean;
  done: boolean;
  /** Withdrawn by an inviter (invitations only). */
  revoked?: boolean;
}

/** A pending invitation as its zone's inviters see it. */
export interface PendingInvitationInfo {
  id: string;
  email: string;
  role: ZoneRole;
  expiresAt: Date;
  createdAt: Date;
  invitedByName: string | null;
}

type LinkKind = 'reset' | 'invitation';

const MESSAGES: Record<LinkKind, Record<'UNKNOWN' | 'USED' | 'EXPIRED' | 'REVOKED', string>> = {
  reset: {
    UNKNOWN: 'Deze link om je wachtwoord te herstellen is ongeldig. Vraag een nieuwe aan.',
    REVOKED: 'Deze link om je wachtwoord te herstellen is ongeldig. Vraag een nieuwe aan.',
    USED: 'Deze link is al gebruikt. Vraag een nieuwe aan als je je wachtwoord opnieuw wilt instellen.',
    EXPIRED: `Deze link is verlopen (hij werkt ${RESET_LINK_HOURS} uur). Vraag een nieuwe aan.`,
  },
  invitation: {
    UNKNOWN: 'Deze uitnodiging is ongeldig. Vraag wie je uitnodigde om een nieuwe te sturen.',
    USED: 'Deze uitnodiging is al aanvaard. Meld je aan met je e-mailadres en wachtwoord.',
    EXPIRED: `Deze uitnodiging is verlopen (ze werkt ${INVITATION_DAYS} dagen). Vraag wie je uitnodigde om een nieuwe te sturen.`,
    REVOKED: 'Deze uitnodiging is ingetrokken. Vraag wie je uitnodigde of je alsnog mee mag werken.',
  },
};

/** INVALID_INPUT on `token` when the link is unknown, used, withdrawn or expired (`reason` says which, for clients). */
function requireUsable<T extends LinkRow>(kind: LinkKind, row: T | undefined): T {
  const reason = !row ? 'UNKNOWN' : row.done ? 'USED' : row.revoked ? 'REVOKED' : row.expired ? 'EXPIRED' : null;
  if (!reason) return row!;
  const message = MESSAGES[kind][reason];
  throw new AppError('INVALID_INPUT', message, { field: 'token', reason, issues: [{ field: 'token', message }] });
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { field, issues: [{ field, message }] });
}

/** The user as the author of an audit entry, for changes made through a mailed link. */
function actingAs(user: { id: string; name: string }): Viewer {
  return new Viewer({ ...Viewer.anonymous().data, kind: 'session', userId: user.id, userName: user.name });
}

export class AccountLinksService {
  constructor(private readonly db: DataSource) {}

  /** Counts an attempt of `kind` from this client in a 5-minute window (shared by all instances); RATE_LIMITED above `limit`. */
  private async countAttempt(kind: string, ip: string | undefined, limit: number): Promise<void> {
    const windowStart = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS);
    const [row] = (await this.db.query(COUNT_LINK_REQUEST_SQL, [`${kind}:${clientAddress(ip)}`, windowStart])) as { count: number }[];
    if (Number(row!.count) > limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - Date.now()) / 1000));
      throw new AppError('RATE_LIMITED', `Te veel pogingen na elkaar. Probeer het over ${Math.ceil(retryAfter / 60)} minuten opnieuw.`, { retryAfter });
    }
  }

  /**
   * Mails a reset link to the address when it belongs to an active account; answers the same in
   * every case (also when the address has had its 3 mails this hour), so nobody learns which
   * addresses have an account. The request only adds a job (the same one statement for every
   * address): looking the address up, making the link and the mail happen in the job
   * (`sendPasswordReset`), so the answer takes as long whoever owns the address.
   */
  async requestPasswordReset(input: unknown, context: RequestContext): Promise<void> {
    const { email } = parseInput(requestPasswordResetSchema, input);
    await this.countAttempt('reset-request', context.ip, RESET_REQUESTS_PER_WINDOW);
    await addJob(this.db, 'password_reset_request', { email, publicUrl: context.publicUrl });
  }

  /** The `password_reset_request` job: the link and its mail, for an active account that has not had 3 this hour. */
  static async sendPasswordReset(db: DataSource, { email, publicUrl }: PasswordResetRequest): Promise<void> {
    const secret = newSecret();
    await db.transaction(async (m) => {
      const [user] = (await m.query(LOCK_ACTIVE_USER_BY_EMAIL_SQL, [email])) as { id: string; name: string }[];
      if (!user) return;
      // Counted after the lock, in a statement of its own: a count in the locking statement reads
      // the snapshot from before a concurrent job's link was committed (a fourth mail got through).
      const [{ recent }] = (await m.query(RECENT_RESETS_SQL, [user.id])) as [{ recent: number }];
      if (recent >= RESET_MAILS_PER_HOUR) return;
      await m.query(INSERT_RESET_SQL, [user.id, sha256(secret), RESET_LINK_HOURS]);
      await queueMail(m, email, 'Je wachtwoord voor Kruispunt herstellen', {
        greeting: `Dag ${user.name},`,
        paragraphs: ['Iemand (hopelijk jij) vroeg om je wachtwoord voor Kruispunt opnieuw in te stellen. Met de knop hieronder kies je een nieuw wachtwoord.'],
        link: { label: 'Een nieuw wachtwoord kiezen', url: linkTo(publicUrl, '/wachtwoord-herstellen', { token: secret }) },
        after: [
          `De link werkt ${RESET_LINK_HOURS} uur en één keer. Daarna word je overal afgemeld en meld je je aan met je nieuwe wachtwoord.`,
          'Vroeg je dit niet? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
        ],
      });
    });
  }

  /** Sets the new password from a reset link; the link and every other open one stop working, and every session of the user ends. */
  async resetPassword(input: unknown, context: Pick<RequestContext, 'ip'>): Promise<void> {
    const { token, newPassword } = parseInput(resetPasswordSchema, input);
    await this.countAttempt('link-use', context.ip, LINK_USES_PER_WINDOW);
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (m) => {
      const [row] = (await m.query(LOCK_RESET_SQL, [sha256(token)])) as (LinkRow & { user_id: string; name: string })[];
      const link = requireUsable('reset', row);
      await m.query(SET_PASSWORD_SQL, [link.user_id, passwordHash]);
      await m.query(USE_RESETS_SQL, [link.user_id]);
      await m.query(END_SESSIONS_SQL, [link.user_id]);
      await recordChange(m, actingAs({ id: link.user_id, name: link.name }), 'User', link.user_id, { password: '***' }, { password: '*** (hersteld via e-mail)' });
    });
  }

  /**
   * Invites an address into a zone as editor or reader (its editors, administrators for any zone:
   * `Viewer.requireInviter`) and mails the link. The answer is the same whether or not the
   * address already has an account.
   */
  async inviteUser(viewer: Viewer, input: unknown, context: RequestContext): Promise<InvitationInfo> {
    const inviterId = viewer.requireUser();
    const data = parseInput(inviteUserSchema, input);
    const zone = await this.db.getRepository(Zone).findOneBy({ id: data.zoneId });
    if (!zone) throw new AppError('NOT_FOUND', 'Deze zone bestaat niet (meer).');
    viewer.requireInviter(zone.id);
    const [{ recent }] = (await this.db.query(RECENT_INVITATIONS_SQL, [inviterId])) as [{ recent: number }];
    if (recent >= INVITATIONS_PER_HOUR) throw new AppError('RATE_LIMITED', 'Je verstuurde het afgelopen uur al veel uitnodigingen. Probeer het later opnieuw.', { retryAfter: 3600 });
    const secret = newSecret();
    return this.db.transaction(async (m) => {
      const [row] = (await m.query(INSERT_INVITATION_SQL, [data.email, zone.id, data.role, sha256(secret), inviterId, INVITATION_DAYS])) as {
        id: string;
        expires_at: Date;
        created_at: Date;
      }[];
      const role = ZONE_ROLE_LABELS[data.role].toLowerCase();
      await queueMail(m, data.email, `Uitnodiging: werk mee aan ${zone.name} in Kruispunt`, {
        greeting: 'Dag,',
        paragraphs: [
          `${viewer.data.userName ?? 'Een collega'} nodigt je uit om als ${role} mee te werken aan ${zone.name} in Kruispunt, het planningsplatform van de eerstelijnszones.`,
          data.role === 'EDITOR' ? 'Als redacteur schrijf je mee aan de plannen en acties van de zone.' : 'Als lezer zie je de plannen en acties van de zone, ook de ontwerpen.',
        ],
        link: { label: 'De uitnodiging aanvaarden', url: linkTo(context.publicUrl, '/uitnodiging', { token: secret }) },
        after: [`De link werkt ${INVITATION_DAYS} dagen en één keer.`],
      });
      await recordChange(m, viewer, 'AccountInvitation', row!.id, null, { email: data.email, zone: zone.name, role: data.role });
      return { id: row!.id, email: data.email, zone, role: data.role, expiresAt: row!.expires_at, createdAt: row!.created_at };
    });
  }

  /** The invitations of a zone that still wait for an answer (not accepted, withdrawn or expired), newest first; for its inviters. */
  async pendingInvitations(viewer: Viewer, zoneId: string): Promise<PendingInvitationInfo[]> {
    viewer.requireInviter(zoneId);
    const rows = (await this.db.query(OPEN_INVITATIONS_SQL, [zoneId])) as { id: string; email: string; role: ZoneRole; expires_at: Date; created_at: Date; invited_by_name: string | null }[];
    return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, expiresAt: r.expires_at, createdAt: r.created_at, invitedByName: r.invited_by_name }));
  }

  /**
   * Withdraws a pending invitation (its zone's inviters): its link then answers that it was
   * withdrawn. Withdrawing one withdrawn already changes nothing; an accepted one cannot be
   * (remove the membership instead).
   */
  async revokeInvitation(viewer: Viewer, id: string): Promise<{ id: string; email: string; zoneId: string }> {
    viewer.requireSignedIn();
    return this.db.transaction(async (m) => {
      const [row] = (await m.query(LOCK_INVITATION_SQL, [id])) as {
        id: string;
        email: string;
        zone_id: string;
        accepted: boolean;
        revoked: boolean;
      }[];
      if (!row) throw new AppError('NOT_FOUND', 'Deze uitnodiging bestaat niet (meer).');
      viewer.requireInviter(row.zone_id);
      if (row.accepted) throw invalid('id', `${row.email} aanvaardde deze uitnodiging al. Pas het lidmaatschap aan in plaats van de uitnodiging in te trekken.`);
      if (!row.revoked) {
        await m.query(REVOKE_INVITATION_SQL, [id, viewer.data.userId]);
        await recordChange(m, viewer, 'AccountInvitation', id, { revoked: false }, { revoked: true });
      }
      return { id: row.id, email: row.email, zoneId: row.zone_id };
    });
  }

  private async invitationRow(m: EntityManager, token: string, lock = false) {
    const [row] = (await m.query(invitationByTokenSql(lock), [sha256(token)])) as (LinkRow & {
      email: string;
      zone_id: string;
      role: ZoneRole;
      expires_at: Date;
      zone_name: string;
      zone_slug: string;
      has_account: boolean;
    })[];
    return requireUsable('invitation', row);
  }

  /** What the accept page shows: to whom, for which zone and role, and whether to choose a password or use one's own. */
  async invitationPreview(token: string, context: Pick<RequestContext, 'ip'>): Promise<InvitationPreviewInfo> {
    const parsed = parseInput(z.object({ token: acceptInvitationSchema.shape.token }), { token });
    await this.countAttempt('link-use', context.ip, LINK_USES_PER_WINDOW);
    const row = await this.invitationRow(this.db.manager, parsed.token);
    return { email: row.email, zoneName: row.zone_name, zoneSlug: row.zone_slug, role: row.role, expiresAt: row.expires_at, hasAccount: row.has_account };
  }

  /**
   * Accepts an invitation: a new account with the given name and password, or, when the address
   * already has one, the membership added after its own password is given (throttled as a
   * sign-in). Either way the person is then signed in (a new session: the secret for the cookie).
   */
  async acceptInvitation(input: unknown, context: Pick<RequestContext, 'ip' | 'throttle'>): Promise<{ secret: string; expiresAt: Date }> {
    const data = parseInput(acceptInvitationSchema, input);
    await this.countAttempt('link-use', context.ip, LINK_USES_PER_WINDOW);
    const invitation = await this.invitationRow(this.db.manager, data.token);
    const existing = await this.db.getRepository(User).findOneBy({ email: invitation.email });
    let newAccount: { name: string; passwordHash: string } | null = null;
    if (existing) {
      const attempt = await new SignInThrottle(this.db, context.throttle ?? DEFAULT_SIGN_IN_THROTTLE).attempt(sha256(invitation.email).slice(0, 32), context.ip ?? 'local');
      if (existing.disabledAt || !(await verifyPassword(data.password, existing.passwordHash))) {
        throw invalid('password', 'Dit wachtwoord klopt niet. Gebruik het wachtwoord waarmee je je al aanmeldt bij Kruispunt.');
      }
      await attempt.succeeded();
    } else {
      const name = data.name?.trim();
      if (!name) throw invalid('name', 'Vul je naam in.');
      const { password } = parseInput(z.object({ password: passwordSchema }), { password: data.password });
      newAccount = { name, passwordHash: await hashPassword(password) };
    }
    return this.db.transaction(async (m) => {
      // Again, locked: two tabs accepting at once use the link once.
      const row = await this.invitationRow(m, data.token, true);
      let user: User;
      if (existing) user = existing;
      else {
        if (row.has_account) throw invalid('token', 'Dit e-mailadres kreeg intussen een account. Laad de pagina opnieuw en meld je aan met dat wachtwoord.');
        const repo = m.getRepository(User);
        user = await repo.save(repo.create({ email: row.email, name: newAccount!.name, passwordHash: newAccount!.passwordHash, isAdmin: false }));
        await recordChange(m, actingAs(user), 'User', user.id, null, { email: user.email, name: user.name });
      }
      // Never a step down: an editor invited as reader stays editor.
      await m.query(ACCEPT_MEMBERSHIP_SQL, [user.id, row.zone_id, row.role]);
      await m.query(ACCEPT_INVITATION_SQL, [row.id, user.id]);
      await recordChange(m, actingAs(user), 'AccountInvitation', row.id, { accepted: false }, { accepted: true });
      return new AuthService(this.db).startSession(user.id, m);
    });
  }

  /** The daily clean-up job: links long expired are of no use (accepted invitations stay as a record). */
  static async removeExpiredLinks(db: DataSource): Promise<void> {
    await db.query(FORGET_RESETS_SQL);
    await db.query(FORGET_INVITATIONS_SQL);
  }
}
