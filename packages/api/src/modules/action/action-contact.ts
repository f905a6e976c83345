// Who may be an action's contact person: an active member (editor or viewer) of the zone whose
// plan holds it or of one of its owner zones. The one place that rule is made: the write service
// checks a choice with it, and `Action.contactPersonCandidates` lists it for the editor.
import type { EntityManager } from 'typeorm';

/** $1 = the plan's zone, $2 = the action (null for a new one); rows: id, name, email. */
export const CONTACT_CANDIDATES_SQL = `
  SELECT DISTINCT u.id, u.name, u.email
  FROM app_user u JOIN zone_membership zm ON zm.user_id = u.id
  WHERE u.disabled_at IS NULL
    AND (zm.zone_id = $1 OR zm.zone_id IN (SELECT zone_id FROM action_owner WHERE action_id = $2))`;

export interface ContactCandidate {
  id: string;
  name: string;
  email: string;
}

export async function contactCandidates(m: EntityManager, planZoneId: string, actionId: string | null): Promise<ContactCandidate[]> {
  return m.query(`${CONTACT_CANDIDATES_SQL} ORDER BY u.name, u.email`, [planZoneId, actionId]);
}

export async function isContactCandidate(m: EntityManager, planZoneId: string, actionId: string | null, userId: string): Promise<boolean> {
  return (await m.query(`SELECT 1 FROM (${CONTACT_CANDIDATES_SQL}) c WHERE c.id = $3`, [planZoneId, actionId, userId])).length > 0;
}
