import { acceptInvitationIssues, newPasswordIssues } from '@/modules/auth/account-link-forms';

const TOKEN = 'a'.repeat(43);

describe('the mailed-link forms', () => {
  it('asks for a long enough new password, typed twice alike', () => {
    expect(newPasswordIssues('kort', 'kort')).toEqual({ newPassword: 'Het wachtwoord moet minstens 10 tekens lang zijn' });
    expect(newPasswordIssues('lang-genoeg-1', 'lang-genoeg-2')).toEqual({ repeat: 'De twee wachtwoorden zijn niet gelijk.' });
    expect(newPasswordIssues('lang-genoeg-1', 'lang-genoeg-1')).toEqual({});
  });

  it('asks a newcomer for a name and a new password, someone with an account only for theirs', () => {
    expect(acceptInvitationIssues({ token: TOKEN, hasAccount: false, name: '  ', password: 'kort', repeat: '' })).toEqual({
      name: 'Vul je naam in.',
      password: 'Het wachtwoord moet minstens 10 tekens lang zijn',
    });
    expect(acceptInvitationIssues({ token: TOKEN, hasAccount: false, name: 'An', password: 'lang-genoeg-1', repeat: 'anders-123' })).toEqual({
      repeat: 'De twee wachtwoorden zijn niet gelijk.',
    });
    expect(acceptInvitationIssues({ token: TOKEN, hasAccount: false, name: 'An', password: 'lang-genoeg-1', repeat: 'lang-genoeg-1' })).toEqual({});
    // An existing account's password is whatever it is: no length rule, no repetition.
    expect(acceptInvitationIssues({ token: TOKEN, hasAccount: true, name: '', password: 'kort', repeat: '' })).toEqual({});
    expect(acceptInvitationIssues({ token: TOKEN, hasAccount: true, name: '', password: '', repeat: '' })).toEqual({ password: 'Vul een wachtwoord in' });
  });

  it('says when the link itself is incomplete', () => {
    expect(acceptInvitationIssues({ token: 'kort', hasAccount: true, name: '', password: 'x', repeat: '' }).token).toMatch(/onvolledig/);
  });
});
