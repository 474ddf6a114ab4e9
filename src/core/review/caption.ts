/**
 * What a plan says outside its tables: drafters name the mine's mineral and its mining method in a table's title
 * ("表4-5 某金矿(地下开采)“三率”指标汇总表") or the sheet's name rather than in a column. The review reads them
 * there when a row does not say: the mineral a summary row's minimum is looked up for, and the method.
 */
import { GAPS, MINERAL_ALIASES, ROWS } from "../standards/table";
import { knownMineral } from "../standards/words";

/** Every mineral name the standards know (aliases included), longest first: 硫铁矿 before 铁. */
const MINERAL_NAMES: readonly string[] = [
  ...new Set([...ROWS.map((row) => row.mineral), ...GAPS.map((gap) => gap.mineral), ...Object.keys(MINERAL_ALIASES)]),
].sort((a, b) => b.length - a.length);

/**
 * The mineral a text names as a mine ("某金矿", "铁矿", "硫铁矿", "井工煤矿"): a known name followed by 矿, or a
 * known name of two characters or more anywhere ("高岭土"). Undefined when it names none, or several.
 */
export function mineralNamedIn(texts: readonly string[]): string | undefined {
  const found = new Set<string>();
  for (const text of texts) {
    let rest = text;
    for (const name of MINERAL_NAMES) {
      const at = rest.indexOf(name);
      if (at < 0) continue;
      const asMine = rest.startsWith("矿", at + name.length) || name.endsWith("矿");
      if (!asMine && name.length < 2) continue;
      const mineral = knownMineral(name);
      if (mineral) found.add(mineral);
      // a longer name found is not found again as its shorter part (硫铁矿 is not also 铁)
      rest = rest.slice(0, at) + " ".repeat(name.length) + rest.slice(at + name.length);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The mining method a text names: 露天 or 地下 (井工, 地采, 坑采); undefined when none or both. */
export function methodNamedIn(texts: readonly string[]): "露天" | "地下" | undefined {
  const joined = texts.join(" ");
  const openPit = /露天|露采/.test(joined);
  const underground = /地下|井工|地采|坑采|井下/.test(joined);
  if (openPit === underground) return undefined;
  return openPit ? "露天" : "地下";
}
