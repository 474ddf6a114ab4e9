import { Link, Text } from "@fluentui/react-components";
import * as React from "react";
import { Language } from "../../core/text";
import { Strings } from "../strings";
import { Marked } from "./Marked";

export interface FunctionMetadata {
  id: string;
  description: string;
  helpUrl?: string;
  parameters: { name: string; optional?: boolean }[];
}

function signature(fn: FunctionMetadata): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `MINE.${fn.id}(${params})`;
}

/**
 * The =MINE.* functions with their descriptions, from the same metadata Excel reads (its confidence marks shown as
 * badges in the language of `text`).
 */
export function FunctionList({ functions, text }: { functions: FunctionMetadata[]; text: Strings }): React.JSX.Element {
  const language: Language = text.lang === "en" ? "en" : "zh";
  return (
    <dl id="functions" className="functions">
      {functions.map((fn) => (
        <React.Fragment key={fn.id}>
          <dt>{signature(fn)}</dt>
          <dd>
            <Text>
              <Marked text={fn.description} language={language} />{" "}
            </Text>
            {fn.helpUrl && (
              <Link href={fn.helpUrl} target="_blank">
                {text.help}
              </Link>
            )}
          </dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
