/**
 * Consistency of a judgement matrix: CI = (λmax − n)/(n − 1), CR = CI/RI(n), with λmax the true eigenvalue and RI
 * from a table the user picks. No two tools agree on RI (evaluation.md §2.2: RI(3) runs from 0.479 to 0.58), so the
 * table is always named in the result. Values are those of the team's reference shelf (tests/fixtures/ahp-public.json
 * `ri_tables`), each with its source.
 */
import { Label, fail } from "../../errors";
import { parseChoice } from "./choice";
import { FlatMatrix, Matrix, flatJudgements, toList } from "./matrix";
import { WeightMethod, eigenOf, weightsOf } from "./weights";
import { AHP } from "../../parameters";
import { messages } from "../../messages";
import { Bilingual } from "../../text";

// Module-level aliases of the globals used per cell or per iteration: in a Node vm context (jest, the bundle test)
// every global lookup goes through the context's interceptor and costs ~0.2 µs, more than a whole matrix row.
const { EPSILON, isInteger } = Number;

export type RiTableId = "SAATY1980" | "SAATY2005" | "DD1991" | "CN1000" | "ALONSO";

export interface RiTable {
  readonly id: RiTableId;
  readonly name: Bilingual;
  /** Largest n the table covers (Infinity for a formula). */
  readonly maxN: number;
  /** RI(n); 0 for n ≤ 2 (such matrices are consistent by construction), `#N/A` beyond `maxN`. */
  ri(n: number): number;
}

/** What to suggest when n is beyond a table. */
const BEYOND: Record<RiTableId, readonly string[]> = {
  SAATY1980: ["ALONSO", "DD1991"],
  SAATY2005: ["ALONSO", "DD1991"],
  CN1000: ["ALONSO", "DD1991"],
  DD1991: ["ALONSO"],
  ALONSO: [],
};

function checkSize(n: number): void {
  if (!(isInteger(n) && n >= 1)) fail("value", messages.internal(`RI asked for n = ${n}`));
}

/**
 * A tabulated RI: the value at n, or linear interpolation between the tabulated n on either side (as ahpy does for
 * Donegan–Dodd, which is tabulated at 20, 25, 30); `#N/A` beyond the last n.
 */
function tabulated(id: RiTableId, name: Bilingual, values: Readonly<Record<number, number>>): RiTable {
  const ns = Object.keys(values)
    .map(Number)
    .sort((p, q) => p - q);
  const maxN = ns[ns.length - 1];
  return {
    id,
    name,
    maxN,
    ri(n: number): number {
      checkSize(n);
      if (n <= 2) return 0;
      if (n > maxN) fail("na", messages.riOutOfRange(name, n, maxN, BEYOND[id]));
      if (values[n] !== undefined) return values[n];
      const upper = ns.findIndex((m) => m > n);
      const [n0, n1] = [ns[upper - 1], ns[upper]];
      return values[n0] + ((values[n1] - values[n0]) * (n - n0)) / (n1 - n0);
    },
  };
}

/** A table listed from n = 3 on. */
function fromThree(values: readonly number[]): Record<number, number> {
  return Object.fromEntries(values.map((v, i) => [i + 3, v]));
}

export const RI_TABLES: Readonly<Record<RiTableId, RiTable>> = {
  SAATY1980: tabulated(
    "SAATY1980",
    { zh: "Saaty 1980(国内教材常用)", en: "Saaty 1980" },
    fromThree([0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]),
  ),
  SAATY2005: tabulated(
    "SAATY2005",
    { zh: "Saaty 2005", en: "Saaty 2005" },
    fromThree([0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]),
  ),
  DD1991: tabulated(
    "DD1991",
    { zh: "Donegan–Dodd 1991(表间线性插值)", en: "Donegan–Dodd 1991" },
    {
      ...fromThree([
        0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969, 1.5078,
        1.5153, 1.5262, 1.5313, 1.5371,
      ]),
      25: 1.5619,
      30: 1.5772,
    },
  ),
  CN1000: tabulated(
    "CN1000",
    { zh: "国内 1000 样本表(常归于洪志国等 2002)", en: "CN 1000-sample (Hong et al. 2002)" },
    fromThree([0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]),
  ),
  ALONSO: {
    id: "ALONSO",
    name: { zh: "Alonso–Lamata 2006 线性拟合(AHP-OS)", en: "Alonso–Lamata 2006 linear fit" },
    maxN: Infinity,
    ri(n: number): number {
      checkSize(n);
      return n <= 2 ? 0 : (1.7699 * n - 4.3513) / (n - 1);
    },
  },
};

/**
 * Where each table's values come from, as the reference shelf cites them. Apart from {@link RI_TABLES} because no
 * computation reads a citation (only the tests do), so the citations stay out of functions.js.
 */
