// Who is asking, and what they may do. Every authorization decision goes through this class,
// called from services (never from resolvers directly).
import type { TokenScope, YearReportStatus } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { actionEditorZoneIds, canSeeAction, canSeePlan, isPlanContentFrozen, type ActionAccess, type PlanAccess } from './visibility';

export type ViewerKind = 'anonymous' | 'session' | 'token';

export interface ViewerData {
  kind: ViewerKind;
  userId: string | null;
  userName: string | null;
  isAdmin: boolean;
  editorZoneIds: string[];
  viewerZoneIds: string[];
  coachRegionIds: string[];
  tokenId: string | null;
  tokenScope: TokenScope | null;
  sessionId: string | null;
}

export class Viewer {
  readonly editorZones: ReadonlySet<string>;
  readonly memberZones: ReadonlySet<string>;
  readonly coachRegions: ReadonlySet<string>;

  constructor(readonly data: ViewerData) {
    this.editorZones = new Set(data.editorZoneIds);
    this.memberZones = new Set([...data.editorZoneIds, ...data.viewerZoneIds]);
    this.coachRegions = new Set(data.coachRegionIds);
  }

  static anonymous(): Viewer {
    return new Viewer({
      kind: 'anonymous',
      userId: null,
      userName: null,
      isAdmin: false,
      editorZoneIds: [],
      viewerZoneIds: [],
      coachRegionIds: [],
      tokenId: null,
      tokenScope: null,
      sessionId: null,
    });
  }

  get signedIn(): boolean {
    return this.data.kind !== 'anonymous';
  }

  get isAdmin(): boolean {
    return this.data.isAdmin && this.canWriteAtAll;
  }

  /** A read-only token writes nothing, whatever its creator may do. */
  private get canWriteAtAll(): boolean {
    return this.data.kind === 'session' || this.data.tokenScope === 'READ_WRITE';
  }

  /** Everything but sign-in needs a session or a token. */
  requireSignedIn(): this {
    if (!this.signedIn) throw new AppError('UNAUTHENTICATED', 'Meld je aan om Kruispunt te gebruiken.');
    return this;
  }

  requireUser(): string {
    this.requireSignedIn();
    if (!this.data.userId) throw new AppError('UNAUTHENTICATED', 'Meld je aan.');
    return this.data.userId;
  }

  requireAdmin(): void {
    this.requireSignedIn();
    if (!this.isAdmin) throw new AppError('FORBIDDEN', 'Alleen een beheerder mag dit.');
  }

  /**
   * Account administration (users, memberships, coaches, administrators, zones and contact
   * addresses): administrators, with a session or a READ_WRITE token (`isAdmin`).
   */
  get canAdminister(): boolean {
    return this.isAdmin;
  }

  /** FORBIDDEN unless the viewer administers accounts; refuses changing one's own admin right or account state. */
  requireAdministrator(subjectUserId?: string, change?: 'admin' | 'deactivate'): void {
    this.requireAdmin();
    if (subjectUserId && subjectUserId === this.data.userId && change) {
      throw new AppError(
        'FORBIDDEN',
        change === 'admin'
          ? 'Je kunt je eigen beheerdersrecht niet intrekken: laat een andere beheerder dat doen.'
          : 'Je kunt je eigen account niet deactiveren: laat een andere beheerder dat doen.',
      );
    }
  }

  /** A member (editor or viewer) of the zone, or an administrator. */
  isMemberOrAdmin(zoneId: string): boolean {
    return this.data.isAdmin || this.memberZones.has(zoneId);
  }

  /** Zone ids whose drafts this viewer sees (null = all, for administrators). See auth/visibility.ts. */
  get draftZoneIds(): string[] | null {
    return this.data.isAdmin ? null : [...this.memberZones];
  }

  /** The rule of auth/visibility.ts for a plan already read. */
  canSeePlan(plan: PlanAccess): boolean {
    return canSeePlan(this, plan);
  }

  /** The rule of auth/visibility.ts for an action already read. */
  canSeeAction(action: ActionAccess): boolean {
    return canSeeAction(this, action);
  }

  /** Answers NOT_FOUND (as for a row that does not exist) when the plan is hidden from the viewer. */
  requireVisiblePlan(plan: PlanAccess, label = 'Dit actieplan'): void {
    if (!this.canSeePlan(plan)) throw new AppError('NOT_FOUND', `${label} bestaat niet (meer).`);
  }

