// Working groups and projects as one GraphQL interface: the same fields (the columns of
// SharedWorkEntity, owners, members, themes, actions), so that a client can select them once for
// both. The values come from the types' own resolvers (shared-work.resolver.ts).
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Action } from '../action/action.entity';
import { Partner } from '../partner/partner.entity';
import { Theme } from '../theme/theme.entity';
import { Ownership } from './ownership';

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

  @Field(() => [Ownership], { description: 'Owner zones with their roles.' })
  owners: Ownership[];

  @Field(() => [Partner], { description: 'Member partners.' })
  members: Partner[];

  @Field(() => [Theme], { description: 'Themes.' })
  themes: Theme[];

  @Field(() => [Action], { description: 'Actions of every zone that belong to it.' })
  actions: Action[];
}