export const RI_SOURCES: Readonly<Record<RiTableId, string>> = {
  SAATY1980: "Saaty (1980) The Analytic Hierarchy Process; n = 11…15 extension as used by pyDecision and R AHPWR",
  SAATY2005: 'Saaty (2005) Theory and Applications of the ANP p.31; ahpy random_index="saaty"',
  DD1991:
    'Donegan & Dodd (1991) Math. Comput. Modelling 15(10):135-137; ahpy default "dd"; linear interpolation between tabulated n as ahpy does (ahpy goes on to n = 100; our shelf stops at 30)',
  CN1000:
    "Chinese literature table, often attributed to Hong Zhiguo et al. (2002); reported to be the one SPSSAU prints — NOT verified (neither the attribution nor SPSSAU's use)",
  ALONSO: "Alonso & Lamata (2006); AHP-OS classes/AhpCalc.php setAlonsoCr: RI(n) = (1.7699n − 4.3513)/(n − 1), any n",
};

const TABLE_ALIASES: Readonly<Record<string, RiTableId>> = {
  SAATY1980: "SAATY1980",
  SAATY2005: "SAATY2005",
  DD1991: "DD1991",
  CN1000: "CN1000",
  ALONSO: "ALONSO",
};

/** `SAATY1980`, `SAATY2005`, `DD1991`, `CN1000` or `ALONSO` (any case); blank means SAATY1980; else `#VALUE!`. */
export function parseRiTable(text: unknown): RiTableId {
  return parseChoice(text, AHP.riTable, TABLE_ALIASES, "SAATY1980", messages.riTableChoices);
}

function tableOf(id: RiTableId): RiTable {
  const table = RI_TABLES[id];
  if (table === undefined) fail("value", messages.unknownChoice(AHP.riTable, String(id), messages.riTableChoices));
  return table;
}

/**
 * The largest acceptable CR: 0.05 for n = 3, 0.08 for n = 4, 0.10 otherwise. [recall] Saaty's size-aware refinement
 * (Saaty 1994/2000) as evaluation.md §2.2 gives it from memory, not from a stored source; the 0.10 rule itself is
 * Saaty (1980).
 */
export function crThreshold(n: number): number {
  return n === 3 ? 0.05 : n === 4 ? 0.08 : 0.1;
}

export interface Consistency {
  readonly n: number;
  /** The true principal eigenvalue. */
  readonly lambdaMax: number;
  readonly ci: number;
  readonly ri: number;
  readonly cr: number;
  readonly riTable: RiTableId;
  /** The table's name, to print next to CR. */
  readonly riTableName: Bilingual;
  readonly threshold: number;
  /** CR ≤ threshold. */
  readonly passes: boolean;
}

/** Consistency from a known λmax (for callers that already have it: hierarchy, doctor, Harker). */
export function consistencyOfLambda(n: number, lambdaMax: number, riTable: RiTableId = "SAATY1980"): Consistency {
  const table = tableOf(riTable);
  const threshold = crThreshold(n);
  // n ≤ 2 is consistent by construction: no RI lookup, and no 0/0 for n = 1.
  const ri = n <= 2 ? 0 : table.ri(n);
  // λmax ≥ n for every positive reciprocal matrix, = n exactly when it is consistent (Saaty). The computed λmax
  // carries a few ulps of rounding either way (a mean of n ratios, each over a sum of n products), so an excess
  // within n²·ε (a CI under about n·ε) is that rounding on a consistent matrix and counts as 0, as a deficit does.
  const excess = lambdaMax - n;
  const ci = n <= 2 || excess <= n * n * EPSILON ? 0 : excess / (n - 1);
  const cr = n <= 2 ? 0 : ci / ri;
  return {
    n,
    lambdaMax,
    ci,
    ri,
    cr,
    riTable,
    riTableName: table.name,
    threshold,
    passes: cr <= threshold,
  };
}

/** Consistency of a checked flat matrix; the RI lookup comes first, so a too-large n fails before any iteration. */
export function consistencyOf(m: FlatMatrix, riTable: RiTableId = "SAATY1980"): Consistency {
  if (m.n <= 2) return consistencyOfLambda(m.n, m.n, riTable);
  tableOf(riTable).ri(m.n);
  return consistencyOfLambda(m.n, eigenOf(m).lambdaMax, riTable);
}

/** λmax, CI, RI, CR of a judgement matrix with the named RI table (Saaty 1980 by default), and whether CR passes. */
export function consistency(a: Matrix, riTable: RiTableId = "SAATY1980", label?: Label): Consistency {
  return consistencyOf(flatJudgements(a, label), riTable);
}

export interface AhpResult {
  readonly weights: number[];
  readonly consistency: Consistency;
}

/** Weights by `method` and the consistency of a checked flat matrix; with EVM one power iteration gives both. */
export function solveFlat(m: FlatMatrix, method: WeightMethod, riTable: RiTableId): AhpResult {
  if (method !== "EVM" || m.n <= 2) {
    return { weights: toList(weightsOf(m, method)), consistency: consistencyOf(m, riTable) };
  }
  tableOf(riTable).ri(m.n);
  const eigen = eigenOf(m);
  return { weights: toList(eigen.weights), consistency: consistencyOfLambda(m.n, eigen.lambdaMax, riTable) };
}

/** Weights and consistency of a judgement matrix in one call (one check of the matrix, one power iteration). */
export function ahpResult(
  a: Matrix,
  method: WeightMethod = "EVM",
  riTable: RiTableId = "SAATY1980",
  label?: Label,
): AhpResult {
  return solveFlat(flatJudgements(a, label), method, riTable);
}
