/**
 * The layout's boundaries (CONTRIBUTING.md), checked on the whole tree: lib/
 * is the pure core, site readers only read, the store does not know the
 * protocol, the UI does not know the store. Each rule is also shown to fire on
 * a file that breaks it, so a rule that matches nothing cannot pass unseen.
 */
import { describe, expect, it } from 'vitest';
import {
  boundaryViolations,
  importsOf,
  namingViolations,
  projectPaths,
  projectSources,
} from '@/tests/support/import-graph';

const ROOT = process.cwd();
const sources = projectSources(ROOT);

describe('the tree', () => {
  it('finds the project’s sources (the scan itself works)', () => {
    const paths = sources.map((f) => f.path);
    expect(paths).toContain('lib/metrics/engagement.ts');
    expect(paths).toContain('components/dashboard/app.tsx');
    expect(paths).toContain('entrypoints/background.ts');
    expect(sources.length).toBeGreaterThan(200);
  });

  it('crosses no boundary', () => {
    expect(boundaryViolations(sources)).toEqual([]);
  });

  it('names files and folders in kebab-case and imports across folders with @/', () => {
    expect(namingViolations(projectPaths(ROOT), sources)).toEqual([]);
  });
});

describe('each rule fires on a file that breaks it', () => {
  const file = (path: string, text: string) => ({ path, text });
  const cases: [string, string, RegExp][] = [
    ['lib/metrics/x.ts', "import { send } from '@/components/shared/send';", /never imports components/],
    ['lib/fit/x.ts', "import '../../entrypoints/background';", /never imports entrypoints/],
    ['lib/store/x.ts', "import { browser } from 'wxt/browser';", /extension APIs/],
    ['lib/csv/x.ts', "import browser from 'webextension-polyfill';", /extension APIs/],
    ['lib/background/x.ts', 'export const id = () => chrome.runtime.id;', /extension globals/],
    ['lib/page-runtime/x.ts', 'browser.runtime.sendMessage({});', /extension globals/],
    ['lib/sites/x.ts', "import { openStore } from '@/lib/store/store';", /never import the store/],
    ['lib/store/x.ts', "import type { Request } from '@/lib/protocol/messages';", /message protocol/],
    ['components/popup/x.tsx', "const s = await import('@/lib/store/store');", /never imports the store/],
  ];
  for (const [path, text, why] of cases) {
    it(`${path}: ${text}`, () => {
      const found = boundaryViolations([file(path, text)]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(why);
    });
  }

  it('leaves allowed imports, comments and tests alone', () => {
    expect(
      boundaryViolations([
        file('components/popup/x.tsx', "import { send } from '@/components/shared/send';"),
        file(
          'lib/store/x.ts',
          "// browser.runtime is passed in\nimport type { Creator } from '@/lib/schema/creator';",
        ),
        file('lib/i18n/x.ts', "export const label = 'Same as the browser.';"),
        file(
          'lib/page-runtime/x.test.ts',
          "import { ContentScriptContext } from 'wxt/utils/content-script-context';",
        ),
        file('entrypoints/x.ts', "import { listen } from '@/lib/background/listen';"),
      ]),
    ).toEqual([]);
  });

  it('flags a PascalCase file, a ../ import and a ./ import into another folder', () => {
    const found = namingViolations(
      ['components/popup/PopupApp.tsx', 'components/popup/popup-app.tsx'],
      [
        file('components/dashboard/app.tsx', "import { useEnv } from '../dashboard/shared/env';"),
        file('components/dashboard/app2.tsx', "import { useEnv } from './shared/env';"),
        file('components/dashboard/app3.tsx', "import { useEnv } from '@/components/dashboard/shared/env';"),
      ],
    );
    expect(found).toEqual([
      'components/popup/PopupApp.tsx: file and folder names are kebab-case',
      "components/dashboard/app.tsx imports '../dashboard/shared/env': outside its own folder, import with '@/'",
      "components/dashboard/app2.tsx imports './shared/env': outside its own folder, import with '@/'",
    ]);
  });

  it('reads type-only, re-export, side-effect and dynamic imports', () => {
    const specs = importsOf(
      file(
        'lib/x.ts',
        [
          "import type { A } from '@/lib/a';",
          "export { B } from './b';",
          "import '@/lib/schema/zod-jitless';",
          "const c = await import('@/lib/c');",
        ].join('\n'),
      ),
    ).map((i) => i.target);
    expect(specs).toEqual(['lib/a', 'lib/b', 'lib/schema/zod-jitless', 'lib/c']);
  });
});
