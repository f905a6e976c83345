// GraphQL input of a working group. It mirrors `workingGroupSchema` (packages/shared), which the
// service applies; in an update, fields left out stay as they are, null clears.
import { Field, ID, InputType } from 'type-graphql';
import type { WorkingGroupKind } from '@kruispunt/shared';
import { WorkingGroupKindEnum } from '../../graphql/enums';

@InputType({ description: 'A working group (werkgroep, stuurgroep, ...). In an update, fields left out stay unchanged; null clears.' })
export class WorkingGroupInput {
  @Field(() => String, { nullable: true, description: 'Name of the group (required when creating).' })
  name?: string;

  @Field(() => WorkingGroupKindEnum, { nullable: true, description: 'Kind of group (required when creating).' })
  kind?: WorkingGroupKind;

  @Field(() => String, { nullable: true, description: 'Purpose of the group (opdracht).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'How often it meets (frequentie).' })
  cadence?: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the period (ISO date).' })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'End of the period (ISO date), not before the start.' })
  periodEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Who funds it.' })
  funder?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Member partners (replaces the list).' })
  memberIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Themes (replaces the list).' })
  themeIds?: string[];
}
