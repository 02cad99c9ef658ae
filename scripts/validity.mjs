// Whether a value is valid against a file kind's JSON Schema, and nothing more: the code of a small
// function per object, list and union of the schemas (a plain value's checks are written where it is
// read), for scripts/build.mjs to write into src/generated/validity.cjs. ajv's validators
// (src/generated/validators.cjs) still say what is wrong with a file; this answers first, for the
// files that are right, without ajv's bookkeeping. ajv writes a file kind's validator as one function
// (460 kB of code for case.yaml), which V8's optimising compiler does not take: it spent ≈13 % of a
// cold 10k check's CPU time (bench/README.md, session 22).
//
// It must never accept what ajv rejects: a keyword it does not compile stops the build instead of
// being skipped, and test/workspace/validity.test.ts holds both to the same answer on every demo and
// fixture file and on thousands of mutations of them.

/** What only an editor or a reader of the schema uses: no bearing on validity. */
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'x-private',
  'x-langtext',
  'x-langtext-entry',
]);

/** The keywords compiled here, by the type of value they apply to, each as ajv 8 applies it. */
const TYPED = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum'],
  object: ['properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties'],
  array: ['items', 'minItems', 'uniqueItems'],
};
const COMPILED = new Set(['$ref', 'anyOf', 'type', 'enum', ...Object.values(TYPED).flat()]);

/**
 * The formats build.mjs adds to ajv (ajv-formats' full ones): `email` and `uri` are ajv-formats' own
 * (the module requires them); `date` is its test written without a regular expression (DATE below).
 */
const FORMATS = {
  date: (v) => `isDate(${v})`,
  email: (v) => `formats.email.test(${v})`,
  uri: (v) => `formats.uri(${v})`,
};

/**
 * ajv-formats' `date` (/^(\d\d\d\d)-(\d\d)-(\d\d)$/, then a month of 1 to 12 and a day of that month,
 * 29 February in leap years), without the regular expression's match array: every date of every file
 * goes through it. test/unit/validity.test.ts compares the two.
 */
const DATE = `const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isDate(s) {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) year = year * 10 + c;
    else if (i < 7) month = month * 10 + c;
    else day = day * 10 + c;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}`;

/**
 * The module's code: for each file kind of `schemas` (as ajv compiles them: build.mjs's
 * `forValidators`), an export of the same name, `(value) => boolean`.
 */
