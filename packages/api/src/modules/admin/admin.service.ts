// Account administration: users, their zone memberships, coaches per region, administrators,
// zones and the contact addresses of zones and regions. Every method is for administrators only
// (Viewer.requireAdministrator, checked before anything is read or written), runs in one
// transaction and records what it changed in the audit trail. Users are deactivated, never deleted.
import type { EntityManager } from 'typeorm';
import { contactEmailSchema, createZoneSchema, slugify, userAccountSchema, type ZoneRole } from '@kruispunt/shared';
import { recordChange, snapshot } from '../audit/audit';
import { lockForUpdate, requireVersion, versionedUpdate } from '../audit/versioned';
import { existingIds, invalid, isUniqueViolation, parseUpdate, uuidOf } from '../../common/write';
import { parseInput, searchText } from '../../common/validate';
import { paginate, type Connection } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { User } from '../auth/auth.entity';
import type { Viewer } from '../auth/viewer';
import { escapeLike } from '../../db/like';
import { Region } from '../region/region.entity';
import { Zone } from '../zone/zone.entity';
import {
  DELETE_COACH_REGION_SQL,
  DELETE_MEMBERSHIP_SQL,
  DELETE_SESSIONS_SQL,
  INSERT_COACH_REGION_SQL,
  OTHER_USER_WITH_EMAIL_SQL,
  REVOKE_API_TOKENS_SQL,
  UPSERT_MEMBERSHIP_SQL,
  USER_COACH_REGIONS_SQL,
  USER_ZONE_ROLES_SQL,
  zoneWithSameSql,
} from './admin.queries';

export type UserStatus = 'ACTIVE' | 'DEACTIVATED' | 'ALL';

/** What the audit trail and a conflict report show of a user: never the password hash. */
async function userState(m: EntityManager, user: User): Promise<Record<string, unknown>> {
  const zones: { z: string }[] = await m.query(USER_ZONE_ROLES_SQL, [user.id]);
  const regions: { r: string }[] = await m.query(USER_COACH_REGIONS_SQL, [user.id]);
  return {
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    disabledAt: user.disabledAt,
    zoneMemberships: zones.map((z) => z.z),
    coachRegions: regions.map((r) => r.r),
  };
}

export class AdminService {
  constructor(private readonly ctx: Context) {}

  private administrator(subjectUserId?: string, change?: 'admin' | 'deactivate'): Viewer {
    const viewer = this.ctx.viewer;
    viewer.requireAdministrator(subjectUserId, change);
    return viewer;
  }

  users(filter: { search?: string | null; status?: UserStatus | null }, page: { first?: number | null; after?: string | null }): Promise<Connection<User>> {
    this.administrator();
    const qb = this.ctx.db.getRepository(User).createQueryBuilder('e');
    const search = searchText(filter.search, 'search');
    if (search) qb.andWhere('(e.name ILIKE :q OR e.email ILIKE :q)', { q: `%${escapeLike(search)}%` });
    if (filter.status === 'ACTIVE') qb.andWhere('e.disabled_at IS NULL');
    if (filter.status === 'DEACTIVATED') qb.andWhere('e.disabled_at IS NOT NULL');
    return paginate(qb, { expressions: ['lower(e.name)'], aliases: ['sort_name'], direction: 'ASC' }, page);
  }

  /** A new user without a password: they cannot sign in until they set one through the invitation or reset mail. */
  async createUser(input: Record<string, unknown>): Promise<User> {
    const viewer = this.administrator();
    const data = parseInput(userAccountSchema, input);
    return this.write(async (m) => {
      await this.requireFreeEmail(m, data.email, null);
      const user = await m.save(User, m.create(User, { email: data.email, name: data.name, passwordHash: '', isAdmin: false, disabledAt: null }));
      await recordChange(m, viewer, 'User', user.id, null, await userState(m, user));
      return user;
    });
  }

