// GraphQL input of a partner organisation. It mirrors `partnerSchema` (packages/shared), which
// the service applies; in an update, fields left out stay as they are.
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A partner organisation and the zones it is active in. In an update, fields left out stay unchanged.' })
export class PartnerInput {
  @Field(() => String, { nullable: true, description: 'Name of the organisation (required when creating; unique).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Type or sector (welzijn, zorg, lokaal bestuur, ...).' })
  sector?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Zones the partner is active in (replaces the list; at least one). You may add or remove only zones you edit; send the others unchanged.',
  })
  zoneIds?: string[];
}
