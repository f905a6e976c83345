// Who may be an action's contact person: an active member (editor or viewer) of the zone whose
// plan holds it or of one of its owner zones. The one place that rule is made: the write service
// checks a choice with it, and `Action.contactPersonCandidates` lists it for the editor.
import type { EntityManager } from 'typeorm';
import { CONTACT_CANDIDATES_BY_NAME_SQL, IS_CONTACT_CANDIDATE_SQL } from './action.queries';

export interface ContactCandidate {
  id: string;
  name: string;
  email: string;
}

export async function contactCandidates(m: EntityManager, planZoneId: string, actionId: string | null): Promise<ContactCandidate[]> {
  return m.query(CONTACT_CANDIDATES_BY_NAME_SQL, [planZoneId, actionId]);
}

export async function isContactCandidate(m: EntityManager, planZoneId: string, actionId: string | null, userId: string): Promise<boolean> {
  return (await m.query(IS_CONTACT_CANDIDATE_SQL, [planZoneId, actionId, userId])).length > 0;
}
