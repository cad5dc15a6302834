/**
 * The cold-start baseline: the least an action built on @actions/core can be. Bundled by the
 * benchmark with the same ncc as the actions (bench/core-only-bundle.ts), and run with no
 * inputs, like the actions in the cold-start measurement: it reads an input and writes an
 * output, which loads all of @actions/core as every action does.
 */
import * as core from '@actions/core';

core.setOutput('input', core.getInput('input'));
