// Writes apps/api/schema.graphql from the code (the web app's codegen reads it; a test fails when they differ).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
await writeFile(target, await printedSchema());
console.log(`Wrote ${target}`);
