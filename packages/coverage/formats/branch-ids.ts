/**
 * Branch identities are stored as numbers (see FileCoverage). Formats that name branches with
 * strings (LCOV block/branch fields, Istanbul branch ids) intern them here, process-wide, so
 * that the same name in two reports gets the same number.
 */
const ids = new Map<string, number>();

export function branchId(name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = ids.size;
    ids.set(name, id);
  }
  return id;
}
