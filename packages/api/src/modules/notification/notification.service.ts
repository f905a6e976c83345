// The read side of notifications: the caller's own inbox, its unread count, marking read. Every
// statement is limited to the caller's own rows (recipient = the signed-in user): nobody, not
// even an administrator, reads another user's notifications.
import { paginate, type Connection } from '../../graphql/connection';
import { AppError } from '../../common/app-error';
import { uuidOf } from '../../common/write';
import type { Context } from '../auth/context';
import { NOTIFICATION_EMAIL_MODES, type NotificationEmailMode } from '@kruispunt/shared';
import { recordChange } from '../audit/audit';
import { Notification } from './notification.entity';
import {
  LOCK_NOTIFICATION_EMAIL_SQL,
  LOCK_OWN_NOTIFICATIONS_SQL,
  MARK_ALL_READ_SQL,
  MARK_READ_SQL,
  NOTIFICATION_EMAIL_SQL,
  UNREAD_COUNT_SQL,
  UPDATE_NOTIFICATION_EMAIL_SQL,
} from './notification.queries';

export class NotificationService {
  constructor(private readonly ctx: Context) {}

  /** A user's own inbox; an API token reads its owner's. */
  private recipient(): string {
    return this.ctx.viewer.requireUser();
  }

  list(args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<Connection<Notification>> {
    const qb = this.ctx.db.getRepository(Notification).createQueryBuilder('e').where('e.recipient_id = :me', { me: this.recipient() });
    if (args.unreadOnly) qb.andWhere('e.read_at IS NULL');
    return paginate(qb, { expressions: ['e.created_at'], aliases: ['created'], types: ['timestamptz'], direction: 'DESC' }, args);
  }

  async emailMode(): Promise<NotificationEmailMode> {
    const rows = (await this.ctx.db.query(NOTIFICATION_EMAIL_SQL, [this.recipient()])) as { notification_email: NotificationEmailMode }[];
    return rows[0]?.notification_email ?? 'IMMEDIATE';
  }

  /** The caller's own choice, audited; a READ token changes nothing. */
  async setEmailMode(mode: NotificationEmailMode): Promise<NotificationEmailMode> {
    const me = this.recipient();
    this.ctx.viewer.requireWrite();
    if (!(NOTIFICATION_EMAIL_MODES as readonly string[]).includes(mode)) throw new AppError('INVALID_INPUT', 'Kies meteen, dagelijks of geen e-mail.', { field: 'mode' });
    await this.ctx.db.transaction(async (m) => {
      const [before] = (await m.query(LOCK_NOTIFICATION_EMAIL_SQL, [me])) as { notification_email: string }[];
      if (before?.notification_email === mode) return;
      await m.query(UPDATE_NOTIFICATION_EMAIL_SQL, [me, mode]);
      await recordChange(m, this.ctx.viewer, 'User', me, { notificationEmail: before?.notification_email ?? null }, { notificationEmail: mode });
    });
    return mode;
  }

  /** The badge: one count over the unread partial index. */
  async unreadCount(): Promise<number> {
    const rows = (await this.ctx.db.query(UNREAD_COUNT_SQL, [this.recipient()])) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  /**
   * Marks the given notifications (or all) read. An id that is not one of the caller's own is
   * NOT_FOUND, as if it did not exist, and nothing is marked. Answers the unread count left.
   */
  async markRead(globalIds: readonly string[] | null | undefined, all: boolean | null | undefined): Promise<number> {
    const me = this.recipient();
    this.ctx.viewer.requireWrite();
    if (!all && !globalIds?.length) throw new AppError('INVALID_INPUT', 'Geef de meldingen op, of all: true.', { field: 'ids' });
    if (all) {
      await this.ctx.db.query(MARK_ALL_READ_SQL, [me]);
      return 0;
    }
    const ids = [...new Set(globalIds!.map((id) => uuidOf(id, 'Notification', 'ids')))];
    await this.ctx.db.transaction(async (m) => {
      const own = (await m.query(LOCK_OWN_NOTIFICATIONS_SQL, [me, ids])) as unknown[];
      if (own.length !== ids.length) throw new AppError('NOT_FOUND', 'Deze melding bestaat niet.');
      await m.query(MARK_READ_SQL, [ids]);
    });
    return this.unreadCount();
  }
}
