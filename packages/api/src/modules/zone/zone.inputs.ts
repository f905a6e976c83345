// GraphQL input of the zone profile. It mirrors `zoneProfileSchema` (packages/shared), which the
// service applies; fields left out stay as they are, null clears.
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'The zone profile (municipalities, staff, network share). Fields left out stay unchanged; null clears.' })
export class ZoneInput {
  @Field(() => String, { nullable: true, description: 'Full name, e.g. "ELZ Leuven Zuid" (unique).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "Leuven Zuid" (unique).' })
  shortName?: string;

  @Field(() => [String], { nullable: true, description: 'Municipalities (gemeenten) of the zone (replaces the list).' })
  municipalities?: string[];

  @Field(() => Float, { nullable: true, description: 'Staff in full-time equivalents (VTE).' })
  staffFte?: number | null;

  @Field(() => String, { nullable: true, description: 'Share of staff time spent on the network, as the zone words it ("meer dan 50%").' })
  networkTimeShare?: string | null;

  @Field(() => Int, { nullable: true, description: 'That share in percent (lower bound, 0-100).' })
  networkTimePercent?: number | null;
}
