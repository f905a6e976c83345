// The GraphQL shape of "wat is er veranderd sinds indiening" (PlanChanges in packages/shared).
import { Field, ObjectType } from 'type-graphql';
import type { ActionChangeKind } from '@kruispunt/shared';
import { ActionChangeKindEnum } from '../../graphql/enums';

@ObjectType({ description: 'One field that differs between the submitted version and now, as display text (lists one item a line).' })
export class FieldChangeResult {
  @Field(() => String, { description: 'Stable key, e.g. `title`, `steps`, `sd:1:title`, `od:1.2:indicators`.' })
  field: string;

  @Field(() => String, { description: 'Dutch label.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'As submitted; null when it was absent.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Now; null when it is absent.' })
  after: string | null;
}

@ObjectType({ description: 'An action added, removed or changed since the submission (matched by number, then title).' })
export class ActionChangeResult {
  @Field(() => ActionChangeKindEnum, { description: 'Added, removed or changed.' })
  kind: ActionChangeKind;

  @Field(() => String, { nullable: true, description: 'Its number now (as submitted, for a removed action).' })
  number: string | null;

  @Field(() => String, { description: 'Its title now (as submitted, for a removed action).' })
  title: string;

  @Field(() => [FieldChangeResult], { description: 'For a changed action, the fields that differ, in sheet order.' })
  fields: FieldChangeResult[];
}

@ObjectType({ description: 'The difference between a submitted version of a plan and its current state, in the import shape.' })
export class PlanChangesResult {
  @Field(() => Boolean, { description: 'True when nothing differs.' })
  unchanged: boolean;

  @Field(() => [FieldChangeResult], { description: 'Plan-level differences: zone, year, strategic and operational goals.' })
  plan: FieldChangeResult[];

  @Field(() => [ActionChangeResult], { description: 'Per action, in the current plan order; removed actions last.' })
  actions: ActionChangeResult[];
}
