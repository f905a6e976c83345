// Notifications by e-mail, and the deadline reminders. Both run from the job queue's crontab
// (jobs/tasks.ts), so with several API instances each tick runs once:
//
// - `mail_notifications` (every minute): the unsent notifications of people who want them at
//   once (`app_user.notification_email` IMMEDIATE), at least a minute old so a burst makes one
//   mail, one mail per person listing them, with a link to the one item (or to the inbox).
// - `mail_notification_digest` (daily): the same for people who chose one overview a day.
// People who want no mail, or read the notification already, are marked sent without a mail.
// Rows are taken `FOR UPDATE SKIP LOCKED` and marked sent in the transaction that queues the
// mail (`queueMail` adds a `send_mail` job in it): a notification is mailed once, or not at all
// when the transaction fails (then the next tick takes it again).
//
// - `deadline_reminders` (daily): on the days 30, 7 and 1 before 15 October (next year's plan)
//   and 1 May (last year's report), in Brussels, a notification to the editors of every zone
//   whose plan or report is not submitted. `deadline_reminder` remembers each one sent (zone,
//   kind, year, days left), so a tick run twice, or a restart, reminds nobody twice.
import type { DataSource, EntityManager } from 'typeorm';
import { notificationPath, notificationText, remindersDue, type NotificationEmailMode, type NotificationKind } from '@kruispunt/shared';
import { toGlobalId } from '../../common/global-id';
import { Viewer } from '../auth/viewer';
import { linkTo, queueMail } from '../mail/mail.service';
import type { MailContent } from '../mail/mail.template';
import type { NotificationTargetData } from './notification.entity';
import { notify } from './notify';
import {
  INSERT_DEADLINE_REMINDER_SQL,
  MARK_EMAILED_SQL,
  ZONES_WITHOUT_SUBMITTED_PLAN_SQL,
  ZONES_WITHOUT_SUBMITTED_REPORT_SQL,
  ZONE_EDITORS_SQL,
  unmailedNotificationsSql,
} from './notification.queries';

/** Notifications taken per run (the rest wait for the next minute). */
const BATCH = 500;

interface DueRow {
  id: string;
  recipient_id: string;
  email: string;
  name: string;
  mode: NotificationEmailMode;
  active: boolean;
  read: boolean;
  kind: NotificationKind;
  actor_name: string;
  params: Record<string, unknown> & NotificationTargetData;
}

/** The path a notification opens in the web app. */
function pathOf(row: Pick<DueRow, 'params'>): string {
  const p = row.params;
  return notificationPath({ type: p.targetType, id: p.targetId ? toGlobalId(p.targetType, p.targetId) : '', zoneSlug: p.zoneSlug ?? null, year: p.year ?? null }) ?? '/meldingen';
}

/** One person's mail for their notifications (text as the inbox says it). */
export function notificationMail(
  publicUrl: string,
  name: string,
  rows: readonly Pick<DueRow, 'kind' | 'actor_name' | 'params'>[],
  digest: boolean,
): { subject: string; content: MailContent } {
  const lines = rows.map((r) => {
    const text = notificationText(r.kind, r.actor_name, r.params as never);
    const excerpt = typeof r.params.excerpt === 'string' && r.params.excerpt ? `: „${r.params.excerpt}”` : '';
    return `• ${text}${excerpt}`;
  });
  const one = rows.length === 1;
  const subject = digest
    ? `Kruispunt: je overzicht van vandaag (${rows.length} ${one ? 'melding' : 'meldingen'})`
    : one
      ? `Kruispunt: ${notificationText(rows[0]!.kind, rows[0]!.actor_name, rows[0]!.params as never)}`
      : `Kruispunt: ${rows.length} nieuwe meldingen`;
  return {
    subject: subject.length > 150 ? `${subject.slice(0, 149)}…` : subject,
    content: {
      greeting: `Dag ${name},`,
      paragraphs: [one ? 'Er is iets gebeurd in Kruispunt dat jou aangaat:' : `Er zijn ${rows.length} dingen gebeurd in Kruispunt die jou aangaan:`, ...lines],
      link: one ? { label: 'Openen in Kruispunt', url: linkTo(publicUrl, pathOf(rows[0]!)) } : { label: 'Je meldingen openen', url: linkTo(publicUrl, '/meldingen') },
      after: ['Hoe vaak je zo’n e-mail krijgt, kies je zelf bij je meldingen in Kruispunt.'],
    },
  };
}

