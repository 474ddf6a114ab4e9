import { Button, FluentProvider, Tab, TabList, Text, Title2, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { SAMPLE_JUDGEMENTS, TABLE1 } from "../core/evaluation/indicators";
import { FunctionList, FunctionMetadata } from "./components/FunctionList";
import { WeightsPanel } from "./components/WeightsPanel";
import { Language, STRINGS } from "./strings";

type TabId = "weights" | "functions";

/** The taskpane: the evaluation workspace (weights so far) and the list of =MINE.* functions, Chinese first. */
export function App({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  const [language, setLanguage] = React.useState<Language>("zh");
  const [tab, setTab] = React.useState<TabId>("weights");
  const [matrix, setMatrix] = React.useState<number[][]>(() => SAMPLE_JUDGEMENTS.categories.map((r) => [...r]));
  const [functions, setFunctions] = React.useState<FunctionMetadata[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const text = STRINGS[language];

  React.useEffect(() => {
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
    let current = true;
    fetch(text.metadata)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<{ functions: FunctionMetadata[] }>;
      })
      .then((metadata) => current && (setFunctions(metadata.functions), setError(null)))
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [language, text.metadata]);

  const status = error
    ? text.loadFailed + error
    : functions === null
      ? text.loading
      : inExcel
        ? text.inExcel(functions.length)
        : text.outsideExcel(functions.length);

  return (
    <FluentProvider theme={webLightTheme}>
      <header className="header">
        <Title2 as="h1" id="title">
          {text.title}
        </Title2>
        <Button id="language" size="small" onClick={() => setLanguage(language === "zh" ? "en" : "zh")}>
          {text.switchTo}
        </Button>
      </header>
      <Text as="p" id="status">
        {status}
      </Text>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
        <Tab value="weights" data-testid="tab-weights">
          {text.tabs.weights}
        </Tab>
        <Tab value="functions" data-testid="tab-functions">
          {text.tabs.functions}
        </Tab>
      </TabList>
      <main>
        {tab === "weights" ? (
          <WeightsPanel
            labels={TABLE1.map((c) => c.name[language])}
            matrix={matrix}
            onChange={setMatrix}
            language={language}
            text={text.weights}
          />
        ) : (
          functions && <FunctionList functions={functions} text={text} />
        )}
      </main>
    </FluentProvider>
  );
}
