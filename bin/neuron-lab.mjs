#!/usr/bin/env node
// The `neuron-lab` command: builds the app when out/ is missing or stale (build output on
// stderr, so that --json output stays clean), then runs the command-line entry.
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { ensureBuilt, ROOT } from '../scripts/lib/build.mjs';

ensureBuilt({ log: (line) => process.stderr.write(`${line}\n`), toStderr: true });
await import(pathToFileURL(path.join(ROOT, 'out', 'main', 'cli.js')).href);
