import { excerpt, notificationText, relativeTime } from './notifications';

describe('notification texts', () => {
  it('says who did what to which item, in Dutch', () => {
    expect(notificationText('REMARK_ADDED', 'Coach An', { subject: 'Actie 1.2.3' })).toBe('Coach An heeft een opmerking geplaatst bij Actie 1.2.3');
    expect(notificationText('INVITATION_RECEIVED', 'Eva', { subject: 'werkgroep Eenzaamheid', zone: 'ELZ Leuven' })).toBe(
      'ELZ Leuven nodigt jullie uit om mee eigenaar te worden van werkgroep Eenzaamheid',
    );
    expect(notificationText('REMARK_REPLIED', '', { subject: 'Actie 1' })).toBe('Iemand heeft gereageerd op een opmerking bij Actie 1');
  });

  it('cuts long excerpts on one line', () => {
    expect(excerpt('een\n  twee')).toBe('een twee');
    expect(excerpt('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('tells how long ago, then the Belgian date', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(relativeTime('2026-03-10T11:59:30Z', now)).toBe('zonet');
    expect(relativeTime('2026-03-10T11:55:00Z', now)).toBe('5 minuten geleden');
    expect(relativeTime('2026-03-10T09:00:00Z', now)).toBe('3 uur geleden');
    expect(relativeTime('2026-03-09T09:00:00Z', now)).toBe('gisteren');
    expect(relativeTime('2026-03-06T12:00:00Z', now)).toBe('4 dagen geleden');
    expect(relativeTime('2026-02-01T12:00:00Z', now)).toBe('01/02/2026');
  });
});
