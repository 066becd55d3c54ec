import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';

const BODY = `Texte[^1], ~~barré~~, **gras**, \`code\` et https://example.org en lien automatique.

| gauche | droite |
|:--|--:|
| 1 | 2 |

- [ ] à faire
- [x] fait

\`\`\`js
const a = 1;
\`\`\`

<details><summary>Plus</summary>Caché</details>

<abbr title="Numérique écoresponsable">NumEco</abbr><br><sup>2</sup>

![Un schéma](data:image/png;base64,iVBORw0KGgo=)

[^1]: La note.
`;

describe('what Markdown itself generates', () => {
  it('gives no warning: tables, task lists, footnotes, code, allowed HTML', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'good-md-'));
    fs.mkdirSync(path.join(root, 'actualites'));
    fs.writeFileSync(
      path.join(root, 'actualites', 'propre.md'),
      `---\ntitle: "Propre"\ndate: 2026-01-15\n---\n\n${BODY}`,
    );
    const { problems } = await checkContent(root);
    expect(problems).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
