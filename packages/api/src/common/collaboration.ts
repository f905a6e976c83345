// Working groups and projects as one GraphQL interface: the same fields (the columns of
// SharedWorkEntity, owners, members, themes, actions), so that a client can select them once for
// both. The values come from the types' own resolvers (common/shared-work.resolver.ts).
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { Node } from '../graphql/node';
import type { Action } from '../modules/action/action.entity';
import type { Partner } from '../modules/partner/partner.entity';
import type { Theme } from '../modules/theme/theme.entity';
import type { Ownership } from './ownership';

// The field types are loaded when the schema is built, not with this file: the action entity
// imports working groups and projects, which implement this interface (an import cycle that
// left the interface undefined when an entity asked for it).
const types = {
  action: () => (require('../modules/action/action.entity') as typeof import('../modules/action/action.entity')).Action,
  partner: () => (require('../modules/partner/partner.entity') as typeof import('../modules/partner/partner.entity')).Partner,
  theme: () => (require('../modules/theme/theme.entity') as typeof import('../modules/theme/theme.entity')).Theme,
  ownership: () => (require('./ownership') as typeof import('./ownership')).Ownership,
};

@InterfaceType('Collaboration', {
  description: 'A working group or a project: work that owner zones carry together, with member partners and the actions of every zone that belong to it.',
  implements: Node,
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Collaboration {
  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier.' })
  globalId: string;

  @Field(() => String, { description: 'The row key (uuid); prefer `id` in clients.' })
  uuid: string;

  @Field(() => Int, { description: 'Incremented on every change; send it back with an update to detect concurrent edits.' })
  version: number;

  @Field(() => Date, { description: 'When the row was created.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the row was last changed.' })
  updatedAt: Date;

  @Field(() => String, { description: 'Name of the working group or project.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Purpose and content (opdracht).' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'How often it meets (frequentie).' })
  cadence: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the period (ISO date).' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'End of the period (ISO date).' })
  periodEnd: string | null;

  @Field(() => String, { nullable: true, description: 'Who funds it (financier), e.g. Koning Boudewijnstichting.' })
  funder: string | null;

  @Field(() => Boolean, { description: 'Whether you may edit it (editors of any owner zone; never with a READ token).' })
  viewerCanEdit: boolean;

  @Field(() => Boolean, { description: 'Whether you may invite zones to co-own it, change their roles or remove them.' })
  viewerCanManageOwners: boolean;

  @Field(() => [types.ownership()], { description: 'Owner zones with their roles.' })
  owners: Ownership[];

  @Field(() => [types.partner()], { description: 'Member partners.' })
  members: Partner[];

  @Field(() => [types.theme()], { description: 'Themes.' })
  themes: Theme[];

  @Field(() => [types.action()], { description: 'Actions of every zone that belong to it.' })
  actions: Action[];
}
