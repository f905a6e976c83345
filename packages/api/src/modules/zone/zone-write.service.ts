// Writing a zone's profile (the general texts are each plan's, see action-plan-write.service.ts): zone editors (and administrators),
// with a version check and an audit record, in one transaction.
import type { EntityManager } from 'typeorm';
import { zoneProfileSchema } from '@kruispunt/shared';
import { invalid, parseUpdate, uuidOf } from '../../common/write';
import { versionedUpdate } from '../audit/versioned';
import type { Context } from '../auth/context';
import { Zone } from './zone.entity';
import { zoneWithSameSql } from './zone.queries';

const PROFILE = ['name', 'shortName', 'municipalities', 'staffFte', 'networkTimeShare', 'networkTimePercent'] as const;

export class ZoneWriteService {
  constructor(private readonly ctx: Context) {}

  async update(zoneGlobalId: string, version: number, input: Record<string, unknown>): Promise<Zone> {
    const viewer = this.ctx.viewer.requireSignedIn();
    const id = uuidOf(zoneGlobalId, 'Zone', 'id');
    return this.ctx.db.transaction((m) =>
      versionedUpdate({
        manager: m,
        viewer,
        entity: Zone,
        id,
        expectedVersion: version,
        authorize: (zone) => viewer.requireZoneEditor(zone.id),
        patch: async (zone) => {
          const current = Object.fromEntries(PROFILE.map((key) => [key, zone[key]]));
          const data = parseUpdate(zoneProfileSchema, current, input);
          await this.requireUnique(m, id, 'name', 'name', data.name, 'Er bestaat al een zone met deze naam.');
          await this.requireUnique(m, id, 'shortName', 'short_name', data.shortName, 'Er bestaat al een zone met deze korte naam.');
          return { ...Object.fromEntries(PROFILE.map((key) => [key, data[key] ?? null])), municipalities: data.municipalities ?? [] } as Partial<Zone>;
        },
      }),
    );
  }

  private async requireUnique(m: EntityManager, id: string, field: string, column: string, value: string | undefined, message: string): Promise<void> {
    if (!value) return;
    const rows = await m.query(zoneWithSameSql(column), [value, id]);
    if (rows.length) throw invalid(field, message);
  }
}
