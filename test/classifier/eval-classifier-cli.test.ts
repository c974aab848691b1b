import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../src/services/import';
import { REPO_ROOT, SHIPPED_MODEL } from './classifier-fixtures';

function runCli(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-classifier.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

// Clear-cut tickets the shipped model gets right, two of them deliberately mislabelled, and one
// row with a label outside the taxonomy. Quoted fields hold commas and line breaks.
const ROWS = [
  { source: 'a', subject: 'Refund', description: 'I was charged twice for my order, please refund one payment.', category: 'billing_question', priority: 'medium' },
  { source: 'a', subject: '', description: 'I forgot my password and the reset email never arrives, help.', category: 'account_access', priority: '' },
  { source: 'a', subject: 'Dark mode', description: 'It would be great if the app had a dark mode.', category: 'feature_request', priority: 'low' },
  { source: 'b', subject: 'Crash', description: 'The app crashes every time I open the calendar view,\nsince the last update.', category: 'bug_report', priority: '' },
  { source: 'b', subject: 'Printer offline', description: 'Our office printer shows as "offline" on every computer although it is switched on.', category: 'technical_issue', priority: '' },
  { source: 'b', subject: 'Where is my order?', description: 'I ordered a jacket two weeks ago and it still has not arrived.', category: 'other', priority: '' },
  { source: 'b', subject: '', description: 'I forgot my password and cannot log in to my account.', category: 'billing_question', priority: '' },
  { source: 'a', subject: 'Dark mode please', description: 'Please add a dark mode to the app, it would be great.', category: 'other', priority: '' },
  { source: 'b', subject: 'Weather', description: 'Nice weather today.', category: 'weather', priority: '' },
];

describe('npm run eval:classifier', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eval-cli-'));
  const file = path.join(dir, 'small.csv');
  writeFileSync(file, csvTable(['source', 'subject', 'description', 'category', 'priority'], ROWS, '\n'));

  it('prints exact accuracy, confusion counts and per-source figures as JSON', () => {
    const out = JSON.parse(runCli(['--data', file, '--model', SHIPPED_MODEL, '--json']));
    expect(out.rows).toBe(9);
    expect(out.skipped).toEqual([{ row: 10, reason: 'unknown category "weather"' }]);
    expect(out.overall.count).toBe(8);
    expect(out.overall.correct).toBe(6);
    expect(out.overall.accuracy).toBe(0.75);
    const { labels, matrix } = out.overall.confusion;
    const cell = (actual: string, predicted: string): number => matrix[labels.indexOf(actual)][labels.indexOf(predicted)];
    expect(cell('BILLING_QUESTION', 'BILLING_QUESTION')).toBe(1);
    expect(cell('BILLING_QUESTION', 'ACCOUNT_ACCESS')).toBe(1);
    expect(cell('OTHER', 'FEATURE_REQUEST')).toBe(1);
    expect(cell('OTHER', 'OTHER')).toBe(1);
    expect(matrix.flat().reduce((s: number, x: number) => s + x, 0)).toBe(8);
    expect(Object.keys(out.bySource)).toEqual(['a', 'b']);
    expect(out.bySource.a.count).toBe(4);
    expect(out.bySource.a.accuracy).toBe(0.75);
    expect(out.bySource.b.accuracy).toBe(0.75);
    expect(out.priority.count).toBe(2);
    expect(out.overall.reliability.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(8);
  });

  it('prints the same figures as a readable report', () => {
    const text = runCli(['--data', file, '--model', SHIPPED_MODEL]);
    expect(text).toContain('rows 8   accuracy 0.7500');
    expect(text).toContain('== source a ==');
    expect(text).toContain('skipped row 10: unknown category "weather"');
    expect(text).toContain('reliability (confidence bin: rows, mean confidence, accuracy):');
  });
});
