// Working groups, projects and actions as one GraphQL interface for what they share: owner zones
// with roles and pending invitations to co-own. A client selects the owners panel's fields once
// for all three (the SharedWork union, which the mutations return, can select no fields). The
// values come from each type's own field resolvers.
import { Field, ID, InterfaceType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Ownership } from '../collaboration/ownership';
import { OwnershipInvitation } from './invitation.entity';

@InterfaceType('CoOwned', {
  description: 'Work that several zones can own together (a working group, project or action): its owner zones and the pending invitations to co-own it.',
  implements: Node,
  resolveType: (value: object) => value.constructor.name,
})
export abstract class CoOwned {
  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier.' })
  globalId: string;

  @Field(() => [Ownership], { description: 'Owner zones with their roles.' })
  owners: Ownership[];

  @Field(() => [OwnershipInvitation], { description: 'Pending invitations to other zones to co-own it, oldest first.' })
  invitations: OwnershipInvitation[];

  @Field(() => Boolean, { description: 'Whether you may invite zones to co-own it, change their roles or remove them.' })
  viewerCanManageOwners: boolean;
}
