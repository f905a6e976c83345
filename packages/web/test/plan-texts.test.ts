// Issue 13, part 1a: each plan's own general texts and the zone profile, as zone staff edit them.
// A new plan shows last year's texts as a proposal ("Overgenomen uit …, nog niet herzien") until
// someone edits or confirms them; a second person's save in between is merged, not overwritten;
// the zone profile takes "3,5" VTE.
import type { APIRequestContext, Page } from 'playwright-core';
import path from 'node:path';
import { SCREENSHOT_DIR, baseUrl, screenshot } from './browser';
import { LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages();

async function ok<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

interface PlanTexts {
  id: string;
  version: number;
  introText: string | null;
  networkText: string | null;
  textsProposedFromYear: number | null;
}
const TEXTS = 'id version introText networkText textsProposedFromYear';

async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the general texts of a plan and the zone profile', () => {
  it("shows a new plan's texts as last year's proposal until they are edited, and merges a colleague's edit", async () => {
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    const api = page.context().request;
    // Other tests leave plans for later years in the shared database: take a year after all of
    // them (and far from the current and next year, which other tests create).
    const { zone } = await ok<{ zone: { id: string; actionPlans: { year: number }[] } }>(api, '{ zone(slug: "elz-leuven-zuid") { id actionPlans { year } } }');
    const years = zone.actionPlans.map((p) => p.year);
    const year = Math.max(2040, ...years.map((y) => y + 1));
    const before = Math.max(...years);
    const created = await ok<{ createActionPlan: PlanTexts }>(api, `mutation ($z: ID!, $y: Int!) { createActionPlan(zoneId: $z, year: $y) { ${TEXTS} } }`, { z: zone.id, y: year });
    const plan = created.createActionPlan;
    expect(plan.textsProposedFromYear).toBe(before);

    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/${year}`);
    await page.getByRole('heading', { level: 1, name: `Actieplan ${year}` }).waitFor();
    const section = page.getByRole('region', { name: 'Algemene teksten' });
    const proposal = section.getByTestId('texts-proposal');
    expect(await proposal.textContent()).toContain(`Overgenomen uit ${before}, nog niet herzien`);
    await screenshot(page, 'plan-texts-1-proposal');
    await expectNoSeriousA11yViolations(page, 'the plan page with proposed texts');

    // "Bewerken" in the banner opens the editor on the first text, with last year's texts in it.
    await proposal.getByRole('button', { name: 'Bewerken' }).click();
    const intro = section.getByRole('textbox', { name: 'Inleiding' });
    await intro.waitFor();
    expect(await intro.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await intro.inputValue()).toBe(plan.introText ?? '');

    // Too long: the shared rule's message beside the field, nothing saved.
    await intro.fill('x'.repeat(20001));
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.getByText('Inleiding is te lang (maximaal 20000 tekens)').waitFor();
    expect(await intro.getAttribute('aria-invalid')).toBe('true');

    // Saved with the keyboard (Ctrl+Enter): the proposal is gone, the new text shows.
    const newIntro = `${year} wordt het jaar van de zorgraad in Leuven Zuid.`;
    await intro.fill(newIntro);
    await intro.press('Control+Enter');
    await section.getByRole('status').filter({ hasText: 'De algemene teksten zijn bewaard.' }).waitFor();
    expect(await section.getByTestId('texts-proposal').count()).toBe(0);
    expect(await section.textContent()).toContain(newIntro);
    let saved = (await ok<{ node: PlanTexts }>(api, `query ($id: ID!) { node(id: $id) { ... on ActionPlan { ${TEXTS} } } }`, { id: plan.id })).node;
    expect(saved).toMatchObject({ introText: newIntro, textsProposedFromYear: null, networkText: plan.networkText });
    // Focus went back to the button that opens the editor.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Algemene teksten bewerken');

    // A colleague saves both texts while this person edits the introduction: their network text is
    // taken over, and for the introduction (both changed it) this person chooses.
    await section.getByRole('button', { name: 'Algemene teksten bewerken' }).click();
    await intro.fill('Mijn versie van de inleiding.');
    await ok(
      api,
      `mutation ($id: ID!, $v: Int!) { updateActionPlanTexts(id: $id, version: $v, input: { introText: "Inleiding van een collega.", networkText: "Netwerktekst van een collega." }) { version } }`,
      {
        id: plan.id,
        v: saved.version,
      },
    );
    await section.getByRole('button', { name: 'Opslaan' }).click();
    const banner = section.getByTestId('conflict-banner');
    await banner.waitFor();
    await section.getByTestId('conflict-introText').waitFor();
    expect(await banner.textContent()).toContain('Overgenomen van de ander: “Functioneren als netwerkorganisatie”');
    expect(await section.getByRole('textbox', { name: 'Functioneren als netwerkorganisatie' }).inputValue()).toBe('Netwerktekst van een collega.');
    await screenshot(page, 'plan-texts-2-conflict');
    await expectNoSeriousA11yViolations(page, 'the texts editor in conflict');
    // Saving without a choice is refused; choosing the colleague's version puts it in the field.
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.getByRole('alert').filter({ hasText: 'Kies voor Inleiding welke versie je bewaart.' }).waitFor();
    await section.getByTestId('conflict-introText').getByRole('radio', { name: 'Versie van de ander' }).check();
    expect(await intro.inputValue()).toBe('Inleiding van een collega.');
    await section.getByTestId('conflict-introText').getByRole('radio', { name: 'Jouw versie' }).check();
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.getByRole('status').filter({ hasText: 'De algemene teksten zijn bewaard.' }).waitFor();
    saved = (await ok<{ node: PlanTexts }>(api, `query ($id: ID!) { node(id: $id) { ... on ActionPlan { ${TEXTS} } } }`, { id: plan.id })).node;
    expect(saved).toMatchObject({ introText: 'Mijn versie van de inleiding.', networkText: 'Netwerktekst van een collega.' });

    await phoneShot(page, 'plan-texts-3');
    // Escape leaves an untouched editor.
    await section.getByRole('button', { name: 'Algemene teksten bewerken' }).click();
    await intro.press('Escape');
    await section.getByRole('button', { name: 'Algemene teksten bewerken' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('confirms proposed texts as they are with one button', async () => {
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    const api = page.context().request;
    const { zone } = await ok<{ zone: { id: string; actionPlans: { year: number }[] } }>(api, '{ zone(slug: "elz-leuven-zuid") { id actionPlans { year } } }');
    const year = Math.max(2040, ...zone.actionPlans.map((p) => p.year + 1));
    const { createActionPlan: created } = await ok<{ createActionPlan: PlanTexts }>(api, `mutation ($z: ID!, $y: Int!) { createActionPlan(zoneId: $z, year: $y) { ${TEXTS} } }`, {
      z: zone.id,
      y: year,
    });
    // Mijn zone lists the plan's checks, the unread texts among them.
    await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
    const card = page.getByTestId('plan-card').filter({ has: page.getByRole('heading', { level: 3, name: `Actieplan ${year}` }) });
    await card.getByText('De algemene teksten zijn overgenomen uit').waitFor();
    await card.getByRole('link', { name: 'Plan openen' }).click();
    const section = page.getByRole('region', { name: 'Algemene teksten' });
    // A colleague saved the plan in between (the texts still a proposal): nothing is confirmed
    // unread; the latest version is loaded and a second click confirms it.
    await section.getByTestId('texts-proposal').waitFor();
    await ok(api, `mutation ($id: ID!, $v: Int!) { updateActionPlanTexts(id: $id, version: $v, input: {}) { version } }`, { id: created.id, v: created.version });
    await section.getByTestId('texts-proposal').getByRole('button', { name: 'Teksten bevestigen' }).click();
    await section.getByRole('alert').filter({ hasText: 'Iemand anders wijzigde het plan intussen' }).waitFor();
    await section.getByTestId('texts-proposal').getByRole('button', { name: 'Teksten bevestigen' }).click();
    await section.getByRole('status').filter({ hasText: 'De teksten zijn bevestigd.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Algemene teksten bewerken');
    expect(await section.getByTestId('texts-proposal').count()).toBe(0);
    // Back on Mijn zone (in the app, with its cache): that check is gone.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn zone' }).click();
    await card.getByText('Het plan bevat nog geen acties').waitFor();
    expect(await card.getByText('De algemene teksten zijn overgenomen uit').count()).toBe(0);
    const { zone: after } = await ok<{ zone: { actionPlan: { textsProposedFromYear: number | null } } }>(
      api,
      `query ($y: Int!) { zone(slug: "elz-leuven-zuid") { actionPlan(year: $y) { textsProposedFromYear } } }`,
      { y: year },
    );
    expect(after.actionPlan.textsProposedFromYear).toBeNull();
    expect(errors).toEqual([]);
  });

  it('edits the zone profile on Mijn zone, with a decimal comma', async () => {
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    const api = page.context().request;
    const PROFILE = '{ zone(slug: "elz-leuven-zuid") { id version municipalities staffFte networkTimeShare networkTimePercent } }';
    const original = (
      await ok<{ zone: { id: string; version: number; municipalities: string[]; staffFte: number | null; networkTimeShare: string | null; networkTimePercent: number | null } }>(api, PROFILE)
    ).zone;
    try {
      await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
      const section = page.getByRole('region', { name: 'Zoneprofiel' });
      await section.getByRole('button', { name: 'Zoneprofiel bewerken' }).click();
      const fte = section.getByRole('textbox', { name: 'Personeel (VTE)' });
      await fte.fill('drie');
      await section.getByRole('button', { name: 'Opslaan' }).click();
      await section.getByText('Geef het aantal VTE als getal, bv. 3,5').waitFor();
      await fte.fill('3,5');
      await section.getByRole('textbox', { name: 'Gemeenten' }).fill([...original.municipalities, 'Bertem'].join('\n'));
      await section.getByRole('textbox', { name: 'Dat aandeel in procent' }).fill('55');
      await screenshot(page, 'zone-profile-1-form');
      await expectNoSeriousA11yViolations(page, 'the zone profile form');
      await section.getByRole('button', { name: 'Opslaan' }).click();
      await section.getByRole('status').filter({ hasText: 'Het zoneprofiel is bewaard.' }).waitFor();
      expect(await section.textContent()).toContain('3,5 VTE');
      const saved = (await ok<{ zone: typeof original }>(api, PROFILE)).zone;
      expect(saved).toMatchObject({ staffFte: 3.5, networkTimePercent: 55, municipalities: [...original.municipalities, 'Bertem'] });
      await phoneShot(page, 'zone-profile-2');

      // A colleague changes the staff while this person edits it too: asked, not overwritten.
      await section.getByRole('button', { name: 'Zoneprofiel bewerken' }).click();
      await fte.fill('4');
      const current = (await ok<{ zone: typeof original }>(api, PROFILE)).zone;
      await ok(api, 'mutation ($id: ID!, $v: Int!) { updateZone(id: $id, version: $v, input: { staffFte: 2.8, networkTimeShare: "ongeveer 60%" }) { version } }', {
        id: original.id,
        v: current.version,
      });
      await section.getByRole('button', { name: 'Opslaan' }).click();
      await section.getByTestId('conflict-staffFte').waitFor();
      expect(await section.getByRole('textbox', { name: 'Aandeel personeelstijd voor het netwerk' }).inputValue()).toBe('ongeveer 60%');
      expect(await section.getByTestId('conflict-staffFte').textContent()).toContain('2,8');
      await section.getByTestId('conflict-staffFte').getByRole('radio', { name: 'Versie van de ander' }).check();
      await section.getByRole('button', { name: 'Opslaan' }).click();
      await section.getByRole('status').filter({ hasText: 'Het zoneprofiel is bewaard.' }).waitFor();
      expect((await ok<{ zone: typeof original }>(api, PROFILE)).zone).toMatchObject({ staffFte: 2.8, networkTimeShare: 'ongeveer 60%' });
      expect(errors).toEqual([]);
    } finally {
      // Leave the shared database as it was for the other tests.
      const now = (await ok<{ zone: typeof original }>(api, PROFILE)).zone;
      const { municipalities, staffFte, networkTimeShare, networkTimePercent } = original;
      await ok(api, 'mutation ($id: ID!, $v: Int!, $i: ZoneInput!) { updateZone(id: $id, version: $v, input: $i) { version } }', {
        id: original.id,
        v: now.version,
        i: { municipalities, staffFte, networkTimeShare, networkTimePercent },
      });
    }
  });
});
