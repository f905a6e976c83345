// GraphQL inputs of account administration. They mirror `userAccountSchema` and `createZoneSchema`
// (packages/shared), which the service applies.
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export const UserStatusEnum = { ACTIVE: 'ACTIVE', DEACTIVATED: 'DEACTIVATED', ALL: 'ALL' } as const;
registerEnumType(UserStatusEnum, { name: 'UserStatus', description: 'Which users a list shows: active, deactivated or all.' });

@InputType({ description: 'A new user: name and e-mail address. They get no password here; they set one through the invitation or reset mail.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => String, { description: 'E-mail address (sign-in name, unique).' })
  email: string;
}

@InputType({ description: "A user's name and e-mail address. Fields left out stay unchanged." })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'E-mail address (sign-in name, unique).' })
  email?: string;
}

@InputType({ description: 'A new zone.' })
export class CreateZoneInput {
  @Field(() => String, { description: 'Full name, e.g. "ELZ Leuven Zuid" (unique).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name (unique); default: the name without "ELZ ".' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'URL-friendly name, e.g. "elz-leuven-zuid" (unique); default: made from the name.' })
  slug?: string | null;

  @Field(() => ID, { description: 'The region it belongs to.' })
  regionId: string;

  @Field(() => [String], { nullable: true, description: 'Municipalities (gemeenten) of the zone.' })
  municipalities?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  contactEmail?: string | null;
}
