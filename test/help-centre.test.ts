import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CreateFaqDocument, FaqDocument, FaqsDocument, SearchKnowledgeBaseDocument } from './gql/graphql';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';

// The help centre of the replaced assistant is public: read over real HTTP without credentials,
// each address within its anonymous budget.

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '6', RATE_LIMIT_AUTH_PER_MINUTE: '100', RATE_LIMIT_USER_PER_MINUTE: '100000' });
  admin = (await register(server.url, 'root')).accessToken;
  // 1,050 entries in one statement: the page limit is what is under test, not the API's write path.
  await server.deps.orm.em.getKnex().raw(
    `insert into faqs (id, question, answer, category, created_at, updated_at)
     select gen_random_uuid(), 'Bulk question ' || lpad(n::text, 4, '0') || '?', 'A bulk answer that is long enough.', 'bulk', now(), now()
     from generate_series(1, 1050) n`,
  );
}, 60_000);
afterAll(async () => server?.close());

describe('public help centre', () => {
  test('anonymous callers list, read (counting views) and search; each address has its budget, then 429', async () => {
    const { id } = (await run(server.url, CreateFaqDocument, { input: { question: 'How do I reset my password?', answer: 'Choose "Forgot password" on the sign-in page.', category: 'account' } }, admin)).createFaq;
    const list = await request(server.url, FaqsDocument, { category: 'ACCOUNT' });
    expect(list.status).toBe(200);
    expect(list.data!.faqs).toEqual([{ id, question: 'How do I reset my password?', answer: 'Choose "Forgot password" on the sign-in page.', category: 'account', viewCount: 0 }]);
    expect((await run(server.url, FaqDocument, { id })).faq!.viewCount).toBe(1);
    expect((await run(server.url, FaqDocument, { id })).faq!.viewCount).toBe(2);
    const hits = (await run(server.url, SearchKnowledgeBaseDocument, { query: 'reset password', first: 1 })).searchKnowledgeBase;
    expect(hits.map((hit) => hit.faq.id)).toEqual([id]);
    // Six requests a minute for this address (registering the admin was the first): the sixth passes, the seventh is refused.
    expect((await request(server.url, FaqsDocument, { first: 1 })).status).toBe(200);
    const refused = await request(server.url, FaqsDocument, { first: 1 });
    expect(refused.status).toBe(429);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // A signed-in reader has a budget of their own.
    expect((await request(server.url, FaqsDocument, { first: 1 }, admin)).status).toBe(200);
  });

  test('a page holds up to 1,000 entries; 100 when first is omitted; larger values are capped', async () => {
    const page = async (first?: number) => (await run(server.url, FaqsDocument, { category: 'bulk', first }, admin)).faqs;
    expect(await page()).toHaveLength(100);
    const thousand = await page(1000);
    expect(thousand).toHaveLength(1000);
    expect(thousand[0]!.question).toBe('Bulk question 0001?');
    expect(thousand[999]!.question).toBe('Bulk question 1000?');
    expect(await page(5000)).toHaveLength(1000);
  });
});
