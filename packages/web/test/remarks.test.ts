// A coach leaves a remark on a plan and on an action; the zone sees the open remarks on the plan
// and action pages and resolves them. Each page passes axe-core.
import { baseUrl, screenshot } from './browser';
import { COACH, LEUVEN_ZUID, expectNoSeriousA11yViolations, signedInPages } from './cross-zone-helpers';

const PLAN = '/zones/elz-leuven-zuid/plannen/2025';
const ACTION = 'Werkgroepen personeelstekort nauwgezet opvolgen';
const pageAs = signedInPages('all');

describe('remarks', () => {
  it('a coach remarks on a plan and an action; the zone sees them open and resolves them', async () => {
    const stamp = Date.now();
    const planRemark = `Coach: voeg bij de acties rond governance nog indicatoren toe (${stamp}).`;
    const actionRemark = `Coach: kan ELZ Leuven Noord hier mee aansluiten? (${stamp})`;

    const coach = await pageAs(COACH);
    await coach.page.goto(`${baseUrl()}${PLAN}`);
    await coach.page.getByRole('heading', { level: 1, name: 'Actieplan 2025' }).waitFor();
    const panel = coach.page.getByTestId('remarks');
    await panel.getByLabel('Nieuwe opmerking bij het actieplan').fill(planRemark);
    await panel.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await panel.getByTestId('remark').filter({ hasText: planRemark }).waitFor();
    await panel.getByText('Opmerking geplaatst.').waitFor();
    // A coach reads and remarks; resolving is for the zone.
    expect(await panel.getByRole('button', { name: 'Markeren als opgelost' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(coach.page, 'the plan with the remark form');

    await coach.page.getByTestId('action-summary').filter({ hasText: ACTION }).getByRole('link').click();
    await coach.page.getByRole('heading', { level: 1, name: new RegExp(ACTION) }).waitFor();
    const actionPanel = coach.page.getByTestId('remarks');
    await actionPanel.getByLabel('Nieuwe opmerking bij deze actie').fill(actionRemark);
    await actionPanel.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await actionPanel.getByTestId('remark').filter({ hasText: actionRemark }).waitFor();
    await screenshot(coach.page, 'cross-10-action-remark-coach');
    await expectNoSeriousA11yViolations(coach.page, 'the action with a remark');
    expect(coach.errors).toEqual([]);

    const zone = await pageAs(LEUVEN_ZUID);
    await zone.page.goto(`${baseUrl()}${PLAN}`);
    await zone.page.getByRole('heading', { level: 1, name: 'Actieplan 2025' }).waitFor();
    const zonePanel = zone.page.getByTestId('remarks');
    const open = zonePanel.getByRole('list', { name: 'Open opmerkingen' });
    const onPlan = open.getByTestId('remark').filter({ hasText: planRemark });
    const onAction = open.getByTestId('remark').filter({ hasText: actionRemark });
    await onPlan.waitFor();
    // The plan lists the action's remark too, with a link to the action.
    await onAction.getByRole('link', { name: ACTION }).waitFor();
    expect(await onPlan.textContent()).toContain('VIVEL-coach Oost-Brabant');
    await screenshot(zone.page, 'cross-11-plan-remarks-zone');
    await expectNoSeriousA11yViolations(zone.page, 'the plan with open remarks');
    await onPlan.getByRole('button', { name: 'Markeren als opgelost' }).click();
    // Resolving asks for an optional note; without one it is resolved all the same.
    await onPlan.getByRole('button', { name: 'Opmerking oplossen' }).click();
    await zonePanel.getByRole('list', { name: 'Opgeloste opmerkingen', includeHidden: true }).getByTestId('remark').filter({ hasText: planRemark }).waitFor({ state: 'attached' });
    expect(await open.getByTestId('remark').filter({ hasText: planRemark }).count()).toBe(0);

    // On the action page the zone resolves the action's remark.
    await onAction.getByRole('link', { name: ACTION }).click();
    await zone.page.getByRole('heading', { level: 1, name: new RegExp(ACTION) }).waitFor();
    const actionRemarks = zone.page.getByTestId('remarks');
    await actionRemarks.getByTestId('remark').filter({ hasText: actionRemark }).getByRole('button', { name: 'Markeren als opgelost' }).click();
    await actionRemarks.getByTestId('remark').filter({ hasText: actionRemark }).getByRole('button', { name: 'Opmerking oplossen' }).click();
    await actionRemarks.getByRole('list', { name: 'Opgeloste opmerkingen', includeHidden: true }).getByTestId('remark').filter({ hasText: actionRemark }).waitFor({ state: 'attached' });

    // Both stay resolved after a reload, for the coach too.
    await coach.page.goto(`${baseUrl()}${PLAN}`);
    const resolved = coach.page.getByTestId('remarks').getByRole('list', { name: 'Opgeloste opmerkingen', includeHidden: true });
    await resolved.getByTestId('remark').filter({ hasText: planRemark }).waitFor({ state: 'attached' });
    await resolved.getByTestId('remark').filter({ hasText: actionRemark }).waitFor({ state: 'attached' });
    expect(zone.errors).toEqual([]);
  });
});
