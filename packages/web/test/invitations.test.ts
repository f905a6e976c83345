// Inviting another zone to co-own a working group or a project, in two browsers at once: an
// editor of an owner zone invites from the item's page; an editor of the invited zone finds the
// invitation on "Mijn zone" and on the item's page, answers it, and (after accepting) may edit.
import type { APIRequestContext, Page } from 'playwright-core';
import { baseUrl, screenshot, showActionPanels } from './browser';
import { LEUVEN_NOORD, LEUVEN_ZUID, countEditControls, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const POOLEN = 'Poolen/delen van personeel';
const ELP = 'ELP (eerstelijnspsychologische zorg)';

const pageAs = signedInPages();

const idFromUrl = (url: string): string => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');

async function zoneId(api: APIRequestContext, slug: string): Promise<string> {
  const res = await graphqlRequest(api, 'query ($slug: String!) { zone(slug: $slug) { id } }', { slug });
  return (res.data?.zone as { id: string }).id;
}

/** Puts the seed back as other tests expect it: ELZ Leuven Noord neither owner nor invited. */
async function restore(api: APIRequestContext, subjectId: string): Promise<void> {
  const noord = await zoneId(api, 'elz-leuven-noord');
  const res = await graphqlRequest(api, 'query ($id: ID!) { node(id: $id) { ... on CoOwned { owners { zone { id } } invitations { id invitedZone { id } } } } }', { id: subjectId });
  const node = res.data?.node as { owners: { zone: { id: string } }[]; invitations: { id: string; invitedZone: { id: string } }[] };
  for (const invitation of node.invitations.filter((i) => i.invitedZone.id === noord)) {
    await graphqlRequest(api, 'mutation ($id: ID!) { withdrawInvitation(id: $id) { id } }', { id: invitation.id });
  }
  if (node.owners.some((o) => o.zone.id === noord)) {
    const removed = await graphqlRequest(api, 'mutation ($s: ID!, $z: ID!) { removeOwner(subjectId: $s, zoneId: $z) { __typename } }', { s: subjectId, z: noord });
    expect(removed.errors).toBeUndefined();
  }
}

async function ownerTexts(page: Page): Promise<string[]> {
  return (await page.getByTestId('owners-panel').locator('.owner-list li').allTextContents()).sort();
}

async function invite(page: Page, zone: string, role: string, message: string): Promise<void> {
  const panel = page.getByTestId('owners-panel');
  await panel.getByRole('button', { name: 'Zone uitnodigen om mee te trekken' }).click();
  await panel.getByLabel('Zone', { exact: true }).selectOption({ label: zone });
  await panel.getByLabel('Rol', { exact: true }).selectOption({ label: role });
  await panel.getByLabel(/^Bericht/).fill(message);
}

describe('invitations to co-own working groups and projects', () => {
  it('ELZ Leuven Zuid invites ELZ Leuven Noord to a working group; Leuven Noord finds it, accepts and may edit', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    const api = zuid.page.context().request;
    await zuid.page.goto(`${baseUrl()}/werkgroepen`);
    await zuid.page.getByRole('link', { name: POOLEN }).click();
    await zuid.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
    const url = zuid.page.url();
    const groupId = idFromUrl(url);
    try {
      expect(await ownerTexts(zuid.page)).toEqual(['ELZ Leuven (Mede-trekker)', 'ELZ Leuven Zuid (Mede-trekker)']);
      const panel = zuid.page.getByTestId('owners-panel');
      await invite(zuid.page, 'ELZ Leuven Noord', 'Deelnemer', 'Stappen jullie mee in de pool?');
      // Owners and pending invitations cannot be chosen again.
      const choices = await panel.getByLabel('Zone', { exact: true }).locator('option').allTextContents();
      expect(choices).toContain('ELZ Leuven Noord');
      expect(choices).not.toContain('ELZ Leuven Zuid');
      expect(choices).not.toContain('ELZ Leuven');
      await expectNoSeriousA11yViolations(zuid.page, 'the owners panel with its invite form');
      await screenshot(zuid.page, 'invites-1-working-group-invite-form');
      await panel.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await panel.getByRole('status').filter({ hasText: 'ELZ Leuven Noord is uitgenodigd.' }).waitFor();
      const pending = panel.getByTestId('invitation').filter({ hasText: 'ELZ Leuven Noord' });
      expect(await pending.textContent()).toContain('als deelnemer');
      expect(await pending.textContent()).toContain('Uitgenodigd door ELZ Leuven Zuid');
      await expectNoSeriousA11yViolations(zuid.page, 'the owners panel with a pending invitation');
      await zuid.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(zuid.page, 'invites-2-working-group-pending-390');
      await zuid.page.setViewportSize({ width: 1280, height: 900 });

      // ELZ Leuven Noord finds it on Mijn zone, with a link to the working group.
      const noord = await pageAs(LEUVEN_NOORD);
      await noord.page.goto(`${baseUrl()}/mijn-zone/elz-leuven-noord`);
      const inbox = noord.page.locator('section').filter({ has: noord.page.getByRole('heading', { name: 'Uitnodigingen om mee te trekken' }) });
      const item = inbox.getByTestId('invitation').filter({ hasText: POOLEN });
      await item.waitFor();
      expect(await item.textContent()).toContain('ELZ Leuven Zuid nodigt je zone uit als deelnemer van werkgroep');
      expect(await item.getByRole('button', { name: /^Aanvaarden/ }).count()).toBe(1);
      await item.getByRole('link', { name: POOLEN }).click();

      // ... and on the working group's page, where it accepts.
      await noord.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
      expect(noord.page.url()).toBe(url);
      await noord.page.waitForLoadState('networkidle');
      expect(await countEditControls(noord.page)).toBe(0);
      const noordPanel = noord.page.getByTestId('owners-panel');
      expect(await noordPanel.getByRole('button', { name: 'Zone uitnodigen om mee te trekken' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(noord.page, 'the owners panel for the invited zone');
      await screenshot(noord.page, 'invites-3-working-group-invited');
      await noordPanel.getByRole('button', { name: 'Aanvaarden voor ELZ Leuven Noord' }).click();
      const status = noordPanel.getByRole('status');
      await status.filter({ hasText: 'Uitnodiging aanvaard: ELZ Leuven Noord is nu deelnemer van deze werkgroep' }).waitFor();
      // Focus goes to the confirmation (the button pressed is gone).
      await noord.page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status' && document.activeElement.textContent?.startsWith('Uitnodiging aanvaard'), null, {
        timeout: 3000,
      });
      expect(await ownerTexts(noord.page)).toEqual(['ELZ Leuven (Mede-trekker)', 'ELZ Leuven Noord (Deelnemer)', 'ELZ Leuven Zuid (Mede-trekker)']);
      expect(await noordPanel.getByTestId('invitation').count()).toBe(0);
      await screenshot(noord.page, 'invites-4-working-group-accepted');

      // Now an owner, ELZ Leuven Noord edits the working group.
      const cadence = `Maandelijks, met Leuven Noord (${Date.now() % 1000})`;
      await noord.page.getByRole('button', { name: 'Bewerken' }).click();
      await noord.page.getByLabel('Frequentie').fill(cadence);
      await noord.page.getByRole('button', { name: 'Bewaren' }).click();
      await noord.page.getByText('Wijzigingen opgeslagen.').waitFor();
      expect(await noord.page.locator('.facts').textContent()).toContain(cadence);

      // Mijn zone has nothing pending any more.
      await noord.page.goto(`${baseUrl()}/mijn-zone/elz-leuven-noord`);
      await noord.page.getByRole('heading', { level: 1, name: 'ELZ Leuven Noord' }).waitFor();
      await noord.page.waitForLoadState('networkidle');
      expect(await noord.page.getByTestId('invitation').filter({ hasText: POOLEN }).count()).toBe(0);

      // Leuven Zuid's page shows the new owner after a reload; it changes Leuven Noord's role, then removes it.
      await zuid.page.reload();
      await zuid.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
      expect(await ownerTexts(zuid.page)).toContain('ELZ Leuven Noord (Deelnemer)');
      expect(await zuid.page.locator('.facts').textContent()).toContain(cadence);
      await panel.getByRole('button', { name: 'Rollen en eigenaars beheren' }).click();
      await panel.getByLabel('ELZ Leuven Noord: rol').selectOption({ label: 'Ondersteunende partner' });
      await expectNoSeriousA11yViolations(zuid.page, 'the owners panel while managing owners');
      await zuid.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(zuid.page, 'invites-5-working-group-manage-390');
      await zuid.page.setViewportSize({ width: 1280, height: 900 });
      await panel.getByRole('button', { name: 'Rol opslaan voor ELZ Leuven Noord' }).click();
      await panel.getByRole('status').filter({ hasText: 'ELZ Leuven Noord is nu ondersteunende partner van deze werkgroep.' }).waitFor();
      await panel.getByRole('button', { name: /^Als eigenaar verwijderen\W+ELZ Leuven Noord$/ }).click();
      await panel.getByRole('button', { name: 'Ja, ELZ Leuven Noord verwijderen' }).click();
      await panel.getByRole('status').filter({ hasText: 'ELZ Leuven Noord is geen eigenaar meer van deze werkgroep.' }).waitFor();
      await panel.getByRole('button', { name: 'Klaar met eigenaars beheren' }).click();
      expect(await ownerTexts(zuid.page)).toEqual(['ELZ Leuven (Mede-trekker)', 'ELZ Leuven Zuid (Mede-trekker)']);
      expect(zuid.errors).toEqual([]);
      expect(noord.errors).toEqual([]);
    } finally {
      await restore(api, groupId);
    }
  });

  it('a project: Leuven Noord declines on the project page, then accepts a second invitation on Mijn zone', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    const api = zuid.page.context().request;
    await zuid.page.goto(`${baseUrl()}/projecten`);
    await zuid.page.getByRole('link', { name: ELP }).click();
    await zuid.page.getByRole('heading', { level: 1, name: ELP }).waitFor();
    const url = zuid.page.url();
    const projectId = idFromUrl(url);
    try {
      const panel = zuid.page.getByTestId('owners-panel');
      await invite(zuid.page, 'ELZ Leuven Noord', 'Ondersteunende partner', 'Doen jullie mee met ELP?');
      await panel.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await panel.getByRole('status').filter({ hasText: 'ELZ Leuven Noord is uitgenodigd.' }).waitFor();

      const noord = await pageAs(LEUVEN_NOORD);
      await noord.page.goto(url);
      const noordPanel = noord.page.getByTestId('owners-panel');
      await noordPanel.getByRole('button', { name: 'Weigeren voor ELZ Leuven Noord' }).click();
      await noordPanel.getByRole('status').filter({ hasText: 'Uitnodiging geweigerd: ELZ Leuven Noord wordt geen eigenaar van dit project.' }).waitFor();
      expect(await noordPanel.getByTestId('invitation').count()).toBe(0);
      expect(await ownerTexts(noord.page)).not.toContain('ELZ Leuven Noord (Ondersteunende partner)');

      // Leuven Zuid asks again; the invitation waits on Leuven Noord's Mijn zone.
      await zuid.page.reload();
      await zuid.page.getByRole('heading', { level: 1, name: ELP }).waitFor();
      expect(await panel.getByTestId('invitation').count()).toBe(0);
      await invite(zuid.page, 'ELZ Leuven Noord', 'Ondersteunende partner', 'Toch nog eens: doen jullie mee?');
      await panel.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await panel.getByTestId('invitation').filter({ hasText: 'ELZ Leuven Noord' }).waitFor();

      await noord.page.goto(`${baseUrl()}/mijn-zone/elz-leuven-noord`);
      const item = noord.page.getByTestId('invitation').filter({ hasText: ELP });
      await item.waitFor();
      expect(await item.textContent()).toContain('als ondersteunende partner van project');
      await expectNoSeriousA11yViolations(noord.page, 'Mijn zone with an invitation to a project');
      await screenshot(noord.page, 'invites-6-my-zone-project-invitation');
      await item.getByRole('button', { name: /^Aanvaarden/ }).click();
      const status = noord.page.locator('.invitations').getByRole('status');
      await status.filter({ hasText: 'Aanvaard: je zone is nu ondersteunende partner van project' }).waitFor();
      await noord.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(noord.page, 'invites-7-my-zone-accepted-390');
      await status.getByRole('link', { name: ELP }).click();
      await noord.page.getByRole('heading', { level: 1, name: ELP }).waitFor();
      expect(await ownerTexts(noord.page)).toContain('ELZ Leuven Noord (Ondersteunende partner)');
      await noord.page.getByRole('button', { name: 'Bewerken' }).waitFor();

      await zuid.page.reload();
      await zuid.page.getByRole('heading', { level: 1, name: ELP }).waitFor();
      expect(await ownerTexts(zuid.page)).toContain('ELZ Leuven Noord (Ondersteunende partner)');
      expect(zuid.errors).toEqual([]);
      expect(noord.errors).toEqual([]);
    } finally {
      await restore(api, projectId);
    }
  });

  it('an action uses the same panel: the zone of its plan cannot be removed, another owner can', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    await zuid.page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025`);
    await zuid.page.getByTestId('action-summary').filter({ hasText: 'Werkgroepen personeelstekort nauwgezet opvolgen' }).getByRole('link').click();
    await zuid.page.waitForURL('**/acties/*');
    await showActionPanels(zuid.page);
    const panel = zuid.page.getByTestId('owners-panel');
    await panel.getByRole('heading', { name: 'Eigenaar-zones' }).waitFor();
    expect(await ownerTexts(zuid.page)).toEqual(['ELZ Leuven (Mede-trekker)', 'ELZ Leuven Zuid (Mede-trekker)']);
    await panel.getByRole('button', { name: 'Rollen en eigenaars beheren' }).click();
    // The zone of the action's plan stays an owner: no remove button for it.
    await panel.getByLabel('ELZ Leuven Zuid: rol').waitFor();
    expect(await panel.getByRole('button', { name: /^Als eigenaar verwijderen\W+ELZ Leuven Zuid$/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Als eigenaar verwijderen\W+ELZ Leuven$/ }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Zone uitnodigen om mee te trekken' }).waitFor();
    await expectNoSeriousA11yViolations(zuid.page, 'the owners panel of an action');
    expect(zuid.errors).toEqual([]);
  });
});
