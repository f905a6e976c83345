// What the mailed-link forms check before sending (pure, tested in test/unit): the shared zod
// schemas for the fields, and that a new password was typed twice alike. The server checks all
// of it again; this only spares a round trip.
import { acceptInvitationSchema, fieldIssues, passwordSchema } from '@kruispunt/shared';
import { issuesByField } from '@/common/forms/issues';

export type FieldErrors = Record<string, string>;

const MISMATCH = 'De twee wachtwoorden zijn niet gelijk.';

/** A new password and its repetition; errors on `newPassword` or `repeat`. */
export function newPasswordIssues(password: string, repeat: string, field = 'newPassword'): FieldErrors {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return { [field]: parsed.error.issues[0]?.message ?? 'Kies een ander wachtwoord' };
  return repeat === password ? {} : { repeat: MISMATCH };
}

/** The accept form: with an account, only its password; without, a name and a new password twice. */
export function acceptInvitationIssues(input: { token: string; hasAccount: boolean; name: string; password: string; repeat: string }): FieldErrors {
  const parsed = acceptInvitationSchema.safeParse({ token: input.token, name: input.hasAccount ? null : input.name, password: input.password });
  const issues: FieldErrors = parsed.success ? {} : issuesByField(fieldIssues(parsed.error));
  if (input.hasAccount) return issues;
  if (!input.name.trim()) issues.name ??= 'Vul je naam in.';
  const password = newPasswordIssues(input.password, input.repeat, 'password');
  return { ...password, ...issues, ...(issues.password || !password.password ? {} : { password: password.password }) };
}