export function validityCode(schemas) {
  const functions = [];
  const byBody = new Map();
  const patterns = new Map();
  const pattern = (source) => {
    if (!patterns.has(source)) patterns.set(source, `p${patterns.size}`);
    return patterns.get(source);
  };
  /** A function of `lines` (its body, over `d`), shared with any schema that compiles to the same. */
  const named = (lines) => {
    const body = lines.join('\n');
    if (!byBody.has(body)) {
      const name = `v${byBody.size}`;
      byBody.set(body, name);
      functions.push(`function ${name}(d) {\n${body}\n}`);
    }
    return byBody.get(body);
  };

  const compileKind = (kind, root) => {
    const defs = new Map();
    const resolve = (ref, at) => {
      const name = /^#\/\$defs\/([^/~]+)$/.exec(ref)?.[1];
      const def = name === undefined ? undefined : root.$defs?.[name];
      if (def === undefined) fail(at, `$ref ${ref} is not one of this schema's $defs`);
      if (!defs.has(name)) {
        // A definition that refers to itself would recurse here: none does, and none may.
        defs.set(name, null);
        defs.set(name, functionOf(def, `${kind}#/$defs/${name}`));
      }
      return defs.get(name) ?? fail(at, `$ref ${ref} refers to itself`);
    };

    /** The name of a function of one value that holds when it is valid against `schema`. */
    const functionOf = (schema, at) => {
      const c = condition(schema, at, 'd');
      return /^v\d+\(d\)$/.test(c) ? c.slice(0, -3) : named([`  return ${c};`]);
    };

    /**
     * A boolean expression over `v` (a variable's name) that holds when its value is valid against
     * `schema`: the checks themselves for a plain value (a string, a number), else a call.
     */
    function condition(schema, at, v) {
      if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) fail(at, 'not a schema');
      for (const key of Object.keys(schema)) {
        if (!COMPILED.has(key) && !ANNOTATIONS.has(key)) fail(at, `the keyword ${key} is not compiled`);
      }
      const types = schema.type === undefined ? [] : [schema.type].flat();
      for (const [type, keywords] of Object.entries(TYPED)) {
        const used = keywords.filter((k) => schema[k] !== undefined);
        if (used.length > 0 && !types.includes(type) && !(type === 'number' && types.includes('integer')))
          fail(at, `${used.join(', ')} without type ${type}`);
      }
      if (schema.$ref !== undefined) {
        const siblings = Object.keys(schema).filter((k) => k !== '$ref' && !ANNOTATIONS.has(k));
        if (siblings.length > 0) fail(at, `$ref beside ${siblings.join(', ')}`);
        return `${resolve(schema.$ref, at)}(${v})`;
      }
      const plain = types.length === 1 && !['object', 'array'].includes(types[0]) && schema.anyOf === undefined;
      if (plain || (types.length === 0 && schema.anyOf === undefined)) {
        const all = [
          ...enumOf(schema, v, at),
          ...(plain ? [isType(types[0], v, at), ...typed(schema, types[0], v, at)] : []),
        ];
        return all.length === 0 ? 'true' : all.join(' && ');
      }
      const lines = [];
      if (schema.anyOf !== undefined) {
        const branches = schema.anyOf.map((s, i) => `(${condition(s, `${at}/anyOf/${i}`, 'd')})`);
        lines.push(`  if (!(${branches.join(' || ')})) return false;`);
      }
      for (const c of enumOf(schema, 'd', at)) lines.push(`  if (!(${c})) return false;`);
      const branch = (type, indent) => {
        if (type === 'object') return objectChecks(schema, at).map((l) => `${indent}${l}`);
        if (type === 'array') return arrayChecks(schema, at).map((l) => `${indent}${l}`);
        return typed(schema, type, 'd', at).map((c) => `${indent}if (!(${c})) return false;`);
      };
      if (types.length === 1) {
        lines.push(`  if (!(${isType(types[0], 'd', at)})) return false;`, ...branch(types[0], '  '));
      } else if (types.length > 1) {
        const branches = types.map((t) => `if (${isType(t, 'd', at)}) {\n${branch(t, '    ').join('\n')}\n  }`);
        lines.push(`  ${branches.join(' else ')} else return false;`);
      }
      lines.push('  return true;');
      return `${named(lines)}(${v})`;
    }

    const enumOf = (schema, v, at) => {
      if (schema.enum === undefined) return [];
      if (!schema.enum.every((e) => typeof e === 'string')) fail(at, 'an enum of other than strings');
      return [`(${schema.enum.map((e) => `${v} === ${JSON.stringify(e)}`).join(' || ')})`];
    };

    /** The conditions of a string's or a number's keywords over `v`, known to be of `type`. */
    const typed = (schema, type, v, at) => {
      const out = [];
      if (type === 'string') {
        if (schema.minLength !== undefined) out.push(`${v}.length >= ${schema.minLength}`);
        if (schema.maxLength !== undefined) out.push(`${v}.length <= ${schema.maxLength}`);
        if (schema.pattern !== undefined) out.push(`${pattern(schema.pattern)}.test(${v})`);
        if (schema.format !== undefined) {
          const format = FORMATS[schema.format] ?? fail(at, `the format ${schema.format} is not compiled`);
          out.push(format(v));
        }
      } else if (type === 'number' || type === 'integer') {
        if (schema.minimum !== undefined) out.push(`${v} >= ${schema.minimum}`);
        if (schema.maximum !== undefined) out.push(`${v} <= ${schema.maximum}`);
      }
      return out;
    };

    /** A list's checks, over `d`, known to be an array. */
    const arrayChecks = (schema, at) => {
      const out = [];
      if (schema.minItems !== undefined) out.push(`if (d.length < ${schema.minItems}) return false;`);
      const item = schema.items === undefined ? 'true' : condition(schema.items, `${at}/items`, 'x');
      if (item !== 'true')
        out.push(`for (let i = 0; i < d.length; i++) {`, '  const x = d[i];', `  if (!(${item})) return false;`, '}');
      if (schema.uniqueItems === true) {
        // Distinct strings are distinct items for ajv too; items of another type would need its deep
        // equality.
        if (schema.items?.type !== 'string') fail(at, 'uniqueItems over items that are not strings');
        out.push('if (new Set(d).size !== d.length) return false;');
      }
      return out;
    };

    /**
     * An object's checks, over `d`, known to be one: its keys in one pass, each value against its
     * property's schema and against the pattern properties its name matches (both apply, as ajv's
     * allowMatchingProperties has it), or against additionalProperties; required keys counted as
     * they come.
     */
    const objectChecks = (schema, at) => {
      const properties = schema.properties ?? {};
      const required = [...new Set(schema.required ?? [])];
      const patternProperties = Object.entries(schema.patternProperties ?? {});
      const additional = schema.additionalProperties;
      const names = [...new Set([...Object.keys(properties), ...required])];
      for (const name of names) {
        // ajv reads a property as `d.name`, through the prototype: a name Object.prototype has would be
        // found on every object.
        if (name in Object.prototype) fail(at, `the property name ${name}`);
      }
      const test = (c) => (c === 'true' ? [] : [`if (!(${c})) return false;`]);
      const others =
        additional === false
          ? ['return false;']
          : additional === undefined || additional === true
            ? []
            : test(condition(additional, `${at}/additionalProperties`, 'x'));
      const cases = names.map((name) => {
        const checks = new Set();
        if (properties[name] !== undefined) checks.add(condition(properties[name], `${at}/properties/${name}`, 'x'));
        const matched = patternProperties.filter(([p]) => new RegExp(p, 'u').test(name));
        for (const [p, s] of matched) checks.add(condition(s, `${at}/patternProperties/${p}`, 'x'));
        const body = [...checks].flatMap(test);
        if (properties[name] === undefined && matched.length === 0) body.push(...others);
        if (required.includes(name)) body.push('r++;');
        return `    case ${JSON.stringify(name)}: ${[...body, 'break;'].join(' ')}`;
      });
      let fallback = others;
      if (patternProperties.length > 0) {
        const tests = patternProperties.map(([p, s]) => {
          const c = test(condition(s, `${at}/patternProperties/${p}`, 'x'));
          return `if (${pattern(p)}.test(k)) { matched = true; ${c.join(' ')} }`;
        });
        fallback = [
          'let matched = false;',
          ...tests,
          ...(others.length > 0 ? [`if (!matched) { ${others.join(' ')} }`] : []),
        ];
      }
      const counted = schema.minProperties !== undefined;
      const lines = [];
      if (required.length > 0) lines.push('let r = 0;');
      if (counted) lines.push('let n = 0;');
      if (cases.length > 0 || fallback.length > 0 || counted) {
        // A key whose value is undefined is no key for ajv (`d.name !== undefined`): the parse never
        // makes one, and ajv says what it makes of one.
        lines.push('for (const k in d) {', '  const x = d[k];', '  if (x === undefined) return false;');
        if (counted) lines.push('  n++;');
        lines.push('  switch (k) {', ...cases, `    default: ${fallback.join(' ')}`, '  }', '}');
      }
      if (required.length > 0) lines.push(`if (r !== ${required.length}) return false;`);
      if (counted) lines.push(`if (n < ${schema.minProperties}) return false;`);
      return lines;
    };

    return functionOf(root, kind);
  };

  const exported = Object.entries(schemas).map(
    ([kind, schema]) => `${JSON.stringify(kind)}: ${compileKind(kind, schema)}`,
  );
  return [
    '// Generated by scripts/build.mjs from scripts/validity.mjs: do not edit.',
    "'use strict';",
    "const formats = require('ajv-formats/dist/formats').fullFormats;",
    ...[...patterns].map(([source, name]) => `const ${name} = new RegExp(${JSON.stringify(source)}, 'u');`),
    DATE,
    ...functions,
    `module.exports = { ${exported.join(', ')} };`,
    '',
  ].join('\n');
}

function fail(at, why) {
  throw new Error(`validity: ${at}: ${why}`);
}

/** A test that `v` is of JSON Schema type `type`, as ajv tests it. */
function isType(type, v, at) {
  switch (type) {
    case 'string':
      return `typeof ${v} === 'string'`;
    case 'number':
      return `typeof ${v} === 'number' && Number.isFinite(${v})`;
    case 'integer':
      return `typeof ${v} === 'number' && Number.isInteger(${v})`;
    case 'boolean':
      return `typeof ${v} === 'boolean'`;
    case 'null':
      return `${v} === null`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'object':
      return `typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v})`;
    default:
      return fail(at, `the type ${type}`);
  }
}
