/** Mounts the taskpane once office.js is ready (outside Office, onReady still resolves, with host null). */
import { createRoot } from "react-dom/client";
import { App } from "./App";

void Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  createRoot(container).render(<App inExcel={info.host === Office.HostType.Excel} />);
});
