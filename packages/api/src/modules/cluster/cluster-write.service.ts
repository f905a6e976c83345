// Writing the clusters of a zone's general assembly and their member partners: editors of the
// cluster's zone. One transaction per method, with version checks and audit records.
import type { EntityManager } from 'typeorm';
import { clusterSchema } from '@kruispunt/shared';
import { recordChange, snapshot } from '../audit/audit';
import { toGlobalId } from '../../common/global-id';
import { parseInput } from '../../common/validate';
import { lockForUpdate, requireVersion, versionedUpdate } from '../audit/versioned';
import { existingIds, joinTableOf, joinTableSql, linkedGlobalIds, parseUpdate, replaceLinks, requireRow, uuidOf } from '../../common/write';
import type { Context } from '../auth/context';
import { Partner } from '../partner/partner.entity';
import { Cluster } from './cluster.entity';
import { PARTNERS_NOT_IN_ZONE_SQL } from './cluster.queries';

export class ClusterWriteService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async create(zoneGlobalId: string, input: Record<string, unknown>): Promise<Cluster> {
    this.viewer.requireSignedIn();
    const zoneId = uuidOf(zoneGlobalId, 'Zone', 'zoneId');
    this.viewer.requireZoneEditor(zoneId);
    const data = parseInput(clusterSchema, input);
    return this.ctx.db.transaction(async (m) => {
      await requireRow(m, 'zone', zoneId, 'Deze zone');
      const cluster = await m.save(Cluster, m.create(Cluster, { zoneId, kind: data.kind, name: data.name }));
      await this.writeMembers(m, cluster, data.memberIds ?? []);
      await recordChange(m, this.viewer, 'Cluster', cluster.id, null, { ...snapshot(cluster), ...(await this.members(m, cluster.id)) });
      return cluster;
    });
  }

  async update(clusterGlobalId: string, version: number, input: Record<string, unknown>): Promise<Cluster> {
    this.viewer.requireSignedIn();
    const id = uuidOf(clusterGlobalId, 'Cluster', 'id');
    return this.ctx.db.transaction(async (m) => {
      let memberIds: string[] | undefined;
      return versionedUpdate({
        manager: m,
        viewer: this.viewer,
        entity: Cluster,
        id,
        expectedVersion: version,
        authorize: (cluster) => this.viewer.requireZoneEditor(cluster.zoneId),
        patch: (cluster) => {
          const data = parseUpdate(clusterSchema, { kind: cluster.kind, name: cluster.name }, input);
          memberIds = data.memberIds;
          return { kind: data.kind, name: data.name };
        },
        children: async (cluster) => {
          if (memberIds !== undefined) await this.writeMembers(m, cluster, memberIds);
        },
        extra: (clusterId) => this.members(m, clusterId),
      });
    });
  }

  async delete(clusterGlobalId: string, version: number): Promise<boolean> {
    this.viewer.requireSignedIn();
    const id = uuidOf(clusterGlobalId, 'Cluster', 'id');
    await this.ctx.db.transaction(async (m) => {
      const cluster = await lockForUpdate(m, Cluster, id, 'Cluster');
      this.viewer.requireZoneEditor(cluster.zoneId);
      const before = { ...snapshot(cluster), ...(await this.members(m, id)) };
      requireVersion(cluster, version, before, 'deze cluster');
      await m.delete(Cluster, { id });
      await recordChange(m, this.viewer, 'Cluster', id, before, null);
    });
    return true;
  }

  /**
   * Replaces the members. Members of a zone's general assembly are partners of that zone, so a
   * partner not yet active in the zone is linked to it (recorded on the partner).
   */
  private async writeMembers(m: EntityManager, cluster: Cluster, memberGlobalIds: readonly string[]): Promise<void> {
    const ids = await existingIds(m, 'partner', memberGlobalIds, 'Partner', 'memberIds');
    const newcomers: { partner_id: string }[] = await m.query(PARTNERS_NOT_IN_ZONE_SQL, [ids, cluster.zoneId]);
    for (const { partner_id } of newcomers) {
      const before = await linkedGlobalIds(m, Partner, 'zones', partner_id, 'Zone');
      await m.query(joinTableSql.insertOne(joinTableOf(m, Partner, 'zones')), [partner_id, cluster.zoneId]);
      await recordChange(m, this.viewer, 'Partner', partner_id, { zoneIds: before }, { zoneIds: [...before, toGlobalId('Zone', cluster.zoneId)].sort() });
    }
    await replaceLinks(m, Cluster, 'members', cluster.id, ids);
  }

  private async members(m: EntityManager, clusterId: string): Promise<Record<string, unknown>> {
    return { memberIds: await linkedGlobalIds(m, Cluster, 'members', clusterId, 'Partner') };
  }
}
