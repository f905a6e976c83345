// GraphQL input of a cluster of the general assembly. It mirrors `clusterSchema`
// (packages/shared), which the service applies; in an update, fields left out stay as they are.
import { Field, ID, InputType } from 'type-graphql';
import type { ClusterKind } from '@kruispunt/shared';
import { ClusterKindEnum } from '../../graphql/enums';

@InputType({ description: "A cluster of the zone council's general assembly and its member partners. In an update, fields left out stay unchanged." })
export class ClusterInput {
  @Field(() => ClusterKindEnum, { nullable: true, description: 'Kind of cluster (required when creating).' })
  kind?: ClusterKind;

  @Field(() => String, { nullable: true, description: 'Name as the zone uses it (required when creating).' })
  name?: string;

  @Field(() => [ID], { nullable: true, description: 'Member partners (replaces the list). A partner not yet active in the zone is linked to it.' })
  memberIds?: string[];
}
