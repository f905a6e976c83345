// The zone profile form's texts ↔ what updateZone takes: decimal comma, whole percent, one
// municipality per line, and a Dutch message for what is no number at all.
import { loadedProfile, profileInput } from '../../src/modules/zone/profile-form';

const zone = { id: 'Wm9uZTox', version: 4, municipalities: ['Herent', 'Kortenberg'], staffFte: 3.5, networkTimeShare: 'meer dan 50%', networkTimePercent: 50, viewerCanEdit: true };

describe('the zone profile form', () => {
  it('shows the profile with a decimal comma and one municipality per line', () => {
    expect(loadedProfile(zone)).toEqual({
      values: { municipalities: 'Herent\nKortenberg', staffFte: '3,5', networkTimeShare: 'meer dan 50%', networkTimePercent: '50' },
      version: 4,
    });
    expect(loadedProfile({ ...zone, staffFte: null, networkTimePercent: null, networkTimeShare: null }).values).toMatchObject({ staffFte: '', networkTimePercent: '', networkTimeShare: '' });
  });

  it('reads "3,5" and "3.5" as 3.5, blank as null, and drops empty lines', () => {
    const values = { municipalities: ' Herent \n\nBertem\n', staffFte: '3,5', networkTimeShare: '  ', networkTimePercent: '' };
    expect(profileInput(values)).toEqual({ input: { municipalities: ['Herent', 'Bertem'], staffFte: 3.5, networkTimeShare: null, networkTimePercent: null }, issues: [] });
    expect(profileInput({ ...values, staffFte: '3.5' }).input.staffFte).toBe(3.5);
    expect(profileInput({ ...values, staffFte: '' }).input.staffFte).toBeNull();
  });

  it('names the field of what is no number', () => {
    const { issues } = profileInput({ municipalities: '', staffFte: 'drie', networkTimeShare: '', networkTimePercent: '12,5' });
    expect(issues).toEqual([
      { field: 'staffFte', message: 'Geef het aantal VTE als getal, bv. 3,5' },
      { field: 'networkTimePercent', message: 'Geef een geheel getal tussen 0 en 100' },
    ]);
  });
});
