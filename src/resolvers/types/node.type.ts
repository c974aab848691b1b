import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'An object with a global id, which `node(id:)` fetches whatever its type.',
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global id, unique across all types.' })
  id!: string;
}
