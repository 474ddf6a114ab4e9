/**
 * The =MINE.* functions in Node, as Excel runs them: the modules of src/functions (compiled beside this file into
 * build/review), each under the ID its JSDoc gives it and with its parameters' shapes, both read by the generator
 * the build itself uses (custom-functions-metadata), from the files the functions entry imports. The headless
 * sheet writer computes with them what a portable sheet caches, so its values are the engine's, not a copy's.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "fs";
import { join } from "path";
import { CustomFunctionEntry } from "../core/workbook/evaluate";
import { provideCustomFunctionsError } from "../functions/standalone";
import { projectRoot } from "./review-paths";

interface FunctionMetadata {
  readonly id: string;
  readonly parameters: readonly { readonly dimensionality?: string }[];
}

/** The function files, as the entry lists them (webpack.config.js reads the same lines). */
function functionFiles(): string[] {
  const entry = readFileSync(join(projectRoot(), "src", "functions", "index.ts"), "utf8");
  return [...entry.matchAll(/^import "\.\/(\w+)";$/gm)].map(([, file]) => file);
}

let loaded: Promise<ReadonlyMap<string, CustomFunctionEntry>> | undefined;

async function load(): Promise<ReadonlyMap<string, CustomFunctionEntry>> {
  provideCustomFunctionsError();
  const files = functionFiles();
  const sources = files.map((file) => join(projectRoot(), "src", "functions", `${file}.ts`));
  const generated = await generateCustomFunctionsMetadata(sources, false);
  if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
  const metadata = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    modules.set(file, (await import(join(__dirname, "..", "functions", file))) as Record<string, unknown>);
  }
  const entries = new Map<string, CustomFunctionEntry>();
  for (const { sourceFileName, functionName, id } of generated.associate) {
    const file = /(\w+)\.ts$/.exec(sourceFileName)?.[1] ?? "";
    const fn = modules.get(file)?.[functionName];
    if (typeof fn !== "function") throw new Error(`MINE.${id}: ${functionName} is not exported by ${sourceFileName}`);
    const parameters = metadata.find((m) => m.id === id)?.parameters ?? [];
    entries.set(`MINE.${id}`, {
      fn: fn as CustomFunctionEntry["fn"],
      matrix: parameters.map((p) => p.dimensionality === "matrix"),
    });
  }
  return entries;
}

/** Every =MINE.* function by the name a formula calls it ("MINE.RECOVERY"), loaded once. */
export async function mineFunctions(): Promise<(name: string) => CustomFunctionEntry | undefined> {
  loaded ??= load();
  const entries = await loaded;
  return (name) => entries.get(name);
}
