import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { Remark } from './remark.entity';

/** A reply in a remark's conversation; readable by whoever reads the remark (auth/visibility.ts). */
@ObjectType({ description: 'A reply to a remark (reactie).', implements: Node })
@Entity('remark_reply')
@Index('IDX_remark_reply_remark', ['remarkId', 'createdAt'])
export class RemarkReply extends BaseEntity {
  @ManyToOne(() => Remark, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'remark_id', foreignKeyConstraintName: 'FK_remark_reply_remark' })
  remark?: Remark;

  @Column({ type: 'uuid', name: 'remark_id' })
  remarkId: string;

  @Field(() => String, { description: 'The reply.' })
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @Field(() => String, { description: 'Name of the author.' })
  @Column({ type: 'varchar', length: 200, name: 'author_name' })
  authorName: string;
}
