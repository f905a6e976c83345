import { Field, Int, ObjectType } from 'type-graphql';
import { Partner } from '../partner/partner.entity';
import { Project } from '../project/project.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'A name under "Met wie?" of an imported plan, matched against the partner directory and the zones.' })
export class ImportPartnerMatch {
  @Field(() => String, { description: 'The line as asked.' })
  line: string;

  @Field(() => String, { description: 'The organisation the line names (before a remark in brackets or after a dash).' })
  name: string;

  @Field(() => Partner, { nullable: true, description: 'The partner of the directory with this name.' })
  partner: Partner | null;

  @Field(() => Zone, { nullable: true, description: 'The zone with this name: a zone is never taken for a partner.' })
  zone: Zone | null;

  @Field(() => Boolean, { description: 'Neither partner nor zone, and it reads as an organisation name: the import may create it as a new partner (`partners: [{ name, create: true }]`).' })
  canCreate: boolean;
}

@ObjectType({ description: 'The projects a text of an imported plan names (an OverHoop or GBO paragraph can become an action of that project).' })
export class ImportTextProjects {
  @Field(() => Int, { description: 'The position of the text in `texts`.' })
  index: number;

  @Field(() => [Project], { description: 'Projects named in the text, as whole words.' })
  projects: Project[];
}

@ObjectType({ description: 'What the import review matches before saving.' })
export class ImportMatches {
  @Field(() => [ImportPartnerMatch], { description: 'One per name asked, in the same order.' })
  partners: ImportPartnerMatch[];

  @Field(() => [ImportTextProjects], { description: 'Only the texts that name a project.' })
  projects: ImportTextProjects[];
}
