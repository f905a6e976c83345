// The read side of notifications: the caller's own inbox, its unread count, marking read. Every
// statement is limited to the caller's own rows (recipient = the signed-in user): nobody, not
// even an administrator, reads another user's notifications.
import type { Connection } from '../../graphql/connection';
import { paginate } from '../../graphql/connection';
import { AppError } from '../../common/app-error';
import { uuidOf } from '../../common/write';
import type { Context } from '../../graphql/context';
import { Notification } from './notification.entity';

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

  /** The badge: one count over the unread partial index. */
  async unreadCount(): Promise<number> {
    const rows = (await this.ctx.db.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [this.recipient()])) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  /** Marks the given notifications (or all) read; others' ids are ignored. Answers the unread count left. */
  async markRead(globalIds: readonly string[] | null | undefined, all: boolean | null | undefined): Promise<number> {
    const me = this.recipient();
    if (!all && !globalIds?.length) throw new AppError('INVALID_INPUT', 'Geef de meldingen op, of all: true.', { field: 'ids' });
    if (all) {
      await this.ctx.db.query(`UPDATE notification SET read_at = now(), updated_at = now(), version = version + 1 WHERE recipient_id = $1 AND read_at IS NULL`, [me]);
    } else {
      const ids = globalIds!.map((id) => uuidOf(id, 'Notification', 'ids'));
      await this.ctx.db.query(`UPDATE notification SET read_at = now(), updated_at = now(), version = version + 1 WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`, [me, ids]);
    }
    return this.unreadCount();
  }
}
