// Shared work across zones: owners' editors edit a co-owned working group, other zones cannot
// (neither in the page nor through the API); global search; partners; other zones' actions.
import type { Page } from 'playwright-core';
import path from 'node:path';
import { baseUrl, screenshot, SCREENSHOT_DIR, showActionPanels } from './browser';
import { COACH, LEUVEN, LEUVEN_NOORD, LEUVEN_ZUID, countEditControls, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const POOLEN = 'Poolen/delen van personeel';

const pageAs = signedInPages();

/** Waits until the page knows who is signed in (edit buttons depend on it). */
async function rightsKnown(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

describe('shared work', () => {
  it('an editor of ELZ Leuven Zuid edits the working group it co-owns with ELZ Leuven; ELZ Leuven Noord cannot', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    await zuid.page.goto(`${baseUrl()}/werkgroepen`);
    await zuid.page.getByRole('heading', { level: 1, name: 'Werkgroepen' }).waitFor();
    await expectNoSeriousA11yViolations(zuid.page, 'the working groups list');
    await zuid.page.getByRole('link', { name: POOLEN }).click();
    await zuid.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
    const url = zuid.page.url();
    const id = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    const owners = await zuid.page
      .locator('section')
      .filter({ has: zuid.page.getByRole('heading', { name: 'Eigenaar-zones' }) })
      .locator('li')
      .allTextContents();
    expect(owners.sort()).toEqual(['ELZ Leuven (Mede-trekker)', 'ELZ Leuven Zuid (Mede-trekker)']);

    const cadence = `Om de zes weken (${Date.now() % 1000})`;
    await zuid.page.getByRole('button', { name: 'Bewerken' }).click();
    await zuid.page.getByLabel('Frequentie').fill(cadence);
    await zuid.page.getByLabel('Opdracht').fill('Werkgroep rond het personeelstekort van verpleegkundigen: personeel poolen en delen tussen organisaties.');
    await expectNoSeriousA11yViolations(zuid.page, 'the working group form');
    await screenshot(zuid.page, 'cross-5-working-group-edit');
    await zuid.page.getByRole('button', { name: 'Bewaren' }).click();
    await zuid.page.getByText('Wijzigingen opgeslagen.').waitFor();
    expect(await zuid.page.locator('.facts').textContent()).toContain(cadence);
    // Focus returns to the edit button.
    expect(await zuid.page.evaluate(() => document.activeElement?.textContent)).toBe('Bewerken');
    await zuid.page.reload();
    await zuid.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
    expect(await zuid.page.locator('.facts').textContent()).toContain(cadence);
    await screenshot(zuid.page, 'cross-6-working-group-saved');
    expect(zuid.errors).toEqual([]);

    const noord = await pageAs(LEUVEN_NOORD);
    await noord.page.goto(url);
    await noord.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
    await rightsKnown(noord.page);
    expect(await noord.page.locator('.facts').textContent()).toContain(cadence);
    expect(await countEditControls(noord.page)).toBe(0);
    await expectNoSeriousA11yViolations(noord.page, 'the working group for a non-owner');
    // The API refuses the same change from ELZ Leuven Noord.
    const current = await graphqlRequest(noord.page.context().request, 'query ($id: ID!) { workingGroup(id: $id) { version } }', { id });
    const version = (current.data?.workingGroup as { version: number }).version;
    const attempt = await graphqlRequest(
      noord.page.context().request,
      'mutation ($id: ID!, $version: Int!) { updateWorkingGroup(id: $id, version: $version, input: { cadence: "wekelijks" }) { id cadence } }',
      { id, version },
    );
    expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(noord.errors).toEqual([]);
  });

  it("a co-owner opens a shared action in another zone's draft plan: the sheet and its recent change, without the plan", async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    const api = zuid.page.context().request;
    const zones = (await graphqlRequest(api, '{ zones(first: 20) { nodes { id slug } } }')).data?.zones as { nodes: { id: string; slug: string }[] };
    const zoneId = (slug: string) => zones.nodes.find((z) => z.slug === slug)!.id;
    // A draft plan of ELZ Leuven Zuid (a year no other test reads) with one action that ELZ Leuven co-owns.
    const plan = await graphqlRequest(api, 'mutation ($zoneId: ID!) { createActionPlan(zoneId: $zoneId, year: 2031) { id status } }', { zoneId: zoneId('elz-leuven-zuid') });
    expect(plan.errors).toBeUndefined();
    const planId = (plan.data?.createActionPlan as { id: string }).id;
    const title = `Gedeelde actie in een concept (${Date.now() % 1000})`;
    const created = await graphqlRequest(api, 'mutation ($planId: ID!, $title: String!) { createAction(planId: $planId, input: { title: $title }) { action { id } } }', { planId, title });
    expect(created.errors).toBeUndefined();
    const actionId = (created.data?.createAction as { action: { id: string } }).action.id;
    const added = await graphqlRequest(api, 'mutation ($id: ID!, $zoneId: ID!) { addOwner(subjectId: $id, zoneId: $zoneId, role: CO_LEAD) { __typename } }', {
      id: actionId,
      zoneId: zoneId('elz-leuven'),
    });
    expect(added.errors).toBeUndefined();
    try {
      const leuven = await pageAs(LEUVEN);
      await leuven.page.goto(`${baseUrl()}/acties/${encodeURIComponent(actionId)}`);
      await leuven.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await leuven.page.getByText('conceptplan van een andere zone').first().waitFor();
      await rightsKnown(leuven.page);
      // ELZ Leuven may edit the shared action: the editor opens without the plan (issue 11, finding 3).
      await leuven.page.getByRole('link', { name: 'Bewerken' }).click();
      await leuven.page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
      expect(await leuven.page.locator('.eyebrow').first().textContent()).toContain('conceptplan van een andere zone');
      // The zone's recent changes list the new action (the newest change) without failing on its plan.
      await leuven.page.goto(`${baseUrl()}/mijn-zone`);
      // Two entries: created, then co-owned.
      const change = leuven.page
        .locator('.change-list li')
        .filter({ has: leuven.page.getByRole('link', { name: title }) })
        .first();
      await change.waitFor();
      expect(await change.textContent()).toContain('conceptplan van een andere zone');
      expect(leuven.errors).toEqual([]);
    } finally {
      const version = ((await graphqlRequest(api, 'query ($id: ID!) { action(id: $id) { version } }', { id: actionId })).data?.action as { version: number }).version;
      const deleted = await graphqlRequest(api, 'mutation ($id: ID!, $version: Int!) { deleteAction(id: $id, version: $version) }', { id: actionId, version });
      expect(deleted.errors).toBeUndefined();
    }
  });

  it('"Acties van alle zones" lists the actions of both zones of a co-led working group and says which zone holds each (issue 11, finding 4)', async () => {
    const leuven = await pageAs(LEUVEN);
    const api = leuven.page.context().request;
    const zones = (await graphqlRequest(api, '{ zones(first: 20) { nodes { id slug } } }')).data?.zones as { nodes: { id: string; slug: string }[] };
    const groups = (await graphqlRequest(api, '{ workingGroups(search: "Poolen", first: 5) { nodes { id name } } }')).data?.workingGroups as { nodes: { id: string; name: string }[] };
    const poolId = groups.nodes.find((g) => g.name === POOLEN)!.id;
    // ELZ Leuven's own action on the group, in a draft plan of a year no other test reads.
    const plan = await graphqlRequest(api, 'mutation ($zoneId: ID!) { createActionPlan(zoneId: $zoneId, year: 2032) { id } }', {
      zoneId: zones.nodes.find((z) => z.slug === 'elz-leuven')!.id,
    });
    expect(plan.errors).toBeUndefined();
    const title = `Zorghelden bekendmaken bij de thuisverpleging (${Date.now() % 1000})`;
    const created = await graphqlRequest(api, 'mutation ($planId: ID!, $input: ActionInput!) { createAction(planId: $planId, input: $input) { action { id } } }', {
      planId: (plan.data?.createActionPlan as { id: string }).id,
      input: { title, workingGroupIds: [poolId] },
    });
    expect(created.errors).toBeUndefined();
    const actionId = (created.data?.createAction as { action: { id: string } }).action.id;
    try {
      await leuven.page.goto(`${baseUrl()}/werkgroepen/${encodeURIComponent(poolId)}`);
      await leuven.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
      const section = leuven.page.locator('section').filter({ has: leuven.page.getByRole('heading', { name: 'Acties van alle zones' }) });
      const items = section.getByTestId('linked-action');
      await items.first().waitFor();
      // Every action of the group ELZ Leuven may see, as the API lists them (other tests may carry
      // the seeded one over to later years, which adds its copies): the seeded one and ELZ Leuven's own among them.
      const listed = (await graphqlRequest(api, 'query ($id: ID!) { node(id: $id) { ... on WorkingGroup { actions { id } } } }', { id: poolId })).data?.node as { actions: { id: string }[] };
      expect(listed.actions.map((a) => a.id)).toContain(actionId);
      expect(await items.count()).toBe(listed.actions.length);
      const shared = items.filter({ hasText: 'Werkgroepen personeelstekort nauwgezet opvolgen' }).first();
      expect((await shared.locator('.result__meta').first().textContent())?.replace(/\s+/g, ' ')).toContain('In het plan van ELZ Leuven Zuid (mede-trekker)');
      expect(await shared.locator('[data-field="shared-with"]').textContent()).toBe('Gedeeld met ELZ Leuven (mede-trekker)');
      const own = items.filter({ hasText: title });
      expect((await own.locator('.result__meta').first().textContent())?.replace(/\s+/g, ' ')).toContain('In het plan van ELZ Leuven');
      expect(await own.locator('[data-field="shared-with"]').count()).toBe(0);
      await section.scrollIntoViewIfNeeded();
      await screenshot(leuven.page, 'coowners-4-working-group-actions');
      await expectNoSeriousA11yViolations(leuven.page, 'the actions of all zones on a working group');
      expect(leuven.errors).toEqual([]);

      const { page: small } = await pageAs(LEUVEN, { width: 390, height: 844 });
      await small.goto(`${baseUrl()}/werkgroepen/${encodeURIComponent(poolId)}`);
      await small.getByTestId('linked-action').nth(1).waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(small, 'coowners-5-working-group-actions-phone');

      // ELZ Leuven's zone page lists the action it co-leads in Leuven Zuid's plan, marked as shared.
      await leuven.page.goto(`${baseUrl()}/zones/elz-leuven`);
      // The 2025 one: another test file may have carried it over into a later (draft) plan of
      // Leuven Zuid, which this zone lists too, as "in een conceptplan van een andere zone".
      const coOwned = leuven.page
        .getByTestId('co-owned-action')
        .filter({ hasText: 'Werkgroepen personeelstekort nauwgezet opvolgen' })
        .filter({ hasText: /In het\s+actieplan 2025\s+van\s+ELZ Leuven Zuid/ });
      await coOwned.first().waitFor();
      expect(await coOwned.first().locator('[data-field="shared-with"]').textContent()).toBe('Gedeeld met ELZ Leuven Zuid (mede-trekker) · rol van deze zone: mede-trekker');
      await coOwned.first().scrollIntoViewIfNeeded();
      await screenshot(leuven.page, 'coowners-6-zone-page');
      await expectNoSeriousA11yViolations(leuven.page, 'a zone page with co-owned actions');
      expect(leuven.errors).toEqual([]);
    } finally {
      const version = ((await graphqlRequest(api, 'query ($id: ID!) { action(id: $id) { version } }', { id: actionId })).data?.action as { version: number }).version;
      const deleted = await graphqlRequest(api, 'mutation ($id: ID!, $version: Int!) { deleteAction(id: $id, version: $version) }', { id: actionId, version });
      expect(deleted.errors).toBeUndefined();
    }
  });

  it('global search: "/" focuses the box, Enter shows grouped results, OverHoop opens', async () => {
    const { page, errors } = await pageAs(COACH);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Zones' }).waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('global-search');
    await page.keyboard.type('OverHoop');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zoeken?q=OverHoop');
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “OverHoop”' }).waitFor();
    const projects = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: /^Projecten/ }) });
    await projects.getByRole('link', { name: 'OverHoop', exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^Acties/ }).count()).toBe(1);
    await screenshot(page, 'cross-7-search');
    await expectNoSeriousA11yViolations(page, 'the search results');

    await projects.getByRole('link', { name: 'OverHoop', exact: true }).click();
    await page.waitForURL('**/projecten/*');
    await page.getByRole('heading', { level: 1, name: 'OverHoop' }).waitFor();
    const owners = await page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Eigenaar-zones' }) })
      .textContent();
    expect(owners).toContain('ELZ Zuidoost Hageland (Penhouder)');
    expect(owners).toContain('ELZ Leuven Noord (Deelnemer)');
    await page.getByRole('heading', { level: 2, name: 'Acties van alle zones' }).waitFor();
    await rightsKnown(page);
    expect(await countEditControls(page)).toBe(0);
    await screenshot(page, 'cross-8-project');
    await expectNoSeriousA11yViolations(page, 'the project page');
    // The search box follows the URL: back to the results shows the words searched for.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “OverHoop”' }).waitFor();
    expect(await page.locator('#global-search').inputValue()).toBe('OverHoop');
    expect(errors).toEqual([]);
  });

  it('the partner directory finds partners with their zones and clusters', async () => {
    const { page, errors } = await pageAs(COACH);
    await page.goto(`${baseUrl()}/partners?q=Haacht`);
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    const card = page.getByTestId('partner').filter({ has: page.getByRole('heading', { name: 'Lokaal bestuur Haacht' }) });
    await card.waitFor();
    expect(await card.textContent()).toContain('ELZ Leuven Noord');
    expect(await card.textContent()).toContain('Leuven Noord: Lokale besturen');
    await page.getByLabel('Naam of sector').fill('');
    await page.getByLabel('Actief in zone').selectOption('elz-zuidoost-hageland');
    await page.getByRole('form', { name: 'Partners zoeken' }).getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL('**/partners?zone=elz-zuidoost-hageland');
    await page.getByTestId('partner').first().waitFor();
    for (const text of await page.getByTestId('partner').allTextContents()) expect(text).toContain('ELZ Zuidoost Hageland');
    await screenshot(page, 'cross-9-partners');
    await expectNoSeriousA11yViolations(page, 'the partner directory');
    expect(errors).toEqual([]);
  });

  it('an action page shows similar actions of other zones with zone, year and why each is there: owners invite, others write an e-mail', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    await zuid.page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025`);
    await zuid.page.getByTestId('action-summary').filter({ hasText: 'Aanbod GBO in onze regio faciliteren' }).getByRole('link').click();
    await zuid.page.waitForURL('**/acties/*');
    await showActionPanels(zuid.page);
    const neighbours = zuid.page.getByTestId('neighbours');
    await neighbours.getByTestId('neighbour').first().waitFor();
    const zones = await neighbours.locator('.neighbour__zone').allTextContents();
    expect(zones.length).toBeGreaterThan(0);
    for (const zone of zones) expect(zone).toMatch(/^ELZ .+ · Actieplan \d{4}$/);
    for (const zone of zones) expect(zone).not.toMatch(/^ELZ Leuven Zuid /);
    const scores = await neighbours.getByTestId('neighbour').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-score'))));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The other GBO action first, with what the two share; every neighbour says why it is there.
    const first = neighbours.getByTestId('neighbour').first();
    expect(await first.locator('.neighbour__zone').textContent()).toBe('ELZ Leuven Noord · Actieplan 2025');
    expect(await first.getByTestId('neighbour-reasons').textContent()).toMatch(/^Waarom: samen in project GBO \(geïntegreerd breed onthaal\) · .*ook met CAW/);
    expect(await neighbours.getByTestId('neighbour-reasons').count()).toBe(zones.length);
    // The editor of an owner zone invites the neighbour's zone to co-own the action.
    await rightsKnown(zuid.page);
    expect(await neighbours.getByRole('button', { name: /^Vraag ELZ .* om mee te trekken$/ }).count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(zuid.page, 'the action page with its neighbours');
    await neighbours.scrollIntoViewIfNeeded();
    await screenshot(zuid.page, 'neighbours-1-action-page');
    await neighbours.screenshot({ path: path.join(SCREENSHOT_DIR, 'neighbours-1-panel.png') });
    await zuid.page.setViewportSize({ width: 390, height: 844 });
    await neighbours.getByTestId('neighbour').first().waitFor();
    expect(await zuid.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(zuid.page, 'the neighbours at phone width');
    await screenshot(zuid.page, 'neighbours-2-phone');
    await neighbours.screenshot({ path: path.join(SCREENSHOT_DIR, 'neighbours-2-panel-phone.png') });
    const url = zuid.page.url();

    const coach = await pageAs(COACH);
    await coach.page.goto(url);
    await showActionPanels(coach.page);
    await coach.page.getByTestId('neighbour').first().waitFor();
    await rightsKnown(coach.page);
    const mail = coach.page
      .getByTestId('neighbour')
      .first()
      .getByRole('link', { name: /^Vraag om mee te trekken/ });
    expect(await mail.getAttribute('href')).toMatch(/^mailto:\?subject=/);
    expect(await coach.page.getByTestId('neighbours').getByRole('button').count()).toBe(0);
    // Once an administrator gives ELZ Leuven Noord a contact address, the mail goes there (issue 15).
    const admin = await pageAs('admin@kruispunt.test');
    const adminApi = admin.page.context().request;
    const noord = (await graphqlRequest(adminApi, '{ zone(slug: "elz-leuven-noord") { id version } }')).data!.zone as { id: string; version: number };
    const set = async (id: string, version: number, contactEmail: string | null) =>
      (
        await graphqlRequest(adminApi, 'mutation ($id: ID!, $v: Int!, $e: String) { setZoneContactEmail(id: $id, version: $v, contactEmail: $e) { version } }', {
          id,
          v: version,
          e: contactEmail,
        })
      ).data!.setZoneContactEmail as { version: number };
    const changed = await set(noord.id, noord.version, 'secretariaat@elz-leuven-noord.test');
    try {
      await coach.page.reload();
      await showActionPanels(coach.page);
      const addressed = coach.page
        .getByTestId('neighbour')
        .first()
        .getByRole('link', { name: /^Vraag om mee te trekken/ });
      await addressed.waitFor();
      expect(await addressed.getAttribute('href')).toMatch(/^mailto:secretariaat@elz-leuven-noord\.test\?subject=/);
      await coach.page.getByTestId('neighbour').first().getByText('Opent een e-mail aan ELZ Leuven Noord (secretariaat@elz-leuven-noord.test).').waitFor();
    } finally {
      await set(noord.id, changed.version, null);
    }
    expect(zuid.errors).toEqual([]);
    expect(coach.errors).toEqual([]);
  });
});
