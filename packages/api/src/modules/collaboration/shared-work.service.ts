// Writing working groups and projects, which have the same shape: own columns, owner zones with
// roles (`<table>_owner`), member partners (`<table>_member`) and themes (`<table>_theme`). One
// implementation serves both; the kind's config says what differs. Owners are changed through
// the sharing module (addOwner, invitations), not here.
import { notifySharedChange } from '../notification/notify';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { OWNER_ROLES, type OwnerRole } from '@kruispunt/shared';
import type { Context } from '../auth/context';
import type { Project } from './project.entity';
import { ownersOf, ownersSnapshot } from '../sharing/subjects';
import type { WorkingGroup } from './working-group.entity';
import { recordChange, snapshot } from '../audit/audit';
import { parseInput } from '../../common/validate';
import { insertOwnerSql } from './collaboration.queries';
import { versionedUpdateResult } from '../audit/versioned';
import { existingIds, invalid, linkedGlobalIds, parseUpdate, replaceLinks, requireRow, uuidOf } from '../../common/write';

export interface SharedWorkKind<T extends WorkingGroup | Project> {
  type: 'WorkingGroup' | 'Project';
  entity: { new (): T; name: string };
  /** e.g. 'working_group' → working_group_owner, working_group_member, working_group_theme. */
  table: 'working_group' | 'project';
  schema: z.ZodType;
  /** The entity's own columns, named as in the input. */
  columns: readonly (keyof T & string)[];
}

export class SharedWorkWriteService<T extends WorkingGroup | Project> {
  constructor(
    private readonly ctx: Context,
    private readonly kind: SharedWorkKind<T>,
  ) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  /** Creates the item with one owner zone, which the creator must edit. */
  async create(input: Record<string, unknown>, ownerZoneGlobalId: string, role: OwnerRole): Promise<T> {
    this.viewer.requireSignedIn();
    const ownerZoneId = uuidOf(ownerZoneGlobalId, 'Zone', 'ownerZoneId');
    this.viewer.requireZoneEditor(ownerZoneId);
    if (!OWNER_ROLES.includes(role)) throw invalid('role', 'Kies een rol');
    const data = parseInput(this.kind.schema, input) as Record<string, unknown>;
    return this.ctx.db.transaction(async (m) => {
      await requireRow(m, 'zone', ownerZoneId, 'Deze zone');
      const item = await m.save(this.kind.entity, m.create(this.kind.entity, this.columns(data) as never));
      await m.query(insertOwnerSql(this.kind.table), [item.id, ownerZoneId, role]);
      await this.writeLinks(m, item.id, data);
      await recordChange(m, this.viewer, this.kind.type, item.id, null, {
        ...snapshot(item),
        ...(await this.links(m, item.id)),
        ...ownersSnapshot(await ownersOf(m, this.kind.type, item.id)),
      });
      return item;
    });
  }

  /** Updates the item; editors of any owner zone may. Fields left out stay as they are. */
  async update(globalId: string, version: number, input: Record<string, unknown>): Promise<T> {
    this.viewer.requireSignedIn();
    const id = uuidOf(globalId, this.kind.type, 'id');
    return this.ctx.db.transaction(async (m) => {
      let data: Record<string, unknown> = {};
      const updated = await versionedUpdateResult<T>({
        manager: m,
        viewer: this.viewer,
        entity: this.kind.entity,
        id,
        expectedVersion: version,
        authorize: async () => this.viewer.requireSharedEditor((await ownersOf(m, this.kind.type, id)).map((o) => o.zoneId)),
        patch: (row) => {
          const current = Object.fromEntries(this.kind.columns.map((key) => [key, row[key]]));
          data = parseUpdate(this.kind.schema, current, input) as Record<string, unknown>;
          return this.columns(data);
        },
        children: async () => this.writeLinks(m, id, data),
        extra: (itemId) => this.links(m, itemId),
      });
      // Co-owner zones hear of a change by another zone (at most once an hour while unread).
      await notifySharedChange(m, this.viewer, this.kind.type, id, { recorded: updated.recorded });
      return updated.row;
    });
  }

  private columns(data: Record<string, unknown>): Partial<T> {
    return Object.fromEntries(this.kind.columns.map((key) => [key, data[key] ?? null])) as Partial<T>;
  }

  /** Members and themes given in the input replace the current ones; left out, they stay. */
  private async writeLinks(m: EntityManager, id: string, data: Record<string, unknown>): Promise<void> {
    if (data.memberIds !== undefined) {
      const ids = await existingIds(m, 'partner', data.memberIds as string[], 'Partner', 'memberIds');
      await replaceLinks(m, this.kind.entity, 'members', id, ids);
    }
    if (data.themeIds !== undefined) {
      const ids = await existingIds(m, 'theme', data.themeIds as string[], 'Theme', 'themeIds');
      await replaceLinks(m, this.kind.entity, 'themes', id, ids);
    }
  }

  private async links(m: EntityManager, id: string): Promise<Record<string, unknown>> {
    return {
      memberIds: await linkedGlobalIds(m, this.kind.entity, 'members', id, 'Partner'),
      themeIds: await linkedGlobalIds(m, this.kind.entity, 'themes', id, 'Theme'),
    };
  }
}