/** Mails the due notifications of people with this mode; answers how many mails were queued. */
export async function mailNotifications(db: DataSource, publicUrl: string, mode: 'IMMEDIATE' | 'DAILY'): Promise<number> {
  return db.transaction(async (m) => {
    const due = (await m.query(unmailedNotificationsSql(BATCH), [mode])) as DueRow[];
    if (due.length === 0) return 0;
    await m.query(MARK_EMAILED_SQL, [due.map((r) => r.id)]);
    const perPerson = new Map<string, DueRow[]>();
    for (const row of due) {
      // Read already, mail off, or the account deactivated: marked, not mailed.
      if (row.read || row.mode === 'OFF' || !row.active) continue;
      perPerson.set(row.recipient_id, [...(perPerson.get(row.recipient_id) ?? []), row]);
    }
    let mails = 0;
    for (const [recipient, rows] of perPerson) {
      const { subject, content } = notificationMail(publicUrl, rows[0]!.name, rows, mode === 'DAILY');
      await queueMail(m, rows[0]!.email, subject, content);
      mails++;
    }
    return mails;
  });
}

/** Kruispunt itself, as the actor of a reminder. */
const SYSTEM = new Viewer({ ...Viewer.anonymous().data, userName: 'Kruispunt' });

/** Sends the reminders due `now` (Brussels calendar); answers how many zones were reminded. */
export async function sendDeadlineReminders(db: DataSource, now: Date = new Date()): Promise<number> {
  let reminded = 0;
  for (const due of remindersDue(now)) {
    await db.transaction(async (m: EntityManager) => {
      // Zones without a submitted plan (or report) for that year; a report only where its plan exists.
      const zones = (await m.query(due.kind === 'PLAN_DEADLINE' ? ZONES_WITHOUT_SUBMITTED_PLAN_SQL : ZONES_WITHOUT_SUBMITTED_REPORT_SQL, [due.year])) as {
        id: string;
        slug: string;
        name: string;
        plan_id: string | null;
      }[];
      for (const zone of zones) {
        // Once per zone, kind, year and day count, whatever runs the task.
        const fresh = (await m.query(INSERT_DEADLINE_REMINDER_SQL, [zone.id, due.kind, due.year, due.daysLeft])) as unknown[];
        if (fresh.length === 0) continue;
        const editors = ((await m.query(ZONE_EDITORS_SQL, [zone.id])) as { user_id: string }[]).map((r) => r.user_id);
        const subject = due.kind === 'PLAN_DEADLINE' ? `het actieplan ${due.year} van ${zone.name}` : `het jaarrapport ${due.year} van ${zone.name}`;
        const target: NotificationTargetData = zone.plan_id
          ? { targetType: due.kind === 'PLAN_DEADLINE' ? 'ActionPlan' : 'YearReport', targetId: zone.plan_id, zoneSlug: zone.slug, year: due.year }
          : { targetType: 'Zone', targetId: zone.id, zoneSlug: zone.slug, year: due.year };
        const sent = await notify(m, SYSTEM, {
          kind: due.kind,
          subjectType: 'Zone',
          subjectId: zone.id,
          candidates: editors,
          // The zone's own editors: they read their own zone's plans and reports.
          canRead: () => true,
          params: { subject, zone: zone.name, deadline: due.deadline, daysLeft: due.daysLeft, ...target },
        });
        if (sent > 0) reminded++;
      }
    });
  }
  return reminded;
}
