import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TOKEN_SCOPES, ZONE_ROLES, type NotificationEmailMode, type TokenScope, type ZoneRole } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { TokenScopeEnum } from '../../graphql/enums';
import { Region } from '../region/region.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'A person who signs in: zone staff, a VIVEL coach or an administrator.', implements: Node })
@Entity('app_user')
export class User extends BaseEntity {
  @Field(() => String, { description: 'E-mail address (sign-in name).' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field(() => String, { description: 'Full name.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** scrypt$N$r$p$salt$hash — never exposed. Empty until the person sets a password (created by an administrator). */
  @Column({ type: 'varchar', length: 300, name: 'password_hash' })
  passwordHash: string;

  @Field(() => Boolean, { description: 'Administrators may do everything.' })
  @Column({ type: 'boolean', default: false, name: 'is_admin' })
  isAdmin: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When an administrator deactivated the account (null = active). A deactivated user cannot sign in; their sessions and API tokens stop working.',
  })
  @Column({ type: 'timestamptz', nullable: true, name: 'disabled_at' })
  disabledAt: Date | null;

  /** How the person gets their notifications by e-mail (modules/notification/notification-mail.ts). */
  @Column({ type: 'varchar', length: 10, default: 'IMMEDIATE', name: 'notification_email' })
  notificationEmail: NotificationEmailMode;
}

/** A user's membership of a zone, as editor or viewer. */
@Entity('zone_membership')
@Unique(['userId', 'zoneId'])
export class ZoneMembership extends BaseEntity {
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;

  @Index()
  @Column({ type: 'uuid', name: 'zone_id' })
  zoneId: string;

  @Column({ type: 'enum', enum: ZONE_ROLES, enumName: 'zone_role' })
  role: ZoneRole;
}

/** A coach's assignment to a region: reads every zone in it, may leave remarks. */
@Entity('coach_region')
@Unique(['userId', 'regionId'])
export class CoachRegion extends BaseEntity {
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @ManyToOne(() => Region, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId: string;
}

/** A web session: the cookie holds a random secret, the database only its SHA-256. */
@Entity('session')
export class Session extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  /** The browser's User-Agent at sign-in, to recognise the device. */
  @Column({ type: 'varchar', length: 500, nullable: true, name: 'user_agent' })
  userAgent: string | null;

  /** The client address at sign-in. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** Last request with this session (recorded at most once a minute). */
  @Column({ type: 'timestamptz', nullable: true, name: 'last_seen_at' })
  lastSeenAt: Date | null;
}

@ObjectType({ description: 'An API token for an external tool. The secret is shown once, at creation.', implements: Node })
@Entity('api_token')
export class ApiToken extends BaseEntity {
  @Field(() => String, { description: 'Name given by its creator, e.g. "Regionaal dashboard".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;

  @Field(() => String, { description: 'First characters of the token, to recognise it.' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Field(() => TokenScopeEnum, { description: 'READ, or READ_WRITE on the zones its creator edits.' })
  @Column({ type: 'enum', enum: TOKEN_SCOPES, enumName: 'token_scope' })
  scope: TokenScope;

  @Field(() => Date, { nullable: true, description: 'When the token stops working.' })
  @Column({ type: 'timestamptz', nullable: true, name: 'expires_at' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  @Column({ type: 'timestamptz', nullable: true, name: 'revoked_at' })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last used.' })
  @Column({ type: 'timestamptz', nullable: true, name: 'last_used_at' })
  lastUsedAt: Date | null;
}
