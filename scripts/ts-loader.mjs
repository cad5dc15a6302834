// Runs the TypeScript sources directly for development tools (bench, local runs):
//   node --import ./scripts/ts-loader.mjs some/file.ts
// Imports are written with `.js` (NodeNext style); this resolves them to the `.ts` file and
// transpiles it with TypeScript (transpileModule: no type checking). The actions themselves always run from their ncc bundles.
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
