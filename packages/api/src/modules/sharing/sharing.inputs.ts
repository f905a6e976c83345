// GraphQL inputs of sharing. They mirror `invitationSchema` (packages/shared), which the service applies.
import { Field, ID, InputType } from 'type-graphql';
import type { OwnerRole } from '@kruispunt/shared';
import { OwnerRoleEnum } from '../../graphql/enums';

@InputType({ description: 'An invitation to another zone to co-own a working group, project or action.' })
export class InvitationInput {
  @Field(() => ID, { description: 'The invited zone (not already an owner).' })
  zoneId: string;

  @Field(() => OwnerRoleEnum, { description: 'The role offered to the invited zone.' })
  role: OwnerRole;

  @Field(() => String, { nullable: true, description: 'A message to the invited zone.' })
  message?: string | null;
}
