// GraphQL shapes of the action sheet's composite sections.
import { Field, ObjectType } from 'type-graphql';
import { Partner } from '../partner/partner.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'The lead of an action (trekker): free text, with optional links to a zone, partner or working group.' })
export class ActionLead {
  @Field(() => String, { description: 'The lead as the plan words it.' })
  text: string;

  @Field(() => Zone, { nullable: true, description: 'The lead zone, when a zone leads.' })
  zone: Zone | null;

  @Field(() => Partner, { nullable: true, description: 'The lead partner, when one organisation leads.' })
  partner: Partner | null;

  @Field(() => WorkingGroup, { nullable: true, description: 'The lead working group, when a group leads.' })
  workingGroup: WorkingGroup | null;
}

@ObjectType({ description: 'One evaluation kind of the sheet: chosen (☒) or not (☐), with its text.' })
export class EvaluationPart {
  @Field(() => Boolean, { description: 'Whether the box is ticked.' })
  chosen: boolean;

  @Field(() => String, { nullable: true, description: 'What and how the zone evaluates.' })
  text: string | null;
}

@ObjectType({ description: 'The evaluation section (Evaluatie): at least one kind must be chosen.' })
export class ActionEvaluation {
  @Field(() => EvaluationPart, { description: 'Procesevaluatie.' })
  process: EvaluationPart;

  @Field(() => EvaluationPart, { description: 'Resultaatgerichte evaluatie (output).' })
  output: EvaluationPart;

  @Field(() => EvaluationPart, { description: 'Impact evaluatie (outcome).' })
  outcome: EvaluationPart;
}
