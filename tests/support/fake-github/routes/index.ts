/**
 * Every resource area the fake serves. To add one (GraphQL, git data, checks ...), write a
 * `routes/<area>.ts` exporting `register<Area>Routes(router)` and add it here.
 */
import { Router } from '../router.js';
import { registerActionsRoutes } from './actions.js';
import { registerCodeScanningRoutes } from './code-scanning.js';
import { registerBranchAndRefRoutes } from './branches-and-refs.js';
import { registerCollaboratorRoutes } from './collaborators.js';
import { registerContentsRoutes } from './contents.js';
import { registerGraphqlRoutes } from './graphql.js';
import { registerIssueCommentRoutes } from './issue-comments.js';
import { registerIssueLabelRoutes } from './issue-labels.js';
import { registerIssueRoutes } from './issues.js';
import { registerLabelRoutes } from './labels.js';
import { registerMilestoneRoutes } from './milestones.js';
import { registerPullRoutes } from './pulls.js';
import { registerRateLimitRoutes } from './rate-limit.js';
import { registerRepoRoutes } from './repos.js';
import { registerSearchRoutes } from './search.js';

export function buildRouter(): Router {
  const router = new Router();
  registerRepoRoutes(router);
  registerIssueRoutes(router);
  registerIssueCommentRoutes(router);
  registerIssueLabelRoutes(router);
  registerLabelRoutes(router);
  registerMilestoneRoutes(router);
  registerPullRoutes(router);
  registerSearchRoutes(router);
  registerCollaboratorRoutes(router);
  registerContentsRoutes(router);
  registerBranchAndRefRoutes(router);
  registerRateLimitRoutes(router);
  registerGraphqlRoutes(router);
  registerActionsRoutes(router);
  registerCodeScanningRoutes(router);
  return router;
}
