/** The schemaVersion this tool reads and writes. Apart from schema.ts, so that reading it loads no TypeBox. */
export const SCHEMA_VERSION = 1;
