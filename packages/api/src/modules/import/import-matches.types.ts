import { Field, Int, ObjectType } from 'type-graphql';
import { Partner } from '../partner/partner.entity';
import { Project } from '../collaboration/project.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'A line under "Met wie?" of an imported plan, read for the partners of the directory and the zones it names.' })
export class ImportPartnerMatch {
  @Field(() => String, { description: 'The line as asked.' })
  line: string;

  @Field(() => [Partner], { description: 'Partners of the directory the line names, as whole words ("VAPH en Opgroeien" names both).' })
  partners: Partner[];

  @Field(() => [Zone], { description: 'Zones the line names: a zone is never taken for a partner.' })
  zones: Zone[];

  @Field(() => String, {
    nullable: true,
    description:
      "When the line names no partner or zone and reads as one organisation's name: that name, which the import creates as a new partner on request (`partners: [{ name, create: true }]`).",
  })
  newName: string | null;
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
