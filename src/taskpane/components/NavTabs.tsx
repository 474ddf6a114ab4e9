import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useOverflowMenu,
  useOverflowVisibility,
} from "@fluentui/react-components";
import * as React from "react";

export interface NavTabsProps<Id extends string> {
  readonly tabs: readonly Id[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  readonly names: Readonly<Record<Id, string>>;
  /** The overflow button's words ("更多"). */
  readonly more: string;
  /** The tab list's accessible name. */
  readonly label: string;
}

/**
 * The pane's pages as tabs that never widen the pane: the tabs that do not fit in a row go into a "more" list at its
 * end (as Office's own task panes do), and the open page's tab always stays in the row. The list is a small
 * dropdown of its own rather than Fluent's Menu, which with its positioning library would add a fifth to the
 * taskpane's bundle. Test ids: `tab-<id>` in the row, `tab-more` for the button, `tab-menu-<id>` in the list.
 */
export function NavTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  names,
  more,
  label,
}: NavTabsProps<Id>): React.JSX.Element {
  return (
    <Overflow minimumVisible={1}>
      <TabList
        size="small"
        aria-label={label}
        className="nav-tabs"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as Id)}
      >
        {tabs.map((id) => (
          // the open page's tab outranks the others, so it is the last to go into the list
          <OverflowItem key={id} id={id} priority={id === selected ? 2 : 1}>
            <Tab value={id} data-testid={`tab-${id}`}>
              {names[id]}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={onSelect} names={names} more={more} />
      </TabList>
    </Overflow>
  );
}

function MoreTabs<Id extends string>({
  tabs,
  onSelect,
  names,
  more,
}: Pick<NavTabsProps<Id>, "tabs" | "onSelect" | "names" | "more">): React.JSX.Element | null {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  const { itemVisibility } = useOverflowVisibility();
  const [open, setOpen] = React.useState(false);
  const list = React.useRef<HTMLDivElement>(null);
  const hidden = tabs.filter((id) => itemVisibility[id] === false);

  // the list closes on a click elsewhere or Escape, focus back on its button; it opens with its first entry focused
  React.useEffect(() => {
    if (!open) return;
    list.current?.querySelector("button")?.focus();
    const away = (event: MouseEvent) => {
      if (!list.current?.contains(event.target as Node) && event.target !== ref.current) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      ref.current?.focus();
    };
    document.addEventListener("mousedown", away);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("mousedown", away);
      document.removeEventListener("keydown", escape);
    };
  }, [open, ref]);

  if (!isOverflowing) return null;
  return (
    <span className="nav-more">
      <Button
        ref={ref}
        appearance="transparent"
        size="small"
        data-testid="tab-more"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {more} {open ? "▴" : "▾"}
      </Button>
      {open && (
        <div ref={list} className="nav-more-list" role="menu">
          {hidden.map((id) => (
            <Button
              key={id}
              role="menuitem"
              appearance="subtle"
              size="small"
              data-testid={`tab-menu-${id}`}
              onClick={() => {
                setOpen(false);
                onSelect(id);
              }}
            >
              {names[id]}
            </Button>
          ))}
        </div>
      )}
    </span>
  );
}
