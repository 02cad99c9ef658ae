// The sectors citizen participants come from (product.md §2, "citizen participation"): the schema's
// closed list, the order the prompts offer them and the public site groups them in. No imports, so
// the site and the prompts take it without loading the schema builder.
export const SECTORS = [
  'business',
  'academia',
  'social-club',
  'union',
  'migrant-association',
  'civil-society',
  'other',
] as const;
