// Who is asking, and what they may do. Every authorization decision goes through this class,
// called from services (never from resolvers directly).
import type { TokenScope } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';

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

  /** Draft plans are visible to the zone's own members only (and administrators). */
  canSeeDraftOf(zoneId: string): boolean {
    return this.data.isAdmin || this.memberZones.has(zoneId);
  }

  /** Zone ids whose drafts this viewer sees (null = all, for administrators). */
  get draftZoneIds(): string[] | null {
    return this.data.isAdmin ? null : [...this.memberZones];
  }

  canEditZone(zoneId: string): boolean {
    if (!this.signedIn || !this.canWriteAtAll) return false;
    return this.data.isAdmin || this.editorZones.has(zoneId);
  }

  requireZoneEditor(zoneId: string): void {
    this.requireSignedIn();
    if (!this.canEditZone(zoneId)) throw new AppError('FORBIDDEN', 'Je bent geen redacteur van deze zone.');
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
    return this.data.isAdmin || this.memberZones.has(zoneId);
  }

  /** Coaches of the zone's region, the zone's members and administrators may leave remarks. */
  canRemarkOn(zoneId: string, regionId: string): boolean {
    if (!this.signedIn || !this.canWriteAtAll) return false;
    return this.data.isAdmin || this.coachRegions.has(regionId) || this.memberZones.has(zoneId);
  }

  /** Who to record in the audit trail. */
  get actor(): { userId: string | null; apiTokenId: string | null; name: string | null } {
    return { userId: this.data.userId, apiTokenId: this.data.tokenId, name: this.data.tokenId ? `${this.data.userName} (API-token)` : this.data.userName };
  }
}
