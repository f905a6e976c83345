// The signed-in user's own sessions ("Mijn sessies"): which devices are signed in, and ending them.
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import type { Context } from './context';
import { AuthService } from './auth.service';

@ObjectType({ description: 'A signed-in web session of the current user.' })
export class AccountSession {
  // Its own type name, not the entity's: `node(id:)` answers null for it instead of an object outside the schema.
  @Field(() => ID, { description: 'Global id, to end it with endSession.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The browser (User-Agent) that signed in.' })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'The address it signed in from.' })
  ip: string | null;

  @Field(() => Date, { description: 'When it signed in.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Its last request (recorded at most once a minute).' })
  lastSeenAt: Date | null;

  @Field(() => Date, { description: 'When it ends by itself.' })
  expiresAt: Date;

  @Field(() => Boolean, { description: 'Whether this is the session making the request.' })
  current: boolean;
}

@Resolver()
export class SessionResolver {
  @Query(() => [AccountSession], { description: 'Your sessions that have not expired, most recently seen first.' })
  async mySessions(@Ctx() ctx: Context): Promise<AccountSession[]> {
    const sessions = await new AuthService(ctx.db).mySessions(ctx.viewer);
    return sessions.map((s) => ({
      id: toGlobalId('AccountSession', s.id),
      userAgent: s.userAgent,
      ip: s.ip,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      current: s.id === ctx.viewer.data.sessionId,
    }));
  }

  @Mutation(() => Boolean, { description: 'Ends one of your sessions: that device is signed out at once.' })
  async endSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await new AuthService(ctx.db).endSession(ctx.viewer, fromGlobalId(id, 'AccountSession').id);
    return true;
  }

  @Mutation(() => Int, { description: 'Ends all your sessions but this one; answers how many ended.' })
  endOtherSessions(@Ctx() ctx: Context): Promise<number> {
    return new AuthService(ctx.db).endOtherSessions(ctx.viewer);
  }
}
