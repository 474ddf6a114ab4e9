/**
 * A formula made portable (src/core/workbook/portable.ts): each MINE call replaced by its native form inside the
 * formula that holds it, as written or as Excel saves it; the filtered form the templates write read back; none
 * for a function only the add-in computes.
 */
import { portableFormula } from "../../../src/core/workbook/portable";

describe("portableFormula", () => {
  it("makes each MINE call native inside the formula that holds it, as Excel saves it or as written", () => {
    const saved = portableFormula('=IF(A9="","",_xldudf_MINE_RECOVERY(E9,D9))');
    expect(saved).toBe('=IF(A9="","",(IF(AND(ISNUMBER(E9),ISNUMBER(D9),E9>=0,D9>0,E9<=D9),E9/D9,#VALUE!)))');
    expect(portableFormula("=MINE.RECOVERY(E9,D9)*100")).toMatch(/^=\(IF\(AND\(.*E9\/D9,#VALUE!\)\)\*100$/);
  });

  it("reads back the filtered form the utilisation template writes, and nothing looser", () => {
    const filtered = '=MINE.UTILIZATION(FILTER(C2:C9,A2:A9<>""),FILTER(D2:D9,A2:A9<>""))';
    expect(portableFormula(filtered)).toContain('SUMPRODUCT((A2:A9<>"")*1,C2:C9,D2:D9)');
    // one range filtered and the other not is not what the template writes: no native form
    expect(portableFormula('=MINE.UTILIZATION(FILTER(C2:C9,A2:A9<>""),D2:D9)')).toBeUndefined();
  });

  it("has none for a function computed only by the add-in", () => {
    expect(portableFormula("=MINE.AHP_WEIGHTS(B2:D4)")).toBeUndefined();
    expect(portableFormula('=MINE.MIN_RATE("铁","开采回采率","露天")')).toBeUndefined();
    expect(portableFormula("=SUM(A1:A3)")).toBe("=SUM(A1:A3)");
  });
});
