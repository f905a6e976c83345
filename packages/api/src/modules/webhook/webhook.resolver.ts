import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { config } from '../../config';
import { fromGlobalId } from '../../common/global-id';
import type { Context } from '../auth/context';
import { Webhook } from './webhook.entity';
import { WebhookService, type WebhookPolicy } from './webhook.service';
import { CreateWebhookInput, CreatedWebhook, WebhookDelivery } from './webhook.types';

/** The server's policy (startServer's options over config), kept in app.locals. */
function policyOf(ctx: Context): WebhookPolicy {
  return (ctx.req?.app.locals.webhookPolicy as WebhookPolicy | undefined) ?? config.webhooks;
}

@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => [Webhook], { description: 'The webhooks of the signed-in user (or token owner), newest first.' })
  webhooks(@Ctx() ctx: Context): Promise<Webhook[]> {
    return new WebhookService(ctx.db).list(ctx.viewer);
  }

  @Mutation(() => CreatedWebhook, { description: 'Registers a webhook (a session or a READ_WRITE token); its signing secret is returned once.' })
  createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: Context): Promise<CreatedWebhook> {
    return new WebhookService(ctx.db).create(ctx.viewer, { ...input }, policyOf(ctx));
  }

  @Mutation(() => Boolean, { description: 'Deletes one of your webhooks; its pending deliveries are not sent.' })
  deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new WebhookService(ctx.db).delete(ctx.viewer, fromGlobalId(id, 'Webhook').id);
  }

  @FieldResolver(() => [WebhookDelivery], { description: 'The delivery log, newest first: each event sent, its status and every attempt.' })
  deliveries(@Root() webhook: Webhook, @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1 to 100).' }) first: number, @Ctx() ctx: Context): Promise<WebhookDelivery[]> {
    return new WebhookService(ctx.db).deliveries(webhook, first);
  }
}