  updateUser(userGlobalId: string, version: number, input: Record<string, unknown>): Promise<User> {
    const viewer = this.administrator();
    const id = uuidOf(userGlobalId, 'User', 'id');
    return this.updateVersioned(viewer, id, version, async (m, user) => {
      const data = parseUpdate(userAccountSchema, { email: user.email, name: user.name }, input);
      await this.requireFreeEmail(m, data.email, user.id);
      return { email: data.email, name: data.name };
    });
  }

  /** Deactivating ends the user's sessions and revokes their API tokens at once; reactivating restores only the account. */
  setUserActive(userGlobalId: string, version: number, active: boolean): Promise<User> {
    this.administrator();
    const id = uuidOf(userGlobalId, 'User', 'id');
    const viewer = this.administrator(id, active ? undefined : 'deactivate');
    return this.updateVersioned(viewer, id, version, async (m, user) => {
      if (active) return { disabledAt: null };
      await m.query(DELETE_SESSIONS_SQL, [user.id]);
      await m.query(REVOKE_API_TOKENS_SQL, [user.id]);
      return { disabledAt: user.disabledAt ?? new Date() };
    });
  }

  setAdministrator(userGlobalId: string, version: number, isAdmin: boolean): Promise<User> {
    this.administrator();
    const id = uuidOf(userGlobalId, 'User', 'id');
    const viewer = this.administrator(id, isAdmin ? undefined : 'admin');
    return this.updateVersioned(viewer, id, version, async () => ({ isAdmin }));
  }

  /** Adds the membership, or changes its role. */
  async setZoneMembership(userGlobalId: string, zoneGlobalId: string, role: ZoneRole): Promise<User> {
    const viewer = this.administrator();
    const userId = uuidOf(userGlobalId, 'User', 'userId');
    return this.write(async (m) => {
      const [zoneId] = await existingIds(m, 'zone', [zoneGlobalId], 'Zone', 'zoneId');
      return this.changeRoles(m, viewer, userId, () => m.query(UPSERT_MEMBERSHIP_SQL, [userId, zoneId, role]));
    });
  }

  async removeZoneMembership(userGlobalId: string, zoneGlobalId: string): Promise<User> {
    const viewer = this.administrator();
    const userId = uuidOf(userGlobalId, 'User', 'userId');
    const zoneId = uuidOf(zoneGlobalId, 'Zone', 'zoneId');
    return this.write((m) => this.changeRoles(m, viewer, userId, () => m.query(DELETE_MEMBERSHIP_SQL, [userId, zoneId])));
  }

  async addCoachRegion(userGlobalId: string, regionGlobalId: string): Promise<User> {
    const viewer = this.administrator();
    const userId = uuidOf(userGlobalId, 'User', 'userId');
    return this.write(async (m) => {
      const [regionId] = await existingIds(m, 'region', [regionGlobalId], 'Region', 'regionId');
      return this.changeRoles(m, viewer, userId, () => m.query(INSERT_COACH_REGION_SQL, [userId, regionId]));
    });
  }

  async removeCoachRegion(userGlobalId: string, regionGlobalId: string): Promise<User> {
    const viewer = this.administrator();
    const userId = uuidOf(userGlobalId, 'User', 'userId');
    const regionId = uuidOf(regionGlobalId, 'Region', 'regionId');
    return this.write((m) => this.changeRoles(m, viewer, userId, () => m.query(DELETE_COACH_REGION_SQL, [userId, regionId])));
  }

  async createZone(input: Record<string, unknown>): Promise<Zone> {
    const viewer = this.administrator();
    const data = parseInput(createZoneSchema, input);
    const shortName = data.shortName ?? data.name.replace(/^ELZ\s+/i, '');
    const slug = data.slug ?? slugify(data.name);
    if (!slug) throw invalid('slug', 'Slug: gebruik kleine letters, cijfers en koppeltekens (bv. elz-leuven-zuid)');
    return this.write(async (m) => {
      const [regionId] = await existingIds(m, 'region', [data.regionId], 'Region', 'regionId');
      await this.requireFreeZone(m, 'name', 'name', data.name, 'Er bestaat al een zone met deze naam.');
      await this.requireFreeZone(m, 'shortName', 'short_name', shortName, 'Er bestaat al een zone met deze korte naam.');
      await this.requireFreeZone(m, 'slug', 'slug', slug, 'Er bestaat al een zone met deze slug.');
      const zone = await m.save(
        Zone,
        m.create(Zone, {
          name: data.name,
          shortName,
          slug,
          regionId,
          municipalities: data.municipalities,
          contactEmail: data.contactEmail,
          staffFte: null,
          networkTimeShare: null,
          networkTimePercent: null,
        }),
      );
      await recordChange(m, viewer, 'Zone', zone.id, null, snapshot(zone));
      return zone;
    }, 'name');
  }

