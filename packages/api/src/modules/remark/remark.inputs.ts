// GraphQL input of a remark. It mirrors `remarkSchema` (packages/shared), which the service applies.
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A remark on an action plan or one of its actions.' })
export class RemarkInput {
  @Field(() => String, { description: 'The remark.' })
  text: string;
}

@InputType({ description: 'A reply to a remark.' })
export class RemarkReplyInput {
  @Field(() => String, { description: 'The reply.' })
  text: string;
}
