import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { syncDocument } from '../../src/flows/yaml-sync.js';
import { fileSchema } from '../../src/workspace/file-schema.js';

const AGREEMENT = `schemaVersion: 1
articles:
  # Negotiated wording of the areas.
  - id: areas
    text: Áreas.
  # Kept from the first draft.
  - id: personal
    text: Personal.
  # Added at the counterpart's request.
  - id: idiomas
    text: Idiomas.
`;

const sync = (text: string, value: Record<string, unknown>) => {
  const doc = parseDocument(text);
  syncDocument(doc, value, { root: fileSchema('agreement') });
  return doc.toString({ lineWidth: 0 });
};

describe('syncDocument on lists of items with ids', () => {
  it('moves each item with its comment when the list is reordered or grows in front', () => {
    const out = sync(AGREEMENT, {
      schemaVersion: 1,
      articles: [
        { id: 'objeto', text: 'Objeto.' },
        { id: 'areas', text: 'Áreas.' },
        { id: 'idiomas', text: 'Idiomas.' },
        { id: 'personal', text: 'Personal.' },
      ],
    });
    expect(out).toBe(`schemaVersion: 1
articles:
  - id: objeto
    text: Objeto.
  # Negotiated wording of the areas.
  - id: areas
    text: Áreas.
  # Added at the counterpart's request.
  - id: idiomas
    text: Idiomas.
  # Kept from the first draft.
  - id: personal
    text: Personal.
`);
  });

  it('drops an item from the middle with its comment, not the next one’s', () => {
    const out = sync(AGREEMENT, {
      schemaVersion: 1,
      articles: [
        { id: 'areas', text: 'Áreas.' },
        { id: 'idiomas', text: 'Idiomas y traducciones.' },
      ],
    });
    expect(out).toBe(`schemaVersion: 1
articles:
  # Negotiated wording of the areas.
  - id: areas
    text: Áreas.
  # Added at the counterpart's request.
  - id: idiomas
    text: Idiomas y traducciones.
`);
  });
});
