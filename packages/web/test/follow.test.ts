// "Volgen" in the browser: a member of another zone follows a published action of Leuven Zuid,
// Leuven Zuid changes it, and the follower's bell and inbox say so; following again stops it.
import { baseUrl, screenshot } from './browser';
import { LEUVEN_NOORD, LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const open = signedInPages();

it('follows an action of another zone and is told when it changes', async () => {
  const follower = await open(LEUVEN_NOORD);
  const owner = await open(LEUVEN_ZUID);
  const ownerApi = owner.page.context().request;
  await graphqlRequest(follower.page.context().request, `mutation { markNotificationsRead(all: true) }`);
  const plan = await graphqlRequest(ownerApi, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { status actions { id title } } }`);
  const action = (plan.data!.actionPlan as { actions: { id: string; title: string }[] }).actions[0]!;

  await follower.page.goto(`${baseUrl()}/acties/${action.id}`);
  const button = follower.page.getByRole('button', { name: 'Volgen' });
  await button.waitFor();
  expect(await button.getAttribute('aria-pressed')).toBe('false');
  await button.click();
  const pressed = follower.page.getByRole('button', { name: 'Volgend ✓' });
  await pressed.waitFor();
  expect(await pressed.getAttribute('aria-pressed')).toBe('true');
  await follower.page.getByText('Je volgt dit: wijzigingen komen bij je meldingen.').waitFor();
  await expectNoSeriousA11yViolations(follower.page, 'an action page with the follow button');
  await screenshot(follower.page, 'follow-1-action');

  // Leuven Zuid changes it (a reviewed measure, through the API as its tools may); the 2025 plan may be submitted: a review is follow-up, allowed then too.
  const review = await graphqlRequest(
    ownerApi,
    `mutation($a: ID!) { addActionReview(actionId: $a, input: { quarter: 4, reviewedOn: "2025-12-15", status: RUNNING, note: "Loopt volgens plan." }) { id } }`,
    { a: action.id },
  );
  expect(review.errors).toBeUndefined();

  await follower.page.goto(`${baseUrl()}/meldingen`);
  const item = follower.page.getByTestId('notification').filter({ hasText: 'dat je volgt' });
  await item.first().waitFor();
  expect(await item.first().textContent()).toContain(action.title.slice(0, 20));
  await follower.page.setViewportSize({ width: 390, height: 844 });
  await screenshot(follower.page, 'follow-2-told-390');

  // Unfollow again: the button says so.
  await follower.page.goto(`${baseUrl()}/acties/${action.id}`);
  await follower.page.getByRole('button', { name: 'Volgend ✓' }).click();
  await follower.page.getByRole('button', { name: 'Volgen' }).waitFor();
  expect(follower.errors).toEqual([]);
});
