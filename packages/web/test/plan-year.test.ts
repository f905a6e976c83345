// The plan's whole year in the browser (issue 13, "done when"), as the staff of ELZ Leuven, a seed
// zone no other browser test writes plans for: edit the frame (zone profile, next multi-year plan)
// → create next year's plan carrying over two chosen actions in one step → submit it (blocked by the
// template's checks, fixed, submitted, frozen) → record this year's follow-up → write, submit and
// download this year's report as Word. One person's year, in the order they would live it.
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { SCREENSHOT_DIR, baseUrl, screenshot } from './browser';
import { zipEntry } from './docx';
import { LEUVEN, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages('all');
const SLUG = 'elz-leuven';
const ZONE_YEAR = `query ($y: Int!) { zone(slug: "${SLUG}") { id staffFte actionPlan(year: $y) { id status } carryOverCandidates(year: $y) { id title } } }`;

async function ok<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("the plan's whole year", () => {
  it('frame → next year in one step → submission blocked, fixed, frozen → follow-up → yearly report in Word', async () => {
    const year = new Date().getFullYear();
    const next = year + 1;
    const { page, errors } = await pageAs(LEUVEN);
    const api = page.context().request;
    // The seed holds this year's plan of ELZ Leuven (2026); a later run date creates it from last year's.
    const current = await ok<{ zone: { id: string; actionPlan: { id: string } | null; carryOverCandidates: { id: string }[] } }>(api, ZONE_YEAR, { y: year });
    if (!current.zone.actionPlan) {
      await ok(api, 'mutation ($z: ID!, $y: Int!, $ids: [ID!]) { createActionPlan(zoneId: $z, year: $y, carryOverActionIds: $ids) { id } }', {
        z: current.zone.id,
        y: year,
        ids: current.zone.carryOverCandidates.map((c) => c.id),
      });
    }

    // 1. The frame: the zone profile (FTE with a decimal comma) and next multi-year plan's goals.
    await page.goto(`${baseUrl()}/mijn-zone/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'ELZ Leuven' }).waitFor();
    const profile = page.getByRole('region', { name: 'Zoneprofiel' });
    await profile.getByRole('button', { name: 'Zoneprofiel bewerken' }).click();
    await profile.getByRole('textbox', { name: 'Personeel (VTE)' }).fill('4,5');
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await profile.getByRole('status').filter({ hasText: 'Het zoneprofiel is bewaard.' }).waitFor();
    expect((await ok<{ zone: { staffFte: number } }>(api, ZONE_YEAR, { y: year })).zone.staffFte).toBe(4.5);

    await page.getByRole('link', { name: 'Meerjarenplan en doelstellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meerjarenplan' }).waitFor();
    const span = `${next}–${next + 2}`;
    const nextPlan = page.locator('section.myp-plan').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`\\(${span}\\)`) }) });
    if ((await nextPlan.count()) === 0) {
      await page.getByRole('button', { name: 'Nieuw meerjarenplan' }).click();
      expect(await page.getByLabel('Eerste jaar').inputValue()).toBe(String(next));
      await page.getByLabel('Laatste jaar').fill(String(next + 2));
      await page.getByLabel('Titel', { exact: true }).fill(`Meerjarenplan ${span}`);
      await page.getByRole('button', { name: 'Meerjarenplan aanmaken' }).click();
      await nextPlan.waitFor();
    }
    const goalTitle = `Elke inwoner vindt de weg naar de eerste lijn (${Date.now() % 100000})`;
    await nextPlan.getByRole('button', { name: 'Strategische doelstelling toevoegen' }).click();
    await nextPlan.getByLabel('Soort').selectOption({ label: 'Inhoudelijk' });
    await nextPlan.getByLabel('Strategische doelstelling', { exact: true }).fill(goalTitle);
    await nextPlan.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await nextPlan.getByRole('heading', { level: 3, name: new RegExp(goalTitle.replace(/[()]/g, '\\$&')) }).waitFor();
    await screenshot(page, 'year-1-frame');

    // 2. Next year in one step: two of this year's running actions, chosen in the dialog.
    await page.goto(`${baseUrl()}/mijn-zone/${SLUG}`);
    const card = page.getByTestId('plan-card').filter({ has: page.getByRole('heading', { level: 3, name: `Actieplan ${next}` }) });
    await card.getByRole('button', { name: `Actieplan ${next} aanmaken` }).click();
    const dialog = page.getByRole('dialog', { name: `Actieplan ${next} aanmaken` });
    await dialog.getByRole('checkbox').first().waitFor();
    const offered = (await ok<{ zone: { carryOverCandidates: { id: string; title: string }[] } }>(api, ZONE_YEAR, { y: next })).zone.carryOverCandidates;
    expect(offered.length).toBeGreaterThanOrEqual(2);
    const chosen = offered.slice(0, 2);
    await dialog.getByRole('button', { name: 'Niets kiezen' }).click();
    for (const action of chosen) await dialog.getByRole('checkbox', { name: action.title }).check();
    await dialog.getByRole('button', { name: 'Aanmaken en 2 acties overnemen' }).click();
    await page.waitForURL(`**/zones/${SLUG}/plannen/${next}`);
    expect(await page.getByTestId('plan-created').textContent()).toContain(`2 acties overgenomen uit ${year}`);
    const texts = page.getByRole('region', { name: 'Algemene teksten' });
    expect(await texts.getByTestId('texts-proposal').textContent()).toContain(`Overgenomen uit ${year}, nog niet herzien`);

    // 3. Submitting: refused while the texts are last year's and the sheets lack an evaluation kind.
    const status = page.getByRole('region', { name: 'Status van het plan' });
    const submit = async (): Promise<void> => {
      await status.getByRole('button', { name: 'Indienen bij het Departement Zorg' }).click();
      await page
        .getByRole('dialog', { name: `Actieplan ${next} indienen?` })
        .getByRole('button', { name: 'Indienen', exact: true })
        .click();
    };
    await submit();
    const refusal = status.getByRole('alert');
    await refusal.waitFor();
    const refusalText = (await refusal.textContent()) ?? '';
    expect(refusalText).toContain('overgenomen');
    for (const action of chosen) await refusal.getByRole('link', { name: new RegExp(action.title.slice(0, 30).replace(/[()?*+.]/g, '\\$&')) }).waitFor();
    await screenshot(page, 'year-2-submission-blocked');
    await expectNoSeriousA11yViolations(page, 'a refused submission');

    // Fixed: the texts confirmed, an evaluation kind chosen on each sheet (from the refusal's links).
    const editorLinks = await refusal.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(editorLinks).toHaveLength(2);
    await texts.getByTestId('texts-proposal').getByRole('button', { name: 'Teksten bevestigen' }).click();
    await texts.getByRole('status').filter({ hasText: 'De teksten zijn bevestigd.' }).waitFor();
    for (const href of editorLinks) {
      await page.goto(`${baseUrl()}${href}`);
      await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
      await page.getByRole('checkbox', { name: 'Procesevaluatie' }).check();
      await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
      await page.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
    }
    await page.goto(`${baseUrl()}/zones/${SLUG}/plannen/${next}`);
    await submit();
    await page.getByText('Dit plan is ingediend').waitFor();
    expect(await page.getByRole('button', { name: 'Actie toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Algemene teksten bewerken' }).count()).toBe(0);
    const submitted = await ok<{ zone: { actionPlan: { id: string; status: string; actions: { id: string; version: number; title: string }[] } } }>(
      api,
      `query ($y: Int!) { zone(slug: "${SLUG}") { actionPlan(year: $y) { id status actions { id version title } } } }`,
      { y: next },
    );
    expect(submitted.zone.actionPlan.status).toBe('SUBMITTED');
    expect(submitted.zone.actionPlan.actions.map((a) => a.title).sort()).toEqual(chosen.map((a) => a.title).sort());
    // Frozen for the zone's staff through the API too.
    const frozen = submitted.zone.actionPlan.actions[0]!;
    const write = await graphqlRequest(api, 'mutation ($id: ID!, $v: Int!) { updateAction(id: $id, version: $v, input: { title: "Later gewijzigd" }) { action { id } } }', {
      id: frozen.id,
      v: frozen.version,
    });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await screenshot(page, 'year-3-submitted');
    await phoneShot(page, 'year-3-submitted');

    // 4. This year's follow-up, recorded on an action page: two quarterly reviews and a measurement.
    const thisYear = await ok<{ zone: { actionPlan: { actions: { id: string; title: string; indicators: { name: string }[] }[] } } }>(
      api,
      `query ($y: Int!) { zone(slug: "${SLUG}") { actionPlan(year: $y) { actions { id title indicators { name } } } } }`,
      { y: year },
    );
    const followed = thisYear.zone.actionPlan.actions.find((a) => a.indicators.length > 0)!;
    await page.goto(`${baseUrl()}/acties/${followed.id}`);
    // The follow-up under the sheet renders when it comes near the screen: scroll to it, as a reader does.
    await page.getByTestId('follow-up').scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Opvolging', exact: true }).waitFor();
    const notes: string[] = [];
    for (const [quarter, date, progress] of [
      [2, `${year}-06-28`, 'Lopend'],
      [4, `${year}-12-01`, 'Lopend'],
    ] as const) {
      const note = `Kwartaal ${quarter}: ${quarter === 2 ? 'eerste overleg met het werkveld en de experts gehouden' : 'aanpak afgestemd, evaluatie met de partners gepland'}.`;
      notes.push(note);
      await page.locator('#review-datum').fill(date);
      await page.locator('#review-kwartaal').selectOption(String(quarter));
      await page.locator('#review-status').selectOption({ label: progress });
      await page.locator('#review-notitie').fill(note);
      await page.getByRole('button', { name: 'Opvolging bewaren' }).click();
      await page.getByText(note).first().waitFor();
      // Saved and the form emptied for the next review (filling it before then raced the reset).
      await page.getByText('Opvolging bewaard.').waitFor();
      expect(await page.locator('#review-notitie').inputValue()).toBe('');
    }
    const measure = page.getByRole('form', { name: `Meting toevoegen voor ${followed.indicators[0]!.name}` });
    await measure.getByLabel(/^Waarde/).fill('5');
    await measure.getByLabel('Datum').fill(`${year}-11-30`);
    await measure.getByRole('button', { name: 'Meting toevoegen' }).click();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'year-4-follow-up');

    // 5. This year's report: generated from the follow-up, a narrative written, submitted, in Word.
    await page.goto(`${baseUrl()}/zones/${SLUG}/plannen/${year}`);
    await page.getByRole('link', { name: `Jaarrapport ${year}` }).click();
    await page.getByRole('heading', { name: `Jaarrapport ${year}`, level: 1 }).waitFor();
    await expect(page.getByTestId('report-deadline').textContent()).resolves.toContain(`01/05/${next}`);
    const block = page.getByTestId('report-action').filter({ hasText: followed.title }).first();
    for (const note of notes) await expect(block.textContent()).resolves.toContain(note);
    const narrative = `In ${year} stemden we de aanpak af met het werkveld en de experts; in ${next} volgt de evaluatie met de partners.`;
    const goal = page.getByTestId('report-goal').filter({ has: block }).first();
    await goal.getByLabel('Toelichting van de zone').fill(narrative);
    await goal.getByRole('button', { name: 'Toelichting bewaren' }).click();
    await page.getByText('Bewaard.').first().waitFor();
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page
      .getByRole('dialog', { name: `Jaarrapport ${year} indienen?` })
      .getByRole('button', { name: 'Definitief indienen' })
      .click();
    await page.getByTestId('report-frozen').waitFor();
    await screenshot(page, 'year-5-report');
    await expectNoSeriousA11yViolations(page, 'the submitted yearly report');
    await phoneShot(page, 'year-5-report');

    const href = await page.getByRole('link', { name: 'Word', exact: true }).first().getAttribute('href');
    const download = await api.get(`${baseUrl()}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('wordprocessingml');
    const docx = await download.body();
    // Kept beside the screenshots, to be opened as the zone would (libreoffice → pdf → pages).
    fs.writeFileSync(path.join(SCREENSHOT_DIR, `jaarrapport-${SLUG}-${year}.docx`), docx);
    const xml = zipEntry(docx, 'word/document.xml')!;
    expect(xml).toContain(narrative);
    for (const note of notes) expect(xml).toContain(note);
    expect(xml).toContain(followed.title.replace(/&/g, '&amp;'));
    expect(errors).toEqual([]);
  });
});
