// Owning shared work together: owner zones with roles on working groups, projects and actions,
// and invitations to co-own. Every change needs an editor of a zone that already owns the item
// (accepting and declining: an editor of the invited zone). One transaction per method; the
// subject row is locked first, so concurrent ownership changes run one after the other.
import type { EntityManager } from 'typeorm';
import { invitationSchema, ownerSchema, OWNER_ROLES, type OwnerRole } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../audit/audit';
import { parseInput } from '../../common/validate';
import { invalid, uuidOf } from '../../common/write';
import type { Context } from '../auth/context';
import { notifyInvitation, notifySharedChange } from '../notification/notify';
import { OwnershipInvitation } from './invitation.entity';
import { lockSubject, ownersOf, ownersSnapshot, subjectRef, SUBJECTS, type LockedSubject, type OwnerRowData } from './subjects';
import { ZONE_EXISTS_SQL, deleteOwnerSql, insertOwnerSql, updateOwnerRoleSql } from './sharing.queries';

type Subject = InstanceType<(typeof SUBJECTS)[keyof typeof SUBJECTS]['entity']>;

export class SharingService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async addOwner(subjectGlobalId: string, input: { zoneId: string; role: string }): Promise<Subject> {
    this.viewer.requireSignedIn();
    const ref = subjectRef(subjectGlobalId);
    const data = parseInput(ownerSchema, input);
    return this.ctx.db.transaction(async (m) => {
      const subject = await lockSubject(m, this.viewer, ref.kind, ref.id);
      this.viewer.requireSharedEditor(subject.editorZoneIds);
      const zoneId = await this.existingZone(m, data.zoneId);
      if (subject.owners.some((o) => o.zoneId === zoneId)) throw invalid('zoneId', 'Deze zone is al eigenaar.');
      await this.insertOwner(m, subject, zoneId, data.role);
      // A pending invitation of the same zone is moot now.
      await this.closePending(m, subject, zoneId, 'WITHDRAWN');
      return this.reload(m, subject);
    });
  }

  async removeOwner(subjectGlobalId: string, zoneGlobalId: string): Promise<Subject> {
    this.viewer.requireSignedIn();
    const ref = subjectRef(subjectGlobalId);
    const zoneId = uuidOf(zoneGlobalId, 'Zone', 'zoneId');
    return this.ctx.db.transaction(async (m) => {
      const subject = await lockSubject(m, this.viewer, ref.kind, ref.id);
      this.viewer.requireSharedEditor(subject.editorZoneIds);
      if (!subject.owners.some((o) => o.zoneId === zoneId)) throw invalid('zoneId', 'Deze zone is geen eigenaar.');
      if (subject.owners.length === 1) throw invalid('zoneId', 'De laatste eigenaar kan niet verwijderd worden.');
      if (zoneId === subject.planZoneId) throw invalid('zoneId', 'De zone van het actieplan blijft eigenaar van haar actie.');
      const s = SUBJECTS[subject.kind];
      await m.query(deleteOwnerSql(s), [subject.id, zoneId]);
      await this.recordOwners(m, subject);
      return this.reload(m, subject);
    });
  }

  async setOwnerRole(subjectGlobalId: string, input: { zoneId: string; role: string }): Promise<Subject> {
    this.viewer.requireSignedIn();
    const ref = subjectRef(subjectGlobalId);
    const data = parseInput(ownerSchema, input);
    const zoneId = uuidOf(data.zoneId, 'Zone', 'zoneId');
    return this.ctx.db.transaction(async (m) => {
      const subject = await lockSubject(m, this.viewer, ref.kind, ref.id);
      this.viewer.requireSharedEditor(subject.editorZoneIds);
      if (!subject.owners.some((o) => o.zoneId === zoneId)) throw invalid('zoneId', 'Deze zone is geen eigenaar.');
      // The zone whose plan holds the action decides its own role there; co-owners cannot demote it.
      if (zoneId === subject.planZoneId && !this.viewer.canEditZone(zoneId)) {
        throw new AppError('FORBIDDEN', 'Alleen de zone van het actieplan bepaalt haar eigen rol bij deze actie.');
      }
      const s = SUBJECTS[subject.kind];
      await m.query(updateOwnerRoleSql(s), [subject.id, zoneId, data.role]);
      await this.recordOwners(m, subject);
      return this.reload(m, subject);
    });
  }

  /** An owner editor invites another zone to co-own; the invitation waits for that zone. */
  async invite(subjectGlobalId: string, input: Record<string, unknown>): Promise<OwnershipInvitation> {
    this.viewer.requireSignedIn();
    const ref = subjectRef(subjectGlobalId);
    const data = parseInput(invitationSchema, input);
    return this.ctx.db.transaction(async (m) => {
      const subject = await lockSubject(m, this.viewer, ref.kind, ref.id);
      this.viewer.requireSharedEditor(subject.editorZoneIds);
      const zoneId = await this.existingZone(m, data.zoneId);
      if (subject.owners.some((o) => o.zoneId === zoneId)) throw invalid('zoneId', 'Uitgenodigde zone: deze zone is al eigenaar.');
      const pending = await m.getRepository(OwnershipInvitation).findOneBy({ subjectId: subject.id, invitedZoneId: zoneId, status: 'PENDING' });
      if (pending) throw invalid('zoneId', 'Uitgenodigde zone: deze zone heeft al een openstaande uitnodiging.');
      const invitation = await m.save(
        OwnershipInvitation,
        m.create(OwnershipInvitation, {
          subjectType: subject.kind,
          subjectId: subject.id,
          invitedZoneId: zoneId,
          invitingZoneId: this.invitingZone(subject),
          role: data.role,
          status: 'PENDING',
          message: data.message ?? null,
          createdById: this.viewer.data.userId,
        }),
      );
      await recordChange(m, this.viewer, 'OwnershipInvitation', invitation.id, null, snapshot(invitation));
      await notifyInvitation(m, this.viewer, 'INVITATION_RECEIVED', invitation);
      return invitation;
    });
  }

  /** An editor of the invited zone accepts: the zone becomes an owner in the same transaction. */
  async accept(invitationGlobalId: string): Promise<OwnershipInvitation> {
    return this.answer(invitationGlobalId, 'ACCEPTED');
  }

  async decline(invitationGlobalId: string): Promise<OwnershipInvitation> {
    return this.answer(invitationGlobalId, 'DECLINED');
  }

  /** An owner editor takes a pending invitation back. */
  async withdraw(invitationGlobalId: string): Promise<OwnershipInvitation> {
    this.viewer.requireSignedIn();
    const id = uuidOf(invitationGlobalId, 'OwnershipInvitation', 'id');
    return this.ctx.db.transaction(async (m) => {
      const found = await this.invitation(m, id);
      const subject = await lockSubject(m, this.viewer, found.subjectType, found.subjectId);
      this.viewer.requireSharedEditor(subject.editorZoneIds);
      return this.close(m, await this.lockedPending(m, id), 'WITHDRAWN');
    });
  }

  private async answer(invitationGlobalId: string, status: 'ACCEPTED' | 'DECLINED'): Promise<OwnershipInvitation> {
    this.viewer.requireSignedIn();
    const id = uuidOf(invitationGlobalId, 'OwnershipInvitation', 'id');
    return this.ctx.db.transaction(async (m) => {
      const found = await this.invitation(m, id);
      this.viewer.requireZoneEditor(found.invitedZoneId);
      // The invited zone may not see an action in another zone's draft plan yet; the invitation lets it answer.
      const subject = await lockSubject(m, this.viewer, found.subjectType, found.subjectId, { invited: true });
      const invitation = await this.lockedPending(m, id);
      if (status === 'ACCEPTED') {
        if (subject.owners.some((o) => o.zoneId === invitation.invitedZoneId)) throw invalid('id', 'Deze zone is al eigenaar.');
        await this.insertOwner(m, subject, invitation.invitedZoneId, invitation.role);
      }
      const closed = await this.close(m, invitation, status);
      await notifyInvitation(m, this.viewer, status === 'ACCEPTED' ? 'INVITATION_ACCEPTED' : 'INVITATION_DECLINED', closed);
      return closed;
    });
  }

  private async invitation(m: EntityManager, id: string): Promise<OwnershipInvitation> {
    const invitation = await m.getRepository(OwnershipInvitation).findOneBy({ id });
    if (!invitation) throw new AppError('NOT_FOUND', 'Deze uitnodiging bestaat niet.');
    return invitation;
  }

  /** Locks the invitation (after its subject) and checks that it is still open. */
  private async lockedPending(m: EntityManager, id: string): Promise<OwnershipInvitation> {
    const invitation = await m.getRepository(OwnershipInvitation).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOneOrFail();
    if (invitation.status !== 'PENDING') throw invalid('id', 'Deze uitnodiging is niet meer open.');
    return invitation;
  }

  private async close(m: EntityManager, invitation: OwnershipInvitation, status: 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN'): Promise<OwnershipInvitation> {
    await m.update(OwnershipInvitation, { id: invitation.id }, { status });
    const updated = await m.getRepository(OwnershipInvitation).findOneByOrFail({ id: invitation.id });
    await recordChange(m, this.viewer, 'OwnershipInvitation', invitation.id, snapshot(invitation), snapshot(updated));
    return updated;
  }

  private async closePending(m: EntityManager, subject: LockedSubject, zoneId: string, status: 'WITHDRAWN'): Promise<void> {
    const pending = await m.getRepository(OwnershipInvitation).findBy({ subjectId: subject.id, invitedZoneId: zoneId, status: 'PENDING' });
    for (const invitation of pending) await this.close(m, invitation, status);
  }

  private async insertOwner(m: EntityManager, subject: LockedSubject, zoneId: string, role: OwnerRole): Promise<void> {
    if (!OWNER_ROLES.includes(role)) throw invalid('role', 'Kies een rol');
    const s = SUBJECTS[subject.kind];
    await m.query(insertOwnerSql(s), [subject.id, zoneId, role]);
    await this.recordOwners(m, subject);
  }

  /** Owner changes are recorded in the subject's own history. */
  private async recordOwners(m: EntityManager, subject: LockedSubject): Promise<void> {
    const after: OwnerRowData[] = await ownersOf(m, subject.kind, subject.id);
    await recordChange(m, this.viewer, subject.kind, subject.id, ownersSnapshot(subject.owners), ownersSnapshot(after));
  }

  /** The owner zone an invitation comes from: the first owner zone the viewer edits (an administrator: the first owner). */
  private invitingZone(subject: LockedSubject): string {
    const candidates = [...subject.owners.map((o) => o.zoneId), ...(subject.planZoneId ? [subject.planZoneId] : [])];
    return candidates.find((z) => this.viewer.editorZones.has(z)) ?? candidates[0]!;
  }

  private async existingZone(m: EntityManager, zoneGlobalId: string): Promise<string> {
    const zoneId = uuidOf(zoneGlobalId, 'Zone', 'zoneId');
    if ((await m.query(ZONE_EXISTS_SQL, [zoneId])).length === 0) throw invalid('zoneId', 'Deze zone bestaat niet.');
    return zoneId;
  }

  private async reload(m: EntityManager, subject: LockedSubject): Promise<Subject> {
    return (await m.getRepository(SUBJECTS[subject.kind].entity as never).findOneByOrFail({ id: subject.id } as never)) as Subject;
  }
}