  /** Answers NOT_FOUND (as for a row that does not exist) when the action is hidden from the viewer. */
  requireVisibleAction(action: ActionAccess, label = 'Deze actie'): void {
    if (!this.canSeeAction(action)) throw new AppError('NOT_FOUND', `${label} bestaat niet (meer).`);
  }

  /**
   * May record the action's follow-up (reviews, measured values) and resolve its remarks: an
   * editor of its plan's zone or of an owner zone, also once the plan is submitted.
   */
  canFollowUpAction(action: ActionAccess): boolean {
    return this.canSeeAction(action) && this.canEditShared(actionEditorZoneIds(action));
  }

  requireActionFollowUp(action: ActionAccess): void {
    this.requireSignedIn();
    this.requireVisibleAction(action);
    this.requireSharedEditor(actionEditorZoneIds(action));
  }

  /** May edit the action's sheet: as for its follow-up, while its plan is not submitted (auth/visibility.ts). */
  canEditAction(action: ActionAccess): boolean {
    return this.canFollowUpAction(action) && !isPlanContentFrozen(action.plan);
  }

  requireActionEditor(action: ActionAccess): void {
    this.requireActionFollowUp(action);
    this.requireOpenPlan(action.plan);
  }

  /** Carrying an action over, remarks on the plan, its status: editors of the plan's zone only. */
  canEditPlan(plan: PlanAccess): boolean {
    return this.canSeePlan(plan) && this.canEditZone(plan.zoneId);
  }

  /** Adding, deleting, reordering the plan's actions, its texts: editors of its zone, while it is not submitted. */
  canEditPlanContent(plan: PlanAccess): boolean {
    return this.canEditPlan(plan) && !isPlanContentFrozen(plan);
  }

  /** The caller sees the plan already (or checked the action in it); this checks the zone and the freeze. */
  requirePlanContentEditor(plan: PlanAccess): void {
    this.requireZoneEditor(plan.zoneId);
    this.requireOpenPlan(plan);
  }

  /** FORBIDDEN, for everybody, while the plan is submitted: only reopening it unfreezes it. */
  requireOpenPlan(plan: PlanAccess): void {
    if (isPlanContentFrozen(plan)) {
      throw new AppError('FORBIDDEN', 'Dit plan is ingediend: de inhoud ligt vast. Alleen een beheerder kan het heropenen, met een reden.');
    }
  }

  /** Reopening a submitted plan (back to published, with a reason): administrators only. */
  canReopenPlan(plan: PlanAccess): boolean {
    return this.isAdmin && isPlanContentFrozen(plan);
  }

  /**
   * May write the plan's yearly report (narratives, submitting it): editors of the plan's zone,
   * while the report is not submitted. The plan's own status does not matter: a plan is reported
   * on after it was handed in.
   */
  canEditYearReport(plan: PlanAccess, reportStatus: YearReportStatus): boolean {
    return this.canEditPlan(plan) && reportStatus !== 'SUBMITTED';
  }

  /** The viewer sees the plan already; this checks the zone and the report's freeze. */
  requireYearReportEditor(plan: PlanAccess, reportStatus: YearReportStatus): void {
    this.requireZoneEditor(plan.zoneId);
    if (reportStatus === 'SUBMITTED') {
      throw new AppError('FORBIDDEN', 'Dit jaarrapport is ingediend en ligt vast. Alleen een beheerder kan het heropenen, met een reden.');
    }
  }

  /** Reopening a submitted yearly report (with a reason): administrators only. */
  canReopenYearReport(reportStatus: YearReportStatus): boolean {
    return this.isAdmin && reportStatus === 'SUBMITTED';
  }

  /** A region's yearly roll-up: its coaches and administrators (what it counts still follows auth/visibility.ts). */
  canReadRegionReport(regionId: string): boolean {
    return this.data.isAdmin || this.coachRegions.has(regionId);
  }

  requireRegionReportReader(regionId: string): void {
    this.requireSignedIn();
    if (!this.canReadRegionReport(regionId)) throw new AppError('FORBIDDEN', 'Alleen de coaches van deze regio en beheerders zien het regionale jaarrapport.');
  }

  /** Signed in with a READ token: may read, never write (not even its own tokens). */
  get isReadOnlyToken(): boolean {
    return this.data.kind === 'token' && this.data.tokenScope !== 'READ_WRITE';
  }

