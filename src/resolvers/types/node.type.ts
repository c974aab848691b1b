import { Field, ID, InterfaceType } from 'type-graphql';

/** Every Node view names its GraphQL type. */
export function nodeTypeOf(value: { __typename: string }): string {
  return value.__typename;
}

@InterfaceType('Node', {
  description: 'An object with a global id, which `node(id:)` fetches whatever its type.',
  resolveType: nodeTypeOf,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global id, unique across all types.' })
  id!: string;
}
