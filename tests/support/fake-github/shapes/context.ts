/** What every shape builder needs: the state (to resolve logins, labels) and the URL builder. */
import type { FakeState } from '../state/fake-state.js';
import type { ApiUrls } from '../urls.js';

export interface ShapeContext {
  state: FakeState;
  urls: ApiUrls;
}
