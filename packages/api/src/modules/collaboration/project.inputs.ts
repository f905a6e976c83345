// GraphQL input of a project. It mirrors `projectSchema` (packages/shared), which the service
// applies; in an update, fields left out stay as they are, null clears.
import { Field, ID, InputType } from 'type-graphql';
import type { ProjectStatus } from '@kruispunt/shared';
import { ProjectStatusEnum } from '../../graphql/enums';

@InputType({ description: 'A project or programme. In an update, fields left out stay unchanged; null clears.' })
export class ProjectInput {
  @Field(() => String, { nullable: true, description: 'Name of the project (required when creating).' })
  name?: string;

  @Field(() => ProjectStatusEnum, { nullable: true, description: 'Status of the project (required when creating).' })
  status?: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Purpose and content of the project.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'How often the partners meet.' })
  cadence?: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the period (ISO date).' })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'End of the period (ISO date), not before the start.' })
  periodEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Funder (financier), e.g. Koning Boudewijnstichting.' })
  funder?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Member partners (replaces the list).' })
  memberIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Themes (replaces the list).' })
  themeIds?: string[];
}
