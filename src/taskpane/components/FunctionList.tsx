import { Link, Text } from "@fluentui/react-components";
import * as React from "react";
import { Strings } from "../strings";

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

/** The =MINE.* functions with their descriptions, from the same metadata Excel reads. */
export function FunctionList({ functions, text }: { functions: FunctionMetadata[]; text: Strings }): React.JSX.Element {
  return (
    <dl id="functions" className="functions">
      {functions.map((fn) => (
        <React.Fragment key={fn.id}>
          <dt>{signature(fn)}</dt>
          <dd>
            <Text>{fn.description} </Text>
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
