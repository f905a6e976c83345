import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import type { Context } from '../auth/context';
import { User } from '../auth/auth.entity';
import { accessOf } from '../auth/rights.resolver';
import { contactCandidates } from './action-contact';
import { Action } from './action.entity';

@ObjectType({ description: 'A person of a zone, as named on an action (its contact person).' })
export class Person {
  @Field(() => ID, { description: "The user's global id (what `contactPersonId` takes)." })
  id: string;

  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => String, { description: 'E-mail address, to ask about the action.' })
  email: string;
}

const person = (u: { id: string; name: string; email: string }): Person => ({ id: toGlobalId('User', u.id), name: u.name, email: u.email });

@Resolver(() => Action)
export class ActionContactResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who to ask about the action: a member of one of its owner zones. Null when none is named (or the account was deactivated).' })
  async contactPerson(@Root() action: Action, @Ctx() ctx: Context): Promise<Person | null> {
    if (!action.contactUserId) return null;
    const user = await ctx.loaders.byId(User).load(action.contactUserId);
    return user && !user.disabledAt ? person(user) : null;
  }

  @FieldResolver(() => [Person], {
    description: "Who may be named contact person: the active members of its plan's zone and of its owner zones, by name. Only for those who may edit the sheet (empty otherwise).",
  })
  async contactPersonCandidates(@Root() action: Action, @Ctx() ctx: Context): Promise<Person[]> {
    const access = await accessOf(ctx, action.id);
    if (!access || !ctx.viewer.canEditAction(access)) return [];
    return (await contactCandidates(ctx.db.manager, access.plan.zoneId, action.id)).map(person);
  }
}
