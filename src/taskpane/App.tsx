import {
  FluentProvider,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Title2,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { Assessment, AssessmentResult, defaultAssessment, evaluateAssessment } from "../core/evaluation/assessment";
import { Language } from "../core/text";
import { FunctionList, FunctionMetadata } from "./components/FunctionList";
import { FuzzyTab } from "./components/FuzzyTab";
import { NavTabs } from "./components/NavTabs";
import { ReviewTab, Reviewed } from "./components/ReviewTab";
import { SystemTab } from "./components/SystemTab";
import { TemplatesTab } from "./components/TemplatesTab";
import { WeightsSelection, WeightsTab } from "./components/WeightsTab";
import { WriteTab } from "./components/WriteTab";
import { EditAssessment } from "./edits";
import { workbookAvailable } from "./host";
import { wpsCustomFunctions } from "./wpsHost";
import { stringsFor } from "./strings";
import { errorText } from "./useAction";

type TabId = "system" | "weights" | "fuzzy" | "write" | "templates" | "review" | "functions";
const TABS: readonly TabId[] = ["system", "weights", "fuzzy", "write", "templates", "review", "functions"];

/** The selection still points at an existing expert and matrix after experts or categories were removed. */
function clamp(selection: WeightsSelection, a: Assessment): WeightsSelection {
  const expert = Math.min(selection.expert, a.experts.length - 1);
  const m = selection.matrix;
  const matrix = m.level === "indicators" && m.category >= a.categories.length ? { level: "categories" as const } : m;
  return expert === selection.expert && matrix === m ? selection : { expert, matrix };
}

/**
 * The taskpane: one Assessment edited through the model's pure edits (indicator system, weights, fuzzy
 * evaluation, workbook), the drafting templates, and the list of =MINE.* functions. Chinese first; all
 * arithmetic comes from src/core. `host`: the spreadsheet it runs in (its workbook connected in ./host), or null in
 * a browser preview.
 */
export function App({ host }: { host: "excel" | "wps" | null }): React.JSX.Element {
  const [language, setLanguage] = React.useState<Language>("zh");
  const [tab, setTab] = React.useState<TabId>("system");
  const [assessment, setAssessment] = React.useState<Assessment>(() => defaultAssessment("zh"));
  const [selection, setSelection] = React.useState<WeightsSelection>({ expert: 0, matrix: { level: "categories" } });
  // the assessment as last written to or read from a sheet (or as the pane started): re-opening over anything else
  // asks first
  const [saved, setSaved] = React.useState<Assessment>(assessment);
  // the last edit that removed or replaced what the user entered, until the next edit: what undo restores
  const [undo, setUndo] = React.useState<{ readonly before: Assessment; readonly what: string } | null>(null);
  // Failures are kept as thrown and worded when shown, so they follow a change of language.
  const [editError, setEditError] = React.useState<{ error: unknown } | null>(null);
  // the last review, kept here so that it is still shown after a visit to another tab
  const [reviewed, setReviewed] = React.useState<Reviewed | null>(null);
  const [functions, setFunctions] = React.useState<FunctionMetadata[] | null>(null);
  const [loadError, setLoadError] = React.useState<{ error: unknown } | null>(null);
  const text = stringsFor(language);
  const canWrite = host !== null && workbookAvailable();

  React.useEffect(() => {
    document.documentElement.lang = text.lang;
    let current = true;
    fetch(text.metadata)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<{ functions: FunctionMetadata[] }>;
      })
      .then((metadata) => current && (setFunctions(metadata.functions), setLoadError(null)))
      .catch((error: unknown) => current && setLoadError({ error }));
    return () => {
      current = false;
    };
  }, [text.lang, text.metadata]);

  // evaluateAssessment throws only on what the edits cannot prevent, e.g. a matrix larger than the RI table covers.
  const evaluation = React.useMemo((): { result: AssessmentResult | null; failure: unknown } => {
    try {
      return { result: evaluateAssessment(assessment), failure: null };
    } catch (failure) {
      return { result: null, failure };
    }
  }, [assessment]);

  /**
   * Applies a model edit; the model refuses impossible ones (a MineError in both languages), shown, not thrown. An
   * edit that removes or replaces what the user entered (`undoable`: its words) can be taken back until the next.
   */
  const edit: EditAssessment = (change, undoable) => {
    try {
      setAssessment(change(assessment));
      setEditError(null);
      setUndo(undoable === undefined ? null : { before: assessment, what: undoable });
    } catch (error) {
      setEditError({ error });
    }
  };

  const switchLanguage = () => {
    const next: Language = language === "zh" ? "en" : "zh";
    // An untouched starting assessment follows the language; anything the user entered stays as typed.
    if (JSON.stringify(assessment) === JSON.stringify(defaultAssessment(language))) {
      const translated = defaultAssessment(next);
      setAssessment(translated);
      setSaved(translated);
    }
    setLanguage(next);
  };

  const status = loadError
    ? text.loadFailed + errorText(loadError.error, language)
    : functions === null
      ? text.loading
      : host === "excel"
        ? text.inExcel(functions.length)
        : host === "wps"
          ? wpsCustomFunctions()
            ? text.inWps(functions.length)
            : text.inWpsWithoutFunctions(functions.length)
          : text.outsideExcel(functions.length);
  const weightsSelection = clamp(selection, assessment);

  return (
    <FluentProvider theme={webLightTheme}>
      <header className="header">
        <Title2 as="h1" id="title">
          {text.title}
        </Title2>
        <Button id="language" size="small" onClick={switchLanguage}>
          {text.switchTo}
        </Button>
      </header>
      <Text as="p" id="status">
        {status}
      </Text>
      <NavTabs tabs={TABS} selected={tab} onSelect={setTab} names={text.tabs} more={text.moreTabs} label={text.pages} />
      {undo && (
        <MessageBar intent="info" data-testid="undo-bar" aria-live="polite">
          <MessageBarBody>{undo.what}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              data-testid="undo"
              onClick={() => {
                setAssessment(undo.before);
                setUndo(null);
              }}
            >
              {text.undo.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {(editError || evaluation.failure !== null) && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>
            {editError
              ? text.editFailed + errorText(editError.error, language)
              : text.evaluationFailed + errorText(evaluation.failure, language)}
          </MessageBarBody>
        </MessageBar>
      )}
      <main>
        {tab === "system" && (
          <SystemTab
            assessment={assessment}
            onEdit={edit}
            text={text.system}
            undoText={text.undo}
            language={language}
          />
        )}
        {tab === "weights" && (
          <WeightsTab
            assessment={assessment}
            weights={evaluation.result && evaluation.result.weights}
            selection={weightsSelection}
            onSelect={setSelection}
            onEdit={edit}
            language={language}
            text={text.weights}
            canRead={canWrite}
            dataText={text.dataIn}
            writeText={text.write}
            undoText={text.undo}
          />
        )}
        {tab === "fuzzy" && (
          <FuzzyTab
            assessment={assessment}
            result={evaluation.result}
            onEdit={edit}
            language={language}
            text={text.fuzzy}
            canRead={canWrite}
            dataText={text.dataIn}
            undoText={text.undo}
          />
        )}
        {tab === "write" && (
          <WriteTab
            assessment={assessment}
            canWrite={canWrite}
            result={evaluation.result}
            unsaved={assessment !== saved}
            onWritten={setSaved}
            onReplace={(a, sheet) => {
              edit(() => a, text.undo.reopened(sheet));
              setSaved(a);
              setSelection({ expert: 0, matrix: { level: "categories" } });
            }}
            language={language}
            text={text.write}
            modeText={text.formulaMode}
          />
        )}
        {tab === "templates" && (
          <TemplatesTab
            canWrite={canWrite}
            language={language}
            text={text.templates}
            writeText={text.write}
            modeText={text.formulaMode}
          />
        )}
        {tab === "review" && (
          <ReviewTab
            canWrite={canWrite}
            reviewed={reviewed}
            onReviewed={setReviewed}
            language={language}
            text={text.review}
            writeText={text.write}
          />
        )}
        {tab === "functions" && functions && <FunctionList functions={functions} text={text} />}
      </main>
    </FluentProvider>
  );
}
