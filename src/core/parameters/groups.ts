/** Every group of `=MINE.*` parameter declarations (./index), for the metadata build and its tests. */
import * as AHP from "./ahp";
import * as FUZZY from "./fuzzy";
import * as LICENCE from "./licence";
import * as MINING from "./mining";
import * as PROCESSING from "./processing";
import * as RESERVES from "./reserves";
import * as STANDARDS from "./standards";
import * as UTILIZATION from "./utilization";

/** Every group of declarations, for the metadata build and its tests to find a parameter's group and key. */
export const PARAMETER_GROUPS = {
  MINING,
  RESERVES,
  PROCESSING,
  UTILIZATION,
  LICENCE,
  AHP,
  FUZZY,
  STANDARDS,
} as const;
