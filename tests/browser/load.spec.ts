// Loading: the taskpane renders, office.js reports no host outside Office, and the render time is measured.
import { expect, flow, LOADING_TEXT, test } from "./fixtures";

flow(
  "load",
  (taskpane) => {
    test("page loads and renders the taskpane", async () => {
      await taskpane.load();
    });

    test("Office.onReady ran (status text updated, host null outside Office)", async () => {
      const { page } = taskpane;
      const status = (await page.textContent("#status")) || "";
      expect(status.trim(), `#status still says ${LOADING_TEXT}`).not.toBe(LOADING_TEXT);
      expect(status, `#status reports a failure: "${status}"`).not.toMatch(/加载失败|Could not load/);
      const info = await page.evaluate(() =>
        Promise.race([
          Office.onReady().then((i) => ({ host: i.host, platform: i.platform })),
          new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 5000)),
        ]),
      );
      expect(info, "Office.onReady() did not resolve within 5 s").not.toBe("timeout");
      expect(info, `expected host null outside Office, got ${JSON.stringify(info)}`).toMatchObject({ host: null });
      console.log(`  status: "${status.trim()}"; onReady info: ${JSON.stringify(info)}`);
    });

    test("time from navigation to the rendered taskpane is measured", async () => {
      expect(taskpane.rendered, "the taskpane never rendered").toBe(true);
      const probe = await taskpane.page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        const w = window as unknown as { __probe?: { listRenderedAt: number | null } };
        return {
          listRenderedAt: w.__probe && w.__probe.listRenderedAt,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
          load: nav ? nav.loadEventEnd : null,
        };
      });
      expect(typeof probe.listRenderedAt, "the in-page render probe recorded nothing").toBe("number");
      const fmt = (ms: number | null | undefined) => (typeof ms === "number" ? `${Math.round(ms)} ms` : "n/a");
      console.log(
        `  timing: taskpane rendered ${fmt(probe.listRenderedAt)} after navigation start ` +
          `(DOMContentLoaded ${fmt(probe.domContentLoaded)}, load ${fmt(probe.load)}; ` +
          `wall clock goto→rendered ${taskpane.wallMs} ms)`,
      );
    });
  },
  { load: false },
);