  /** Writes at all: a session, or a READ_WRITE token (a READ token never writes). */
  get canWrite(): boolean {
    return this.signedIn && this.canWriteAtAll;
  }

  requireWrite(): void {
    this.requireSignedIn();
    if (!this.canWrite) throw new AppError('FORBIDDEN', 'Dit API-token mag alleen lezen.');
  }

  canEditZone(zoneId: string): boolean {
    if (!this.signedIn || !this.canWriteAtAll) return false;
    return this.data.isAdmin || this.editorZones.has(zoneId);
  }

  /** May invite people into the zone by e-mail (as editor or reader): its editors, administrators for any zone. */
  canInviteToZone(zoneId: string): boolean {
    return this.canEditZone(zoneId);
  }

  requireInviter(zoneId: string): void {
    this.requireSignedIn();
    if (!this.canInviteToZone(zoneId)) throw new AppError('FORBIDDEN', 'Alleen de redacteurs van deze zone en beheerders mogen collega’s uitnodigen.');
  }

  requireZoneEditor(zoneId: string): void {
    this.requireSignedIn();
    if (!this.canEditZone(zoneId)) throw new AppError('FORBIDDEN', 'Je bent geen redacteur van deze zone.');
  }

  /**
   * The multi-year plan and its goals: editors of its zone (and administrators). Goals are the
   * multi-year frame, so a submitted action plan does not freeze them; moving a submitted plan's
   * action to another goal is refused by the action's own rule (requireActionEditor).
   */
  canEditMultiYearPlan(plan: { zoneId: string }): boolean {
    return this.canEditZone(plan.zoneId);
  }

  requireMultiYearPlanEditor(plan: { zoneId: string }): void {
    this.requireZoneEditor(plan.zoneId);
  }

  /** Shared work: every editor of any owner zone may edit it. */
  canEditShared(ownerZoneIds: readonly string[]): boolean {
    return ownerZoneIds.some((id) => this.canEditZone(id));
  }

  requireSharedEditor(ownerZoneIds: readonly string[]): void {
    this.requireSignedIn();
    if (!this.canEditShared(ownerZoneIds)) {
      throw new AppError('FORBIDDEN', 'Alleen redacteurs van een eigenaar-zone mogen dit bewerken.');
    }
  }

  /** Editors of at least one zone (and administrators), e.g. to add a partner organisation. */
  canEditSomeZone(): boolean {
    if (!this.signedIn || !this.canWriteAtAll) return false;
    return this.data.isAdmin || this.editorZones.size > 0;
  }

  requireSomeZoneEditor(): void {
    this.requireSignedIn();
    if (!this.canEditSomeZone()) throw new AppError('FORBIDDEN', 'Alleen redacteurs van een zone mogen dit.');
  }

  /** A partner is edited by the editors of any zone it is active in (and administrators). */
  requirePartnerEditor(partnerZoneIds: readonly string[]): void {
    this.requireSignedIn();
    if (!partnerZoneIds.some((id) => this.canEditZone(id)) && !this.isAdmin) {
      throw new AppError('FORBIDDEN', 'Alleen redacteurs van een zone waarin deze partner actief is mogen hem bewerken.');
    }
  }

  /** Pending invitations to a zone are for its own members (and administrators). */
  canSeeInvitationsOf(zoneId: string): boolean {
    return this.isMemberOrAdmin(zoneId);
  }

  /** Coaches of the zone's region, the zone's members and administrators may leave remarks. */
  canRemarkOn(zoneId: string, regionId: string): boolean {
    if (!this.signedIn || !this.canWriteAtAll) return false;
    return this.data.isAdmin || this.coachRegions.has(regionId) || this.memberZones.has(zoneId);
  }

  /**
   * Remarks on an action (which the caller can see): as on its plan, and also members of its
   * owner zones (a co-owner discusses the shared action even in another zone's draft).
   */
  canRemarkOnAction(action: ActionAccess, regionId: string): boolean {
    if (!this.canSeeAction(action)) return false;
    return this.canRemarkOn(action.plan.zoneId, regionId) || (this.canWrite && action.ownerZoneIds.some((z) => this.memberZones.has(z)));
  }

  /** Who to record in the audit trail. */
  get actor(): { userId: string | null; apiTokenId: string | null; name: string | null } {
    return { userId: this.data.userId, apiTokenId: this.data.tokenId, name: this.data.tokenId ? `${this.data.userName} (API-token)` : this.data.userName };
  }
}
