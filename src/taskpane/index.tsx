/**
 * Mounts the taskpane in the spreadsheet it runs in: in WPS 表格 (as ./wpsHost.ts tells it) with the WPS adapter as
 * its workbook; otherwise once office.js is ready (outside Office, onReady still resolves, with host null). The WPS
 * build's page loads no office.js.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectWorkbook } from "./host";
import { wpsApplication, wpsWorkbook } from "./wps";

function mount(host: "excel" | "wps" | null): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  createRoot(container).render(<App host={host} />);
}

const wps = wpsApplication();
if (wps) {
  connectWorkbook(wpsWorkbook(wps));
  mount("wps");
} else if (typeof Office === "undefined") {
  mount(null);
} else {
  void Office.onReady((info) => mount(info.host === Office.HostType.Excel ? "excel" : null));
}
