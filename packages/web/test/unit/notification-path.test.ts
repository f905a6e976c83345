// Where a notification leads, and the bell's accessible name.
import { bellLabel, notificationPath } from '../../src/modules/notification/target-path';

describe('notification links', () => {
  it('opens the action or the plan at its remarks, shared work at its page', () => {
    expect(notificationPath({ type: 'Action', id: 'QWN0aW9uOjE' })).toBe('/acties/QWN0aW9uOjE#overleg');
    expect(notificationPath({ type: 'ActionPlan', id: 'x', zoneSlug: 'elz-leuven', year: 2025 })).toBe('/zones/elz-leuven/plannen/2025#overleg');
    expect(notificationPath({ type: 'ActionPlan', id: 'x', zoneSlug: null, year: null })).toBeNull();
    expect(notificationPath({ type: 'WorkingGroup', id: 'V0c6MQ' })).toBe('/werkgroepen/V0c6MQ');
    expect(notificationPath({ type: 'Project', id: 'UHI6MQ' })).toBe('/projecten/UHI6MQ');
    expect(notificationPath({ type: 'Zone', id: 'z' })).toBeNull();
  });

  it('names the bell with its unread count', () => {
    expect(bellLabel(3)).toBe('Meldingen, 3 ongelezen');
    expect(bellLabel(0)).toBe('Meldingen, geen ongelezen');
  });
});
