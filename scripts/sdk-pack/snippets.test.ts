/** Every code block of the SDK's documents is a program the snippet runner can run, or is marked partial with a reason. */
import { describe, expect, it } from 'vitest';
import { repoRoot } from './pack.test-util';
import { extractSnippets, RUNNABLE, sdkDocumentSnippets } from './snippets';

describe('the documents\' code blocks', () => {
  const snippets = sdkDocumentSnippets(repoRoot);

  it('are each a runnable program (js) or marked partial with a reason', () => {
    const unmarked = snippets.filter((s) => !s.partial && !RUNNABLE.has(s.lang)).map((s) => `${s.where} (${s.lang || 'no language'})`);
    expect(unmarked).toEqual([]);
    expect(snippets.filter((s) => !s.partial).length).toBeGreaterThanOrEqual(5);
  });

  it('the programs import the package (not relative paths) and take their settings from the environment', () => {
    for (const s of snippets.filter((x) => !x.partial)) {
      expect(s.code, s.where).toMatch(/from '@webpos-counter\/sdk(\/redis)?'/);
      expect(s.code, s.where).not.toMatch(/from '\.{1,2}\//);
      for (const name of ['WEBPOS_SECRET', 'WEBPOS_BASE_URL', 'WEBPOS_CLIENT_ID']) {
        if (s.code.includes(`process.env.${name}`)) expect(s.code, s.where).toMatch(new RegExp(`process\\.env\\.${name} \\?\\? '`));
      }
    }
  });

  it('a marker applies to the next block only, and a block without one is a program', () => {
    const md = ['<!-- snippet: partial, a fragment -->', '', '```js', 'x()', '```', '', 'text', '```js', 'console.log(1)', '```', '`<!-- snippet: partial, in prose -->`', '```sh', 'ls', '```'].join('\n');
    expect(extractSnippets(md, 'a.md')).toEqual([
      { where: 'a.md:3', lang: 'js', code: 'x()\n', partial: 'a fragment' },
      { where: 'a.md:8', lang: 'js', code: 'console.log(1)\n' },
      { where: 'a.md:12', lang: 'sh', code: 'ls\n' },
    ]);
    expect(() => extractSnippets('```js\nnever closed', 'b.md')).toThrow('b.md:1');
  });
});
