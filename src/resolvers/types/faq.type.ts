import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../ids';
import type { FaqHit, FaqRecord } from '../../repositories/assistant/faq.repository';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('Faq', {
  implements: NodeInterface,
  description: 'An entry of the FAQ knowledge base, which the assistant answers from. Every signed-in caller reads it.',
  simpleResolvers: true,
})
export class FaqView implements NodeInterface {
  readonly __typename = 'Faq';
  dbId!: string;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'The question, as customers would ask it (5-500 characters, unique).' })
  question!: string;

  @Field(() => String, { description: 'The answer (10-10000 characters).' })
  answer!: string;

  @Field(() => String, { description: 'Free-form topic, e.g. `billing`; `faqs(category:)` matches it case-insensitively.' })
  category!: string;

  @Field(() => Int, { description: 'How often the entry was read with `faq(id:)`.' })
  viewCount!: number;

  @Field(() => DateTimeScalar, { description: 'When the entry was written.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the entry last changed.' })
  updatedAt!: Date;

  static from(faq: FaqRecord): FaqView {
    return {
      __typename: 'Faq',
      dbId: faq.id,
      id: toGlobalId('Faq', faq.id),
      question: faq.question,
      answer: faq.answer,
      category: faq.category,
      viewCount: faq.viewCount,
      createdAt: faq.createdAt,
      updatedAt: faq.updatedAt,
    };
  }
}

@ObjectType('KnowledgeBaseHit', { description: 'An FAQ entry found by `searchKnowledgeBase`, with its relevance.', simpleResolvers: true })
export class KnowledgeBaseHitView {
  @Field(() => FaqView, { description: 'The entry.' })
  faq!: FaqView;

  @Field(() => Float, {
    description: 'Relevance from 0 to 1: mostly the share of the query\'s words (stemmed, stop words left out) that the entry contains, the rest PostgreSQL\'s cover-density rank with the question weighted above the answer.',
  })
  score!: number;

  @Field(() => String, { description: 'The best passages of the answer, matched words marked `**like this**`, passages joined by ` … `.' })
  snippet!: string;

  static from(hit: FaqHit): KnowledgeBaseHitView {
    return { faq: FaqView.from(hit.faq), score: hit.score, snippet: hit.snippet };
  }
}

@InputType('FaqInput', { description: 'An FAQ entry, written whole.' })
export class FaqInput {
  @Field(() => String, { description: 'The question, 5-500 characters; no other entry may have it (case-insensitive).' })
  question!: string;

  @Field(() => String, { description: 'The answer, 10-10000 characters.' })
  answer!: string;

  @Field(() => String, { description: 'Topic, 1-100 characters, e.g. `billing`.' })
  category!: string;
}