  setZoneContactEmail(zoneGlobalId: string, version: number, contactEmail: string | null): Promise<Zone> {
    const viewer = this.administrator();
    const id = uuidOf(zoneGlobalId, 'Zone', 'id');
    const data = parseInput(contactEmailSchema, { contactEmail });
    return this.write((m) => versionedUpdate({ manager: m, viewer, entity: Zone, id, expectedVersion: version, label: 'Deze zone', patch: () => ({ contactEmail: data.contactEmail }) }));
  }

  setRegionContactEmail(regionGlobalId: string, version: number, contactEmail: string | null): Promise<Region> {
    const viewer = this.administrator();
    const id = uuidOf(regionGlobalId, 'Region', 'id');
    const data = parseInput(contactEmailSchema, { contactEmail });
    return this.write((m) => versionedUpdate({ manager: m, viewer, entity: Region, id, expectedVersion: version, label: 'Deze regio', patch: () => ({ contactEmail: data.contactEmail }) }));
  }

  /** One transaction; a unique violation the checks did not see (two admins at once) is INVALID_INPUT, not a crash. */
  private async write<T>(work: (m: EntityManager) => Promise<T>, uniqueField = 'email'): Promise<T> {
    try {
      return await this.ctx.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw invalid(uniqueField, 'Dit bestaat intussen al: iemand anders bewaarde het net. Kijk de lijst na.');
      throw error;
    }
  }

  /**
   * Like `versionedUpdate`, with the user's own state (no password hash) in the conflict report
   * and the audit trail. The version is the user's: memberships and coach regions do not move it.
   */
  private updateVersioned(viewer: Viewer, id: string, version: number, patch: (m: EntityManager, user: User) => Promise<Partial<User>>): Promise<User> {
    return this.write(async (m) => {
      const user = await lockForUpdate(m, User, id, 'Deze gebruiker');
      const before = await userState(m, user);
      requireVersion(user, version, before);
      const changes = await patch(m, user);
      await m
        .createQueryBuilder()
        .update(User)
        .set({ ...changes, updatedAt: () => 'now()' } as never)
        .where('id = :id', { id })
        .execute();
      const updated = await m.getRepository(User).findOneByOrFail({ id });
      await recordChange(m, viewer, 'User', id, before, await userState(m, updated));
      return updated;
    });
  }

  /** Changes a user's memberships or coach regions under the user's row lock, audited on the user. */
  private async changeRoles(m: EntityManager, viewer: Viewer, userId: string, change: () => Promise<unknown>): Promise<User> {
    const user = await lockForUpdate(m, User, userId, 'Deze gebruiker');
    const before = await userState(m, user);
    await change();
    await recordChange(m, viewer, 'User', userId, before, await userState(m, user));
    return user;
  }

  private async requireFreeEmail(m: EntityManager, email: string, exceptId: string | null): Promise<void> {
    const rows: unknown[] = await m.query(OTHER_USER_WITH_EMAIL_SQL, [email, exceptId]);
    if (rows.length) throw invalid('email', 'Er bestaat al een gebruiker met dit e-mailadres.');
  }

  private async requireFreeZone(m: EntityManager, field: string, column: string, value: string, message: string): Promise<void> {
    const rows: unknown[] = await m.query(zoneWithSameSql(column), [value]);
    if (rows.length) throw invalid(field, message);
  }
}
