// Writing partner organisations. Any zone editor may add a partner and link it to zones they
// edit; editors of any zone the partner is active in (and administrators) may change it. Partner
// names are unique (a duplicate is INVALID_INPUT on `name`).
import type { EntityManager } from 'typeorm';
import { partnerSchema } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../audit/audit';
import { parseInput } from '../../common/validate';
import { versionedUpdate } from '../audit/versioned';
import { existingIds, invalid, isUniqueViolation, linkedGlobalIds, parseUpdate, replaceLinks, uuidOf } from '../../common/write';
import type { Context } from '../auth/context';
import type { Viewer } from '../auth/viewer';
import { Partner } from './partner.entity';
import { OTHER_PARTNER_NAMED_SQL, PARTNER_NAMED_SQL, PARTNER_ZONE_IDS_SQL } from './partner.queries';

const DUPLICATE_NAME = 'Er bestaat al een partner met deze naam.';

/**
 * A new partner active in one zone, inside the caller's transaction (the import review creates the
 * partners it confirms with the plan: a failed import creates none). The caller checked that the
 * viewer edits the zone. INVALID_INPUT on `<prefix>.name` for a name taken by a partner.
 */
export async function createZonePartner(m: EntityManager, viewer: Viewer, name: string, zoneId: string, prefix = ''): Promise<Partner> {
  const data = parseInput(partnerSchema, { name }, prefix);
  const field = prefix ? `${prefix}.name` : 'name';
  const taken: unknown[] = await m.query(PARTNER_NAMED_SQL, [data.name]);
  if (taken.length) throw invalid(field, DUPLICATE_NAME);
  const partner = await m.save(Partner, m.create(Partner, { name: data.name, sector: null }));
  await replaceLinks(m, Partner, 'zones', partner.id, [zoneId]);
  await recordChange(m, viewer, 'Partner', partner.id, null, { ...snapshot(partner), zoneIds: await linkedGlobalIds(m, Partner, 'zones', partner.id, 'Zone') });
  return partner;
}

export class PartnerWriteService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async create(input: Record<string, unknown>): Promise<Partner> {
    this.viewer.requireSomeZoneEditor();
    const data = parseInput(partnerSchema, input);
    return this.uniqueName(() =>
      this.ctx.db.transaction(async (m) => {
        const zoneIds = await existingIds(m, 'zone', data.zoneIds ?? [], 'Zone', 'zoneIds');
        if (zoneIds.length === 0) throw invalid('zoneIds', 'Zones: kies minstens één zone waarin de partner actief is.');
        for (const zoneId of zoneIds) this.requireLinkable(zoneId);
        await this.requireFreeName(m, data.name, null);
        const partner = await m.save(Partner, m.create(Partner, { name: data.name, sector: data.sector ?? null }));
        await replaceLinks(m, Partner, 'zones', partner.id, zoneIds);
        await recordChange(m, this.viewer, 'Partner', partner.id, null, { ...snapshot(partner), ...(await this.zones(m, partner.id)) });
        return partner;
      }),
    );
  }

  async update(partnerGlobalId: string, version: number, input: Record<string, unknown>): Promise<Partner> {
    this.viewer.requireSignedIn();
    const id = uuidOf(partnerGlobalId, 'Partner', 'id');
    return this.uniqueName(() =>
      this.ctx.db.transaction(async (m) => {
        let zoneIds: string[] | undefined;
        return versionedUpdate({
          manager: m,
          viewer: this.viewer,
          entity: Partner,
          id,
          expectedVersion: version,
          authorize: async () => this.viewer.requirePartnerEditor(await this.zoneUuids(m, id)),
          patch: async (partner) => {
            const data = parseUpdate(partnerSchema, { name: partner.name, sector: partner.sector }, input);
            await this.requireFreeName(m, data.name, id);
            if (data.zoneIds !== undefined) zoneIds = await this.nextZones(m, id, data.zoneIds);
            return { name: data.name, sector: data.sector ?? null };
          },
          children: async () => {
            if (zoneIds !== undefined) await replaceLinks(m, Partner, 'zones', id, zoneIds);
          },
          extra: (partnerId) => this.zones(m, partnerId),
        });
      }),
    );
  }

  /** The new zone list: only zones the viewer edits may be added or removed, and one must remain. */
  private async nextZones(m: EntityManager, partnerId: string, zoneGlobalIds: readonly string[]): Promise<string[]> {
    const next = await existingIds(m, 'zone', zoneGlobalIds, 'Zone', 'zoneIds');
    const current = await this.zoneUuids(m, partnerId);
    const changed = [...next.filter((z) => !current.includes(z)), ...current.filter((z) => !next.includes(z))];
    for (const zoneId of changed) this.requireLinkable(zoneId);
    if (next.length === 0) throw invalid('zoneIds', 'Zones: een partner blijft in minstens één zone actief.');
    return next;
  }

  private requireLinkable(zoneId: string): void {
    if (!this.viewer.canEditZone(zoneId)) throw new AppError('FORBIDDEN', 'Je kan een partner alleen koppelen aan of ontkoppelen van zones die je bewerkt.', { field: 'zoneIds' });
  }

  private async requireFreeName(m: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const rows = await m.query(OTHER_PARTNER_NAMED_SQL, [name, exceptId]);
    if (rows.length) throw invalid('name', DUPLICATE_NAME);
  }

  /** Two partners with the same name saved at once: the unique index stops the second. */
  private async uniqueName<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isUniqueViolation(e)) throw invalid('name', DUPLICATE_NAME);
      throw e;
    }
  }

  private async zoneUuids(m: EntityManager, partnerId: string): Promise<string[]> {
    const rows: { zone_id: string }[] = await m.query(PARTNER_ZONE_IDS_SQL, [partnerId]);
    return rows.map((r) => r.zone_id);
  }

  private async zones(m: EntityManager, partnerId: string): Promise<Record<string, unknown>> {
    return { zoneIds: await linkedGlobalIds(m, Partner, 'zones', partnerId, 'Zone') };
  }
}
