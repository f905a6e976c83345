// Notifications by e-mail over real SMTP (a server started here), as each person chose (at once,
// one overview a day, none), never twice; and the deadline reminders 30, 7 and 1 days before
// 15 October and 1 May (Brussels), only to zones that have not submitted, once per day count.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { toGlobalId } from '../../common/global-id';
import { startMailCatcher, type MailCatcher } from '../mail/catcher';
import { mailNotifications, sendDeadlineReminders } from './notification-mail';

const PUBLIC_URL = 'https://kruispunt.example.be';

describe('notifications by e-mail and deadline reminders', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let catcher: MailCatcher;
  let coach: TestUser;
  let soon: TestUser;
  let daily: TestUser;
  let never: TestUser;
  let actionGid: string;

  const mailsTo = (u: TestUser) => catcher.mails.filter((m) => m.to.includes(u.email));
  const unsent = async (u: TestUser) => Number((await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND emailed_at IS NULL`, [u.userId]))[0].n);
  const setMode = (u: TestUser, mode: string) => gql(server.url, `mutation($m: NotificationEmailMode!) { setNotificationEmail(mode: $m) }`, { m: mode }, u.headers);
  /** Makes every notification old enough for the minute job (it waits a minute, to bundle a burst). */
  const age = () => t.db.query(`UPDATE notification SET created_at = created_at - interval '2 minutes'`);
  /** Waits until the queued send_mail jobs have reached the SMTP server. */
  const settle = async () => {
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send_mail'`);
      if (n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('send_mail jobs still queued');
  };

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    catcher = await startMailCatcher();
    server = await startServer(t.db, {
      port: 0,
      host: '127.0.0.1',
      rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 },
      webhooks: { run: false },
      // No crontab here: the test runs the tasks itself, at the moments it chooses.
      jobs: { pollIntervalMs: 100, crontab: '' },
      mail: { smtp: { host: catcher.host, port: catcher.port, ignoreTLS: true }, from: 'Kruispunt <noreply@kruispunt.test>', publicUrl: PUBLIC_URL, catcher },
    });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'] });
    [soon, daily, never] = [
      await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] }),
      await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] }),
      await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] }),
    ];
    const [action] = await t.db.query(
      `SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND p.status <> 'DRAFT' ORDER BY p.year, a.position LIMIT 1`,
    );
    actionGid = toGlobalId('Action', action.id);
  });
  afterAll(async () => {
    await server.close();
    await catcher.close();
    await t.drop();
  });

  it('lets each person choose, for themselves only', async () => {
    expect((await gql(server.url, `{ notificationEmail }`, {}, soon.headers)).data).toEqual({ notificationEmail: 'IMMEDIATE' });
    expect((await setMode(daily, 'DAILY')).data).toEqual({ setNotificationEmail: 'DAILY' });
    expect((await setMode(never, 'OFF')).data).toEqual({ setNotificationEmail: 'OFF' });
    expect((await gql(server.url, `{ notificationEmail }`, {}, daily.headers)).data).toEqual({ notificationEmail: 'DAILY' });
    expect((await setMode(never, 'WEKELIJKS')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A read-only token changes nothing; anonymous callers have no choice to make.
    const readOnly = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'], scope: 'READ' });
    expect((await setMode(readOnly, 'OFF')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(server.url, `{ notificationEmail }`, {}, readOnly.headers)).data).toEqual({ notificationEmail: 'IMMEDIATE' });
    expect((await gql(server.url, `mutation { setNotificationEmail(mode: OFF) }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [history] = await t.db.query(`SELECT fields FROM audit_entry WHERE entity_type = 'User' AND entity_id = $1 ORDER BY at DESC LIMIT 1`, [never.userId]);
    expect(history.fields).toEqual(['notificationEmail']);
  });

  it('mails a remark at once to who wants it, in a daily overview to who chose that, and never twice', async () => {
    const remark = await gql(
      server.url,
      `mutation($a: ID!) { addRemark(actionId: $a, input: { text: "Wie is hier de trekker? Graag <vóór> 1 maart." }) { id } }`,
      { a: actionGid },
      coach.headers,
    );
    expect(remark.errors).toBeUndefined();
    // Younger than a minute: not yet (a burst is bundled into one mail).
    expect(await mailNotifications(t.db, PUBLIC_URL, 'IMMEDIATE')).toBe(0);
    await age();
    expect(await mailNotifications(t.db, PUBLIC_URL, 'IMMEDIATE')).toBeGreaterThanOrEqual(1);
    await settle();
    const [mail] = mailsTo(soon);
    expect(mail).toBeDefined();
    expect(mail!.subject).toMatch(/^Kruispunt: .* heeft een opmerking geplaatst bij /);
    expect(mail!.text).toContain('„Wie is hier de trekker? Graag <vóór> 1 maart.”');
    expect(mail!.text).toContain(`${PUBLIC_URL}/acties/${actionGid}#overleg`);
    expect(mail!.html).toContain('Graag &lt;vóór&gt; 1 maart.');
    // Who wants none is marked as done without a mail; the daily overview waits for its hour.
    expect(mailsTo(never)).toEqual([]);
    expect(await unsent(never)).toBe(0);
    expect(mailsTo(daily)).toEqual([]);
    expect(await unsent(daily)).toBe(1);
    // Again: nothing new.
    expect(await mailNotifications(t.db, PUBLIC_URL, 'IMMEDIATE')).toBe(0);

    await gql(server.url, `mutation($a: ID!) { addRemark(actionId: $a, input: { text: "En de timing?" }) { id } }`, { a: actionGid }, coach.headers);
    expect(await mailNotifications(t.db, PUBLIC_URL, 'DAILY')).toBeGreaterThanOrEqual(1);
    await settle();
    const digest = mailsTo(daily);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.subject).toBe('Kruispunt: je overzicht van vandaag (2 meldingen)');
    expect(digest[0]!.text).toContain('„En de timing?”');
    expect(digest[0]!.text).toContain(`${PUBLIC_URL}/meldingen`);
    expect(await unsent(daily)).toBe(0);
  });

  it('skips what was read already and people deactivated since', async () => {
    const before = mailsTo(soon).length;
    const gone = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    await gql(server.url, `mutation($a: ID!) { addRemark(actionId: $a, input: { text: "Gelezen voor de mail vertrok" }) { id } }`, { a: actionGid }, coach.headers);
    await gql(server.url, `mutation { markNotificationsRead(all: true) }`, {}, soon.headers);
    await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [gone.userId]);
    expect(await unsent(gone)).toBe(1);
    await age();
    await mailNotifications(t.db, PUBLIC_URL, 'IMMEDIATE');
    await settle();
    expect(mailsTo(soon)).toHaveLength(before);
    expect(await unsent(soon)).toBe(0);
    expect(mailsTo(gone)).toEqual([]);
    expect(await unsent(gone)).toBe(0);
  });

  it('reminds the editors of zones that have not submitted, 30, 7 and 1 days before, once each', async () => {
    // ELZ Leuven submitted its 2027 plan already; the other zones have none or a draft.
    await t.db.query(`INSERT INTO action_plan (zone_id, year, status, submitted_at) SELECT id, 2027, 'SUBMITTED', now() FROM zone WHERE slug = 'elz-leuven'`);
    const leuven = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    const reader = await createTestUser(t.db, { viewerOf: ['elz-leuven-zuid'] });
    const reminders = (u: TestUser) =>
      t.db.query(`SELECT kind, params FROM notification WHERE recipient_id = $1 AND kind IN ('PLAN_DEADLINE', 'REPORT_DEADLINE') ORDER BY created_at`, [u.userId]);

    // 15 September 2026, 10:00 in Brussels: 30 days before 15 October.
    const zones = await sendDeadlineReminders(t.db, new Date('2026-09-15T08:00:00Z'));
    expect(zones).toBeGreaterThanOrEqual(1);
    const [reminder] = await reminders(soon);
    expect(reminder).toMatchObject({
      kind: 'PLAN_DEADLINE',
      params: { daysLeft: 30, deadline: '2026-10-15', subject: 'het actieplan 2027 van ELZ Leuven Zuid', zoneSlug: 'elz-leuven-zuid' },
    });
    const text = (await gql(server.url, `{ notifications(first: 1) { nodes { text target { type zoneSlug year } } } }`, {}, soon.headers)).data!.notifications.nodes[0];
    expect(text).toEqual({
      text: 'Nog 30 dagen: het actieplan 2027 van ELZ Leuven Zuid moet ingediend zijn op 15/10/2026',
      target: { type: 'Zone', zoneSlug: 'elz-leuven-zuid', year: 2027 },
    });
    expect(await reminders(leuven)).toEqual([]);
    expect(await reminders(reader)).toEqual([]);
    // It reaches the mailbox like any notification, with a link to the zone (no 2027 plan yet).
    await age();
    await mailNotifications(t.db, PUBLIC_URL, 'IMMEDIATE');
    await settle();
    const mail = mailsTo(soon).find((m) => m.subject === 'Kruispunt: Nog 30 dagen: het actieplan 2027 van ELZ Leuven Zuid moet ingediend zijn op 15/10/2026');
    expect(mail?.text).toContain(`${PUBLIC_URL}/mijn-zone/elz-leuven-zuid`);
    // The same day again (a second instance, a restart): nobody twice. The next day: no reminder.
    expect(await sendDeadlineReminders(t.db, new Date('2026-09-15T20:00:00Z'))).toBe(0);
    expect(await sendDeadlineReminders(t.db, new Date('2026-09-16T08:00:00Z'))).toBe(0);
    // 23:30 on 7 October in Brussels is already the 8th there: 7 days left.
    expect(await sendDeadlineReminders(t.db, new Date('2026-10-07T22:30:00Z'))).toBeGreaterThanOrEqual(1);
    expect((await reminders(soon)).map((r: { params: { daysLeft: number } }) => r.params.daysLeft)).toEqual([30, 7]);

    // 30 April 2026: one day before the 2025 reports are due, for zones with a 2025 plan.
    expect(await sendDeadlineReminders(t.db, new Date('2026-04-30T08:00:00Z'))).toBeGreaterThanOrEqual(1);
    const report = (await reminders(soon)).find((r: { kind: string }) => r.kind === 'REPORT_DEADLINE');
    expect(report).toMatchObject({ params: { daysLeft: 1, deadline: '2026-05-01', subject: 'het jaarrapport 2025 van ELZ Leuven Zuid', targetType: 'YearReport', year: 2025 } });
  });
});
