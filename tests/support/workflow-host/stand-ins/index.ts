/** The third-party actions the host stands in for, by `owner/repo[/path]`. */
import { cacheStandIn } from './cache.js';
import { checkoutStandIn } from './checkout.js';
import { downloadArtifactStandIn } from './artifacts-download.js';
import { setupPythonStand } from './setup-python.js';
import type { StandIn } from './types.js';
import { uploadArtifactStandIn } from './artifacts-upload.js';
import { uploadSarifStandIn } from './upload-sarif.js';

const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkoutStandIn,
  'actions/setup-python': setupPythonStand,
  'actions/upload-artifact': uploadArtifactStandIn,
  'actions/download-artifact': downloadArtifactStandIn,
  'actions/cache': cacheStandIn,
  'github/codeql-action/upload-sarif': uploadSarifStandIn,
};

export function standInFor(action: string): StandIn | undefined {
  return STAND_INS[action.toLowerCase()];
}

export { CacheStore } from './cache.js';
export { checkPin, PinError } from './pins.js';
export { StandInFailure } from './types.js';
