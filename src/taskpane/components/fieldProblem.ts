import type { FieldProps } from "@fluentui/react-components";
import { Message } from "../../core/errors";
import { Language, pick } from "../../core/text";

/**
 * A Field's error state and message for what the model says is wrong with the field's input (null: nothing), so a
 * refused or doubtful input is said at the field, never silently kept or dropped. Fluent's Field ties the message
 * to its control for screen readers.
 */
export function fieldProblem(
  problem: Message | null,
  language: Language,
): Pick<FieldProps, "validationState" | "validationMessage"> {
  return problem ? { validationState: "error", validationMessage: pick(problem, language) } : {};
}
