import { Field, ID, InterfaceType } from 'type-graphql';

/** The Relay Node interface: every stored object has a global id and can be fetched by `node(id:)`. */
@InterfaceType('Node', {
  description: 'An object with a global id (Relay Node).',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  // Same property as BaseEntity.globalId: the interface field must resolve to the global id, not the uuid column.
  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier.' })
  globalId: string;
}
